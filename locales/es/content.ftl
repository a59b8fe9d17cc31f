# Palabras que un formato de taller necesita y su archivo no da: los
# nombres de las personas añadidas además de las que nombra el archivo.
# Cada mensaje tiene su gemelo en ../en/content.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

content-person = Persona { $number }

content-text-lacks-languages = { $given ->
    [0] se esperaba este texto en { $expected } como los demás textos del archivo, pero hay un solo texto para todos los idiomas: escríbelo como (en: "…", es: "…")
   *[other] se esperaba este texto en { $expected } como los demás textos del archivo; le falta { $missing }
}

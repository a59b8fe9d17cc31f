# Palabras que un formato de taller necesita y su archivo no da: los
# nombres de las personas añadidas además de las que nombra el archivo.
# Cada mensaje tiene su gemelo en ../en/content.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

content-person = Persona { $number }

content-text-lacks-languages = { $given ->
    [0] se esperaba este texto en { $expected } como los demás textos del archivo, pero hay un solo texto para todos los idiomas: escríbelo como (en: "…", es: "…")
   *[other] se esperaba este texto en { $expected } como los demás textos del archivo; le falta { $missing }
}

## Leer un texto que es una tabla de idiomas
content-text-expected = un texto, o un texto en cada idioma como (en: "…", es: "…")
content-text-unknown-language = idioma desconocido "{ $code }": los idiomas de un texto son { $known }
content-text-twice = el texto en "{ $code }" aparece dos veces
content-text-empty-table = se esperaba un texto en al menos un idioma, pero la tabla está vacía

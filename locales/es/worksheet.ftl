# Las hojas de trabajo: etiquetas y pistas de los campos, encabezados de las exportaciones y lo que se dice de sus archivos.
# Cada mensaje tiene su gemelo en ../en/worksheet.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

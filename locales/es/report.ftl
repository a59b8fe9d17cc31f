# Los informes de sesión: `one-on-one report`, la vista de informe de la consola y los encabezados de sus archivos.
# Cada mensaje tiene su gemelo en ../en/report.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

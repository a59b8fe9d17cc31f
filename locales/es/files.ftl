# Archivos y carpetas: el almacenamiento, la recuperación, la biblioteca de formatos.
# Cada mensaje tiene su gemelo en ../en/files.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

# Los archivos de escenario: lo que dicen el lector y el validador de un archivo.
# Cada mensaje tiene su gemelo en ../en/scenario.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

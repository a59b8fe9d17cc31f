# Fechas y horas: los nombres de los días y los meses, y cómo se escribe una fecha.
# Cada mensaje tiene su gemelo en ../en/dates.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

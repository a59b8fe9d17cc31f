# La vista de la sala: lo que muestra el proyector.
# Cada mensaje tiene su gemelo en ../en/room.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

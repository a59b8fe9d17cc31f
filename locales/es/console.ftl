# La consola de quien facilita, sus ventanas y diálogos, y la ayuda del teclado.
# Cada mensaje tiene su gemelo en ../en/console.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

# La agenda impresa: `one-on-one agenda` como texto, Markdown y tarjeta.
# Cada mensaje tiene su gemelo en ../en/agenda.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

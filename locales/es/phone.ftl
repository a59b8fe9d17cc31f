# La página del teléfono y unirse a una sala compartida.
# Cada mensaje tiene su gemelo en ../en/phone.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

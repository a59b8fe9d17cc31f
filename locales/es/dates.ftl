# Fechas y horas: los nombres de los días y los meses, y cómo se escribe una fecha.
# Cada mensaje tiene su gemelo en ../en/dates.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

date-weekday-short = { $weekday ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
date-weekday-long = { $weekday ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
date-month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
date-month-long = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
# "mié 25 nov 2026"
date-short = { $weekday } { $day } { $month } { $year }
# "mié 25 nov"
date-short-this-year = { $weekday } { $day } { $month }
# "miércoles 25 de noviembre de 2026"
date-long = { $weekday } { $day } de { $month } de { $year }

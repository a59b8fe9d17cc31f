# Los informes de sesión: `one-on-one report`, la vista de informe de la consola y los encabezados de sus archivos.
# Cada mensaje tiene su gemelo en ../en/report.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

## Todas las formas del informe

report-outcome-completed = completado
report-outcome-skipped = omitido
report-outcome-in-progress = en curso
report-outcome-not-reached = no alcanzado
# Cuándo empezó la sesión: report-started-at es la fecha escrita entera y
# la hora del día, de 24 horas.
report-started-at = { $date } a las { $time }
report-finished = Empezó el { $started }; terminó tras { $elapsed }.
report-unfinished = Empezó el { $started }; sin terminar: esto cubre los primeros { $elapsed } (la aplicación se cerró, se detuvo o sigue en marcha).
# $finished es yes para una sesión que ha terminado, no para una que no.
report-drift-on-time = desfase 0:00: la sesión { $finished ->
    [yes] terminó
   *[no] va a terminar
} a tiempo
report-drift-late = desfase +{ $by }: la sesión { $finished ->
    [yes] terminó
   *[no] va a terminar
} { $by } más tarde de lo previsto
report-drift-early = desfase -{ $by }: la sesión { $finished ->
    [yes] terminó
   *[no] va a terminar
} { $by } antes de lo previsto

## El informe como texto, para la terminal: las columnas de la tabla, en minúsculas

report-column-step = paso
report-column-planned = previsto
report-column-actual = real
report-column-began = inicio
report-column-paused = pausa
report-column-added = añadido
report-column-overtime = tiempo extra
report-column-total = total
report-bars = barras: █ corrió dentro de lo previsto, ▓ corrió más de lo previsto, ░ previsto pero no corrió
report-tally-text = hasta dónde llegaron las parejas, { $conversation }:

## El informe en Markdown: su título y los encabezados de la tabla

report-title = Informe de la sesión: { $scenario }
report-heading-step = Paso
report-heading-planned = Previsto
report-heading-actual = Real
report-heading-began = Inicio
report-heading-paused = Pausa
report-heading-added = Añadido
report-heading-overtime = Tiempo extra
report-heading-total = Total
report-tally-heading = Hasta dónde llegaron las parejas: { $conversation }

## El informe en CSV: la fila de encabezados, un nombre por columna, para una hoja de cálculo

report-csv-header = título,segundos_previstos,segundos_reales,hora_de_inicio,segundos_en_pausa,minutos_añadidos,segundos_de_tiempo_extra

## El horario frente al reloj de pared, en la agenda de la consola

report-standing-not-started = Sin empezar: planificado como si empezaras ahora
report-standing-on-time = A tiempo
report-standing-running = Vas con { $against }
report-standing-ended-on-time = Terminó a tiempo
report-standing-ended = Terminó con { $against }
report-behind-plan = { $span } de retraso sobre el plan
report-ahead-of-plan = { $span } de adelanto sobre el plan
# Un lapso como se dice: "40 s", "2 min", "2 min 30 s".
report-span = { $minutes ->
    [0] { $seconds } s
   *[other] { $seconds ->
        [0] { $minutes } min
       *[other] { $minutes } min { $seconds } s
    }
}
report-would-finish = Terminaría a las { $time }
report-set-to-finish = Terminará a las { $time }
report-finished-at = Terminó a las { $time }

## Los archivos de informe

# El comentario al principio de cada archivo de informe.
report-file-header = Cómo fue una sesión de uno a uno. `one-on-one report ARCHIVO` la muestra; consulta README.md.
report-file-newer = escrito por una versión más reciente de one-on-one (formato de informe { $found }); esta versión lee el formato { $supported }
report-file-expected-format = se esperaba `format: { $supported }`, pero el formato es { $found }
report-file-cannot-read = no se puede leer el archivo: { $error }
report-cannot-create-folder = no se puede crear la carpeta de informes: { $error }
report-no-free-name = no queda ningún nombre de archivo libre para el informe
report-could-not-save = no se pudo guardar el informe: { $error }

report-file-stem-session = sesion

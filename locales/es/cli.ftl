# Las palabras de la aplicación en español. Cada mensaje tiene su gemelo en
# ../en/cli.ftl (tests/i18n.rs comprueba que las dos listas coinciden).

## La línea de órdenes

usage =
    one-on-one: un temporizador proyectado para la práctica del uno a uno en la organización comunitaria basada en relaciones

    USO:
        one-on-one [--scenario ARCHIVO] [--fullscreen] [--room-window] [--share [DIR:PUERTO]]
                                                      abre la ventana de la sala y la
                                                      consola de quien facilita
        one-on-one join URL [--pin PIN]               sigue la sala compartida de quien facilita,
                                                      con tu propia hoja de trabajo al lado
        one-on-one list                               lista los formatos que encuentra
        one-on-one check ARCHIVO...                   revisa archivos de escenario, muestra cada problema
        one-on-one agenda [ARCHIVO|NOMBRE] [--format text|md|card] [--start HH:MM]
    {"                      ["}--people N] [--length 40m] imprime una agenda sin ventana:
                                                      una lista, un guion para quien facilita
                                                      (md) o una tarjeta para participantes (card)
        one-on-one export HOJA --format md|ics [--out RUTA] [--force]
                                                      escribe una hoja de trabajo en Markdown, o
                                                      su próxima reunión como evento de calendario
        one-on-one report [ARCHIVO] [--format text|md|csv]
                                                      muestra cómo fue una sesión, paso a paso:
                                                      el informe más reciente, o ARCHIVO
        one-on-one --help | --version

    Todas las órdenes aceptan --lang en|es; si no, el idioma sigue al del
    sistema (LC_ALL, LC_MESSAGES, LANG).
    Sin ARCHIVO se usa la dinámica de equipo integrada de 25 minutos. NOMBRE es
    el nombre de archivo de un formato integrado sin .ron, p. ej. circle. Los
    guiones empiezan a las 09:00 salvo que --start diga otra hora.
    export escribe en la terminal salvo que --out nombre un archivo. Nunca
    reemplaza una hoja de trabajo ni un formato, y reemplaza otro archivo
    existente solo con --force.
    El informe de cada sesión se guarda mientras transcurre, en reports/ de la
    carpeta de datos.
    Con una segunda pantalla (un proyector) conectada, la sala se abre a
    pantalla completa en ella y la consola en esta; con una sola pantalla, la
    sala ocupa la ventana y C abre la consola. --room-window abre las dos una
    al lado de la otra en una pantalla, para ensayar. En cualquiera de las
    ventanas, pulsa ? para ver los atajos de teclado.
    --share deja que los teléfonos de la red local sigan la sala (S en la
    aplicación hace lo mismo): en todas las interfaces en el puerto 8111 (o el
    siguiente libre) salvo que DIR:PUERTO diga dónde, y muestra una línea por
    dirección, room: http://DIR:PUERTO/

unknown-argument = argumento desconocido { $argument }; prueba --help
lang-needs-value = --lang necesita un idioma: en o es
unknown-language = idioma desconocido { $language }; usa --lang en o --lang es

## Errores en la línea de órdenes, cada uno dice qué hacer en su lugar

cli-list-no-arguments = list no admite argumentos, pero recibió { $argument }
cli-check-needs-files = check necesita uno o más ARCHIVOS, p. ej. check scenarios/*.ron
cli-scenario-needs-file = --scenario necesita un ARCHIVO, p. ej. --scenario scenarios/breakout-25.ron
cli-flag-needs-value = { $flag } necesita un valor, p. ej. { $flag } { $example }
cli-unknown-option = opción de { $command } desconocida { $option }; prueba --help
cli-takes-one-file = { $command } admite un solo ARCHIVO, pero también recibió { $argument }
cli-unknown-agenda-format = formato de agenda desconocido { $format }; usa --format text, md o card
cli-start-needs-time = --start necesita una hora del día como 18:30, no { $given }
cli-people-needs-number = --people necesita un número de personas como 6, no { $given }
cli-length-needs-length = --length necesita una duración como 40m o 1h, no { $given }
cli-export-format-needs-value = --format necesita md o ics, p. ej. --format md
cli-unknown-export-format = formato de exportación desconocido { $format }; usa --format md o --format ics
cli-out-needs-path = --out necesita una RUTA, p. ej. --out reunion.ics
cli-export-one-worksheet = export admite una sola HOJA, pero también recibió { $argument }
cli-export-needs-worksheet = export necesita un archivo de HOJA de trabajo, p. ej. export maria.ron --format md
cli-export-needs-format = export necesita --format md o --format ics
cli-pin-needs-digits = --pin necesita los seis dígitos que muestra la consola de quien facilita
cli-pin-six-digits = --pin necesita seis dígitos, no { $given }
cli-join-one-url = join admite una sola URL, pero también recibió { $argument }
cli-join-needs-address = join necesita la dirección de la sala, tal como la muestra la aplicación de quien facilita, p. ej. join http://192.168.1.20:8111/
cli-report-format-needs-value = --format necesita text, md o csv, p. ej. --format csv
cli-unknown-report-format = formato de informe desconocido { $format }; usa --format text, md o csv

## Lo que dicen las órdenes mientras se ejecutan
# El nombre del programa y dos puntos ("one-on-one: ") van antes de las
# notas y los fallos; el nombre de un archivo y dos puntos, antes de los
# problemas de una exportación.

cli-built-in = { $name } (integrado)
cli-note-people = nota: este formato es para { $people ->
    [one] 1 persona
   *[other] { $people } personas
}
cli-note-length = nota: la duración de este formato es { $length }
cli-list-unreadable = no se puede leer: { $problem }
cli-list-own-folder = Tus propios formatos se guardan en { $folder }
cli-check-ok = { $file }: correcto, "{ $name }", { $length }
cli-note-skipped = nota: se omite { $problem }
cli-no-report-yet = { $folder }: aquí aún no hay ningún informe de sesión; se guarda uno mientras transcurre cada sesión
cli-could-not-print = no se pudo imprimir: { $error }
cli-could-not-print-export = no se pudo imprimir la exportación: { $error }
cli-could-not-write = no se pudo escribir: { $error }
cli-export-onto-worksheet = no se sobrescribe: --out nombra la hoja de trabajo que se exporta
cli-force-never-replaces = { $reason } (--force nunca reemplaza una hoja de trabajo, un formato ni una carpeta)
cli-export-not-ron = no se escribe: .ron es para hojas de trabajo y formatos; termina el nombre de la exportación en .md o .ics
cli-export-exists = ya existe; no se reemplaza (añade --force para reemplazarlo)

## Al abrir las ventanas

cli-no-window = no se pudo abrir una ventana: { $error }
cli-scenario-fallback = No se pudo usar ese escenario; en su lugar se usa la dinámica de 25 minutos integrada. { $problem }
cli-window-room = one-on-one · sala
cli-window-console = one-on-one · consola
cli-window-following = one-on-one · siguiendo { $address }

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

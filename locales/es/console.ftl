# La consola de quien facilita, sus ventanas y diálogos, y la ayuda del teclado.
# Cada mensaje tiene su gemelo en ../en/console.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

## Títulos de las ventanas

console-title-room = one-on-one · sala
console-title-console = one-on-one · consola
console-title-joined = one-on-one · siguiendo { $url }

## Los botones de la sesión, en la consola, la tira de la sala y la ventana unida

console-back = Anterior
console-start = Empezar
console-pause = Pausar
console-resume = Reanudar
console-finished = Terminado
console-next = Siguiente
console-minus-minute = -1 min
console-plus-minute = +1 min
console-restart-step = Reiniciar paso
console-mute = Silenciar
console-unmute = Activar sonido
console-names = Nombres
console-do-dont = Haz / Evita
console-both-languages = Ambos idiomas
console-worksheet = Hoja de trabajo
console-light = Claro
console-dark = Oscuro
console-shortcuts = Atajos
console-chime-muted = sonido silenciado

## La tira de controles de la sala, con una sola pantalla

console-strip-console = Consola
console-strip-next-screen = Otra pantalla
console-strip-fullscreen = Pantalla completa

## La ventana de la sala, desde la consola

console-open-room-window = Abrir la ventana de la sala
console-close-room-window = Cerrar la ventana de la sala
console-room-to-next-screen = Sala a otra pantalla

## Palabras que comparten muchos diálogos

console-cancel = Cancelar
console-close = Cerrar
console-dismiss = Cerrar
console-go-back = Volver
console-discard-them = Descartarlos
console-discard-it = Descartarlo
console-keep-them = Conservarlos
console-keep-it = Conservarlo
console-replace-it = Reemplazarlo

## La ayuda del teclado: los nombres de las teclas y lo que hacen

console-key-space = Espacio
console-key-ctrl-shift-s = Ctrl Mayús S
console-help-heading = Atajos de teclado
console-help-typing = Los atajos se detienen mientras escribes en un campo de nombre; pulsa Enter o haz clic en otro sitio para salir de él.
console-help-start-pause = Empezar, pausar o reanudar
console-help-next = Paso siguiente
console-help-previous = Paso anterior
console-help-add-minute = Alargar este paso un minuto
console-help-remove-minute = Quitar un minuto a este paso
console-help-restart = Repetir este paso desde el principio
console-help-mute = Activar o silenciar el sonido
console-help-do-dont = Mostrar u ocultar la tabla de qué hacer y qué evitar
console-help-both-languages = Mostrar las indicaciones en los dos idiomas del formato, o en uno
console-help-names = Mostrar u ocultar los campos de nombre
console-help-theme = Tema claro u oscuro
console-help-worksheet = Mostrar u ocultar la hoja de trabajo
console-help-formats = Formatos de taller y el editor de agenda
console-help-open-console = Abrir la consola (desde la ventana de la sala)
console-help-move-room = Pasar la sala a la pantalla siguiente
console-help-sharing = Compartir la sala en los teléfonos, o dejar de hacerlo
console-help-share-code = Mostrar u ocultar el código QR de la sala
console-help-language = Cambiar de idioma (English / Español)
console-help-save = Guardar la hoja de trabajo
console-help-save-as = Guardar la hoja de trabajo como…
console-help-open = Abrir una hoja de trabajo
console-help-fullscreen = Pantalla completa
console-help-zoom = Ampliar o reducir (Ctrl 0 restablece)
console-help-shortcuts = Mostrar u ocultar estos atajos
console-help-close = Cerrar esta ayuda

## Avisos en la consola

console-share-failed = No se pudo compartir la sala: { $error }. Puede que otro programa esté usando el puerto; abre la app con --share :PUERTO para elegir otro.
console-join-opened = La sala de { $url } se abre en una ventana propia, con tu hoja de trabajo al lado. Puedes cerrar esta.
console-join-failed = No se pudo abrir la ventana de la sala: { $error }
console-one-screen-only = Al abrir la app solo se encontró una pantalla. La sala se envió a la pantalla { $screen }; si nada se movió, esa pantalla no está conectada.
console-report-trouble = No se puede escribir el informe de esta sesión ({ $trouble }). La sesión sigue.
console-draft-trouble = No se puede copiar el borrador de la agenda a la carpeta de recuperación ({ $trouble }). Se conserva en esta ventana; guárdalo antes de cerrar.

## Las pestañas del panel principal

console-tab-agenda = Agenda
console-tab-report = Informe
console-tab-worksheets = Hojas de trabajo

## Antes de empezar: el formato, sus opciones, los nombres, unirse a una sala

console-formats = Formatos…
console-join-a-room = Unirse a una sala…
console-join-a-room-hint = En el portátil de participante: sigue la sala que comparte quien facilita
console-join-address = La dirección de la sala, como la muestra la consola de quien facilita
console-join = Unirse
console-who-is-practising = ¿Quién practica?
console-name-for = Nombre de { $participant }
console-people = Personas
console-fewer-people = Menos personas
console-more-people = Más personas
console-length = Duración
console-minutes = { $minutes } min
console-shorter = Más corta
console-longer = Más larga

## Compartir la sala con los teléfonos

console-share-on-phones = Compartir en teléfonos
console-share-off = apagado: nada escucha en la red
console-stop-sharing = Dejar de compartir
console-show-qr = Mostrar el código QR
console-hide-qr = Ocultar el código QR
console-share-also-at = También se llega en:
    { $addresses }
console-share-pin = PIN { $pin }
console-share-pin-hint = Escríbelo en el modo Facilitación de la página para llevar el reloj desde un teléfono
console-share-following = { $count ->
    [one] 1 dispositivo conectado
   *[other] { $count } dispositivos conectados
}
console-tally-on = Activar recuento
console-tally-off = Quitar recuento
console-tally-no-votes = los teléfonos no votan
console-tally-waiting = se vota después de cada conversación
console-tally-votes = { $votes ->
    [one] 1 voto sobre { $conversation }
   *[other] { $votes } votos sobre { $conversation }
}
console-tally-hint = Después de cada conversación, cada teléfono puede decir a qué actos llegó su pareja; la sala muestra los recuentos en el último paso.

## Lo que viene, y las notas de quien facilita

console-no-steps = Este formato no tiene pasos.
console-session-finished = La sesión ha terminado
console-nothing-next = No viene nada más. El informe muestra cómo fue.
console-starts-with = Empieza con: paso { $step } de { $count } · { $title }
console-now-step = Ahora: paso { $step } de { $count } · { $title }
console-next-nothing = Siguiente: nada, este es el último paso
console-ends-with-this-step = La sesión termina cuando termine este paso.
console-next-step = Siguiente: paso { $step } de { $count } · { $title } · { $length }
console-roles-swap = Los roles se intercambian en este relevo
console-no-instructions = Sin instrucciones para la sala.
console-room-will-read = La sala leerá
console-planned-changed = Previsto { $length }, cambiado por ti
console-notes-now = Tus notas para este paso — la sala no las ve
console-notes-next = Tus notas para el paso siguiente — la sala no las ve
console-no-notes = No hay notas para este paso.

## El panel de la agenda

console-agenda-heading = Agenda
console-agenda-step = Paso
console-agenda-length = Duración
console-agenda-planned-start = Inicio previsto
console-agenda-began = Empezó
console-agenda-over-under = Desfase
console-agenda-now = Ahora
console-agenda-skipped = saltado

## El panel del informe

console-report-heading = Informe
console-report-so-far = Informe hasta ahora
console-report-nothing-yet = Aún no hay nada que informar: el informe empieza cuando pulsas Empezar.
console-report-status-running = Empezó a las { $started } · { $elapsed } hasta ahora
console-report-status-finished = Empezó a las { $started } · terminó tras { $elapsed }
console-report-step = Paso
console-report-planned = Previsto
console-report-actual = Real
console-report-began = Empezó
console-report-paused = En pausa
console-report-added = Añadido
console-report-overtime = Tiempo extra
console-report-total = Total
console-report-pauses = { $pauses ->
    [one] { $time } en 1 pausa
   *[other] { $time } en { $pauses } pausas
}
console-report-bars = Barras: el contorno es la duración prevista, la barra rellena el tiempo transcurrido, y su final en el color de aviso el tiempo que pasó de la duración del paso.
console-report-bar = Barra: { $title } duró { $actual } de { $planned } previstos
console-report-bar-over = Barra: { $title } duró { $actual } de { $planned } previstos, { $over } más allá de su duración
console-report-tally = Hasta dónde llegaron las parejas · { $conversation }
console-report-file = Archivo del informe: { $path }
console-report-file-not-yet = Archivo del informe: aún sin escribir

## Salir con cambios sin guardar

console-closing-sheets = Algunas hojas de trabajo tienen cambios sin guardar.
console-closing-draft = El borrador de agenda "{ $name }" tiene cambios sin guardar.
console-closing-sheets-and-draft = Algunas hojas de trabajo y el borrador de agenda "{ $name }" tienen cambios sin guardar.
console-closing-detail = Sal y consérvalos: la próxima vez que abras la app te los ofrecerá. O sal y descártalos para siempre, o vuelve y guárdalos.
console-closing-keep = Salir y conservarlos
console-closing-discard = Salir y descartarlos
console-closing-lost-detail = No se pueden conservar para la próxima vez: no se puede escribir en la carpeta de recuperación (mira el aviso). Vuelve y guárdalos en un sitio que funcione, o sal y piérdelos.
console-closing-lose = Salir y perderlos

## La página de formatos

console-formats-heading = Formatos de taller
console-formats-back = Volver al temporizador
console-formats-back-hint = Cerrar esta página (Esc o F)
console-formats-fix-file = Corrige el archivo y vuelve a abrir esta página, o revísalo con `one-on-one check ARCHIVO`.
console-formats-in-all = { $length } en total
console-formats-run = Usar este formato
console-formats-stop-and-run = Parar este taller y usar este formato
console-formats-edit = Editar
console-formats-edit-copy = Editar una copia
console-formats-edit-hint = Cambia pasos, tiempos y roles en el editor de agenda
console-formats-cannot-look = { $folder }: no se pudieron buscar borradores de una sesión anterior: { $error }
console-formats-draft-found = Un borrador de agenda no se guardó: "{ $name }", último cambio { $when }
console-formats-restore-draft = Restaurar el borrador
console-formats-restore-named = Restaurar el borrador "{ $name }"
console-formats-discard-draft = Descartar el borrador
console-formats-discard-named = Descartar el borrador "{ $name }"
console-formats-draft-unread = Copia de borrador sin leer: { $error }
console-formats-discard-question = ¿Descartar para siempre el borrador de agenda "{ $name }"?
console-formats-discard-detail = Nunca se guardó; la copia de recuperación es lo único que hay.
console-formats-saved = Guardado "{ $name }" ({ $length }) en { $path }
console-formats-saved-unreadable = Guardado en { $path }, pero no se pudo volver a leer

## El editor de agenda

console-editor-heading = Editor de agenda
console-editor-close = Cerrar sin guardar
console-editor-copy-name = Mi { $name }
console-editor-no-recovery-folder = { $folder }: no se pudo crear la carpeta de recuperación: { $error }
console-editor-close-detail = Descártalos para siempre, o sigue editando y guárdalos.
console-editor-leave-detail = Vuelve al temporizador y conserva el borrador para después (F lo abre de nuevo), descártalo o sigue editando.
console-editor-keep-editing = Seguir editando
console-editor-keep-for-later = Volver al temporizador, conservar el borrador
console-editor-name = Nombre
console-editor-format-name = Nombre del formato
console-editor-description = Descripción
console-editor-format-description = Descripción del formato
console-editor-warning = Aviso
console-editor-default-warning = Aviso por defecto
console-editor-warning-hint = antes de que acabe cada paso: color y sonido suave ("0s" para ninguno)
console-editor-at-zero = En cero
console-editor-all-auto = Todos los pasos avanzan solos
console-editor-all-auto-hint = El paso siguiente empieza con un sonido
console-editor-all-hold = Todos los pasos esperan a quien facilita
console-editor-hold-hint = El reloj sigue en tiempo extra hasta que pulses →
console-editor-or-each-step = o elígelo en cada paso
console-editor-total = Total { $length } · { $steps } pasos en la sesión · { $people ->
    [one] 1 persona
   *[other] { $people } personas
}
console-editor-rounds-times = Rondas: estos pasos se repiten { $times } veces
console-editor-rounds-each-person = Rondas: estos pasos se repiten una vez por persona, y los roles pasan a la persona siguiente en cada ronda
console-editor-add-at-end = Añadir un paso al final
console-editor-step-title = Título del paso { $number }
console-editor-step-duration = Duración del paso { $number }
console-editor-move-up = Subir este paso
console-editor-move-up-named = Subir este paso (paso { $number })
console-editor-move-down = Bajar este paso
console-editor-move-down-named = Bajar este paso (paso { $number })
console-editor-remove = Quitar
console-editor-remove-hint = Quitar este paso
console-editor-remove-named = Quitar este paso (paso { $number })
console-editor-add-below = Añadir debajo
console-editor-add-below-hint = Añadir un paso nuevo después de este
console-editor-add-below-named = Añadir un paso nuevo después de este (paso { $number })
console-editor-step-auto = Avanza solo en cero
console-editor-step-auto-hint = Si no, el reloj sigue en tiempo extra hasta que pulses →
console-editor-step-auto-named = El paso { $number } avanza solo en cero
console-editor-step-warning = Aviso del paso { $number }
console-editor-step-warning-hint = antes del final (vacío: el de por defecto)
console-editor-nobody = nadie
console-editor-role-in-step = { $role } en el paso { $number }
console-editor-instructions-hint = Lo que la sala debe hacer ahora, en una o dos frases
console-editor-step-instructions = Instrucciones del paso { $number }
console-editor-notes-heading = Notas de quien facilita: solo para ti, la sala nunca las ve
console-editor-notes-hint = Qué observar, decir o hacer durante este paso
console-editor-step-notes = Notas de quien facilita para el paso { $number }
console-editor-save = Guardar
console-editor-save-new = Guardar como formato nuevo
console-editor-save-run = Guardar y usar
console-editor-not-saved-problems = { $count ->
    [one] Sin guardar: corrige el problema indicado arriba
   *[other] Sin guardar: corrige los { $count } problemas indicados arriba
}
console-editor-no-own-folder = Sin guardar: este equipo no tiene carpeta para tus formatos
console-editor-changed-elsewhere = { $path }: sin guardar: otro programa lo cambió desde que se abrió aquí; usa Guardar como formato nuevo para conservar ambos
console-editor-problem = Problema: { $message }

## El panel de la hoja de trabajo

console-sheet-tab-numbered = Hoja de trabajo { $number }
console-sheet-tab-named = Hoja de { $name }
console-sheet-new = Nueva
console-sheet-new-hint = Una hoja de trabajo en blanco en esta pestaña
console-sheet-open = Abrir…
console-sheet-save = Guardar
console-sheet-save-as = Guardar como…
console-sheet-export-md = Exportar Markdown…
console-sheet-export-md-hint = Escribe la hoja de trabajo como archivo Markdown para imprimir o compartir
console-sheet-export-ics = Exportar .ics…
console-sheet-export-ics-hint = Escribe la próxima reunión como archivo .ics para una app de calendario
console-sheet-saved-as = Guardada como { $path }
console-sheet-not-saved-yet = Aún sin guardar en un archivo
console-sheet-only-here = cambios solo en esta ventana: no se puede escribir la copia de recuperación
console-sheet-in-recovery = cambios guardados en una copia de recuperación hasta que guardes
console-sheet-offer = Cambios sin guardar encontrados: { $who }, lo último escrito el { $when }
console-sheet-restore = Restaurar
console-sheet-discard = Descartar
console-sheet-copy-unread = Copia de recuperación sin leer: { $error }
console-sheet-your-name = Tu nombre
console-sheet-your-name-hint = Quién guarda esta hoja
console-sheet-partner-name = Nombre de tu pareja
console-sheet-partner-name-hint = Con quién practicaste
console-sheet-date = Fecha
console-sheet-acts-heading = ¿A qué actos llegó la conversación?
console-sheet-acts-hint = La persona contactada los marca durante la retroalimentación.
console-sheet-reflection = Reflexión
console-sheet-reflection-later = Para después de la práctica; la sala reflexiona en conjunto al final.
console-sheet-your-answer = Tu respuesta
console-sheet-meet-again = Cuándo nos volvemos a ver
console-sheet-meet-again-hint = ¿Cuándo nos volveremos a ver para actuar y seguir construyendo esta relación?
console-sheet-pick-date = Elegir fecha y hora
console-sheet-at = a las
console-sheet-hour = Hora
console-sheet-minute = Minuto
console-sheet-for = durante
console-sheet-minutes-suffix = {" "}min
console-sheet-meeting-length = Cuánto dura la reunión
console-sheet-no-date = Sin fecha
console-sheet-no-date-hint = Borrar la fecha y la hora
console-sheet-where = Dónde
console-sheet-where-hint = Un lugar, una dirección o un enlace de vídeo
console-sheet-plan = Qué haremos
console-sheet-plan-hint = El próximo paso concreto con el que se compromete cada persona

## Los archivos de las hojas de trabajo y sus diálogos

console-sheets-discard-offer = ¿Descartar para siempre los cambios sin guardar de { $who }?
console-sheets-discard-offer-detail = Nunca se guardaron en un archivo de hoja de trabajo; la copia de recuperación es lo único que hay.
console-sheets-ics-needs-date = Primero elige fecha y hora para la próxima reunión, en "Cuándo nos volvemos a ver".
console-sheets-restored = Restaurada. Guárdala para conservarla en un archivo de hoja de trabajo.
console-sheets-recovery-trouble = Los cambios sin guardar de la hoja de trabajo no se pueden copiar a la carpeta de recuperación ({ $error }). Se conservan en esta ventana y se vuelve a intentar; guarda la hoja en un sitio que funcione (Ctrl+Mayús+S) antes de cerrar.
console-sheets-open-title = Abrir una hoja de trabajo
console-sheets-save-title = Guardar la hoja de trabajo
console-sheets-export-md-title = Exportar la hoja de trabajo como Markdown
console-sheets-export-ics-title = Exportar la próxima reunión para un calendario
console-sheets-opened = Se abrió { $path }
console-sheets-export-not-ron = { $path }: no se escribió; .ron es para hojas de trabajo y formatos, así que una exportación ahí podría reemplazar uno
console-sheets-saved = Guardada a las { $time } en { $path }
console-sheets-export-closed = { $path }: no se escribió: la hoja de trabajo ya no está abierta
console-sheets-exported = Exportada a { $path }
console-sheets-cannot-write = { $path }: no se pudo escribir: { $error }
console-sheets-exists = { $name } ya existe.
console-sheets-exists-detail = En { $folder }. Reemplázalo con esta exportación, o cancela y elige otro nombre.
console-sheets-keep-both = Conservar ambos
console-sheets-keep-both-as = Conservar ambos: guardar la mía como { $name }
console-sheets-changed-on-disk = Otro programa cambió { $name } desde que lo abriste aquí.
console-sheets-changed-on-disk-detail = Guardar ahora borraría esos cambios. Conserva ambos archivos, o reemplázalo con el tuyo.
console-sheets-replace-with-mine = Reemplazarlo con el mío
console-sheets-no-free-name = { $path }: no hay un nombre libre al lado
console-sheets-waiting = Esperando al diálogo de archivos…
console-sheets-own-list = Usar la lista de la app
console-sheets-unsaved = { $title } tiene cambios sin guardar.
console-sheets-unsaved-detail = Consérvalos y guarda primero (Ctrl+S), o descártalos para siempre.

## El selector de archivos de la app, y el diálogo del sistema

console-chooser-in = En { $folder }
console-chooser-empty = Aún no hay hojas de trabajo guardadas aquí.
console-chooser-type-path = O escribe una ruta
console-chooser-file-name = Nombre del archivo
console-chooser-open = Abrir
console-chooser-save-here = Guardar aquí
console-filter-worksheet = Hoja de trabajo
console-filter-calendar = Evento de calendario
console-filter-file = Archivo

## La ventana unida a la sala de quien facilita

console-joined-joining = Uniéndose a la sala en { $url }…
console-joined-following = Siguiendo { $url }
console-joined-connecting = conectando…
console-joined-live = en vivo
console-joined-reconnecting = reconectando, sigue contando
console-joined-hide-sheet = Ocultar mi hoja de trabajo
console-joined-show-sheet = Mi hoja de trabajo
console-joined-sheets-stay = Tus hojas se quedan en este portátil.
console-joined-pin = PIN de facilitación
console-joined-unlock = Desbloquear
console-joined-start-pause = Empezar / Pausar
console-joined-wrong-pin = PIN incorrecto
console-joined-too-many-pins = Demasiados PIN incorrectos: espera un minuto
console-joined-refused = La sala lo rechazó
console-joined-out-of-reach = No se puede llegar a la sala

## La carpeta de recuperación y el sonido

console-recovery-folder-held = otra ventana tiene esta carpeta de recuperación
console-sound-no-cache = no hay carpeta de caché para los archivos de sonido
console-sound-not-a-folder = { $folder } no es una carpeta propia (es un enlace o un archivo); los sonidos no se escriben ahí
console-sound-shared-folder = otros usuarios pueden usar { $folder }; los sonidos no se escriben ahí

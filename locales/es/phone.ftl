# La página del teléfono y unirse a una sala compartida.
# Cada mensaje tiene su gemelo en ../en/phone.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).
#
# Todos los phone-page-* se sirven a la página, en los dos idiomas, en
# GET /api/words (src/share/words.rs), cada argumento como { $nombre } para
# que la página lo rellene: por eso ninguno elige según un argumento, y
# cada forma del plural es un mensaje. La página también lee ahí las
# palabras de la sala (room.ftl), para seguir contando como el proyector.

## El marco de la página

phone-page-title = Uno a uno · la sala
phone-page-connecting = Conectando…
phone-page-now = Ahora
phone-page-waiting = Esperando a la sala…
phone-page-roles = Roles
phone-page-clock = Tiempo que queda en este paso
phone-page-panel = Qué hacer ahora
phone-page-step = Paso { $number } de { $count }

## Cómo oye la página a la sala

phone-page-live = En vivo
phone-page-live-polling = En vivo · cada 5 s
phone-page-reconnecting = Reconectando…

## Qué sigue del estado de la cuenta atrás, sin las teclas de quien facilita

phone-page-hint-ready = Empieza cuando quien facilita lo indique
phone-page-hint-paused = Esperando a quien facilita
phone-page-hint-overtime = Sigue cuando quien facilita lo indique
phone-page-time-up-detail = Quien facilita sigue cuando la sala esté lista

## Qué hacer ahora

phone-page-acts = Los actos de la conversación
phone-page-reading-ahead = Estás leyendo otro acto. Toca «ahora» para seguir a la sala.
phone-page-do = Haz
phone-page-dont = Evita

## El recuento: a qué actos llegó la pareja

phone-page-ballot = ¿A qué actos llegó tu pareja?
phone-page-ballot-in = ¿A qué actos llegó tu pareja en { $conversation }?
phone-page-ballot-note = Responde un teléfono por pareja, en nombre de la pareja. Solo se envía sí o no por acto, nunca un nombre ni nada que hayas escrito.
phone-page-tally = Hasta dónde llegaron las parejas
phone-page-vote-sending = Enviando…
phone-page-vote-sent = Enviado. Toca de nuevo para cambiar tu respuesta.
phone-page-vote-closed = Esta ronda está cerrada.
phone-page-vote-too-many = Demasiados cambios; espera un momento y toca de nuevo.
phone-page-vote-refused = No contado ({ $status }).
phone-page-vote-offline = No enviado: la sala no está al alcance. Toca de nuevo cuando vuelva.

## La barra de abajo

phone-page-sound = Toca para permitir el sonido
phone-page-sound-on = Sonido activado · toca para silenciar
phone-page-sound-off = Sin sonido · toca para activarlo
phone-page-no-sound = Este navegador no tiene sonido
phone-page-light = Claro
phone-page-dark = Oscuro
phone-page-to-light = Cambiar al tema claro
phone-page-to-dark = Cambiar al tema oscuro
# El nombre corto del idioma, en el botón que cambia a él.
phone-page-language = ES
# Lo que dice ese botón a quien lee este idioma, en él.
phone-page-read-in = Leer en español
phone-page-worksheet = Mi hoja de trabajo
phone-page-trainer = Facilitación

## El control remoto de quien facilita

phone-page-lock = Bloquear
phone-page-hide = Ocultar
phone-page-pin-label = El PIN de 6 dígitos que aparece en la pantalla de quien facilita
phone-page-unlock = Desbloquear
phone-page-back = ◀ Anterior
phone-page-start = Empezar
phone-page-pause = Pausar
phone-page-resume = Reanudar
phone-page-finished = Fin
phone-page-next = Siguiente ▶
phone-page-minus-minute = −1 min
phone-page-restart = Reiniciar paso
phone-page-plus-minute = +1 min
phone-page-pin-short = El PIN tiene 6 dígitos; está en la pantalla de quien facilita.
phone-page-pin-checking = Comprobando…
phone-page-pin-wrong = Ese PIN no es correcto. Revísalo en la pantalla de quien facilita.
phone-page-pin-wait-minute = Demasiados PIN incorrectos desde este teléfono: espera un minuto y vuelve a intentarlo.
phone-page-pin-wait-minutes = Demasiados PIN incorrectos desde este teléfono: espera unos minutos y vuelve a intentarlo.
phone-page-pin-offline = Sin conexión con la sala; vuelve a intentarlo en un momento.
phone-page-pin-changed = El PIN cambió: escribe el que aparece en la pantalla de quien facilita.
phone-page-control-offline = No enviado: sin conexión con la sala.

## La hoja de trabajo de cada participante, alrededor de los campos que envía la sala

phone-page-ws-close = Cerrar
phone-page-ws-private = Tu hoja de trabajo se queda en este navegador, en este dispositivo: nunca se envía a quien facilita ni a nadie más.
phone-page-ws-waiting = La hoja de trabajo se abre cuando esta página llega a la sala.
phone-page-ws-not-kept = Este navegador no está guardando tu hoja de trabajo (su almacenamiento está lleno o desactivado): descárgala antes de cerrar la página.
phone-page-ws-name = Tu nombre
phone-page-ws-name-hint = Quién lleva esta hoja
phone-page-ws-partner = Tu pareja de práctica
phone-page-ws-partner-hint = Con quién practicaste
phone-page-ws-date = Fecha
phone-page-ws-acts = ¿A qué actos llegó la conversación?
phone-page-ws-acts-note = Se marcan durante la retroalimentación.
phone-page-ws-meeting = Cuándo nos volvemos a ver
phone-page-ws-meeting-note = ¿Cuándo nos volveremos a ver para actuar y seguir construyendo esta relación?
phone-page-ws-day = Día
phone-page-ws-time = Hora
phone-page-ws-minutes = Minutos
phone-page-ws-where = Dónde
phone-page-ws-where-hint = Un lugar, una dirección o un enlace de videollamada
phone-page-ws-plan = Qué haremos
phone-page-ws-plan-hint = El siguiente paso concreto con el que cada quien se compromete
phone-page-ws-reflection = Reflexión
phone-page-ws-reflection-note = Para después de la práctica; la sala reflexiona en grupo al final.
phone-page-ws-answer = Tu respuesta
phone-page-ws-take = Llévatela
phone-page-ws-take-note = Descárgala para conservarla fuera de este navegador: el archivo .ron se abre en la app uno a uno, el Markdown se imprime o se pega donde quieras, y el archivo de calendario guarda tu próxima reunión.
phone-page-ws-file = Archivo de la hoja (.ron)
phone-page-ws-markdown = Markdown (.md)
phone-page-ws-calendar = Añadir al calendario (.ics)
phone-page-ws-no-meeting = Aún no hay próxima reunión que añadir: escribe su día y su hora en «Cuándo nos volvemos a ver».

## Compartir la sala: por qué no pudo empezar

phone-share-listen = no se pudo escuchar en { $address }: { $error }
phone-share-runtime = no se pudo arrancar el servidor de la sala: { $error }

## Seguir una sala desde otro portátil

phone-join-scheme = join necesita la dirección http:// de la sala tal como la muestra la app de quien facilita, no { $scheme }://
phone-join-address = join necesita la dirección de la sala tal como la muestra la app de quien facilita, p. ej. http://192.168.1.20:8111/; no { $text }
phone-link-connecting = conectando…
phone-link-live = en vivo
phone-link-reconnecting = reconectando, sigue contando

## Los errores propios de compartir
phone-share-address-expected = --share necesita una dirección y un puerto como 0.0.0.0:{ $port }, 192.168.1.20 o :{ $port }; no { $given }
phone-share-no-address = no hay ninguna dirección en la que escuchar

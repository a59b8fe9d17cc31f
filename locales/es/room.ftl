# La vista de la sala: lo que muestra el proyector.
# Cada mensaje tiene su gemelo en ../en/room.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).
#
# La página del teléfono sigue contando entre dos envíos y dice lo que
# calcula con estos mismos mensajes (src/share/words.rs le sirve todos los
# room-*, cada argumento como { $nombre } para que lo rellene); por eso
# ningún mensaje elige según un argumento, y cada forma del plural es un
# mensaje.

## El estado de la cuenta atrás: una palabra para cada uno, y qué sigue

room-ready = Todo listo
room-ready-hint = Espacio para empezar
room-paused = ‖ En pausa
room-paused-hint = Espacio para reanudar
room-finished = ■ Fin
room-finished-hint = { $took } en total
room-overtime = ● Tiempo extra
room-overtime-hint = → para seguir
room-warning-last-minute = ▲ Último minuto
room-warning-minutes = ▲ Últimos { $minutes } minutos
room-warning-seconds = ▲ Últimos { $seconds } segundos

## Dónde está la sala en la agenda, y el tiempo que queda, sobre la barra

room-position = paso { $number } de { $count } · { $next }
room-next = siguiente: { $title } ({ $length })
room-next-end = siguiente: el final
room-agenda-done = la agenda ha terminado
room-left = quedan { $left }
room-left-drift = quedan { $left } · { $drift }
room-on-time = a tiempo
room-behind = { $time } de retraso
room-ahead = { $time } de adelanto

## El titular de un cambio, y lo que va debajo

room-flash-swap = Cambio de roles
room-flash-next = Siguiente: { $title }
room-flash-time-up = ¡Tiempo!
room-flash-time-up-detail = Pulsa → para seguir cuando la sala esté lista
room-flash-finished = Fin
room-flash-finished-detail = Gracias. Volvemos al grupo grande.

## Qué hacer ahora, bajo el reloj

room-reflection-heading = Reflexión en grupo, luego en tu hoja de trabajo
room-agenda = Agenda
room-choose = Elegir
room-now = ▶ ahora
room-looking-away = Estás mirando adelante o atrás: a estas alturas la pareja va por { $act }. Haz clic en ese acto para volver al ritmo.
room-do-dont = Haz / Evita
room-do = ✓ Haz: { $text }
room-dont = ✗ Evita: { $text }

## El recuento en el último paso

room-tally-heading = Hasta dónde llegaron las parejas · { $conversation }
room-tally-pairs = { $act }: { $pairs } de { $voters } parejas
room-tally-one-pair = { $act }: { $pairs } de 1 pareja

## La esquina que dice a los teléfonos adónde ir

room-share-scan = Escanea para seguir en tu teléfono
room-share-one-device = 1 dispositivo conectado
room-share-devices = { $count } dispositivos conectados

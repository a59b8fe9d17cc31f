# La agenda impresa: `one-on-one agenda` como texto, Markdown y tarjeta.
# Cada mensaje tiene su gemelo en ../en/agenda.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

## Todos los formatos

# La duración de un paso o del taller en minutos enteros.
agenda-minutes = { $minutes } min

## La lista sencilla: una línea por paso y después esto

agenda-total = total { $length }

## El guion para quien facilita (Markdown). Las etiquetas van en negrita
## y seguidas de dos puntos; las horas son de 24 horas, como 18:30.

agenda-length = Duración
agenda-taking-part = Participantes
agenda-heading = Agenda
agenda-moves-on = Pasa al siguiente paso por sí solo a las { $time }.
agenda-ends = Termina por sí solo a las { $time }.
agenda-waits = Espera a quien facilita
agenda-waits-detail = a las { $time } suena la campanilla y el reloj sigue en tiempo extra hasta que pases al siguiente paso.
agenda-roles = Roles
agenda-choose = Elige a alguien para cada tarea
# En negrita, y después agenda-acts-paced-detail entre paréntesis.
agenda-acts-paced = Los actos, con sus tiempos
agenda-acts-paced-detail = la pantalla resalta el acto en el que debería estar la pareja
agenda-questions-on-screen = Preguntas en pantalla
agenda-on-screen = En pantalla: { $heading }
agenda-no-reflection = La pantalla no muestra preguntas de reflexión.
agenda-reflection-questions = Preguntas de reflexión para la sala
agenda-trainer-notes = Notas para quien facilita
agenda-do-dont = Qué hacer y qué no
agenda-do = Haz
agenda-dont = No hagas

## La tarjeta para participantes (Markdown)

agenda-card-acts = { $count ->
    [5] Los cinco actos de un uno a uno
   *[other] Los actos de un uno a uno
}
agenda-card-listen-for = Escucha y anota en tu hoja de trabajo
agenda-card-next-meeting = Cuándo nos volvemos a ver
agenda-card-next-meeting-hint = ¿Cuándo nos volveremos a ver para actuar y seguir construyendo esta relación?
agenda-card-reflection = Reflexión

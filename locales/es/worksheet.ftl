# Las hojas de trabajo: etiquetas y pistas de los campos, encabezados de las exportaciones y lo que se dice de sus archivos.
# Cada mensaje tiene su gemelo en ../en/worksheet.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

## Los campos de texto libre: sus encabezados, y las preguntas guía de la
## hoja del taller que se muestran mientras están vacíos

worksheet-label-shared-values = Valores que compartimos
worksheet-label-shared-interests = Intereses para actuar en conjunto
worksheet-label-my-resources = Habilidades y recursos que aporto
worksheet-label-partner-resources = Habilidades y recursos que aporta la otra persona
worksheet-label-feedback-received = Retroalimentación que recibí
worksheet-label-feedback-given = Retroalimentación que di
worksheet-label-notes = Notas
worksheet-hint-shared-values = ¿Qué valores compartimos? ¿Qué valores te enseñaron que hacen que esto te importe, y quién te los enseñó?
worksheet-hint-shared-interests = ¿Sobre qué intereses podemos actuar en conjunto? Llega a la experiencia vivida, no al tema en abstracto.
worksheet-hint-my-resources = ¿Qué habilidades y recursos aporto a este trabajo? Liderazgo, gente que me sigue, habilidades para la acción…
worksheet-hint-partner-resources = ¿Qué aporta la otra persona? Escucha en su historia las motivaciones y los recursos que trae.
worksheet-hint-feedback-received = ¿Cómo lo vivió la otra persona? ¿Sintió que solo la sumaban a una lista, o que se estaba construyendo una relación? ¿Qué salió bien, qué se puede mejorar?
worksheet-hint-feedback-given = ¿Qué le dije a la otra persona sobre su conversación?
worksheet-hint-notes = Cualquier otra cosa que valga la pena guardar: nombres, historias, ideas.

# La única persona participante de una hoja que se lleva junto a una sala a la que te unes.
worksheet-guide-you = Tú

## La exportación a Markdown

worksheet-md-title = Hoja de trabajo del uno a uno
worksheet-md-title-both = Hoja de trabajo del uno a uno: { $name } con { $partner }
worksheet-md-title-name = Hoja de trabajo del uno a uno: { $name }
worksheet-md-title-partner = Hoja de trabajo del uno a uno con { $partner }
worksheet-md-date = Fecha
worksheet-md-workshop = Taller
worksheet-md-acts-reached = Actos alcanzados
worksheet-md-next-meeting = Próxima reunión
worksheet-md-when = Cuándo
worksheet-md-where = Dónde
worksheet-md-plan = Plan
worksheet-md-reflection = Reflexión
worksheet-not-filled-in = sin completar
# $day es una fecha larga, $time una hora de 24 horas.
worksheet-meeting-time = { $minutes ->
        [0] { $day }, { $time }
        [one] { $day }, { $time }, durante 1 minuto
       *[other] { $day }, { $time }, durante { $minutes } minutos
    }

## El evento de calendario de la próxima reunión

worksheet-event = Uno a uno
worksheet-event-both = Uno a uno: { $name } con { $partner }
worksheet-event-name = Uno a uno: { $name }
worksheet-event-partner = Uno a uno con { $partner }
worksheet-no-meeting-time = la hoja de trabajo no tiene fecha ni hora para la próxima reunión, así que no hay ningún evento que exportar; rellena antes "Próxima reunión"
worksheet-meeting-beyond-calendar = la próxima reunión ({ $meeting }) no cabe en los años 0000 a 9999 que puede contener un archivo de calendario
worksheet-file-date = fecha del archivo { $stamp }

## Los archivos de las hojas de trabajo

worksheet-date-out-of-range = se esperaba una fecha del { $first } al { $last }, pero se encontró { $found }
worksheet-meeting-out-of-range = se esperaba una reunión del { $first } al { $last }, pero se encontró { $found }
worksheet-newer-format = escrito con una versión más reciente de one-on-one (versión de formato { $found }); esta versión lee la versión de formato { $version }
worksheet-other-format = se esperaba `format: { $version }`, pero se encontró la versión de formato { $found }
worksheet-not-overwritten-unreadable = no se ha sobrescrito, porque no se pudo leer como hoja de trabajo: { $why }
worksheet-could-not-save = no se pudo guardar: { $error }
worksheet-not-replaced-other-file = no se ha reemplazado: es un archivo que no es una hoja de trabajo; elige otro nombre
worksheet-changed-unreadable = no se ha sobrescrito: ha cambiado y ya no se puede leer como hoja de trabajo ({ $why })
worksheet-closed-meanwhile = no se ha escrito: la hoja de trabajo a la que correspondía ya no está abierta
worksheet-changed-on-disk = no se ha guardado: otro programa cambió este archivo después de abrirlo aquí
# El nombre de archivo de una hoja: en minúsculas, palabras unidas por guiones, nada más.
worksheet-file-stem = hoja-de-trabajo
worksheet-file-stem-both = { $name }-con-{ $partner }
worksheet-file-stem-partner = con-{ $partner }

## Los cambios sin guardar, a salvo

worksheet-could-not-look-for-recovery = no se pudieron buscar cambios sin guardar de una ejecución anterior: { $error }
worksheet-could-not-make-recovery-folder = no se pudo crear la carpeta de recuperación: { $error }
worksheet-could-not-write-recovery = no se pudo escribir la copia de recuperación: { $error }
worksheet-cannot-read-recovery = no se puede leer la copia de recuperación: { $error }

# Los archivos de escenario: lo que dicen el lector y el validador de un archivo.
# Cada mensaje tiene su gemelo en ../en/scenario.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

## Las duraciones, tal como se escribe la duración o el aviso de un paso

scenario-expected-duration = se esperaba una duración como "8m", "90s" o "1m30s"
scenario-expected-duration-found = { scenario-expected-duration }, pero se encontró "{ $text }"
scenario-expected-warning = { scenario-expected-duration }, o "0s" para no tener aviso
scenario-expected-step-warning = { scenario-expected-duration }, o nada para usar el aviso general

## Leer un archivo de escenario

scenario-file-too-big = el archivo ocupa { $size } bytes; se espera que un escenario ocupe menos de { $most }
scenario-more-problems = y { $count ->
        [one] 1 problema más
       *[other] { $count } problemas más
    } sin mostrar; corrige estos y vuelve a comprobarlo

## El archivo en conjunto

scenario-format-version = este archivo es de la versión de formato { $found }; esta versión de la app lee la versión de formato { $version }
scenario-empty-name = se esperaba un nombre para el taller, pero está vacío
scenario-no-participants = se esperaba al menos una persona participante
scenario-no-steps = se esperaba al menos un paso en la agenda, pero no hay ninguno
scenario-empty-id = se esperaba un id para { $what ->
        [participant] esta persona participante
        [role] este rol
       *[act] este acto
    }, pero está vacío
scenario-id-twice = el id { $id } { $what ->
        [participant] de participante
        [role] de rol
       *[act] de acto
    } se usa dos veces; los ids deben ser únicos
scenario-people-range = se esperaba un rango de personas como Choose(from: 3, to: 12), de al menos 1 y como máximo { $most }
scenario-listed-outside-people = { $listed ->
        [one] hay 1 participante en la lista
       *[other] hay { $listed } participantes en la lista
    }, pero el número de personas (people) debe estar entre { $from } y { $to }; la lista da el número predeterminado
scenario-length-range = se esperaba un rango de duraciones como Choose(from: "30m", to: "60m"), mayor que cero y de como máximo { $most }
scenario-total-outside-length = los pasos suman { $total }, fuera de las duraciones de { $from } a { $to }; el total de los pasos es la duración predeterminada
scenario-too-many-people = hay { $listed } participantes en la lista; un taller puede tener como máximo { $most }
scenario-too-many-values = el archivo tiene { $total } valores (textos, números y entradas), { $here } de ellos aquí; un escenario puede tener como máximo { $most }
# Lo que puede ser un valor en cualquier lugar del archivo, tal como lo enmarcan los mensajes de ron.
scenario-expected-any-value = cualquier valor

## Las rondas, y cuánto crece la agenda

scenario-rounds-without-steps = se esperaba al menos un paso en estas rondas, pero no hay ninguno
scenario-rounds-count = se esperaban entre 1 y { $most } rondas, pero hay { $found }
scenario-plan-too-big = con { $people } personas, repetir estos pasos lleva los textos de la agenda a unos { $size } MB; un plan puede ocupar como máximo { $most } MB: acorta los textos o repite menos pasos
scenario-too-many-steps = la agenda llega aquí a { $steps } pasos; un plan puede tener como máximo { $most }
scenario-too-many-steps-each-person = estas rondas se repiten una vez por cada una de hasta { $people } personas ({ $count ->
        [one] 1 paso
       *[other] { $count } pasos
    } cada vez), así que { scenario-too-many-steps }
scenario-too-many-steps-times = estas rondas se repiten { $runs } veces ({ $count ->
        [one] 1 paso
       *[other] { $count } pasos
    } cada vez), así que { scenario-too-many-steps }

## Un paso

# $step es scenario-step o scenario-step-in-rounds.
scenario-step = el paso { $step }
scenario-step-in-rounds = el paso { $step } de las rondas en la posición { $rounds }
scenario-empty-title = { $step } tiene el título vacío
scenario-round-outside-rounds = {"{round}"} y {"{rounds}"} solo se rellenan en los pasos dentro de Rounds(...); aquí se verían tal como están escritos
scenario-notes-too-long = { $step } tiene { $count } caracteres de notas; las notas pueden tener como máximo { $most }, más o menos media página: quédate con lo que necesitas mirar de un vistazo durante el paso
scenario-zero-duration = se esperaba una duración mayor que cero, como "2m"
scenario-step-too-long = un paso puede durar como máximo { $most }, pero dura { $found }
scenario-warning-too-early = un aviso puede llegar como máximo { $most } antes del final, pero llega { $found } antes
scenario-unknown-role = rol desconocido { $role }; los roles son { $known }
scenario-unknown-participant = participante desconocido { $who }; en la lista están { $known }
scenario-cast-beyond-present = { $who } es la persona participante { $number }, pero un taller puede tener solo { $present ->
        [one] 1 persona; asígnale el rol a la primera
       *[other] { $present } personas; asígnale el rol a una de las primeras { $present }
    }
scenario-no-pacing = se esperaba al menos un acto en el ritmo (pacing)
scenario-unknown-act = acto desconocido { $act }; los actos son { $known }
scenario-zero-act = se esperaba una duración mayor que cero para este acto
scenario-pacing-sum = los tiempos de los actos suman { $paced }, pero el paso dura { $duration }; haz que coincidan

# Cómo un mensaje enumera los ids que declara un archivo.
scenario-ids-none = ninguno (decláralos primero)
scenario-ids-and-more = { $ids } y { $more } más

## Lo que rellenan el editor de la agenda y un plan

scenario-new-step = Paso nuevo

# Archivos y carpetas: el almacenamiento, la recuperación, la biblioteca de formatos.
# Cada mensaje tiene su gemelo en ../en/files.ftl
# (tests/i18n.rs comprueba que las dos listas coinciden).

## Leer y escribir cualquier archivo

files-cannot-read = no se puede leer el archivo: { $error }
files-not-utf8 = se esperaba texto UTF-8; parece un archivo binario o con otra codificación
files-too-large = el archivo ocupa más de { $megabytes } MB
files-too-many-links = más de { $most } enlaces simbólicos seguidos; puede que uno apunte a sí mismo
files-could-not-create-folder = no se pudo crear la carpeta: { $error }
files-could-not-write = no se pudo escribir: { $error }

## Qué se puede escribir encima de qué

files-link-loop = un bucle de enlaces simbólicos
files-refuse-folder = no se ha escrito: es una carpeta
files-refuse-worksheet = no se ha reemplazado: es otra hoja de trabajo, quizá de otra persona; elige otro nombre
files-refuse-format = no se ha reemplazado: es un formato de taller o una copia de recuperación; elige otro nombre
files-refuse-unreadable = no se ha reemplazado: parece una hoja de trabajo o un formato, pero no se puede leer, así que puede ser la única copia de alguien ({ $why })

## La biblioteca de formatos

files-source-built-in = integrado
files-source-given = de la línea de comandos
files-source-shipped = carpeta scenarios
files-source-own = tus formatos
files-built-in-file = { $file } (integrado)
files-format-unreadable = no se puede leer
files-length = { $total } min
files-length-choice = { $from }–{ $to } min (por defecto { $total })
files-length-people = { $total } min para { $people ->
        [one] 1 persona
       *[other] { $people } personas
    } ({ $from }–{ $to })
files-format-not-overwritten = no se ha sobrescrito: ya no se lee como escenario; guárdalo como un formato nuevo
# El nombre de archivo de un formato guardado cuando su nombre no tiene letras: una palabra en minúsculas.
files-format-stem = formato

## Las copias de recuperación de los borradores de agenda

files-draft-not-written = no se pudo escribir la copia del borrador: { $error }
files-draft-unreadable = no se puede leer la copia del borrador: { $error }

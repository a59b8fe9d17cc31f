# Files and folders: storage, recovery, the library of formats.
# Every message here has its twin in ../es/files.ftl
# (tests/i18n.rs checks both lists are the same).

## Reading and writing any file

files-cannot-read = cannot read the file: { $error }
files-not-utf8 = expected UTF-8 text; this looks like a binary file or another encoding
files-too-large = the file is larger than { $megabytes } MB
files-too-many-links = more than { $most } symbolic links in a row; one of them may point back at itself
files-could-not-create-folder = could not create the folder: { $error }
files-could-not-write = could not write: { $error }

## What may be written over what

files-link-loop = a loop of symbolic links
files-refuse-folder = not written: it is a folder
files-refuse-worksheet = not replaced: it is another worksheet, maybe someone else's; choose another name
files-refuse-format = not replaced: it is a workshop format or a recovery copy; choose another name
files-refuse-unreadable = not replaced: it looks like a worksheet or a format but cannot be read, so it may be someone's only copy ({ $why })

## The library of formats

files-source-built-in = built in
files-source-given = from the command line
files-source-shipped = scenarios folder
files-source-own = your formats
files-built-in-file = { $file } (built in)
files-format-unreadable = cannot be read
files-length = { $total } min
files-length-choice = { $from }–{ $to } min (default { $total })
files-length-people = { $total } min for { $people } people ({ $from }–{ $to })
files-format-not-overwritten = not overwritten: it no longer reads as a scenario; save as a new format
# A saved format's file name when its name has no letters: one lower-case word.
files-format-stem = format

## Recovery copies of agenda drafts

files-draft-not-written = could not write the draft's copy: { $error }
files-draft-unreadable = cannot read the draft's copy: { $error }

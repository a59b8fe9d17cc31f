# Files and folders: storage, recovery, the library of formats.
# Every message here has its twin in ../es/files.ftl
# (tests/i18n.rs checks both lists are the same).

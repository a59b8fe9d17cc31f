# The trainer's console, its windows and dialogs, and the keyboard help.
# Every message here has its twin in ../es/console.ftl
# (tests/i18n.rs checks both lists are the same).

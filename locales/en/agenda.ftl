# The printed agenda: `one-on-one agenda` as text, Markdown and card.
# Every message here has its twin in ../es/agenda.ftl
# (tests/i18n.rs checks both lists are the same).

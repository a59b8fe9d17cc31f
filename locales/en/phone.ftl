# The phone page and joining a shared room.
# Every message here has its twin in ../es/phone.ftl
# (tests/i18n.rs checks both lists are the same).

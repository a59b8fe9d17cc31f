# The room view: what the projector shows.
# Every message here has its twin in ../es/room.ftl
# (tests/i18n.rs checks both lists are the same).

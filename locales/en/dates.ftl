# Dates and times: weekday and month names, and how a date is written.
# Every message here has its twin in ../es/dates.ftl
# (tests/i18n.rs checks both lists are the same).

# Scenario files: what the loader and the validator say of a file.
# Every message here has its twin in ../es/scenario.ftl
# (tests/i18n.rs checks both lists are the same).

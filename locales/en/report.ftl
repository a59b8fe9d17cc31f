# Session reports: `one-on-one report`, the console's report view, and the report files' headings.
# Every message here has its twin in ../es/report.ftl
# (tests/i18n.rs checks both lists are the same).

# Worksheets: field labels and hints, exports' headings, and what is said of worksheet files.
# Every message here has its twin in ../es/worksheet.ftl
# (tests/i18n.rs checks both lists are the same).

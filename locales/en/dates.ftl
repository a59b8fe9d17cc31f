# Dates and times: weekday and month names, and how a date is written.
# Every message here has its twin in ../es/dates.ftl
# (tests/i18n.rs checks both lists are the same).

date-weekday-short = { $weekday ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
date-weekday-long = { $weekday ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
date-month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
date-month-long = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# "Wed 25 Nov 2026"
date-short = { $weekday } { $day } { $month } { $year }
# "Wed 25 Nov"
date-short-this-year = { $weekday } { $day } { $month }
# "Wednesday 25 November 2026"
date-long = { $weekday } { $day } { $month } { $year }

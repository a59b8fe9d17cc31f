//! Dates as the reader's language writes them: "Wed 25 Nov 2026" or
//! "mié 25 nov 2026", "Wednesday 25 November 2026" or "miércoles 25 de
//! noviembre de 2026". Times are 24-hour in both languages (`14:05`), so
//! they need no catalogue and stay `%H:%M`.

use chrono::Datelike;
use fluent::FluentValue;

use super::{Language, tr_in};

/// `date` in short form with its year, in the language spoken now.
pub fn short_date(date: &impl Datelike) -> String {
    short_date_in(super::language(), date)
}

/// `date` in short form with its year, in `language`.
pub fn short_date_in(language: Language, date: &impl Datelike) -> String {
    written(
        language,
        "date-short",
        date,
        "date-weekday-short",
        "date-month-short",
    )
}

/// `date` in short form without its year: for what happened this year,
/// such as a file's last change.
pub fn short_day(date: &impl Datelike) -> String {
    written(
        super::language(),
        "date-short-this-year",
        date,
        "date-weekday-short",
        "date-month-short",
    )
}

/// `date` written out in full, in the language spoken now.
pub fn long_date(date: &impl Datelike) -> String {
    long_date_in(super::language(), date)
}

/// `date` written out in full, in `language`.
pub fn long_date_in(language: Language, date: &impl Datelike) -> String {
    written(
        language,
        "date-long",
        date,
        "date-weekday-long",
        "date-month-long",
    )
}

fn written(
    language: Language,
    pattern: &str,
    date: &impl Datelike,
    weekday_names: &str,
    month_names: &str,
) -> String {
    let weekday = date.weekday().number_from_monday();
    let weekday = tr_in(
        language,
        weekday_names,
        &[("weekday", FluentValue::from(weekday))],
    );
    let month = tr_in(
        language,
        month_names,
        &[("month", FluentValue::from(date.month()))],
    );
    tr_in(
        language,
        pattern,
        &[
            ("weekday", FluentValue::from(weekday)),
            ("day", FluentValue::from(date.day().to_string())),
            ("month", FluentValue::from(month)),
            ("year", FluentValue::from(date.year().to_string())),
        ],
    )
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    #[test]
    fn a_date_reads_in_each_language() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        assert_eq!(short_date_in(Language::English, &day), "Wed 25 Nov 2026");
        assert_eq!(short_date_in(Language::Spanish, &day), "mié 25 nov 2026");
        assert_eq!(
            long_date_in(Language::English, &day),
            "Wednesday 25 November 2026"
        );
        assert_eq!(
            long_date_in(Language::Spanish, &day),
            "miércoles 25 de noviembre de 2026"
        );
        let sunday = NaiveDate::from_ymd_opt(2027, 1, 3).unwrap();
        assert_eq!(short_date_in(Language::Spanish, &sunday), "dom 3 ene 2027");
        assert_eq!(
            long_date_in(Language::English, &sunday),
            "Sunday 3 January 2027"
        );
    }

    #[test]
    fn the_language_spoken_decides() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        super::super::set_language(Language::Spanish);
        assert_eq!(short_day(&day), "lun 7 dic");
        assert_eq!(long_date(&day), "lunes 7 de diciembre de 2026");
        super::super::set_language(Language::English);
        assert_eq!(short_date(&day), "Mon 7 Dec 2026");
    }
}

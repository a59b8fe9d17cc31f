//! File names made from what is on the worksheet ("maria-and-sam-2026-11-23",
//! "maria-con-sam-2026-11-23" in Spanish), safe on any file system: no
//! separators, no characters Windows or macOS refuse, no reserved device
//! names, not too long, never empty.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use fluent::FluentValue;

use crate::i18n::{tr, tr_args};

/// The extension worksheets are saved with.
pub const EXTENSION: &str = "ron";

/// Longest stem in characters, well under the 255-byte limits even when
/// every character takes four bytes in UTF-8.
const MAX_STEM_CHARS: usize = 60;

/// A file stem naming the two people and the day.
pub fn stem(name: &str, partner: &str, date: Option<NaiveDate>) -> String {
    // The catalogue's words are slugs already: lower case, hyphens, no
    // separators (a test below keeps them so).
    let people = match (slug(name), slug(partner)) {
        (a, b) if a.is_empty() && b.is_empty() => tr("worksheet-file-stem"),
        (a, b) if b.is_empty() => a,
        (a, b) if a.is_empty() => tr_args(
            "worksheet-file-stem-partner",
            &[("partner", FluentValue::from(b))],
        ),
        (a, b) => tr_args(
            "worksheet-file-stem-both",
            &[
                ("name", FluentValue::from(a)),
                ("partner", FluentValue::from(b)),
            ],
        ),
    };
    let date = date.map(|d| d.format("%Y-%m-%d").to_string());
    let room = MAX_STEM_CHARS - date.as_ref().map_or(0, |d| d.len() + 1);
    let people: String = people.chars().take(room).collect();
    let people = people.trim_end_matches('-');
    let stem = match date {
        Some(date) => format!("{people}-{date}"),
        None => people.to_string(),
    };
    if is_reserved_on_windows(&stem) {
        format!("{}-{stem}", tr("worksheet-file-stem"))
    } else {
        stem
    }
}

/// Device names Windows will not open as files, whatever the extension.
/// Windows takes the superscripts ¹ ² ³ for port numbers too, and they are
/// alphanumeric, so a slug can keep them.
fn is_reserved_on_windows(stem: &str) -> bool {
    const DEVICES: [&str; 4] = ["con", "prn", "aux", "nul"];
    let port = |rest: &str| {
        let mut chars = rest.chars();
        matches!(
            (chars.next(), chars.next()),
            (Some('0'..='9' | '¹' | '²' | '³'), None)
        )
    };
    DEVICES.contains(&stem)
        || stem
            .strip_prefix("com")
            .or_else(|| stem.strip_prefix("lpt"))
            .is_some_and(port)
}

/// `folder/stem.ron`, or `stem-2.ron`, `stem-3.ron`… if that name is taken.
/// A symbolic link takes its name even when it leads nowhere: writing there
/// would land in whatever it names, or fail.
pub fn unused_path(folder: &Path, stem: &str) -> PathBuf {
    let taken = |path: &Path| std::fs::symlink_metadata(path).is_ok();
    let first = folder.join(format!("{stem}.{EXTENSION}"));
    if !taken(&first) {
        return first;
    }
    (2..)
        .map(|n| folder.join(format!("{stem}-{n}.{EXTENSION}")))
        .find(|path| !taken(path))
        .unwrap_or(first)
}

/// Letters and digits of any script, lower-cased; everything else becomes
/// a single hyphen. Letters keep "José" and "Nguyễn" recognisable where an
/// ASCII-only rule would reduce them to nothing.
pub fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2026, 11, 23)
    }

    #[test]
    fn names_and_date_make_the_stem() {
        assert_eq!(
            stem("Maria López", "Sam", day()),
            "maria-lópez-and-sam-2026-11-23"
        );
        assert_eq!(stem("", "", day()), "worksheet-2026-11-23");
        assert_eq!(stem("../../etc/passwd", "CON", None), "etc-passwd-and-con");
        assert_eq!(stem("  ", "Sam", None), "with-sam");
        assert_eq!(stem("Con", "", None), "worksheet-con");
        assert_eq!(stem("LPT1", "", None), "worksheet-lpt1");
        assert_eq!(stem("COM¹", "", None), "worksheet-com¹");
    }

    #[test]
    fn names_read_in_the_language_spoken_and_its_words_are_slugs() {
        use crate::i18n::{Language, set_language, tr_in};
        set_language(Language::Spanish);
        let stems = [
            stem("Maria López", "Sam", day()),
            stem("", "", day()),
            stem("  ", "Sam", None),
            stem("Con", "", None),
        ];
        set_language(Language::English);
        assert_eq!(
            stems,
            [
                "maria-lópez-con-sam-2026-11-23",
                "hoja-de-trabajo-2026-11-23",
                "con-sam",
                "hoja-de-trabajo-con",
            ]
        );
        for language in Language::ALL {
            let partner = [("partner", FluentValue::from("b"))];
            for word in [
                tr_in(language, "worksheet-file-stem", &[]),
                tr_in(language, "worksheet-file-stem-partner", &partner),
            ] {
                assert_eq!(slug(&word), word, "{language:?}");
            }
        }
    }

    #[test]
    fn long_names_are_cut_to_fit() {
        let long = "a".repeat(500);
        let stem = stem(&long, &long, day());
        assert!(stem.chars().count() <= MAX_STEM_CHARS);
        assert!(stem.ends_with("-2026-11-23"));
    }
}

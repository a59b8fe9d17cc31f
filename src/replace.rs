//! The one rule every writer follows before it puts a file where another
//! may already be (worksheets, exports, formats; the window and the command
//! line): a file that reads as a worksheet or a format is never replaced
//! unless it is the very file being saved; a file that looks like one but
//! cannot be read is never replaced at all (it may be someone's only copy);
//! any other existing file is replaced only once the person said so.

use std::path::Path;

use fluent::FluentValue;

use crate::i18n::{tr, tr_args};
use crate::storage::{read_capped, same_file, write_target};

/// The largest file looked into to tell what it is; a bigger one is
/// neither a worksheet nor a format (their readers refuse it anyway).
const LOOK_INTO_BYTES: u64 = 64 * 1024 * 1024;

/// What is at a path a writer is about to write to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Existing {
    /// Nothing yet: the write creates the file.
    Nothing,
    /// A folder, which no write may replace.
    Folder,
    /// A worksheet this app reads.
    Worksheet,
    /// A workshop format, a recovery copy or another RON file this app
    /// writes, readable or not.
    Format,
    /// A file that looks like one of the app's own (a `.ron` file, or text
    /// starting `Worksheet(`) but cannot be read: `why` says what is wrong.
    Unreadable { why: String },
    /// Any other file, such as an earlier export.
    Other,
}

/// What a writer may do at a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Nothing is lost by writing: there is nothing there, or it is the
    /// file being saved.
    Write,
    /// Another file is there (an earlier export, say): write only if the
    /// person agrees.
    Ask,
    /// Never written: the text says why, and what to do instead, to follow
    /// the path and a colon.
    Refuse(String),
}

/// What is at `path`, following symbolic links to the file a write would
/// replace.
pub fn existing_at(path: &Path) -> Existing {
    let Ok(target) = write_target(path) else {
        return Existing::Unreadable {
            why: tr("files-link-loop"),
        };
    };
    let Ok(meta) = std::fs::metadata(&target) else {
        return Existing::Nothing;
    };
    if meta.is_dir() {
        return Existing::Folder;
    }
    let looks_like_ours = target.extension().is_some_and(|e| e == "ron");
    let text = match read_capped(&target, LOOK_INTO_BYTES) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(error) if looks_like_ours => {
            return Existing::Unreadable {
                why: error.to_string(),
            };
        }
        Err(_) => return Existing::Other,
    };
    let name = target.display().to_string();
    match leading_word(&text) {
        Some("Worksheet") => match crate::worksheet::parse(&text, &name) {
            Ok(_) => Existing::Worksheet,
            Err(error) => Existing::Unreadable {
                why: error.to_string(),
            },
        },
        Some("Scenario" | "Recovery" | "DraftRecovery") => Existing::Format,
        _ if looks_like_ours => match crate::worksheet::parse(&text, &name) {
            Ok(_) => Existing::Worksheet,
            Err(_) if crate::scenario::parse(&text, &name).is_ok() => Existing::Format,
            Err(error) => Existing::Unreadable {
                why: error.to_string(),
            },
        },
        _ => Existing::Other,
    }
}

/// Whether a write to `target` may go ahead. `own` is the file being saved,
/// when the writer saves something that already has one (a worksheet's
/// file, the trainer's own format): writing back to it is always allowed.
pub fn may_replace(target: &Path, own: Option<&Path>) -> Verdict {
    if own.is_some_and(|own| same_file(own, target)) {
        return Verdict::Write;
    }
    match existing_at(target) {
        Existing::Nothing => Verdict::Write,
        Existing::Folder => Verdict::Refuse(tr("files-refuse-folder")),
        Existing::Worksheet => Verdict::Refuse(tr("files-refuse-worksheet")),
        Existing::Format => Verdict::Refuse(tr("files-refuse-format")),
        Existing::Unreadable { why } => Verdict::Refuse(tr_args(
            "files-refuse-unreadable",
            &[(
                "why",
                FluentValue::from(why.lines().next().unwrap_or_default()),
            )],
        )),
        Existing::Other => Verdict::Ask,
    }
}

/// The first word of RON text, after white space, comments and `#![...]`
/// attributes: the struct name a file written by this app starts with.
fn leading_word(text: &str) -> Option<&str> {
    let mut rest = text.trim_start_matches('\u{feff}');
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, next)| next);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, next)| next);
        } else if let Some(after) = rest.strip_prefix("#!") {
            rest = after.split_once(']').map_or("", |(_, next)| next);
        } else {
            break;
        }
    }
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_leading_word_skips_comments_and_attributes() {
        assert_eq!(
            leading_word("// a\n/* b */ #![enable(x)]\n Worksheet("),
            Some("Worksheet")
        );
        assert_eq!(
            leading_word("\u{feff}Scenario(format: 1)"),
            Some("Scenario")
        );
        assert_eq!(leading_word("# Heading"), None);
        assert_eq!(leading_word(""), None);
    }

    #[test]
    fn a_refusal_says_why_in_the_language_spoken() {
        use crate::i18n::{Language, set_language};
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
        let worksheet =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample-worksheet.ron");
        set_language(Language::Spanish);
        let verdicts = [may_replace(&folder, None), may_replace(&worksheet, None)];
        set_language(Language::English);
        assert_eq!(
            verdicts,
            [
                Verdict::Refuse("no se ha escrito: es una carpeta".into()),
                Verdict::Refuse(
                    "no se ha reemplazado: es otra hoja de trabajo, quizá de otra persona; elige otro nombre"
                        .into()
                ),
            ]
        );
        assert_eq!(
            may_replace(&folder, None),
            Verdict::Refuse("not written: it is a folder".into())
        );
    }
}

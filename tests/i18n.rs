//! The catalogues: English and Spanish have exactly the same messages, both
//! read without a syntax error, and every message the code asks for is in
//! them; and the command line speaks the language asked for.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use one_on_one::i18n::{Language, catalogue};

fn ids(language: Language) -> BTreeSet<String> {
    let (ids, errors) = catalogue(language);
    assert!(errors.is_empty(), "{language:?} catalogue: {errors:?}");
    let unique: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(unique.len(), ids.len(), "{language:?} has a message twice");
    unique
}

#[test]
fn both_catalogues_have_exactly_the_same_messages() {
    let english = ids(Language::English);
    let spanish = ids(Language::Spanish);
    assert_eq!(
        english.difference(&spanish).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "in English, not in Spanish"
    );
    assert_eq!(
        spanish.difference(&english).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "in Spanish, not in English"
    );
}

/// Every `tr("id"`, `tr_args("id"` and `tr_in(…, "id"` in the sources.
fn ids_the_code_uses() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut folders = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if path.extension().is_none_or(|ext| ext != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // A call, not the end of another name (push_str, write_str).
            let starts_a_name = |at: usize| {
                at == 0
                    || !text.as_bytes()[at - 1].is_ascii_alphanumeric()
                        && text.as_bytes()[at - 1] != b'_'
            };
            // The id may stand on the next line: rustfmt puts it there
            // when the call is long.
            for call in ["tr(", "tr_args("] {
                for (at, _) in text.match_indices(call) {
                    if !starts_a_name(at) {
                        continue;
                    }
                    let rest = text[at + call.len()..].trim_start();
                    if let Some(rest) = rest.strip_prefix('"')
                        && let Some(end) = rest.find('"')
                    {
                        found.insert(rest[..end].to_string());
                    }
                }
            }
            for (at, _) in text.match_indices("tr_in(") {
                if !starts_a_name(at) {
                    continue;
                }
                // The id is the second argument when it is a literal: after
                // the first comma outside any parentheses.
                let rest = &text[at + "tr_in(".len()..];
                let mut depth = 0;
                let comma = rest.char_indices().find_map(|(i, c)| match c {
                    '(' | '[' => {
                        depth += 1;
                        None
                    }
                    ')' | ']' if depth == 0 => Some(None),
                    ')' | ']' => {
                        depth -= 1;
                        None
                    }
                    ',' if depth == 0 => Some(Some(i)),
                    _ => None,
                });
                if let Some(Some(comma)) = comma {
                    let rest = rest[comma + 1..].trim_start();
                    if let Some(rest) = rest.strip_prefix('"')
                        && let Some(end) = rest.find('"')
                    {
                        found.insert(rest[..end].to_string());
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_message_the_code_asks_for_is_in_the_catalogues() {
    let english = ids(Language::English);
    let used = ids_the_code_uses();
    assert!(
        used.contains("usage") && used.contains("unknown-argument"),
        "{used:?}"
    );
    assert!(
        used.contains("console-share-following"),
        "a call split over lines is read"
    );
    let missing: Vec<&String> = used
        .iter()
        .filter(|id| !english.contains(*id) && id.as_str() != "no-such-message")
        .collect();
    assert!(
        missing.is_empty(),
        "asked for but not in the catalogues: {missing:?}"
    );
}

fn one_on_one(args: &[&str], env: &[(&str, &str)]) -> (bool, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_one-on-one"));
    command
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().expect("the binary runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_command_line_speaks_the_language_asked_for() {
    let (ok, out, _) = one_on_one(&["--lang", "es", "--help"], &[]);
    assert!(
        ok && out.contains("USO:") && out.contains("imprime una agenda"),
        "{out}"
    );
    let (_, out, _) = one_on_one(&["--help"], &[("LANG", "es_MX.UTF-8")]);
    assert!(out.contains("USO:"), "the system's locale: {out}");
    let (_, out, _) = one_on_one(&["--help"], &[("LC_ALL", "en_GB.UTF-8"), ("LANG", "es_ES")]);
    assert!(out.contains("USAGE:"), "LC_ALL comes first: {out}");
    let (_, out, _) = one_on_one(&["--help", "--lang=en"], &[("LANG", "es_ES")]);
    assert!(out.contains("USAGE:"), "--lang wins over the locale");

    let (ok, _, err) = one_on_one(&["--lang", "es", "--nonsense"], &[]);
    assert!(
        !ok && err.contains("argumento desconocido \"--nonsense\""),
        "{err}"
    );
    let (ok, _, err) = one_on_one(&["--lang", "fr", "--help"], &[]);
    assert!(!ok && err.contains("unknown language \"fr\""), "{err}");
    let (ok, _, err) = one_on_one(&["--lang", "fr"], &[("LANG", "es_ES.UTF-8")]);
    assert!(!ok && err.contains("idioma desconocido \"fr\""), "{err}");
}

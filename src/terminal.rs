//! Everything the binary prints goes through here, so that text from a file
//! (a format's names and questions, a worksheet's answers, a file's own name)
//! can never drive the terminal that shows it.
//!
//! A scenario or worksheet comes from someone else: a colleague, a shared
//! folder, a download. Printed raw, an escape sequence in it could recolour
//! or clear the screen, rewrite the line above an error, set the window's
//! title, or on some terminals answer back as if typed; a bidi override
//! could show a step's text in an order other than the one in the file.
//! Such characters are shown as `\u{1b}` instead, which a trainer can read
//! and search for.

use std::borrow::Cow;
use std::io::{self, Write as _};

/// `text` with every character that could act on a terminal replaced by a
/// visible `\u{..}` escape: C0 controls but line feed and tab, a carriage
/// return not followed by a line feed, DEL, C1 controls, and the Unicode
/// bidi embeddings, overrides and isolates. Borrowed when nothing needs
/// changing, which is nearly always.
pub fn visible(text: &str) -> Cow<'_, str> {
    let mut chars = text.char_indices().peekable();
    let mut shown = String::new();
    let mut copied = 0;
    while let Some((at, c)) = chars.next() {
        // CR LF is a line end, which a calendar file must have; a lone CR
        // moves back over what was printed, so it is shown.
        let line_end = c == '\r' && chars.peek().is_some_and(|(_, next)| *next == '\n');
        if !acts_on_terminal(c) || line_end {
            continue;
        }
        shown.push_str(&text[copied..at]);
        shown.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        copied = at + c.len_utf8();
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    shown.push_str(&text[copied..]);
    Cow::Owned(shown)
}

/// Whether printing `c` could do something other than show a character.
fn acts_on_terminal(c: char) -> bool {
    match c {
        '\n' | '\t' => false,
        // C0, DEL and C1: what terminals read as commands.
        '\0'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        // Bidi embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and
        // isolates (LRI, RLI, FSI, PDI): they reorder what follows.
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => true,
        _ => false,
    }
}

/// Writes `text` to standard output, made [`visible`]. Not `print!`, which
/// panics when the reader of a pipe has gone away.
pub fn print(text: &str) -> io::Result<()> {
    let mut stdout = io::stdout().lock();
    stdout.write_all(visible(text).as_bytes())?;
    stdout.flush()
}

/// Writes `line` and a line break to standard error, made [`visible`]. A
/// failure is ignored: standard error is where failures would be told.
pub fn eprint_line(line: &str) {
    let mut stderr = io::stderr().lock();
    let _ = stderr.write_all(visible(line).as_bytes());
    let _ = stderr.write_all(b"\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_line_breaks_and_tabs_pass_unchanged_and_unallocated() {
        let text = "Round 1 · conversation\n\tMaría, 李, مرحبا 👩🏽\u{200d}🤝\n";
        assert!(matches!(visible(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn escape_sequences_and_bells_are_shown_not_sent() {
        assert_eq!(
            visible("\u{1b}[31mred\u{7}\u{1b}]0;title\u{7}"),
            "\\u{1b}[31mred\\u{7}\\u{1b}]0;title\\u{7}"
        );
        assert_eq!(visible("\0\u{7f}"), "\\u{0}\\u{7f}");
    }

    #[test]
    fn c1_controls_and_bidi_overrides_are_shown() {
        assert_eq!(visible("a\u{9b}31mb"), "a\\u{9b}31mb");
        assert_eq!(visible("\u{85}"), "\\u{85}");
        assert_eq!(
            visible("\u{202e}evil\u{202c} \u{2066}x\u{2069}"),
            "\\u{202e}evil\\u{202c} \\u{2066}x\\u{2069}"
        );
    }

    #[test]
    fn a_carriage_return_is_kept_only_as_part_of_a_line_end() {
        assert_eq!(visible("BEGIN\r\nEND\r\n"), "BEGIN\r\nEND\r\n");
        assert_eq!(
            visible("safe\roverwritten\r"),
            "safe\\u{d}overwritten\\u{d}"
        );
        assert_eq!(visible("\r\r\n"), "\\u{d}\r\n");
    }
}

//! Text typed by people, made safe to put into Markdown that others print:
//! the worksheet export, the facilitator's script and card, and the session
//! report share these, so a `# idea` or a `1.` typed anywhere shows as typed.

/// Text on one line: a line break would end a heading, list item or table
/// row and spill the rest out of it.
pub(crate) fn inline(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` as a table cell: on one line, its `|` escaped so it cannot split
/// the cell, and its `\` escaped first so a typed `\|` cannot either.
pub(crate) fn cell(text: &str) -> String {
    inline(text).replace('\\', "\\\\").replace('|', "\\|")
}

/// Characters that open a block construct when they start a line. Headings,
/// quotes, setext underlines (`===`, `---`), thematic breaks, fenced code,
/// HTML blocks and link definitions can all swallow or restyle the lines
/// after them, so a typed `# idea` or ```` ``` ```` would otherwise turn the
/// rest of the document into one heading or one code block. Escaping with a
/// backslash shows the character exactly as typed in any renderer, and costs
/// one visible `\` in the raw file, which is easier to read than indenting
/// everything as a quote or code block. Lists typed as `- item` print
/// literally; one line per line is kept anyway (see [`paragraphs`]).
const BLOCK_MARKERS: &[char] = &['#', '>', '-', '+', '*', '=', '_', '`', '~', '|', '<', '['];

/// `line` with a leading block marker or `1.` escaped, so it shows as typed.
pub(crate) fn escape_line_start(line: &str) -> String {
    if line.starts_with(BLOCK_MARKERS) {
        return format!("\\{line}");
    }
    // "1. " and "1) " start an ordered list, renumbered by the renderer.
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && line[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    line.to_string()
}

/// Free text as Markdown paragraphs that keep the writer's line breaks and
/// cannot start a block construct of their own; empty for blank text.
pub(crate) fn paragraphs(text: &str) -> String {
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut paragraphs: Vec<Vec<String>> = vec![Vec::new()];
    for line in normalized.split('\n') {
        let line: String = line
            .chars()
            .filter(|c| *c == '\t' || !c.is_control())
            .collect();
        // Leading spaces would make an indented code block of four or more,
        // and carry no meaning a reader of the printout would miss.
        let line = line.trim();
        if line.is_empty() {
            if paragraphs.last().is_some_and(|p| !p.is_empty()) {
                paragraphs.push(Vec::new());
            }
            continue;
        }
        if let Some(last) = paragraphs.last_mut() {
            last.push(escape_line_start(line));
        }
    }
    paragraphs
        .iter()
        .filter(|p| !p.is_empty())
        // Two trailing spaces are Markdown's hard line break: invisible in
        // the raw file, and without them a renderer would run the lines
        // together into one.
        .map(|p| p.join("  \n"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

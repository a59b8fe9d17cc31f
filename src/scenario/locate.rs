//! Finds where a value sits in a RON text, so that a problem found after
//! parsing ("step 3 casts an unknown role") can still name a line and column.
//! serde hands us values without positions; rather than thread spans through
//! every type, this re-reads the text with a small structural scanner that
//! knows just enough RON to walk fields, list items and map keys. It reads
//! the text once for any number of wanted places, skipping what leads to
//! none of them and building nothing, so reporting many problems in a large
//! file costs one reading of it.

/// A line and column, both counted from 1, columns in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1, in characters.
    pub column: usize,
}

/// One step on the way from the top of a file to a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathPart {
    /// The value of a named field of a struct: `name: value`.
    Field(&'static str),
    /// The n-th item (from 0) of a list or tuple.
    Index(usize),
    /// The key of a map entry whose key is this string.
    Key(String),
    /// The value of a map entry whose key is this string.
    Value(String),
}

/// Where the value at `path` starts in `source`, or `None` if the text does
/// not have that shape.
#[cfg(test)]
pub fn locate(source: &str, path: &[PathPart]) -> Option<Position> {
    locate_all(source, &[path]).pop().flatten()
}

/// Where the value at each of `paths` starts in `source` (`None` for one
/// the text does not have), in the order asked, found in one reading.
pub fn locate_all(source: &str, paths: &[&[PathPart]]) -> Vec<Option<Position>> {
    let wanted = Wanted::new(paths);
    let mut offsets = vec![None; paths.len()];
    let mut walker = Walker {
        source,
        lexer: Lexer { source, at: 0 },
        found: &mut offsets,
    };
    walker.skip_attributes();
    // A shape the scanner does not follow leaves the places after it unfound.
    let _ = walker.walk(Some(&wanted));
    positions_of(source, &offsets)
}

/// The line and column of a byte offset.
pub fn position_of(source: &str, offset: usize) -> Position {
    positions_of(source, &[Some(offset)])
        .pop()
        .flatten()
        .unwrap_or(Position { line: 1, column: 1 })
}

/// The line and column of each offset, counted in one pass over the text
/// however many there are.
fn positions_of(source: &str, offsets: &[Option<usize>]) -> Vec<Option<Position>> {
    let mut order: Vec<(usize, usize)> = offsets
        .iter()
        .enumerate()
        .filter_map(|(i, offset)| offset.map(|o| (floor_char_boundary(source, o), i)))
        .collect();
    order.sort_unstable();
    let mut positions = vec![None; offsets.len()];
    let (mut at, mut line, mut column) = (0, 1, 1);
    for (offset, i) in order {
        for c in source[at..offset].chars() {
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        at = offset;
        positions[i] = Some(Position { line, column });
    }
    positions
}

fn floor_char_boundary(s: &str, mut offset: usize) -> usize {
    offset = offset.min(s.len());
    while !s.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The places still wanted below one value, as a tree: which of the asked
/// paths end here, and the parts that lead on to the others.
#[derive(Default)]
struct Wanted<'p> {
    here: Vec<usize>,
    next: Vec<(&'p PathPart, Wanted<'p>)>,
}

impl<'p> Wanted<'p> {
    fn new(paths: &[&'p [PathPart]]) -> Self {
        let mut root = Wanted::default();
        for (i, path) in paths.iter().enumerate() {
            let mut node = &mut root;
            for part in *path {
                let at = match node.next.iter().position(|(p, _)| *p == part) {
                    Some(at) => at,
                    None => {
                        node.next.push((part, Wanted::default()));
                        node.next.len() - 1
                    }
                };
                node = &mut node.next[at].1;
            }
            node.here.push(i);
        }
        root
    }

    fn after(&self, wanted: impl Fn(&PathPart) -> bool) -> Option<&Self> {
        self.next
            .iter()
            .find(|(part, _)| wanted(part))
            .map(|(_, node)| node)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token<'a> {
    Open(u8),
    Close(u8),
    Comma,
    Colon,
    Hash,
    Bang,
    Ident(&'a str),
    /// A string literal, quoted or raw, starting at this byte offset;
    /// unescaped only when a map key is compared.
    Str(usize),
    Other,
}

/// Splits RON text into tokens with their byte offsets, one at a time. Never
/// fails: what it does not recognise becomes `Other`, because ron itself has
/// already judged the syntax by the time anyone asks where something is.
/// Copying it is how the walker looks ahead.
#[derive(Clone, Copy)]
struct Lexer<'a> {
    source: &'a str,
    at: usize,
}

impl<'a> Iterator for Lexer<'a> {
    type Item = (usize, Token<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        let source = self.source;
        let bytes = source.as_bytes();
        loop {
            let i = self.at;
            let b = *bytes.get(i)?;
            if let Some(width) = whitespace_at(source, i) {
                self.at += width;
                continue;
            }
            let (token, end) = match b {
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    self.at = source[i..].find('\n').map_or(bytes.len(), |n| i + n);
                    continue;
                }
                b'/' if bytes.get(i + 1) == Some(&b'*') => {
                    self.at = block_comment_end(bytes, i);
                    continue;
                }
                b'(' | b'[' | b'{' => (Token::Open(b), i + 1),
                b')' | b']' | b'}' => (Token::Close(b), i + 1),
                b',' => (Token::Comma, i + 1),
                b':' => (Token::Colon, i + 1),
                b'#' => (Token::Hash, i + 1),
                b'!' => (Token::Bang, i + 1),
                b'"' => (Token::Str(i), quoted(source, i).1),
                b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#')) => {
                    (Token::Str(i), raw_string(source, i + 1).1)
                }
                b'\'' => {
                    let mut end = i + 1;
                    while end < bytes.len() && bytes[end] != b'\'' {
                        end += if bytes[end] == b'\\' { 2 } else { 1 };
                    }
                    (Token::Other, end + 1)
                }
                b if b.is_ascii_alphabetic() || b == b'_' => {
                    let mut end = i;
                    while end < bytes.len()
                        && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'_')
                    {
                        end += 1;
                    }
                    (Token::Ident(&source[i..end]), end)
                }
                _ => {
                    // Numbers, signs and anything unexpected: one opaque token per run.
                    let mut end = i + 1;
                    while end < bytes.len()
                        && whitespace_at(source, end).is_none()
                        && !b"()[]{},:\"".contains(&bytes[end])
                    {
                        end += 1;
                    }
                    (Token::Other, end)
                }
            };
            self.at = end.min(bytes.len()).max(i + 1);
            return Some((i, token));
        }
    }
}

/// The offset after the `/* ... */` comment starting at `start`; RON's
/// block comments nest.
fn block_comment_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 2;
    let mut depth = 1;
    while i < bytes.len() && depth > 0 {
        if bytes[i..].starts_with(b"/*") {
            depth += 1;
            i += 2;
        } else if bytes[i..].starts_with(b"*/") {
            depth -= 1;
            i += 2;
        } else {
            i += 1;
        }
    }
    i
}

/// The text of the string literal starting at `start`, unescaped.
fn string_at(source: &str, start: usize) -> String {
    if source.as_bytes().get(start) == Some(&b'r') {
        raw_string(source, start + 1).0
    } else {
        quoted(source, start).0
    }
}

/// The byte length of the whitespace character at `i`, if there is one
/// there. RON counts more than ASCII as whitespace (vertical tab, U+0085,
/// the direction marks, the line and paragraph separators); so must we, or
/// a file ron reads would lose its line numbers here.
fn whitespace_at(source: &str, i: usize) -> Option<usize> {
    if !source.is_char_boundary(i) {
        return None;
    }
    let c = source[i..].chars().next()?;
    let ron_whitespace = matches!(
        c,
        ' ' | '\t'
            | '\n'
            | '\r'
            | '\x0B'
            | '\x0C'
            | '\u{85}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{2028}'
            | '\u{2029}'
    );
    ron_whitespace.then(|| c.len_utf8())
}

/// Reads a `"..."` string starting at `start`, unescaping the common escapes
/// (enough to compare map keys), and returns it with the offset after it.
fn quoted(source: &str, start: usize) -> (String, usize) {
    let mut text = String::new();
    let mut chars = source[start + 1..].char_indices();
    while let Some((i, ch)) = chars.next() {
        match ch {
            '"' => return (text, start + 1 + i + 1),
            '\\' => match chars.next() {
                Some((_, 'n')) => text.push('\n'),
                Some((_, 't')) => text.push('\t'),
                Some((_, 'r')) => text.push('\r'),
                Some((_, '0')) => text.push('\0'),
                Some((_, 'x')) => {
                    let hex: String = chars.by_ref().take(2).map(|(_, c)| c).collect();
                    if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                        text.push(c);
                    }
                }
                Some((_, 'u')) => {
                    // \u{e9} (one to six digits in braces) or \u00e9 (four).
                    let braced = chars.clone().next().is_some_and(|(_, c)| c == '{');
                    let hex: String = if braced {
                        chars.next();
                        chars
                            .by_ref()
                            .take(7)
                            .map(|(_, c)| c)
                            .take_while(|&c| c != '}')
                            .collect()
                    } else {
                        chars.by_ref().take(4).map(|(_, c)| c).collect()
                    };
                    if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                        text.push(c);
                    }
                }
                Some((_, other)) => text.push(other),
                None => break,
            },
            other => text.push(other),
        }
    }
    (text, source.len())
}

/// Reads a raw string `r#"..."#` whose `#`s or quote start at `start`.
fn raw_string(source: &str, start: usize) -> (String, usize) {
    let rest = &source[start..];
    let hashes = rest.bytes().take_while(|&b| b == b'#').count();
    if rest.as_bytes().get(hashes) != Some(&b'"') {
        return (String::new(), start + hashes);
    }
    let body_start = start + hashes + 1;
    let closing = format!("\"{}", "#".repeat(hashes));
    match source[body_start..].find(&closing) {
        Some(len) => (
            source[body_start..body_start + len].to_string(),
            body_start + len + closing.len(),
        ),
        None => (source[body_start..].to_string(), source.len()),
    }
}

/// Walks the text value by value, going into a value only where a wanted
/// place lies inside it and skipping the rest bracket by bracket, so it
/// builds nothing and recurses no deeper than the longest path asked for.
struct Walker<'a, 'f> {
    source: &'a str,
    lexer: Lexer<'a>,
    found: &'f mut [Option<usize>],
}

impl<'a> Walker<'a, '_> {
    fn peek(&self) -> Option<Token<'a>> {
        let mut ahead = self.lexer;
        ahead.next().map(|(_, t)| t)
    }

    fn peek_second(&self) -> Option<Token<'a>> {
        let mut ahead = self.lexer;
        ahead.nth(1).map(|(_, t)| t)
    }

    fn bump(&mut self) -> Option<(usize, Token<'a>)> {
        self.lexer.next()
    }

    /// Skips `#![enable(...)]` lines at the top of a file.
    fn skip_attributes(&mut self) {
        while self.peek() == Some(Token::Hash) {
            self.bump();
            if self.peek() == Some(Token::Bang) {
                self.bump();
            }
            if self.peek() == Some(Token::Open(b'[')) {
                self.bump();
                if self.skip_to_close().is_none() {
                    return;
                }
            }
        }
    }

    /// Reads one value, noting where it starts if a path ends here and
    /// going into it if one goes on; `None` wanted, or nothing further
    /// wanted, skips it whole. `None` back means the text lost its shape.
    fn walk(&mut self, wanted: Option<&Wanted>) -> Option<()> {
        let (start, token) = self.bump()?;
        if let Some(wanted) = wanted {
            for &i in &wanted.here {
                self.found[i].get_or_insert(start);
            }
        }
        let wanted = wanted.filter(|w| !w.next.is_empty());
        match token {
            Token::Ident(_) if self.peek() == Some(Token::Open(b'(')) => {
                self.bump();
                self.parenthesised(wanted)
            }
            Token::Open(b'(') => self.parenthesised(wanted),
            Token::Open(b'[') => self.items(b']', wanted),
            Token::Open(b'{') => self.entries(wanted),
            Token::Str(_) | Token::Ident(_) | Token::Other => Some(()),
            _ => None,
        }
    }

    /// Past the bracket closing one already opened.
    fn skip_to_close(&mut self) -> Option<()> {
        let mut depth = 1usize;
        while depth > 0 {
            match self.bump()?.1 {
                Token::Open(_) => depth += 1,
                Token::Close(_) => depth -= 1,
                _ => {}
            }
        }
        Some(())
    }

    /// The inside of `( ... )`: named fields make a struct, anything else a tuple.
    fn parenthesised(&mut self, wanted: Option<&Wanted>) -> Option<()> {
        let Some(wanted) = wanted else {
            return self.skip_to_close();
        };
        let named = matches!(self.peek(), Some(Token::Ident(_)))
            && self.peek_second() == Some(Token::Colon);
        if !named {
            return self.items(b')', Some(wanted));
        }
        loop {
            match self.bump()?.1 {
                Token::Close(b')') => return Some(()),
                Token::Ident(name) => {
                    if self.bump()?.1 != Token::Colon {
                        return None;
                    }
                    self.walk(wanted.after(|p| matches!(p, PathPart::Field(f) if *f == name)))?;
                    if self.peek() == Some(Token::Comma) {
                        self.bump();
                    }
                }
                _ => return None,
            }
        }
    }

    fn items(&mut self, close: u8, wanted: Option<&Wanted>) -> Option<()> {
        let Some(wanted) = wanted else {
            return self.skip_to_close();
        };
        for i in 0.. {
            if self.peek() == Some(Token::Close(close)) {
                self.bump();
                break;
            }
            self.walk(wanted.after(|p| *p == PathPart::Index(i)))?;
            match self.peek()? {
                Token::Comma => {
                    self.bump();
                }
                Token::Close(c) if c == close => {}
                _ => return None,
            }
        }
        Some(())
    }

    fn entries(&mut self, wanted: Option<&Wanted>) -> Option<()> {
        let Some(wanted) = wanted else {
            return self.skip_to_close();
        };
        loop {
            if self.peek() == Some(Token::Close(b'}')) {
                self.bump();
                return Some(());
            }
            let key = match self.peek()? {
                Token::Str(start) => Some(string_at(self.source, start)),
                _ => None,
            };
            let key = key.as_deref();
            let on_key =
                key.and_then(|k| wanted.after(|p| matches!(p, PathPart::Key(x) if x == k)));
            let on_value =
                key.and_then(|k| wanted.after(|p| matches!(p, PathPart::Value(x) if x == k)));
            self.walk(on_key)?;
            if self.bump()?.1 != Token::Colon {
                return None;
            }
            self.walk(on_value)?;
            match self.peek()? {
                Token::Comma => {
                    self.bump();
                }
                Token::Close(b'}') => {}
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PathPart::*;
    use super::*;

    const TEXT: &str = r##"#![enable(implicit_some)]
// a comment with ( brackets [
Scenario(
    name: "x",
    steps: [
        Step(title: "one", duration: "3m"),
        Step(
            title: r#"two, "quoted""#,
            cast: {"organizer": "A", "ghost": "Z"},
            panel: Acts(pacing: [("attention", "1m"), ("interest", "2m")]),
        ),
    ],
)
"##;

    #[test]
    fn finds_fields_items_and_map_entries() {
        let at = |path: &[PathPart]| locate(TEXT, path).map(|p| (p.line, p.column));
        assert_eq!(at(&[]), Some((3, 1)));
        assert_eq!(at(&[Field("name")]), Some((4, 11)));
        assert_eq!(
            at(&[Field("steps"), Index(0), Field("duration")]),
            Some((6, 38))
        );
        assert_eq!(
            at(&[Field("steps"), Index(1), Field("title")]),
            Some((8, 20))
        );
        assert_eq!(
            at(&[Field("steps"), Index(1), Field("cast"), Key("ghost".into())]),
            Some((9, 38))
        );
        assert_eq!(
            at(&[
                Field("steps"),
                Index(1),
                Field("cast"),
                Value("ghost".into())
            ]),
            Some((9, 47))
        );
        assert_eq!(
            at(&[
                Field("steps"),
                Index(1),
                Field("panel"),
                Field("pacing"),
                Index(1),
                Index(1)
            ]),
            Some((10, 68))
        );
    }

    #[test]
    fn many_places_are_found_in_one_reading() {
        let paths = [
            vec![Field("name")],
            vec![Field("steps"), Index(1), Field("cast"), Key("ghost".into())],
            vec![Field("nope")],
            vec![Field("steps"), Index(0), Field("duration")],
            vec![
                Field("steps"),
                Index(1),
                Field("cast"),
                Value("ghost".into()),
            ],
            vec![Field("name")],
        ];
        let paths: Vec<&[PathPart]> = paths.iter().map(Vec::as_slice).collect();
        let found: Vec<Option<(usize, usize)>> = locate_all(TEXT, &paths)
            .into_iter()
            .map(|p| p.map(|p| (p.line, p.column)))
            .collect();
        assert_eq!(
            found,
            [
                Some((4, 11)),
                Some((9, 38)),
                None,
                Some((6, 38)),
                Some((9, 47)),
                Some((4, 11))
            ]
        );
    }

    #[test]
    fn missing_paths_give_none() {
        assert_eq!(locate(TEXT, &[Field("nope")]), None);
        assert_eq!(locate(TEXT, &[Field("steps"), Index(9)]), None);
        assert_eq!(locate("", &[Field("steps")]), None);
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "(é: \"ü\", b: 1)";
        assert_eq!(position_of(text, text.find('b').unwrap()).column, 10);
    }
}

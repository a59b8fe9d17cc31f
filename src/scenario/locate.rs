//! Finds where a value sits in a RON text, so that a problem found after
//! parsing ("step 3 casts an unknown role") can still name a line and column.
//! serde hands us values without positions; rather than thread spans through
//! every type, this re-reads the text with a small structural scanner that
//! knows just enough RON to walk fields, list items and map keys.

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
pub fn locate(source: &str, path: &[PathPart]) -> Option<Position> {
    let tokens = tokenize(source);
    let mut parser = Parser {
        tokens: &tokens,
        at: 0,
        depth: 0,
    };
    parser.skip_attributes();
    let root = parser.value()?;
    let mut node = &root;
    let mut offset = node.start;
    for part in path {
        match (part, &node.kind) {
            (PathPart::Field(name), NodeKind::Struct(fields)) => {
                let (_, value) = fields.iter().find(|(field, _)| field == name)?;
                node = value;
                offset = node.start;
            }
            (PathPart::Index(i), NodeKind::List(items)) => {
                node = items.get(*i)?;
                offset = node.start;
            }
            (PathPart::Key(key) | PathPart::Value(key), NodeKind::Map(entries)) => {
                let (k, v) = entries
                    .iter()
                    .find(|(k, _)| matches!(&k.kind, NodeKind::Str(s) if s == key))?;
                if matches!(part, PathPart::Key(_)) {
                    node = k;
                } else {
                    node = v;
                }
                offset = node.start;
            }
            _ => return None,
        }
    }
    Some(position_of(source, offset))
}

/// The line and column of a byte offset.
pub fn position_of(source: &str, offset: usize) -> Position {
    let before = &source[..floor_char_boundary(source, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Position {
        line,
        column: before[line_start..].chars().count() + 1,
    }
}

fn floor_char_boundary(s: &str, mut offset: usize) -> usize {
    offset = offset.min(s.len());
    while !s.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Open(char),
    Close(char),
    Comma,
    Colon,
    Hash,
    Bang,
    Ident(String),
    Str(String),
    Other,
}

/// Splits RON text into tokens with their byte offsets. Never fails: what it
/// does not recognise becomes `Other`, because ron itself has already judged
/// the syntax by the time anyone asks where something is.
fn tokenize(source: &str) -> Vec<(usize, Token)> {
    let bytes = source.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        if let Some(width) = whitespace_at(source, i) {
            i += width;
            continue;
        }
        let b = bytes[i];
        match b {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
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
            }
            b'(' | b'[' | b'{' => {
                tokens.push((start, Token::Open(b as char)));
                i += 1;
            }
            b')' | b']' | b'}' => {
                tokens.push((start, Token::Close(b as char)));
                i += 1;
            }
            b',' => {
                tokens.push((start, Token::Comma));
                i += 1;
            }
            b':' => {
                tokens.push((start, Token::Colon));
                i += 1;
            }
            b'#' => {
                tokens.push((start, Token::Hash));
                i += 1;
            }
            b'!' => {
                tokens.push((start, Token::Bang));
                i += 1;
            }
            b'"' => {
                let (text, end) = quoted(source, i);
                tokens.push((start, Token::Str(text)));
                i = end;
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#')) => {
                let (text, end) = raw_string(source, i + 1);
                tokens.push((start, Token::Str(text)));
                i = end;
            }
            b'\'' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'\'' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                tokens.push((start, Token::Other));
                i += 1;
            }
            b if b.is_ascii_alphabetic() || b == b'_' => {
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                tokens.push((start, Token::Ident(source[start..i].to_string())));
            }
            _ => {
                // Numbers, signs and anything unexpected: one opaque token per run.
                i += 1;
                while i < bytes.len()
                    && whitespace_at(source, i).is_none()
                    && !b"()[]{},:\"".contains(&bytes[i])
                {
                    i += 1;
                }
                tokens.push((start, Token::Other));
            }
        }
    }
    tokens
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

struct Node {
    start: usize,
    kind: NodeKind,
}

enum NodeKind {
    Struct(Vec<(String, Node)>),
    List(Vec<Node>),
    Map(Vec<(Node, Node)>),
    Str(String),
    Atom,
}

struct Parser<'a> {
    tokens: &'a [(usize, Token)],
    at: usize,
    depth: usize,
}

/// Deeper than any scenario needs; stops a hostile file from exhausting the stack.
const MAX_DEPTH: usize = 64;

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at).map(|(_, t)| t)
    }

    fn peek_at(&self, ahead: usize) -> Option<&Token> {
        self.tokens.get(self.at + ahead).map(|(_, t)| t)
    }

    fn bump(&mut self) -> Option<(usize, Token)> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    /// Skips `#![enable(...)]` lines at the top of a file.
    fn skip_attributes(&mut self) {
        while self.peek() == Some(&Token::Hash) {
            self.bump();
            if self.peek() == Some(&Token::Bang) {
                self.bump();
            }
            if self.peek() == Some(&Token::Open('[')) {
                let mut depth = 0usize;
                while let Some((_, token)) = self.bump() {
                    match token {
                        Token::Open(_) => depth += 1,
                        Token::Close(_) => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
    }

    fn value(&mut self) -> Option<Node> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let node = self.value_inner();
        self.depth -= 1;
        node
    }

    fn value_inner(&mut self) -> Option<Node> {
        let (start, token) = self.bump()?;
        let kind = match token {
            Token::Ident(_) if self.peek() == Some(&Token::Open('(')) => {
                self.bump();
                self.parenthesised()?
            }
            Token::Open('(') => self.parenthesised()?,
            Token::Open('[') => NodeKind::List(self.items(']')?),
            Token::Open('{') => NodeKind::Map(self.entries()?),
            Token::Str(text) => NodeKind::Str(text),
            Token::Ident(_) | Token::Other => NodeKind::Atom,
            _ => return None,
        };
        Some(Node { start, kind })
    }

    /// The inside of `( ... )`: named fields make a struct, anything else a tuple.
    fn parenthesised(&mut self) -> Option<NodeKind> {
        let named =
            matches!(self.peek(), Some(Token::Ident(_))) && self.peek_at(1) == Some(&Token::Colon);
        if !named {
            return Some(NodeKind::List(self.items(')')?));
        }
        let mut fields = Vec::new();
        loop {
            match self.bump()? {
                (_, Token::Close(')')) => return Some(NodeKind::Struct(fields)),
                (_, Token::Ident(name)) => {
                    if self.bump()?.1 != Token::Colon {
                        return None;
                    }
                    fields.push((name, self.value()?));
                    if self.peek() == Some(&Token::Comma) {
                        self.bump();
                    }
                }
                _ => return None,
            }
        }
    }

    fn items(&mut self, close: char) -> Option<Vec<Node>> {
        let mut items = Vec::new();
        loop {
            if self.peek() == Some(&Token::Close(close)) {
                self.bump();
                return Some(items);
            }
            items.push(self.value()?);
            match self.peek()? {
                Token::Comma => {
                    self.bump();
                }
                Token::Close(c) if *c == close => {}
                _ => return None,
            }
        }
    }

    fn entries(&mut self) -> Option<Vec<(Node, Node)>> {
        let mut entries = Vec::new();
        loop {
            if self.peek() == Some(&Token::Close('}')) {
                self.bump();
                return Some(entries);
            }
            let key = self.value()?;
            if self.bump()?.1 != Token::Colon {
                return None;
            }
            entries.push((key, self.value()?));
            match self.peek()? {
                Token::Comma => {
                    self.bump();
                }
                Token::Close('}') => {}
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

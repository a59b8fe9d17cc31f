//! Scenario files as text: the RON options every reader and writer shares,
//! and a scenario written back out, as the agenda editor saves it.

use ron::extensions::Extensions;

use super::Scenario;

/// The RON dialect of scenario files: `Some` may be left out around an
/// optional value, and a step is written `Step(title: ...)` rather than
/// `Step((title: ...))`. Both are on by default so files need no
/// `#![enable(...)]` line.
pub fn options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_default_extension(Extensions::UNWRAP_VARIANT_NEWTYPES)
}

/// `scenario` as a scenario file that [`super::parse`] reads back equal,
/// with `comment` as its opening lines.
pub fn to_text(scenario: &Scenario, comment: &str) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ")
        .escape_strings(false)
        .extensions(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES);
    let body = options()
        .to_string_pretty(scenario, config)
        // Every type in a scenario serializes; a failure here is a bug in
        // the types, and an empty file would be caught on reading it back.
        .unwrap_or_default();
    let mut text = String::new();
    for line in comment.lines() {
        text.push_str("// ");
        text.push_str(line);
        text.push('\n');
    }
    text.push_str(&body);
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{built_in_breakout, parse};

    #[test]
    fn the_breakout_reads_back_equal() {
        let scenario = built_in_breakout();
        let text = to_text(&scenario, "A copy.");
        println!("{text}");
        assert!(text.starts_with("// A copy.\nScenario(\n"));
        assert_eq!(parse(&text, "copy.ron").unwrap(), scenario);
    }
}

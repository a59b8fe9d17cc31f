//! The agenda of a plan as plain text, one line per step, for
//! `one-on-one agenda [FILE]`: a trainer can check timings without a window.

use std::fmt::Write as _;

use crate::scenario::{Plan, clock_text};

/// One line per step (duration, title, who holds which role), then the total.
pub fn plain(plan: &Plan) -> String {
    let title_width = plan
        .steps
        .iter()
        .map(|s| s.title.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for step in &plan.steps {
        let cast: Vec<String> = plan
            .cast_of(step)
            .map(|(role, who)| {
                format!(
                    "{}: {}",
                    role.name.to_lowercase(),
                    plan.participants[who].name
                )
            })
            .collect();
        let line = format!(
            "{:>7}  {:<title_width$}  {}",
            clock_text(step.duration.to_std()),
            step.title,
            cast.join(", ")
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let _ = writeln!(out, "total {}", clock_text(plan.total().to_std()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::built_in_breakout;

    #[test]
    fn the_breakout_agenda_ends_on_its_total() {
        let text = plain(&Plan::from(built_in_breakout()));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 7);
        assert_eq!(lines[0].trim(), "3:00  Gather your team");
        assert!(lines[1].contains("8:00  Round 1 · conversation"));
        assert!(lines[1].ends_with("organizer: Partner A, constituent: Partner B"));
        assert!(lines[3].ends_with("organizer: Partner B, constituent: Partner A"));
        assert_eq!(lines[6], "total 25:00");
    }
}

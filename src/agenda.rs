//! The agenda of a plan as text a trainer can read without a window: one
//! line per step for `one-on-one agenda [FILE]`, and two Markdown handouts to
//! print, the trainer's script with the time of day of every step and a
//! one-page card for the participants. The words around the scenario's own
//! (headings, labels, "min") are in the language spoken; the scenario's
//! texts are content and print as written.

use crate::markdown::{cell, escape_line_start, inline, paragraphs};
use std::fmt::{self, Write as _};

use chrono::{NaiveTime, TimeDelta, Timelike};
use fluent::FluentValue;

use crate::i18n::{tr, tr_args};

use crate::scenario::{Advance, Minutes, Panel, Plan, Scenario, Text, clock_text};
use crate::worksheet::TextField;

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
    let total = clock_text(plan.total().to_std());
    let _ = writeln!(
        out,
        "{}",
        tr_args("agenda-total", &[("length", total.into())])
    );
    out
}

/// The trainer's script as Markdown: the workshop, its length and who takes
/// part, then every step with its time of day counted from `start`, whether
/// it moves on by itself, its instructions, who holds which role, what
/// the screen shows and the trainer's own notes, and the do / don't table
/// at the end. Times of day wrap
/// past midnight.
pub fn facilitator_script(plan: &Plan, start: NaiveTime) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_script(&mut out, plan, start);
    out
}

fn write_script(out: &mut String, plan: &Plan, start: NaiveTime) -> fmt::Result {
    let scenario = &plan.scenario;
    writeln!(out, "# {}", heading(&scenario.name))?;
    let description = paragraphs(&scenario.description);
    if !description.is_empty() {
        writeln!(out, "\n{description}")?;
    }

    let total = plan.total();
    write!(
        out,
        "\n**{}:** {}, {}–{}",
        tr("agenda-length"),
        length(total),
        time_of_day(start, 0),
        time_of_day(start, total.as_secs().into())
    )?;
    let cast = plan.steps.iter().any(|s| plan.cast_of(s).next().is_some());
    if cast && !plan.participants.is_empty() {
        let names: Vec<String> = plan.participants.iter().map(|p| inline(&p.name)).collect();
        // Two trailing spaces: a hard line break, so the two facts stay on
        // their own lines in print.
        write!(
            out,
            "  \n**{}:** {}",
            tr("agenda-taking-part"),
            names.join(", ")
        )?;
    }
    writeln!(out, "\n\n## {}", tr("agenda-heading"))?;

    let mut at: u64 = 0;
    for (n, step) in plan.steps.iter().enumerate() {
        let last = n + 1 == plan.steps.len();
        let end = at + u64::from(step.duration.as_secs());
        writeln!(
            out,
            "\n### {}–{} · {} ({})\n",
            time_of_day(start, at),
            time_of_day(start, end),
            inline(&step.title),
            length(step.duration)
        )?;
        match step.advance {
            Advance::Auto => {
                let time = [("time", FluentValue::from(time_of_day(start, end)))];
                let moves = if last {
                    tr_args("agenda-ends", &time)
                } else {
                    tr_args("agenda-moves-on", &time)
                };
                writeln!(out, "*{moves}*")?;
            }
            Advance::Hold => {
                let time = [("time", FluentValue::from(time_of_day(start, end)))];
                writeln!(
                    out,
                    "**{}:** {}",
                    tr("agenda-waits"),
                    tr_args("agenda-waits-detail", &time)
                )?;
            }
        }

        let roles: Vec<String> = plan
            .cast_of(step)
            .map(|(role, who)| {
                format!(
                    "{}: {}",
                    inline(&role.name),
                    inline(&plan.participants[who].name)
                )
            })
            .collect();
        if !roles.is_empty() {
            writeln!(out, "\n**{}:** {}", tr("agenda-roles"), roles.join(" · "))?;
        }

        let instructions = paragraphs(&step.instructions);
        if !instructions.is_empty() {
            writeln!(out, "\n{instructions}")?;
        }

        match &step.panel {
            Panel::Instructions => {}
            Panel::Agenda { choose } => {
                if !choose.is_empty() {
                    writeln!(out, "\n**{}:**\n", tr("agenda-choose"))?;
                    bullets(out, choose)?;
                }
            }
            Panel::Acts { pacing } => {
                writeln!(
                    out,
                    "\n**{}** ({}):\n",
                    tr("agenda-acts-paced"),
                    tr("agenda-acts-paced-detail")
                )?;
                let mut act_at = at;
                for (n, (id, share)) in pacing.iter().enumerate() {
                    let act_end = act_at + u64::from(share.as_secs());
                    let act = scenario.act_index(id).map(|i| &scenario.acts[i]);
                    let name = act.map_or(id.as_str(), |a| &*a.name);
                    let marker = format!("{}. ", n + 1);
                    write!(
                        out,
                        "{marker}**{}**, {} ({}–{})",
                        inline(name),
                        length(*share),
                        time_of_day(start, act_at),
                        time_of_day(start, act_end)
                    )?;
                    let purpose = act.map(|a| inline(&a.purpose)).unwrap_or_default();
                    if purpose.is_empty() {
                        writeln!(out)?;
                    } else {
                        writeln!(out, ": {purpose}")?;
                    }
                    // Nested under the act: indented as far as its text.
                    let indent = " ".repeat(marker.len());
                    for question in act.map_or(&[][..], |a| &a.questions) {
                        writeln!(out, "{indent}- {}", line(question))?;
                    }
                    act_at = act_end;
                }
            }
            Panel::Questions { heading, questions } => {
                let heading = inline(heading);
                if heading.is_empty() {
                    writeln!(out, "\n**{}:**\n", tr("agenda-questions-on-screen"))?;
                } else {
                    let on_screen = tr_args("agenda-on-screen", &[("heading", heading.into())]);
                    writeln!(out, "\n**{on_screen}**\n")?;
                }
                bullets(out, questions)?;
            }
            Panel::Reflection => {
                if scenario.reflection.is_empty() {
                    writeln!(out, "\n*{}*", tr("agenda-no-reflection"))?;
                } else {
                    writeln!(out, "\n**{}:**\n", tr("agenda-reflection-questions"))?;
                    numbered(out, &scenario.reflection)?;
                }
            }
        }
        trainer_notes(out, &step.notes)?;
        at = end;
    }

    if !scenario.do_dont.is_empty() {
        writeln!(out, "\n## {}\n", tr("agenda-do-dont"))?;
        writeln!(out, "| {} | {} |", tr("agenda-do"), tr("agenda-dont"))?;
        writeln!(out, "| --- | --- |")?;
        for row in &scenario.do_dont {
            writeln!(out, "| {} | {} |", cell(&row.good), cell(&row.bad))?;
        }
    }
    Ok(())
}

/// The trainer's notes for a step as a quote under it, set apart from what
/// the room sees; nothing when there are none. Each line is quoted, so a
/// blank line between paragraphs cannot end the quote early.
fn trainer_notes(out: &mut String, notes: &str) -> fmt::Result {
    let notes = paragraphs(notes);
    if notes.is_empty() {
        return Ok(());
    }
    // Two trailing spaces: a hard line break, so the label stands on its own line.
    write!(out, "\n> **{}:**  ", tr("agenda-trainer-notes"))?;
    for line in notes.lines() {
        if line.is_empty() {
            write!(out, "\n>")?;
        } else {
            write!(out, "\n> {line}")?;
        }
    }
    writeln!(out)
}

/// How many of an act's questions the participant card prints, so the card
/// stays one page.
const CARD_QUESTIONS: usize = 2;

/// A one-page card for participants as Markdown: the workshop, the acts of
/// a one-on-one with a question or two each, what to write on the worksheet
/// (its own headings and guiding questions, in its order) and the reflection
/// questions.
pub fn participant_card(scenario: &Scenario) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_card(&mut out, scenario);
    out
}

fn write_card(out: &mut String, scenario: &Scenario) -> fmt::Result {
    writeln!(out, "# {}", heading(&scenario.name))?;
    let description = paragraphs(&scenario.description);
    if !description.is_empty() {
        writeln!(out, "\n{description}")?;
    }

    if !scenario.acts.is_empty() {
        let count = FluentValue::from(scenario.acts.len());
        let acts = tr_args("agenda-card-acts", &[("count", count)]);
        writeln!(out, "\n## {acts}\n")?;
        for (n, act) in scenario.acts.iter().enumerate() {
            let marker = format!("{}. ", n + 1);
            let purpose = inline(&act.purpose);
            if purpose.is_empty() {
                writeln!(out, "{marker}**{}**", inline(&act.name))?;
            } else {
                writeln!(out, "{marker}**{}**: {purpose}", inline(&act.name))?;
            }
            let indent = " ".repeat(marker.len());
            for question in act.questions.iter().take(CARD_QUESTIONS) {
                writeln!(out, "{indent}- {}", line(question))?;
            }
        }
    }

    // The worksheet's order: what the pair learned, the commitment, then
    // feedback and notes.
    writeln!(out, "\n## {}\n", tr("agenda-card-listen-for"))?;
    let field = |f: &TextField| (f.label().to_string(), f.hint().to_string());
    // The worksheet's "When we meet again" section and its hint, as the
    // worksheet panel shows them: not a [`TextField`], but the commitment
    // every participant writes down.
    let next_meeting = (
        tr("agenda-card-next-meeting"),
        tr("agenda-card-next-meeting-hint"),
    );
    let (learned, afterwards) = TextField::ALL.split_at(4);
    let fields = learned
        .iter()
        .map(field)
        .chain(std::iter::once(next_meeting))
        .chain(afterwards.iter().map(field));
    for (label, hint) in fields {
        writeln!(out, "- **{}:** {}", inline(&label), inline(&hint))?;
    }

    if !scenario.reflection.is_empty() {
        writeln!(out, "\n## {}\n", tr("agenda-card-reflection"))?;
        numbered(out, &scenario.reflection)?;
    }
    Ok(())
}

/// `start` plus `seconds`, as a clock on the wall shows it: `18:30`, or
/// `18:31:30` when the seconds are not zero. Past midnight it wraps to the
/// next morning.
fn time_of_day(start: NaiveTime, seconds: u64) -> String {
    // Whole days change nothing on a wall clock; taking them off first keeps
    // the delta small whatever the agenda's length.
    let seconds = i64::try_from(seconds % 86_400).unwrap_or(0);
    let time = start + TimeDelta::seconds(seconds);
    if time.second() == 0 {
        time.format("%H:%M").to_string()
    } else {
        time.format("%H:%M:%S").to_string()
    }
}

/// A length as a trainer says it: `3 min`, or `1:30` when it has seconds.
fn length(duration: Minutes) -> String {
    let seconds = duration.as_secs();
    if seconds.is_multiple_of(60) {
        tr_args(
            "agenda-minutes",
            &[("minutes", FluentValue::from(seconds / 60))],
        )
    } else {
        clock_text(duration.to_std())
    }
}

/// A bullet list of `items`, one line each.
fn bullets(out: &mut String, items: &[Text]) -> fmt::Result {
    for item in items {
        writeln!(out, "- {}", line(item))?;
    }
    Ok(())
}

/// A numbered list of `items`, one line each.
fn numbered(out: &mut String, items: &[Text]) -> fmt::Result {
    for (n, item) in items.iter().enumerate() {
        writeln!(out, "{}. {}", n + 1, line(item))?;
    }
    Ok(())
}

/// `text` where it begins a line or a list item's text: on one line, and a
/// leading `#`, `-`, `>` or `1.` shown as typed instead of opening a block.
fn line(text: &str) -> String {
    escape_line_start(&inline(text))
}

/// `text` as the text of a `#` heading: as [`line`], and a closing run of
/// `#` kept instead of being read as the heading's optional closing marks.
fn heading(text: &str) -> String {
    let text = line(text);
    let body = text.trim_end_matches('#');
    if body.len() == text.len() || !(body.is_empty() || body.ends_with(' ')) {
        return text;
    }
    format!("{body}\\{}", &text[body.len()..])
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

    fn at(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    /// The step headings of a script, in order.
    fn step_headings(script: &str) -> Vec<&str> {
        script
            .lines()
            .filter_map(|l| l.strip_prefix("### "))
            .collect()
    }

    #[test]
    fn the_breakout_script_runs_from_half_past_six_to_five_to_seven() {
        let script = facilitator_script(&Plan::from(built_in_breakout()), at(18, 30));
        assert!(
            script.starts_with("# One-on-one practice: team breakout\n\nPairs practise"),
            "{script}"
        );
        assert!(
            script.contains("**Length:** 25 min, 18:30–18:55  \n"),
            "{script}"
        );
        assert!(script.contains("**Taking part:** Partner A, Partner B\n"));
        assert_eq!(
            step_headings(&script),
            [
                "18:30–18:33 · Gather your team (3 min)",
                "18:33–18:41 · Round 1 · conversation (8 min)",
                "18:41–18:43 · Round 1 · feedback (2 min)",
                "18:43–18:51 · Round 2 · conversation (8 min)",
                "18:51–18:53 · Round 2 · feedback (2 min)",
                "18:53–18:55 · Rejoin the larger group (2 min)",
            ]
        );
        assert!(script.contains("**Roles:** Organizer: Partner A · Constituent: Partner B"));
        assert!(script.contains("**Roles:** Organizer: Partner B · Constituent: Partner A"));
        assert!(script.contains("- Timekeeper: keeps the pairs to time and calls the swap\n"));
        assert!(script.contains("3. **Exploration**, 4 min (18:35–18:39): Most of the meeting"));
        assert!(script.contains("   - Who taught you to care about this, and how?\n"));
        assert!(script.contains("**On screen: The constituent gives the organizer feedback**"));
        assert!(script.contains("1. How does this way of doing a one-on-one compare"));
        assert!(script.contains("\n## Do and don't\n\n| Do | Don't |\n| --- | --- |\n"));
        assert!(script.ends_with(
            "| Be clear on the when and what of your next step | End without a clear plan for what comes next |\n"
        ));
        assert!(!script.contains("Waits for the trainer"), "{script}");
        assert_eq!(script.matches("*Moves on by itself at ").count(), 5);
        assert!(script.contains("*Ends by itself at 18:55.*"));
    }

    #[test]
    fn a_late_start_wraps_past_midnight() {
        let script = facilitator_script(&Plan::from(built_in_breakout()), at(23, 50));
        assert!(
            script.contains("**Length:** 25 min, 23:50–00:15"),
            "{script}"
        );
        let headings = step_headings(&script);
        assert!(headings[1].starts_with("23:53–00:01 · Round 1 · conversation"));
        assert!(headings[2].starts_with("00:01–00:03 · Round 1 · feedback"));
        assert!(headings[5].starts_with("00:13–00:15 · Rejoin"));
    }

    #[test]
    fn seconds_show_in_lengths_and_times() {
        let mut scenario = built_in_breakout();
        scenario.steps[0].steps_mut()[0].duration = Minutes::from_secs(90);
        let script = facilitator_script(&Plan::from(scenario), at(18, 30));
        let headings = step_headings(&script);
        assert_eq!(headings[0], "18:30–18:31:30 · Gather your team (1:30)");
        assert!(headings[1].starts_with("18:31:30–18:39:30 · Round 1"));
        assert!(
            script.contains("**Length:** 23:30, 18:30–18:53:30"),
            "{script}"
        );
    }

    #[test]
    fn a_held_step_says_it_waits_for_the_trainer() {
        let mut scenario = built_in_breakout();
        scenario.steps[5].steps_mut()[0].advance = Advance::Hold;
        let script = facilitator_script(&Plan::from(scenario), at(18, 30));
        let held = script.split("### ").last().unwrap();
        assert!(held.starts_with("18:53–18:55 · Rejoin"));
        assert!(
            held.contains("**Waits for the trainer:** at 18:55 the chime sounds"),
            "{held}"
        );
        assert_eq!(script.matches("Waits for the trainer").count(), 1);
        assert_eq!(script.matches("Moves on by itself").count(), 5);
        assert_eq!(script.matches("by itself").count(), 5);
    }

    #[test]
    fn the_card_fits_a_page_and_holds_what_participants_need() {
        let scenario = built_in_breakout();
        let card = participant_card(&scenario);
        assert!(card.starts_with("# One-on-one practice: team breakout\n"));
        for act in &scenario.acts {
            assert!(
                card.contains(&format!("**{}**: {}", act.name, act.purpose)),
                "{card}"
            );
            assert!(card.contains(&*act.questions[0]));
        }
        // At most two questions an act.
        assert!(!card.contains(&*scenario.acts[2].questions[2]));
        for field in TextField::ALL {
            assert!(
                card.contains(&format!("- **{}:** {}\n", field.label(), field.hint())),
                "{card}"
            );
        }
        assert!(card.contains("- **When we meet again:**"));
        for question in &scenario.reflection {
            assert!(card.contains(&**question), "{question}");
        }
        assert!(card.lines().count() < 60, "{} lines", card.lines().count());
    }

    #[test]
    fn hostile_text_keeps_the_markdown_structure() {
        let mut scenario = built_in_breakout();
        scenario.name = "# x | y".into();
        scenario.description = "> quoted\n1. listed\n---".into();
        scenario.participants[0].name = "Ann\n# B".into();
        scenario.acts[0].name = "Att\nention".into();
        scenario.acts[0].questions[0] = "- sub".into();
        scenario.reflection[0] = "1. first".into();
        scenario.do_dont[0].good = "a | b".into();
        scenario.do_dont[0].bad = "c \\| d\n| e".into();
        let step = &mut scenario.steps[0].steps_mut()[0];
        step.title = "## t ##".into();
        step.instructions = "- z\n#no\n    code".into();
        let script = facilitator_script(&Plan::from(scenario.clone()), at(18, 30));

        assert!(script.starts_with("# \\# x | y\n\n"), "{script}");
        assert_eq!(script.lines().filter(|l| l.starts_with("# ")).count(), 1);
        assert_eq!(script.lines().filter(|l| l.starts_with("## ")).count(), 2);
        assert!(
            script.contains("\n\\> quoted  \n1\\. listed  \n\\---\n"),
            "{script}"
        );
        assert!(script.contains("### 18:30–18:33 · ## t ## (3 min)\n"));
        assert!(script.contains("\n\\- z  \n\\#no  \ncode\n"), "{script}");
        assert!(script.contains("**Taking part:** Ann # B, Partner B"));
        assert!(script.contains("   - \\- sub\n"), "{script}");
        assert!(script.contains("\n1. 1\\. first\n"), "{script}");
        for l in script.lines() {
            assert!(
                !l.starts_with("- z") && !l.starts_with("#no") && !l.starts_with("    "),
                "{l}"
            );
        }
        // Every table row keeps three unescaped pipes: two cells.
        let rows: Vec<&str> = script.lines().filter(|l| l.starts_with('|')).collect();
        assert_eq!(rows.len(), 2 + 6);
        assert_eq!(rows[2], "| a \\| b | c \\\\\\| d \\| e |");
        for row in rows {
            let unescaped = row
                .char_indices()
                .filter(|&(i, c)| {
                    let slashes = row[..i].chars().rev().take_while(|&c| c == '\\').count();
                    c == '|' && slashes.is_multiple_of(2)
                })
                .count();
            assert_eq!(unescaped, 3, "{row}");
        }

        let card = participant_card(&scenario);
        assert!(card.starts_with("# \\# x | y\n"), "{card}");
        assert_eq!(card.lines().filter(|l| l.starts_with("# ")).count(), 1);
        assert!(card.contains("1. **Att ention**: "));
        assert!(card.contains("   - \\- sub\n"));
        assert!(card.contains("\n1. 1\\. first\n"));
    }

    #[test]
    fn the_script_quotes_each_steps_notes_and_the_card_leaves_them_out() {
        let mut scenario = built_in_breakout();
        for item in &mut scenario.steps {
            item.steps_mut()[0].notes = Default::default();
        }
        scenario.steps[1].steps_mut()[0].notes =
            "Walk between the pairs.\nListen for \"why?\"\n\n# Before the swap: remind the timekeepers."
                .into();
        let script = facilitator_script(&Plan::from(scenario.clone()), at(18, 30));
        let round_1 = script
            .split("### ")
            .find(|s| s.starts_with("18:33–18:41 · Round 1 · conversation"))
            .unwrap();
        assert!(
            round_1.trim_end().ends_with(
                "\n> **Trainer's notes:**  \n> Walk between the pairs.  \n> Listen for \"why?\"\n>\n> \\# Before the swap: remind the timekeepers."
            ),
            "{round_1}"
        );
        assert_eq!(script.matches("Trainer's notes").count(), 1, "{script}");

        let card = participant_card(&scenario);
        assert!(!card.contains("Walk between"), "{card}");
        assert!(!card.contains("Trainer"), "{card}");
    }

    #[test]
    fn in_spanish_the_script_and_the_card_speak_spanish_around_the_content() {
        use crate::i18n::{Language, set_language};
        set_language(Language::Spanish);
        let mut scenario = built_in_breakout();
        scenario.steps[5].steps_mut()[0].advance = Advance::Hold;
        let script = facilitator_script(&Plan::from(scenario.clone()), at(18, 30));
        let card = participant_card(&scenario);
        set_language(Language::English);

        assert!(
            script.contains("**Duración:** 25 min, 18:30–18:55  \n**Participantes:** Persona A, Persona B\n\n## Agenda\n"),
            "{script}"
        );
        assert!(script.contains("\n### 18:33–18:41 · Ronda 1 · conversación (8 min)\n"));
        assert!(script.contains("*Pasa al siguiente paso por sí solo a las 18:41.*"));
        assert!(script.contains(
            "**Espera a quien facilita:** a las 18:55 suena la campanilla y el reloj sigue en tiempo extra"
        ));
        assert!(
            script.contains("**Roles:** Quien organiza: Persona A · Persona contactada: Persona B")
        );
        assert!(script.contains("**Los actos, con sus tiempos** (la pantalla resalta"));
        assert!(script.contains("**En pantalla: Retroalimentación de la persona contactada**"));
        assert!(script.contains("> **Notas para quien facilita:**  \n"));
        assert!(script.contains("\n## Qué hacer y qué no\n\n| Haz | No hagas |\n| --- | --- |\n"));
        for english in [
            "Length",
            "Taking part",
            "by itself",
            "Waits",
            "Trainer",
            "Do and",
        ] {
            assert!(!script.contains(english), "{english} in {script}");
        }

        assert!(
            card.contains("\n## Los cinco actos de un uno a uno\n"),
            "{card}"
        );
        assert!(card.contains("\n## Escucha y anota en tu hoja de trabajo\n"));
        assert!(
            card.contains(
                "- **Cuándo nos volvemos a ver:** ¿Cuándo nos volveremos a ver para actuar"
            )
        );
        assert!(card.contains("\n## Reflexión\n"));
        assert!(!card.contains("When we meet again"), "{card}");
    }

    #[test]
    fn a_heading_keeps_a_closing_run_of_hashes() {
        assert_eq!(heading("C#"), "C#");
        assert_eq!(heading("Round ##"), "Round \\##");
        assert_eq!(heading("#"), "\\#");
        assert_eq!(heading("1) go"), "1\\) go");
    }
}

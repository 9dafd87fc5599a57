//! What the teacher's page shows of the class book: the class grid, one pupil's attempts at a
//! level, the per-level summary, and programs as tiles and as code. Every text comes from
//! Fluent.

use super::{ClassBook, StoredSummary};
use crate::core::i18n::{Arg, Localizer};
use crate::core::level::{Catalog, Level};
use crate::core::profiles::{Avatar, Nickname};
use crate::core::program::code::code_lines;
use crate::core::program::{Block, Phrase, PhraseArg, Program, Routine};
use crate::core::progress::Attempt;
use serde::Serialize;
use std::collections::BTreeMap;

impl ClassBook {
    /// The class grid.
    pub fn grid(&self, assignment: Option<&str>, catalog: &Catalog, loc: &Localizer) -> Grid {
        let assignment = assignment.and_then(|id| self.assignment(id));
        let levels = self.levels_in(assignment, catalog);
        let pupils = self
            .pupils_in(assignment, loc)
            .into_iter()
            .map(|(id, entry, nickname)| GridRow {
                id: id.clone(),
                avatar: avatar_text(loc, &entry.avatar),
                note: self.notes.get(id).cloned().unwrap_or_default(),
                altered: entry.altered,
                classes: entry
                    .classes
                    .iter()
                    .filter_map(|c| self.assignment(c))
                    .map(|a| a.class_name.clone())
                    .collect(),
                cells: levels.iter().map(|l| self.cell(id, &l.id).map(GridCell::new)).collect(),
                nickname,
            })
            .collect();
        Grid {
            levels: levels.iter().map(|l| LevelHead { id: l.id.clone(), title: loc.text(&l.title) }).collect(),
            pupils,
        }
    }

    /// One pupil's attempts at one level, newest first, with their programs as tiles.
    pub fn detail(
        &self,
        pupil: &str,
        level: &str,
        catalog: &Catalog,
        loc: &Localizer,
        utc_offset_minutes: i64,
    ) -> Option<Detail> {
        let entry = self.pupils.get(pupil)?;
        let found = catalog.levels().find(|l| l.id == level);
        let title = found.map_or_else(|| level.to_owned(), |l| loc.text(&l.title));
        let names = found.map(answer_names).unwrap_or_default();
        let attempts = self
            .record_of(entry, level)
            .map(|r| r.attempts.iter().rev().map(|a| AttemptView::new(a, loc, &names, utc_offset_minutes)).collect())
            .unwrap_or_default();
        Some(Detail { pupil: nickname_text(loc, &entry.nickname), level: title, attempts })
    }

    /// Per level: how many played, finished and are stuck, and what went wrong most.
    pub fn summary(&self, assignment: Option<&str>, catalog: &Catalog, loc: &Localizer) -> Vec<LevelStats> {
        let assignment = assignment.and_then(|id| self.assignment(id));
        let pupils = self.pupils_in(assignment, loc);
        self.levels_in(assignment, catalog)
            .into_iter()
            .map(|level| {
                let cells: Vec<StoredSummary> =
                    pupils.iter().filter_map(|(id, _, _)| self.cell(id, &level.id)).collect();
                let finished = cells.iter().filter(|c| c.stars > 0).count();
                let attempts = cells.iter().fold(0u32, |sum, c| sum.saturating_add(c.attempts));
                let mut problems: BTreeMap<String, u32> = BTreeMap::new();
                for (_, entry, _) in &pupils {
                    let record = self.record_of(entry, &level.id);
                    for attempt in record.as_deref().map_or(&[][..], |r| &r.attempts) {
                        if attempt.stars == 0 {
                            let count = problems.entry(loc.text(attempt.outcome.teacher_message_id())).or_default();
                            *count = count.saturating_add(1);
                        } else if attempt.mistakes > 0 {
                            let count = problems.entry(loc.text("class-problem-mistakes")).or_default();
                            *count = count.saturating_add(attempt.mistakes);
                        }
                    }
                }
                let mut common: Vec<Problem> =
                    problems.into_iter().map(|(text, count)| Problem { text, count }).collect();
                common.sort_by(|a, b| b.count.cmp(&a.count).then(a.text.cmp(&b.text)));
                common.truncate(3);
                let mean = if cells.is_empty() { 0.0 } else { f64::from(attempts) / cells.len() as f64 };
                LevelStats {
                    level: level.id.clone(),
                    title: loc.text(&level.title),
                    played: cells.len(),
                    finished,
                    stuck: cells.len() - finished,
                    mean_attempts: decimal(loc, mean),
                    common,
                }
            })
            .collect()
    }
}

/// A number with one decimal, written the way the language writes decimals.
fn decimal(loc: &Localizer, n: f64) -> String {
    let text = format!("{n:.1}");
    let separator = loc.text("class-decimal-separator");
    if separator == "," { text.replace('.', ",") } else { text }
}

/// Every id a level's data gives a text to (cards, boxes, replies, steps, flags, pieces):
/// any object in the level's kind data with an `id` and a `text` or `label` message id.
fn answer_names(level: &Level) -> BTreeMap<String, String> {
    fn walk(value: &serde_json::Value, names: &mut BTreeMap<String, String>) {
        match value {
            serde_json::Value::Object(map) => {
                let text = map.get("text").or_else(|| map.get("label")).and_then(serde_json::Value::as_str);
                if let (Some(id), Some(text)) = (map.get("id").and_then(serde_json::Value::as_str), text) {
                    names.insert(id.to_owned(), text.to_owned());
                }
                map.values().for_each(|v| walk(v, names));
            }
            serde_json::Value::Array(list) => list.iter().for_each(|v| walk(v, names)),
            _ => {}
        }
    }
    let mut names = BTreeMap::new();
    if let Ok(kind) = serde_json::to_value(&level.kind) {
        walk(&kind, &mut names);
    }
    names
}

/// A nickname as text in the current language; words this version does not know show as
/// their ids.
pub fn nickname_text(loc: &Localizer, nickname: &Nickname) -> String {
    let animal_id = format!("animal-{}", nickname.animal);
    let adjective_id = format!("adj-{}", nickname.adjective);
    let known = |id: &str| loc.has(id);
    let animal = if known(&animal_id) { loc.text(&animal_id) } else { nickname.animal.clone() };
    let adjective = if known(&adjective_id) {
        let gender = loc.attribute(&animal_id, "gender").unwrap_or_default();
        loc.text_with(&adjective_id, &[("gender", Arg::Text(gender))])
    } else {
        nickname.adjective.clone()
    };
    loc.text_with("nickname", &[("adjective", Arg::Text(adjective)), ("animal", Arg::Text(animal))])
}

/// An avatar as text ("Sun, blue").
pub fn avatar_text(loc: &Localizer, avatar: &Avatar) -> String {
    let picture = loc.text(&format!("picture-{}", avatar.picture));
    let colour = loc.text(&format!("avatar-colour-{}", avatar.colour));
    loc.text_with("class-avatar", &[("picture", Arg::Text(picture)), ("colour", Arg::Text(colour))])
}

/// A level column of the grid.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LevelHead {
    pub id: String,
    pub title: String,
}

/// The class grid.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Grid {
    pub levels: Vec<LevelHead>,
    pub pupils: Vec<GridRow>,
}

/// One pupil's row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GridRow {
    pub id: String,
    pub nickname: String,
    pub avatar: String,
    pub note: String,
    pub altered: bool,
    pub classes: Vec<String>,
    pub cells: Vec<Option<GridCell>>,
}

/// One cell: the numbers, and how they read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GridCell {
    pub stars: u8,
    pub attempts: u32,
    pub seconds: u32,
    pub hints: u32,
    pub time: String,
}

impl GridCell {
    fn new(c: StoredSummary) -> GridCell {
        let time = format!("{}:{:02}", c.seconds / 60, c.seconds % 60);
        GridCell { stars: c.stars, attempts: c.attempts, seconds: c.seconds, hints: c.hints, time }
    }
}

/// One pupil's attempts at one level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Detail {
    pub pupil: String,
    pub level: String,
    pub attempts: Vec<AttemptView>,
}

/// One attempt as the teacher sees it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AttemptView {
    pub when: String,
    pub stars: u8,
    pub outcome: String,
    pub seconds: u32,
    /// The time as minutes:seconds.
    pub time: String,
    pub hints: u8,
    pub mistakes: u32,
    pub program: Option<ProgramTiles>,
    /// The same program as Python-like text (`core::program::code`), in the teacher's
    /// language: what the pupil sees with "Show as code".
    pub code: Option<Vec<CodeLineView>>,
    pub answers: Vec<String>,
}

/// One line of a program as code: how many levels it is indented, and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeLineView {
    pub indent: usize,
    pub text: String,
}

/// A program as lines of code in the current language of `loc`.
pub fn code(program: &Program, loc: &Localizer) -> Vec<CodeLineView> {
    code_lines(program)
        .iter()
        .map(|line| CodeLineView { indent: line.indent, text: line.text(|id| loc.text(id)) })
        .collect()
}

impl AttemptView {
    fn new(
        attempt: &Attempt,
        loc: &Localizer,
        names: &BTreeMap<String, String>,
        utc_offset_minutes: i64,
    ) -> AttemptView {
        let when = if attempt.at == 0 {
            String::new()
        } else {
            crate::core::date::local_date_time_text(attempt.at, utc_offset_minutes)
        };
        AttemptView {
            when,
            stars: attempt.stars,
            outcome: loc.text(attempt.outcome.teacher_message_id()),
            seconds: attempt.seconds,
            time: format!("{}:{:02}", attempt.seconds / 60, attempt.seconds % 60),
            hints: attempt.hints,
            mistakes: attempt.mistakes,
            code: attempt.program.as_ref().map(|p| code(p, loc)),
            program: attempt.program.as_ref().map(|p| ProgramTiles {
                main: tiles(p.routine(Routine::Main), loc),
                p1: tiles(p.routine(Routine::P1), loc),
                p2: tiles(p.routine(Routine::P2), loc),
                when: tiles(p.routine(Routine::When), loc),
                when_title: match (p.event, p.routine(Routine::When).is_empty()) {
                    (Some(event), false) => loc.text(event.message_id()),
                    _ => String::new(),
                },
            }),
            // Each part of an answer (`card:box`, `add:piece`) in the level's own words where
            // the level names it; other parts (question numbers, `remove`) as they are.
            answers: attempt
                .answers
                .iter()
                .map(|answer| {
                    answer
                        .split(':')
                        .map(|part| names.get(part).map_or_else(|| part.to_owned(), |id| loc.text(id)))
                        .collect::<Vec<_>>()
                        .join(" → ")
                })
                .collect(),
        }
    }
}

/// A program's routines as tiles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgramTiles {
    pub main: Vec<Tile>,
    pub p1: Vec<Tile>,
    pub p2: Vec<Tile>,
    /// The `When` routine's tiles, and its title: the event it answers ("When the robot steps
    /// on a lamp"). Both empty when the program has none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub when: Vec<Tile>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub when_title: String,
}

/// One tile, for the teacher's page to draw.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tile {
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icon: Option<&'static str>,
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<Vec<Tile>>,
    #[serde(rename = "else", skip_serializing_if = "Option::is_none")]
    pub otherwise: Option<Vec<Tile>>,
}

/// A list of blocks as tiles with their names in the current language.
pub fn tiles(list: &[Block], loc: &Localizer) -> Vec<Tile> {
    list.iter()
        .map(|block| {
            let (kind, icon) = match block {
                Block::Command(command) => ("command", Some(command.message_id().trim_start_matches("command-"))),
                Block::Call(routine) | Block::CallWith { routine, .. } => {
                    ("call", Some(if *routine == Routine::P2 { "p2" } else { "p1" }))
                }
                Block::Repeat { .. } | Block::RepeatN { .. } => ("repeat", None),
                Block::RepeatUntilGoal { .. } | Block::While { .. } => ("until", None),
                Block::If { .. } | Block::IfElse { .. } => ("if", None),
                Block::SetCount(_) | Block::AddCount => ("count", None),
            };
            let label = phrase_text(&block.phrase(), loc);
            let mut bodies = block.bodies().into_iter().map(|body| tiles(body, loc));
            Tile { kind, icon, label, body: bodies.next(), otherwise: bodies.next() }
        })
        .collect()
}

/// A tile's or a test's words in the current language.
pub fn phrase_text(phrase: &Phrase, loc: &Localizer) -> String {
    let args: Vec<(&str, Arg)> = phrase
        .args
        .iter()
        .map(|(name, arg)| {
            let value = match arg {
                PhraseArg::Number(n) => Arg::Number(f64::from(*n)),
                PhraseArg::Phrase(inner) => Arg::Text(phrase_text(inner, loc)),
            };
            (*name, value)
        })
        .collect();
    loc.text_with(phrase.id, &args)
}

/// A common problem at a level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub text: String,
    pub count: u32,
}

/// One level's line in the per-level summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LevelStats {
    pub level: String,
    pub title: String,
    pub played: usize,
    pub finished: usize,
    pub stuck: usize,
    pub mean_attempts: String,
    pub common: Vec<Problem>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::program::notation::parse_list;

    #[test]
    fn the_teachers_tiles_name_every_kind_as_the_game_does() {
        let loc = Localizer::embedded().expect("valid Fluent");
        let list = parse_list("W?!red{F} P1(3) =0 +1 ?left|right{X}{L} ?ahead&#2{R} N{F}").expect("valid");
        let shown = tiles(&list, &loc);
        let labels: Vec<&str> = shown.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Repeat while not on red",
                "Helper 1 with 3",
                "Set count to 0",
                "Add 1 to count",
                "If path on the left or path on the right, else",
                "If path ahead and count is 2",
                "Repeat n times",
            ]
        );
        let kinds: Vec<&str> = shown.iter().map(|t| t.kind).collect();
        assert_eq!(kinds, ["until", "call", "count", "count", "if", "if", "repeat"]);
        assert_eq!(shown[0].body.as_ref().map(Vec::len), Some(1));
        assert_eq!(shown[4].otherwise.as_ref().map(|e| e[0].label.as_str()), Some("Turn left"));
        assert_eq!(shown[1].icon, Some("p1"));
    }

    #[test]
    fn a_when_routine_shows_under_the_event_it_answers_in_tiles_and_code() {
        let loc = Localizer::embedded().expect("valid Fluent");
        let program = Program::main(parse_list("U{F}").expect("valid"))
            .with_when(crate::core::program::Event::OnLamp, parse_list("X").expect("valid"));
        let attempt = Attempt { program: Some(program), outcome: "reached_goal".into(), ..Attempt::default() };
        let view = AttemptView::new(&attempt, &loc, &BTreeMap::new(), 0);
        let tiles = view.program.expect("a program");
        assert_eq!(tiles.when_title, "When the robot steps on a lamp");
        assert_eq!(tiles.when.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(), ["Light"]);
        let code: Vec<String> = view.code.expect("code").iter().map(|l| l.text.clone()).collect();
        assert_eq!(code, ["def when_on_lamp():", "light()", "while not done():", "forward()"]);
        // A program without a When leaves both out of the page's data.
        let plain = Attempt { program: Some(Program::main(parse_list("F").expect("valid"))), ..Attempt::default() };
        let json = serde_json::to_string(&AttemptView::new(&plain, &loc, &BTreeMap::new(), 0)).expect("json");
        assert!(!json.contains("when_title") && !json.contains("\"when\":["), "{json}");
    }
}

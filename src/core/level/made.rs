//! Levels a teacher makes on the teacher page ("Made by your teacher").
//!
//! A made level is written in the teacher's own words, not in Fluent ids: its texts travel
//! with it, in the teacher's language ([`MadeLevel::lang`]). It is one of four kinds that fit
//! a teacher's words: a robot grid (the same data as a level file's), sort into two boxes,
//! pick the reply, and spot the red flags. [`MadeLevel::prove`] runs the built-in levels'
//! validation and solver, and computes `par`; [`MadeLevel::check`] is what a tablet runs on a
//! level from a link (everything but the search, which a cheap tablet should not repeat: a
//! wrong par could only change the stars). [`MadeLevel::to_level`] turns it into an ordinary
//! [`Level`] whose texts are ids (`made-<hash>-…`) that the game's localizer looks up in the
//! level's own texts, so every level kind plays it unchanged.
//!
//! Teachers' text is shown as text only: it is limited in length, may not hold control
//! characters, and may hold only characters the game's embedded fonts draw ([`can_draw`]).

use super::pick_reply::{Choice, PickReply, Question};
use super::safe_to_share::{Bin, BinIcon, Card, SafeToShare};
use super::spot_flags::{Part, ScreenKind, SpotFlags};
use super::{AgeBand, Competence, Digcomp3, Level, LevelKind, RobotGrid};
use crate::core::program::solver::{self, SolveError};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The made-level format's version; a level from a newer teacher page is refused, not misread.
pub const VERSION: u32 = 1;
/// The world made levels are shown in (its title is the Fluent message `made-world-title`).
pub const WORLD: &str = "made";
/// Every made level's id starts so; texts' ids too.
pub const ID_PREFIX: &str = "made-";
/// The longest title, in characters (a level card shows about this much).
pub const MAX_TITLE: usize = 60;
/// The longest task, "what you learned", hint, question or reason.
pub const MAX_TEXT: usize = 200;
/// The longest card, reply or message part.
pub const MAX_ITEM: usize = 100;
/// The longest box label.
pub const MAX_LABEL: usize = 30;
/// The most cards, replies or message parts.
pub const MAX_ITEMS: usize = 8;
/// The largest board a teacher can make (rows and columns): the solver's search stays short
/// on the teacher's phone, and the board stays readable on a tablet.
pub const MAX_BOARD: usize = 10;
/// Hex digits of the hash in a made level's id (48 bits: no two of a class's levels meet).
const HASH_DIGITS: usize = 12;

/// The language-independent fields every made level shares, and the kind's own.
///
/// Its id and the link's signature are made from its JSON as [`serde_json::to_vec`] writes it,
/// so how a made level is written is part of the format: `tests` pin one level's id, and a
/// change to how it (or a robot grid) is written needs a new [`VERSION`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MadeLevel {
    /// The format version ([`VERSION`]).
    #[serde(rename = "v")]
    pub version: u32,
    /// The teacher's language (a BCP 47 tag such as `de`): the language of every text.
    pub lang: String,
    /// The age band the teacher wrote it for.
    pub band: AgeBand,
    /// The level's name on the map and in the mission.
    pub title: String,
    /// What the pupil is asked to do (the instruction while playing).
    pub task: String,
    /// The sentence on the result screen.
    pub learned: String,
    /// Three hints: a nudge, the idea, part of the answer (never the whole answer).
    pub hints: Vec<String>,
    /// Changed by the teacher page only to give the level an id whose 16-bit tag (pupils' QR
    /// codes, `class::compact::level_tag`) no other level has; 0 is left out when written.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub salt: u32,
    /// The kind and its data, as `{"sort": {…}}`: an externally tagged enum, because a
    /// flattened, internally tagged one costs the game's wasm several KB more to read.
    pub kind: MadeKind,
}

/// The kinds a teacher can make.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MadeKind {
    /// A robot grid, exactly as in a level file (its `par` is computed by [`MadeLevel::prove`]).
    RobotGrid(RobotGrid),
    /// Sort cards into two boxes.
    Sort(MadeSort),
    /// Pick the best reply to one situation.
    PickReply(MadeReply),
    /// Tap the red flags of a message.
    SpotFlags(MadeFlags),
}

/// Sort into two boxes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MadeSort {
    /// The two boxes' labels, left (a tick) and right (a cross).
    pub boxes: Vec<String>,
    /// The cards, in the order they are dealt.
    pub cards: Vec<MadeCard>,
}

/// One card to sort.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MadeCard {
    pub text: String,
    /// 0 for the left box, 1 for the right.
    #[serde(rename = "box")]
    pub in_box: u8,
    pub reason: String,
}

/// Pick the best reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MadeReply {
    /// The situation, e.g. a message the pupil gets.
    pub prompt: String,
    /// Two to four replies; exactly one is right.
    pub replies: Vec<MadeAnswer>,
}

/// One reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MadeAnswer {
    pub text: String,
    #[serde(default)]
    pub right: bool,
    pub reason: String,
}

/// Spot the red flags.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MadeFlags {
    /// How the screen is drawn (a chat message, an e-mail, a web page …).
    pub screen: ScreenKind,
    /// The lines, top to bottom; at least one red flag and one that is fine.
    pub parts: Vec<MadePart>,
}

/// One line of the message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MadePart {
    pub text: String,
    #[serde(default)]
    pub flag: bool,
    pub reason: String,
}

/// What the teacher must change, as a Fluent id and its arguments: shown on the teacher page in
/// the teacher's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The Fluent id (in `assets/i18n/*/teacher.ftl`).
    pub id: &'static str,
    /// Fluent id of the field at fault (`made-field-…`), when there is one.
    pub field: Option<&'static str>,
    /// A number for the message (a limit, a count, a row), when it has one.
    pub number: Option<usize>,
    /// Text for the message (characters that cannot be drawn), shown as text.
    pub text: Option<String>,
}

impl Problem {
    fn new(id: &'static str) -> Problem {
        Problem { id, field: None, number: None, text: None }
    }
    fn field(mut self, field: &'static str) -> Problem {
        self.field = Some(field);
        self
    }
    fn number(mut self, number: usize) -> Problem {
        self.number = Some(number);
        self
    }
    fn text(mut self, text: String) -> Problem {
        self.text = Some(text);
        self
    }
}

/// Every Fluent id a [`Problem`] can carry, so a test proves each exists in every language.
pub const PROBLEM_IDS: &[&str] = &[
    "made-problem-damaged",
    "made-problem-newer",
    "made-problem-language",
    "made-problem-missing",
    "made-problem-too-long",
    "made-problem-undrawable",
    "made-problem-hints",
    "made-problem-count",
    "made-problem-one-right",
    "made-problem-box-unused",
    "made-problem-flags",
    "made-problem-board-size",
    "made-problem-board-start",
    "made-problem-board-goal",
    "made-problem-board",
    "made-problem-tiles",
    "made-problem-already-solved",
    "made-problem-slots",
    "made-problem-unsolvable",
    "made-problem-too-large",
    "made-problem-par",
];

/// Every field id a [`Problem`] can name.
pub const FIELD_IDS: &[&str] = &[
    "made-field-title",
    "made-field-task",
    "made-field-learned",
    "made-field-hint",
    "made-field-box",
    "made-field-card",
    "made-field-prompt",
    "made-field-reply",
    "made-field-part",
    "made-field-reason",
];

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Characters the game's embedded fonts draw (the reading font and the Greek one), as
/// inclusive ranges; `tests/content_language.rs` proves each is in a font.
const DRAWN: &[(u32, u32)] = &[
    (0x0020, 0x007E),
    (0x00A0, 0x0148),
    (0x014A, 0x024F),
    (0x0370, 0x0377),
    (0x037A, 0x037F),
    (0x0384, 0x038A),
    (0x038C, 0x038C),
    (0x038E, 0x03A1),
    (0x03A3, 0x03E1),
    (0x03F0, 0x045F),
    (0x0462, 0x0463),
    (0x0472, 0x0475),
    (0x048A, 0x052F),
    (0x2010, 0x2027),
    (0x2030, 0x2030),
    (0x2032, 0x203A),
    (0x20AC, 0x20AC),
    (0x2116, 0x2116),
    (0x2122, 0x2122),
    (0x2190, 0x2197),
    (0x2212, 0x2212),
    (0x2713, 0x2713),
];

/// Whether every tablet can draw `c` without a language pack's font. Arabic letters come only
/// with the Arabic pack, so a made level cannot use them yet.
pub fn can_draw(c: char) -> bool {
    let c = u32::from(c);
    DRAWN.iter().any(|&(low, high)| (low..=high).contains(&c))
}

/// The ranges [`can_draw`] accepts (for the fonts' test).
pub fn drawn_ranges() -> &'static [(u32, u32)] {
    DRAWN
}

/// Checks one text: not empty, not too long, drawable, no control characters.
fn check_text(text: &str, field: &'static str, max: usize) -> Result<(), Problem> {
    if text.trim().is_empty() {
        return Err(Problem::new("made-problem-missing").field(field));
    }
    if text.chars().count() > max {
        return Err(Problem::new("made-problem-too-long").field(field).number(max));
    }
    let mut bad: Vec<char> = text.chars().filter(|&c| c.is_control() || !can_draw(c)).collect();
    if !bad.is_empty() {
        bad.dedup();
        let shown: String = bad.iter().take(5).map(|c| if c.is_control() { '\u{FFFD}' } else { *c }).collect();
        return Err(Problem::new("made-problem-undrawable").field(field).text(shown));
    }
    Ok(())
}

fn check_count(count: usize, field: &'static str, min: usize, max: usize) -> Result<(), Problem> {
    if (min..=max).contains(&count) { Ok(()) } else { Err(Problem::new("made-problem-count").field(field).number(max)) }
}

impl MadeLevel {
    /// Reads a made level from JSON (a library file or a link) and
    /// [`check`](MadeLevel::check)s it.
    pub fn from_json(text: &str) -> Result<MadeLevel, Problem> {
        let level = MadeLevel::parse(text)?;
        level.check()?;
        Ok(level)
    }

    /// Reads a made level from JSON without checking it (the teacher page's form, whose
    /// robot grid has no par yet: [`prove`](MadeLevel::prove) it). A newer version is refused.
    pub fn parse(text: &str) -> Result<MadeLevel, Problem> {
        #[derive(Deserialize)]
        struct Version {
            v: u32,
        }
        let version: Version = serde_json::from_str(text).map_err(|_| Problem::new("made-problem-damaged"))?;
        if version.v > VERSION {
            return Err(Problem::new("made-problem-newer"));
        }
        serde_json::from_str(text).map_err(|_| Problem::new("made-problem-damaged"))
    }

    /// The level's stable id: `made-` and the start of the SHA-256 of its data. The same level
    /// has the same id on every tablet (so attempts and their xAPI object ids line up); an
    /// edited level is a new level.
    pub fn id(&self) -> String {
        let bytes = serde_json::to_vec(self).unwrap_or_default();
        let hash = Sha256::digest(&bytes);
        let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
        format!("{ID_PREFIX}{}", &hex[..HASH_DIGITS])
    }

    /// Every rule but the solver's search: what a tablet checks on a level from a link.
    pub fn check(&self) -> Result<(), Problem> {
        if self.version == 0 || self.version > VERSION {
            return Err(Problem::new("made-problem-newer"));
        }
        let lang_ok =
            (2..=12).contains(&self.lang.len()) && self.lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !lang_ok {
            return Err(Problem::new("made-problem-language"));
        }
        check_text(&self.title, "made-field-title", MAX_TITLE)?;
        check_text(&self.task, "made-field-task", MAX_TEXT)?;
        check_text(&self.learned, "made-field-learned", MAX_TEXT)?;
        if self.hints.len() != 3 {
            return Err(Problem::new("made-problem-hints"));
        }
        for hint in &self.hints {
            check_text(hint, "made-field-hint", MAX_TEXT)?;
        }
        match &self.kind {
            MadeKind::RobotGrid(grid) => check_grid(grid),
            MadeKind::Sort(sort) => {
                check_count(sort.boxes.len(), "made-field-box", 2, 2)?;
                for label in &sort.boxes {
                    check_text(label, "made-field-box", MAX_LABEL)?;
                }
                check_count(sort.cards.len(), "made-field-card", 2, MAX_ITEMS)?;
                for card in &sort.cards {
                    check_text(&card.text, "made-field-card", MAX_ITEM)?;
                    check_text(&card.reason, "made-field-reason", MAX_TEXT)?;
                }
                if (0..2).any(|b| !sort.cards.iter().any(|c| c.in_box == b)) || sort.cards.iter().any(|c| c.in_box > 1)
                {
                    return Err(Problem::new("made-problem-box-unused"));
                }
                Ok(())
            }
            MadeKind::PickReply(reply) => {
                check_text(&reply.prompt, "made-field-prompt", MAX_TEXT)?;
                check_count(reply.replies.len(), "made-field-reply", 2, 4)?;
                for answer in &reply.replies {
                    check_text(&answer.text, "made-field-reply", MAX_ITEM)?;
                    check_text(&answer.reason, "made-field-reason", MAX_TEXT)?;
                }
                if reply.replies.iter().filter(|a| a.right).count() != 1 {
                    return Err(Problem::new("made-problem-one-right"));
                }
                Ok(())
            }
            MadeKind::SpotFlags(flags) => {
                check_count(flags.parts.len(), "made-field-part", 2, MAX_ITEMS)?;
                for part in &flags.parts {
                    check_text(&part.text, "made-field-part", MAX_ITEM)?;
                    check_text(&part.reason, "made-field-reason", MAX_TEXT)?;
                }
                if !flags.parts.iter().any(|p| p.flag) || flags.parts.iter().all(|p| p.flag) {
                    return Err(Problem::new("made-problem-flags"));
                }
                Ok(())
            }
        }
    }

    /// [`check`](MadeLevel::check), then for a robot grid the solver's search: sets `par` to
    /// the fewest tiles (or edits) that solve it. What the teacher page runs before a level is
    /// kept or sent.
    pub fn prove(&mut self) -> Result<(), Problem> {
        if let MadeKind::RobotGrid(grid) = &mut self.kind {
            grid.par = 1;
        }
        self.check()?;
        let MadeKind::RobotGrid(grid) = &mut self.kind else { return Ok(()) };
        let board = grid.parsed_board().map_err(|_| Problem::new("made-problem-board"))?;
        if let Some(broken) = &grid.broken_program {
            // A debugging level: par counts the fewest edits that fix the program.
            let space = grid.search_space();
            let fixed = solver::fewest_edits(&board, &space, broken, super::robot_grid::MAX_DEBUG_EDITS);
            grid.par = fixed.ok_or_else(|| Problem::new("made-problem-unsolvable"))?.cost;
            return Ok(());
        }
        match solver::shortest_program(&board, &grid.search_space()) {
            Ok(solution) => {
                grid.par = solution.cost;
                Ok(())
            }
            Err(SolveError::TooLarge { tiles }) => Err(Problem::new("made-problem-too-large").number(tiles)),
            Err(SolveError::Unsolvable) => {
                // Would more main slots do? Then the slot limit is what to change.
                let mut roomy = grid.search_space();
                roomy.limits.slots[0] = 16;
                match solver::shortest_program(&board, &roomy) {
                    Ok(solution) => Err(Problem::new("made-problem-slots").number(solution.cost)),
                    Err(SolveError::TooLarge { tiles }) => Err(Problem::new("made-problem-too-large").number(tiles)),
                    Err(SolveError::Unsolvable) => Err(Problem::new("made-problem-unsolvable")),
                }
            }
        }
    }

    /// The level as the game plays it: `order` is its place among the mission's made levels.
    /// Returns the level and its texts as `(id, text)` for the localizer.
    pub fn to_level(&self, order: u32) -> (Level, Vec<(String, String)>) {
        let id = self.id();
        let mut texts = Vec::new();
        let mut text = |name: &str, value: &str| {
            let key = format!("{id}-{name}");
            texts.push((key.clone(), value.to_owned()));
            key
        };
        let title = text("title", &self.title);
        let instruction = text("task", &self.task);
        let learned = text("learned", &self.learned);
        let hints = self.hints.iter().enumerate().map(|(i, h)| text(&format!("hint-{}", i + 1), h)).collect();
        let (kind, competence, outcome) = match &self.kind {
            MadeKind::RobotGrid(grid) => (LevelKind::RobotGrid(grid.clone()), "3.4", "3.4"),
            MadeKind::Sort(sort) => {
                let icons = [BinIcon::Check, BinIcon::Cross];
                let bins = (0..2)
                    .map(|i| Bin {
                        id: format!("b{i}"),
                        // check() makes sure of two boxes; a level read without it still plays.
                        label: text(&format!("box-{i}"), sort.boxes.get(i).map_or("", String::as_str)),
                        icon: icons[i],
                    })
                    .collect();
                let cards = sort
                    .cards
                    .iter()
                    .enumerate()
                    .map(|(i, c)| Card {
                        id: format!("c{}", i + 1),
                        text: text(&format!("card-{}", i + 1), &c.text),
                        answer: format!("b{}", c.in_box),
                        reason: text(&format!("card-{}-reason", i + 1), &c.reason),
                    })
                    .collect();
                (LevelKind::SafeToShare(SafeToShare { bins, cards }), "4.2", "4.2")
            }
            MadeKind::PickReply(reply) => {
                let options = reply
                    .replies
                    .iter()
                    .enumerate()
                    .map(|(i, a)| Choice {
                        id: format!("r{}", i + 1),
                        text: text(&format!("reply-{}", i + 1), &a.text),
                        best: a.right,
                        reason: text(&format!("reply-{}-reason", i + 1), &a.reason),
                    })
                    .collect();
                let prompt = text("prompt", &reply.prompt);
                (
                    LevelKind::PickReply(PickReply { questions: vec![Question { id: "q1".into(), prompt, options }] }),
                    "2.5",
                    "2.5",
                )
            }
            MadeKind::SpotFlags(flags) => {
                let parts = flags
                    .parts
                    .iter()
                    .enumerate()
                    .map(|(i, p)| Part {
                        id: format!("p{}", i + 1),
                        text: text(&format!("part-{}", i + 1), &p.text),
                        flag: p.flag,
                        reason: text(&format!("part-{}-reason", i + 1), &p.reason),
                        fixed: None,
                    })
                    .collect();
                (LevelKind::SpotFlags(SpotFlags { screen: flags.screen, parts }), "4.2", "4.2")
            }
        };
        let level = Level {
            id: id.clone(),
            world: WORLD.to_owned(),
            order,
            title,
            instruction,
            learned,
            competences: vec![Competence::parse(competence).unwrap_or_else(|| unreachable!())],
            band: self.band,
            digcomp3: vec![Digcomp3::parse(outcome).unwrap_or_else(|| unreachable!())],
            ai_literacy: Vec::new(),
            hints,
            kind,
        };
        (level, texts)
    }
}

/// The robot grid's rules with a message the teacher can act on: the common mistakes first,
/// then the level files' own validation.
fn check_grid(grid: &RobotGrid) -> Result<(), Problem> {
    let height = grid.board.len();
    let width = grid.board.first().map_or(0, |row| row.chars().count());
    if !(2..=MAX_BOARD).contains(&width) || !(1..=MAX_BOARD).contains(&height) {
        return Err(Problem::new("made-problem-board-size").number(MAX_BOARD));
    }
    let count = |symbol: char| grid.board.iter().flat_map(|row| row.chars()).filter(|&c| c == symbol).count();
    if count('S') != 1 {
        return Err(Problem::new("made-problem-board-start"));
    }
    if count('G') > 1 || (count('G') == 0 && count('L') == 0) {
        return Err(Problem::new("made-problem-board-goal"));
    }
    if grid.tiles.is_empty() {
        return Err(Problem::new("made-problem-tiles"));
    }
    if grid.par == 0 {
        return Err(Problem::new("made-problem-par"));
    }
    let board = grid.parsed_board().map_err(|_| Problem::new("made-problem-board"))?;
    if board.is_solved(board.start, 0) {
        return Err(Problem::new("made-problem-already-solved"));
    }
    grid.validate().map_err(|_| Problem::new("made-problem-board"))
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn robot() -> MadeLevel {
        serde_json::from_str(
            r###"{"v":1,"lang":"en","band":"7-9","title":"To the flag","task":"Get the robot to the flag.",
            "learned":"Programs run one step after another.","hints":["Count the steps.","Turn at the corner.","Go forward twice first."],
            "kind":{"robot_grid":{"board":["S..","##G"],"start_facing":"east",
            "tiles":["forward","turn_left","turn_right"],"slots":{"main":6},"par":0}}}"###,
        )
        .unwrap()
    }

    fn sort() -> MadeLevel {
        serde_json::from_str(
            r#"{"v":1,"lang":"de","band":"10-12","title":"Teilen?","task":"Sortiere die Karten.",
            "learned":"Manches bleibt privat.","hints":["Denk an Fremde.","Was verrät dich?","Die Adresse bleibt privat."],
            "kind":{"sort":{"boxes":["Okay","Privat"],
            "cards":[{"text":"Lieblingsfarbe","box":0,"reason":"Verrät nichts."},{"text":"Deine Adresse","box":1,"reason":"Damit findet man dich."}]}}}"#,
        )
        .unwrap()
    }

    #[test]
    fn a_robot_level_gets_its_par_from_the_solver() {
        let mut level = robot();
        level.prove().unwrap();
        let MadeKind::RobotGrid(grid) = &level.kind else { panic!() };
        assert_eq!(grid.par, 4); // forward, forward, turn right, forward
        grid.prove_par().unwrap();
        level.check().unwrap();
    }

    #[test]
    fn an_unsolvable_board_and_a_too_small_slot_limit_say_what_to_change() {
        let mut walled = robot();
        let MadeKind::RobotGrid(grid) = &mut walled.kind else { panic!() };
        grid.board = vec!["S#.".into(), "##G".into()];
        assert_eq!(walled.prove().unwrap_err().id, "made-problem-unsolvable");
        let mut tight = robot();
        let MadeKind::RobotGrid(grid) = &mut tight.kind else { panic!() };
        grid.slots.main = 3;
        assert_eq!(tight.prove().unwrap_err(), Problem::new("made-problem-slots").number(4));
        let mut no_start = robot();
        let MadeKind::RobotGrid(grid) = &mut no_start.kind else { panic!() };
        grid.board[0] = "...".into();
        assert_eq!(no_start.prove().unwrap_err().id, "made-problem-board-start");
    }

    #[test]
    fn answer_levels_need_every_reason_one_right_reply_and_both_boxes() {
        let mut level = sort();
        level.prove().unwrap();
        let MadeKind::Sort(cards) = &mut level.kind else { panic!() };
        cards.cards[1].reason = "  ".into();
        assert_eq!(level.check().unwrap_err(), Problem::new("made-problem-missing").field("made-field-reason"));
        let MadeKind::Sort(cards) = &mut level.kind else { panic!() };
        cards.cards[1].reason = "Reason".into();
        cards.cards[1].in_box = 0;
        assert_eq!(level.check().unwrap_err().id, "made-problem-box-unused");
        let reply: MadeLevel = serde_json::from_str(
            r#"{"v":1,"lang":"en","band":"7-9","title":"T","task":"T","learned":"L","hints":["a","b","c"],
            "kind":{"pick_reply":{"prompt":"P","replies":[{"text":"A","right":true,"reason":"R"},{"text":"B","right":true,"reason":"R"}]}}}"#,
        )
        .unwrap();
        assert_eq!(reply.check().unwrap_err().id, "made-problem-one-right");
    }

    #[test]
    fn texts_are_short_drawable_and_free_of_control_characters() {
        let mut level = sort();
        level.title = "x".repeat(MAX_TITLE + 1);
        assert_eq!(
            level.check().unwrap_err(),
            Problem::new("made-problem-too-long").field("made-field-title").number(MAX_TITLE)
        );
        level.title = "Smile 😀 now".into();
        assert_eq!(level.check().unwrap_err().text.as_deref(), Some("😀"));
        level.title = "Bell\u{7}".into();
        assert_eq!(level.check().unwrap_err().id, "made-problem-undrawable");
        level.title = "Ελληνικά, Українська, Čeština, «ok» – €5".into();
        level.check().unwrap();
    }

    /// The id (and the link's signature) come from the level as it is written: this pins it,
    /// so a change to how a made level or a robot grid is written cannot pass unnoticed (it
    /// would change every level's id and refuse every stored mission: bump VERSION instead).
    #[test]
    fn how_a_made_level_is_written_is_pinned() {
        let mut level = robot();
        level.prove().unwrap();
        let written = r###"{"v":1,"lang":"en","band":"7-9","title":"To the flag","task":"Get the robot to the flag.","learned":"Programs run one step after another.","hints":["Count the steps.","Turn at the corner.","Go forward twice first."],"kind":{"robot_grid":{"board":["S..","##G"],"start_facing":"east","tiles":["forward","turn_left","turn_right"],"slots":{"main":6},"par":4}}}"###;
        assert_eq!(String::from_utf8(serde_json::to_vec(&level).unwrap()).unwrap(), written);
        assert_eq!(level.id(), "made-50a4ca64c561");
    }

    #[test]
    fn the_id_is_stable_and_changes_with_the_level() {
        let a = sort();
        let reread: MadeLevel = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        assert_eq!(a.id(), reread.id());
        assert!(a.id().starts_with(ID_PREFIX) && a.id().len() == ID_PREFIX.len() + HASH_DIGITS);
        let mut b = a.clone();
        b.title.push('!');
        assert_ne!(a.id(), b.id());
    }

    #[test]
    fn a_made_level_plays_as_an_ordinary_level_with_its_own_texts() {
        let mut made = sort();
        made.prove().unwrap();
        let (level, texts) = made.to_level(1);
        level.validate().unwrap();
        assert_eq!(level.world, WORLD);
        for id in level.message_ids() {
            assert!(texts.iter().any(|(key, _)| key == id), "{id} has no text");
        }
        assert!(texts.iter().any(|(key, text)| key == &level.title && text == "Teilen?"));
        let mut robot = robot();
        robot.prove().unwrap();
        let (level, _) = robot.to_level(2);
        level.validate().unwrap();
        let LevelKind::RobotGrid(grid) = &level.kind else { panic!() };
        grid.prove_par().unwrap();
    }

    #[test]
    fn newer_and_broken_json_is_refused() {
        assert_eq!(MadeLevel::from_json(r#"{"v":2}"#).unwrap_err().id, "made-problem-newer");
        assert!(MadeLevel::from_json("{").is_err());
        let text = serde_json::to_string(&sort()).unwrap();
        assert_eq!(MadeLevel::from_json(&text).unwrap(), sort());
        let extra = text.replace(r#""box":0"#, r#""box":0,"html":"<b>""#);
        assert!(MadeLevel::from_json(&extra).is_err());
    }
}

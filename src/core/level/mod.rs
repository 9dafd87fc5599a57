//! Levels as data: one tagged enum of kinds, parsed from `assets/levels/*.json` and validated.

pub mod ai_literacy;
pub mod band;
pub mod build_password;
pub mod catalog;
pub mod digcomp;
pub mod digcomp3;
pub mod made;
pub mod order_steps;
pub mod pick_reply;
pub mod pupil_map;
pub mod read_address;
pub mod robot_grid;
pub mod safe_to_share;
pub mod spot_flags;
pub mod train_robot;

use serde::{Deserialize, Serialize};
use thiserror::Error;

pub use ai_literacy::AiLiteracy;
pub use band::AgeBand;
pub use build_password::BuildPassword;
pub use catalog::{Catalog, CatalogError, World};
pub use digcomp::Competence;
pub use digcomp3::Digcomp3;
pub use made::MadeLevel;
pub use order_steps::OrderSteps;
pub use pick_reply::PickReply;
pub use pupil_map::PupilMap;
pub use read_address::ReadAddress;
pub use robot_grid::RobotGrid;
pub use safe_to_share::SafeToShare;
pub use spot_flags::SpotFlags;
pub use train_robot::TrainRobot;

/// A level's stable id, e.g. `robot-first-steps`. Progress is keyed by it, so it never changes
/// once a level has shipped.
pub type LevelId = String;

/// A Fluent message id, looked up in `assets/i18n/<lang>/*.ftl`.
pub type MessageId = String;

/// Stars for an answer level (sorting, red flags …): 3 with no mistakes, 2 with one,
/// otherwise 1.
pub fn stars_for_mistakes(mistakes: u32) -> u8 {
    match mistakes {
        0 => 3,
        1 => 2,
        _ => 1,
    }
}

/// What an answer level keeps for the teacher: every answer in order (ids, never free text)
/// and how many were wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnswerLog {
    pub answers: Vec<String>,
    pub mistakes: u32,
}

/// The answer levels' shared record (sorting keeps its own on the game side): answers,
/// mistakes and the stars they give.
pub trait Answers {
    /// The level's log.
    fn log(&self) -> &AnswerLog;
    /// What the pupil chose, in order.
    fn answers(&self) -> &[String] {
        &self.log().answers
    }
    /// Wrong answers so far.
    fn mistakes(&self) -> u32 {
        self.log().mistakes
    }
    /// Stars by mistakes: 3 with none, 2 with one, otherwise 1.
    fn stars(&self) -> u8 {
        stars_for_mistakes(self.mistakes())
    }
}

/// One level: what every kind shares, plus the kind's own data.
/// Unknown fields are refused by each kind's own data (serde cannot deny them on a struct
/// with a flattened part).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Level {
    /// Stable id; also the file name (`<id>.json`).
    pub id: LevelId,
    /// The world (chapter) this level belongs to; see `worlds.json`.
    pub world: String,
    /// Position within the world, starting at 1. Levels unlock in this order.
    pub order: u32,
    /// Fluent id of the title.
    pub title: MessageId,
    /// Fluent id of the instruction shown while playing.
    pub instruction: MessageId,
    /// Fluent id of the "what you learned" sentence on the result screen.
    pub learned: MessageId,
    /// DigComp 2.2 competences the level practises, e.g. `3.4`.
    pub competences: Vec<Competence>,
    /// The age band the level is written for (`7-9`, `10-12`, `12-14`); see [`AgeBand`].
    pub band: AgeBand,
    /// DigComp 3.0 competences the level practises and, where one fits, their learning
    /// outcomes (`"4.2"`, `"LO4.2.05"`); every outcome's competence is listed too.
    pub digcomp3: Vec<Digcomp3>,
    /// Competences of the EC/OECD AI Literacy Framework (`"E3"`), for levels about AI.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ai_literacy: Vec<AiLiteracy>,
    /// Fluent ids of the hints, shown one at a time on request: a nudge, then the idea, then
    /// part of the solution. Every level has exactly three.
    #[serde(default)]
    pub hints: Vec<MessageId>,
    /// The kind-specific part.
    #[serde(flatten)]
    pub kind: LevelKind,
}

/// The kinds of level. Each kind has its own data, rules and Bevy plugin.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LevelKind {
    /// Coding: program a robot with command tiles to reach the goal.
    RobotGrid(RobotGrid),
    /// Digital literacy: sort cards into two or three boxes ("OK to share" / "Keep private"
    /// unless the level names its own).
    #[serde(rename = "sort", alias = "safe_to_share")]
    SafeToShare(SafeToShare),
    /// Digital literacy: inspect a message or page and tap its red flags.
    SpotFlags(SpotFlags),
    /// Digital literacy: pick the best reply to a situation.
    PickReply(PickReply),
    /// Digital literacy: put steps in order (or rank things, e.g. passwords by strength).
    OrderSteps(OrderSteps),
    /// Digital literacy: build a passphrase from tiles and watch its strength.
    BuildPassword(BuildPassword),
    /// Digital literacy: find the real site in a web address and judge it.
    ReadAddress(ReadAddress),
    /// AI literacy: sort examples to teach a tiny robot, see it miss what its examples never
    /// showed, and pick better examples.
    TrainRobot(TrainRobot),
}

impl Level {
    /// Parses one level file. `file` is only used in error messages.
    pub fn from_json(file: &str, text: &str) -> Result<Level, LevelError> {
        let level: Level = serde_json::from_str(text)
            .map_err(|e| LevelError::Parse { file: file.to_owned(), message: e.to_string() })?;
        level.validate().map_err(|problem| LevelError::Invalid { file: file.to_owned(), problem })?;
        Ok(level)
    }

    /// Checks what serde cannot: ids, tags and the kind's own rules. Cheap enough to run when
    /// the game starts; a coding level's par is proven by `tests/content.rs` with the solver.
    pub fn validate(&self) -> Result<(), String> {
        if self.id.is_empty() || !self.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
            return Err(format!("id {:?} must be lowercase letters, digits and '-'", self.id));
        }
        if self.order == 0 {
            return Err("order starts at 1".to_owned());
        }
        if self.competences.is_empty() {
            return Err("a level needs at least one DigComp competence".to_owned());
        }
        check_digcomp3(&self.digcomp3)?;
        if has_duplicates(&self.competences) || has_duplicates(&self.ai_literacy) {
            return Err("a competence is listed twice".to_owned());
        }
        for id in [&self.title, &self.instruction, &self.learned] {
            if id.is_empty() {
                return Err("title, instruction and learned need Fluent ids".to_owned());
            }
        }
        if self.hints.iter().any(String::is_empty) {
            return Err("hints need Fluent ids".to_owned());
        }
        if self.hints.len() != 3 {
            return Err(format!(
                "a level has 3 hints (a nudge, the idea, part of the answer), not {}",
                self.hints.len()
            ));
        }
        match &self.kind {
            LevelKind::RobotGrid(grid) => grid.validate(),
            LevelKind::SafeToShare(cards) => cards.validate(),
            LevelKind::SpotFlags(screen) => screen.validate(),
            LevelKind::PickReply(questions) => questions.validate(),
            LevelKind::OrderSteps(steps) => steps.validate(),
            LevelKind::BuildPassword(pieces) => pieces.validate(),
            LevelKind::ReadAddress(links) => links.validate(),
            LevelKind::TrainRobot(examples) => examples.validate(),
        }
    }

    /// Every Fluent id this level shows, so tests can prove each exists in every language.
    pub fn message_ids(&self) -> Vec<&str> {
        let mut ids = vec![self.title.as_str(), self.instruction.as_str(), self.learned.as_str()];
        ids.extend(self.hints.iter().map(String::as_str));
        match &self.kind {
            LevelKind::SafeToShare(cards) => ids.extend(cards.message_ids()),
            LevelKind::SpotFlags(screen) => ids.extend(screen.message_ids()),
            LevelKind::PickReply(questions) => ids.extend(questions.message_ids()),
            LevelKind::OrderSteps(steps) => ids.extend(steps.message_ids()),
            LevelKind::BuildPassword(pieces) => ids.extend(pieces.message_ids()),
            LevelKind::ReadAddress(links) => ids.extend(links.message_ids()),
            LevelKind::TrainRobot(examples) => ids.extend(examples.message_ids()),
            LevelKind::RobotGrid(_) => {}
        }
        ids
    }
}

/// DigComp 3.0 tags: at least one competence, none twice, and every learning outcome's
/// competence listed too (so a filter by competence finds the level).
fn check_digcomp3(tags: &[Digcomp3]) -> Result<(), String> {
    if !tags.iter().any(|t| !t.is_outcome()) {
        return Err("a level needs at least one DigComp 3.0 competence in \"digcomp3\"".to_owned());
    }
    if has_duplicates(tags) {
        return Err("a DigComp 3.0 id is listed twice".to_owned());
    }
    match tags.iter().find(|t| t.is_outcome() && !tags.contains(&t.competence())) {
        Some(outcome) => Err(format!("{outcome} needs its competence {} in \"digcomp3\"", outcome.competence())),
        None => Ok(()),
    }
}

fn has_duplicates<T: PartialEq>(items: &[T]) -> bool {
    items.iter().enumerate().any(|(i, item)| items[..i].contains(item))
}

/// Why a level file could not be used. Always names the file.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum LevelError {
    /// The file is not valid JSON for a level.
    #[error("{file}: cannot read level: {message}")]
    Parse { file: String, message: String },
    /// The file parsed but breaks a rule.
    #[error("{file}: {problem}")]
    Invalid { file: String, problem: String },
}

//! How an attempt ended: one vocabulary for everything that writes an attempt (the robot
//! interpreter, every answer kind) and everything that reads one (the teacher's page, the
//! exports, the players file).
//!
//! The stored code is part of every saved attempt and of its xAPI statement id, so a code, once
//! shipped, never changes its spelling: a new ending gets a new variant with a new code. A code
//! this version does not know (written by a newer version) is kept as it was, so reading and
//! writing a record never changes it.

use crate::core::program::Outcome as RunOutcome;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The highest password strength score (zxcvbn's scale, 0–4).
pub const MAX_PASSWORD_SCORE: u8 = 4;

/// How one attempt ended.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum AttemptOutcome {
    /// The robot reached the goal with every lamp lit.
    ReachedGoal,
    /// The robot ran into a wall.
    HitWall,
    /// The robot would have left the board.
    LeftBoard,
    /// The program lit a lamp where there is none.
    NoLampHere,
    /// Every tile ran and the level was not solved.
    OutOfCommands,
    /// The program ran the step budget out: most likely a loop that never ends.
    StepBudget,
    /// Helpers called helpers too deep.
    TooManyCalls,
    /// Every card of a sorting level is in a box.
    Sorted,
    /// The steps of an order-the-steps level are in order.
    Ordered,
    /// Every address of a read-an-address level was read.
    ReadAll,
    /// Every red flag was found.
    FoundAll,
    /// Every message of a pick-the-reply level was answered.
    Answered,
    /// A teach-the-robot level finished: the robot gets every test card right.
    Trained,
    /// A password level finished with a password of this strength: the score the pupil was
    /// shown (zxcvbn's scale, 0–4, capped by the guidance in `core::password`).
    PasswordBuilt(u8),
    /// A code this version does not know, kept exactly as it was read.
    Unknown(String),
}

impl AttemptOutcome {
    /// Every outcome this version writes, with each password score: tests walk this list.
    pub const ALL: &'static [AttemptOutcome] = &[
        Self::ReachedGoal,
        Self::HitWall,
        Self::LeftBoard,
        Self::NoLampHere,
        Self::OutOfCommands,
        Self::StepBudget,
        Self::TooManyCalls,
        Self::Sorted,
        Self::Ordered,
        Self::ReadAll,
        Self::FoundAll,
        Self::Answered,
        Self::Trained,
        Self::PasswordBuilt(0),
        Self::PasswordBuilt(1),
        Self::PasswordBuilt(2),
        Self::PasswordBuilt(3),
        Self::PasswordBuilt(4),
    ];

    /// The code stored in saved attempts and exports (`reached_goal`, `strength_3`, …).
    pub fn code(&self) -> String {
        match self {
            Self::PasswordBuilt(score) => format!("strength_{score}"),
            Self::Unknown(code) => code.clone(),
            fixed => fixed.fixed_code().unwrap_or_default().to_owned(),
        }
    }

    /// The code of an outcome without data.
    fn fixed_code(&self) -> Option<&'static str> {
        Some(match self {
            Self::ReachedGoal => "reached_goal",
            Self::HitWall => "hit_wall",
            Self::LeftBoard => "left_board",
            Self::NoLampHere => "no_lamp_here",
            Self::OutOfCommands => "out_of_commands",
            Self::StepBudget => "step_budget",
            Self::TooManyCalls => "too_many_calls",
            Self::Sorted => "sorted",
            Self::Ordered => "ordered",
            Self::ReadAll => "read_all",
            Self::FoundAll => "found_all",
            Self::Answered => "answered",
            Self::Trained => "trained",
            Self::PasswordBuilt(_) | Self::Unknown(_) => return None,
        })
    }

    /// Reads a stored code. Never fails: a code this version does not know stays as it is.
    pub fn from_code(code: &str) -> Self {
        if let Some(known) = Self::ALL.iter().find(|o| o.fixed_code() == Some(code)) {
            return known.clone();
        }
        match code.strip_prefix("strength_").and_then(|n| n.parse::<u8>().ok()) {
            Some(score) if score <= MAX_PASSWORD_SCORE && code == format!("strength_{score}") => {
                Self::PasswordBuilt(score)
            }
            _ => Self::Unknown(code.to_owned()),
        }
    }

    /// Whether the pupil got to the end of the level (every answer kind finishes; a robot
    /// finishes only by reaching the goal).
    pub fn finished(&self) -> bool {
        matches!(
            self,
            Self::ReachedGoal
                | Self::Sorted
                | Self::Ordered
                | Self::ReadAll
                | Self::FoundAll
                | Self::Answered
                | Self::Trained
                | Self::PasswordBuilt(_)
        )
    }

    /// The Fluent id (class.ftl) of the teacher's words for this outcome.
    pub fn teacher_message_id(&self) -> &'static str {
        match self {
            Self::HitWall => "class-outcome-hit-wall",
            Self::LeftBoard => "class-outcome-left-board",
            Self::NoLampHere => "class-outcome-no-lamp",
            Self::OutOfCommands => "class-outcome-out-of-commands",
            Self::StepBudget => "class-outcome-step-budget",
            Self::TooManyCalls => "class-outcome-too-many-calls",
            finished if finished.finished() => "class-outcome-finished",
            _ => "class-outcome-other",
        }
    }
}

/// No outcome recorded (only in hand-made records): reads as an unknown, empty code.
impl Default for AttemptOutcome {
    fn default() -> Self {
        Self::Unknown(String::new())
    }
}

impl From<String> for AttemptOutcome {
    fn from(code: String) -> Self {
        Self::from_code(&code)
    }
}

impl From<&str> for AttemptOutcome {
    fn from(code: &str) -> Self {
        Self::from_code(code)
    }
}

impl From<AttemptOutcome> for String {
    fn from(outcome: AttemptOutcome) -> Self {
        outcome.code()
    }
}

impl fmt::Display for AttemptOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code())
    }
}

/// How a robot run ended, as the attempt records it (the cell where it stopped is on screen
/// only).
impl From<RunOutcome> for AttemptOutcome {
    fn from(run: RunOutcome) -> Self {
        match run {
            RunOutcome::ReachedGoal => Self::ReachedGoal,
            RunOutcome::HitWall { .. } => Self::HitWall,
            RunOutcome::LeftBoard { .. } => Self::LeftBoard,
            RunOutcome::NoLampHere { .. } => Self::NoLampHere,
            RunOutcome::OutOfCommands => Self::OutOfCommands,
            RunOutcome::StepBudget => Self::StepBudget,
            RunOutcome::TooManyCalls => Self::TooManyCalls,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_outcome_reads_back_from_its_code() {
        for outcome in AttemptOutcome::ALL {
            assert_eq!(&AttemptOutcome::from_code(&outcome.code()), outcome, "{outcome}");
            let json = serde_json::to_string(outcome).expect("writes");
            assert_eq!(json, format!("\"{}\"", outcome.code()));
            assert_eq!(&serde_json::from_str::<AttemptOutcome>(&json).expect("reads"), outcome);
        }
    }

    #[test]
    fn codes_are_unique() {
        let mut codes: Vec<String> = AttemptOutcome::ALL.iter().map(AttemptOutcome::code).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), AttemptOutcome::ALL.len());
    }

    #[test]
    fn every_run_ending_is_an_attempt_outcome_with_the_same_message() {
        for run in RunOutcome::ALL {
            let outcome = AttemptOutcome::from(run);
            assert!(AttemptOutcome::ALL.contains(&outcome), "{run:?}");
            assert_eq!(outcome.finished(), run == RunOutcome::ReachedGoal, "{run:?}");
            // The pupil's message and the teacher's share their last words.
            let pupil = run.message_id().trim_start_matches("outcome-");
            if !outcome.finished() {
                assert_eq!(outcome.teacher_message_id(), format!("class-outcome-{pupil}"), "{run:?}");
            }
        }
    }

    #[test]
    fn unknown_codes_are_kept_as_they_were() {
        for code in ["", "x", "strength_5", "strength_03", "strength_", "no_lamp", "teleported"] {
            let outcome = AttemptOutcome::from_code(code);
            assert_eq!(outcome, AttemptOutcome::Unknown(code.to_owned()), "{code}");
            assert_eq!(outcome.code(), code);
            assert!(!outcome.finished());
            assert_eq!(outcome.teacher_message_id(), "class-outcome-other");
        }
    }

    #[test]
    fn a_finished_password_level_reads_finished_at_every_strength() {
        for score in 0..=MAX_PASSWORD_SCORE {
            let outcome = AttemptOutcome::from_code(&format!("strength_{score}"));
            assert_eq!(outcome, AttemptOutcome::PasswordBuilt(score));
            assert_eq!(outcome.teacher_message_id(), "class-outcome-finished");
        }
    }
}

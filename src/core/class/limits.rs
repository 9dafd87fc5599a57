//! Bounds no real pupil comes near, shared by every reader of a pupil's record from elsewhere:
//! the teacher's page reading a pupil's file or QR code, and a tablet bringing in a players
//! file (`core::profiles::transfer`). Both call [`check_record`], so a player moved between
//! tablets never makes a file the teacher's page refuses.
//!
//! Beyond these bounds a record was made or edited by hand. Refusing it keeps sums, dates and
//! an LRS's ISO 8601 years in range, and keeps one crafted file from filling the teacher's
//! storage (a browser keeps about 5 M characters per site) or making a cell's view huge.
//! The game itself stays inside them: a level offers at most 16 slots per routine, the game
//! keeps [`ATTEMPTS_KEPT`] attempts per level, and `Progress::record_attempt` keeps at most
//! [`MAX_ANSWERS`] answers. `tests/class.rs` proves that the busiest pupil the game can make
//! passes with room to spare.

use crate::core::ids::{is_hex, is_token};
use crate::core::program::list_size;
use crate::core::progress::{ATTEMPTS_KEPT, Progress};
use thiserror::Error;

/// Seconds one attempt may take (a day).
pub const MAX_ATTEMPT_SECONDS: u32 = 86_400;
/// Anything counted in a record: attempts, completions, steps, mistakes (a million).
pub const MAX_COUNT: u32 = 1_000_000;
/// Hints over all of a level's attempts (three an attempt).
pub const MAX_LEVEL_HINTS: u32 = 3 * MAX_COUNT;
/// Seconds over all of a level's attempts (about three years).
pub const MAX_LEVEL_SECONDS: u32 = 100_000_000;
/// The latest time an attempt may carry: the end of the year 9999.
pub use crate::core::date::LAST_TIME as MAX_TIME;
/// Tiles in one routine of an attempt's program, nested ones included: twice the most slots
/// a level offers (16).
pub const MAX_ROUTINE_TILES: usize = 32;
/// Attempts per level: the game keeps this many, and merging records keeps no more.
pub const MAX_ATTEMPTS: usize = ATTEMPTS_KEPT;
/// Answers in one attempt (ids of cards, parts, replies or steps, in order).
pub const MAX_ANSWERS: usize = 200;
/// Characters in one answer id.
pub const MAX_ANSWER_CHARS: usize = 200;
/// Levels in one record.
pub const MAX_LEVELS: usize = 1000;
/// Levels the reader's course does not have (a newer version's): kept, so a newer page can
/// show them, but no more than a few worlds' worth.
pub const MAX_UNKNOWN_LEVELS: usize = 64;
/// One pupil's record as JSON. The busiest pupil the game can make (every level, the last 20
/// attempts of each, programs as long as the slots allow, every answer twice) takes about
/// 527 KB with the 90 levels of issue #15 (`tests/class.rs` prints it); a class of 30 real
/// pupils takes far less each. The limit leaves room for about 40 more levels.
pub const MAX_RECORD_BYTES: usize = 768 * 1024;

/// Why a record from elsewhere is refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RecordError {
    /// A value no game writes (stars above 3, a time after the year 9999, a bad id): the
    /// record is damaged or made up.
    #[error("impossible values: {0}")]
    Impossible(String),
    /// More than any game keeps (programs, attempts, answers, levels or bytes).
    #[error("more than Byte Bridge keeps: {0}")]
    TooMuch(String),
}

/// Checks a pupil's record from elsewhere. `known` says whether the reader's course has a
/// level; pass `|_| true` where no course is at hand (the levels are then only counted).
/// Never panics.
pub fn check_record(progress: &Progress, known: impl Fn(&str) -> bool) -> Result<(), RecordError> {
    let impossible = |what: String| Err(RecordError::Impossible(what));
    let too_much = |what: String| Err(RecordError::TooMuch(what));
    let levels = &progress.levels;
    if levels.keys().any(|id| !is_token(id, 64)) {
        return impossible("a bad level id".to_owned());
    }
    if levels.len() > MAX_LEVELS {
        return too_much(format!("{} levels", levels.len()));
    }
    let unknown = levels.keys().filter(|id| !known(id)).count();
    if unknown > MAX_UNKNOWN_LEVELS {
        return too_much(format!("{unknown} levels this version does not have"));
    }
    for (id, record) in levels {
        if record.attempts.len() > MAX_ATTEMPTS {
            return too_much(format!("level {id}: {} attempts", record.attempts.len()));
        }
        for attempt in &record.attempts {
            let program_fits =
                attempt.program.as_ref().is_none_or(|p| p.routines.iter().all(|r| list_size(r) <= MAX_ROUTINE_TILES));
            let answers_fit = attempt.answers.len() <= MAX_ANSWERS
                && attempt.answers.iter().all(|a| a.chars().count() <= MAX_ANSWER_CHARS);
            if !program_fits || !answers_fit {
                return too_much(format!("level {id}: an attempt's program or answers"));
            }
            let possible = attempt.stars <= 3
                && attempt.hints <= 9
                && attempt.at <= MAX_TIME
                && attempt.seconds <= MAX_ATTEMPT_SECONDS
                && attempt.steps <= MAX_COUNT
                && attempt.mistakes <= MAX_COUNT
                && attempt.outcome.code().len() <= 64
                && attempt.class.as_deref().is_none_or(|c| is_hex(c, 16));
            if !possible {
                return impossible(format!("level {id}: an attempt"));
            }
        }
        if record.best_stars > 3 || record.attempts_total > MAX_COUNT || record.completions > MAX_COUNT {
            return impossible(format!("level {id}: its totals"));
        }
    }
    let bytes = serde_json::to_string(progress).map_or(usize::MAX, |text| text.len());
    if bytes > MAX_RECORD_BYTES {
        return too_much(format!("{bytes} bytes"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::program::Program;
    use crate::core::progress::Attempt;

    fn record(attempt: Attempt) -> Progress {
        let mut progress = Progress::default();
        progress.record_attempt("robot-first-steps", attempt);
        progress
    }

    #[test]
    fn a_routine_of_more_tiles_than_any_level_allows_is_too_much() {
        let program = |tiles: usize| {
            let text = crate::core::program::notation::ProgramText { p1: "F ".repeat(tiles), ..Default::default() };
            Program::try_from(&text).expect("program")
        };
        let attempt =
            |tiles| Attempt { program: Some(program(tiles)), outcome: "hit_wall".into(), ..Default::default() };
        assert_eq!(check_record(&record(attempt(MAX_ROUTINE_TILES)), |_| true), Ok(()));
        assert!(matches!(
            check_record(&record(attempt(MAX_ROUTINE_TILES + 1)), |_| true),
            Err(RecordError::TooMuch(_))
        ));
    }

    #[test]
    fn levels_the_course_lacks_are_counted() {
        let mut progress = Progress::default();
        for n in 0..=MAX_UNKNOWN_LEVELS {
            progress
                .record_attempt(&format!("later-{n}"), Attempt { outcome: "hit_wall".into(), ..Default::default() });
        }
        assert_eq!(check_record(&progress, |_| true), Ok(()));
        assert!(matches!(check_record(&progress, |id| id == "later-0"), Ok(())));
        assert!(matches!(check_record(&progress, |_| false), Err(RecordError::TooMuch(_))));
    }
}

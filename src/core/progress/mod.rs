//! What a pupil has achieved, and how it is stored: a versioned record with migrations, so
//! saved progress is never silently dropped when the format grows.

pub mod outcome;
pub mod store;

use crate::core::program::Program;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use thiserror::Error;

pub use outcome::AttemptOutcome;
pub use store::{DAMAGED_KEY, KeyValueStore, MemoryStore, PROGRESS_KEY, StorageNotice, StoreError};

/// The last version of the single-record format (one pupil per tablet, under
/// [`PROGRESS_KEY`]). Schema 3 and later store profiles (`crate::core::profiles::store`), each
/// holding a [`Progress`]; a tablet with an older record has it migrated into a profile.
pub const SCHEMA_VERSION: u32 = 2;

/// How many attempts are kept per level (the oldest go first); the totals keep counting.
pub const ATTEMPTS_KEPT: usize = 20;

/// Everything saved on the tablet.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// The language the pupil picked (a BCP 47 tag such as `de`), if any.
    #[serde(default)]
    pub language: Option<String>,
    /// Results per level id.
    #[serde(default)]
    pub levels: BTreeMap<String, LevelRecord>,
}

/// The results of one level.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelRecord {
    /// Best stars earned, 1–3.
    pub best_stars: u8,
    /// How many times the level was completed.
    pub completions: u32,
    /// Every attempt ever made, solved or not.
    #[serde(default)]
    pub attempts_total: u32,
    /// The latest attempts (at most [`ATTEMPTS_KEPT`]), oldest first, for the teacher.
    #[serde(default)]
    pub attempts: Vec<Attempt>,
}

/// The longest time one attempt counts: a tablet left asleep in the middle of a level must not
/// count as an afternoon of work.
pub const MAX_ATTEMPT_SECONDS: u32 = 3600;

/// An attempt's time from two readings of the device's wall clock (milliseconds since 1970):
/// the pupil's thinking between taps counts, a clock set back counts as nothing, and a
/// tablet left asleep counts at most [`MAX_ATTEMPT_SECONDS`].
pub fn attempt_seconds(started_ms: u64, ended_ms: u64) -> u32 {
    let seconds = ended_ms.saturating_sub(started_ms).saturating_add(500) / 1000;
    u32::try_from(seconds).unwrap_or(u32::MAX).min(MAX_ATTEMPT_SECONDS)
}

/// One run of a pupil's program (or one round of another level kind), as the teacher will
/// see it later.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    /// The program that ran, in the readable notation (coding levels only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<Program>,
    /// How it ended (stored as its code, e.g. `reached_goal`, `hit_wall`, `sorted`).
    pub outcome: AttemptOutcome,
    /// What the pupil chose, in order (ids of cards, parts or replies), for answer levels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<String>,
    /// Wrong choices made (answer levels).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub mistakes: u32,
    /// Steps the robot ran.
    #[serde(default)]
    pub steps: u32,
    /// Seconds from opening the level (or the previous attempt) to this run, on the device's
    /// wall clock ([`attempt_seconds`]).
    #[serde(default)]
    pub seconds: u32,
    /// Hints shown before this attempt (0–3).
    #[serde(default)]
    pub hints: u8,
    /// Stars earned; 0 when the attempt did not solve the level.
    #[serde(default)]
    pub stars: u8,
    /// When it happened (milliseconds since 1970; 0 in records from before schema 3): tells
    /// attempts apart when a pupil's records from two tablets are merged.
    #[serde(default, skip_serializing_if = "is_zero64")]
    pub at: u64,
    /// The teacher's assignment (its id) the pupil played this under, if any: the teacher's
    /// page filters its class grid by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
}

impl Progress {
    /// Records a completed level. Returns whether the stars beat the previous best.
    pub fn record_completion(&mut self, level: &str, stars: u8) -> bool {
        let stars = stars.clamp(1, 3);
        let record = self.levels.entry(level.to_owned()).or_default();
        record.completions = record.completions.saturating_add(1);
        let improved = stars > record.best_stars;
        record.best_stars = record.best_stars.max(stars);
        improved
    }

    /// Records an attempt; a solved one (stars > 0) also counts as a completion. Returns
    /// whether the stars beat the previous best. Keeps at most
    /// [`MAX_ANSWERS`](crate::core::class::limits::MAX_ANSWERS) answers, so every reader of
    /// the pupil's files accepts the attempt.
    pub fn record_attempt(&mut self, level: &str, mut attempt: Attempt) -> bool {
        // A pupil may tap on and on in one round.
        attempt.answers.truncate(crate::core::class::limits::MAX_ANSWERS);
        let stars = attempt.stars;
        let record = self.levels.entry(level.to_owned()).or_default();
        record.attempts_total = record.attempts_total.saturating_add(1);
        record.attempts.push(attempt);
        if record.attempts.len() > ATTEMPTS_KEPT {
            let extra = record.attempts.len() - ATTEMPTS_KEPT;
            record.attempts.drain(..extra);
        }
        stars > 0 && self.record_completion(level, stars)
    }

    /// Best stars for a level, 0 if never completed.
    pub fn best_stars(&self, level: &str) -> u8 {
        self.levels.get(level).map_or(0, |r| r.best_stars)
    }

    /// Whether a level has been completed at least once.
    pub fn is_completed(&self, level: &str) -> bool {
        self.best_stars(level) > 0
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_zero64(n: &u64) -> bool {
    *n == 0
}

impl Progress {
    /// Combines another record of the same pupil (from another tablet) into this one: best
    /// stars are the better of both, attempts are the union (oldest first, the latest
    /// [`ATTEMPTS_KEPT`]), and counts grow only by attempts this record has not seen.
    /// Merging the same record twice changes nothing.
    pub fn merge(&mut self, other: &Progress) {
        if self.language.is_none() {
            self.language.clone_from(&other.language);
        }
        for (id, theirs) in &other.levels {
            let ours = self.levels.entry(id.clone()).or_default();
            *ours = LevelRecord::merged(ours, theirs);
        }
    }
}

impl LevelRecord {
    fn merged(a: &LevelRecord, b: &LevelRecord) -> LevelRecord {
        let (big, small) = if a.attempts_total >= b.attempts_total { (a, b) } else { (b, a) };
        // New are the attempts only the smaller record has, made since the bigger record's
        // oldest kept one (older ones it may have let go of). Attempts without a time come
        // from before merging existed (schemas 1–2): they are history both copies share.
        let oldest_kept = big.attempts.first().map_or(0, |x| x.at);
        let new: Vec<&Attempt> =
            small.attempts.iter().filter(|x| x.at > 0 && x.at >= oldest_kept && !big.attempts.contains(x)).collect();
        let mut attempts = big.attempts.clone();
        attempts.extend(new.iter().map(|x| (*x).clone()));
        attempts.sort_by_key(|x| x.at);
        if attempts.len() > ATTEMPTS_KEPT {
            attempts.drain(..attempts.len() - ATTEMPTS_KEPT);
        }
        let new_total = u32::try_from(new.len()).unwrap_or(u32::MAX);
        let new_solved = u32::try_from(new.iter().filter(|x| x.stars > 0).count()).unwrap_or(u32::MAX);
        LevelRecord {
            best_stars: a.best_stars.max(b.best_stars),
            completions: big.completions.saturating_add(new_solved).max(small.completions),
            attempts_total: big.attempts_total.saturating_add(new_total),
            attempts,
        }
    }
}

/// The stored envelope: the schema version beside the data it describes.
#[derive(Serialize)]
struct Envelope<'a> {
    schema: u32,
    progress: &'a Progress,
}

/// Why stored progress could not be read.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum DecodeError {
    /// Written by a newer Byte Bridge; this build must not touch it.
    #[error("saved by a newer version (schema {0})")]
    NewerVersion(u32),
    /// Not a progress record at all (cut off, edited, or overwritten).
    #[error("damaged: {0}")]
    Damaged(String),
}

/// Serialises progress with the current schema version.
pub fn encode(progress: &Progress) -> String {
    // Serialising plain maps and strings cannot fail; fall back to an empty record just in case.
    serde_json::to_string(&Envelope { schema: SCHEMA_VERSION, progress })
        .unwrap_or_else(|_| format!("{{\"schema\":{SCHEMA_VERSION},\"progress\":{{}}}}"))
}

/// Reads stored progress of any known schema version, migrating it to the current one.
pub fn decode(text: &str) -> Result<Progress, DecodeError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| DecodeError::Damaged(e.to_string()))?;
    let schema = value
        .get("schema")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| DecodeError::Damaged("no schema version".to_owned()))?;
    let schema = u32::try_from(schema).map_err(|_| DecodeError::NewerVersion(u32::MAX))?;
    if schema > SCHEMA_VERSION {
        return Err(DecodeError::NewerVersion(schema));
    }
    let mut value = value;
    // Migrations run in order, each lifting the record one version. Each step keeps every
    // field it does not understand.
    let mut version = schema;
    while version < SCHEMA_VERSION {
        value = migrate_step(version, value)?;
        version += 1;
    }
    let data = value.get("progress").cloned().ok_or_else(|| DecodeError::Damaged("no progress field".to_owned()))?;
    serde_json::from_value(data).map_err(|e| DecodeError::Damaged(e.to_string()))
}

fn migrate_step(from: u32, mut value: serde_json::Value) -> Result<serde_json::Value, DecodeError> {
    match from {
        // 1 → 2: level records gain `attempts_total` and `attempts`. A v1 record had none
        // kept, so its completions are the best count of attempts known.
        1 => {
            if let Some(levels) = value.pointer_mut("/progress/levels").and_then(|l| l.as_object_mut()) {
                for record in levels.values_mut() {
                    if let Some(record) = record.as_object_mut() {
                        let completions = record.get("completions").cloned().unwrap_or(serde_json::json!(0));
                        record.entry("attempts_total").or_insert(completions);
                        record.entry("attempts").or_insert(serde_json::json!([]));
                    }
                }
            }
            value["schema"] = serde_json::json!(2);
            Ok(value)
        }
        _ => Err(DecodeError::Damaged(format!("schema {from} is unknown"))),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn attempt_time_is_wall_clock_time_rounded_and_capped() {
        use super::{MAX_ATTEMPT_SECONDS, attempt_seconds};
        assert_eq!(attempt_seconds(1_000, 21_400), 20);
        assert_eq!(attempt_seconds(1_000, 21_600), 21);
        assert_eq!(attempt_seconds(5_000, 1_000), 0, "a clock set back");
        assert_eq!(attempt_seconds(0, 9 * 3_600_000), MAX_ATTEMPT_SECONDS, "a night asleep");
        assert_eq!(attempt_seconds(0, u64::MAX), MAX_ATTEMPT_SECONDS);
    }

    use super::*;

    #[test]
    fn best_stars_only_go_up() {
        let mut p = Progress::default();
        assert!(p.record_completion("a", 2));
        assert!(!p.record_completion("a", 1));
        assert!(p.record_completion("a", 3));
        assert_eq!(p.best_stars("a"), 3);
        assert_eq!(p.levels["a"].completions, 3);
        assert!(p.is_completed("a"));
        assert!(!p.is_completed("b"));
    }

    #[test]
    fn round_trip_keeps_everything() {
        let mut p = Progress { language: Some("uk".into()), ..Default::default() };
        p.record_completion("robot-first-steps", 3);
        assert_eq!(decode(&encode(&p)), Ok(p));
    }

    #[test]
    fn every_kept_fixture_still_loads() {
        // One fixture per schema version ever shipped; never delete one.
        let v1 = include_str!("../../../tests/fixtures/progress-v1.json");
        let p = decode(v1).expect("v1 fixture loads");
        assert_eq!(p.best_stars("robot-first-steps"), 3);
        assert_eq!(p.best_stars("share-or-keep"), 2);
        assert_eq!(p.language.as_deref(), Some("de"));
        assert_eq!(p.levels["robot-first-steps"].attempts_total, 2, "migrated from completions");
        let v2 = include_str!("../../../tests/fixtures/progress-v2.json");
        let p = decode(v2).expect("v2 fixture loads");
        let attempts = &p.levels["loop-first-loop"].attempts;
        assert_eq!(attempts.len(), 2);
        assert_eq!(attempts[1].program.as_ref().map(Program::size), Some(2));
        assert_eq!(attempts[0].outcome, AttemptOutcome::OutOfCommands);
        // Codes are written back exactly as they were read: an attempt's xAPI id depends on it.
        let written = serde_json::to_value(&p.levels["loop-first-loop"]).expect("writes");
        let read: serde_json::Value = serde_json::from_str(v2).expect("json");
        assert_eq!(
            written["attempts"][0]["outcome"],
            read["progress"]["levels"]["loop-first-loop"]["attempts"][0]["outcome"]
        );
    }

    #[test]
    fn attempts_keep_the_program_and_only_the_latest_few() {
        let mut p = Progress::default();
        let program: Program = serde_json::from_str(r#"{"main":"5{F}"}"#).expect("valid");
        for i in 0..(ATTEMPTS_KEPT as u32 + 5) {
            let attempt =
                Attempt { program: Some(program.clone()), outcome: "hit_wall".into(), steps: i, ..Default::default() };
            assert!(!p.record_attempt("l", attempt));
        }
        let solved = Attempt {
            program: Some(program),
            outcome: "reached_goal".into(),
            stars: 3,
            hints: 1,
            ..Default::default()
        };
        assert!(p.record_attempt("l", solved));
        let record = &p.levels["l"];
        assert_eq!(record.attempts.len(), ATTEMPTS_KEPT);
        assert_eq!(record.attempts_total, ATTEMPTS_KEPT as u32 + 6);
        assert_eq!(record.attempts[0].steps, 6, "the oldest went first");
        assert_eq!(record.completions, 1);
        assert_eq!(decode(&encode(&p)), Ok(p));
    }

    fn attempt(at: u64, stars: u8) -> Attempt {
        Attempt { outcome: if stars > 0 { "reached_goal" } else { "hit_wall" }.into(), at, stars, ..Default::default() }
    }

    #[test]
    fn merging_copies_that_went_their_own_ways_counts_each_attempt_once() {
        // Both copies share one solved attempt; B solved it once more, A failed three times.
        let mut shared = Progress::default();
        shared.record_attempt("l", attempt(1, 2));
        let mut a = shared.clone();
        let mut b = shared.clone();
        b.record_attempt("l", attempt(5, 3));
        for at in [2, 3, 4] {
            a.record_attempt("l", attempt(at, 0));
        }
        let mut merged = a.clone();
        merged.merge(&b);
        let record = &merged.levels["l"];
        assert_eq!(record.attempts_total, 5);
        assert_eq!(record.completions, 2);
        assert_eq!(record.best_stars, 3);
        assert_eq!(record.attempts.iter().map(|x| x.at).collect::<Vec<_>>(), vec![1, 2, 3, 4, 5]);
        // Either way round, and again, gives the same.
        let mut other = b.clone();
        other.merge(&a);
        assert_eq!(other.levels, merged.levels);
        let again = merged.clone();
        merged.merge(&a);
        merged.merge(&b);
        assert_eq!(merged, again);
    }

    #[test]
    fn old_attempts_without_times_are_never_counted_twice() {
        // A schema 2 record with a full list of attempts, migrated on two tablets.
        let v2 = include_str!("../../../tests/fixtures/progress-v2.json");
        let mut p = decode(v2).expect("loads");
        let record = p.levels.get_mut("loop-first-loop").expect("level");
        for i in 0..ATTEMPTS_KEPT {
            record.attempts.push(Attempt { outcome: "hit_wall".into(), steps: i as u32, ..Default::default() });
        }
        record.attempts_total = 40;
        record.attempts.drain(..record.attempts.len() - ATTEMPTS_KEPT);
        let copy = p.clone();
        for _ in 0..3 {
            p.merge(&copy);
        }
        assert_eq!(p, copy);
    }

    #[test]
    fn newer_and_damaged_records_are_told_apart() {
        assert_eq!(decode(r#"{"schema":99,"progress":{}}"#), Err(DecodeError::NewerVersion(99)));
        assert!(matches!(decode("{\"schema\":1,\"progress\":{\"levels\":5}}"), Err(DecodeError::Damaged(_))));
        assert!(matches!(decode("{\"sche"), Err(DecodeError::Damaged(_))));
        assert!(matches!(decode("[]"), Err(DecodeError::Damaged(_))));
    }
}

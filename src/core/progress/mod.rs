//! What a pupil has achieved, and how it is stored: a versioned record with migrations, so
//! saved progress is never silently dropped when the format grows.

pub mod store;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use thiserror::Error;

pub use store::{DAMAGED_KEY, KeyValueStore, MemoryStore, PROGRESS_KEY, ProgressStore, StorageNotice, StoreError};

/// The storage format version written by this build. Raise it together with a migration
/// step in [`decode`] and a fixture of the old version under `tests/fixtures/`.
pub const SCHEMA_VERSION: u32 = 1;

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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelRecord {
    /// Best stars earned, 1–3.
    pub best_stars: u8,
    /// How many times the level was completed.
    pub completions: u32,
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

    /// Best stars for a level, 0 if never completed.
    pub fn best_stars(&self, level: &str) -> u8 {
        self.levels.get(level).map_or(0, |r| r.best_stars)
    }

    /// Whether a level has been completed at least once.
    pub fn is_completed(&self, level: &str) -> bool {
        self.best_stars(level) > 0
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
    // Migrations run in order, each lifting the record one version (none exist yet: schema 1
    // is the first). Each step keeps every field it does not understand.
    let mut version = schema;
    while version < SCHEMA_VERSION {
        value = migrate_step(version, value)?;
        version += 1;
    }
    let data = value.get("progress").cloned().ok_or_else(|| DecodeError::Damaged("no progress field".to_owned()))?;
    serde_json::from_value(data).map_err(|e| DecodeError::Damaged(e.to_string()))
}

fn migrate_step(from: u32, _value: serde_json::Value) -> Result<serde_json::Value, DecodeError> {
    Err(DecodeError::Damaged(format!("schema {from} is unknown")))
}

#[cfg(test)]
mod tests {
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
    }

    #[test]
    fn newer_and_damaged_records_are_told_apart() {
        assert_eq!(decode(r#"{"schema":99,"progress":{}}"#), Err(DecodeError::NewerVersion(99)));
        assert!(matches!(decode("{\"schema\":1,\"progress\":{\"levels\":5}}"), Err(DecodeError::Damaged(_))));
        assert!(matches!(decode("{\"sche"), Err(DecodeError::Damaged(_))));
        assert!(matches!(decode("[]"), Err(DecodeError::Damaged(_))));
    }
}

//! The teacher's class data, kept only in the teacher's browser: the assignments made there,
//! every pupil brought in from files and QR codes, and the teacher's own notes (real names),
//! which are never exported unless the teacher asks.
//!
//! Bringing in the same file twice changes nothing: a pupil's records merge like the
//! tablet's own (`Progress::merge`), which counts each attempt once.
//!
//! This file holds the data and bringing pupils in; what the page shows of it is in
//! [`views`] (grid, attempt detail, per-level summary, program tiles), what it downloads in
//! [`exports`] (CSV, xAPI).

mod exports;
mod views;

pub use views::{
    AttemptView, Detail, Grid, GridCell, GridRow, LevelHead, LevelStats, Problem, ProgramTiles, Tile, avatar_text,
    nickname_text, tiles,
};

use super::assignment::Assignment;
use super::compact::{LevelSummary, Summary};
use super::report::{Report, ReportError, Seal};
use crate::core::i18n::Localizer;
use crate::core::level::{Catalog, Level};
use crate::core::profiles::{Avatar, Nickname, PICTURES};
use crate::core::progress::Progress;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The stored class data's version.
pub const VERSION: u32 = 1;

/// Everything the teacher's page keeps.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClassBook {
    #[serde(default)]
    pub version: u32,
    /// Assignments made on this page, newest last (with their class keys).
    #[serde(default)]
    pub assignments: Vec<Assignment>,
    /// Pupils by their pseudonymous id.
    #[serde(default)]
    pub pupils: BTreeMap<String, PupilEntry>,
    /// The teacher's notes (a real name) by pupil id: never in a file unless asked.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    /// The language the teacher chose on the page, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// One pupil as the teacher knows them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PupilEntry {
    pub nickname: Nickname,
    pub avatar: Avatar,
    /// The xAPI home page of the pupil's account.
    #[serde(default)]
    pub home: String,
    /// Assignment ids the pupil's files or codes came under.
    #[serde(default)]
    pub classes: BTreeSet<String>,
    /// Whether any file or code from this pupil did not match its signature.
    #[serde(default)]
    pub altered: bool,
    /// Everything from files, merged.
    #[serde(default)]
    pub progress: Progress,
    /// Per level, what QR codes said (the highest seen of each number).
    #[serde(default)]
    pub summary: BTreeMap<String, StoredSummary>,
    /// When the newest file or code was made: its nickname and avatar win.
    #[serde(default)]
    pub seen: u64,
}

/// A QR code's numbers for one level.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredSummary {
    pub stars: u8,
    pub attempts: u32,
    pub hints: u32,
    pub seconds: u32,
}

/// How an import went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportStatus {
    /// Signed with the class key, and unchanged.
    Signed,
    /// Not signed (the class wants no signature, or this page does not know the class).
    Unsigned,
    /// Changed after the game wrote it (or its signature was removed).
    Altered,
    /// A QR code's summary, unsigned or not checkable here.
    Summary,
}

/// What one import did.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportOutcome {
    pub pupil: String,
    pub nickname: Nickname,
    pub status: ImportStatus,
    /// Attempts not seen before (0 when the same file comes twice).
    pub new_attempts: u32,
}

/// Why stored class data could not be used as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadProblem {
    Damaged,
    Newer,
}

impl ClassBook {
    /// Reads what the page stored (`None`: a first visit). Data that cannot be read gives an
    /// empty book and the problem; the page keeps the old text aside, never drops it.
    pub fn load(stored: Option<&str>) -> (ClassBook, Option<LoadProblem>) {
        let empty = ClassBook { version: VERSION, ..ClassBook::default() };
        let Some(text) = stored else { return (empty, None) };
        let version = serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|v| v.get("version").and_then(serde_json::Value::as_u64));
        match version {
            Some(v) if v > u64::from(VERSION) => (empty, Some(LoadProblem::Newer)),
            Some(_) => match serde_json::from_str::<ClassBook>(text) {
                Ok(book) => (book, None),
                Err(_) => (empty, Some(LoadProblem::Damaged)),
            },
            None => (empty, Some(LoadProblem::Damaged)),
        }
    }

    /// The text to store.
    pub fn save(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The assignment with this id.
    pub fn assignment(&self, id: &str) -> Option<&Assignment> {
        self.assignments.iter().find(|a| a.id == id)
    }

    fn key_for(&self, class: Option<&str>) -> Option<&str> {
        class.and_then(|id| self.assignment(id)).and_then(|a| a.key.as_deref())
    }

    /// The class keys this page holds for any of `classes`.
    fn keys_for<'a>(&self, classes: impl IntoIterator<Item = &'a String>) -> Vec<String> {
        let mut keys: Vec<String> =
            classes.into_iter().filter_map(|id| self.key_for(Some(id))).map(str::to_owned).collect();
        keys.dedup();
        keys
    }

    /// Brings in a pupil's file.
    ///
    /// Every class the file names (its own, and each attempt's) that this page holds a key
    /// for asks for a signature: a file whose signature does not check with one of them is
    /// Altered, also when the signature or the file's class was removed or changed.
    pub fn import_file(&mut self, bytes: &[u8]) -> Result<ImportOutcome, ReportError> {
        let report = Report::read(bytes)?;
        let payload = &report.payload;
        let mut classes: BTreeSet<String> = payload.class.iter().map(|c| c.id.clone()).collect();
        classes
            .extend(payload.progress.levels.values().flat_map(|r| r.attempts.iter().filter_map(|a| a.class.clone())));
        let keys = self.keys_for(&classes);
        let status = if keys.is_empty() {
            ImportStatus::Unsigned
        } else if keys.iter().any(|key| report.seal(Some(key)) == Seal::Intact) {
            ImportStatus::Signed
        } else {
            ImportStatus::Altered
        };
        let before_cells = self.cells_of(&payload.pupil.id);
        let (entry, newest) =
            self.entry(&payload.pupil.id, &payload.pupil.nickname, &payload.pupil.avatar, payload.exported);
        if newest && !payload.home.is_empty() {
            entry.home.clone_from(&payload.home);
        }
        entry.classes.extend(classes);
        entry.altered |= status == ImportStatus::Altered;
        entry.progress.merge(&payload.progress);
        let new_attempts = self.new_attempts(&payload.pupil.id, &before_cells);
        let nickname =
            self.pupils.get(&payload.pupil.id).map_or_else(|| payload.pupil.nickname.clone(), |e| e.nickname.clone());
        Ok(ImportOutcome { pupil: payload.pupil.id.clone(), nickname, status, new_attempts })
    }

    /// Brings in a scanned QR code. `known` lists the level ids this version has. Like a
    /// file, a code must be signed with a key of any class this page knows for it: the code's
    /// own, or one the pupil's earlier files or codes came under.
    pub fn import_code(&mut self, text: &str, known: &[&str]) -> Result<ImportOutcome, super::compact::CodeError> {
        let summary = Summary::read(text, known)?;
        let mut classes: BTreeSet<String> = summary.class.iter().cloned().collect();
        if let Some(entry) = self.pupils.get(&summary.pupil) {
            classes.extend(entry.classes.iter().cloned());
        }
        let keys = self.keys_for(&classes);
        let status = if keys.is_empty() {
            ImportStatus::Summary
        } else if keys.iter().any(|key| summary.verify(key)) {
            ImportStatus::Signed
        } else {
            ImportStatus::Altered
        };
        let before_cells = self.cells_of(&summary.pupil);
        let (entry, _) = self.entry(&summary.pupil, &summary.nickname, &summary.avatar, summary.made);
        entry.classes.extend(summary.class.clone());
        entry.altered |= status == ImportStatus::Altered;
        for (level, line) in &summary.levels {
            let LevelSummary { stars, attempts, hints, seconds } = *line;
            let stored = entry.summary.entry(level.clone()).or_default();
            stored.stars = stored.stars.max(stars);
            stored.attempts = stored.attempts.max(attempts);
            stored.hints = stored.hints.max(hints);
            stored.seconds = stored.seconds.max(seconds);
        }
        let new_attempts = self.new_attempts(&summary.pupil, &before_cells);
        let nickname = self.pupils.get(&summary.pupil).map_or_else(|| summary.nickname.clone(), |e| e.nickname.clone());
        Ok(ImportOutcome { pupil: summary.pupil.clone(), nickname, status, new_attempts })
    }

    /// A pupil's attempts per level as the grid counts them (files and codes together).
    fn cells_of(&self, pupil: &str) -> BTreeMap<String, u32> {
        let Some(entry) = self.pupils.get(pupil) else { return BTreeMap::new() };
        entry
            .progress
            .levels
            .keys()
            .chain(entry.summary.keys())
            .filter_map(|level| Some((level.clone(), self.cell(pupil, level)?.attempts)))
            .collect()
    }

    /// How many attempts the grid counts now that it did not before.
    fn new_attempts(&self, pupil: &str, before: &BTreeMap<String, u32>) -> u32 {
        self.cells_of(pupil)
            .iter()
            .map(|(level, now)| now.saturating_sub(before.get(level).copied().unwrap_or(0)))
            .fold(0, u32::saturating_add)
    }

    /// The pupil's entry, made if new; the nickname and avatar of the newest file or code
    /// win (words this version does not know never replace known ones). Also says whether
    /// `made` is the newest seen.
    fn entry(&mut self, id: &str, nickname: &Nickname, avatar: &Avatar, made: u64) -> (&mut PupilEntry, bool) {
        let entry = self.pupils.entry(id.to_owned()).or_insert_with(|| PupilEntry {
            nickname: nickname.clone(),
            avatar: avatar.clone(),
            home: String::new(),
            classes: BTreeSet::new(),
            altered: false,
            progress: Progress::default(),
            summary: BTreeMap::new(),
            seen: 0,
        });
        let newest = made >= entry.seen;
        if newest {
            if nickname.is_known() || !entry.nickname.is_known() {
                entry.nickname = nickname.clone();
            }
            if PICTURES.contains(&avatar.picture.as_str()) || !PICTURES.contains(&entry.avatar.picture.as_str()) {
                entry.avatar = avatar.clone();
            }
            entry.seen = made;
        }
        (entry, newest)
    }

    /// Sets (or, with empty text, removes) the teacher's note for a pupil.
    pub fn set_note(&mut self, pupil: &str, note: &str) {
        let note: String = note.chars().filter(|c| !c.is_control()).take(80).collect::<String>().trim().to_owned();
        if note.is_empty() {
            self.notes.remove(pupil);
        } else {
            self.notes.insert(pupil.to_owned(), note);
        }
    }

    /// The numbers of one pupil's level: files and codes together, `None` if never played.
    pub fn cell(&self, pupil: &str, level: &str) -> Option<StoredSummary> {
        let entry = self.pupils.get(pupil)?;
        let record = entry.progress.levels.get(level);
        let code = entry.summary.get(level);
        if record.is_none() && code.is_none() {
            return None;
        }
        let (kept_hints, kept_seconds) = record.map_or((0, 0), |r| {
            r.attempts
                .iter()
                .fold((0u32, 0u32), |(h, s), a| (h.saturating_add(u32::from(a.hints)), s.saturating_add(a.seconds)))
        });
        let code = code.copied().unwrap_or_default();
        Some(StoredSummary {
            stars: record.map_or(0, |r| r.best_stars).max(code.stars),
            attempts: record
                .map_or(0, |r| r.attempts_total.max(u32::try_from(r.attempts.len()).unwrap_or(0)))
                .max(code.attempts),
            hints: kept_hints.max(code.hints),
            seconds: kept_seconds.max(code.seconds),
        })
    }

    /// The pupils in view (all, or those who played under the assignment), by nickname.
    fn pupils_in(&self, assignment: Option<&Assignment>, loc: &Localizer) -> Vec<(&String, &PupilEntry, String)> {
        let mut pupils: Vec<_> = self
            .pupils
            .iter()
            .filter(|(_, p)| assignment.is_none_or(|a| p.classes.contains(&a.id)))
            .map(|(id, p)| (id, p, nickname_text(loc, &p.nickname)))
            .collect();
        pupils.sort_by(|a, b| a.2.cmp(&b.2).then(a.0.cmp(b.0)));
        pupils
    }

    /// The levels in view: the assignment's, or every level anyone in view has played, in
    /// the course's order.
    fn levels_in<'c>(&self, assignment: Option<&Assignment>, catalog: &'c Catalog) -> Vec<&'c Level> {
        match assignment {
            Some(a) => a.levels.iter().filter_map(|id| catalog.levels().find(|l| &l.id == id)).collect(),
            None => catalog
                .levels()
                .filter(|l| {
                    self.pupils.values().any(|p| p.progress.levels.contains_key(&l.id) || p.summary.contains_key(&l.id))
                })
                .collect(),
        }
    }
}

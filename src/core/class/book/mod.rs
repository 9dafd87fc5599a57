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
    AttemptView, CodeLineView, Detail, Grid, GridCell, GridRow, LevelHead, LevelStats, Problem, ProgramTiles, Tile,
    avatar_text, code, nickname_text, tiles,
};

use super::assignment::Assignment;
use super::compact::{LevelSummary, Summary};
use super::limits::{self, MAX_RECORD_BYTES, RecordError};
use super::report::{Report, ReportError, Seal};
use crate::core::i18n::Localizer;
use crate::core::level::{Catalog, Level};
use crate::core::profiles::{Avatar, Nickname, PICTURES};
use crate::core::progress::{LevelRecord, Progress};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// The stored class data's version. 2: results that could not be checked are kept apart
/// (`PupilEntry::unchecked`), so a page of version 1 would drop them when saving. 3: the
/// teacher's own levels (`made`), which a page of version 2 would drop.
pub const VERSION: u32 = 3;

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
    /// Levels the teacher made, proven (`core::level::made`), in the library's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub made: Vec<crate::core::level::MadeLevel>,
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
    /// Whether a file or code of this pupil checked with a class key: from then on only
    /// checked results count.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub signed: bool,
    /// Everything from files that checked with a class key or wanted none, merged.
    #[serde(default)]
    pub progress: Progress,
    /// Per level, what such QR codes said (the highest seen of each number).
    #[serde(default)]
    pub summary: BTreeMap<String, StoredSummary>,
    /// What came from files and codes no class key here could check. It counts only while
    /// the pupil is known under no signed class (see [`ClassBook::under_signature`]): unsigned
    /// data never raises a cell of a pupil whose files are signed.
    #[serde(default, skip_serializing_if = "Unchecked::is_empty")]
    pub unchecked: Unchecked,
    /// When the newest file or code was made: its nickname and avatar win.
    #[serde(default)]
    pub seen: u64,
}

/// Results that no class key on this page could check.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Unchecked {
    #[serde(default)]
    pub progress: Progress,
    #[serde(default)]
    pub summary: BTreeMap<String, StoredSummary>,
}

impl Unchecked {
    fn is_empty(&self) -> bool {
        self.progress.levels.is_empty() && self.summary.is_empty()
    }
}

/// How a file or code stands against the class keys this page holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Check {
    /// Its signature checks with the key it must check with.
    Signed,
    /// No key here could check it, and none wants to.
    Unchecked,
    /// A key wants a signature, and the file's or code's does not check with it.
    Altered,
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
    /// Not checked: not signed, or signed for a class whose key this page does not hold, and
    /// neither the file's classes nor the pupil's earlier files want a signature here.
    Unsigned,
    /// Changed after the game wrote it (or its signature was removed or does not fit its
    /// class): flagged, and nothing from it counts.
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
                Ok(book) => (ClassBook { version: VERSION, ..book }, None),
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

    fn key_for(&self, class: &str) -> Option<&str> {
        self.assignment(class).and_then(|a| a.key.as_deref())
    }

    /// Whether the pupil is known under a signed class: a file or code of theirs checked with
    /// a class key, or one named a class this page holds a key for. Then only checked results
    /// count.
    pub fn under_signature(&self, entry: &PupilEntry) -> bool {
        entry.signed || entry.classes.iter().any(|c| self.key_for(c).is_some())
    }

    /// One rule for files and codes. One that names a class this page made with a key is
    /// checked with that key only. Otherwise its signature is tried with every class key the
    /// page holds. One that checks with none is Altered when a signature is wanted: it names a
    /// class this page holds a key for (its own or an attempt's), or the pupil is known under
    /// a signed class. Else nothing here can check it.
    fn check(
        &self,
        pupil: &str,
        claimed: Option<&str>,
        named: &BTreeSet<String>,
        verifies: impl Fn(&str) -> bool,
    ) -> Check {
        if let Some(key) = claimed.and_then(|id| self.key_for(id)) {
            return if verifies(key) { Check::Signed } else { Check::Altered };
        }
        if self.assignments.iter().filter_map(|a| a.key.as_deref()).any(verifies) {
            return Check::Signed;
        }
        let wanted = named.iter().any(|c| self.key_for(c).is_some())
            || self.pupils.get(pupil).is_some_and(|entry| self.under_signature(entry));
        if wanted { Check::Altered } else { Check::Unchecked }
    }

    /// Brings in a pupil's file, checked as [`ClassBook::check`] says. A signed file's results
    /// count; an unchecked one's count only while the pupil is known under no signed class; an
    /// altered one only flags the pupil. `known` lists the level ids this version has: the
    /// pupil's record, before and after merging, stays within [`limits::check_record`] (the
    /// check a tablet makes of a players file too), or the file is refused and nothing changes.
    pub fn import_file(&mut self, bytes: &[u8], known: &[&str]) -> Result<ImportOutcome, ReportError> {
        let report = Report::read(bytes)?;
        let payload = &report.payload;
        limits::check_record(&payload.progress, |id| known.contains(&id))?;
        let claimed = payload.class.as_ref().map(|c| c.id.as_str());
        let mut classes: BTreeSet<String> = claimed.iter().map(|c| (*c).to_owned()).collect();
        classes
            .extend(payload.progress.levels.values().flat_map(|r| r.attempts.iter().filter_map(|a| a.class.clone())));
        let check = self.check(&payload.pupil.id, claimed, &classes, |key| report.seal(Some(key)) == Seal::Intact);
        let status = match check {
            Check::Signed => ImportStatus::Signed,
            Check::Unchecked => ImportStatus::Unsigned,
            Check::Altered => ImportStatus::Altered,
        };
        let merged = match check {
            Check::Altered => None,
            _ => Some(self.merged_within(&payload.pupil.id, &payload.progress, check == Check::Signed, known)?),
        };
        let before_cells = self.cells_of(&payload.pupil.id);
        // An altered file never renames the pupil.
        let made = if check == Check::Altered { 0 } else { payload.exported };
        let (entry, newest) = self.entry(&payload.pupil.id, &payload.pupil.nickname, &payload.pupil.avatar, made);
        if newest && check != Check::Altered && !payload.home.is_empty() {
            entry.home.clone_from(&payload.home);
        }
        entry.classes.extend(classes);
        match (check, merged) {
            (Check::Signed, Some(merged)) => {
                entry.signed = true;
                entry.progress = merged;
            }
            (Check::Unchecked, Some(merged)) => entry.unchecked.progress = merged,
            _ => entry.altered = true,
        }
        let new_attempts = self.new_attempts(&payload.pupil.id, &before_cells);
        let nickname =
            self.pupils.get(&payload.pupil.id).map_or_else(|| payload.pupil.nickname.clone(), |e| e.nickname.clone());
        Ok(ImportOutcome { pupil: payload.pupil.id.clone(), nickname, status, new_attempts })
    }

    /// Brings in a scanned QR code. `known` lists the level ids this version has. Checked like
    /// a file ([`ClassBook::check`]): its own class, or any the pupil's earlier files or codes
    /// came under.
    pub fn import_code(&mut self, text: &str, known: &[&str]) -> Result<ImportOutcome, super::compact::CodeError> {
        let summary = Summary::read(text, known)?;
        let classes: BTreeSet<String> = summary.class.iter().cloned().collect();
        let check = self.check(&summary.pupil, summary.class.as_deref(), &classes, |key| summary.verify(key));
        let status = match check {
            Check::Signed => ImportStatus::Signed,
            Check::Unchecked => ImportStatus::Summary,
            Check::Altered => ImportStatus::Altered,
        };
        let before_cells = self.cells_of(&summary.pupil);
        let made = if check == Check::Altered { 0 } else { summary.made };
        let (entry, _) = self.entry(&summary.pupil, &summary.nickname, &summary.avatar, made);
        entry.classes.extend(classes);
        let codes = match check {
            Check::Signed => {
                entry.signed = true;
                Some(&mut entry.summary)
            }
            Check::Unchecked => Some(&mut entry.unchecked.summary),
            Check::Altered => {
                entry.altered = true;
                None
            }
        };
        if let Some(codes) = codes {
            for (level, line) in &summary.levels {
                let LevelSummary { stars, attempts, hints, seconds } = *line;
                let stored = codes.entry(level.clone()).or_default();
                stored.stars = stored.stars.max(stars);
                stored.attempts = stored.attempts.max(attempts);
                stored.hints = stored.hints.max(hints);
                stored.seconds = stored.seconds.max(seconds);
            }
        }
        let new_attempts = self.new_attempts(&summary.pupil, &before_cells);
        let nickname = self.pupils.get(&summary.pupil).map_or_else(|| summary.nickname.clone(), |e| e.nickname.clone());
        Ok(ImportOutcome { pupil: summary.pupil.clone(), nickname, status, new_attempts })
    }

    /// The pupil's checked (or unchecked) record with `incoming` merged in, if the pupil then
    /// stays within the limits: [`limits::check_record`], and both records together at most
    /// [`MAX_RECORD_BYTES`].
    fn merged_within(
        &self,
        pupil: &str,
        incoming: &Progress,
        checked: bool,
        known: &[&str],
    ) -> Result<Progress, RecordError> {
        let entry = self.pupils.get(pupil);
        let (mut merged, other) = match entry {
            Some(entry) if checked => (entry.progress.clone(), Some(&entry.unchecked.progress)),
            Some(entry) => (entry.unchecked.progress.clone(), Some(&entry.progress)),
            None => (Progress::default(), None),
        };
        merged.merge(incoming);
        limits::check_record(&merged, |id| known.contains(&id))?;
        let size = |p: &Progress| serde_json::to_string(p).map_or(usize::MAX, |t| t.len());
        let bytes = size(&merged).saturating_add(other.filter(|o| !o.levels.is_empty()).map_or(0, size));
        if bytes > MAX_RECORD_BYTES {
            return Err(RecordError::TooMuch(format!("{bytes} bytes for one pupil")));
        }
        Ok(merged)
    }

    /// One level of a pupil's results as the page counts them: the checked record, and while
    /// the pupil is known under no signed class, what came unchecked too.
    pub(crate) fn record_of<'a>(&self, entry: &'a PupilEntry, level: &str) -> Option<Cow<'a, LevelRecord>> {
        let checked = entry.progress.levels.get(level);
        let unchecked = if self.under_signature(entry) { None } else { entry.unchecked.progress.levels.get(level) };
        match (checked, unchecked) {
            (Some(record), None) | (None, Some(record)) => Some(Cow::Borrowed(record)),
            (Some(a), Some(b)) => {
                let mut merged = Progress::default();
                merged.levels.insert(level.to_owned(), a.clone());
                merged.merge(&Progress { language: None, levels: BTreeMap::from([(level.to_owned(), b.clone())]) });
                merged.levels.remove(level).map(Cow::Owned)
            }
            (None, None) => None,
        }
    }

    /// All of a pupil's results as the page counts them (see [`ClassBook::record_of`]).
    pub(crate) fn progress_of<'a>(&self, entry: &'a PupilEntry) -> Cow<'a, Progress> {
        if entry.unchecked.progress.levels.is_empty() || self.under_signature(entry) {
            Cow::Borrowed(&entry.progress)
        } else {
            let mut merged = entry.progress.clone();
            merged.merge(&entry.unchecked.progress);
            Cow::Owned(merged)
        }
    }

    /// One level's QR code numbers as the page counts them (like [`ClassBook::record_of`]).
    fn code_of(&self, entry: &PupilEntry, level: &str) -> Option<StoredSummary> {
        let checked = entry.summary.get(level).copied();
        let unchecked = if self.under_signature(entry) { None } else { entry.unchecked.summary.get(level).copied() };
        match (checked, unchecked) {
            (Some(a), Some(b)) => Some(StoredSummary {
                stars: a.stars.max(b.stars),
                attempts: a.attempts.max(b.attempts),
                hints: a.hints.max(b.hints),
                seconds: a.seconds.max(b.seconds),
            }),
            (a, b) => a.or(b),
        }
    }

    /// Every level id the pupil has anything for, counted or not.
    fn levels_of(entry: &PupilEntry) -> impl Iterator<Item = &String> {
        entry
            .progress
            .levels
            .keys()
            .chain(entry.summary.keys())
            .chain(entry.unchecked.progress.levels.keys())
            .chain(entry.unchecked.summary.keys())
    }

    /// A pupil's attempts per level as the grid counts them (files and codes together).
    fn cells_of(&self, pupil: &str) -> BTreeMap<String, u32> {
        let Some(entry) = self.pupils.get(pupil) else { return BTreeMap::new() };
        Self::levels_of(entry).filter_map(|level| Some((level.clone(), self.cell(pupil, level)?.attempts))).collect()
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
            signed: false,
            progress: Progress::default(),
            summary: BTreeMap::new(),
            unchecked: Unchecked::default(),
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
        let record = self.record_of(entry, level);
        let record = record.as_deref();
        let code = self.code_of(entry, level);
        if record.is_none() && code.is_none() {
            return None;
        }
        let (kept_hints, kept_seconds) = record.map_or((0, 0), |r| {
            r.attempts
                .iter()
                .fold((0u32, 0u32), |(h, s), a| (h.saturating_add(u32::from(a.hints)), s.saturating_add(a.seconds)))
        });
        let code = code.unwrap_or_default();
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
                    self.pupils.values().any(|p| self.record_of(p, &l.id).is_some() || self.code_of(p, &l.id).is_some())
                })
                .collect(),
        }
    }
}

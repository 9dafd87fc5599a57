//! The teacher's class data, kept only in the teacher's browser: the assignments made there,
//! every pupil brought in from files and QR codes, and the teacher's own notes (real names),
//! which are never exported unless the teacher asks.
//!
//! Bringing in the same file twice changes nothing: a pupil's records merge like the
//! tablet's own (`Progress::merge`), which counts each attempt once.

use super::assignment::Assignment;
use super::compact::{LevelSummary, Summary};
use super::report::{Report, ReportError, Seal};
use crate::core::i18n::{Arg, Localizer};
use crate::core::level::{Catalog, Level};
use crate::core::profiles::{Avatar, Nickname, PICTURES, Profile};
use crate::core::program::{Block, Routine};
use crate::core::progress::{Attempt, Progress};
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
                cells: levels.iter().map(|l| self.cell(id, &l.id).map(|c| GridCell::new(c, loc))).collect(),
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
        let attempts = entry
            .progress
            .levels
            .get(level)
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
                    for attempt in entry.progress.levels.get(&level.id).map_or(&[][..], |r| &r.attempts) {
                        if attempt.stars == 0 {
                            let count = problems.entry(loc.text(outcome_message(&attempt.outcome))).or_default();
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

    /// The CSV: one row per pupil × level in view (empty numbers where not played).
    pub fn csv(
        &self,
        assignment: Option<&str>,
        separator: char,
        with_notes: bool,
        catalog: &Catalog,
        loc: &Localizer,
    ) -> String {
        let chosen = assignment.and_then(|id| self.assignment(id));
        let levels = self.levels_in(chosen, catalog);
        let mut header = vec![loc.text("class-csv-pupil-id"), loc.text("class-csv-nickname")];
        if with_notes {
            header.push(loc.text("class-csv-note"));
        }
        for id in [
            "class-csv-classes",
            "class-csv-level-id",
            "class-csv-level",
            "class-csv-stars",
            "class-csv-attempts",
            "class-csv-seconds",
            "class-csv-hints",
            "class-csv-finished",
        ] {
            header.push(loc.text(id));
        }
        let mut rows = vec![header];
        for (id, entry, nickname) in self.pupils_in(chosen, loc) {
            let classes: Vec<String> =
                entry.classes.iter().filter_map(|c| self.assignment(c)).map(|a| a.class_name.clone()).collect();
            for level in &levels {
                let mut row = vec![id.clone(), nickname.clone()];
                if with_notes {
                    row.push(self.notes.get(id).cloned().unwrap_or_default());
                }
                row.extend([classes.join(", "), level.id.clone(), loc.text(&level.title)]);
                match self.cell(id, &level.id) {
                    Some(c) => row.extend([
                        c.stars.to_string(),
                        c.attempts.to_string(),
                        c.seconds.to_string(),
                        c.hints.to_string(),
                        loc.text(if c.stars > 0 { "class-csv-yes" } else { "class-csv-no" }),
                    ]),
                    None => row.extend(std::iter::repeat_n(String::new(), 5)),
                }
                rows.push(row);
            }
        }
        super::csv::write(&rows, separator)
    }

    /// Every kept attempt in view as xAPI 1.0.3 statements (a JSON array for one POST).
    pub fn xapi(&self, assignment: Option<&str>, catalog: &Catalog, loc: &Localizer) -> String {
        let chosen = assignment.and_then(|id| self.assignment(id));
        let levels: BTreeSet<&str> = self.levels_in(chosen, catalog).iter().map(|l| l.id.as_str()).collect();
        let competences =
            |id: &str| catalog.levels().find(|l| l.id == id).map(|l| l.competences.clone()).unwrap_or_default();
        let mut all = Vec::new();
        for (id, entry, _) in self.pupils_in(chosen, loc) {
            let mut progress = entry.progress.clone();
            if chosen.is_some() {
                progress.levels.retain(|level, _| levels.contains(level.as_str()));
            }
            let profile = Profile {
                id: id.clone(),
                nickname: entry.nickname.clone(),
                avatar: entry.avatar.clone(),
                secret: None,
                created: 0,
                updated: 0,
                progress,
            };
            // A pupil known only from QR codes has no attempts to state; `.invalid` is never
            // a real site (RFC 2606), but an IRL as xAPI wants.
            let home = if entry.home.is_empty() { "https://byte-bridge.invalid/" } else { entry.home.as_str() };
            all.extend(crate::core::export::xapi::statements(&profile, home, competences));
        }
        serde_json::to_string_pretty(&all).unwrap_or_else(|_| "[]".to_owned())
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

/// The teacher's words for how an unsolved attempt ended.
pub fn outcome_message(outcome: &str) -> &'static str {
    match outcome {
        "hit_wall" => "class-outcome-hit-wall",
        "left_board" => "class-outcome-left-board",
        "no_lamp" => "class-outcome-no-lamp",
        "out_of_commands" => "class-outcome-out-of-commands",
        "step_budget" => "class-outcome-step-budget",
        "too_many_calls" => "class-outcome-too-many-calls",
        "reached_goal" | "sorted" | "ordered" | "read_all" | "found_all" | "answered" => "class-outcome-finished",
        _ => "class-outcome-other",
    }
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
    pub label: String,
}

impl GridCell {
    fn new(c: StoredSummary, loc: &Localizer) -> GridCell {
        let time = format!("{}:{:02}", c.seconds / 60, c.seconds % 60);
        let label = loc.text_with(
            "class-cell-label",
            &[
                ("stars", Arg::Number(f64::from(c.stars))),
                ("attempts", Arg::Number(f64::from(c.attempts))),
                ("time", Arg::Text(time.clone())),
                ("hints", Arg::Number(f64::from(c.hints))),
            ],
        );
        GridCell { stars: c.stars, attempts: c.attempts, seconds: c.seconds, hints: c.hints, time, label }
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
    pub answers: Vec<String>,
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
            let local =
                i64::try_from(attempt.at).unwrap_or(0).saturating_add(utc_offset_minutes.saturating_mul(60_000));
            let local = u64::try_from(local.max(0)).unwrap_or(0);
            let minutes = local % 86_400_000 / 60_000;
            format!("{} {:02}:{:02}", crate::core::profiles::transfer::date_text(local), minutes / 60, minutes % 60)
        };
        AttemptView {
            when,
            stars: attempt.stars,
            outcome: loc.text(outcome_message(&attempt.outcome)),
            seconds: attempt.seconds,
            time: format!("{}:{:02}", attempt.seconds / 60, attempt.seconds % 60),
            hints: attempt.hints,
            mistakes: attempt.mistakes,
            program: attempt.program.as_ref().map(|p| ProgramTiles {
                main: tiles(p.routine(Routine::Main), loc),
                p1: tiles(p.routine(Routine::P1), loc),
                p2: tiles(p.routine(Routine::P2), loc),
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
            let tile = |kind, icon, label| Tile { kind, icon, label, body: None, otherwise: None };
            match block {
                Block::Command(command) => {
                    let icon = command.message_id().trim_start_matches("command-");
                    tile("command", Some(icon), loc.text(command.message_id()))
                }
                Block::Call(routine) => {
                    let icon = if *routine == Routine::P2 { "p2" } else { "p1" };
                    tile("call", Some(icon), loc.text(routine.message_id()))
                }
                Block::Repeat { times, body } => Tile {
                    body: Some(tiles(body, loc)),
                    ..tile(
                        "repeat",
                        None,
                        loc.text_with("tile-repeat-times", &[("times", Arg::Number(f64::from(*times)))]),
                    )
                },
                Block::RepeatUntilGoal { body } => {
                    Tile { body: Some(tiles(body, loc)), ..tile("until", None, loc.text("tile-repeat-until-goal")) }
                }
                Block::If { condition, then } => Tile {
                    body: Some(tiles(then, loc)),
                    ..tile(
                        "if",
                        None,
                        loc.text_with(
                            "tile-if-condition",
                            &[("condition", Arg::Text(loc.text(condition.message_id())))],
                        ),
                    )
                },
                Block::IfElse { condition, then, otherwise } => Tile {
                    body: Some(tiles(then, loc)),
                    otherwise: Some(tiles(otherwise, loc)),
                    ..tile(
                        "if",
                        None,
                        loc.text_with(
                            "tile-if-else-condition",
                            &[("condition", Arg::Text(loc.text(condition.message_id())))],
                        ),
                    )
                },
            }
        })
        .collect()
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

//! The teacher's own levels (web/teacher/API.md, "Make levels"): proven with the same core
//! validation and solver as the built-in levels (`byte_bridge::core::level::made`), kept in
//! the class data's library, and shared with colleagues as a file.

use crate::Teacher;
use byte_bridge::core::class::assignment::{MAX_MADE_LEVELS, QR_MAX_LINK};
use byte_bridge::core::class::compact::level_tag;
use byte_bridge::core::content::LANGUAGES;
use byte_bridge::core::i18n::Arg;
use byte_bridge::core::level::made::{self, MadeKind, MadeLevel, Problem};
use serde_json::{Value, json};
use wasm_bindgen::prelude::wasm_bindgen;

/// The largest file of levels read (a hundred long levels stay well under it).
const MAX_FILE_BYTES: usize = 1024 * 1024;
/// The most levels one file brings in.
const MAX_FILE_LEVELS: usize = 100;
/// What a file of levels says it is.
const FILE_TAG: &str = "byte_bridge_levels";
/// The file format's version.
const FILE_VERSION: u64 = 1;

#[wasm_bindgen]
impl Teacher {
    /// The limits of the level maker's fields.
    pub fn limits(&self) -> String {
        json!({
            "title": made::MAX_TITLE, "text": made::MAX_TEXT, "item": made::MAX_ITEM, "label": made::MAX_LABEL,
            "items": made::MAX_ITEMS, "board": made::MAX_BOARD, "made_per_assignment": MAX_MADE_LEVELS,
            "qr_link": QR_MAX_LINK,
        })
        .to_string()
    }

    /// Proves a level from the form: validation, then the solver (a robot grid's par).
    pub fn check_level(&self, level: &str) -> String {
        match self.prove(level) {
            Ok(level) => self.proven(&level),
            Err(message) => json!({ "ok": false, "message": message }).to_string(),
        }
    }

    /// Proves a level and keeps it in the library, in place of `replaces` when given.
    pub fn save_level(&mut self, level: &str, replaces: &str) -> String {
        let level = match self.prove(level) {
            Ok(level) => level,
            Err(message) => return json!({ "ok": false, "message": message }).to_string(),
        };
        let answer = self.proven(&level);
        let library = &mut self.book.made;
        match library.iter().position(|l| !replaces.is_empty() && l.id() == replaces) {
            Some(i) => library[i] = level,
            None => library.push(level),
        }
        dedup(library);
        self.refresh_made();
        answer
    }

    /// The library, in its order.
    pub fn made_levels(&self) -> String {
        let list: Vec<Value> = self
            .book
            .made
            .iter()
            .map(|level| {
                let kind = kind_name(&level.kind);
                json!({
                    "id": level.id(),
                    "title": level.title,
                    "kind": kind,
                    "kind_title": self.loc.text(&format!("made-kind-{kind}")),
                    "band": level.band.name(),
                    "band_title": self.loc.text(level.band.message_id()),
                    "lang": level.lang,
                    "lang_name": LANGUAGES.iter().find(|(tag, _)| *tag == level.lang).map_or(level.lang.as_str(), |(_, n)| n),
                    "par": par_of(level),
                    "level": level,
                })
            })
            .collect();
        Value::Array(list).to_string()
    }

    /// A library level with "(copy)" added to its title where it fits, not yet saved.
    pub fn copy_level(&self, id: &str) -> String {
        let Some(mut level) = self.book.made.iter().find(|l| l.id() == id).cloned() else {
            return self.failure("made-assign-unknown");
        };
        let copy = self.loc.text_with("made-copy-title", &[("title", Arg::Text(level.title.clone()))]);
        if copy.chars().count() <= made::MAX_TITLE {
            level.title = copy;
        }
        json!({ "ok": true, "level": level }).to_string()
    }

    /// Takes a level out of the library (assignments made with it keep their own copy).
    pub fn remove_level(&mut self, id: &str) -> String {
        self.book.made.retain(|l| l.id() != id);
        self.refresh_made();
        json!({ "ok": true }).to_string()
    }

    /// The library as a file's text, to share with colleagues.
    pub fn export_levels(&self) -> String {
        serde_json::to_string_pretty(&json!({ FILE_TAG: FILE_VERSION, "levels": self.book.made })).unwrap_or_default()
    }

    pub fn levels_file_name(&self) -> String {
        "byte-bridge-levels.json".to_owned()
    }

    /// Brings a colleague's levels in: all of them or, if any is bad, none (named in the
    /// message). Levels already in the library are counted, not added twice.
    pub fn import_levels(&mut self, file_name: &str, bytes: &[u8]) -> String {
        let file = Arg::Text(file_name.to_owned());
        if bytes.len() > MAX_FILE_BYTES {
            return self.message(false, "made-import-too-large", vec![("file", file)]);
        }
        let value: Option<Value> = serde_json::from_slice(bytes).ok();
        let tagged = value.as_ref().and_then(|v| v.get(FILE_TAG)).and_then(Value::as_u64);
        let levels = value.as_ref().and_then(|v| v.get("levels")).and_then(Value::as_array);
        let (Some(version), Some(levels)) = (tagged, levels) else {
            return self.message(false, "made-import-not-ours", vec![("file", file)]);
        };
        if version > FILE_VERSION {
            return self.failure("made-problem-newer");
        }
        if levels.len() > MAX_FILE_LEVELS {
            return self.message(false, "made-import-too-large", vec![("file", file)]);
        }
        let mut proven = Vec::new();
        for (index, value) in levels.iter().enumerate() {
            let text = value.to_string();
            let result = MadeLevel::parse(&text).and_then(|mut level| level.prove().map(|()| level));
            match result {
                Ok(level) => proven.push(level),
                Err(problem) => {
                    let title = value.get("title").and_then(Value::as_str).unwrap_or_default();
                    let title: String = title.chars().filter(|c| !c.is_control()).take(made::MAX_TITLE).collect();
                    let args = vec![
                        ("file", file),
                        ("number", Arg::Number((index + 1) as f64)),
                        ("title", Arg::Text(title)),
                        ("problem", Arg::Text(self.problem_text(&problem))),
                    ];
                    return self.message(false, "made-import-bad-level", args);
                }
            }
        }
        let mut added = 0;
        let mut skipped = 0;
        for level in proven {
            if self.book.made.iter().any(|l| l.id() == level.id()) {
                skipped += 1;
            } else {
                self.book.made.push(level);
                added += 1;
            }
        }
        self.refresh_made();
        let args = vec![("added", Arg::Number(f64::from(added))), ("skipped", Arg::Number(f64::from(skipped)))];
        self.message(true, "made-import-done", args)
    }
}

impl Teacher {
    /// Reads and proves a level; the message says what to change.
    fn prove(&self, text: &str) -> Result<MadeLevel, String> {
        let mut level = MadeLevel::parse(text).map_err(|problem| self.problem_text(&problem))?;
        level.prove().map_err(|problem| self.problem_text(&problem))?;
        // Pupils' QR codes name levels by a 16-bit tag of the id: a level whose tag another
        // level (built in or in the library) has gets another salt, so codes never mix them up.
        let own = level.id();
        let taken: Vec<u16> = self
            .catalog
            .levels()
            .filter(|l| l.world != made::WORLD)
            .map(|l| l.id.clone())
            .chain(self.book.made.iter().map(MadeLevel::id).filter(|id| *id != own))
            .map(|id| level_tag(&id))
            .collect();
        while taken.contains(&level_tag(&level.id())) && level.salt < 1000 {
            level.salt += 1;
        }
        Ok(level)
    }

    fn proven(&self, level: &MadeLevel) -> String {
        json!({ "ok": true, "id": level.id(), "par": par_of(level), "level": level }).to_string()
    }

    /// A problem in the teacher's language.
    pub(crate) fn problem_text(&self, problem: &Problem) -> String {
        let mut args = Vec::new();
        if let Some(field) = problem.field {
            args.push(("field", Arg::Text(self.loc.text(field))));
        }
        if let Some(number) = problem.number {
            args.push(("max", Arg::Number(number as f64)));
            args.push(("tiles", Arg::Number(number as f64)));
        }
        if let Some(text) = &problem.text {
            args.push(("chars", Arg::Text(text.clone())));
        }
        self.loc.text_with(problem.id, &args)
    }

    /// Puts every made level the page knows (the library's and the assignments') into the
    /// catalog and their texts into the localizer, so the grid, summaries and exports name them.
    pub(crate) fn refresh_made(&mut self) {
        let mut all: Vec<&MadeLevel> = self.book.made.iter().collect();
        all.extend(self.book.assignments.iter().flat_map(|a| a.made.iter()));
        let mut levels = Vec::new();
        let mut texts = Vec::new();
        let mut seen = Vec::new();
        for (order, level) in all.into_iter().enumerate() {
            let id = level.id();
            // A level stored by hand or damaged in storage is left out rather than shown.
            if seen.contains(&id) || level.check().is_err() {
                continue;
            }
            seen.push(id);
            let (level, own) = level.to_level(u32::try_from(order + 1).unwrap_or(u32::MAX));
            levels.push(level);
            texts.extend(own);
        }
        self.catalog.set_made(levels);
        self.loc.set_own_texts(texts);
        self.statements.take();
    }
}

fn kind_name(kind: &MadeKind) -> &'static str {
    match kind {
        MadeKind::RobotGrid(_) => "robot_grid",
        MadeKind::Sort(_) => "sort",
        MadeKind::PickReply(_) => "pick_reply",
        MadeKind::SpotFlags(_) => "spot_flags",
    }
}

fn par_of(level: &MadeLevel) -> Option<usize> {
    match &level.kind {
        MadeKind::RobotGrid(grid) => Some(grid.par),
        _ => None,
    }
}

/// Keeps the first of levels with the same id.
fn dedup(library: &mut Vec<MadeLevel>) {
    let mut seen = Vec::new();
    library.retain(|l| {
        let id = l.id();
        let first = !seen.contains(&id);
        seen.push(id);
        first
    });
}

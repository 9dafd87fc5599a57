//! What the teacher's page downloads: the CSV (one row per pupil × level) and the xAPI
//! statements of every kept attempt.

use super::ClassBook;
use crate::core::export::xapi::LevelTags;
use crate::core::i18n::Localizer;
use crate::core::level::Catalog;
use crate::core::profiles::Profile;
use serde_json::Value;
use std::collections::BTreeSet;

impl ClassBook {
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
        crate::core::class::csv::write(&rows, separator)
    }

    /// Every kept attempt in view as xAPI 1.0.3 statements (a JSON array for one POST).
    pub fn xapi(&self, assignment: Option<&str>, catalog: &Catalog, loc: &Localizer) -> String {
        let all = self.xapi_statements(assignment, catalog, loc);
        serde_json::to_string_pretty(&all).unwrap_or_else(|_| "[]".to_owned())
    }

    /// Every kept attempt in view as xAPI 1.0.3 statements, pupil by pupil, oldest first.
    pub fn xapi_statements(&self, assignment: Option<&str>, catalog: &Catalog, loc: &Localizer) -> Vec<Value> {
        let chosen = assignment.and_then(|id| self.assignment(id));
        let levels: BTreeSet<&str> = self.levels_in(chosen, catalog).iter().map(|l| l.id.as_str()).collect();
        let tags = |id: &str| catalog.level(id).map(LevelTags::of).unwrap_or_default();
        let mut all = Vec::new();
        for (id, entry, _) in self.pupils_in(chosen, loc) {
            let mut progress = self.progress_of(entry).into_owned();
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
                band: None,
                settings: Default::default(),
                progress,
            };
            // A pupil known only from QR codes has no attempts to state; `.invalid` is never
            // a real site (RFC 2606), but an IRL as xAPI wants.
            let home = if entry.home.is_empty() { "https://byte-bridge.invalid/" } else { entry.home.as_str() };
            all.extend(crate::core::export::xapi::statements(&profile, home, tags));
        }
        all
    }
}

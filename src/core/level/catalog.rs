//! All levels and worlds, read from the embedded `assets/levels/` files, and the rule for
//! which are open: levels unlock in order within a world, and a world that names another in
//! `after` opens once every level of that one is done (worlds without it are open at once, so
//! the digital-literacy track does not wait for the coding track).

use super::{Level, LevelError, MessageId};
use serde::Deserialize;
use thiserror::Error;

/// The file that lists the worlds, in order.
pub const WORLDS_FILE: &str = "worlds.json";

/// A world (chapter) of levels.
#[derive(Debug, Clone, PartialEq)]
pub struct World {
    /// Stable id, referenced by each level's `world`.
    pub id: String,
    /// Fluent id of the world's name.
    pub title: MessageId,
    /// The world that must be finished before this one opens.
    pub after: Option<String>,
    /// Its levels, in play order.
    pub levels: Vec<Level>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WorldsFile {
    worlds: Vec<WorldEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WorldEntry {
    id: String,
    title: MessageId,
    #[serde(default)]
    after: Option<String>,
}

/// Why the level files do not make a usable catalog. Each names the file at fault.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum CatalogError {
    /// A level file is broken.
    #[error(transparent)]
    Level(#[from] LevelError),
    /// `worlds.json` is missing or broken.
    #[error("{file}: {problem}")]
    Worlds { file: String, problem: String },
    /// The files disagree with each other.
    #[error("{file}: {problem}")]
    Inconsistent { file: String, problem: String },
}

/// Every world and level, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    worlds: Vec<World>,
}

impl Catalog {
    /// The catalog built into the game from `assets/levels/`.
    pub fn embedded() -> Result<Catalog, Vec<CatalogError>> {
        Catalog::from_files(crate::core::content::LEVEL_FILES)
    }

    /// Builds a catalog from `(path, text)` pairs: `worlds.json` plus one file per level.
    /// Returns every problem found, not just the first.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Catalog, Vec<CatalogError>> {
        let mut errors = Vec::new();
        let mut worlds: Vec<World> = Vec::new();
        let worlds_path = files.iter().find(|(path, _)| file_name(path) == WORLDS_FILE);
        match worlds_path {
            None => errors.push(CatalogError::Worlds { file: WORLDS_FILE.to_owned(), problem: "missing".to_owned() }),
            Some((path, text)) => match serde_json::from_str::<WorldsFile>(text) {
                Ok(parsed) => {
                    for entry in parsed.worlds {
                        if worlds.iter().any(|w| w.id == entry.id) {
                            errors.push(inconsistent(path, format!("world {:?} is listed twice", entry.id)));
                        }
                        if let Some(after) = &entry.after
                            && !worlds.iter().any(|w| &w.id == after)
                        {
                            errors.push(inconsistent(
                                path,
                                format!("{:?} comes after {after:?}, which is not listed before it", entry.id),
                            ));
                        }
                        worlds.push(World { id: entry.id, title: entry.title, after: entry.after, levels: Vec::new() });
                    }
                }
                Err(e) => errors.push(CatalogError::Worlds { file: path.to_string(), problem: e.to_string() }),
            },
        }

        for (path, text) in files.iter().filter(|(path, _)| file_name(path) != WORLDS_FILE) {
            let level = match Level::from_json(path, text) {
                Ok(level) => level,
                Err(e) => {
                    errors.push(e.into());
                    continue;
                }
            };
            if file_name(path) != format!("{}.json", level.id) {
                errors.push(inconsistent(path, format!("file name must be {}.json", level.id)));
            }
            let Some(world) = worlds.iter_mut().find(|w| w.id == level.world) else {
                errors.push(inconsistent(path, format!("world {:?} is not in {WORLDS_FILE}", level.world)));
                continue;
            };
            if world.levels.iter().any(|l| l.order == level.order) {
                errors
                    .push(inconsistent(path, format!("another level in {:?} has order {}", level.world, level.order)));
            }
            world.levels.push(level);
        }

        let mut seen = std::collections::HashSet::new();
        for world in &mut worlds {
            world.levels.sort_by_key(|l| l.order);
            if world.levels.is_empty() {
                errors.push(inconsistent(WORLDS_FILE, format!("world {:?} has no levels", world.id)));
            }
            for level in &world.levels {
                if !seen.insert(level.id.clone()) {
                    errors.push(inconsistent(&format!("{}.json", level.id), "level id used twice".to_owned()));
                }
            }
        }
        if errors.is_empty() { Ok(Catalog { worlds }) } else { Err(errors) }
    }

    /// Puts the levels a teacher made (already turned into levels by
    /// `MadeLevel::to_level`) in their own world, last, in place of any made before; none
    /// removes that world. Levels a built-in id already names are left out.
    pub fn set_made(&mut self, levels: Vec<Level>) {
        self.worlds.retain(|w| w.id != super::made::WORLD);
        let levels: Vec<Level> = levels.into_iter().filter(|l| self.level(&l.id).is_none()).collect();
        if !levels.is_empty() {
            let title = "made-world-title".to_owned();
            self.worlds.push(World { id: super::made::WORLD.to_owned(), title, after: None, levels });
        }
    }

    /// The worlds in play order.
    pub fn worlds(&self) -> &[World] {
        &self.worlds
    }

    /// Every level in play order.
    pub fn levels(&self) -> impl Iterator<Item = &Level> {
        self.worlds.iter().flat_map(|w| w.levels.iter())
    }

    /// The level with this id.
    pub fn level(&self, id: &str) -> Option<&Level> {
        self.levels().find(|l| l.id == id)
    }

    /// The level after `id` in play order (the result screen's "Next").
    pub fn next_after(&self, id: &str) -> Option<&Level> {
        let mut levels = self.levels().skip_while(|l| l.id != id);
        levels.next()?;
        levels.next()
    }

    /// Whether a level can be played, given which levels are completed: a world is open when
    /// it names no `after` world, every level of that world is complete, or the pupil has
    /// completed a level of it already; within an open world a level opens when the one before
    /// it is complete. A completed level always stays open. So a new version that adds a level
    /// to a world a pupil has played never locks what they reached before.
    pub fn is_unlocked(&self, id: &str, completed: impl Fn(&str) -> bool) -> bool {
        self.is_unlocked_among(id, |_| true, completed)
    }

    /// [`Catalog::is_unlocked`] counting only the levels `counts` keeps (a pupil's age band,
    /// `PupilMap`): the levels it leaves out neither open nor block anything, and are never
    /// unlocked themselves.
    pub fn is_unlocked_among(
        &self,
        id: &str,
        counts: impl Fn(&Level) -> bool,
        completed: impl Fn(&str) -> bool,
    ) -> bool {
        let Some(world) = self.worlds.iter().find(|w| w.levels.iter().any(|l| l.id == id)) else { return false };
        let counted: Vec<&Level> = world.levels.iter().filter(|l| counts(l)).collect();
        let Some(position) = counted.iter().position(|l| l.id == id) else { return false };
        if completed(id) {
            return true;
        }
        let world_open = match &world.after {
            None => true,
            Some(after) => {
                counted.iter().any(|l| completed(&l.id))
                    || self
                        .worlds
                        .iter()
                        .filter(|w| &w.id == after)
                        .flat_map(|w| &w.levels)
                        .filter(|l| counts(l))
                        .all(|l| completed(&l.id))
            }
        };
        world_open && (position == 0 || completed(&counted[position - 1].id))
    }
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

fn inconsistent(file: &str, problem: String) -> CatalogError {
    CatalogError::Inconsistent { file: file.to_owned(), problem }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORLDS: &str =
        r#"{"worlds":[{"id":"w1","title":"t1"},{"id":"w2","title":"t2","after":"w1"},{"id":"w3","title":"t3"}]}"#;

    fn robot(id: &str, world: &str, order: u32) -> String {
        format!(
            r#"{{"id":"{id}","world":"{world}","order":{order},"title":"t","instruction":"i","learned":"l",
            "hints":["h1","h2","h3"],"competences":["3.4"],"band":"7-9","digcomp3":["3.4","LO3.4.07"],
            "kind":"robot_grid","board":["S.G"],
            "start_facing":"east","tiles":["forward"],"slots":{{"main":4}},"max_times":5,"par":2}}"#
        )
    }

    #[test]
    fn unlocks_in_order_within_and_across_worlds() {
        let (a, b, c, d) = (robot("a", "w1", 1), robot("b", "w1", 2), robot("c", "w2", 1), robot("d", "w3", 1));
        let files = [
            ("levels/worlds.json", WORLDS),
            ("levels/a.json", &a),
            ("levels/b.json", &b),
            ("levels/c.json", &c),
            ("levels/d.json", &d),
        ];
        let catalog = Catalog::from_files(&files).expect("valid");
        let none = |_: &str| false;
        assert!(catalog.is_unlocked("a", none));
        assert!(!catalog.is_unlocked("b", none));
        assert!(!catalog.is_unlocked("c", none));
        assert!(catalog.is_unlocked("b", |id| id == "a"));
        assert!(!catalog.is_unlocked("c", |id| id == "a"), "world 2 waits for all of world 1");
        assert!(catalog.is_unlocked("c", |id| id == "a" || id == "b"));
        assert!(catalog.is_unlocked("d", none), "a world without `after` is open from the start");
        assert_eq!(catalog.next_after("b").map(|l| l.id.as_str()), Some("c"));
        assert_eq!(catalog.next_after("d"), None);
    }

    #[test]
    fn a_level_added_by_an_update_locks_nothing_the_pupil_reached() {
        let (a, b, c, d) = (robot("a", "w1", 1), robot("b", "w1", 2), robot("c", "w2", 1), robot("d", "w3", 1));
        let e = robot("e", "w2", 2);
        let files = [
            ("levels/worlds.json", WORLDS),
            ("levels/a.json", &a),
            ("levels/b.json", &b),
            ("levels/c.json", &c),
            ("levels/d.json", &d),
            ("levels/e.json", &e),
        ];
        let catalog = Catalog::from_files(&files).expect("valid");
        // The pupil finished "a", "c" and "e" before "b" joined world 1 in an update.
        let done = |id: &str| id == "a" || id == "c" || id == "e";
        assert!(catalog.is_unlocked("c", done) && catalog.is_unlocked("e", done), "what they reached stays open");
        assert!(catalog.is_unlocked("b", done), "the new level opens after the one before it");
        assert!(catalog.is_unlocked("e", |id| id == "a" || id == "c"), "a world played in stays open");
        assert!(!catalog.is_unlocked("c", |id| id == "a"), "a world not yet reached stays shut");
        assert!(!catalog.is_unlocked("e", |id| id == "a" || id == "b"), "inside a world, still one after another");
    }

    #[test]
    fn every_problem_names_its_file() {
        let bad_par = robot("a", "w1", 1).replace(r#""max_times":5"#, r#""max_times":12"#);
        let wrong_world = robot("b", "nowhere", 1);
        let files = [
            ("levels/worlds.json", WORLDS),
            ("levels/a.json", bad_par.as_str()),
            ("levels/b.json", wrong_world.as_str()),
            ("levels/c.json", "{ not json"),
            ("levels/d.json", &robot("x", "w2", 1)),
            ("levels/e.json", &robot("e", "w3", 1)),
        ];
        let errors = Catalog::from_files(&files).expect_err("broken");
        let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert!(text.iter().any(|t| t.starts_with("levels/a.json") && t.contains("max_times 12")), "{text:?}");
        assert!(text.iter().any(|t| t.starts_with("levels/b.json") && t.contains("nowhere")), "{text:?}");
        assert!(text.iter().any(|t| t.starts_with("levels/c.json") && t.contains("cannot read")), "{text:?}");
        assert!(text.iter().any(|t| t.starts_with("levels/d.json") && t.contains("x.json")), "{text:?}");
        assert!(text.iter().any(|t| t.contains("\"w1\" has no levels")), "{text:?}");
    }

    #[test]
    fn unknown_fields_and_bad_tags_are_refused() {
        let level = robot("a", "w1", 1);
        let broken = [
            level.replace(r#""par":2"#, r#""par":2,"parr":2"#),
            level.replace(r#""competences":["3.4"]"#, r#""competences":["9.9"]"#),
            level.replace(r#""competences":["3.4"]"#, r#""competences":["3.4","3.4"]"#),
            level.replace(r#""band":"7-9","#, ""),
            level.replace(r#""band":"7-9""#, r#""band":"7–9""#),
            level.replace(r#""digcomp3":["3.4","LO3.4.07"],"#, ""),
            level.replace(r#"["3.4","LO3.4.07"]"#, "[]"),
            level.replace(r#"["3.4","LO3.4.07"]"#, r#"["LO3.4.07"]"#),
            level.replace(r#"["3.4","LO3.4.07"]"#, r#"["3.4","LO3.4.40"]"#),
            level.replace(r#"["3.4","LO3.4.07"]"#, r#"["3.4","3.4"]"#),
            level.replace(r#""band":"7-9","#, r#""band":"7-9","ai_literacy":["D1"],"#),
        ];
        let with_ai = level.replace(r#""band":"7-9","#, r#""band":"7-9","ai_literacy":["E3","S3"],"#);
        let parsed = Level::from_json("a.json", &with_ai).expect("codes of the final AI Literacy Framework");
        assert_eq!(parsed.ai_literacy.iter().map(ToString::to_string).collect::<Vec<_>>(), ["E3", "S3"]);
        for text in broken {
            let errors =
                Catalog::from_files(&[("levels/worlds.json", WORLDS), ("levels/a.json", &text)]).expect_err("broken");
            assert!(errors.iter().any(|e| e.to_string().starts_with("levels/a.json")), "{errors:?}");
        }
    }
}

//! The course as one pupil's map shows it (issue #15): which levels a pupil of an age band is
//! offered, in what order the worlds come, and which levels are open.
//!
//! - **Shown**: the levels the pupil's band may see ([`AgeBand::may_see`]: never 12–14 to a
//!   younger pupil), plus any level of today's assignment: a teacher who assigns a level has
//!   chosen it for this class, so it shows even outside the pupil's band. A world with no
//!   level shown is left off the map.
//! - **Order**: the worlds closest to the pupil's band come first: those with a level of the
//!   pupil's own band, then the next band, and so on; ties keep the course's order. A world is
//!   never listed before a world it comes `after` (that world moves up with it), so the map
//!   never shows a locked world ahead of the one that opens it. Within a world the levels
//!   keep the author's order: it is the teaching order and the unlock order.
//! - **Unlocking**: as in [`Catalog::is_unlocked`], counting only the levels of the pupil's
//!   band. A level out of band (even an assigned one) never blocks the next, and a world opens
//!   once every in-band level of the world it comes `after` is done. An assigned level out of
//!   band is opened by the assignment alone (`game::mission`), never by progress.
//!
//! Every level carries a band (validation refuses one without); [`level_band`] is the one
//! place the map reads it.

use super::catalog::{Catalog, World};
use super::{AgeBand, Level};

/// The band a level is offered to.
pub fn level_band(level: &Level) -> AgeBand {
    level.band
}

/// The catalog seen by one pupil: their band and today's assigned levels.
#[derive(Debug, Clone, Copy)]
pub struct PupilMap<'a> {
    catalog: &'a Catalog,
    band: AgeBand,
    assigned: &'a [String],
}

impl<'a> PupilMap<'a> {
    /// The map of a pupil in `band`; `assigned` are the ids of today's assignment (empty
    /// without one).
    pub fn new(catalog: &'a Catalog, band: AgeBand, assigned: &'a [String]) -> PupilMap<'a> {
        PupilMap { catalog, band, assigned }
    }

    /// The pupil's band.
    pub fn band(&self) -> AgeBand {
        self.band
    }

    /// Whether the pupil's band may see the level (assignments aside): the levels that count
    /// for unlocking.
    pub fn in_band(&self, level: &Level) -> bool {
        self.band.may_see(level_band(level))
    }

    /// Whether the map shows the level: in the pupil's band, or assigned by the teacher.
    pub fn shows(&self, level: &Level) -> bool {
        self.in_band(level) || self.assigned.iter().any(|id| *id == level.id)
    }

    /// The world's levels the map shows, in play order.
    pub fn levels(&self, world: &'a World) -> Vec<&'a Level> {
        world.levels.iter().filter(|level| self.shows(level)).collect()
    }

    /// The worlds the map shows (those with a level shown), closest to the pupil's band first.
    pub fn worlds(&self) -> Vec<&'a World> {
        let worlds = self.catalog.worlds();
        // How far a world's nearest in-band level is from the pupil's band (0: their own).
        let mut distance: Vec<usize> = worlds
            .iter()
            .map(|world| {
                world
                    .levels
                    .iter()
                    .filter(|level| self.in_band(level))
                    .map(|level| band_distance(self.band, level_band(level)))
                    .min()
                    .unwrap_or(usize::MAX)
            })
            .collect();
        // A world that opens another moves up with it. `after` always names an earlier world
        // (the catalog checks), so one pass from the end carries a distance down a chain.
        for i in (0..worlds.len()).rev() {
            if let Some(after) = &worlds[i].after
                && let Some(j) = worlds.iter().position(|w| &w.id == after)
            {
                distance[j] = distance[j].min(distance[i]);
            }
        }
        let mut shown: Vec<(usize, &'a World)> = worlds
            .iter()
            .zip(distance)
            .filter(|(world, _)| world.levels.iter().any(|level| self.shows(level)))
            .map(|(world, distance)| (distance, world))
            .collect();
        // Stable: equal distances keep the course's order.
        shown.sort_by_key(|(distance, _)| *distance);
        shown.into_iter().map(|(_, world)| world).collect()
    }

    /// Whether the pupil's own progress opens the level (`completed` says which levels are
    /// done): it is done already, or its world is open (no `after` world, the in-band levels
    /// of that world done, or a level of this world done already) and the in-band level before
    /// it is done. Always false for a level out of band or unknown. So a level a new version
    /// adds never locks what the pupil reached before (one rule: `Catalog::is_unlocked_among`).
    pub fn is_unlocked(&self, id: &str, completed: impl Fn(&str) -> bool) -> bool {
        self.catalog.is_unlocked_among(id, |level| self.in_band(level), completed)
    }

    /// The in-band level after `id` in the map's order (the result screen's "Next"): the next
    /// one in its world, else the first of the next world on the map.
    pub fn next_after(&self, id: &str) -> Option<&'a Level> {
        let mut levels = self
            .worlds()
            .into_iter()
            .flat_map(|world| world.levels.iter())
            .filter(|level| self.in_band(level))
            .skip_while(|level| level.id != id);
        levels.next()?;
        levels.next()
    }
}

/// How many bands apart two bands are.
fn band_distance(a: AgeBand, b: AgeBand) -> usize {
    let index = |band: AgeBand| AgeBand::ALL.iter().position(|b| *b == band).unwrap_or(0);
    index(a).abs_diff(index(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A robot level in `world` at `order`, of `band` (none: the youngest, 7-9).
    fn level(id: &str, world: &str, order: u32, band: Option<&str>) -> String {
        let band = format!(r#""band":"{}","digcomp3":["3.4"],"#, band.unwrap_or("7-9"));
        format!(
            r#"{{"id":"{id}","world":"{world}","order":{order},"title":"t","instruction":"i","learned":"l",{band}
            "hints":["h1","h2","h3"],"competences":["3.4"],"kind":"robot_grid","board":["S.G"],
            "start_facing":"east","tiles":["forward"],"slots":{{"main":4}},"max_times":5,"par":2}}"#
        )
    }

    /// A catalog of these worlds and `(id, world, band)` levels, in order within each world.
    fn catalog_of(worlds: &str, levels: &[(&str, &str, Option<&str>)]) -> Catalog {
        let mut files = vec![("levels/worlds.json".to_owned(), worlds.to_owned())];
        for (i, (id, world, band)) in levels.iter().enumerate() {
            files.push((format!("levels/{id}.json"), level(id, world, i as u32 + 1, *band)));
        }
        let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
        Catalog::from_files(&files).expect("valid")
    }

    /// Worlds: `basics` (7–9, then 10–12), `more` after it (10–12 only), `older` (12–14 only),
    /// `safe` (7–9, 12–14, 10–12, in that order) and `last` (7–9).
    fn catalog() -> Catalog {
        let worlds = r#"{"worlds":[{"id":"basics","title":"w"},{"id":"more","title":"w","after":"basics"},
            {"id":"older","title":"w"},{"id":"safe","title":"w"},{"id":"last","title":"w"}]}"#;
        catalog_of(
            worlds,
            &[
                ("b1", "basics", Some("7-9")),
                ("b2", "basics", Some("10-12")),
                ("m1", "more", Some("10-12")),
                ("o1", "older", Some("12-14")),
                ("s1", "safe", Some("7-9")),
                ("s2", "safe", Some("12-14")),
                ("s3", "safe", Some("10-12")),
                ("p1", "last", Some("7-9")),
            ],
        )
    }

    fn world_ids(map: &PupilMap) -> Vec<String> {
        map.worlds().iter().map(|w| w.id.clone()).collect()
    }

    fn shown_ids(map: &PupilMap, world: &str) -> Vec<String> {
        let catalog_worlds = map.worlds();
        let world = catalog_worlds.iter().find(|w| w.id == world).expect("shown");
        map.levels(world).iter().map(|l| l.id.clone()).collect()
    }

    #[test]
    fn a_level_of_the_youngest_band_reaches_everyone() {
        let catalog = catalog_of(r#"{"worlds":[{"id":"plain","title":"w"}]}"#, &[("p1", "plain", None)]);
        let plain = catalog.level("p1").expect("there");
        assert_eq!(level_band(plain), AgeBand::Young);
        for band in AgeBand::ALL {
            assert!(PupilMap::new(&catalog, band, &[]).shows(plain), "{band:?}");
        }
    }

    #[test]
    fn nothing_from_12_14_reaches_a_younger_pupil() {
        let catalog = catalog();
        for band in [AgeBand::Young, AgeBand::Middle] {
            let map = PupilMap::new(&catalog, band, &[]);
            let shown: Vec<&Level> = map.worlds().into_iter().flat_map(|w| map.levels(w)).collect();
            assert!(shown.iter().all(|l| level_band(l) != AgeBand::Older), "{band:?}: {shown:?}");
            assert!(!world_ids(&map).contains(&"older".to_owned()), "a world with nothing to show is left off");
            assert_eq!(shown_ids(&map, "safe"), ["s1", "s3"]);
            assert!(!map.is_unlocked("s2", |_| true));
            assert!(!map.is_unlocked("o1", |_| true));
        }
        let oldest = PupilMap::new(&catalog, AgeBand::Older, &[]);
        assert_eq!(shown_ids(&oldest, "safe"), ["s1", "s2", "s3"]);
        assert_eq!(shown_ids(&oldest, "older"), ["o1"]);
    }

    #[test]
    fn the_pupils_own_band_comes_first_and_a_world_never_before_the_one_that_opens_it() {
        let catalog = catalog();
        let young = PupilMap::new(&catalog, AgeBand::Young, &[]);
        // Worlds with 7–9 levels, in the course's order; `more` (10–12 only) after them.
        assert_eq!(world_ids(&young), ["basics", "safe", "last", "more"]);
        // 10–12: `more` is theirs, and `basics` (which opens it) moves up with it.
        let middle = PupilMap::new(&catalog, AgeBand::Middle, &[]);
        assert_eq!(world_ids(&middle), ["basics", "more", "safe", "last"]);
        // 12–14: their own world first, then the nearest band's, the youngest last.
        let oldest = PupilMap::new(&catalog, AgeBand::Older, &[]);
        assert_eq!(world_ids(&oldest), ["older", "safe", "basics", "more", "last"]);
        // The levels of a world keep the author's order.
        assert_eq!(shown_ids(&oldest, "basics"), ["b1", "b2"]);
    }

    #[test]
    fn levels_out_of_band_are_skipped_for_unlocking() {
        let catalog = catalog();
        let middle = PupilMap::new(&catalog, AgeBand::Middle, &[]);
        assert!(middle.is_unlocked("s1", |_| false));
        assert!(!middle.is_unlocked("s3", |_| false));
        // The 12–14 level between them does not block the 10–12 pupil.
        assert!(middle.is_unlocked("s3", |id| id == "s1"));
        let oldest = PupilMap::new(&catalog, AgeBand::Older, &[]);
        assert!(!oldest.is_unlocked("s3", |id| id == "s1"), "for 12–14 it is in the way");
        assert!(oldest.is_unlocked("s3", |id| id == "s1" || id == "s2"));
        // A world opens when the in-band levels of the one before are done.
        assert!(!middle.is_unlocked("m1", |id| id == "b1"));
        assert!(middle.is_unlocked("m1", |id| id == "b1" || id == "b2"));
        assert!(!middle.is_unlocked("unknown", |_| true));
        // A level added to `basics` by an update does not shut `more` for a pupil already in it.
        assert!(middle.is_unlocked("m1", |id| id == "b1" || id == "m1"));
        assert!(!middle.is_unlocked("m1", |id| id == "b1"), "but a world not yet reached stays shut");
    }

    #[test]
    fn an_assigned_level_shows_outside_the_band_but_only_the_assignment_opens_it() {
        let catalog = catalog();
        let assigned = vec!["s2".to_owned(), "o1".to_owned()];
        let young = PupilMap::new(&catalog, AgeBand::Young, &assigned);
        assert_eq!(shown_ids(&young, "safe"), ["s1", "s2", "s3"]);
        assert_eq!(shown_ids(&young, "older"), ["o1"]);
        assert_eq!(world_ids(&young).last().map(String::as_str), Some("older"), "outside the band: last");
        assert!(!young.is_unlocked("s2", |_| true), "progress never opens it");
        assert!(young.is_unlocked("s3", |id| id == "s1"), "nor does it block the next level");
    }

    #[test]
    fn next_follows_the_map_and_skips_what_the_band_does_not_see() {
        let catalog = catalog();
        let young = PupilMap::new(&catalog, AgeBand::Young, &[]);
        assert_eq!(young.next_after("s1").map(|l| l.id.as_str()), Some("s3"));
        // The last 7–9 world ends on `last`; `more` comes after it on this pupil's map.
        assert_eq!(young.next_after("p1").map(|l| l.id.as_str()), Some("m1"));
        let oldest = PupilMap::new(&catalog, AgeBand::Older, &[]);
        assert_eq!(oldest.next_after("o1").map(|l| l.id.as_str()), Some("s1"));
        assert_eq!(oldest.next_after("p1"), None);
        assert_eq!(oldest.next_after("unknown"), None);
    }

    #[test]
    fn a_course_all_in_one_band_looks_as_it_always_did() {
        // The shipped course with every level in the youngest band, as before bands existed.
        let files: Vec<(String, String)> = crate::core::content::LEVEL_FILES
            .iter()
            .map(|(path, text)| {
                let mut value: serde_json::Value = serde_json::from_str(text).expect("JSON");
                if value.get("kind").is_some() {
                    value["band"] = serde_json::json!("7-9");
                }
                (path.to_string(), value.to_string())
            })
            .collect();
        let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
        let catalog = Catalog::from_files(&files).expect("valid levels");
        let all: Vec<&str> = catalog.worlds().iter().map(|w| w.id.as_str()).collect();
        for band in AgeBand::ALL {
            let map = PupilMap::new(&catalog, band, &[]);
            let worlds: Vec<&str> = map.worlds().iter().map(|w| w.id.as_str()).collect();
            assert_eq!(worlds, all, "{band:?}");
            for level in catalog.levels() {
                let done = |id: &str| id.len() % 2 == 0;
                assert_eq!(map.is_unlocked(&level.id, done), catalog.is_unlocked(&level.id, done), "{}", level.id);
                assert_eq!(map.next_after(&level.id).map(|l| &l.id), catalog.next_after(&level.id).map(|l| &l.id));
            }
        }
    }
}

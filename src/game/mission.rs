//! Today's mission: the teacher's assignment on this tablet.
//!
//! The teacher's link (`index.html#mission=…`) is taken from the page's address when the game
//! starts and whenever the pupil is between levels. A good one is kept in storage, so it
//! survives a restart, and is shown on the player's home; a bad one is told in a notice. While
//! a mission is on the tablet every attempt records its class, and a locked mission opens only
//! its own levels (and opens them even where the pupil's progress would not yet). A mission's
//! level also shows on the map of a pupil outside its age band: the teacher chose it
//! (`core::level::pupil_map`).

use super::catalog::Levels;
use super::platform::Platform;
use super::progress::{Notice, TabletPlayers};
use crate::core::class::{Assignment, AssignmentError};
use crate::core::level::PupilMap;
use bevy::prelude::*;

/// Where the assignment is stored (its JSON, as [`Assignment`] writes it).
pub const ASSIGNMENT_KEY: &str = "bytebridge.assignment";
/// Where a stored assignment that could not be read is kept when a new one replaces it.
pub const DAMAGED_ASSIGNMENT_KEY: &str = "bytebridge.assignment.damaged";

/// The tablet's assignment, if any.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct Mission(pub Option<Assignment>);

impl Mission {
    /// The class id attempts record while this mission is on the tablet.
    pub fn class_id(&self) -> Option<String> {
        self.0.as_ref().map(|a| a.id.clone())
    }

    /// Whether only the mission's levels may be played.
    pub fn locks(&self) -> bool {
        self.0.as_ref().is_some_and(|a| a.lock)
    }

    /// Whether the level is one of the mission's.
    pub fn has_level(&self, id: &str) -> bool {
        self.0.as_ref().is_some_and(|a| a.levels.iter().any(|l| l == id))
    }

    /// Whether a level may be opened, where `by_progress` says whether the pupil's own
    /// progress opens it: the teacher's levels always open; a locked mission opens no other.
    pub fn opens(&self, id: &str, by_progress: bool) -> bool {
        if self.has_level(id) { true } else { by_progress && !self.locks() }
    }
}

/// A problem with a mission link or the stored mission that the pupil has not dismissed yet
/// (a Fluent id). Shown by the notice banner after any storage notice.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct MissionNotice(pub Option<&'static str>);

/// The course as the current player's map shows it: their age band, and today's mission's
/// levels shown whatever their band.
pub fn pupil_map<'a>(levels: &'a Levels, saved: &TabletPlayers, mission: &'a Mission) -> PupilMap<'a> {
    let assigned = mission.0.as_ref().map_or(&[][..], |a| a.levels.as_slice());
    PupilMap::new(levels, saved.band(), assigned)
}

/// Whether the level may be opened now (progress in the player's band and today's mission
/// together).
pub fn level_opens(levels: &Levels, saved: &TabletPlayers, mission: &Mission, id: &str) -> bool {
    let by_progress = pupil_map(levels, saved, mission).is_unlocked(id, |done| saved.progress().is_completed(done));
    mission.opens(id, by_progress)
}

/// Reads a stored assignment with the checks a link gets: a newer version is refused, ids and
/// key must be plain hex, and levels this version does not know (`known`) are dropped.
pub fn read_stored(text: &str, known: impl Fn(&str) -> bool) -> Result<Assignment, AssignmentError> {
    Assignment::from_json(text.as_bytes(), known)
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Mission>();
    app.init_resource::<MissionNotice>();
    // After the players are loaded (PreStartup): the stored mission first, then a new link.
    app.add_systems(Startup, (load_stored, take_link, show_made).chain());
    app.add_systems(PreUpdate, show_made.run_if(resource_changed::<Mission>));
}

/// Puts the levels the teacher made (today's mission's) into the course, in their own world,
/// with their texts, so every screen and level kind shows them like any level; a new or
/// removed mission takes its levels with it (the pupils' stars for them stay in progress).
pub(crate) fn show_made(mission: Res<Mission>, mut levels: ResMut<Levels>, texts: Option<ResMut<super::i18n::Texts>>) {
    let made = mission.0.as_ref().map_or(&[][..], |a| a.made.as_slice());
    let mut own = Vec::new();
    let made_levels = made
        .iter()
        .zip(1..)
        .map(|(level, order)| {
            let (level, texts) = level.to_level(order);
            own.extend(texts);
            level
        })
        .collect();
    levels.0.set_made(made_levels);
    if let Some(mut texts) = texts {
        texts.set_own_texts(own);
    }
}

pub(crate) fn load_stored(
    saved: Res<TabletPlayers>,
    levels: Res<Levels>,
    mut mission: ResMut<Mission>,
    mut notice: ResMut<MissionNotice>,
) {
    // Unavailable storage is told by the storage notice already.
    let Ok(Some(text)) = saved.stored_value(ASSIGNMENT_KEY) else { return };
    match read_stored(&text, |id| levels.level(id).is_some()) {
        Ok(assignment) => mission.0 = Some(assignment),
        // Left where it is: a newer game may still read it, and nothing is thrown away.
        Err(_) => notice.0 = Some("mission-stored-unreadable"),
    }
}

/// Takes a teacher's link from the page's address. The screens between levels run it too, for a
/// link opened while the game already runs in this tab.
pub(crate) fn take_link(
    mut platform: ResMut<Platform>,
    levels: Res<Levels>,
    mut saved: ResMut<TabletPlayers>,
    mut mission: ResMut<Mission>,
    mut notice: ResMut<MissionNotice>,
    mut storage_notice: ResMut<Notice>,
) {
    // Inside a school's platform the platform assigns the work: no teacher's link.
    if platform.package.is_some() {
        return;
    }
    let Some(link) = platform.host.take_mission_link() else { return };
    let known = |id: &str| levels.level(id).is_some();
    let assignment = match Assignment::from_link(&link, known) {
        Ok(assignment) => assignment,
        Err(error) => {
            notice.0 = Some(error.message_id());
            return;
        }
    };
    notice.set_if_neq(MissionNotice(None));
    if mission.0.as_ref() == Some(&assignment) {
        return;
    }
    if let Some(problem) = adopt(assignment, &mut saved, &mut mission, known) {
        // Kept for this session all the same.
        storage_notice.0 = Some(problem);
    }
}

/// Makes `assignment` (from a link or a mission file) today's mission and stores it; returns a
/// storage problem (the mission is kept for this session all the same).
pub(crate) fn adopt(
    assignment: Assignment,
    saved: &mut TabletPlayers,
    mission: &mut Mission,
    known: impl Fn(&str) -> bool,
) -> Option<crate::core::progress::StorageNotice> {
    if mission.0.as_ref() == Some(&assignment) {
        return None;
    }
    // A stored mission that could not be read is kept aside, never overwritten.
    if let Ok(Some(old)) = saved.stored_value(ASSIGNMENT_KEY)
        && read_stored(&old, &known).is_err()
    {
        let _ = saved.store_value(DAMAGED_ASSIGNMENT_KEY, &old);
    }
    // Plain strings and numbers always serialise.
    let text = serde_json::to_string(&assignment).unwrap_or_default();
    let problem = saved.store_value(ASSIGNMENT_KEY, &text);
    mission.0 = Some(assignment);
    problem
}

/// Removes the mission from the tablet (a grown-up's action). Returns a storage problem.
pub fn remove(saved: &mut TabletPlayers, mission: &mut Mission) -> Option<crate::core::progress::StorageNotice> {
    let problem = saved.remove_value(ASSIGNMENT_KEY);
    if problem.is_none() {
        mission.0 = None;
    }
    problem
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assignment(lock: bool) -> Assignment {
        let mut n = 40;
        Assignment::new("4B", vec!["a-1".into(), "b-2".into()], lock, true, "https://s.example/", 1, move || {
            n += 1;
            n
        })
    }

    #[test]
    fn a_stored_mission_reads_back_without_unknown_levels() {
        let stored = serde_json::to_string(&assignment(true)).unwrap();
        let read = read_stored(&stored, |id| id == "b-2").unwrap();
        assert_eq!(read.levels, ["b-2"]);
        assert_eq!(read.key, assignment(true).key);
        assert_eq!(read_stored(&stored, |_| false), Err(AssignmentError::NoKnownLevels));
    }

    #[test]
    fn damaged_and_newer_stored_missions_are_refused() {
        assert_eq!(read_stored("{\"v\":1,", |_| true), Err(AssignmentError::Damaged));
        assert_eq!(read_stored("{\"v\":9,\"new\":true}", |_| true), Err(AssignmentError::NewerVersion));
        let hostile = serde_json::to_string(&assignment(false)).unwrap().replace("\"a-1\"", "\"../x\"");
        assert_eq!(read_stored(&hostile, |_| true), Err(AssignmentError::Damaged));
    }

    #[test]
    fn a_locked_mission_opens_only_its_own_levels_and_always_those() {
        let locked = Mission(Some(assignment(true)));
        assert!(locked.opens("a-1", false));
        assert!(!locked.opens("c-3", true));
        let open = Mission(Some(assignment(false)));
        assert!(open.opens("b-2", false) && open.opens("c-3", true) && !open.opens("c-3", false));
        assert!(Mission::default().opens("c-3", true) && !Mission::default().opens("a-1", false));
    }
}

//! The game inside a school's platform (a Kolibri, SCORM 1.2 or cmi5 package; rules in
//! `core::package`). The platform's learner is the player: on the first launch a player is
//! made for them (a pseudonymous id from the learner, a nickname and picture to change later)
//! and asked their age band; every later launch opens on their home. There is no player
//! picker, no grown-ups' door and no teacher's link: the platform does that work. Progress
//! the platform kept (SCORM's suspend_data) joins the player's own, so another device goes on
//! where the last one stopped. After every attempt the platform hears where the learner
//! stands ([`PackageReport`]).

use super::catalog::Levels;
use super::mission::{Mission, MissionNotice, pupil_map};
use super::platform::{PackageReport, Platform};
use super::progress::{Notice, TabletPlayers};
use crate::core::export::xapi::{LevelTags, statements_since};
use crate::core::package::{
    COMPLETED, INITIALIZED, Kind, Session, Summary, TERMINATED, kolibri_statement, player_id, resume, scorm_time,
    suspend_data,
};
use crate::core::profiles::{Avatar, COLOURS, PICTURES, Tablet};
use crate::core::progress::{LevelRecord, Progress, StorageNotice};
use bevy::prelude::*;
use std::collections::BTreeMap;

/// Where the device's random salt for learners' player ids is kept beside the players.
pub const SALT_KEY: &str = "bytebridge.package.salt";

/// The message shown when the platform could not be reached (the game plays on, and keeps
/// the learner's stars on this device).
pub const UNREACHABLE: &str = "package-unreachable";
/// The message shown when the progress the platform kept could not be read.
pub const SAVED_UNREADABLE: &str = "package-saved-unreadable";

/// What the game has told the platform so far.
#[derive(Resource, Debug, Clone)]
pub struct PackageState {
    pub kind: Kind,
    /// The learner's player.
    pub player: String,
    /// cmi5: this launch's session (none when the launch could not be checked).
    pub session: Option<Session>,
    /// The newest attempt reported (ms since 1970), and how many attempts there were.
    pub reported_at: u64,
    reported_attempts: u32,
    /// Whether `completed` went (or the platform had it already): it goes once.
    pub completed: bool,
    /// Whether the platform's copy of the progress could not be read (never overwritten then).
    pub keep_platform_copy: bool,
    /// Levels a newer version named in the platform's copy, written back with each save.
    pub kept: BTreeMap<String, u8>,
    /// When this launch began (ms since 1970).
    pub started: u64,
}

/// Whether the game runs inside a platform.
pub fn in_package(platform: &Platform) -> bool {
    platform.package.is_some()
}

pub(super) fn plugin(app: &mut App) {
    // After the players are loaded (PreStartup).
    app.add_systems(Startup, start.after(super::mission::load_stored));
    app.add_systems(Update, report.run_if(resource_exists::<PackageState>).run_if(resource_changed::<TabletPlayers>));
}

/// Finds or makes the learner's player, brings in what the platform kept, and tells the
/// platform the learner has started.
#[allow(clippy::too_many_arguments)]
fn start(
    mut commands: Commands,
    platform: Res<Platform>,
    mut saved: ResMut<TabletPlayers>,
    levels: Res<Levels>,
    mission: Res<Mission>,
    mut notice: ResMut<Notice>,
    mut package_notice: ResMut<MissionNotice>,
) {
    let Some(package) = &platform.package else { return };
    let host = &platform.host;
    let now = host.now_ms();
    let learner = package.learner.clone().unwrap_or_default();
    let salt = match saved.stored_value(SALT_KEY) {
        Ok(Some(salt)) if !salt.is_empty() => salt,
        _ => {
            let salt = format!("{:016x}", host.random());
            // Unsaved, the salt lasts this launch: the learner plays in memory anyway.
            let _ = saved.store_value(SALT_KEY, &salt);
            salt
        }
    };
    let id = player_id(&learner, &salt);
    if saved.tablet.get(&id).is_none() {
        let random = host.random();
        let nickname = saved.tablet.suggest_nickname(random);
        let avatar = Avatar::new(
            PICTURES[(random >> 16) as usize % PICTURES.len()],
            COLOURS[(random >> 24) as usize % COLOURS.len()],
        );
        let language = platform.languages.first().cloned().unwrap_or_else(|| "en".to_owned());
        match saved.create(id.clone(), nickname, avatar, &language, now) {
            Ok(problem) => notice.0 = notice.0.or(problem),
            // A tablet full of players: the learner plays in memory this time (and the platform
            // keeps their stars where it can).
            Err(_) => {
                let nickname = saved.tablet.suggest_nickname(random);
                let avatar = Avatar::new(PICTURES[0], COLOURS[0]);
                *saved = TabletPlayers::in_memory(Tablet::default());
                let _ = saved.create(id.clone(), nickname, avatar, &language, now);
                notice.0 = Some(StorageNotice::Full);
            }
        }
    }
    saved.select(Some(&id));
    // What the platform kept joins the player's own (best stars win; nothing is lost).
    let (mut keep_platform_copy, mut kept_levels) = (false, BTreeMap::new());
    match resume(&package.saved, levels.levels().map(|l| l.id.as_str())) {
        Ok(resumed) if !resumed.levels.is_empty() || resumed.language.is_some() || resumed.unknown > 0 => {
            kept_levels = resumed.unknown_levels;
            let kept = Progress {
                language: resumed.language,
                levels: resumed
                    .levels
                    .into_iter()
                    .map(|(level, stars)| {
                        (
                            level,
                            LevelRecord { best_stars: stars, completions: 1, attempts_total: 1, attempts: Vec::new() },
                        )
                    })
                    .collect(),
            };
            let changed = saved.tablet.get_mut(&id).is_some_and(|profile| {
                let before = profile.progress.clone();
                profile.progress.merge(&kept);
                profile.progress != before
            });
            if changed && let Some(problem) = saved.save(&id) {
                notice.0 = Some(problem);
            }
        }
        Ok(_) => {}
        Err(_) => {
            keep_platform_copy = true;
            package_notice.0 = Some(SAVED_UNREADABLE);
        }
    }
    if !package.connected || matches!(package.launch, Some(Err(_))) {
        package_notice.0 = Some(UNREACHABLE);
    }
    let session = package.launch.clone().and_then(Result::ok).map(|launch| Session::new(launch, host.random(), now));
    let (reported_at, reported_attempts) = latest(saved.progress());
    let summary = summary(&levels, &saved, &mission);
    let mut state = PackageState {
        kind: package.kind,
        player: id.clone(),
        reported_at,
        reported_attempts,
        // cmi5: one `completed` per registration, also across devices (the page asked the
        // record store); Kolibri: said again at a launch with the map complete, harmlessly.
        completed: session.as_ref().is_some_and(|s| s.launch.completed),
        session,
        started: now,
        keep_platform_copy,
        kept: kept_levels,
    };
    let mut first = report_now(&state, &saved, summary, now);
    first.statements = match state.kind {
        Kind::Cmi5 => state.session.iter().map(|s| s.defined(INITIALIZED, now)).collect(),
        Kind::Kolibri => vec![kolibri_statement(INITIALIZED, &format!("{id}\u{0}{now}"))],
        Kind::Scorm12 => Vec::new(),
    };
    // A map completed before this launch (on another device, say) is told now.
    first.statements.extend(completion(&mut state, summary, now));
    package.link.report(&first);
    commands.insert_resource(state);
}

/// The learner whose age band is still to be asked (a first launch), if any: the screens
/// open on the age question for them, else on the learner's home.
pub fn asks_age(saved: &TabletPlayers) -> Option<String> {
    saved.current().filter(|player| player.band.is_none()).map(|player| player.id.clone())
}

/// The newest attempt's time and the number of attempts of `progress`.
fn latest(progress: &Progress) -> (u64, u32) {
    progress.levels.values().fold((0, 0), |(at, n), record| {
        let newest = record.attempts.iter().map(|a| a.at).max().unwrap_or(0);
        (at.max(newest), n.saturating_add(record.attempts_total))
    })
}

fn summary(levels: &Levels, saved: &TabletPlayers, mission: &Mission) -> Summary {
    let map = pupil_map(levels, saved, mission);
    let ids: Vec<&str> = map.worlds().into_iter().flat_map(|w| map.levels(w)).map(|l| l.id.as_str()).collect();
    Summary::of(saved.progress(), ids)
}

/// The report of where the learner stands now, without statements.
fn report_now(state: &PackageState, saved: &TabletPlayers, summary: Summary, now: u64) -> PackageReport {
    PackageReport {
        suspend: (!state.keep_platform_copy).then(|| suspend_data(saved.progress(), &state.kept).text),
        score: summary.score(),
        completed: summary.completed(),
        session_time: scorm_time(now.saturating_sub(state.started) / 1000),
        statements: Vec::new(),
        closing: state.session.iter().map(|s| s.defined(TERMINATED, now)).collect(),
    }
}

/// After an attempt: the learner's standing, their new attempts (cmi5) and, once, completion.
fn report(
    platform: Res<Platform>,
    saved: Res<TabletPlayers>,
    levels: Res<Levels>,
    mission: Res<Mission>,
    mut state: ResMut<PackageState>,
) {
    let Some(package) = &platform.package else { return };
    let Some(player) = saved.current().filter(|p| p.id == state.player) else { return };
    let (newest, attempts) = latest(&player.progress);
    if attempts == state.reported_attempts {
        return;
    }
    let now = platform.host.now_ms();
    let summary = summary(&levels, &saved, &mission);
    let mut report = report_now(&state, &saved, summary, now);
    if let (Kind::Cmi5, Some(session)) = (state.kind, &state.session) {
        let tags = |id: &str| levels.level(id).map(LevelTags::of).unwrap_or_default();
        let home = platform.host.page_url();
        report.statements = statements_since(player, &home, tags, Some(state.reported_at))
            .into_iter()
            .map(|s| session.allowed(s))
            .collect();
    }
    report.statements.extend(completion(&mut state, summary, now));
    package.link.report(&report);
    state.reported_at = state.reported_at.max(newest);
    state.reported_attempts = attempts;
}

/// `completed`, once, when the learner's map is complete (cmi5: in a Normal launch only).
fn completion(state: &mut PackageState, summary: Summary, now: u64) -> Option<serde_json::Value> {
    if state.completed || !summary.completed() {
        return None;
    }
    let statement = match (state.kind, &state.session) {
        (Kind::Cmi5, Some(session)) if session.launch.normal => session.defined(COMPLETED, now),
        (Kind::Kolibri, _) => kolibri_statement(COMPLETED, &state.player),
        _ => return None,
    };
    state.completed = true;
    Some(statement)
}

//! The tablet's players and the one playing, as a Bevy resource. Every change is written
//! through to storage at once (a hidden page stops Bevy's frame loop, so nothing may wait for
//! a later frame).

use super::platform::{Host, Platform};
use crate::core::level::AgeBand;
use crate::core::profiles::store::TabletStore;
use crate::core::profiles::{
    Avatar, BandChooser, MergeReport, Nickname, Profile, ProfileError, Settings, Tablet, transfer,
};
use crate::core::progress::{Attempt, KeyValueStore, MemoryStore, Progress, StorageNotice};
use bevy::prelude::*;
use std::collections::BTreeMap;

type Store = TabletStore<Box<dyn KeyValueStore + Send + Sync>>;

/// The tablet's players: every player on the tablet, the store they are saved to, and who is
/// playing.
#[derive(Resource)]
pub struct TabletPlayers {
    pub tablet: Tablet,
    store: Store,
    current: Option<String>,
}

/// A storage problem the pupil has not dismissed yet.
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Notice(pub Option<StorageNotice>);

static NO_PROGRESS: Progress = Progress { language: None, levels: BTreeMap::new() };

impl TabletPlayers {
    /// Profiles kept in memory only (tests, and a tablet whose storage is unavailable).
    pub fn in_memory(tablet: Tablet) -> TabletPlayers {
        TabletPlayers { tablet, store: TabletStore::new(Box::new(MemoryStore::default())), current: None }
    }

    /// The player playing now.
    pub fn current(&self) -> Option<&Profile> {
        self.current.as_deref().and_then(|id| self.tablet.get(id))
    }

    /// The progress of the player playing now (empty before one is chosen).
    pub fn progress(&self) -> &Progress {
        self.current().map_or(&NO_PROGRESS, |p| &p.progress)
    }

    /// The age band of the player playing now, as the map counts it (the youngest when none
    /// is chosen, or nobody plays).
    pub fn band(&self) -> AgeBand {
        self.current().map_or(AgeBand::Young, Profile::age_band)
    }

    /// Whether every save so far is on disk (see `KeyValueStore::settled`).
    pub fn settled(&self) -> bool {
        self.store.inner().settled()
    }

    /// Chooses who plays (None: back on the players screen).
    pub fn select(&mut self, id: Option<&str>) {
        self.current = id.filter(|id| self.tablet.get(id).is_some()).map(str::to_owned);
    }

    /// Writes one player now; a failure becomes a notice on screen, never a crash.
    pub fn save(&mut self, id: &str) -> Option<StorageNotice> {
        let profile = self.tablet.get_mut(id)?;
        self.store.save(profile).err()
    }

    /// Records an attempt of the current player (a solved one also completes the level)
    /// and saves. Returns (new best?, storage problem).
    pub fn record_attempt(&mut self, level: &str, mut attempt: Attempt, now: u64) -> (bool, Option<StorageNotice>) {
        let Some(id) = self.current.clone() else { return (false, None) };
        let Some(profile) = self.tablet.get_mut(&id) else { return (false, None) };
        attempt.at = now;
        let improved = profile.progress.record_attempt(level, attempt);
        (improved, self.save(&id))
    }

    /// Remembers the current player's language.
    pub fn set_language(&mut self, tag: &str) -> Option<StorageNotice> {
        let id = self.current.clone()?;
        let profile = self.tablet.get_mut(&id)?;
        if profile.progress.language.as_deref() == Some(tag) {
            return None;
        }
        profile.progress.language = Some(tag.to_owned());
        self.save(&id)
    }

    /// Adds a player, saves it and makes it the current one.
    pub fn create(
        &mut self,
        id: String,
        nickname: Nickname,
        avatar: Avatar,
        language: &str,
        now: u64,
    ) -> Result<Option<StorageNotice>, ProfileError> {
        let id = self.tablet.create(id, nickname, avatar, now)?.id.clone();
        if let Some(profile) = self.tablet.get_mut(&id) {
            profile.progress.language = Some(language.to_owned());
        }
        self.current = Some(id.clone());
        Ok(self.save(&id))
    }

    /// Changes a player's nickname and picture, and saves.
    pub fn rename(
        &mut self,
        id: &str,
        nickname: Nickname,
        avatar: Avatar,
        now: u64,
    ) -> Result<Option<StorageNotice>, ProfileError> {
        self.tablet.rename(id, nickname, avatar, now)?;
        Ok(self.save(id))
    }

    /// Sets or removes a player's picture password, and saves.
    pub fn set_secret(
        &mut self,
        id: &str,
        secret: Option<Vec<String>>,
        now: u64,
    ) -> Result<Option<StorageNotice>, ProfileError> {
        self.tablet.set_secret(id, secret, now)?;
        Ok(self.save(id))
    }

    /// Changes the current player's settings with `edit`, and saves (nothing without a player).
    pub fn change_settings(&mut self, now: u64, edit: impl FnOnce(&mut Settings)) -> Option<StorageNotice> {
        let player = self.current()?;
        let (id, mut settings) = (player.id.clone(), player.settings);
        edit(&mut settings);
        self.tablet.set_settings(&id, settings, now).ok()?;
        self.save(&id)
    }

    /// Sets a player's age band (`by` the pupil or a grown-up), and saves.
    pub fn set_band(
        &mut self,
        id: &str,
        band: AgeBand,
        by: BandChooser,
        now: u64,
    ) -> Result<Option<StorageNotice>, ProfileError> {
        self.tablet.set_band(id, band, by, now)?;
        Ok(self.save(id))
    }

    /// Deletes a player from the tablet (an adult's action).
    pub fn remove(&mut self, id: &str) -> Option<StorageNotice> {
        if let Err(notice) = self.store.remove(id) {
            return Some(notice);
        }
        self.tablet.remove(id);
        if self.current.as_deref() == Some(id) {
            self.current = None;
        }
        None
    }

    /// Removes every player and everything else Byte Bridge stored (an adult's action).
    pub fn clear(&mut self) -> Option<StorageNotice> {
        if let Err(notice) = self.store.clear() {
            return Some(notice);
        }
        self.tablet = Tablet::default();
        self.current = None;
        None
    }

    /// Brings in players from a file and saves every one that changed. Players a newer
    /// version keeps on this tablet are left alone (counted as refused).
    pub fn merge(&mut self, profiles: Vec<Profile>) -> (MergeReport, Option<StorageNotice>) {
        let (ours, newer): (Vec<Profile>, Vec<Profile>) =
            profiles.into_iter().partition(|p| !self.store.is_newer(&p.id));
        let (mut report, changed) = self.tablet.merge(ours);
        report.refused += newer.len();
        // Every one is tried, even after a failure: each saved player is one less to lose.
        let problems: Vec<StorageNotice> = changed.iter().filter_map(|id| self.save(id)).collect();
        (report, problems.first().copied())
    }

    /// A value stored beside the players (see [`TabletStore::value`]).
    pub fn stored_value(&self, key: &str) -> Result<Option<String>, StorageNotice> {
        self.store.value(key)
    }

    /// Stores a value beside the players at once; a failure is a notice to show.
    pub fn store_value(&mut self, key: &str, value: &str) -> Option<StorageNotice> {
        self.store.set_value(key, value).err()
    }

    /// Removes a value stored beside the players.
    pub fn remove_value(&mut self, key: &str) -> Option<StorageNotice> {
        self.store.remove_value(key).err()
    }

    /// A players file with these players (all of them when `ids` is empty).
    pub fn export(&self, ids: &[&str], passwords: transfer::PicturePasswords, now: u64) -> String {
        let profiles: Vec<&Profile> =
            self.tablet.profiles.iter().filter(|p| ids.is_empty() || ids.contains(&p.id.as_str())).collect();
        transfer::export(&profiles, passwords, now)
    }

    /// Hands these players (all when `ids` is empty) to the host as a dated players file.
    pub fn save_to_file(
        &self,
        host: &dyn Host,
        ids: &[&str],
        passwords: transfer::PicturePasswords,
    ) -> Result<(), String> {
        let now = host.now_ms();
        host.save_file(&transfer::file_name(now), &self.export(ids, passwords, now))
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Notice>();
    app.add_systems(PreStartup, load_progress);
}

pub(super) fn load_progress(mut commands: Commands, mut platform: ResMut<Platform>) {
    let store = platform.store.take().unwrap_or_else(|| Box::new(MemoryStore::default()));
    let mut store = TabletStore::new(store);
    let (tablet, notices) = store.load(platform.host.random(), platform.host.now_ms());
    if !store.is_writable() {
        // Play on for this session in memory; the notice tells the pupil it will not last.
        store = TabletStore::new(Box::new(MemoryStore::default()));
    }
    commands.insert_resource(TabletPlayers { tablet, store, current: None });
    commands.insert_resource(Notice(notices.first().copied()));
}

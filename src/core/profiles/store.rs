//! How profiles are kept on the tablet so that no completed level is ever lost.
//!
//! - One key per profile (`bytebridge.profile.<id>`), written at once after every attempt, so
//!   a write is small and a damaged value harms one pupil's record at most.
//! - Every record carries its schema version and a checksum of its exact text; a record that
//!   fails either check is *damaged*.
//! - Every save writes the record twice: the key and `<key>.backup`. A damaged record is
//!   replaced by its backup (the last good copy) and the damaged text is kept under
//!   `<key>.damaged`; nothing is deleted on the way.
//! - A record from a newer version is never touched.
//! - A tablet from before profiles (schemas 1–2: one pupil under `bytebridge.progress`) becomes
//!   one profile; the old record is then kept under `bytebridge.progress.migrated`.

use super::{Avatar, Profile, Tablet};
use crate::core::progress::{self, DAMAGED_KEY, DecodeError, KeyValueStore, PROGRESS_KEY, StorageNotice, StoreError};
use serde::Deserialize;
use serde_json::value::RawValue;

/// The record format written by this build. Raise it together with a step in [`migrate`]
/// and a fixture of the old version under `tests/fixtures/` (never delete a fixture).
/// Schema 4 added the player's age band (`band`, issue #15).
pub const SCHEMA_VERSION: u32 = 4;
/// Every profile key starts with this, followed by the profile's id.
pub const PROFILE_PREFIX: &str = "bytebridge.profile.";
const BACKUP_SUFFIX: &str = ".backup";
const DAMAGED_SUFFIX: &str = ".damaged";
/// Where a migrated single-pupil record is kept after it became a profile.
pub const MIGRATED_KEY: &str = "bytebridge.progress.migrated";
/// Everything Byte Bridge stores starts with this (for "clear this tablet").
pub const KEY_PREFIX: &str = "bytebridge.";

/// The key of a profile's record.
pub fn key(id: &str) -> String {
    format!("{PROFILE_PREFIX}{id}")
}

fn backup_key(id: &str) -> String {
    format!("{PROFILE_PREFIX}{id}{BACKUP_SUFFIX}")
}

fn damaged_key(id: &str) -> String {
    format!("{PROFILE_PREFIX}{id}{DAMAGED_SUFFIX}")
}

/// 32-bit FNV-1a of the text's UTF-8 bytes as 8 hex digits: catches a cut-off or edited
/// record (not a forger; nothing here is secret).
pub fn checksum(text: &str) -> String {
    format!("{:08x}", crate::core::hash::fnv1a_32(text.as_bytes()))
}

/// A profile record: `{"schema":4,"check":"<checksum of the profile text>","profile":{…}}`.
pub fn encode(profile: &Profile) -> String {
    // Serialising plain structs, maps and strings cannot fail.
    let data = serde_json::to_string(profile).unwrap_or_else(|_| "{}".to_owned());
    format!("{{\"schema\":{SCHEMA_VERSION},\"check\":\"{}\",\"profile\":{data}}}", checksum(&data))
}

/// Only the version: read first, so a newer record is recognised whatever else changed.
#[derive(Deserialize)]
struct Version {
    schema: u64,
}

#[derive(Deserialize)]
struct Stored<'a> {
    #[serde(default)]
    check: Option<String>,
    #[serde(borrow, default)]
    profile: Option<&'a RawValue>,
}

/// Reads a profile record of any known version.
pub fn decode(text: &str) -> Result<Profile, DecodeError> {
    let version: Version = serde_json::from_str(text).map_err(|e| DecodeError::Damaged(e.to_string()))?;
    let schema = u32::try_from(version.schema).unwrap_or(u32::MAX);
    if schema > SCHEMA_VERSION {
        return Err(DecodeError::NewerVersion(schema));
    }
    let stored: Stored = serde_json::from_str(text).map_err(|e| DecodeError::Damaged(e.to_string()))?;
    let raw = stored.profile.ok_or_else(|| DecodeError::Damaged("no profile".to_owned()))?;
    if stored.check.as_deref() != Some(checksum(raw.get()).as_str()) {
        return Err(DecodeError::Damaged("checksum does not match".to_owned()));
    }
    let value: serde_json::Value = serde_json::from_str(raw.get()).map_err(|e| DecodeError::Damaged(e.to_string()))?;
    let value = migrate(schema, value)?;
    serde_json::from_value(value).map_err(|e| DecodeError::Damaged(e.to_string()))
}

/// Lifts a profile of an older record schema to this one, a step at a time, keeping every
/// field. Schema 3 is the first profile record; schemas 1–2 were single-pupil records (see
/// [`TabletStore::load`]).
fn migrate(schema: u32, value: serde_json::Value) -> Result<serde_json::Value, DecodeError> {
    match schema {
        SCHEMA_VERSION => Ok(value),
        // 3 → 4: the age band is new. A player from before has none: "not chosen", which the
        // map counts as the youngest band (`Profile::age_band`) until someone chooses.
        3 => migrate(4, value),
        other => Err(DecodeError::Damaged(format!("schema {other} is not a profile record"))),
    }
}

/// Takes what another copy of the same player holds into `profile`: the newer nickname,
/// picture, password, settings and age band, and both copies' results (no attempt twice, no star lost). A copy of
/// another player changes nothing.
pub fn absorb(profile: &mut Profile, other: Profile) {
    if other.id != profile.id || other == *profile {
        return;
    }
    profile.band = super::merged_band(profile.band, other.band, other.updated > profile.updated);
    if other.updated > profile.updated {
        profile.nickname = other.nickname;
        profile.avatar = other.avatar;
        profile.secret = other.secret;
        profile.settings = other.settings;
        profile.updated = other.updated;
    }
    profile.progress.merge(&other.progress);
}

/// Whether `key` holds a player's record or its backup copy (not a damaged text kept aside).
pub fn is_record_key(key: &str) -> bool {
    key.strip_prefix(PROFILE_PREFIX).is_some_and(|rest| !rest.contains(DAMAGED_SUFFIX))
}

/// Loads and saves the tablet's profiles through a [`KeyValueStore`].
#[derive(Debug)]
pub struct TabletStore<S> {
    store: S,
    writable: bool,
    /// Players stored by a newer version: never written by this one.
    newer: Vec<String>,
}

/// Attempts per level kept when a full tablet leaves no room for the whole record: the stars
/// and counts always stay; only the oldest attempt details go.
const ATTEMPTS_WHEN_FULL: usize = 3;

fn notice_for(error: StoreError) -> StorageNotice {
    match error {
        StoreError::Full => StorageNotice::Full,
        StoreError::Unavailable | StoreError::Other(_) => StorageNotice::Unavailable,
    }
}

impl<S: KeyValueStore> TabletStore<S> {
    pub fn new(store: S) -> Self {
        TabletStore { store, writable: true, newer: Vec::new() }
    }

    /// The wrapped store.
    pub fn inner(&self) -> &S {
        &self.store
    }

    /// Whether saving can work at all (false when storage was unavailable at start).
    pub fn is_writable(&self) -> bool {
        self.writable
    }

    /// Whether a newer version stored this player (it is left alone, and a file bringing
    /// the same player in must not overwrite it).
    pub fn is_newer(&self, id: &str) -> bool {
        self.newer.iter().any(|n| n == id)
    }

    /// Reads every profile, repairing what it can, with what the pupils should be told (each
    /// notice once). `random` and `now` name a profile migrated from a single-pupil record.
    pub fn load(&mut self, random: u64, now: u64) -> (Tablet, Vec<StorageNotice>) {
        let mut tablet = Tablet::default();
        let mut notices = Vec::new();
        let keys = match self.store.keys() {
            Ok(keys) => keys,
            Err(_) => {
                self.writable = false;
                return (tablet, vec![StorageNotice::Unavailable]);
            }
        };
        let mut ids: Vec<&str> = keys
            .iter()
            .filter_map(|k| k.strip_prefix(PROFILE_PREFIX))
            .filter(|rest| !rest.contains(DAMAGED_SUFFIX))
            .map(|rest| rest.strip_suffix(BACKUP_SUFFIX).unwrap_or(rest))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        for id in ids {
            let (profile, notice) = self.load_one(id);
            tablet.profiles.extend(profile);
            notices.extend(notice);
        }
        if keys.iter().any(|k| k == PROGRESS_KEY) {
            notices.extend(self.migrate_single_record(&mut tablet, random, now));
        }
        tablet.profiles.sort_by(|a, b| a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id)));
        notices.sort_by_key(|n| *n as u8);
        notices.dedup();
        (tablet, notices)
    }

    fn load_one(&mut self, id: &str) -> (Option<Profile>, Option<StorageNotice>) {
        let read = |store: &S, key: &str| store.get(key).ok().flatten();
        let primary = read(&self.store, &key(id));
        let decoded = primary.as_deref().map(decode);
        match decoded {
            Some(Ok(profile)) if profile.id == id => return (Some(profile), None),
            Some(Err(DecodeError::NewerVersion(_))) => {
                self.newer.push(id.to_owned());
                return (None, Some(StorageNotice::NewerVersion));
            }
            _ => {}
        }
        // The record is damaged or gone: fall back on the last good copy.
        let backup = read(&self.store, &backup_key(id));
        match backup.as_deref().map(decode) {
            Some(Ok(profile)) if profile.id == id => {
                if let Some(text) = &primary {
                    let _ = self.store.set(&damaged_key(id), text);
                }
                let _ = self.store.set(&key(id), &encode(&profile));
                (Some(profile), Some(StorageNotice::RecoveredFromBackup))
            }
            Some(Err(DecodeError::NewerVersion(_))) => {
                self.newer.push(id.to_owned());
                (None, Some(StorageNotice::NewerVersion))
            }
            _ => {
                // Both copies are unreadable: keep both texts aside, out of the tablet's way.
                if primary.is_none() && backup.is_none() {
                    return (None, None);
                }
                let kept = [(&primary, damaged_key(id)), (&backup, format!("{}{BACKUP_SUFFIX}", damaged_key(id)))]
                    .into_iter()
                    .all(|(text, key)| text.as_ref().is_none_or(|text| self.store.set(&key, text).is_ok()));
                if kept {
                    let _ = self.store.remove(&backup_key(id));
                    let _ = self.store.remove(&key(id));
                }
                (None, Some(StorageNotice::RecoveredDamaged))
            }
        }
    }

    /// A tablet from before profiles: its one record becomes a profile. The profile's id ends
    /// with the record's checksum, so an interrupted migration never makes a second copy.
    fn migrate_single_record(&mut self, tablet: &mut Tablet, random: u64, now: u64) -> Option<StorageNotice> {
        let text = self.store.get(PROGRESS_KEY).ok().flatten()?;
        match progress::decode(&text) {
            Ok(progress) => {
                let check = checksum(&text);
                let id = match tablet.profiles.iter().find(|p| p.id.ends_with(&check)) {
                    Some(p) => p.id.clone(),
                    None => {
                        let id = format!("{:08x}{check}", random & 0xffff_ffff);
                        let nickname = tablet.suggest_nickname(random);
                        tablet.profiles.push(Profile {
                            id: id.clone(),
                            nickname,
                            avatar: Avatar::new("star", "orange"),
                            secret: None,
                            created: now,
                            updated: now,
                            band: None,
                            settings: Default::default(),
                            progress,
                        });
                        id
                    }
                };
                let mut profile = tablet.get(&id)?.clone();
                match self.save(&mut profile) {
                    Ok(()) => {
                        if self.store.set(MIGRATED_KEY, &text).is_ok() {
                            let _ = self.store.remove(PROGRESS_KEY);
                        }
                        None
                    }
                    // Not saved yet: the old record stays where it is and is tried again.
                    Err(notice) => Some(notice),
                }
            }
            Err(DecodeError::NewerVersion(_)) => Some(StorageNotice::NewerVersion),
            Err(DecodeError::Damaged(_)) => {
                if self.store.set(DAMAGED_KEY, &text).is_ok() {
                    let _ = self.store.remove(PROGRESS_KEY);
                }
                Some(StorageNotice::RecoveredDamaged)
            }
        }
    }

    /// Writes a profile at once, then its backup copy. Returns a notice when it could not be
    /// saved (the profile stays in memory: the pupil can still save it to a file).
    ///
    /// What another tab of the game (or the installed app beside a browser tab) saved for the
    /// same player meanwhile is merged in first, so neither overwrites the other's results.
    /// On a full tablet the backup makes room first, then the oldest attempt details: stars
    /// and counts are always kept.
    pub fn save(&mut self, profile: &mut Profile) -> Result<(), StorageNotice> {
        if !self.writable {
            return Err(StorageNotice::Unavailable);
        }
        if self.is_newer(&profile.id) {
            return Err(StorageNotice::NewerVersion);
        }
        let key = key(&profile.id);
        if let Ok(Some(stored)) = self.store.get(&key).map(|t| t.and_then(|t| decode(&t).ok())) {
            absorb(profile, stored);
        }
        let text = encode(profile);
        match self.store.set(&key, &text) {
            Ok(()) => {}
            Err(StoreError::Full) => {
                // Room first from this player's own backup, then from old attempt details.
                let _ = self.store.remove(&backup_key(&profile.id));
                if self.store.set(&key, &text).is_err() {
                    let mut smaller = profile.clone();
                    for record in smaller.progress.levels.values_mut() {
                        let extra = record.attempts.len().saturating_sub(ATTEMPTS_WHEN_FULL);
                        record.attempts.drain(..extra);
                    }
                    self.store.set(&key, &encode(&smaller)).map_err(notice_for)?;
                    // Saved, but the tablet is full: the next result may not fit.
                    return Err(StorageNotice::Full);
                }
            }
            Err(error) => return Err(notice_for(error)),
        }
        // The record is safe. No room for its backup means no room for the next result
        // either: say so now, while the stars can still go to a file.
        match self.store.set(&backup_key(&profile.id), &text) {
            Err(StoreError::Full) => Err(StorageNotice::Full),
            _ => Ok(()),
        }
    }

    /// Deletes a profile: its backup first, so an interrupted delete leaves a whole profile.
    pub fn remove(&mut self, id: &str) -> Result<(), StorageNotice> {
        if !self.writable {
            return Err(StorageNotice::Unavailable);
        }
        self.store.remove(&backup_key(id)).map_err(notice_for)?;
        self.store.remove(&key(id)).map_err(notice_for)?;
        let _ = self.store.remove(&damaged_key(id));
        Ok(())
    }

    /// A value kept beside the players under its own `key` (one starting with
    /// [`KEY_PREFIX`] but not [`PROFILE_PREFIX`], e.g. the class's assignment).
    pub fn value(&self, key: &str) -> Result<Option<String>, StorageNotice> {
        self.store.get(key).map_err(notice_for)
    }

    /// Stores such a value at once.
    pub fn set_value(&mut self, key: &str, value: &str) -> Result<(), StorageNotice> {
        if !self.writable {
            return Err(StorageNotice::Unavailable);
        }
        self.store.set(key, value).map_err(notice_for)
    }

    /// Removes such a value.
    pub fn remove_value(&mut self, key: &str) -> Result<(), StorageNotice> {
        if !self.writable {
            return Err(StorageNotice::Unavailable);
        }
        self.store.remove(key).map_err(notice_for)
    }

    /// Removes everything Byte Bridge stored on this tablet (an adult's "clear this tablet").
    pub fn clear(&mut self) -> Result<(), StorageNotice> {
        if !self.writable {
            return Err(StorageNotice::Unavailable);
        }
        let keys = self.store.keys().map_err(notice_for)?;
        for key in keys.iter().filter(|k| k.starts_with(KEY_PREFIX)) {
            self.store.remove(key).map_err(notice_for)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::level::AgeBand;
    use crate::core::profiles::Nickname;
    use crate::core::progress::{Attempt, MemoryStore};

    fn profile(id: &str) -> Profile {
        let mut tablet = Tablet::default();
        tablet.create(id.to_owned(), Nickname::new("kind", "owl"), Avatar::new("fish", "teal"), 5).expect("valid");
        let mut p = tablet.profiles.remove(0);
        p.progress.record_attempt(
            "robot-first-steps",
            Attempt { outcome: "reached_goal".into(), stars: 3, at: 9, ..Default::default() },
        );
        p
    }

    fn saved(profiles: &[Profile]) -> MemoryStore {
        let mut store = TabletStore::new(MemoryStore::default());
        for p in profiles {
            store.save(&mut p.clone()).expect("saves");
        }
        store.inner().clone()
    }

    #[test]
    fn saved_profiles_load_again() {
        let a = profile("a1");
        let b = profile("b2");
        let mut store = TabletStore::new(saved(&[a.clone(), b.clone()]));
        let (tablet, notices) = store.load(1, 1);
        assert_eq!(tablet.profiles, vec![a, b]);
        assert!(notices.is_empty());
    }

    #[test]
    fn a_damaged_record_comes_back_from_its_backup_and_is_kept_aside() {
        let a = profile("a1");
        let mut memory = saved(std::slice::from_ref(&a));
        let good = memory.get(&key("a1")).unwrap().unwrap();
        // An edit that keeps valid JSON is caught by the checksum.
        let edited = good.replace("\"best_stars\":3", "\"best_stars\":1");
        assert_ne!(edited, good);
        for broken in [edited.as_str(), &good[..good.len() / 2], "", "null"] {
            memory.set(&key("a1"), broken).unwrap();
            let mut store = TabletStore::new(memory.clone());
            let (tablet, notices) = store.load(1, 1);
            assert_eq!(tablet.profiles, vec![a.clone()], "recovered from {broken:?}");
            assert_eq!(notices, vec![StorageNotice::RecoveredFromBackup]);
            assert_eq!(store.inner().get(&damaged_key("a1")), Ok(Some(broken.to_owned())));
            assert_eq!(store.inner().get(&key("a1")), Ok(Some(good.clone())), "the record is repaired");
        }
    }

    #[test]
    fn a_lost_record_comes_back_from_its_backup() {
        let a = profile("a1");
        let mut memory = saved(std::slice::from_ref(&a));
        memory.remove(&key("a1")).unwrap();
        let (tablet, notices) = TabletStore::new(memory).load(1, 1);
        assert_eq!(tablet.profiles, vec![a]);
        assert_eq!(notices, vec![StorageNotice::RecoveredFromBackup]);
    }

    #[test]
    fn with_both_copies_damaged_the_text_is_kept_aside_and_the_others_load() {
        let mut memory = saved(&[profile("a1"), profile("b2")]);
        memory.set(&key("a1"), "{\"schema\":3,").unwrap();
        memory.set(&backup_key("a1"), "garbage").unwrap();
        let mut store = TabletStore::new(memory);
        let (tablet, notices) = store.load(1, 1);
        assert_eq!(tablet.profiles.len(), 1);
        assert_eq!(notices, vec![StorageNotice::RecoveredDamaged]);
        assert_eq!(store.inner().get(&damaged_key("a1")), Ok(Some("{\"schema\":3,".to_owned())));
        assert_eq!(store.inner().get(&format!("{}.backup", damaged_key("a1"))), Ok(Some("garbage".to_owned())));
        // Told once: the next start is quiet.
        assert!(store.load(1, 1).1.is_empty());
    }

    #[test]
    fn a_newer_record_is_never_touched() {
        let newer = r#"{"schema":99,"check":"0","profile":{"id":"n1"}}"#;
        let mut memory = saved(&[profile("a1")]);
        memory.set(&key("n1"), newer).unwrap();
        let mut store = TabletStore::new(memory);
        let (tablet, notices) = store.load(1, 1);
        assert_eq!(tablet.profiles.len(), 1);
        assert_eq!(notices, vec![StorageNotice::NewerVersion]);
        assert_eq!(store.inner().get(&key("n1")), Ok(Some(newer.to_owned())));
    }

    #[test]
    fn every_kept_single_pupil_fixture_becomes_a_profile_once() {
        for (fixture, level, stars, language) in [
            (include_str!("../../../tests/fixtures/progress-v1.json"), "robot-first-steps", 3, "de"),
            (include_str!("../../../tests/fixtures/progress-v2.json"), "loop-first-loop", 3, "uk"),
        ] {
            let mut store = TabletStore::new(MemoryStore::with(PROGRESS_KEY, fixture));
            let (tablet, notices) = store.load(42, 1000);
            assert!(notices.is_empty());
            assert_eq!(tablet.profiles.len(), 1);
            let p = &tablet.profiles[0];
            assert_eq!(p.progress.best_stars(level), stars);
            assert_eq!(p.progress.language.as_deref(), Some(language));
            assert!(p.nickname.is_known());
            assert_eq!(store.inner().get(PROGRESS_KEY), Ok(None), "moved aside");
            assert_eq!(store.inner().get(MIGRATED_KEY), Ok(Some(fixture.to_owned())));
            // Loading again finds the same one profile.
            assert_eq!(store.load(7, 2000).0, tablet);
        }
    }

    #[test]
    fn a_player_saved_before_age_bands_loads_with_none_chosen_and_keeps_everything_else() {
        let fixture = include_str!("../../../tests/fixtures/profile-v3.json");
        let mut memory = MemoryStore::default();
        memory.set(&key("00000000c0ffee03"), fixture).unwrap();
        let mut store = TabletStore::new(memory);
        let (tablet, notices) = store.load(1, 1);
        assert!(notices.is_empty(), "{notices:?}");
        let mut player = tablet.profiles[0].clone();
        assert_eq!(player.band, None, "not chosen");
        assert_eq!(player.age_band(), AgeBand::Young, "counts as the youngest");
        assert_eq!(player.nickname, Nickname::new("calm", "owl"));
        assert_eq!(player.secret.as_deref().map(<[String]>::len), Some(3));
        assert_eq!((player.created, player.updated), (1_764_374_400_000, 1_764_374_500_000));
        assert_eq!(player.progress.language.as_deref(), Some("de"));
        assert_eq!(player.progress.levels["robot-first-steps"].attempts.len(), 2);
        assert_eq!(player.progress.best_stars("robot-first-steps"), 3);
        // Saved again, it is a record of this schema with the band a grown-up chose.
        player.band = Some(AgeBand::Older);
        store.save(&mut player).expect("saves");
        let text = store.inner().get(&key(&player.id)).unwrap().unwrap();
        assert!(text.starts_with(&format!("{{\"schema\":{SCHEMA_VERSION},")), "{text}");
        assert!(text.contains(r#""band":"12-14""#), "{text}");
        assert_eq!(store.load(1, 1).0.profiles, vec![player]);
    }

    #[test]
    fn a_band_is_never_lost_to_an_older_copy_of_the_player() {
        let mut ours = profile("a1");
        let mut theirs = ours.clone();
        ours.band = Some(AgeBand::Older);
        // A copy written before the band was chosen, though changed later (a new picture).
        theirs.updated = ours.updated + 10;
        theirs.avatar = Avatar::new("boat", "blue");
        absorb(&mut ours, theirs.clone());
        assert_eq!((ours.band, &ours.avatar), (Some(AgeBand::Older), &theirs.avatar));
        // A newer choice wins.
        theirs.band = Some(AgeBand::Middle);
        theirs.updated += 10;
        absorb(&mut ours, theirs);
        assert_eq!(ours.band, Some(AgeBand::Middle));
    }

    #[test]
    fn a_migration_that_could_not_be_saved_is_retried_without_a_duplicate() {
        let fixture = include_str!("../../../tests/fixtures/progress-v2.json");
        let mut full = MemoryStore::with(PROGRESS_KEY, fixture);
        full.quota = Some(fixture.len() + PROGRESS_KEY.len());
        let mut store = TabletStore::new(full);
        let (tablet, notices) = store.load(1, 1);
        assert_eq!(notices, vec![StorageNotice::Full]);
        assert_eq!(tablet.profiles.len(), 1, "playable in memory");
        assert_eq!(store.inner().get(PROGRESS_KEY), Ok(Some(fixture.to_owned())), "the old record stays");
        let mut roomy = store.inner().clone();
        roomy.quota = None;
        let mut store = TabletStore::new(roomy);
        let (again, notices) = store.load(2, 2);
        assert!(notices.is_empty());
        assert_eq!(again.profiles.len(), 1);
        // Saved, but the old record was not moved aside (the tab closed in between).
        let mut memory = store.inner().clone();
        memory.set(PROGRESS_KEY, fixture).unwrap();
        let (third, _) = TabletStore::new(memory).load(3, 3);
        assert_eq!(third.profiles.len(), 1, "no second copy");
        assert_eq!(third.profiles[0].id, again.profiles[0].id);
    }

    #[test]
    fn a_damaged_single_pupil_record_is_kept_aside() {
        let mut store = TabletStore::new(MemoryStore::with(PROGRESS_KEY, "{\"schema\":1,\"progr"));
        let (tablet, notices) = store.load(1, 1);
        assert!(tablet.profiles.is_empty());
        assert_eq!(notices, vec![StorageNotice::RecoveredDamaged]);
        assert_eq!(store.inner().get(DAMAGED_KEY), Ok(Some("{\"schema\":1,\"progr".to_owned())));
    }

    #[test]
    fn unavailable_and_full_storage_are_reported_not_fatal() {
        let mut blocked = MemoryStore::default();
        blocked.fail_with = Some(StoreError::Unavailable);
        let mut store = TabletStore::new(blocked);
        let (tablet, notices) = store.load(1, 1);
        assert!(tablet.profiles.is_empty());
        assert_eq!(notices, vec![StorageNotice::Unavailable]);
        assert_eq!(store.save(&mut profile("a1")), Err(StorageNotice::Unavailable));

        let mut tiny = MemoryStore::default();
        tiny.quota = Some(100);
        let mut full = TabletStore::new(tiny);
        assert_eq!(full.save(&mut profile("a1")), Err(StorageNotice::Full));
    }

    #[test]
    fn a_full_tablet_keeps_the_stars_and_lets_old_attempt_details_go() {
        let mut p = profile("a1");
        for at in 10..30 {
            p.progress
                .record_attempt("robot-first-steps", Attempt { outcome: "hit_wall".into(), at, ..Default::default() });
        }
        let whole = encode(&p).len();
        let mut memory = MemoryStore::default();
        // Room for a trimmed record, not for the whole one (nor a backup).
        memory.quota = Some(whole - 200);
        let mut store = TabletStore::new(memory);
        assert_eq!(store.save(&mut p.clone()), Err(StorageNotice::Full), "the pupil is told");
        let (tablet, _) = TabletStore::new(store.inner().clone()).load(1, 1);
        let saved = &tablet.profiles[0].progress.levels["robot-first-steps"];
        assert_eq!(saved.best_stars, 3, "no star is lost");
        assert_eq!(saved.attempts_total, 21);
        assert_eq!(saved.attempts.len(), ATTEMPTS_WHEN_FULL);
    }

    #[test]
    fn two_tabs_saving_the_same_player_keep_both_results() {
        let memory = saved(&[profile("a1")]);
        let mut first = TabletStore::new(memory);
        let (mut tab_a, _) = first.load(1, 1);
        let (mut tab_b, _) = first.load(1, 1);
        tab_a.profiles[0]
            .progress
            .record_attempt("loop-first-loop", Attempt { outcome: "x".into(), stars: 2, at: 50, ..Default::default() });
        first.save(&mut tab_a.profiles[0]).expect("saves");
        tab_b.profiles[0]
            .progress
            .record_attempt("share-or-keep", Attempt { outcome: "x".into(), stars: 3, at: 60, ..Default::default() });
        first.save(&mut tab_b.profiles[0]).expect("saves");
        let (tablet, _) = first.load(1, 1);
        let progress = &tablet.profiles[0].progress;
        assert_eq!((progress.best_stars("loop-first-loop"), progress.best_stars("share-or-keep")), (2, 3));
    }

    #[test]
    fn a_player_a_newer_version_stored_is_never_overwritten() {
        let mut newer_profile = profile("n1");
        let newer = encode(&newer_profile)
            .replace(&format!("\"schema\":{SCHEMA_VERSION}"), &format!("\"schema\":{}", SCHEMA_VERSION + 1));
        assert_ne!(newer, encode(&newer_profile));
        let mut memory = MemoryStore::default();
        memory.set(&key("n1"), &newer).unwrap();
        let mut store = TabletStore::new(memory);
        store.load(1, 1);
        assert!(store.is_newer("n1"));
        assert_eq!(store.save(&mut newer_profile), Err(StorageNotice::NewerVersion));
        assert_eq!(store.inner().get(&key("n1")), Ok(Some(newer)));
    }

    #[test]
    fn a_newer_record_is_recognised_even_when_its_shape_changed() {
        assert_eq!(decode(r#"{"schema":99,"check":7,"player":[]}"#), Err(DecodeError::NewerVersion(99)));
    }

    #[test]
    fn removing_and_clearing_leave_nothing_behind() {
        let mut store = TabletStore::new(saved(&[profile("a1"), profile("b2")]));
        store.remove("a1").expect("removes");
        assert_eq!(store.load(1, 1).0.profiles.len(), 1);
        store.clear().expect("clears");
        assert!(store.inner().keys().unwrap().is_empty());
    }
}

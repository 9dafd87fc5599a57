//! Pupils sharing one tablet. A profile is a picture (an avatar) and a nickname picked from
//! word lists ("Brave Fox"), so nobody types and nobody gives a real name; an optional
//! three-picture password keeps classmates out; each profile keeps its own language and
//! progress. Profiles are stored one per key ([`store`]), moved between tablets as a file
//! ([`transfer`]), and adult actions sit behind [`gate`].
//!
//! Each profile also keeps its age band (issue #15), which decides which levels the map offers
//! (`core::level::pupil_map`). A pupil picks 7–9 or 10–12 when the player is made; only a
//! grown-up (on the grown-ups' screen, behind the gate) can choose 12–14, the band with topics
//! for older pupils, so no younger child reaches it by a stray tap ([`BandChooser`]).
//!
//! Every word and picture is an id here; the game shows it through Fluent (`adj-<id>`,
//! `animal-<id>`, `picture-<id>`, `colour-<id>`), so a nickname reads in each pupil's language.

pub mod gate;
pub mod journal;
pub mod store;
pub mod transfer;

use crate::core::level::AgeBand;
use crate::core::program::debugger::Speed;
use crate::core::progress::Progress;
use crate::core::reading::TextSize;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The first half of a nickname.
pub const ADJECTIVES: [&str; 12] =
    ["brave", "bright", "calm", "clever", "cheerful", "gentle", "happy", "kind", "lucky", "quick", "sunny", "wise"];
/// The second half of a nickname.
pub const ANIMALS: [&str; 12] =
    ["bear", "cat", "dolphin", "eagle", "fox", "frog", "lion", "owl", "panda", "rabbit", "tiger", "turtle"];
/// Avatar pictures (drawn by the game).
pub const PICTURES: [&str; 12] =
    ["sun", "moon", "star", "heart", "tree", "flower", "fish", "house", "rocket", "crown", "leaf", "boat"];
/// Avatar colours.
pub const COLOURS: [&str; 8] = ["red", "orange", "yellow", "green", "teal", "blue", "purple", "pink"];
/// The pictures a picture password is made of, in the order they are shown (a 3 × 3 grid).
pub const SECRET_PICTURES: [&str; 9] = ["sun", "moon", "star", "heart", "tree", "fish", "house", "rocket", "boat"];
/// How many pictures a picture password has.
pub const SECRET_LENGTH: usize = 3;
/// The bands a pupil may pick for themselves. 12–14 is not among them: it holds topics only
/// for older pupils, so a grown-up chooses it (see [`BandChooser`]).
pub const PUPIL_BANDS: [AgeBand; 2] = [AgeBand::Young, AgeBand::Middle];
/// How many profiles one tablet holds (a class of 30 and a few guests, twice over for two
/// classes sharing a trolley of tablets).
pub const MAX_PROFILES: usize = 80;

/// A nickname: two word ids, e.g. `brave` + `fox`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Nickname {
    pub adjective: String,
    pub animal: String,
}

impl Nickname {
    /// A nickname from two word ids (not checked: see [`Nickname::is_known`]).
    pub fn new(adjective: &str, animal: &str) -> Nickname {
        Nickname { adjective: adjective.to_owned(), animal: animal.to_owned() }
    }

    /// Whether both words are in this version's lists (a newer version may know more).
    pub fn is_known(&self) -> bool {
        ADJECTIVES.contains(&self.adjective.as_str()) && ANIMALS.contains(&self.animal.as_str())
    }
}

/// An avatar: a picture id in a colour id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Avatar {
    pub picture: String,
    pub colour: String,
}

impl Avatar {
    pub fn new(picture: &str, colour: &str) -> Avatar {
        Avatar { picture: picture.to_owned(), colour: colour.to_owned() }
    }
}

/// One pupil on this tablet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Random and meaningless (16 hex digits): tells two "Brave Fox"es apart when profiles
    /// move between tablets, and is the pseudonymous id a teacher's export will carry.
    pub id: String,
    pub nickname: Nickname,
    pub avatar: Avatar,
    /// The picture password (ids from [`SECRET_PICTURES`], in order), if the pupil set one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<Vec<String>>,
    /// When the profile was made (milliseconds since 1970): the order on the picker.
    #[serde(default)]
    pub created: u64,
    /// When the nickname, avatar, password or age band last changed: the newer one wins in
    /// a merge.
    #[serde(default)]
    pub updated: u64,
    /// The pupil's age band; `None` until one is chosen (every player made before bands
    /// existed). Use [`Profile::age_band`], which says what "not chosen" counts as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<AgeBand>,
    /// The pupil's own settings (reading aloud, …). Records from before settings existed
    /// (schema 4 without this field) read as the defaults; a default is not written, so a
    /// record stays as an older game version wrote it until a setting changes.
    #[serde(default, skip_serializing_if = "Settings::is_default")]
    pub settings: Settings,
    /// The pupil's language and results.
    #[serde(default)]
    pub progress: Progress,
}

/// What a player chose on their settings screen (behind the gear on their home screen: no
/// grown-up needed). Each field is optional in the record: a new one reads as its default.
/// A value that is not what a field takes (a damaged or hand-edited record) reads as the
/// field's default, so one bad setting never costs a player their record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Settings {
    /// Read every instruction, hint, answer and result aloud as it appears, for pupils who do
    /// not read yet (where the tablet has a voice for the language: `core::speech`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not", deserialize_with = "lenient")]
    pub read_everything: bool,
    /// How fast the robot runs a program when a level opens (the level's speed button changes
    /// it, and the choice is kept here).
    #[serde(default, skip_serializing_if = "is_normal", deserialize_with = "lenient")]
    pub robot_speed: Speed,
    /// Less movement: the robot jumps from square to square instead of gliding. `None`: as
    /// the device asks (its "reduce motion" setting); `Some`: the player's own choice.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "lenient")]
    pub calm: Option<bool>,
    /// The high-contrast theme: black screens, white text, buttons outlined in white
    /// (`core::palette::high_contrast`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not", deserialize_with = "lenient")]
    pub high_contrast: bool,
    /// How big the game's text is, up to twice the normal size (`core::reading`).
    #[serde(default, skip_serializing_if = "is_normal_size", deserialize_with = "lenient")]
    pub text_size: TextSize,
    /// More space between lines and letters (`core::reading::spacing`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not", deserialize_with = "lenient")]
    pub more_space: bool,
}

fn is_normal_size(size: &TextSize) -> bool {
    *size == TextSize::Normal
}

fn is_normal(speed: &Speed) -> bool {
    *speed == Speed::Normal
}

fn lenient<'de, D: serde::Deserializer<'de>, T: serde::de::DeserializeOwned + Default>(
    deserializer: D,
) -> Result<T, D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    Ok(serde_json::from_value(value).unwrap_or_default())
}

impl Settings {
    /// Whether nothing was changed from the defaults.
    pub fn is_default(&self) -> bool {
        *self == Settings::default()
    }

    /// Whether the game moves less: the player's choice, or else the device's.
    pub fn calm(&self, device_reduces_motion: bool) -> bool {
        self.calm.unwrap_or(device_reduces_motion)
    }
}

impl Profile {
    /// Whether `pictures` opens this profile (always, without a password).
    pub fn opens_with(&self, pictures: &[&str]) -> bool {
        match &self.secret {
            None => true,
            Some(secret) => secret.len() == pictures.len() && secret.iter().zip(pictures).all(|(a, b)| a == b),
        }
    }

    /// The band the map offers levels for. A player whose band was never chosen counts as the
    /// youngest: nothing written for older pupils reaches a child by default.
    pub fn age_band(&self) -> AgeBand {
        self.band.unwrap_or(AgeBand::Young)
    }

    /// Total stars over all levels.
    pub fn stars(&self) -> u32 {
        self.progress.levels.values().map(|r| u32::from(r.best_stars)).sum()
    }
}

/// Why a profile change was refused. Each has a Fluent message for the screen.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProfileError {
    #[error("this tablet holds {MAX_PROFILES} players already")]
    Full,
    #[error("another player has this nickname")]
    NameTaken,
    #[error("unknown word or picture: {0}")]
    Unknown(String),
    #[error("a picture password has {SECRET_LENGTH} pictures")]
    BadSecret,
    #[error("no such player")]
    NoSuchProfile,
    #[error("only a grown-up can choose the age band {0}")]
    BandNeedsGrownUp(&'static str),
}

/// Who chooses a player's age band: the pupil when the player is made, or a grown-up on the
/// grown-ups' screen. A pupil may choose only [`PUPIL_BANDS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BandChooser {
    /// The pupil, on the "How old are you?" step of a new player.
    Pupil,
    /// A grown-up, past the grown-ups' gate.
    GrownUp,
}

impl ProfileError {
    /// Every reason (with empty details).
    pub const ALL: [ProfileError; 6] = [
        ProfileError::Full,
        ProfileError::NameTaken,
        ProfileError::Unknown(String::new()),
        ProfileError::BadSecret,
        ProfileError::NoSuchProfile,
        ProfileError::BandNeedsGrownUp(""),
    ];

    /// The Fluent id of the message shown for this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            ProfileError::Full => "profile-error-full",
            ProfileError::NameTaken => "profile-error-name-taken",
            ProfileError::Unknown(_)
            | ProfileError::BadSecret
            | ProfileError::NoSuchProfile
            | ProfileError::BandNeedsGrownUp(_) => "profile-error-other",
        }
    }
}

/// What a merge did, for the message after a file was brought in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Players new to this tablet.
    pub added: usize,
    /// Players already here whose results were combined.
    pub updated: usize,
    /// Players the file had but this tablet could not take (it is full, or keeps the
    /// player from a newer version).
    pub refused: usize,
    /// New players whose nickname was taken here and who got another one.
    pub renamed: usize,
}

/// Every profile on the tablet, oldest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tablet {
    pub profiles: Vec<Profile>,
}

/// A fresh profile id from 64 random bits.
pub fn new_id(random: u64) -> String {
    format!("{random:016x}")
}

impl Tablet {
    pub fn get(&self, id: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut Profile> {
        self.profiles.iter_mut().find(|p| p.id == id)
    }

    /// Whether a player other than `except` already has this nickname.
    pub fn nickname_taken(&self, nickname: &Nickname, except: Option<&str>) -> bool {
        self.profiles.iter().any(|p| &p.nickname == nickname && Some(p.id.as_str()) != except)
    }

    /// A nickname nobody here has, chosen from `seed` ("surprise me"); any nickname if all
    /// 144 are taken.
    pub fn suggest_nickname(&self, seed: u64) -> Nickname {
        let combos = ADJECTIVES.len() * ANIMALS.len();
        let start = (seed % combos as u64) as usize;
        // A step coprime with 144 visits every combination once.
        let step = 61;
        (0..combos)
            .map(|i| (start + i * step) % combos)
            .map(|n| Nickname::new(ADJECTIVES[n / ANIMALS.len()], ANIMALS[n % ANIMALS.len()]))
            .find(|n| !self.nickname_taken(n, None))
            .unwrap_or_else(|| Nickname::new(ADJECTIVES[start / ANIMALS.len()], ANIMALS[start % ANIMALS.len()]))
    }

    /// Adds a new player. `id` comes from [`new_id`]; `now` is milliseconds since 1970.
    pub fn create(
        &mut self,
        id: String,
        nickname: Nickname,
        avatar: Avatar,
        now: u64,
    ) -> Result<&Profile, ProfileError> {
        if self.profiles.len() >= MAX_PROFILES {
            return Err(ProfileError::Full);
        }
        check_words(&nickname, &avatar)?;
        if self.nickname_taken(&nickname, None) {
            return Err(ProfileError::NameTaken);
        }
        self.profiles.push(Profile {
            id,
            nickname,
            avatar,
            secret: None,
            created: now,
            updated: now,
            band: None,
            settings: Settings::default(),
            progress: Progress::default(),
        });
        Ok(self.profiles.last().unwrap_or_else(|| unreachable!("just pushed")))
    }

    /// Changes a player's nickname and avatar.
    pub fn rename(&mut self, id: &str, nickname: Nickname, avatar: Avatar, now: u64) -> Result<(), ProfileError> {
        check_words(&nickname, &avatar)?;
        if self.nickname_taken(&nickname, Some(id)) {
            return Err(ProfileError::NameTaken);
        }
        let profile = self.get_mut(id).ok_or(ProfileError::NoSuchProfile)?;
        profile.nickname = nickname;
        profile.avatar = avatar;
        profile.updated = now;
        Ok(())
    }

    /// Sets (or with `None` removes) a player's picture password.
    pub fn set_secret(&mut self, id: &str, secret: Option<Vec<String>>, now: u64) -> Result<(), ProfileError> {
        if let Some(pictures) = &secret {
            if pictures.len() != SECRET_LENGTH || pictures.iter().any(|p| !SECRET_PICTURES.contains(&p.as_str())) {
                return Err(ProfileError::BadSecret);
            }
        }
        let profile = self.get_mut(id).ok_or(ProfileError::NoSuchProfile)?;
        profile.secret = secret;
        profile.updated = now;
        Ok(())
    }

    /// Sets a player's age band. A pupil may choose only [`PUPIL_BANDS`]; a grown-up any band.
    pub fn set_band(&mut self, id: &str, band: AgeBand, by: BandChooser, now: u64) -> Result<(), ProfileError> {
        if by == BandChooser::Pupil && !PUPIL_BANDS.contains(&band) {
            return Err(ProfileError::BandNeedsGrownUp(band.name()));
        }
        let profile = self.get_mut(id).ok_or(ProfileError::NoSuchProfile)?;
        if profile.band != Some(band) {
            profile.band = Some(band);
            profile.updated = now;
        }
        Ok(())
    }

    /// Changes a player's settings.
    pub fn set_settings(&mut self, id: &str, settings: Settings, now: u64) -> Result<(), ProfileError> {
        let profile = self.get_mut(id).ok_or(ProfileError::NoSuchProfile)?;
        if profile.settings != settings {
            profile.settings = settings;
            profile.updated = now;
        }
        Ok(())
    }

    /// Removes a player; returns it.
    pub fn remove(&mut self, id: &str) -> Option<Profile> {
        let index = self.profiles.iter().position(|p| p.id == id)?;
        Some(self.profiles.remove(index))
    }

    /// Brings in players from another tablet: a player already here (same id) gets both
    /// tablets' results combined (no attempt twice, no star lost) and the newer nickname,
    /// avatar, password, settings and age band (a missing password or band never removes the one
    /// here); a new one is added. Returns what happened and the ids changed.
    pub fn merge(&mut self, incoming: Vec<Profile>) -> (MergeReport, Vec<String>) {
        let mut report = MergeReport::default();
        let mut changed = Vec::new();
        for theirs in incoming {
            if let Some(ours) = self.get_mut(&theirs.id) {
                let before = ours.clone();
                let theirs_newer = theirs.updated > ours.updated;
                if theirs_newer {
                    ours.nickname = theirs.nickname;
                    ours.avatar = theirs.avatar;
                    // A file without a password (left out, as files are by default) never
                    // removes one: only a grown-up's reset on this tablet does.
                    if theirs.secret.is_some() {
                        ours.secret = theirs.secret;
                    }
                    ours.settings = theirs.settings;
                    ours.updated = theirs.updated;
                }
                ours.band = merged_band(ours.band, theirs.band, theirs_newer);
                ours.created = ours.created.min(theirs.created);
                ours.progress.merge(&theirs.progress);
                let id = ours.id.clone();
                let nickname = ours.nickname.clone();
                if self.nickname_taken(&nickname, Some(&id)) {
                    let fresh = self.suggest_nickname(seed_of(&id));
                    if let Some(ours) = self.get_mut(&id) {
                        ours.nickname = fresh;
                    }
                    report.renamed += 1;
                }
                let Some(ours) = self.get(&id) else { continue };
                if *ours != before {
                    report.updated += 1;
                    changed.push(id);
                }
            } else if self.profiles.len() >= MAX_PROFILES {
                report.refused += 1;
            } else {
                let mut theirs = theirs;
                // Two children must never see the same name on one tablet.
                if self.nickname_taken(&theirs.nickname, None) {
                    theirs.nickname = self.suggest_nickname(seed_of(&theirs.id));
                    report.renamed += 1;
                }
                report.added += 1;
                changed.push(theirs.id.clone());
                self.profiles.push(theirs);
            }
        }
        self.profiles.sort_by(|a, b| a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id)));
        (report, changed)
    }
}

/// The age band after merging two copies of one player: the newer copy's, but a copy without
/// one (from before bands) never unsets the other's.
pub(crate) fn merged_band(ours: Option<AgeBand>, theirs: Option<AgeBand>, theirs_newer: bool) -> Option<AgeBand> {
    match (ours, theirs) {
        (Some(ours), Some(theirs)) => Some(if theirs_newer { theirs } else { ours }),
        (ours, theirs) => ours.or(theirs),
    }
}

/// A number from a profile id, so a renamed player gets the same new nickname every time.
fn seed_of(id: &str) -> u64 {
    id.bytes().fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)))
}

fn check_words(nickname: &Nickname, avatar: &Avatar) -> Result<(), ProfileError> {
    for (word, list) in [
        (&nickname.adjective, &ADJECTIVES[..]),
        (&nickname.animal, &ANIMALS[..]),
        (&avatar.picture, &PICTURES[..]),
        (&avatar.colour, &COLOURS[..]),
    ] {
        if !list.contains(&word.as_str()) {
            return Err(ProfileError::Unknown(word.clone()));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::progress::Attempt;

    fn tablet_with(n: usize) -> Tablet {
        let mut tablet = Tablet::default();
        for i in 0..n {
            let nickname = tablet.suggest_nickname(i as u64 * 7);
            tablet.create(new_id(i as u64), nickname, Avatar::new("sun", "red"), i as u64).expect("room");
        }
        tablet
    }

    #[test]
    fn a_full_tablet_of_players_gets_different_nicknames_and_then_refuses_more() {
        let mut tablet = tablet_with(MAX_PROFILES);
        let names: std::collections::HashSet<_> = tablet.profiles.iter().map(|p| p.nickname.clone()).collect();
        assert_eq!(names.len(), MAX_PROFILES);
        let free = tablet.suggest_nickname(3);
        assert_eq!(tablet.create(new_id(999), free, Avatar::new("sun", "red"), 0), Err(ProfileError::Full));
    }

    #[test]
    fn nicknames_are_unique_and_words_must_be_known() {
        let mut tablet = tablet_with(1);
        let taken = tablet.profiles[0].nickname.clone();
        let avatar = Avatar::new("fish", "blue");
        assert_eq!(tablet.create(new_id(5), taken.clone(), avatar.clone(), 0), Err(ProfileError::NameTaken));
        let bad = Nickname::new("sneaky", "fox");
        assert!(matches!(tablet.create(new_id(5), bad, avatar.clone(), 0), Err(ProfileError::Unknown(_))));
        assert!(matches!(
            tablet.create(new_id(5), Nickname::new("kind", "owl"), Avatar::new("dragon", "blue"), 0),
            Err(ProfileError::Unknown(_))
        ));
        // Renaming to one's own nickname is fine.
        let id = tablet.profiles[0].id.clone();
        assert_eq!(tablet.rename(&id, taken, avatar, 9), Ok(()));
        assert_eq!(tablet.profiles[0].updated, 9);
    }

    #[test]
    fn picture_passwords_open_only_in_the_right_order() {
        let mut tablet = tablet_with(1);
        let id = tablet.profiles[0].id.clone();
        assert!(tablet.profiles[0].opens_with(&[]));
        let secret = vec!["moon".to_owned(), "fish".to_owned(), "moon".to_owned()];
        tablet.set_secret(&id, Some(secret), 1).expect("valid");
        let p = &tablet.profiles[0];
        assert!(p.opens_with(&["moon", "fish", "moon"]));
        assert!(!p.opens_with(&["fish", "moon", "moon"]));
        assert!(!p.opens_with(&["moon", "fish"]));
        assert_eq!(tablet.set_secret(&id, Some(vec!["moon".to_owned()]), 2), Err(ProfileError::BadSecret));
        tablet.set_secret(&id, None, 3).expect("reset");
        assert!(tablet.profiles[0].opens_with(&[]));
    }

    #[test]
    fn a_pupil_picks_7_9_or_10_12_and_only_a_grown_up_picks_12_14() {
        let mut tablet = tablet_with(1);
        let id = tablet.profiles[0].id.clone();
        assert_eq!(tablet.profiles[0].band, None);
        assert_eq!(tablet.profiles[0].age_band(), AgeBand::Young, "not chosen counts as the youngest");
        for band in PUPIL_BANDS {
            assert_eq!(tablet.set_band(&id, band, BandChooser::Pupil, 5), Ok(()));
            assert_eq!(tablet.profiles[0].age_band(), band);
        }
        assert_eq!(tablet.profiles[0].updated, 5);
        assert_eq!(
            tablet.set_band(&id, AgeBand::Older, BandChooser::Pupil, 6),
            Err(ProfileError::BandNeedsGrownUp("12-14"))
        );
        assert_eq!(tablet.profiles[0].band, Some(AgeBand::Middle), "unchanged");
        assert_eq!(tablet.set_band(&id, AgeBand::Older, BandChooser::GrownUp, 7), Ok(()));
        assert_eq!((tablet.profiles[0].band, tablet.profiles[0].updated), (Some(AgeBand::Older), 7));
        // The same band again changes nothing, not even the time.
        assert_eq!(tablet.set_band(&id, AgeBand::Older, BandChooser::GrownUp, 8), Ok(()));
        assert_eq!(tablet.profiles[0].updated, 7);
        assert_eq!(
            tablet.set_band("nobody", AgeBand::Young, BandChooser::GrownUp, 9),
            Err(ProfileError::NoSuchProfile)
        );
    }

    #[test]
    fn a_moved_player_brings_their_band_and_a_file_from_before_bands_keeps_the_one_here() {
        let mut here = tablet_with(1);
        let id = here.profiles[0].id.clone();
        let mut there = here.clone();
        there.set_band(&id, AgeBand::Older, BandChooser::GrownUp, 50).unwrap();
        here.merge(there.profiles.clone());
        assert_eq!(here.profiles[0].band, Some(AgeBand::Older));
        // An older version's file: no band, though renamed later.
        let mut old = there.profiles[0].clone();
        old.band = None;
        old.updated = 90;
        old.nickname = Nickname::new("wise", "owl");
        here.merge(vec![old]);
        assert_eq!(here.profiles[0].nickname, Nickname::new("wise", "owl"));
        assert_eq!(here.profiles[0].band, Some(AgeBand::Older));
        // A band chosen here later wins over the file's older choice.
        here.set_band(&id, AgeBand::Middle, BandChooser::GrownUp, 100).unwrap();
        here.merge(there.profiles.clone());
        assert_eq!(here.profiles[0].band, Some(AgeBand::Middle));
    }

    #[test]
    fn settings_are_the_players_own_and_a_record_from_before_them_reads_as_the_defaults() {
        let mut tablet = tablet_with(2);
        let id = tablet.profiles[0].id.clone();
        let before = serde_json::to_string(&tablet.profiles[0]).unwrap();
        assert!(!before.contains("settings"), "defaults are not written: {before}");
        let old: Profile = serde_json::from_str(&before).unwrap();
        assert_eq!(old.settings, Settings::default());
        assert_eq!(tablet.set_settings(&id, Settings { read_everything: true, ..Settings::default() }, 9), Ok(()));
        assert_eq!((tablet.profiles[0].settings.read_everything, tablet.profiles[0].updated), (true, 9));
        assert!(!tablet.profiles[1].settings.read_everything, "only that player's");
        let saved = serde_json::to_string(&tablet.profiles[0]).unwrap();
        assert!(saved.contains(r#""settings":{"read_everything":true}"#), "{saved}");
        assert_eq!(serde_json::from_str::<Profile>(&saved).unwrap(), tablet.profiles[0]);
        assert_eq!(tablet.set_settings("nobody", Settings::default(), 10), Err(ProfileError::NoSuchProfile));
    }

    #[test]
    fn speed_and_less_movement_are_kept_and_a_bad_value_reads_as_the_default() {
        let settings = Settings { robot_speed: Speed::Slow, calm: Some(false), ..Settings::default() };
        let saved = serde_json::to_string(&settings).unwrap();
        assert_eq!(saved, r#"{"robot_speed":"slow","calm":false}"#);
        assert_eq!(serde_json::from_str::<Settings>(&saved).unwrap(), settings);
        // Not set: as the device asks; set: the player's choice, whatever the device asks.
        assert!(Settings::default().calm(true) && !Settings::default().calm(false));
        assert!(!settings.calm(true));
        // A hand-edited or damaged record loses only the bad setting, never the player.
        let damaged = r#"{"read_everything":"yes","robot_speed":"warp","calm":3,"high_contrast":"on"}"#;
        assert_eq!(serde_json::from_str::<Settings>(damaged).unwrap(), Settings::default());
        let partly = r#"{"read_everything":true,"robot_speed":7,"high_contrast":true}"#;
        let read = serde_json::from_str::<Settings>(partly).unwrap();
        assert_eq!((read.read_everything, read.robot_speed, read.high_contrast), (true, Speed::Normal, true));
    }

    #[test]
    fn text_size_and_spacing_are_kept_and_a_bad_value_reads_as_the_default() {
        let settings = Settings { text_size: TextSize::Biggest, more_space: true, ..Settings::default() };
        let saved = serde_json::to_string(&settings).unwrap();
        assert_eq!(saved, r#"{"text_size":"biggest","more_space":true}"#);
        assert_eq!(serde_json::from_str::<Settings>(&saved).unwrap(), settings);
        let damaged = r#"{"text_size":"enormous","more_space":"lots","high_contrast":true}"#;
        let read = serde_json::from_str::<Settings>(damaged).unwrap();
        assert_eq!(read, Settings { high_contrast: true, ..Settings::default() });
    }

    #[test]
    fn a_moved_player_brings_the_newer_settings() {
        let mut here = tablet_with(1);
        let id = here.profiles[0].id.clone();
        let mut there = here.clone();
        there.set_settings(&id, Settings { read_everything: true, ..Settings::default() }, 50).unwrap();
        here.merge(there.profiles.clone());
        assert!(here.profiles[0].settings.read_everything);
        here.set_settings(&id, Settings::default(), 60).unwrap();
        here.merge(there.profiles.clone());
        assert!(!here.profiles[0].settings.read_everything, "the change made here later stays");
    }

    #[test]
    fn merging_a_moved_player_keeps_every_star_and_counts_nothing_twice() {
        let mut here = tablet_with(2);
        let moving_id = here.profiles[1].id.clone();
        let attempt = |at: u64, stars: u8| Attempt { outcome: "x".into(), at, stars, ..Default::default() };
        let mut there = here.clone();
        // Played on this tablet: level a with 2 stars.
        here.get_mut(&moving_id).unwrap().progress.record_attempt("a", attempt(10, 2));
        // The copy on the other tablet went on: a with 3 stars later, and b.
        let theirs = there.get_mut(&moving_id).unwrap();
        theirs.progress.record_attempt("a", attempt(20, 3));
        theirs.progress.record_attempt("b", attempt(30, 1));
        theirs.updated = 50;
        theirs.nickname = Nickname::new("wise", "owl");
        // A player only the other tablet knows.
        there.create(new_id(77), Nickname::new("calm", "frog"), Avatar::new("leaf", "green"), 60).unwrap();

        let incoming = there.profiles.clone();
        let (report, changed) = here.merge(incoming.clone());
        assert_eq!(report, MergeReport { added: 1, updated: 1, refused: 0, renamed: 0 });
        assert_eq!(changed.len(), 2);
        let merged = here.get(&moving_id).unwrap();
        assert_eq!(merged.progress.best_stars("a"), 3);
        assert_eq!(merged.progress.best_stars("b"), 1);
        assert_eq!(merged.progress.levels["a"].attempts.len(), 2);
        assert_eq!(merged.progress.levels["a"].attempts_total, 2);
        assert_eq!(merged.progress.levels["a"].completions, 2);
        assert_eq!(merged.nickname, Nickname::new("wise", "owl"), "the newer nickname wins");
        assert_eq!(here.profiles.len(), 3);

        // The same file again changes nothing.
        let snapshot = here.clone();
        let (again, changed) = here.merge(incoming);
        assert_eq!(again, MergeReport::default());
        assert!(changed.is_empty());
        assert_eq!(here, snapshot);
    }

    #[test]
    fn a_player_brought_in_never_shares_a_nickname_with_one_already_here() {
        let mut here = tablet_with(1);
        let mut stranger = here.profiles[0].clone();
        stranger.id = new_id(4242);
        let (report, _) = here.merge(vec![stranger]);
        assert_eq!((report.added, report.renamed), (1, 1));
        assert_ne!(here.profiles[0].nickname, here.profiles[1].nickname);
    }

    #[test]
    fn a_full_tablet_refuses_new_players_but_still_merges_known_ones() {
        let mut full = tablet_with(MAX_PROFILES);
        let mut known = full.profiles[0].clone();
        known.progress.record_completion("a", 3);
        let mut stranger = known.clone();
        stranger.id = new_id(12345);
        let (report, _) = full.merge(vec![known, stranger]);
        assert_eq!(report, MergeReport { added: 0, updated: 1, refused: 1, renamed: 0 });
        assert_eq!(full.profiles[0].progress.best_stars("a"), 3);
    }
}

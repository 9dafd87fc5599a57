//! Moving pupils between tablets: all profiles of a tablet (or one) saved to a file, and
//! brought into another tablet with [`super::Tablet::merge`]. A file from anywhere is
//! checked before anything is merged: size, format, version, every field's shape, and each
//! player's record against the limits the teacher's page reads pupils' files with
//! ([`check_record`]), before and after merging ([`fits`]): a player moved here never makes
//! a file the teacher's page refuses.
//!
//! Picture passwords stay on the tablet unless the grown-up asks for them
//! ([`PicturePasswords`]): a file is easily copied, mailed or left on a shared drive, and a
//! password in it is readable by anyone who opens it. A file without them never removes a
//! password already on the receiving tablet (see [`super::Tablet::merge`]).

use super::store::SCHEMA_VERSION;
use super::{Profile, Tablet};
use crate::core::class::limits::{RecordError, check_record};
use crate::core::ids::is_token;
use crate::core::progress::Progress;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use thiserror::Error;

/// What the file says it is.
pub const FORMAT: &str = "byte-bridge-players";
/// The file format version written by this build.
pub const FILE_VERSION: u32 = 1;
/// Larger files are refused before they are read: a tablet's localStorage holds about 5 M
/// characters, so no honest players file comes near this.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// Whether a players file carries the players' picture passwords.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PicturePasswords {
    /// The default: the players arrive on the other tablet without a password (one already
    /// there stays).
    #[default]
    LeaveOut,
    /// The grown-up asked for them: the players open with the same pictures on the other tablet.
    Include,
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u32,
    schema: u32,
    exported: u64,
    profiles: &'a [Profile],
}

#[derive(Deserialize)]
struct FileIn {
    format: String,
    version: u32,
    /// The profile record schema of the players in the file.
    #[serde(default)]
    schema: u32,
    #[serde(default)]
    profiles: Vec<serde_json::Value>,
}

/// Why a file could not be brought in. Each has a Fluent message.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("the file is larger than {MAX_FILE_BYTES} bytes")]
    TooLarge,
    #[error("the file could not be read")]
    Unreadable,
    #[error("not a Byte Bridge players file")]
    NotOurs,
    #[error("made by a newer Byte Bridge (version {0})")]
    NewerVersion(u32),
    #[error("damaged: {0}")]
    Damaged(String),
    /// A player holds more than Byte Bridge ever keeps (made by hand), alone or together with
    /// the same player on this tablet.
    #[error("over the limits: {0}")]
    OverLimits(String),
}

impl ImportError {
    /// A player's record refused by [`check_record`]; `player` counts from 1.
    fn of_record(player: usize, error: RecordError) -> ImportError {
        match error {
            RecordError::Impossible(what) => ImportError::Damaged(format!("player {player}: {what}")),
            RecordError::TooMuch(what) => ImportError::OverLimits(format!("player {player}: {what}")),
        }
    }

    /// Every reason (with empty details).
    pub const ALL: [ImportError; 6] = [
        ImportError::TooLarge,
        ImportError::Unreadable,
        ImportError::NotOurs,
        ImportError::NewerVersion(0),
        ImportError::Damaged(String::new()),
        ImportError::OverLimits(String::new()),
    ];

    /// The Fluent id of the message shown for this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            ImportError::TooLarge => "import-error-too-large",
            ImportError::Unreadable => "import-error-unreadable",
            ImportError::NotOurs => "import-error-not-ours",
            ImportError::NewerVersion(_) => "import-error-newer",
            ImportError::Damaged(_) => "import-error-damaged",
            ImportError::OverLimits(_) => "import-error-over-limits",
        }
    }
}

/// The file's text for these profiles, with or without their picture passwords. `now` is
/// milliseconds since 1970.
pub fn export(profiles: &[&Profile], passwords: PicturePasswords, now: u64) -> String {
    let profiles: Vec<Profile> = profiles
        .iter()
        .map(|&profile| match passwords {
            PicturePasswords::Include => profile.clone(),
            PicturePasswords::LeaveOut => Profile { secret: None, ..profile.clone() },
        })
        .collect();
    let file =
        FileOut { format: FORMAT, version: FILE_VERSION, schema: SCHEMA_VERSION, exported: now, profiles: &profiles };
    serde_json::to_string(&file).unwrap_or_default()
}

/// A file name for an export: no nickname in it (a file list is often shown to a class).
pub fn file_name(now: u64) -> String {
    format!("byte-bridge-players-{}.json", crate::core::date::date_text(now))
}

/// Reads a players file (bytes as they came from the picker). `known` says whether this
/// tablet's course has a level (levels it lacks are kept, up to a limit).
pub fn import(bytes: &[u8], known: impl Fn(&str) -> bool) -> Result<Vec<Profile>, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotOurs)?;
    let text = text.trim_start_matches('\u{feff}');
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        if text.trim_start().starts_with('{') { ImportError::Damaged(e.to_string()) } else { ImportError::NotOurs }
    })?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotOurs);
    }
    let file: FileIn = serde_json::from_value(value).map_err(|e| ImportError::Damaged(e.to_string()))?;
    debug_assert_eq!(file.format, FORMAT);
    if file.version > FILE_VERSION {
        return Err(ImportError::NewerVersion(file.version));
    }
    if file.schema > SCHEMA_VERSION {
        return Err(ImportError::NewerVersion(file.schema));
    }
    file.profiles
        .into_iter()
        .enumerate()
        .map(|(i, value)| {
            let profile: Profile =
                serde_json::from_value(value).map_err(|e| ImportError::Damaged(format!("player {}: {e}", i + 1)))?;
            check_shape(&profile).map_err(|e| ImportError::Damaged(format!("player {}: {e}", i + 1)))?;
            check_record(&profile.progress, &known).map_err(|e| ImportError::of_record(i + 1, e))?;
            Ok(profile)
        })
        .collect()
}

/// Whether merging `incoming` into `tablet` keeps every player within the limits: a player
/// already here and the same player from the file may hold more together than either alone.
/// Check before [`Tablet::merge`], so a refused file changes nothing.
pub fn fits(tablet: &Tablet, incoming: &[Profile], known: impl Fn(&str) -> bool) -> Result<(), ImportError> {
    let mut merged: BTreeMap<&str, Progress> = BTreeMap::new();
    for (i, theirs) in incoming.iter().enumerate() {
        let progress = match merged.remove(theirs.id.as_str()) {
            Some(progress) => progress,
            None => tablet.get(&theirs.id).map(|ours| ours.progress.clone()).unwrap_or_default(),
        };
        let mut progress = progress;
        progress.merge(&theirs.progress);
        check_record(&progress, &known).map_err(|e| ImportError::of_record(i + 1, e))?;
        merged.insert(&theirs.id, progress);
    }
    Ok(())
}

/// Ids and words are short plain tokens (they become storage keys and Fluent ids).
pub(crate) fn check_shape(profile: &Profile) -> Result<(), String> {
    if !is_token(&profile.id, 32) {
        return Err("bad id".to_owned());
    }
    let words =
        [&profile.nickname.adjective, &profile.nickname.animal, &profile.avatar.picture, &profile.avatar.colour];
    if words.iter().any(|w| !is_token(w, 32)) {
        return Err("bad nickname or avatar".to_owned());
    }
    if profile.secret.as_ref().is_some_and(|s| s.len() != super::SECRET_LENGTH || s.iter().any(|w| !is_token(w, 32))) {
        return Err("bad picture password".to_owned());
    }
    if profile.progress.levels.keys().any(|id| !is_token(id, 64)) {
        return Err("bad level id".to_owned());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::level::AgeBand;
    use crate::core::profiles::{Avatar, BandChooser, Nickname, Tablet, new_id};
    use crate::core::progress::Attempt;

    fn tablet() -> Tablet {
        let mut tablet = Tablet::default();
        for (i, animal) in ["fox", "owl", "cat"].into_iter().enumerate() {
            tablet
                .create(new_id(i as u64 + 1), Nickname::new("kind", animal), Avatar::new("sun", "red"), i as u64)
                .unwrap();
            let attempt = Attempt { outcome: "sorted".into(), stars: 2, at: 100 + i as u64, ..Default::default() };
            tablet.profiles[i].progress.record_attempt("share-or-keep", attempt);
        }
        tablet.set_secret(&new_id(2), Some(vec!["sun".into(), "moon".into(), "sun".into()]), 5).unwrap();
        // The age band travels too (a grown-up's choice on the first tablet).
        tablet.set_band(&new_id(3), AgeBand::Older, BandChooser::GrownUp, 6).unwrap();
        tablet
    }

    #[test]
    fn a_tablet_moves_to_another_and_back_without_losing_or_doubling_anything() {
        let from = tablet();
        let all: Vec<&Profile> = from.profiles.iter().collect();
        let file = export(&all, PicturePasswords::Include, 1_764_374_400_000);
        let mut to = Tablet::default();
        let (report, _) = to.merge(import(file.as_bytes(), |_| true).expect("reads"));
        assert_eq!(report.added, 3);
        assert_eq!(to, from);
        // Twice is the same as once.
        let (report, _) = to.merge(import(file.as_bytes(), |_| true).expect("reads"));
        assert_eq!(report.added + report.updated, 0);
        assert_eq!(to, from);
    }

    #[test]
    fn one_profile_can_travel_alone() {
        let from = tablet();
        let file = export(&[&from.profiles[1]], PicturePasswords::Include, 0);
        let profiles = import(file.as_bytes(), |_| true).expect("reads");
        assert_eq!(profiles, vec![from.profiles[1].clone()]);
    }

    #[test]
    fn picture_passwords_stay_on_the_tablet_unless_the_grown_up_asks_for_them() {
        let from = tablet();
        let all: Vec<&Profile> = from.profiles.iter().collect();
        let left_out = export(&all, PicturePasswords::LeaveOut, 0);
        assert!(!left_out.contains("secret"), "{left_out}");
        let profiles = import(left_out.as_bytes(), |_| true).expect("reads");
        assert!(profiles.iter().all(|p| p.secret.is_none()));
        // Everything else travels.
        let without = |p: &Profile| Profile { secret: None, ..p.clone() };
        assert_eq!(profiles, from.profiles.iter().map(without).collect::<Vec<_>>());

        let included = export(&all, PicturePasswords::Include, 0);
        assert!(included.contains(r#""secret":["sun","moon","sun"]"#), "{included}");
    }

    #[test]
    fn a_file_without_picture_passwords_keeps_the_one_on_the_receiving_tablet() {
        let mut from = tablet();
        let mut to = from.clone();
        // The player changes their picture on the first tablet (newer than the second's copy),
        // then travels without the password.
        from.rename(&new_id(2), Nickname::new("wise", "owl"), Avatar::new("moon", "blue"), 50).unwrap();
        let file = export(&[&from.profiles[1]], PicturePasswords::LeaveOut, 60);
        let (report, _) = to.merge(import(file.as_bytes(), |_| true).expect("reads"));
        assert_eq!(report.updated, 1);
        let player = to.get(&new_id(2)).expect("still there");
        assert_eq!(player.nickname, Nickname::new("wise", "owl"));
        assert_eq!(player.secret, Some(vec!["sun".to_owned(), "moon".to_owned(), "sun".to_owned()]));
        // A newer password that travels on purpose replaces the old one.
        from.set_secret(&new_id(2), Some(vec!["star".into(), "star".into(), "fish".into()]), 70).unwrap();
        let file = export(&[&from.profiles[1]], PicturePasswords::Include, 80);
        to.merge(import(file.as_bytes(), |_| true).expect("reads"));
        assert_eq!(to.get(&new_id(2)).and_then(|p| p.secret.clone()), from.profiles[1].secret);
    }

    #[test]
    fn bad_files_get_their_own_error_and_never_panic() {
        let good = export(&[&tablet().profiles[0]], PicturePasswords::Include, 0);
        assert_eq!(import(&vec![b' '; MAX_FILE_BYTES + 1], |_| true), Err(ImportError::TooLarge));
        assert_eq!(import(b"\x89PNG\r\n", |_| true), Err(ImportError::NotOurs));
        assert_eq!(import(b"hello", |_| true), Err(ImportError::NotOurs));
        assert_eq!(import(br#"{"format":"something-else"}"#, |_| true), Err(ImportError::NotOurs));
        assert_eq!(
            import(br#"{"format":"byte-bridge-players","version":9}"#, |_| true),
            Err(ImportError::NewerVersion(9))
        );
        assert_eq!(
            import(br#"{"format":"byte-bridge-players","version":1,"schema":99,"profiles":[]}"#, |_| true),
            Err(ImportError::NewerVersion(99))
        );
        assert!(matches!(import(good[..good.len() - 7].as_bytes(), |_| true), Err(ImportError::Damaged(_))));
        let hostile = good.replace(&new_id(1), "../../etc");
        assert!(matches!(import(hostile.as_bytes(), |_| true), Err(ImportError::Damaged(_))));
        let html = good.replace("\"kind\"", "\"<img src=x>\"");
        assert!(matches!(import(html.as_bytes(), |_| true), Err(ImportError::Damaged(_))));
        // A byte-order mark (some editors add one) is fine.
        assert!(import(format!("\u{feff}{good}").as_bytes(), |_| true).is_ok());
        // Every cut of a good file fails cleanly.
        for end in 0..good.len() {
            let _ = import(&good.as_bytes()[..end], |_| true);
        }
    }

    #[test]
    fn a_player_too_big_together_with_the_one_here_is_refused_and_nothing_changes() {
        use crate::core::class::limits::MAX_UNKNOWN_LEVELS;
        let mut here = tablet();
        let mut theirs = here.profiles[0].clone();
        let attempt = |at| Attempt { outcome: "sorted".into(), stars: 2, at, ..Default::default() };
        for n in 0..MAX_UNKNOWN_LEVELS as u64 {
            here.profiles[0].progress.record_attempt(&format!("later-here-{n}"), attempt(n + 1));
            theirs.progress.record_attempt(&format!("later-there-{n}"), attempt(n + 1));
        }
        let known = |id: &str| id == "share-or-keep";
        let file = export(&[&theirs], PicturePasswords::Include, 9);
        let incoming = import(file.as_bytes(), known).expect("alone it is within the limits");
        assert!(matches!(fits(&here, &incoming, known), Err(ImportError::OverLimits(_))));
        assert_eq!(fits(&tablet(), &incoming, known), Ok(()));
        assert!(matches!(import(file.as_bytes(), |_| false), Err(ImportError::OverLimits(_))));
    }

    #[test]
    fn file_names_carry_the_date_only() {
        assert_eq!(file_name(0), "byte-bridge-players-1970-01-01.json");
        assert_eq!(file_name(1_764_374_400_000), "byte-bridge-players-2025-11-29.json");
        assert_eq!(file_name(951_782_400_000), "byte-bridge-players-2000-02-29.json");
    }
}

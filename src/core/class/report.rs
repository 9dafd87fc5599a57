//! A pupil's file for the teacher ("Send to my teacher"): the pseudonymous id, nickname and
//! avatar, the pupil's kept attempts and results, and the same attempts as xAPI 1.0.3
//! statements. When the tablet's assignment has a class key the file is signed with it.
//!
//! ```json
//! {"format":"byte-bridge-report","version":1,
//!  "payload":{"exported":…,"pupil":{…},"class":{…},"home":"…","progress":{…},"statements":[…]},
//!  "signature":"<HMAC-SHA256 of the payload's exact text, hex>"}
//! ```
//! The signature covers the payload exactly as written, so any edit of it (a star, a name)
//! shows. A picture password never goes into this file.

use super::assignment::{Assignment, clean_name};
use super::limits::{self, RecordError};
use super::sign;
use crate::core::export::xapi::LevelTags;
use crate::core::ids::{is_hex, is_token};
use crate::core::profiles::{Avatar, Nickname, Profile};
use crate::core::progress::Progress;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use thiserror::Error;

/// The file's `format`.
pub const FORMAT: &str = "byte-bridge-report";
/// The file's version; a newer file says so instead of being misread.
pub const VERSION: u32 = 1;
/// The largest file read (a pupil's real file is well under 200 KB; the busiest pupil the
/// game can make, with the xAPI copy of every attempt, under 1 MB).
pub const MAX_BYTES: usize = 4 * 1024 * 1024;

/// Who the file is about: nothing but the random id, nickname and avatar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pupil {
    pub id: String,
    pub nickname: Nickname,
    pub avatar: Avatar,
}

/// The class the file was made for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassTag {
    pub id: String,
    pub name: String,
}

/// What the file says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Payload {
    /// When the file was made (milliseconds since 1970).
    pub exported: u64,
    pub pupil: Pupil,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<ClassTag>,
    /// The xAPI home page of the pupil's account (the game's address).
    #[serde(default)]
    pub home: String,
    pub progress: Progress,
    /// The attempts as xAPI statements, for an LRS (the teacher's page rebuilds them from
    /// `progress` and so never trusts two copies).
    #[serde(default)]
    pub statements: Vec<serde_json::Value>,
}

#[derive(Serialize, Deserialize)]
struct Envelope<'a> {
    format: String,
    version: u32,
    #[serde(borrow)]
    payload: &'a RawValue,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    signature: Option<String>,
}

/// A file as read: what it says, and what its signature covers.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub payload: Payload,
    payload_text: String,
    signature: Option<String>,
}

/// How a file's signature stands against the key the teacher has for its class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seal {
    /// Signed, and the content is what was signed.
    Intact,
    /// Signed (or its class wants a signature), but the content is not what was signed.
    Broken,
    /// Not signed, and its class (if the teacher knows it) wants no signature.
    None,
}

/// Why a file could not be read. Each has a Fluent message for the teacher.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ReportError {
    #[error("the file is larger than {MAX_BYTES} bytes")]
    TooLarge,
    #[error("not a Byte Bridge file")]
    NotOurs,
    #[error("a players file (for moving players between tablets), not a file for the teacher")]
    PlayersFile,
    #[error("the file is cut short")]
    Truncated,
    #[error("made by a newer Byte Bridge (version {0})")]
    NewerVersion(u32),
    #[error("damaged: {0}")]
    Damaged(String),
    /// More than the game ever keeps for a pupil ([`limits::check_record`]): made by hand.
    #[error("over the limits: {0}")]
    OverLimits(String),
}

impl From<RecordError> for ReportError {
    fn from(error: RecordError) -> ReportError {
        match error {
            RecordError::Impossible(what) => ReportError::Damaged(what),
            RecordError::TooMuch(what) => ReportError::OverLimits(what),
        }
    }
}

impl ReportError {
    /// Every reason (with empty details).
    pub const ALL: [ReportError; 7] = [
        ReportError::TooLarge,
        ReportError::NotOurs,
        ReportError::PlayersFile,
        ReportError::Truncated,
        ReportError::NewerVersion(0),
        ReportError::Damaged(String::new()),
        ReportError::OverLimits(String::new()),
    ];

    /// The Fluent id of the message shown to the teacher (takes `$file`).
    pub fn message_id(&self) -> &'static str {
        match self {
            ReportError::TooLarge => "class-import-too-large",
            ReportError::NotOurs => "class-import-not-ours",
            ReportError::PlayersFile => "class-import-players-file",
            ReportError::Truncated => "class-import-truncated",
            ReportError::NewerVersion(_) => "class-import-newer",
            ReportError::Damaged(_) => "class-import-damaged",
            ReportError::OverLimits(_) => "class-import-over-limits",
        }
    }
}

/// The file's text for `profile`. `assignment` is the tablet's current one (its class and
/// key); `home` the game's address when there is none; `tags` gives a level's DigComp tags
/// and band for the xAPI statements.
pub fn write(
    profile: &Profile,
    assignment: Option<&Assignment>,
    home: &str,
    tags: impl Fn(&str) -> LevelTags,
    now: u64,
) -> String {
    let home = assignment.map_or_else(|| super::assignment::home_of(home), |a| a.home.clone());
    let payload = Payload {
        exported: now,
        pupil: Pupil { id: profile.id.clone(), nickname: profile.nickname.clone(), avatar: profile.avatar.clone() },
        class: assignment.map(|a| ClassTag { id: a.id.clone(), name: a.class_name.clone() }),
        statements: crate::core::export::xapi::statements(profile, &home, tags),
        home,
        progress: profile.progress.clone(),
    };
    // Plain structs of strings and numbers always serialise.
    let payload_text = serde_json::to_string(&payload).unwrap_or_default();
    let signature = assignment.and_then(|a| a.key.as_deref()).and_then(|key| sign::sign(key, payload_text.as_bytes()));
    let raw = RawValue::from_string(payload_text).unwrap_or_else(|_| empty_raw());
    serde_json::to_string(&Envelope { format: FORMAT.to_owned(), version: VERSION, payload: &raw, signature })
        .unwrap_or_default()
}

fn empty_raw() -> Box<RawValue> {
    RawValue::from_string("{}".to_owned()).unwrap_or_else(|_| unreachable!("{{}} is JSON"))
}

/// The file's name: the nickname's word ids and the date, e.g.
/// `byte-bridge-brave-fox-2026-11-29.json` (only ASCII, safe on every system).
pub fn file_name(profile: &Profile, now: u64) -> String {
    let date = crate::core::date::date_text(now);
    format!("byte-bridge-{}-{}-{date}.json", profile.nickname.adjective, profile.nickname.animal)
}

impl Report {
    /// Reads a file (bytes as they came from the picker or a drop). Never panics.
    pub fn read(bytes: &[u8]) -> Result<Report, ReportError> {
        if bytes.len() > MAX_BYTES {
            return Err(ReportError::TooLarge);
        }
        let text = std::str::from_utf8(bytes).map_err(|_| ReportError::NotOurs)?;
        let text = text.trim_start_matches('\u{feff}');
        if !text.trim_start().starts_with('{') {
            return Err(ReportError::NotOurs);
        }
        #[derive(Deserialize)]
        struct Head {
            #[serde(default)]
            format: String,
            #[serde(default)]
            version: u32,
        }
        let head: Head = serde_json::from_str(text).map_err(|e| classify(text, &e))?;
        if head.format != FORMAT {
            return Err(if head.format == crate::core::profiles::transfer::FORMAT {
                ReportError::PlayersFile
            } else {
                ReportError::NotOurs
            });
        }
        if head.version > VERSION {
            return Err(ReportError::NewerVersion(head.version));
        }
        let envelope: Envelope = serde_json::from_str(text).map_err(|e| classify(text, &e))?;
        let payload_text = envelope.payload.get().to_owned();
        let mut payload: Payload =
            serde_json::from_str(&payload_text).map_err(|e| ReportError::Damaged(e.to_string()))?;
        check(&mut payload)?;
        Ok(Report { payload, payload_text, signature: envelope.signature })
    }

    /// Whether the file carries a signature.
    pub fn is_signed(&self) -> bool {
        self.signature.is_some()
    }

    /// The seal against `key`, the class key the teacher holds for the file's class (`None`
    /// if the teacher's class wants no signature or the teacher does not know the class).
    pub fn seal(&self, key: Option<&str>) -> Seal {
        match (&self.signature, key) {
            (Some(signature), Some(key)) if sign::verify(key, self.payload_text.as_bytes(), signature) => Seal::Intact,
            (Some(_), Some(_)) | (None, Some(_)) => Seal::Broken,
            // Signed for a class this teacher page does not know: it cannot be checked here.
            (Some(_), None) | (None, None) => Seal::None,
        }
    }
}

/// A JSON error as the teacher's message: cut short, not ours at all, or damaged.
fn classify(text: &str, error: &serde_json::Error) -> ReportError {
    if error.is_eof() {
        ReportError::Truncated
    } else if text.contains(FORMAT) || text.contains(crate::core::profiles::transfer::FORMAT) {
        ReportError::Damaged(error.to_string())
    } else {
        ReportError::NotOurs
    }
}

/// Checks what serde cannot, and tidies what is only cosmetic. The pupil's record is checked
/// by [`limits::check_record`], as a tablet checks a players file; levels this version lacks
/// are counted by the class book, which knows the course.
fn check(payload: &mut Payload) -> Result<(), ReportError> {
    let pupil = &payload.pupil;
    let words = [&pupil.nickname.adjective, &pupil.nickname.animal, &pupil.avatar.picture, &pupil.avatar.colour];
    if !is_token(&pupil.id, 32) || words.iter().any(|w| !is_token(w, 32)) {
        return Err(ReportError::Damaged("bad pupil id, nickname or avatar".to_owned()));
    }
    if let Some(class) = &mut payload.class {
        if !is_hex(&class.id, 16) {
            return Err(ReportError::Damaged("bad class id".to_owned()));
        }
        class.name = clean_name(&class.name);
    }
    payload.home = super::assignment::home_of(&payload.home);
    limits::check_record(&payload.progress, |_| true)?;
    if payload.progress.language.as_deref().is_some_and(|l| !is_token(&l.to_ascii_lowercase(), 35)) {
        payload.progress.language = None;
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::profiles::new_id;
    use crate::core::progress::Attempt;

    #[test]
    fn numbers_no_record_reaches_are_refused() {
        let text = write(&pupil(), None, "", |_| LevelTags::default(), 9);
        for (from, to) in [
            ("\"attempts_total\":2", "\"attempts_total\":4294967295"),
            ("\"seconds\":30", "\"seconds\":4294967295"),
            ("\"at\":1764400000000", "\"at\":18446744073709551615"),
        ] {
            let edited = text.replacen(from, to, 1);
            assert_ne!(edited, text, "{from}");
            assert!(matches!(Report::read(edited.as_bytes()), Err(ReportError::Damaged(_))), "{to}");
        }
    }

    pub(crate) fn pupil() -> Profile {
        let mut profile = Profile {
            id: new_id(7),
            nickname: Nickname::new("brave", "fox"),
            avatar: Avatar::new("sun", "blue"),
            secret: Some(vec!["sun".into(), "moon".into(), "star".into()]),
            created: 1,
            updated: 1,
            band: None,
            settings: Default::default(),
            progress: Progress::default(),
        };
        let attempt = |at: u64, stars: u8| Attempt {
            outcome: if stars > 0 { "reached_goal" } else { "hit_wall" }.into(),
            stars,
            seconds: 30,
            hints: 1,
            at,
            class: Some("00000000000000aa".into()),
            ..Default::default()
        };
        profile.progress.record_attempt("robot-first-steps", attempt(1_764_400_000_000, 0));
        profile.progress.record_attempt("robot-first-steps", attempt(1_764_400_060_000, 3));
        profile
    }

    pub(crate) fn assignment(sign: bool) -> Assignment {
        let mut n = 0xa9;
        Assignment::new("4B", vec!["robot-first-steps".into()], false, sign, "https://s.example/bb/", 5, move || {
            n += 1;
            n
        })
    }

    #[test]
    fn a_signed_file_reads_back_whole_and_without_the_picture_password() {
        let class = assignment(true);
        let text = write(&pupil(), Some(&class), "ignored", |_| LevelTags::default(), 1_764_400_100_000);
        assert!(!text.contains("secret") && !text.contains("moon"));
        let report = Report::read(text.as_bytes()).unwrap();
        assert_eq!(report.payload.progress, pupil().progress);
        assert_eq!(report.payload.pupil.nickname, Nickname::new("brave", "fox"));
        assert_eq!(report.payload.class.as_ref().map(|c| c.name.as_str()), Some("4B"));
        assert_eq!(report.payload.home, "https://s.example/bb/");
        assert_eq!(report.payload.statements.len(), 2);
        assert_eq!(report.seal(class.key.as_deref()), Seal::Intact);
        assert_eq!(
            report.seal(assignment(true).key.as_deref().map(|_| "00112233445566778899aabbccddeeff")),
            Seal::Broken
        );
        assert_eq!(file_name(&pupil(), 1_764_400_100_000), "byte-bridge-brave-fox-2025-11-29.json");
    }

    #[test]
    fn an_edited_star_breaks_the_seal_and_a_removed_signature_too() {
        let class = assignment(true);
        let text = write(&pupil(), Some(&class), "", |_| LevelTags::default(), 9);
        let edited = text.replacen("\"best_stars\":3", "\"best_stars\":2", 1);
        assert_ne!(edited, text);
        assert_eq!(Report::read(edited.as_bytes()).unwrap().seal(class.key.as_deref()), Seal::Broken);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let unsigned = serde_json::json!({"format": FORMAT, "version": 1, "payload": value["payload"]}).to_string();
        assert_eq!(Report::read(unsigned.as_bytes()).unwrap().seal(class.key.as_deref()), Seal::Broken);
        let plain = write(&pupil(), Some(&assignment(false)), "", |_| LevelTags::default(), 9);
        assert_eq!(Report::read(plain.as_bytes()).unwrap().seal(None), Seal::None);
    }

    #[test]
    fn bad_files_get_their_own_errors() {
        let text = write(&pupil(), None, "https://s.example/bb/index.html", |_| LevelTags::default(), 9);
        assert_eq!(Report::read(&text.as_bytes()[..text.len() / 2]), Err(ReportError::Truncated));
        assert_eq!(Report::read(b"\x89PNG\r\n"), Err(ReportError::NotOurs));
        assert_eq!(Report::read(b"{\"hello\": 1}"), Err(ReportError::NotOurs));
        assert_eq!(Report::read(&vec![b' '; MAX_BYTES + 1]), Err(ReportError::TooLarge));
        let newer = text.replacen("\"version\":1", "\"version\":7", 1);
        assert_eq!(Report::read(newer.as_bytes()), Err(ReportError::NewerVersion(7)));
        let players = crate::core::profiles::transfer::export(&[&pupil()], Default::default(), 9);
        assert_eq!(Report::read(players.as_bytes()), Err(ReportError::PlayersFile));
        let hostile = text.replacen("\"animal\":\"fox\"", "\"animal\":\"<img src=x onerror=alert(1)>\"", 1);
        assert!(matches!(Report::read(hostile.as_bytes()), Err(ReportError::Damaged(_))));
        let stars = text.replacen("\"best_stars\":3", "\"best_stars\":30", 1);
        assert!(matches!(Report::read(stars.as_bytes()), Err(ReportError::Damaged(_))));
        let with_bom = format!("\u{feff}{text}");
        assert!(Report::read(with_bom.as_bytes()).is_ok());
    }
}

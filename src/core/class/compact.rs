//! The summary a pupil's QR code carries: small enough for one code a tablet shows and a
//! teacher's phone reads reliably.
//!
//! Text: `BB1.` then URL-safe base64 of
//! ```text
//! pupil id        8 bytes  (the profile's 16 hex digits)
//! nickname        2 bytes  (adjective, animal: index in this version's lists, 255 = other)
//! avatar          2 bytes  (picture, colour: likewise)
//! class id        8 bytes  (zero when there is no assignment)
//! made at         4 bytes  (seconds since 1970, big-endian)
//! flags           1 byte   (bit 0: signed)
//! level count     1 byte
//! per level:      level tag (2 bytes: FNV-1a of the id, low 16 bits), best stars (1 byte),
//!                 then attempts, hints and seconds as LEB128 varints
//! signature      12 bytes  (the start of HMAC-SHA256 with the class key, when signed)
//! ```
//! Files carry everything; this carries per level only best stars, attempts, hints and time.

use super::assignment::Assignment;
use super::limits::{MAX_COUNT, MAX_LEVEL_HINTS, MAX_LEVEL_SECONDS};
use super::sign;
use crate::core::ids::is_hex;
use crate::core::profiles::{ADJECTIVES, ANIMALS, Avatar, COLOURS, Nickname, PICTURES, Profile};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The prefix (and version) of a summary code.
pub const PREFIX: &str = "BB1.";
/// The most levels one code carries (the most recently played first); a code then stays
/// under about 700 characters, which a tablet screen shows as a code any phone reads.
pub const MAX_LEVELS: usize = 60;
const MAC_LEN: usize = 12;
const HEADER: usize = 26;

/// One level's line in a summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LevelSummary {
    pub stars: u8,
    pub attempts: u32,
    pub hints: u32,
    pub seconds: u32,
}

/// A summary as read from a code.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub pupil: String,
    pub nickname: Nickname,
    pub avatar: Avatar,
    pub class: Option<String>,
    pub made: u64,
    /// Levels this version knows, by id.
    pub levels: Vec<(String, LevelSummary)>,
    /// Level tags this version does not know (a newer game's levels).
    pub unknown_levels: usize,
    signed: Vec<u8>,
    mac: Option<Vec<u8>>,
}

/// Why a code could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// Not a Byte Bridge code (another QR code, or text).
    NotOurs,
    /// A later summary version.
    Newer,
    /// Ours, but damaged.
    Damaged,
}

impl CodeError {
    /// Every reason.
    pub const ALL: [CodeError; 3] = [CodeError::NotOurs, CodeError::Newer, CodeError::Damaged];

    /// The Fluent id of the teacher's message.
    pub fn message_id(&self) -> &'static str {
        match self {
            CodeError::NotOurs => "class-code-not-ours",
            CodeError::Newer => "class-code-newer",
            CodeError::Damaged => "class-code-damaged",
        }
    }
}

/// A level's 16-bit tag (tests prove the shipped levels' tags are all different).
pub fn level_tag(id: &str) -> u16 {
    let hash = id.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    (hash & 0xffff) as u16
}

fn index_of(list: &[&str], word: &str) -> u8 {
    list.iter().position(|w| *w == word).and_then(|i| u8::try_from(i).ok()).unwrap_or(255)
}

fn word_at(list: &[&str], index: u8) -> String {
    list.get(usize::from(index)).map_or_else(|| "unknown".to_owned(), |w| (*w).to_owned())
}

fn push_varint(out: &mut Vec<u8>, mut n: u32) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn read_varint(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let mut n: u32 = 0;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(*at)?;
        *at += 1;
        n |= u32::from(byte & 0x7f).checked_shl(shift)?;
        if byte & 0x80 == 0 {
            return Some(n);
        }
    }
    None
}

fn id_bytes(hex: &str) -> [u8; 8] {
    let mut out = [0; 8];
    if is_hex(hex, 16)
        && let Some(bytes) = sign::unhex(hex)
    {
        out.copy_from_slice(&bytes);
    }
    out
}

/// The code text for `profile` under `assignment` (signed when it has a class key).
pub fn write(profile: &Profile, assignment: Option<&Assignment>, now: u64) -> String {
    let mut out = Vec::with_capacity(256);
    out.extend_from_slice(&id_bytes(&profile.id));
    out.push(index_of(&ADJECTIVES, &profile.nickname.adjective));
    out.push(index_of(&ANIMALS, &profile.nickname.animal));
    out.push(index_of(&PICTURES, &profile.avatar.picture));
    out.push(index_of(&COLOURS, &profile.avatar.colour));
    out.extend_from_slice(&assignment.map_or([0; 8], |a| id_bytes(&a.id)));
    out.extend_from_slice(&u32::try_from(now / 1000).unwrap_or(u32::MAX).to_be_bytes());
    let key = assignment.and_then(|a| a.key.as_deref());
    out.push(u8::from(key.is_some()));
    // Assigned levels first, then the most recently played.
    let assigned = |id: &str| assignment.is_some_and(|a| a.levels.iter().any(|l| l == id));
    let mut levels: Vec<(&String, &crate::core::progress::LevelRecord)> = profile.progress.levels.iter().collect();
    levels.sort_by_key(|(id, record)| {
        (!assigned(id), std::cmp::Reverse(record.attempts.last().map_or(0, |a| a.at)), (*id).clone())
    });
    levels.truncate(MAX_LEVELS);
    out.push(levels.len() as u8);
    for (id, record) in levels {
        out.extend_from_slice(&level_tag(id).to_be_bytes());
        out.push(record.best_stars.min(3));
        push_varint(&mut out, record.attempts_total);
        push_varint(&mut out, record.attempts.iter().map(|a| u32::from(a.hints)).sum());
        push_varint(&mut out, record.attempts.iter().fold(0u32, |sum, a| sum.saturating_add(a.seconds)));
    }
    if let Some(mac) = key.and_then(|key| sign::sign_short(key, &out, MAC_LEN)) {
        out.extend_from_slice(&mac);
    }
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(out))
}

impl Summary {
    /// Reads a scanned code; `known` lists this version's level ids. Never panics.
    pub fn read(text: &str, known: &[&str]) -> Result<Summary, CodeError> {
        let text = text.trim();
        let Some(body) = text.strip_prefix(PREFIX) else {
            let newer = text.len() > 4 && text.starts_with("BB") && text.as_bytes().get(3) == Some(&b'.');
            return Err(if newer { CodeError::Newer } else { CodeError::NotOurs });
        };
        if body.len() > 4096 {
            return Err(CodeError::Damaged);
        }
        let bytes = URL_SAFE_NO_PAD.decode(body).map_err(|_| CodeError::Damaged)?;
        if bytes.len() < HEADER {
            return Err(CodeError::Damaged);
        }
        let hex = |b: &[u8]| sign::hex(b);
        let class = (bytes[12..20] != [0; 8]).then(|| hex(&bytes[12..20]));
        let made = u64::from(u32::from_be_bytes([bytes[20], bytes[21], bytes[22], bytes[23]])) * 1000;
        let signed = bytes[24] & 1 == 1;
        let count = usize::from(bytes[25]);
        let mut at = HEADER;
        let mut levels = Vec::new();
        let mut unknown_levels = 0;
        for _ in 0..count {
            let tag = u16::from_be_bytes([
                *bytes.get(at).ok_or(CodeError::Damaged)?,
                *bytes.get(at + 1).ok_or(CodeError::Damaged)?,
            ]);
            let stars = *bytes.get(at + 2).ok_or(CodeError::Damaged)?;
            at += 3;
            let attempts = read_varint(&bytes, &mut at).ok_or(CodeError::Damaged)?;
            let hints = read_varint(&bytes, &mut at).ok_or(CodeError::Damaged)?;
            let seconds = read_varint(&bytes, &mut at).ok_or(CodeError::Damaged)?;
            // A real pupil stays far below these; more is a made-up code.
            if stars > 3 || attempts > MAX_COUNT || hints > MAX_LEVEL_HINTS || seconds > MAX_LEVEL_SECONDS {
                return Err(CodeError::Damaged);
            }
            match known.iter().find(|id| level_tag(id) == tag) {
                Some(id) => levels.push(((*id).to_owned(), LevelSummary { stars, attempts, hints, seconds })),
                None => unknown_levels += 1,
            }
        }
        let rest = bytes.len() - at;
        let mac = match (signed, rest) {
            (true, MAC_LEN) => Some(bytes[at..].to_vec()),
            (false, 0) => None,
            _ => return Err(CodeError::Damaged),
        };
        Ok(Summary {
            pupil: hex(&bytes[0..8]),
            nickname: Nickname { adjective: word_at(&ADJECTIVES, bytes[8]), animal: word_at(&ANIMALS, bytes[9]) },
            avatar: Avatar { picture: word_at(&PICTURES, bytes[10]), colour: word_at(&COLOURS, bytes[11]) },
            class,
            made,
            levels,
            unknown_levels,
            signed: bytes[..at].to_vec(),
            mac,
        })
    }

    /// Whether the code carries a signature.
    pub fn is_signed(&self) -> bool {
        self.mac.is_some()
    }

    /// Whether the code's signature matches `key` (false when it has none).
    pub fn verify(&self, key: &str) -> bool {
        self.mac.as_deref().is_some_and(|mac| sign::verify_short(key, &self.signed, mac))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::class::report::tests::{assignment, pupil};
    use crate::core::progress::Attempt;

    #[test]
    fn a_code_carries_the_summary_and_its_signature() {
        let class = assignment(true);
        let profile = pupil();
        let text = write(&profile, Some(&class), 1_764_400_100_000);
        assert!(text.starts_with(PREFIX) && text.len() < 120, "{text}");
        let summary = Summary::read(&text, &["robot-first-steps", "other"]).unwrap();
        assert_eq!(summary.pupil, profile.id);
        assert_eq!(summary.nickname, profile.nickname);
        assert_eq!(summary.avatar, profile.avatar);
        assert_eq!(summary.class.as_deref(), Some(class.id.as_str()));
        assert_eq!(summary.made, 1_764_400_100_000);
        assert_eq!(
            summary.levels,
            [("robot-first-steps".to_owned(), LevelSummary { stars: 3, attempts: 2, hints: 2, seconds: 60 })]
        );
        assert!(summary.verify(class.key.as_deref().unwrap()));
        assert!(!summary.verify("00112233445566778899aabbccddeeff"));
        // One changed byte in the levels breaks the signature.
        let mut bytes = URL_SAFE_NO_PAD.decode(&text[PREFIX.len()..]).unwrap();
        bytes[HEADER + 2] = 1;
        let edited = format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes));
        assert!(!Summary::read(&edited, &["robot-first-steps"]).unwrap().verify(class.key.as_deref().unwrap()));
    }

    #[test]
    fn a_busy_pupil_still_fits_one_code() {
        let mut profile = pupil();
        for level in 0..80 {
            for at in 0..30u64 {
                let attempt = Attempt {
                    outcome: "x".into(),
                    stars: 2,
                    seconds: 4000,
                    hints: 3,
                    at: at + 1,
                    ..Default::default()
                };
                profile.progress.record_attempt(&format!("level-{level}"), attempt);
            }
        }
        let text = write(&profile, Some(&assignment(true)), 1);
        assert!(text.len() <= 760, "{} characters", text.len());
        assert!(super::super::qr::matrix(&text).is_some());
        let mut known: Vec<String> = (0..80).map(|l| format!("level-{l}")).collect();
        known.push("robot-first-steps".into());
        let known: Vec<&str> = known.iter().map(String::as_str).collect();
        assert_eq!(Summary::read(&text, &known).unwrap().levels.len(), MAX_LEVELS);
    }

    #[test]
    fn other_codes_and_damage_are_told_apart() {
        let text = write(&pupil(), None, 1);
        assert_eq!(Summary::read("https://example.com", &[]), Err(CodeError::NotOurs));
        assert_eq!(Summary::read("BB2.AAAA", &[]), Err(CodeError::Newer));
        assert_eq!(Summary::read(&text[..text.len() - 3], &["robot-first-steps"]), Err(CodeError::Damaged));
        assert_eq!(Summary::read("BB1.%%%", &[]), Err(CodeError::Damaged));
        let unsigned = Summary::read(&text, &[]).unwrap();
        assert!(!unsigned.is_signed());
        assert_eq!(unsigned.unknown_levels, 1);
    }
}

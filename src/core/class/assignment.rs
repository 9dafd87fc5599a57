//! The teacher's assignment: a class name, the levels for today, whether the others are
//! locked, and the class key that signs the pupils' files. It travels in the link's fragment
//! (`index.html#mission=…`), which browsers never send to a server.

use crate::core::ids::{is_hex, is_token};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The assignment format's version; a link from a newer teacher page says so instead of
/// being misread.
pub const VERSION: u32 = 1;
/// The fragment key of an assignment link.
pub const FRAGMENT_KEY: &str = "mission=";
/// The longest class name accepted, in characters.
pub const MAX_CLASS_NAME: usize = 40;
/// The most levels one assignment can hold.
pub const MAX_LEVELS: usize = 60;
/// The longest assignment text read from a link (a real one is well under 2 KB).
const MAX_LINK: usize = 8 * 1024;

/// Today's mission, as the teacher made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    /// The format version ([`VERSION`]).
    #[serde(rename = "v")]
    pub version: u32,
    /// Random (16 hex digits): tells classes apart; exported attempts carry it.
    pub id: String,
    /// The name the teacher gave the class, e.g. "4B". Plain text, shown as text.
    pub class_name: String,
    /// The levels, in the teacher's order.
    pub levels: Vec<String>,
    /// Whether the pupils may play only these levels while the assignment is on the tablet.
    #[serde(default)]
    pub lock: bool,
    /// The class key (32 hex digits) that signs the pupils' files, if the teacher wants it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The game's address, the xAPI `homePage` of the pupils' accounts.
    pub home: String,
    /// When the teacher made it (milliseconds since 1970).
    #[serde(default)]
    pub created: u64,
}

/// Why a link's assignment cannot be used. Each has a Fluent message for the pupil's screen.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AssignmentError {
    #[error("the link holds no assignment")]
    Missing,
    #[error("the link is damaged or cut short")]
    Damaged,
    #[error("the link comes from a newer version of Byte Bridge")]
    NewerVersion,
    #[error("the assignment has no level this version knows")]
    NoKnownLevels,
}

impl AssignmentError {
    /// Every reason.
    pub const ALL: [AssignmentError; 4] = [
        AssignmentError::Missing,
        AssignmentError::Damaged,
        AssignmentError::NewerVersion,
        AssignmentError::NoKnownLevels,
    ];

    /// The Fluent id of the message shown to the pupil (and the teacher nearby).
    pub fn message_id(&self) -> &'static str {
        match self {
            AssignmentError::Missing | AssignmentError::Damaged => "mission-link-damaged",
            AssignmentError::NewerVersion => "mission-link-newer",
            AssignmentError::NoKnownLevels => "mission-link-no-levels",
        }
    }
}

impl Assignment {
    /// A new assignment. `random` gives the id (and the key when `sign`); the class name is
    /// trimmed, its control characters dropped and its length capped.
    pub fn new(
        class_name: &str,
        levels: Vec<String>,
        lock: bool,
        sign: bool,
        home: &str,
        now: u64,
        mut random: impl FnMut() -> u64,
    ) -> Assignment {
        let id = format!("{:016x}", random());
        let key = sign.then(|| format!("{:016x}{:016x}", random(), random()));
        Assignment {
            version: VERSION,
            id,
            class_name: clean_name(class_name),
            levels: levels.into_iter().take(MAX_LEVELS).collect(),
            lock,
            key,
            home: home_of(home),
            created: now,
        }
    }

    /// The link that opens the game with this assignment: `game_url` plus the fragment.
    pub fn link(&self, game_url: &str) -> String {
        let base = game_url.split('#').next().unwrap_or_default();
        let json = serde_json::to_vec(self).unwrap_or_default();
        format!("{base}#{FRAGMENT_KEY}{}", URL_SAFE_NO_PAD.encode(json))
    }

    /// Reads the assignment from a link, its fragment, or the fragment's value. Levels this
    /// version does not know (`known` says which it does) are dropped; none left is an error.
    pub fn from_link(link: &str, known: impl Fn(&str) -> bool) -> Result<Assignment, AssignmentError> {
        let fragment = link.rsplit_once('#').map_or(link, |(_, fragment)| fragment);
        let value =
            fragment.split('&').find_map(|part| part.strip_prefix(FRAGMENT_KEY)).ok_or(AssignmentError::Missing)?;
        if value.len() > MAX_LINK {
            return Err(AssignmentError::Damaged);
        }
        let bytes = URL_SAFE_NO_PAD.decode(value.trim_end_matches('=')).map_err(|_| AssignmentError::Damaged)?;
        Assignment::from_json(&bytes, known)
    }

    /// Reads the assignment's JSON (from a link, or as the tablet stored it) with the same
    /// checks and the same dropping of unknown levels as [`Assignment::from_link`].
    pub fn from_json(bytes: &[u8], known: impl Fn(&str) -> bool) -> Result<Assignment, AssignmentError> {
        #[derive(Deserialize)]
        struct Version {
            v: u32,
        }
        let version: Version = serde_json::from_slice(&bytes).map_err(|_| AssignmentError::Damaged)?;
        if version.v > VERSION {
            return Err(AssignmentError::NewerVersion);
        }
        let mut assignment: Assignment = serde_json::from_slice(&bytes).map_err(|_| AssignmentError::Damaged)?;
        assignment.check()?;
        assignment.levels.retain(|level| known(level));
        if assignment.levels.is_empty() {
            return Err(AssignmentError::NoKnownLevels);
        }
        Ok(assignment)
    }

    /// Checks what came from outside: ids and key are plain hex, names are short text.
    pub fn check(&mut self) -> Result<(), AssignmentError> {
        let key_ok = self.key.as_deref().is_none_or(|key| is_hex(key, 32));
        let levels_ok = self.levels.len() <= MAX_LEVELS && self.levels.iter().all(|l| is_token(l, 64));
        if self.version == 0 || !is_hex(&self.id, 16) || !key_ok || !levels_ok || self.home.len() > 512 {
            return Err(AssignmentError::Damaged);
        }
        self.class_name = clean_name(&self.class_name);
        self.home = home_of(&self.home);
        let mut seen = std::collections::BTreeSet::new();
        self.levels.retain(|level| seen.insert(level.clone()));
        Ok(())
    }
}

/// A class name as shown: trimmed, no control characters, at most [`MAX_CLASS_NAME`] characters.
pub fn clean_name(name: &str) -> String {
    name.chars().filter(|c| !c.is_control()).take(MAX_CLASS_NAME).collect::<String>().trim().to_owned()
}

/// The xAPI home page for a game address: the address without its fragment and query.
pub fn home_of(url: &str) -> String {
    let url = url.split(['#', '?']).next().unwrap_or_default();
    url.chars().filter(|c| !c.is_control() && !c.is_whitespace()).take(512).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Assignment {
        let mut n = 0u64;
        Assignment::new(
            "  4B\u{7}  ",
            vec!["walk-1".into(), "walk-2".into()],
            true,
            true,
            "https://school.example/games/bb/index.html?x=1#old",
            1_764_400_000_000,
            move || {
                n += 0x1111;
                n
            },
        )
    }

    #[test]
    fn a_link_carries_the_assignment_whole() {
        let assignment = sample();
        assert_eq!(assignment.class_name, "4B");
        assert_eq!(assignment.home, "https://school.example/games/bb/index.html");
        assert!(assignment.key.as_deref().is_some_and(|k| is_hex(k, 32)));
        let link = assignment.link("https://school.example/games/bb/index.html#old");
        assert!(link.starts_with("https://school.example/games/bb/index.html#mission="));
        assert_eq!(Assignment::from_link(&link, |_| true), Ok(assignment.clone()));
        let fragment = link.split_once('#').unwrap().1;
        assert_eq!(Assignment::from_link(fragment, |_| true), Ok(assignment));
    }

    #[test]
    fn unknown_levels_are_dropped_and_none_left_is_an_error() {
        let link = sample().link("index.html");
        let only_first = Assignment::from_link(&link, |l| l == "walk-1").unwrap();
        assert_eq!(only_first.levels, ["walk-1"]);
        assert_eq!(Assignment::from_link(&link, |_| false), Err(AssignmentError::NoKnownLevels));
    }

    #[test]
    fn damaged_newer_and_hostile_links_are_refused() {
        let link = sample().link("index.html");
        assert_eq!(Assignment::from_link("index.html", |_| true), Err(AssignmentError::Missing));
        assert_eq!(Assignment::from_link(&link[..link.len() - 9], |_| true), Err(AssignmentError::Damaged));
        assert_eq!(Assignment::from_link("#mission=!!!", |_| true), Err(AssignmentError::Damaged));
        let encode = |json: &str| format!("#mission={}", URL_SAFE_NO_PAD.encode(json));
        let newer = encode(r#"{"v":2,"anything":"new"}"#);
        assert_eq!(Assignment::from_link(&newer, |_| true), Err(AssignmentError::NewerVersion));
        let bad_id = encode(r#"{"v":1,"id":"<script>","class_name":"x","levels":["a"],"home":""}"#);
        assert_eq!(Assignment::from_link(&bad_id, |_| true), Err(AssignmentError::Damaged));
        let bad_level = encode(r#"{"v":1,"id":"0123456789abcdef","class_name":"x","levels":["../a"],"home":""}"#);
        assert_eq!(Assignment::from_link(&bad_level, |_| true), Err(AssignmentError::Damaged));
        let long_name = format!(
            r#"{{"v":1,"id":"0123456789abcdef","class_name":"{}<b>","levels":["a","a"],"home":""}}"#,
            "x".repeat(100)
        );
        let read = Assignment::from_link(&encode(&long_name), |_| true).unwrap();
        assert_eq!(read.class_name.chars().count(), MAX_CLASS_NAME);
        assert_eq!(read.levels, ["a"]);
        assert_eq!(
            Assignment::from_link(&format!("#mission={}", "A".repeat(MAX_LINK + 4)), |_| true),
            Err(AssignmentError::Damaged)
        );
    }
}

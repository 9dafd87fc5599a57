//! The teacher's assignment: a class name, the levels for today, whether the others are
//! locked, and the class key that signs the pupils' files. It travels in the link's fragment
//! (`index.html#mission=…`), which browsers never send to a server.

use super::sign;
use crate::core::ids::{is_hex, is_token};
use crate::core::level::MadeLevel;
use crate::core::level::made;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The newest assignment format this version reads; a link from a newer teacher page says so
/// instead of being misread. 2: the assignment carries levels the teacher made (`made`), so a
/// game that cannot play them says the link is newer instead of leaving them out unseen.
/// Assignments without made levels are still written as version 1, which every game reads.
pub const VERSION: u32 = 2;
/// The version of an assignment without made levels.
const PLAIN_VERSION: u32 = 1;
/// The fragment key of an assignment link.
pub const FRAGMENT_KEY: &str = "mission=";
/// The longest class name accepted, in characters.
pub const MAX_CLASS_NAME: usize = 40;
/// The most levels one assignment can hold.
pub const MAX_LEVELS: usize = 60;
/// The most levels a teacher made that one assignment can carry.
pub const MAX_MADE_LEVELS: usize = 6;
/// The longest link a QR code shows: a link up to this many characters makes a code of
/// version 25 (117 × 117 modules) at error correction M, which a tablet's camera reads from a
/// sheet or a projector (measured in the tests below). A longer link is shared as a link or a
/// file, not as a code.
pub const QR_MAX_LINK: usize = 997;
/// The longest assignment text read from a link. One without made levels is under 2 KB. A made
/// level at its longest is about 3,500 characters, at most 3 bytes each in UTF-8 and twice
/// that where every character needs escaping: six of them stay under 130 KB of JSON, 173 KB
/// in base64, well inside what browsers keep of an address.
const MAX_LINK: usize = 192 * 1024;

/// Today's mission, as the teacher made it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// Levels the teacher made (each also named in `levels`, by its id, in the teacher's order).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub made: Vec<MadeLevel>,
    /// The HMAC-SHA256 of `made` (its JSON) with the class key: a link whose levels were
    /// changed after the teacher page signed them is refused whole. The key travels in the
    /// same link, so this finds damage and careless edits, not a determined forger (who
    /// could only change what their own tablet shows).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub made_sig: Option<String>,
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
    #[error("a level the teacher made is damaged or was changed")]
    MadeRefused,
}

impl AssignmentError {
    /// Every reason.
    pub const ALL: [AssignmentError; 5] = [
        AssignmentError::Missing,
        AssignmentError::Damaged,
        AssignmentError::NewerVersion,
        AssignmentError::NoKnownLevels,
        AssignmentError::MadeRefused,
    ];

    /// The Fluent id of the message shown to the pupil (and the teacher nearby).
    pub fn message_id(&self) -> &'static str {
        match self {
            AssignmentError::Missing | AssignmentError::Damaged => "mission-link-damaged",
            AssignmentError::NewerVersion => "mission-link-newer",
            AssignmentError::NoKnownLevels => "mission-link-no-levels",
            AssignmentError::MadeRefused => "mission-link-made-refused",
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
        let key = sign.then(|| new_class_key(&mut random));
        Assignment {
            version: PLAIN_VERSION,
            id,
            class_name: clean_name(class_name),
            levels: levels.into_iter().take(MAX_LEVELS).collect(),
            lock,
            key,
            home: home_of(home),
            created: now,
            made: Vec::new(),
            made_sig: None,
        }
    }

    /// Adds levels the teacher made (proven by the teacher page), after the chosen ones, and
    /// signs them with the class key, which every assignment with made levels has (`random`
    /// makes one if the teacher did not ask for signed files). At most [`MAX_MADE_LEVELS`].
    pub fn with_made(mut self, made: Vec<MadeLevel>, mut random: impl FnMut() -> u64) -> Assignment {
        let made: Vec<MadeLevel> = made.into_iter().take(MAX_MADE_LEVELS).collect();
        if made.is_empty() {
            return self;
        }
        let key = self.key.get_or_insert_with(|| new_class_key(&mut random)).clone();
        for level in &made {
            let id = level.id();
            if !self.levels.contains(&id) {
                self.levels.push(id);
            }
        }
        self.made_sig = sign::sign(&key, &serde_json::to_vec(&made).unwrap_or_default());
        self.made = made;
        self.version = VERSION;
        self
    }

    /// The made levels' ids.
    pub fn made_ids(&self) -> Vec<String> {
        self.made.iter().map(MadeLevel::id).collect()
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
        assignment.check_made()?;
        let made = assignment.made_ids();
        assignment.levels.retain(|level| known(level) || made.contains(level));
        if assignment.levels.is_empty() {
            return Err(AssignmentError::NoKnownLevels);
        }
        Ok(assignment)
    }

    /// Checks the made levels: signed with the class key, each by the rules a teacher page
    /// proves, none twice. Any fault refuses the whole assignment (a class should not get
    /// part of the teacher's work without knowing).
    fn check_made(&self) -> Result<(), AssignmentError> {
        // A link that names a made level, or was signed for some, must carry them all: a
        // damaged link that lost them is refused, not read as a mission without them.
        let ids = self.made_ids();
        let named = self.levels.iter().filter(|l| l.starts_with(made::ID_PREFIX));
        if named.clone().any(|l| !ids.contains(l)) {
            return Err(AssignmentError::MadeRefused);
        }
        if self.made.is_empty() {
            let lost = self.made_sig.is_some() || self.version > PLAIN_VERSION || named.count() > 0;
            return if lost { Err(AssignmentError::MadeRefused) } else { Ok(()) };
        }
        let signed = match (&self.key, &self.made_sig) {
            (Some(key), Some(sig)) => sign::verify(key, &serde_json::to_vec(&self.made).unwrap_or_default(), sig),
            _ => false,
        };
        let unique = ids.iter().enumerate().all(|(i, id)| !ids[..i].contains(id));
        if !signed || !unique || self.made.len() > MAX_MADE_LEVELS || self.made.iter().any(|l| l.check().is_err()) {
            return Err(AssignmentError::MadeRefused);
        }
        Ok(())
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

/// A new class key: 32 hex digits from two draws of `random`.
fn new_class_key(random: &mut impl FnMut() -> u64) -> String {
    format!("{:016x}{:016x}", random(), random())
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
        let newer = encode(r#"{"v":3,"anything":"new"}"#);
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

    fn made_robot() -> MadeLevel {
        let mut level: MadeLevel = serde_json::from_str(
            r###"{"v":1,"lang":"en","band":"7-9","title":"To the flag","task":"Get the robot to the flag.",
            "learned":"Programs run one step after another.","hints":["Count the steps.","Turn at the corner.","Go forward twice first."],
            "kind":{"robot_grid":{"board":["S..","##G"],"start_facing":"east",
            "tiles":["forward","turn_left","turn_right"],"slots":{"main":6},"par":0}}}"###,
        )
        .unwrap();
        level.prove().unwrap();
        level
    }

    #[test]
    fn made_levels_travel_signed_and_count_as_known() {
        let unsigned = Assignment::new("4B", vec!["walk-1".into()], false, false, "https://s.example/", 1, || 7);
        let made = unsigned.with_made(vec![made_robot()], || 9);
        assert!(made.key.is_some(), "made levels always get a class key");
        let id = made_robot().id();
        assert_eq!(made.levels, ["walk-1".to_owned(), id.clone()]);
        let read = Assignment::from_link(&made.link("index.html"), |l| l == "walk-1").unwrap();
        assert_eq!(read, made);
        assert_eq!(read.made_ids(), [id]);
    }

    #[test]
    fn a_changed_or_unsigned_made_level_refuses_the_whole_link() {
        let made = sample().with_made(vec![made_robot()], || 9);
        let mut changed = made.clone();
        changed.made[0].title = "Something else".into();
        assert_eq!(Assignment::from_link(&changed.link("i.html"), |_| true), Err(AssignmentError::MadeRefused));
        let mut unsigned = made.clone();
        unsigned.made_sig = None;
        assert_eq!(Assignment::from_link(&unsigned.link("i.html"), |_| true), Err(AssignmentError::MadeRefused));
        let mut broken = made.clone();
        broken.made[0].hints.pop();
        let key = broken.key.clone().unwrap();
        broken.made_sig = sign::sign(&key, &serde_json::to_vec(&broken.made).unwrap());
        assert_eq!(Assignment::from_link(&broken.link("i.html"), |_| true), Err(AssignmentError::MadeRefused));
        let mut lost = made.clone();
        lost.made.clear();
        assert_eq!(Assignment::from_link(&lost.link("i.html"), |_| true), Err(AssignmentError::MadeRefused));
        lost.made_sig = None;
        lost.version = PLAIN_VERSION;
        assert_eq!(Assignment::from_link(&lost.link("i.html"), |_| true), Err(AssignmentError::MadeRefused));
        let twice = sample().with_made(vec![made_robot(), made_robot()], || 9);
        assert_eq!(Assignment::from_link(&twice.link("i.html"), |_| true), Err(AssignmentError::MadeRefused));
    }

    /// The QR limit, measured: a link of QR_MAX_LINK characters is a version-25 code (117
    /// modules a side) at error correction M; a small robot level fits, a long text level does not.
    #[test]
    fn a_link_with_a_small_made_level_fits_a_readable_qr_code() {
        let version_25 = 17 + 4 * 25;
        let fits = |n: usize| crate::core::class::qr::matrix(&"a".repeat(n)).unwrap().size <= version_25;
        assert!(
            fits(QR_MAX_LINK) && !fits(QR_MAX_LINK + 1),
            "{}",
            (900..1400).take_while(|&n| fits(n)).last().unwrap()
        );
        let made = sample().with_made(vec![made_robot()], || 9);
        let link = made.link("https://school.example/bb/index.html");
        assert!(link.len() <= QR_MAX_LINK, "a small robot level's link is {} characters", link.len());
    }
}

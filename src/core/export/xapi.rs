//! xAPI 1.0.3 statements from a player's attempts: one statement per kept attempt.
//!
//! - **actor**: an `account` agent. `homePage` is the class's home page (from the teacher's
//!   assignment) and `name` the player's random profile id: pseudonymous, never a real name.
//! - **verb**: ADL's `mastered` for three stars (par), `passed` for fewer, `failed` for an
//!   attempt that did not solve the level.
//! - **object**: the level, as the IRI `urn:byte-bridge:level:<id>`.
//! - **result**: success, completion, the stars as a score (0–3, scaled 0–1), the time spent
//!   (ISO 8601 duration), the program or the answers as `response`, hints and mistakes as
//!   extensions.
//! - **context**: the platform, the player's language and, as extensions, the level's DigComp
//!   2.2 competences, its DigComp 3.0 competences and learning outcomes, its age band and (for
//!   levels about AI) its AI Literacy Framework competences.
//!
//! Statement ids are derived from the player, the level and the attempt, so exporting the
//! same attempts twice gives the same ids and an LRS does not store them twice.

use crate::core::date::{iso_duration, iso_timestamp};
use crate::core::hash::{FNV64_OFFSET, fnv1a_64};
use crate::core::level::{AgeBand, AiLiteracy, Competence, Digcomp3, Level};
use crate::core::profiles::Profile;
use crate::core::progress::Attempt;
use serde_json::{Value, json};

/// The xAPI version these statements follow.
pub const VERSION: &str = "1.0.3";
/// Extension IRIs (URNs are IRIs; no web address of anyone's is implied).
pub const HINTS: &str = "urn:byte-bridge:xapi:hints";
pub const MISTAKES: &str = "urn:byte-bridge:xapi:mistakes";
pub const STEPS: &str = "urn:byte-bridge:xapi:steps";
pub const DIGCOMP: &str = "urn:byte-bridge:xapi:digcomp-2.2";
/// DigComp 3.0 competences and learning outcomes (`["4.2", "LO4.2.05"]`).
pub const DIGCOMP3: &str = "urn:byte-bridge:xapi:digcomp-3.0";
/// The level's age band (`"7-9"`, `"10-12"`, `"12-14"`).
pub const BAND: &str = "urn:byte-bridge:xapi:age-band";
/// EC/OECD AI Literacy Framework competences (`["E3"]`); only on levels that have them.
pub const AI_LITERACY: &str = "urn:byte-bridge:xapi:ai-literacy-2026";

/// What a statement's context says about its level. Empty (no band) for a level this version
/// of the game does not know.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LevelTags {
    /// DigComp 2.2 competences.
    pub digcomp: Vec<Competence>,
    /// DigComp 3.0 competences and learning outcomes.
    pub digcomp3: Vec<Digcomp3>,
    /// AI Literacy Framework competences.
    pub ai_literacy: Vec<AiLiteracy>,
    /// The level's age band.
    pub band: Option<AgeBand>,
}

impl LevelTags {
    /// The tags of `level`.
    pub fn of(level: &Level) -> LevelTags {
        LevelTags {
            digcomp: level.competences.clone(),
            digcomp3: level.digcomp3.clone(),
            ai_literacy: level.ai_literacy.clone(),
            band: Some(level.band),
        }
    }
}

/// The IRI of a level.
pub fn level_iri(level: &str) -> String {
    format!("urn:byte-bridge:level:{level}")
}

/// Every kept attempt of `profile` as a statement, oldest first. `home_page` is the class's
/// home page; `tags` gives a level's DigComp tags and band.
pub fn statements(profile: &Profile, home_page: &str, tags: impl Fn(&str) -> LevelTags) -> Vec<Value> {
    statements_since(profile, home_page, tags, None)
}

/// The statements of the attempts made after `since` (ms since 1970; all with `None`).
pub fn statements_since(
    profile: &Profile,
    home_page: &str,
    tags: impl Fn(&str) -> LevelTags,
    since: Option<u64>,
) -> Vec<Value> {
    let mut all: Vec<(&str, usize, &Attempt)> = profile
        .progress
        .levels
        .iter()
        .flat_map(|(level, record)| record.attempts.iter().enumerate().map(move |(i, a)| (level.as_str(), i, a)))
        .filter(|(_, _, a)| since.is_none_or(|since| a.at > since))
        .collect();
    all.sort_by_key(|(level, i, a)| (a.at, *level, *i));
    all.into_iter()
        .map(|(level, index, attempt)| statement(profile, home_page, level, index, attempt, &tags(level)))
        .collect()
}

fn statement(
    profile: &Profile,
    home_page: &str,
    level: &str,
    index: usize,
    attempt: &Attempt,
    tags: &LevelTags,
) -> Value {
    let solved = attempt.stars > 0;
    // ADL verbs: three stars (par) is mastery, fewer a pass, none a fail.
    let verb = match attempt.stars {
        0 => "failed",
        3 => "mastered",
        _ => "passed",
    };
    let response = match &attempt.program {
        Some(program) => serde_json::to_string(program).unwrap_or_default(),
        None => attempt.answers.join(" "),
    };
    let mut result = json!({
        "success": solved,
        "completion": solved,
        "score": { "raw": attempt.stars, "min": 0, "max": 3, "scaled": f64::from(attempt.stars) / 3.0 },
        "duration": iso_duration(attempt.seconds),
        "extensions": { HINTS: attempt.hints, MISTAKES: attempt.mistakes, STEPS: attempt.steps },
    });
    if !response.is_empty() {
        result["response"] = Value::String(response);
    }
    let mut extensions = json!({ DIGCOMP: ids(&tags.digcomp), DIGCOMP3: ids(&tags.digcomp3) });
    if let Some(band) = tags.band {
        extensions[BAND] = Value::String(band.name().to_owned());
    }
    if !tags.ai_literacy.is_empty() {
        extensions[AI_LITERACY] = json!(ids(&tags.ai_literacy));
    }
    let mut context = json!({ "platform": "Byte Bridge", "extensions": extensions });
    if let Some(class) = &attempt.class {
        // The teacher's assignment the attempt was played under, so an LRS can group a class.
        context["contextActivities"] =
            json!({ "grouping": [{ "objectType": "Activity", "id": format!("urn:byte-bridge:class:{class}") }] });
    }
    if let Some(language) = &profile.progress.language {
        context["language"] = Value::String(language.clone());
    }
    let mut statement = json!({
        "id": statement_id(&profile.id, level, index, attempt),
        "actor": { "objectType": "Agent", "account": { "homePage": home_page, "name": profile.id } },
        "verb": { "id": format!("http://adlnet.gov/expapi/verbs/{verb}"), "display": { "en-US": verb } },
        "object": {
            "objectType": "Activity",
            "id": level_iri(level),
            "definition": { "type": "http://adlnet.gov/expapi/activities/assessment" },
        },
        "result": result,
        "context": context,
        "version": VERSION,
    });
    if attempt.at > 0 {
        statement["timestamp"] = Value::String(iso_timestamp(attempt.at));
    }
    statement
}

/// Ids as the strings the level files use.
fn ids<T: ToString>(ids: &[T]) -> Vec<String> {
    ids.iter().map(ToString::to_string).collect()
}

/// A UUID (RFC 9562 version 8, "custom") from the player, level and attempt: the same
/// attempt always gets the same id, also after older attempts were let go of (its place in
/// the kept list counts only for attempts from before times were kept, which never move).
fn statement_id(profile: &str, level: &str, index: usize, attempt: &Attempt) -> String {
    let place = if attempt.at == 0 { index.to_string() } else { String::new() };
    uuid(&format!("{profile}\u{0}{level}\u{0}{}\u{0}{place}\u{0}{}", attempt.at, attempt.outcome))
}

/// A UUID (RFC 9562 version 8) that depends only on `key`.
pub fn uuid(key: &str) -> String {
    let (high, low) = (fnv1a_64(FNV64_OFFSET, key.as_bytes()), fnv1a_64(FNV64_OFFSET.rotate_left(32), key.as_bytes()));
    let high = (high & !0xf000) | 0x8000; // version 8
    let low = (low & !(0b11 << 62)) | (0b10 << 62); // RFC variant
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        high >> 32,
        (high >> 16) & 0xffff,
        high & 0xffff,
        low >> 48,
        low & 0xffff_ffff_ffff
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::profiles::{Avatar, Nickname, Tablet};

    fn player() -> Profile {
        let mut tablet = Tablet::default();
        tablet.create("00c0ffee00c0ffee".into(), Nickname::new("kind", "owl"), Avatar::new("sun", "red"), 1).unwrap();
        let mut p = tablet.profiles.remove(0);
        p.progress.language = Some("de".into());
        let program = serde_json::from_str(r#"{"main":"5{F}"}"#).unwrap();
        p.progress.record_attempt(
            "loop-first-loop",
            Attempt {
                program: Some(program),
                outcome: "reached_goal".into(),
                steps: 6,
                seconds: 31,
                hints: 1,
                stars: 3,
                at: 1_764_374_400_123,
                ..Default::default()
            },
        );
        p.progress.record_attempt(
            "share-or-keep",
            Attempt {
                outcome: "sorted".into(),
                answers: vec!["colour:share".into()],
                mistakes: 2,
                seconds: 9,
                at: 1_764_374_300_000,
                ..Default::default()
            },
        );
        p
    }

    fn tags(level: &str) -> LevelTags {
        let id = if level.starts_with("loop") { "3.4" } else { "4.2" };
        let three = if level.starts_with("loop") { ["3.4", "LO3.4.23"] } else { ["4.2", "LO4.2.01"] };
        LevelTags {
            digcomp: Competence::parse(id).into_iter().collect(),
            digcomp3: three.iter().filter_map(|id| Digcomp3::parse(id)).collect(),
            ai_literacy: Vec::new(),
            band: Some(if level.starts_with("loop") { AgeBand::Young } else { AgeBand::Middle }),
        }
    }

    #[test]
    fn every_attempt_becomes_a_statement_with_what_an_lrs_requires() {
        let all = statements(&player(), "https://school.example/class-4b", tags);
        assert_eq!(all.len(), 2);
        let (sorting, looping) = (&all[0], &all[1]);
        assert_eq!(looping["version"], "1.0.3");
        assert_eq!(
            looping["actor"]["account"],
            json!({ "homePage": "https://school.example/class-4b", "name": "00c0ffee00c0ffee" })
        );
        assert!(looping["actor"].get("name").is_none(), "no name: the id is pseudonymous");
        assert_eq!(looping["verb"]["id"], "http://adlnet.gov/expapi/verbs/mastered");
        assert_eq!(sorting["verb"]["id"], "http://adlnet.gov/expapi/verbs/failed");
        assert_eq!(looping["object"]["id"], "urn:byte-bridge:level:loop-first-loop");
        assert_eq!(looping["result"]["score"]["scaled"], 1.0);
        assert_eq!(looping["result"]["duration"], "PT31S");
        assert_eq!(looping["result"]["response"], r#"{"main":"5{F}"}"#);
        assert_eq!(looping["result"]["extensions"][HINTS], 1);
        assert_eq!(sorting["result"]["response"], "colour:share");
        assert_eq!(sorting["result"]["extensions"][MISTAKES], 2);
        assert_eq!(looping["context"]["extensions"][DIGCOMP], json!(["3.4"]));
        assert_eq!(looping["context"]["extensions"][DIGCOMP3], json!(["3.4", "LO3.4.23"]));
        assert_eq!(looping["context"]["extensions"][BAND], "7-9");
        assert_eq!(sorting["context"]["extensions"][BAND], "10-12");
        assert!(looping["context"]["extensions"].get(AI_LITERACY).is_none(), "only levels about AI say it");
        assert_eq!(looping["context"]["language"], "de");
        assert_eq!(looping["timestamp"], "2025-11-29T00:00:00.123Z");
    }

    #[test]
    fn a_level_about_ai_names_its_ai_literacy_competences_and_an_unknown_level_no_band() {
        let about_ai = |_: &str| LevelTags { ai_literacy: AiLiteracy::parse("E3").into_iter().collect(), ..tags("x") };
        let all = statements(&player(), "https://school.example", about_ai);
        assert_eq!(all[0]["context"]["extensions"][AI_LITERACY], json!(["E3"]));
        let unknown = statements(&player(), "https://school.example", |_| LevelTags::default());
        assert_eq!(unknown[0]["context"]["extensions"], json!({ DIGCOMP: [], DIGCOMP3: [] }));
    }

    #[test]
    fn ids_are_uuids_that_stay_the_same_for_the_same_attempt() {
        let first = statements(&player(), "https://school.example", tags);
        let again = statements(&player(), "https://school.example", tags);
        let ids: Vec<&str> = first.iter().map(|s| s["id"].as_str().unwrap()).collect();
        assert_eq!(ids, again.iter().map(|s| s["id"].as_str().unwrap()).collect::<Vec<_>>());
        assert_ne!(ids[0], ids[1]);
        for id in ids {
            let parts: Vec<&str> = id.split('-').collect();
            assert_eq!(parts.iter().map(|p| p.len()).collect::<Vec<_>>(), vec![8, 4, 4, 4, 12], "{id}");
            assert!(parts[2].starts_with('8'), "version 8: {id}");
            assert!("89ab".contains(&parts[3][..1]), "RFC variant: {id}");
        }
    }

    /// Ids computed by earlier versions: an LRS that already holds these statements must get the
    /// same ids again, or it stores every attempt twice.
    #[test]
    fn ids_keep_the_values_earlier_versions_gave() {
        let a = |outcome: &str, at: u64| Attempt { outcome: outcome.into(), at, ..Default::default() };
        let pinned = [
            ("loop-first-loop", 0, a("reached_goal", 1_764_374_400_123), "1ae82e20-ae83-8dc7-85f5-793c271c8d3e"),
            ("pw-build-first", 0, a("strength_3", 1_764_374_500_000), "5137c252-c3a4-8572-938b-650ed991ef31"),
            ("robot-first-lamp", 4, a("no_lamp_here", 0), "149865c2-3fc1-81bc-bcce-b89e6ee8cbcd"),
        ];
        for (level, index, attempt, id) in pinned {
            assert_eq!(statement_id("00c0ffee00c0ffee", level, index, &attempt), id, "{level}");
        }
    }
}

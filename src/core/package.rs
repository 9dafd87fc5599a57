//! Byte Bridge inside a school's platform (issue #19): the rules of the three packages the
//! build writes beside `dist/` (Kolibri HTML5 app, SCORM 1.2, cmi5). The platform's learner
//! is the player; these are the formats the game hands the platform.
//!
//! - **Progress for the platform to keep** ([`suspend_data`], [`resume`]): a SCORM 1.2 LMS
//!   keeps at most [`SUSPEND_LIMIT`] characters of `cmi.suspend_data`. The readable form
//!   (`1;de;robot-first-steps.3,…`) is used while it fits; otherwise the compact form
//!   (`2;de;` then five characters a level: four of a hash of its id, one of stars) holds
//!   about 800 levels; past that the levels with the fewest stars are left out (counted in
//!   [`Suspend::dropped`]). Levels a newer version named are written back as they came.
//! - **Where the learner stands** ([`Summary`]): the share of the stars of the pupil's map
//!   won, as a score of 0–100, and complete once every level on it is solved.
//! - **cmi5** ([`Launch`], [`Session`]): the launch parameters the LMS gives, checked, and the
//!   statements the AU sends: the cmi5-defined `initialized`, `completed` and `terminated`
//!   (cmi5 spec, quartz, section 9.3) and every attempt as a "cmi5 allowed" statement, all with
//!   the LMS's actor, registration, the session id and the LMS's context template.
//! - **Kolibri**: Kolibri's bridge (hashi) counts any `mastered`, `passed` or `completed`
//!   statement as the whole content done, so a Kolibri package sends only `initialized` at
//!   start and `completed` once the [`Summary`] is complete ([`kolibri_statement`]).

use crate::core::date::{iso_duration, iso_timestamp};
use crate::core::export::xapi::{VERSION, uuid};
use crate::core::hash::fnv1a_32;
use crate::core::ids::is_token;
use crate::core::progress::Progress;
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap};

/// The platforms a package is built for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Kolibri,
    Scorm12,
    Cmi5,
}

impl Kind {
    /// Every kind, as the build writes them.
    pub const ALL: [Kind; 3] = [Kind::Kolibri, Kind::Scorm12, Kind::Cmi5];

    /// The name in the package's page (`<script type="application/json" id="package">`).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Kolibri => "kolibri",
            Kind::Scorm12 => "scorm12",
            Kind::Cmi5 => "cmi5",
        }
    }

    /// The kind named `name`.
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// SCORM 1.2's limit on `cmi.suspend_data` (CMIString4096).
pub const SUSPEND_LIMIT: usize = 4096;
/// The longest learner id the game takes from a platform (SCORM's CMIIdentifier is 255).
pub const MAX_LEARNER: usize = 255;

/// The player id of a platform's learner on a device whose random `salt` is kept beside the
/// players: pseudonymous, the same for the same learner on that device, and never the
/// learner's own id (which may be a name or an e-mail address); the salt keeps a short id
/// from being found again by trying every possible one.
pub fn player_id(learner: &str, salt: &str) -> String {
    let learner: String = learner.chars().take(MAX_LEARNER).collect();
    let hash = fnv1a_32(format!("byte-bridge-learner\u{0}{salt}\u{0}{learner}").as_bytes());
    let second = fnv1a_32(format!("{learner}\u{0}{salt}\u{0}byte-bridge-learner").as_bytes());
    format!("pkg{hash:08x}{second:08x}")
}

/// Progress written for the platform to keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suspend {
    /// At most [`SUSPEND_LIMIT`] characters.
    pub text: String,
    /// Levels left out because even the compact form was too long.
    pub dropped: usize,
}

/// The best stars per level and the language of `progress`, for the platform to keep, with
/// `kept`: levels this version does not know that the platform's copy named (a newer
/// version's), so they are not lost by saving here.
pub fn suspend_data(progress: &Progress, kept: &BTreeMap<String, u8>) -> Suspend {
    let language = progress.language.as_deref().filter(|l| is_language(l)).unwrap_or("");
    let mut all: BTreeMap<&str, u8> =
        kept.iter().filter(|(id, s)| is_token(id, 64) && **s > 0).map(|(id, s)| (id.as_str(), (*s).min(3))).collect();
    for (id, record) in progress.levels.iter().filter(|(id, r)| r.best_stars > 0 && is_token(id, 64)) {
        let best = all.entry(id.as_str()).or_insert(0);
        *best = (*best).max(record.best_stars.min(3));
    }
    let solved: Vec<(&str, u8)> = all.into_iter().collect();
    let readable = format!(
        "1;{language};{}",
        solved.iter().map(|(id, stars)| format!("{id}.{stars}")).collect::<Vec<_>>().join(",")
    );
    if readable.len() <= SUSPEND_LIMIT {
        return Suspend { text: readable, dropped: 0 };
    }
    // The compact form; when even that is too long, the best levels stay.
    let mut entries: Vec<(&str, u8)> = solved;
    entries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let room = (SUSPEND_LIMIT - 3 - language.len()) / 5;
    let dropped = entries.len().saturating_sub(room);
    entries.truncate(room);
    entries.sort_by(|a, b| a.0.cmp(b.0));
    let mut text = format!("2;{language};");
    for (id, stars) in entries {
        text.push_str(&short_id(id));
        text.push(char::from(b'0' + stars));
    }
    Suspend { text, dropped }
}

/// Four base-36 characters from a level id (the compact form's key).
pub fn short_id(id: &str) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut n = fnv1a_32(id.as_bytes()) % (36 * 36 * 36 * 36);
    let mut out = [b'0'; 4];
    for slot in out.iter_mut().rev() {
        *slot = DIGITS[(n % 36) as usize];
        n /= 36;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Progress a platform kept, read back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resumed {
    /// Best stars per level this version knows.
    pub levels: BTreeMap<String, u8>,
    pub language: Option<String>,
    /// Entries naming a level this version does not know: how many, and those of the
    /// readable form (id and stars), which [`suspend_data`] writes back.
    pub unknown: usize,
    pub unknown_levels: BTreeMap<String, u8>,
}

/// Why kept progress could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResumeError {
    /// Written by a newer version of the game.
    Newer,
    /// Not progress this game wrote.
    Damaged,
}

/// Reads what [`suspend_data`] wrote; `known` are the level ids of this version. Empty text
/// (a learner's first launch) is no progress.
pub fn resume<'a>(text: &str, known: impl IntoIterator<Item = &'a str>) -> Result<Resumed, ResumeError> {
    if text.is_empty() {
        return Ok(Resumed::default());
    }
    if text.len() > SUSPEND_LIMIT * 4 {
        return Err(ResumeError::Damaged);
    }
    let mut parts = text.splitn(3, ';');
    let (Some(form), Some(language), Some(body)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(ResumeError::Damaged);
    };
    if !language.is_empty() && !is_language(language) {
        return Err(ResumeError::Damaged);
    }
    let known: Vec<&str> = known.into_iter().collect();
    let mut resumed = Resumed { language: (!language.is_empty()).then(|| language.to_owned()), ..Resumed::default() };
    let mut unknown_levels = BTreeMap::new();
    let mut add = |id: Option<&str>, stars: u8| match id {
        Some(id) => {
            let best = resumed.levels.entry(id.to_owned()).or_insert(0);
            *best = (*best).max(stars);
        }
        None => resumed.unknown += 1,
    };
    match form {
        "1" => {
            for entry in body.split(',').filter(|e| !e.is_empty()) {
                let (id, stars) = entry.rsplit_once('.').ok_or(ResumeError::Damaged)?;
                let stars = stars_of(stars)?;
                if !is_token(id, 64) {
                    return Err(ResumeError::Damaged);
                }
                match known.iter().find(|k| **k == id) {
                    Some(id) => add(Some(*id), stars),
                    None => {
                        add(None, stars);
                        unknown_levels.insert(id.to_owned(), stars);
                    }
                }
            }
        }
        "2" => {
            if !body.is_ascii() || body.len() % 5 != 0 {
                return Err(ResumeError::Damaged);
            }
            // A short id two known levels share names neither.
            let mut by_short: HashMap<String, Option<&str>> = HashMap::new();
            for id in &known {
                by_short.entry(short_id(id)).and_modify(|slot| *slot = None).or_insert(Some(id));
            }
            for chunk in body.as_bytes().chunks(5) {
                let short = std::str::from_utf8(&chunk[..4]).map_err(|_| ResumeError::Damaged)?;
                if !short.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
                    return Err(ResumeError::Damaged);
                }
                let stars = stars_of(std::str::from_utf8(&chunk[4..]).map_err(|_| ResumeError::Damaged)?)?;
                add(by_short.get(short).copied().flatten(), stars);
            }
        }
        other if other.parse::<u32>().is_ok_and(|n| n > 2) => return Err(ResumeError::Newer),
        _ => return Err(ResumeError::Damaged),
    }
    resumed.unknown_levels = unknown_levels;
    Ok(resumed)
}

fn stars_of(text: &str) -> Result<u8, ResumeError> {
    match text {
        "1" => Ok(1),
        "2" => Ok(2),
        "3" => Ok(3),
        _ => Err(ResumeError::Damaged),
    }
}

/// A language tag as the game writes them (`de`, `pt-BR`, `sr-Latn`).
fn is_language(tag: &str) -> bool {
    !tag.is_empty() && tag.len() <= 16 && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Where the learner stands on their map.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Stars won on the map's levels.
    pub stars: u32,
    /// Levels on the map.
    pub levels: u32,
    /// Of those, levels solved.
    pub solved: u32,
}

impl Summary {
    /// The stars won of the map's `levels` (ids).
    pub fn of<'a>(progress: &Progress, levels: impl IntoIterator<Item = &'a str>) -> Summary {
        let mut summary = Summary::default();
        for id in levels {
            let stars = u32::from(progress.best_stars(id).min(3));
            summary.levels += 1;
            summary.stars += stars;
            summary.solved += u32::from(stars > 0);
        }
        summary
    }

    /// The share of the map's stars won, 0–100: rounded down, so 100 only with every star,
    /// but at least 1 with any star (a first level on a map of 120 is not nothing).
    pub fn score(&self) -> u8 {
        if self.levels == 0 || self.stars == 0 {
            return 0;
        }
        u8::try_from(self.stars * 100 / (self.levels * 3)).unwrap_or(100).max(1)
    }

    /// Every level on the map solved.
    pub fn completed(&self) -> bool {
        self.levels > 0 && self.solved == self.levels
    }
}

/// SCORM 1.2's CMITimespan (`HHHH:MM:SS`) of a session's seconds.
pub fn scorm_time(seconds: u64) -> String {
    let hours = (seconds / 3600).min(9999);
    format!("{hours:04}:{:02}:{:02}", (seconds / 60) % 60, seconds % 60)
}

/// cmi5's context category of the statements it defines.
pub const CMI5_CATEGORY: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
/// cmi5's session id context extension.
pub const CMI5_SESSION: &str = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
/// cmi5's category of the statements that satisfy the AU's moveOn (its `completed`).
pub const CMI5_MOVEON: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
/// The cmi5-defined verbs this AU sends.
pub const INITIALIZED: &str = "http://adlnet.gov/expapi/verbs/initialized";
pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
pub const TERMINATED: &str = "http://adlnet.gov/expapi/verbs/terminated";

/// What an LMS launched the AU with (the launch URL's parameters, and its LMS.LaunchData
/// state document when the LRS has one).
#[derive(Debug, Clone, PartialEq)]
pub struct Launch {
    /// The LRS's xAPI endpoint, ending in `/`.
    pub endpoint: String,
    /// The learner, an xAPI Agent with an `account`.
    pub actor: Value,
    /// The registration (a UUID).
    pub registration: String,
    /// The AU's activity id (an IRI).
    pub activity: String,
    /// LMS.LaunchData's `contextTemplate` (an empty object without one).
    pub template: Value,
    /// LMS.LaunchData's `launchMode` is `Normal`: only then is `completed` sent (never
    /// without LaunchData: a Browse or Review launch must not complete).
    pub normal: bool,
    /// The record store already holds this registration's `completed` for the learner (the
    /// page asks it at launch): cmi5 allows one.
    pub completed: bool,
}

/// Why a launch cannot send anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaunchError {
    Endpoint,
    Actor,
    Registration,
    Activity,
}

impl Launch {
    /// Checks the launch URL's `endpoint`, `actor` (JSON), `registration` and `activityId`,
    /// and LMS.LaunchData (`null` when there is none).
    pub fn new(
        endpoint: &str,
        actor: &str,
        registration: &str,
        activity: &str,
        launch_data: &Value,
    ) -> Result<Launch, LaunchError> {
        let scheme_ok = endpoint.starts_with("https://") || endpoint.starts_with("http://");
        if !scheme_ok || endpoint.len() > 2000 || endpoint.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(LaunchError::Endpoint);
        }
        let endpoint = if endpoint.ends_with('/') { endpoint.to_owned() } else { format!("{endpoint}/") };
        let actor: Value = serde_json::from_str(actor).map_err(|_| LaunchError::Actor)?;
        let account = actor.get("account").ok_or(LaunchError::Actor)?;
        let text = |v: Option<&Value>| v.and_then(Value::as_str).is_some_and(|s| !s.is_empty() && s.len() <= 2000);
        if actor.to_string().len() > 4000 || !text(account.get("homePage")) || !text(account.get("name")) {
            return Err(LaunchError::Actor);
        }
        if !is_uuid(registration) {
            return Err(LaunchError::Registration);
        }
        if activity.is_empty()
            || activity.len() > 2000
            || !activity.contains(':')
            || activity.contains(char::is_whitespace)
        {
            return Err(LaunchError::Activity);
        }
        let template =
            launch_data.get("contextTemplate").filter(|t| t.is_object()).cloned().unwrap_or_else(|| json!({}));
        let normal = launch_data.get("launchMode").and_then(Value::as_str) == Some("Normal");
        // The LMS's registration as it gave it (cmi5 9.6.1), not normalised.
        Ok(Launch {
            endpoint,
            actor,
            registration: registration.to_owned(),
            activity: activity.to_owned(),
            template,
            normal,
            completed: false,
        })
    }

    /// The learner's id for [`player_id`]: their account on the LMS.
    pub fn learner(&self) -> String {
        let account = &self.actor["account"];
        format!("{}\u{0}{}", account["homePage"].as_str().unwrap_or(""), account["name"].as_str().unwrap_or(""))
    }
}

fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups.iter().zip([8, 4, 4, 4, 12]).all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// One launch of the AU: the statements it sends.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub launch: Launch,
    /// This session's id (a UUID).
    pub id: String,
    /// When it started (ms since 1970).
    pub started: u64,
}

impl Session {
    /// A session of `launch`: the session id of the LMS's context template (cmi5 10: the LMS
    /// makes it), or one from `random` when there is no template.
    pub fn new(launch: Launch, random: u64, now: u64) -> Session {
        let id = match launch.template["extensions"][CMI5_SESSION].as_str() {
            Some(id) if !id.is_empty() && id.len() <= 200 => id.to_owned(),
            _ => uuid(&format!("session\u{0}{}\u{0}{random}\u{0}{now}", launch.registration)),
        };
        Session { launch, id, started: now }
    }

    /// The context every statement of the session carries: the LMS's template, the
    /// registration and the session id; `categories` adds cmi5's categories.
    fn context(&self, categories: &[&str]) -> Value {
        let mut context = self.launch.template.clone();
        context["registration"] = Value::String(self.launch.registration.clone());
        if !context["extensions"].is_object() {
            context["extensions"] = json!({});
        }
        context["extensions"][CMI5_SESSION] = Value::String(self.id.clone());
        if !categories.is_empty() {
            if !context["contextActivities"].is_object() {
                context["contextActivities"] = json!({});
            }
            let category = &mut context["contextActivities"]["category"];
            if !category.is_array() {
                *category = json!([]);
            }
            if let Some(list) = category.as_array_mut() {
                for id in categories {
                    if !list.iter().any(|a| a["id"] == *id) {
                        list.push(json!({ "id": id }));
                    }
                }
            }
        }
        context
    }

    /// A cmi5-defined statement (`verb` one of [`INITIALIZED`], [`COMPLETED`], [`TERMINATED`])
    /// about the AU at `now`. Completed carries the session's duration.
    pub fn defined(&self, verb: &str, now: u64) -> Value {
        let name = verb.rsplit('/').next().unwrap_or(verb);
        let mut statement = json!({
            "id": uuid(&format!("{}\u{0}{}\u{0}{verb}\u{0}{now}", self.launch.registration, self.id)),
            "actor": self.launch.actor,
            "verb": { "id": verb, "display": { "en-US": name } },
            "object": { "objectType": "Activity", "id": self.launch.activity },
            "context": self.context(if verb == COMPLETED { &[CMI5_CATEGORY, CMI5_MOVEON] } else { &[CMI5_CATEGORY] }),
            "timestamp": iso_timestamp(now),
            "version": VERSION,
        });
        if verb == COMPLETED || verb == TERMINATED {
            let seconds = u32::try_from(now.saturating_sub(self.started) / 1000).unwrap_or(u32::MAX);
            statement["result"] = json!({ "duration": iso_duration(seconds) });
            if verb == COMPLETED {
                statement["result"]["completion"] = Value::Bool(true);
            }
        }
        statement
    }

    /// An attempt's statement (`core::export::xapi`) as a cmi5 allowed statement of this
    /// session: the LMS's learner, the registration and session, and an id of its own in
    /// this registration (the same attempt sent again keeps it).
    pub fn allowed(&self, mut statement: Value) -> Value {
        let old = statement["id"].as_str().unwrap_or_default().to_owned();
        statement["id"] = Value::String(uuid(&format!("{}\u{0}{old}", self.launch.registration)));
        statement["actor"] = self.launch.actor.clone();
        let mut context = self.context(&[]);
        if let Some(own) = statement.get("context").and_then(Value::as_object) {
            for (key, value) in own {
                match key.as_str() {
                    "extensions" => {
                        if let (Some(into), Some(from)) = (context["extensions"].as_object_mut(), value.as_object()) {
                            for (k, v) in from {
                                into.entry(k.clone()).or_insert_with(|| v.clone());
                            }
                        }
                    }
                    // A class grouping means nothing inside the LMS's course.
                    "contextActivities" => {}
                    // The LMS's template wins (cmi5 10: the AU must not overwrite it).
                    _ if context.get(key).is_some() => {}
                    _ => {
                        context[key] = value.clone();
                    }
                }
            }
        }
        let parent = json!([{ "id": self.launch.activity, "objectType": "Activity" }]);
        if !context["contextActivities"].is_object() {
            context["contextActivities"] = json!({});
        }
        if context["contextActivities"]["parent"].is_null() {
            context["contextActivities"]["parent"] = parent;
        }
        statement["context"] = context;
        statement
    }
}

/// The statements a Kolibri package sends: `initialized` on a launch, `completed` when the
/// learner's map is done. Kolibri's bridge adds the learner and the time.
pub fn kolibri_statement(verb: &str, id_seed: &str) -> Value {
    let name = verb.rsplit('/').next().unwrap_or(verb);
    json!({
        "id": uuid(&format!("kolibri\u{0}{id_seed}\u{0}{verb}")),
        "verb": { "id": verb, "display": { "en-US": name } },
        "object": { "objectType": "Activity", "id": "urn:byte-bridge:course" },
        "version": VERSION,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::level::Catalog;

    fn progress(levels: &[(&str, u8)]) -> Progress {
        let mut progress = Progress { language: Some("de".into()), ..Progress::default() };
        for (id, stars) in levels {
            progress.record_completion(id, *stars);
        }
        progress
    }

    #[test]
    fn progress_comes_back_as_it_was_written() {
        let p = progress(&[("robot-first-steps", 3), ("loop-count", 1)]);
        let suspend = suspend_data(&p, &BTreeMap::new());
        assert_eq!(suspend.text, "1;de;loop-count.1,robot-first-steps.3");
        let back = resume(&suspend.text, ["robot-first-steps", "loop-count", "other"]).unwrap();
        assert_eq!(back.levels, BTreeMap::from([("loop-count".into(), 1), ("robot-first-steps".into(), 3)]));
        assert_eq!(back.language.as_deref(), Some("de"));
        let older = resume(&suspend.text, ["loop-count"]).unwrap();
        assert_eq!(older.unknown, 1);
        // An older version saving keeps the level it does not know.
        let only_loop = progress(&[("loop-count", 2)]);
        assert_eq!(suspend_data(&only_loop, &older.unknown_levels).text, "1;de;loop-count.2,robot-first-steps.3");
        assert_eq!(resume("", ["a"]).unwrap(), Resumed::default());
    }

    #[test]
    fn the_whole_course_fits_in_scorm_and_the_compact_form_takes_over_when_it_would_not() {
        let catalog = Catalog::embedded().unwrap();
        let ids: Vec<&str> = catalog.levels().map(|l| l.id.as_str()).collect();
        let all = progress(&ids.iter().map(|id| (*id, 3)).collect::<Vec<_>>());
        let suspend = suspend_data(&all, &BTreeMap::new());
        assert!(suspend.text.len() <= SUSPEND_LIMIT, "{}", suspend.text.len());
        assert_eq!(resume(&suspend.text, ids.iter().copied()).unwrap().levels.len(), ids.len());
        // No two shipped levels share a short id, so the compact form names each.
        let mut shorts: Vec<String> = ids.iter().map(|id| short_id(id)).collect();
        shorts.sort();
        shorts.dedup();
        assert_eq!(shorts.len(), ids.len());
        // A course far larger than today's: the compact form, every level kept.
        let many: Vec<String> = (0..600).map(|n| format!("a-rather-long-level-name-number-{n}")).collect();
        let big = progress(&many.iter().map(|id| (id.as_str(), 2)).collect::<Vec<_>>());
        let suspend = suspend_data(&big, &BTreeMap::new());
        assert!(suspend.text.starts_with("2;de;") && suspend.text.len() <= SUSPEND_LIMIT);
        assert_eq!(suspend.dropped, 0);
        let back = resume(&suspend.text, many.iter().map(String::as_str)).unwrap();
        assert_eq!(back.levels.len() + back.unknown, 600);
        assert!(back.levels.values().all(|s| *s == 2));
        // Larger still: the best levels stay, and the rest are counted.
        let names: Vec<String> = (0..900).map(|n| format!("level-{n}")).collect();
        let mut huge = progress(&names.iter().map(|id| (id.as_str(), 1)).collect::<Vec<_>>());
        huge.record_completion("level-best", 3);
        let suspend = suspend_data(&huge, &BTreeMap::new());
        assert!(suspend.text.len() <= SUSPEND_LIMIT);
        assert_eq!(suspend.dropped, 901 - (SUSPEND_LIMIT - 5) / 5);
        assert_eq!(resume(&suspend.text, ["level-best"]).unwrap().levels.get("level-best"), Some(&3));
    }

    #[test]
    fn damaged_or_newer_progress_is_refused_not_guessed() {
        for bad in ["x", "1;de", "1;de;a.4", "1;de;A.1", "1;d e;a.1", "2;de;abc", "2;de;ABCD1", "2;de;abcd9", "0;;"] {
            assert_eq!(resume(bad, ["a"]), Err(ResumeError::Damaged), "{bad}");
        }
        assert_eq!(resume("3;de;whatever", ["a"]), Err(ResumeError::Newer));
        assert_eq!(resume(&"1;;a.1,".repeat(10_000), ["a"]), Err(ResumeError::Damaged));
    }

    #[test]
    fn the_score_is_the_share_of_stars_and_complete_means_every_level_solved() {
        let p = progress(&[("a", 3), ("b", 1)]);
        let summary = Summary::of(&p, ["a", "b", "c"]);
        assert_eq!(summary, Summary { stars: 4, levels: 3, solved: 2 });
        assert_eq!(summary.score(), 44);
        assert!(!summary.completed());
        assert!(Summary::of(&p, ["a", "b"]).completed());
        assert_eq!(Summary::of(&p, ["a"]).score(), 100);
        assert_eq!(Summary::of(&p, []).score(), 0);
        let many: Vec<String> = (0..150).map(|n| n.to_string()).collect();
        let one = progress(&[("0", 1)]);
        assert_eq!(Summary::of(&one, many.iter().map(String::as_str)).score(), 1);
        assert_eq!(Summary::of(&Progress::default(), ["a"]).score(), 0);
        assert!(!Summary::of(&p, []).completed());
    }

    #[test]
    fn learners_become_pseudonymous_players_and_times_are_scorm_timespans() {
        assert_eq!(player_id("anna@school.example", "s"), player_id("anna@school.example", "s"));
        assert_ne!(player_id("anna", "s"), player_id("anne", "s"));
        assert_ne!(player_id("anna", "s"), player_id("anna", "t"), "another device, another id");
        assert!(!player_id("anna", "s").contains("anna") && player_id("x", "s").len() == 19);
        assert_eq!(scorm_time(3725), "0001:02:05");
        assert_eq!(scorm_time(100 * 3600 * 10_000), "9999:00:00");
    }

    const ACTOR: &str = r#"{"objectType":"Agent","account":{"homePage":"https://lms.example","name":"learner-7"}}"#;
    const REGISTRATION: &str = "9D3B2C1A-0000-4000-8000-000000000001";

    fn launch() -> Launch {
        let data = json!({ "launchMode": "Normal", "contextTemplate": {
            "contextActivities": { "grouping": [{ "id": "https://lms.example/course/1" }] },
            "extensions": { "https://lms.example/ext": 1 } } });
        Launch::new("http://127.0.0.1:8100/xAPI", ACTOR, REGISTRATION, "https://lms.example/au/byte-bridge", &data)
            .unwrap()
    }

    #[test]
    fn a_launch_is_checked_before_anything_is_sent() {
        let l = launch();
        assert_eq!(l.endpoint, "http://127.0.0.1:8100/xAPI/");
        assert_eq!(l.registration, REGISTRATION, "as the LMS gave it");
        assert!(l.normal);
        assert!(
            !Launch::new("http://x/", ACTOR, REGISTRATION, "urn:x", &Value::Null).unwrap().normal,
            "no LaunchData: no completed"
        );
        let data = Value::Null;
        let new = |e: &str, a: &str, r: &str, id: &str| Launch::new(e, a, r, id, &data);
        assert_eq!(new("ftp://x/", ACTOR, REGISTRATION, "urn:x").unwrap_err(), LaunchError::Endpoint);
        assert_eq!(new("http://x/ y", ACTOR, REGISTRATION, "urn:x").unwrap_err(), LaunchError::Endpoint);
        assert_eq!(new("http://x/", "{", REGISTRATION, "urn:x").unwrap_err(), LaunchError::Actor);
        assert_eq!(
            new("http://x/", r#"{"mbox":"mailto:a@b"}"#, REGISTRATION, "urn:x").unwrap_err(),
            LaunchError::Actor
        );
        assert_eq!(new("http://x/", ACTOR, "not-a-uuid", "urn:x").unwrap_err(), LaunchError::Registration);
        assert_eq!(new("http://x/", ACTOR, REGISTRATION, "").unwrap_err(), LaunchError::Activity);
        let browse =
            Launch::new("http://x/", ACTOR, REGISTRATION, "urn:x", &json!({ "launchMode": "Browse" })).unwrap();
        assert!(!browse.normal);
        assert_eq!(new("http://x/", ACTOR, REGISTRATION, "urn:x").unwrap().template, json!({}));
    }

    #[test]
    fn defined_statements_carry_what_cmi5_requires() {
        let session = Session::new(launch(), 7, 1_000);
        let s = session.defined(INITIALIZED, 2_000);
        assert_eq!(s["actor"], serde_json::from_str::<Value>(ACTOR).unwrap());
        assert_eq!(s["object"]["id"], "https://lms.example/au/byte-bridge");
        assert_eq!(s["context"]["registration"], REGISTRATION);
        assert_eq!(s["context"]["extensions"][CMI5_SESSION], session.id);
        assert_eq!(s["context"]["extensions"]["https://lms.example/ext"], 1);
        assert_eq!(s["context"]["contextActivities"]["category"][0]["id"], CMI5_CATEGORY);
        assert_eq!(s["context"]["contextActivities"]["grouping"][0]["id"], "https://lms.example/course/1");
        assert!(s.get("result").is_none());
        let done = session.defined(COMPLETED, 62_000);
        assert_eq!(done["result"], json!({ "duration": "PT61S", "completion": true }));
        assert_eq!(done["context"]["contextActivities"]["category"][1]["id"], CMI5_MOVEON);
        let mut from_lms = launch();
        from_lms.template["extensions"][CMI5_SESSION] = json!("lms-session-1");
        assert_eq!(Session::new(from_lms, 7, 1_000).id, "lms-session-1", "the LMS's session id is kept");
        assert_ne!(done["id"], s["id"]);
        assert_eq!(session.defined(TERMINATED, 62_000)["result"], json!({ "duration": "PT61S" }));
        assert_ne!(Session::new(launch(), 8, 1_000).id, session.id);
    }

    #[test]
    fn attempts_become_allowed_statements_of_the_session() {
        let session = Session::new(launch(), 7, 1_000);
        let attempt = json!({ "id": "0000", "actor": { "account": { "name": "local" } },
            "verb": { "id": "http://adlnet.gov/expapi/verbs/passed" },
            "object": { "id": "urn:byte-bridge:level:a" },
            "context": { "platform": "Byte Bridge", "language": "de", "extensions": { "urn:x": [1] },
                "contextActivities": { "grouping": [{ "id": "urn:byte-bridge:class:1" }] } } });
        let s = session.allowed(attempt.clone());
        assert_eq!(s["actor"]["account"]["name"], "learner-7");
        assert_eq!(s["context"]["registration"], session.launch.registration);
        assert_eq!(s["context"]["extensions"][CMI5_SESSION], session.id);
        assert_eq!(s["context"]["extensions"]["urn:x"], json!([1]));
        assert_eq!(s["context"]["language"], "de");
        assert_eq!(s["context"]["contextActivities"]["parent"][0]["id"], "https://lms.example/au/byte-bridge");
        assert_eq!(s["context"]["contextActivities"]["grouping"][0]["id"], "https://lms.example/course/1");
        assert!(s["context"]["contextActivities"].get("category").is_none(), "not a cmi5 defined statement");
        assert_eq!(session.allowed(attempt.clone())["id"], s["id"], "sent again, the same id");
        let other = Launch { registration: "00000000-0000-4000-8000-000000000002".into(), ..launch() };
        assert_ne!(Session::new(other, 7, 1_000).allowed(attempt)["id"], s["id"]);
    }

    #[test]
    fn kolibri_statements_are_about_the_course() {
        let s = kolibri_statement(COMPLETED, "pkg1");
        assert_eq!(s["verb"]["id"], COMPLETED);
        assert_eq!(s["object"]["id"], "urn:byte-bridge:course");
        assert!(s.get("actor").is_none());
        assert_eq!(kolibri_statement(COMPLETED, "pkg1")["id"], s["id"]);
    }

    #[test]
    fn kinds_have_names() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_name(kind.name()), Some(kind));
        }
        assert_eq!(Kind::from_name("scorm2004"), None);
    }
}

//! The teacher's loop in plain Rust: a pupil's file and QR code through the teacher's class
//! book, the CSV and the xAPI statements (checked against the xAPI 1.0.3 rules), and
//! property tests that no input, however broken or hostile, makes an importer panic.

use byte_bridge::core::class::book::{ClassBook, ImportStatus, LoadProblem};
use byte_bridge::core::class::compact::{self, Summary, level_tag};
use byte_bridge::core::class::report::{self, Report};
use byte_bridge::core::class::{Assignment, qr};
use byte_bridge::core::export::xapi::LevelTags;
use byte_bridge::core::i18n::Localizer;
use byte_bridge::core::level::{Catalog, MadeLevel};
use byte_bridge::core::profiles::{Avatar, Nickname, Profile, transfer};
use byte_bridge::core::program::Program;
use byte_bridge::core::program::notation::ProgramText;
use byte_bridge::core::progress::{ATTEMPTS_KEPT, Attempt, AttemptOutcome, Progress};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::BTreeSet;

fn catalog() -> Catalog {
    Catalog::embedded().expect("levels")
}

/// The level ids this version has, as the page hands them to the class book.
fn course() -> &'static [&'static str] {
    static KNOWN: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    KNOWN.get_or_init(|| catalog().levels().map(|l| &*Box::leak(l.id.clone().into_boxed_str())).collect())
}

fn loc() -> Localizer {
    Localizer::embedded_for_teacher().expect("texts")
}

fn level_ids(catalog: &Catalog) -> (String, String) {
    let mut levels = catalog.levels();
    let first = levels.next().expect("a level").id.clone();
    let literacy =
        catalog.levels().find(|l| l.competences.iter().any(|c| c.to_string() == "4.2")).expect("a privacy level");
    (first, literacy.id.clone())
}

fn assignment(levels: Vec<String>, sign: bool) -> Assignment {
    let mut n = 41u64;
    Assignment::new(
        "4B <b>",
        levels,
        true,
        sign,
        "https://school.example/bb/index.html",
        1_764_400_000_000,
        move || {
            n = n.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            n
        },
    )
}

fn pupil(id: &str, animal: &str, class: &Assignment, coding: &str, literacy: &str) -> Profile {
    let mut profile = Profile {
        id: id.to_owned(),
        nickname: Nickname::new("brave", animal),
        avatar: Avatar::new("sun", "blue"),
        secret: None,
        created: 1,
        updated: 1,
        band: None,
        settings: Default::default(),
        progress: Progress { language: Some("de".into()), ..Progress::default() },
    };
    let program =
        Program::try_from(&ProgramText { main: "3{F} L ?ahead{F}{R} P1".into(), p1: "X".into(), ..Default::default() })
            .expect("program");
    let attempt = |at: u64, stars: u8, outcome: &str| Attempt {
        program: Some(program.clone()),
        outcome: outcome.into(),
        steps: 7,
        seconds: 40,
        hints: 1,
        stars,
        at,
        class: Some(class.id.clone()),
        ..Attempt::default()
    };
    profile.progress.record_attempt(coding, attempt(1_764_400_100_000, 0, "hit_wall"));
    profile.progress.record_attempt(coding, attempt(1_764_400_200_000, 2, "reached_goal"));
    let answers = Attempt {
        outcome: "sorted".into(),
        answers: vec!["address:keep".into(), "colour:share".into()],
        mistakes: 1,
        seconds: 25,
        stars: 2,
        at: 1_764_400_300_000,
        class: Some(class.id.clone()),
        ..Attempt::default()
    };
    profile.progress.record_attempt(literacy, answers);
    profile
}

#[test]
fn a_pupils_file_comes_into_the_class_grid_once_however_often_it_is_imported() {
    let (catalog, loc) = (catalog(), loc());
    let (coding, literacy) = level_ids(&catalog);
    let class = assignment(vec![coding.clone(), literacy.clone()], true);
    let fox = pupil("00000000000000f0", "fox", &class, &coding, &literacy);
    let file = report::write(&fox, Some(&class), "", |_| LevelTags::default(), 1_764_400_400_000);

    let mut book = ClassBook::load(None).0;
    book.assignments.push(class.clone());
    let first = book.import_file(file.as_bytes(), course()).expect("imports");
    assert_eq!((first.status, first.new_attempts), (ImportStatus::Signed, 3));
    let again = book.import_file(file.as_bytes(), course()).expect("imports again");
    assert_eq!((again.status, again.new_attempts), (ImportStatus::Signed, 0));

    // The stored book reads back the same.
    let (stored, problem) = ClassBook::load(Some(&book.save()));
    assert_eq!((&stored, problem), (&book, None));

    let grid = book.grid(Some(&class.id), &catalog, &loc);
    assert_eq!(grid.levels.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), [coding.as_str(), literacy.as_str()]);
    assert_eq!(grid.pupils.len(), 1);
    let row = &grid.pupils[0];
    assert_eq!(row.nickname, "Brave Fox");
    let mut german = Localizer::embedded_for_teacher().expect("texts");
    german.set_language("de");
    assert_eq!(book.grid(Some(&class.id), &catalog, &german).pupils[0].nickname, "Mutiger Fuchs");
    assert_eq!(row.classes, ["4B <b>"]);
    let cell = row.cells[0].as_ref().expect("played");
    assert_eq!((cell.stars, cell.attempts, cell.seconds, cell.hints), (2, 2, 80, 2));
    assert_eq!(cell.time, "1:20");

    // The cell shows the program as tiles and the answers.
    let detail = book.detail(&fox.id, &coding, &catalog, &loc, 60).expect("detail");
    assert_eq!(detail.attempts.len(), 2);
    assert_eq!(detail.attempts[1].when, "2025-11-29 08:08");
    let tiles = serde_json::to_value(&detail.attempts[0].program).unwrap();
    assert_eq!(tiles["main"][0]["kind"], "repeat");
    assert_eq!(tiles["main"][0]["label"], "Repeat 3 times");
    assert_eq!(tiles["main"][0]["body"][0]["icon"], "forward");
    assert_eq!(tiles["main"][2]["kind"], "if");
    assert!(tiles["main"][2]["else"].is_array());
    assert_eq!(tiles["main"][3]["icon"], "p1");
    assert_eq!(tiles["p1"][0]["icon"], "light");
    let answers = book.detail(&fox.id, &literacy, &catalog, &loc, 0).expect("detail");
    assert_eq!(answers.attempts[0].answers[0], "address → keep", "ids no level names stay as they are");

    let summary = book.summary(Some(&class.id), &catalog, &loc);
    assert_eq!((summary[0].played, summary[0].finished, summary[0].stuck), (1, 1, 0));
    assert_eq!(summary[0].mean_attempts, "2.0");
    assert_eq!(summary[0].common[0].text, "The robot hit a wall");
}

#[test]
fn a_pupils_answers_show_in_the_levels_own_words() {
    let (catalog, loc) = (catalog(), loc());
    let mut profile =
        pupil("00000000000000f0", "fox", &assignment(vec![], false), "robot-first-steps", "share-or-keep");
    let sorted = Attempt {
        outcome: "sorted".into(),
        answers: vec!["home-address:private".into(), "1:fake".into()],
        stars: 3,
        at: 1_764_400_500_000,
        ..Attempt::default()
    };
    profile.progress.record_attempt("share-or-keep", sorted);
    let mut book = ClassBook::load(None).0;
    book.import_file(report::write(&profile, None, "", |_| LevelTags::default(), 9).as_bytes(), course())
        .expect("imports");
    let detail = book.detail(&profile.id, "share-or-keep", &catalog, &loc, 0).expect("detail");
    let card = loc.text("card-home-address");
    assert!(!card.starts_with("card-"), "the card has a text");
    assert_eq!(detail.attempts[0].answers[0], format!("{card} → {}", loc.text("bin-private")));
    assert_eq!(detail.attempts[0].answers[1], "1 → fake");
}

#[test]
fn the_csv_has_one_safe_row_per_pupil_and_level_and_notes_only_when_asked() {
    let (catalog, loc) = (catalog(), loc());
    let (coding, literacy) = level_ids(&catalog);
    let class = assignment(vec![coding.clone(), literacy.clone()], false);
    let mut book = ClassBook::load(None).0;
    book.assignments.push(class.clone());
    for (id, animal) in [("00000000000000f0", "fox"), ("00000000000000f1", "owl")] {
        let file = report::write(
            &pupil(id, animal, &class, &coding, &literacy),
            Some(&class),
            "",
            |_| LevelTags::default(),
            9,
        );
        assert_eq!(book.import_file(file.as_bytes(), course()).expect("imports").status, ImportStatus::Unsigned);
    }
    book.set_note("00000000000000f0", "=cmd|' /C calc'!A0; Müller");
    let csv = book.csv(Some(&class.id), ';', false, &catalog, &loc);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + 2 * 2, "{csv}");
    assert_eq!(lines[0], "Pupil id;Game name;Class;Level id;Level;Stars;Attempts;Time (seconds);Hints;Finished");
    assert!(lines[1].starts_with(&format!("00000000000000f0;Brave Fox;4B <b>;{coding};")), "{}", lines[1]);
    assert!(lines[1].ends_with(";2;2;80;2;yes"), "{}", lines[1]);
    assert!(!csv.contains("Müller"));
    let with_notes = book.csv(Some(&class.id), ';', true, &catalog, &loc);
    assert!(with_notes.contains("\"'=cmd|' /C calc'!A0; Müller\""), "{with_notes}");
}

#[test]
fn an_edited_file_is_flagged_and_a_hostile_one_refused_while_others_still_import() {
    let (catalog, loc) = (catalog(), loc());
    let (coding, literacy) = level_ids(&catalog);
    let class = assignment(vec![coding.clone()], true);
    let mut book = ClassBook::load(None).0;
    book.assignments.push(class.clone());
    let file = report::write(
        &pupil("00000000000000f0", "fox", &class, &coding, &literacy),
        Some(&class),
        "",
        |_| LevelTags::default(),
        9,
    );
    let edited = file.replacen("\"best_stars\":2", "\"best_stars\":3", 1);
    assert_ne!(edited, file);
    assert_eq!(book.import_file(edited.as_bytes(), course()).expect("reads").status, ImportStatus::Altered);
    let hostile = file.replacen("\"animal\":\"fox\"", "\"animal\":\"<script>alert(1)</script>\"", 1);
    assert!(book.import_file(hostile.as_bytes(), course()).is_err());
    let other = report::write(
        &pupil("00000000000000f1", "owl", &class, &coding, &literacy),
        Some(&class),
        "",
        |_| LevelTags::default(),
        9,
    );
    assert_eq!(book.import_file(other.as_bytes(), course()).expect("imports").status, ImportStatus::Signed);
    let grid = book.grid(None, &catalog, &loc);
    let altered: Vec<(String, bool)> = grid.pupils.iter().map(|p| (p.nickname.clone(), p.altered)).collect();
    assert_eq!(altered, [("Brave Fox".to_owned(), true), ("Brave Owl".to_owned(), false)]);
}

#[test]
fn removing_or_changing_the_signature_or_the_class_never_hides_an_edit() {
    let catalog = catalog();
    let (coding, literacy) = level_ids(&catalog);
    let class = assignment(vec![coding.clone()], true);
    let fox = pupil("00000000000000f0", "fox", &class, &coding, &literacy);
    let file = report::write(&fox, Some(&class), "", |_| LevelTags::default(), 9);
    let value: Value = serde_json::from_str(&file).unwrap();
    let mut payload = value["payload"].clone();
    payload["progress"]["levels"][coding.as_str()]["best_stars"] = 3.into();
    let without_class = {
        let mut p = payload.clone();
        p.as_object_mut().unwrap().remove("class");
        p
    };
    let other_class = {
        let mut p = payload.clone();
        p["class"]["id"] = "0123456789abcdef".into();
        p
    };
    for (name, payload, signature) in [
        ("no signature", payload.clone(), Value::Null),
        ("no class, no signature", without_class, Value::Null),
        ("another class, no signature", other_class.clone(), Value::Null),
        ("another class, the old signature", other_class, value["signature"].clone()),
    ] {
        let mut edited = serde_json::json!({ "format": "byte-bridge-report", "version": 1, "payload": payload });
        if !signature.is_null() {
            edited["signature"] = signature;
        }
        let mut book = ClassBook::load(None).0;
        book.assignments.push(class.clone());
        let outcome = book.import_file(edited.to_string().as_bytes(), course()).expect("reads");
        assert_eq!(outcome.status, ImportStatus::Altered, "{name}");
    }
    // A code with its class wiped, for a pupil whose files came under a signed class.
    let known: Vec<String> = catalog.levels().map(|l| l.id.clone()).collect();
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    let mut book = ClassBook::load(None).0;
    book.assignments.push(class.clone());
    book.import_file(file.as_bytes(), course()).expect("imports");
    let unsigned_code = compact::write(&fox, None, 10);
    assert_eq!(book.import_code(&unsigned_code, &known).expect("reads").status, ImportStatus::Altered);
}

#[test]
fn a_file_and_a_code_of_the_same_pupil_count_each_attempt_once_in_any_order() {
    let (catalog, loc) = (catalog(), loc());
    let (coding, literacy) = level_ids(&catalog);
    let class = assignment(vec![coding.clone(), literacy.clone()], true);
    let fox = pupil("00000000000000f0", "fox", &class, &coding, &literacy);
    let file = report::write(&fox, Some(&class), "", |_| LevelTags::default(), 9);
    let code = compact::write(&fox, Some(&class), 10);
    let known: Vec<String> = catalog.levels().map(|l| l.id.clone()).collect();
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    let mut file_first = ClassBook::load(None).0;
    file_first.assignments.push(class.clone());
    let mut code_first = file_first.clone();
    assert_eq!(file_first.import_file(file.as_bytes(), course()).unwrap().new_attempts, 3);
    assert_eq!(file_first.import_code(&code, &known).unwrap().new_attempts, 0);
    assert_eq!(code_first.import_code(&code, &known).unwrap().new_attempts, 3);
    assert_eq!(code_first.import_file(file.as_bytes(), course()).unwrap().new_attempts, 0);
    let cells = |book: &ClassBook| book.grid(None, &catalog, &loc).pupils[0].cells.clone();
    assert_eq!(cells(&file_first), cells(&code_first));
}

#[test]
fn a_qr_code_fills_the_grid_with_its_summary_and_agrees_with_the_file() {
    let (catalog, loc) = (catalog(), loc());
    let (coding, literacy) = level_ids(&catalog);
    let class = assignment(vec![coding.clone(), literacy.clone()], true);
    let fox = pupil("00000000000000f0", "fox", &class, &coding, &literacy);
    let code = compact::write(&fox, Some(&class), 1_764_400_400_000);
    assert!(qr::matrix(&code).is_some());
    let known: Vec<String> = catalog.levels().map(|l| l.id.clone()).collect();
    let known: Vec<&str> = known.iter().map(String::as_str).collect();

    let mut by_code = ClassBook::load(None).0;
    by_code.assignments.push(class.clone());
    assert_eq!(by_code.import_code(&code, &known).expect("reads").status, ImportStatus::Signed);
    assert_eq!(by_code.import_code(&code, &known).expect("reads").new_attempts, 0);
    let mut by_file = by_code.clone();
    by_file.pupils.clear();
    by_file
        .import_file(report::write(&fox, Some(&class), "", |_| LevelTags::default(), 9).as_bytes(), course())
        .expect("imports");
    let cells = |book: &ClassBook| book.grid(Some(&class.id), &catalog, &loc).pupils[0].cells.clone();
    assert_eq!(cells(&by_code), cells(&by_file));
    // A teacher page without the class cannot check the signature: a plain summary.
    assert_eq!(ClassBook::load(None).0.import_code(&code, &known).expect("reads").status, ImportStatus::Summary);
}

#[test]
fn class_data_that_cannot_be_read_is_reported_not_dropped_silently() {
    assert_eq!(ClassBook::load(Some("{\"version\":1,\"pupils\":")).1, Some(LoadProblem::Damaged));
    assert_eq!(ClassBook::load(Some("{\"version\":9}")).1, Some(LoadProblem::Newer));
    assert_eq!(ClassBook::load(Some("[]")).1, Some(LoadProblem::Damaged));
}

#[test]
fn every_level_has_its_own_qr_tag_and_every_competence_a_name() {
    let catalog = catalog();
    let loc = loc();
    let mut tags = BTreeSet::new();
    for level in catalog.levels() {
        assert!(tags.insert(level_tag(&level.id)), "{} shares its QR tag with another level", level.id);
        for competence in &level.competences {
            let id = format!("digcomp-{}", competence.to_string().replace('.', "-"));
            for tag in loc.tags() {
                assert!(loc.text_in(tag, &id).is_some(), "{tag} lacks {id}");
            }
        }
    }
}

/// The xAPI 1.0.3 rules a statement must meet for an LRS to accept it.
fn check_statement(s: &Value) {
    let uuid = s["id"].as_str().expect("id");
    assert!(
        uuid.len() == 36
            && uuid.chars().enumerate().all(|(i, c)| if [8, 13, 18, 23].contains(&i) {
                c == '-'
            } else {
                c.is_ascii_hexdigit() && !c.is_ascii_uppercase()
            }),
        "id {uuid} is not a UUID"
    );
    let actor = s["actor"].as_object().expect("actor");
    let identifiers = ["mbox", "mbox_sha1sum", "openid", "account"].iter().filter(|k| actor.contains_key(**k)).count();
    assert_eq!(identifiers, 1, "an Agent has exactly one identifier");
    assert!(!actor.contains_key("name"), "no name: pseudonymous");
    let account = &actor["account"];
    assert!(account["homePage"].as_str().is_some_and(|h| h.contains(':')), "homePage is an IRL");
    assert!(account["name"].as_str().is_some_and(|n| !n.is_empty()));
    let verb = s["verb"]["id"].as_str().expect("verb id");
    assert!(
        ["passed", "failed", "mastered", "attempted", "answered"]
            .iter()
            .any(|v| verb == format!("http://adlnet.gov/expapi/verbs/{v}")),
        "{verb}"
    );
    assert!(s["verb"]["display"].as_object().is_some_and(|d| !d.is_empty()), "verb display is a language map");
    assert!(s["object"]["id"].as_str().is_some_and(|id| id.contains(':')), "object id is an IRI");
    let score = &s["result"]["score"];
    let (raw, min, max, scaled) = (
        score["raw"].as_f64().unwrap(),
        score["min"].as_f64().unwrap(),
        score["max"].as_f64().unwrap(),
        score["scaled"].as_f64().unwrap(),
    );
    assert!(min <= raw && raw <= max && (-1.0..=1.0).contains(&scaled));
    let duration = s["result"]["duration"].as_str().expect("duration");
    assert!(
        duration.starts_with("PT") && duration.ends_with('S') && duration[2..duration.len() - 1].parse::<u32>().is_ok(),
        "{duration}"
    );
    let timestamp = s["timestamp"].as_str().expect("timestamp");
    let b = timestamp.as_bytes();
    assert!(
        b.len() == 24
            && b[4] == b'-'
            && b[7] == b'-'
            && b[10] == b'T'
            && b[13] == b':'
            && b[16] == b':'
            && b[19] == b'.'
            && b[23] == b'Z',
        "{timestamp} is not ISO 8601 UTC"
    );
    assert_eq!(s["version"], "1.0.3");
    for (key, _) in s["result"]["extensions"].as_object().expect("extensions") {
        assert!(key.starts_with("urn:") || key.starts_with("http"), "extension keys are IRIs");
    }
    if let Some(language) = s["context"]["language"].as_str() {
        assert!(!language.is_empty() && language.len() <= 35);
    }
}

#[test]
fn the_xapi_download_is_one_array_of_valid_statements_with_stable_ids() {
    let (catalog, loc) = (catalog(), loc());
    let (coding, literacy) = level_ids(&catalog);
    let class = assignment(vec![coding.clone(), literacy.clone()], true);
    let fox = pupil("00000000000000f0", "fox", &class, &coding, &literacy);
    let mut book = ClassBook::load(None).0;
    book.assignments.push(class.clone());
    book.import_file(report::write(&fox, Some(&class), "", |_| LevelTags::default(), 9).as_bytes(), course())
        .expect("imports");
    book.set_note(&fox.id, "Anna Example");
    let text = book.xapi(Some(&class.id), &catalog, &loc);
    assert!(!text.contains("Anna"), "teacher's notes never go into xAPI");
    let statements: Vec<Value> = serde_json::from_str(&text).expect("a JSON array");
    assert_eq!(statements.len(), 3);
    statements.iter().for_each(check_statement);
    assert_eq!(statements[0]["actor"]["account"]["homePage"], "https://school.example/bb/index.html");
    assert_eq!(statements[0]["actor"]["account"]["name"], fox.id.as_str());
    // The pupil's own file carries the same statements, with the same ids.
    let report =
        Report::read(report::write(&fox, Some(&class), "", |_| LevelTags::default(), 9).as_bytes()).expect("reads");
    let ids = |list: &[Value]| list.iter().map(|s| s["id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&report.payload.statements), ids(&statements));
    report.payload.statements.iter().for_each(check_statement);
}

#[test]
fn statement_ids_stay_the_same_when_old_attempts_are_let_go_of() {
    let catalog = catalog();
    let (coding, literacy) = level_ids(&catalog);
    let class = assignment(vec![coding.clone()], false);
    let mut fox = pupil("00000000000000f0", "fox", &class, &coding, &literacy);
    let ids = |profile: &Profile| -> BTreeSet<String> {
        byte_bridge::core::export::xapi::statements(profile, "https://s.example/", |_| LevelTags::default())
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_owned())
            .collect()
    };
    for at in 0..25u64 {
        let attempt = Attempt { outcome: "hit_wall".into(), at: 1_764_500_000_000 + at, ..Attempt::default() };
        fox.progress.record_attempt(&coding, attempt);
    }
    let before = ids(&fox);
    let attempt = Attempt { outcome: "hit_wall".into(), at: 1_764_600_000_000, ..Attempt::default() };
    fox.progress.record_attempt(&coding, attempt);
    let after = ids(&fox);
    assert_eq!(after.difference(&before).count(), 1, "only the new attempt has a new id");
    assert_eq!(before.difference(&after).count(), 1, "only the dropped attempt's id is gone");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn no_bytes_make_the_file_importer_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048), json in "\\{.{0,600}") {
        let mut book = ClassBook::load(None).0;
        let _ = book.import_file(&bytes, course());
        let _ = book.import_file(json.as_bytes(), course());
    }

    #[test]
    fn any_number_in_a_real_file_can_be_anything_without_a_panic_or_an_unflagged_edit(
        which in 0usize..200, number in any::<u64>()
    ) {
        let (catalog, loc) = (catalog(), loc());
        let (coding, literacy) = level_ids(&catalog);
        let class = assignment(vec![coding.clone()], true);
        let file = report::write(&pupil("00000000000000f0", "fox", &class, &coding, &literacy), Some(&class), "", |_| LevelTags::default(), 9);
        // The file's payload with its `which`-th number replaced.
        let payload_at = file.find("\"payload\"").unwrap();
        let numbers: Vec<(usize, usize)> = file
            .match_indices(':')
            .map(|(i, _)| i + 1)
            .filter(|&i| i > payload_at && file[i..].starts_with(|c: char| c.is_ascii_digit()))
            .map(|i| (i, i + file[i..].find(|c: char| !c.is_ascii_digit()).unwrap_or(0)))
            .collect();
        let (from, to) = numbers[which % numbers.len()];
        let edited = format!("{}{number}{}", &file[..from], &file[to..]);
        let mut book = ClassBook::load(None).0;
        book.assignments.push(class);
        if let Ok(outcome) = book.import_file(edited.as_bytes(), course()) {
            prop_assert!(edited == file || outcome.status == ImportStatus::Altered);
            // Whatever got in can be shown and exported.
            let _ = book.grid(None, &catalog, &loc);
            let _ = book.summary(None, &catalog, &loc);
            let _ = book.csv(None, ';', true, &catalog, &loc);
            let _ = book.xapi(None, &catalog, &loc);
            let _ = book.detail("00000000000000f0", &coding, &catalog, &loc, 60);
        }
    }

    #[test]
    fn no_edit_of_a_real_file_makes_the_importer_panic_or_lose_the_flag(
        cut in proptest::option::of(0usize..4000), at in 0usize..4000, byte in any::<u8>()
    ) {
        let catalog = catalog();
        let (coding, literacy) = level_ids(&catalog);
        let class = assignment(vec![coding.clone()], true);
        let file = report::write(&pupil("00000000000000f0", "fox", &class, &coding, &literacy), Some(&class), "", |_| LevelTags::default(), 9);
        let mut bytes = file.into_bytes();
        let at = at % bytes.len();
        let changed = bytes[at] != byte;
        bytes[at] = byte;
        if let Some(cut) = cut {
            bytes.truncate(cut.max(1).min(bytes.len()));
        }
        let mut book = ClassBook::load(None).0;
        book.assignments.push(class);
        if let Ok(outcome) = book.import_file(&bytes, course()) {
            // An edit that still reads is either outside the payload or flagged.
            prop_assert!(outcome.status == ImportStatus::Altered || outcome.status == ImportStatus::Signed || !changed);
        }
    }

    #[test]
    fn no_text_makes_the_code_or_link_readers_panic(text in ".{0,600}", tail in "[A-Za-z0-9_-]{0,600}") {
        let mut book = ClassBook::load(None).0;
        let _ = book.import_code(&text, &["a"]);
        let _ = book.import_code(&format!("BB1.{tail}"), &["a"]);
        let _ = Summary::read(&format!("BB1.{tail}"), &["a"]);
        let _ = Assignment::from_link(&format!("#mission={tail}"), |_| true);
        let _ = Assignment::from_link(&text, |_| true);
        let _ = ClassBook::load(Some(&text));
        let _ = MadeLevel::from_json(&text);
        let _ = MadeLevel::parse(&text).map(|mut level| level.prove());
    }

    /// A made level's link with any one character changed or cut short is refused whole, or
    /// reads as exactly what the teacher made (the change fell outside what it carries): a
    /// tablet never plays part of a changed level.
    #[test]
    fn a_changed_made_level_link_is_refused_whole_or_read_unchanged(at in 0usize..4000, byte in 0u8..128, cut in proptest::option::of(0usize..4000)) {
        let made = made_assignment();
        let link = made.link("index.html");
        let mut bytes = link.clone().into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        if let Some(cut) = cut {
            bytes.truncate(cut.min(bytes.len()));
        }
        let changed = String::from_utf8_lossy(&bytes).into_owned();
        if let Ok(read) = Assignment::from_link(&changed, |_| true) {
            prop_assert_eq!(read.made, made.made);
        }
    }

    /// Made levels of any shape the JSON allows: checking never panics, and whatever passes
    /// the tablet's check plays as a valid level.
    #[test]
    fn any_made_level_that_passes_the_check_is_a_valid_level(
        title in "[A-Za-z ,.!?'-]{0,70}", width in 1usize..13, height in 1usize..13, cells in "[#.SGLrbgx]{0,169}", main in 0usize..20,
        par in 0usize..30,
    ) {
        let rows: Vec<String> = (0..height).map(|y| cells.chars().cycle().skip(y * width).take(width).collect()).collect();
        let level = serde_json::json!({
            "v": 1, "lang": "en", "band": "7-9", "title": title, "task": "t", "learned": "l", "hints": ["a", "b", "c"],
            "kind": { "robot_grid": { "board": rows, "start_facing": "east", "tiles": ["forward", "turn_right"],
            "slots": { "main": main }, "par": par } },
        });
        if let Ok(made) = MadeLevel::from_json(&level.to_string()) {
            let (level, texts) = made.to_level(1);
            prop_assert!(level.validate().is_ok());
            prop_assert!(level.message_ids().iter().all(|id| texts.iter().any(|(key, _)| key == id)));
        }
    }
}

fn made_assignment() -> Assignment {
    let mut level = MadeLevel::parse(
        r###"{"v":1,"lang":"en","band":"7-9","title":"Sort it","task":"Sort the cards.","learned":"Some things stay private.",
        "hints":["Think of strangers.","What tells where you are?","The address stays private."],"kind":{"sort":{
        "boxes":["OK to share","Keep private"],"cards":[{"text":"Your favourite colour","box":0,"reason":"It tells nobody where you are."},
        {"text":"Your home address","box":1,"reason":"With it a stranger could find you."}]}}}"###,
    )
    .expect("a level");
    level.prove().expect("fine");
    let mut n = 3u64;
    assignment(vec!["robot-first-steps".into()], false).with_made(vec![level], move || {
        n += 7;
        n
    })
}

#[test]
fn every_text_the_teacher_page_and_its_module_ask_for_exists_in_every_language() {
    use byte_bridge::core::class::compact::CodeError;
    use byte_bridge::core::class::{AssignmentError, ReportError};
    let loc = loc();
    // The page's scripts (teacher.js and its modules in web/teacher-page/) and the Rust module.
    // The record store's settings errors come from core.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("web/teacher.js")];
    for dir in ["web/teacher/src", "web/teacher-page"] {
        let mut found: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .map(|entry| entry.expect("a file").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "js" || ext == "rs"))
            .collect();
        found.sort();
        files.extend(found);
    }
    let texts: Vec<String> = files
        .iter()
        .map(|path| std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .collect();
    let mut ids: BTreeSet<String> = BTreeSet::new();
    for text in &texts {
        for quote in ['\'', '"'] {
            for call in ["t(", "t_with(", "text(", "text_with(", "failure("] {
                let pattern = format!("{call}{quote}");
                for (at, _) in text.match_indices(&pattern) {
                    let rest = &text[at + pattern.len()..];
                    if let Some(end) = rest.find(quote) {
                        let id = &rest[..end];
                        if id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                            && id.contains('-')
                        {
                            ids.insert(id.to_owned());
                        }
                    }
                }
            }
        }
    }
    assert!(ids.len() > 60, "found only {} ids: the scan is broken", ids.len());
    ids.extend(ReportError::ALL.iter().map(|e| e.message_id().to_owned()));
    ids.extend(CodeError::ALL.iter().map(|e| e.message_id().to_owned()));
    ids.extend(AssignmentError::ALL.iter().map(|e| e.message_id().to_owned()));
    ids.extend(AttemptOutcome::ALL.iter().map(|o| o.teacher_message_id().to_owned()));
    ids.insert(AttemptOutcome::Unknown("?".into()).teacher_message_id().to_owned());
    ids.extend(["class-avatar", "class-decimal-separator", "class-problem-mistakes", "nickname"].map(String::from));
    ids.extend(byte_bridge::core::class::lrs::StoreError::ALL.map(|e| e.message().to_owned()));
    // The level maker's checks and kinds (ids made in core and by format! in made.rs).
    use byte_bridge::core::level::made::{FIELD_IDS, PROBLEM_IDS};
    ids.extend(PROBLEM_IDS.iter().chain(FIELD_IDS).map(|id| (*id).to_owned()));
    ids.extend(["robot_grid", "sort", "pick_reply", "spot_flags"].map(|kind| format!("made-kind-{kind}")));
    let mut missing = Vec::new();
    for tag in loc.tags() {
        let defined = loc.message_ids(tag);
        missing.extend(ids.iter().filter(|id| !defined.contains(&id.as_str())).map(|id| format!("{tag}: {id}")));
    }
    assert!(missing.is_empty(), "missing texts: {missing:?}");
}

/// A teacher's stored class book from before outcomes were one type, holding every outcome code
/// the game has ever written: each attempt reads in the teacher's own words (a robot that lit
/// where there is no lamp, a finished password level), and saving the book keeps every code.
#[test]
fn a_stored_class_book_with_every_outcome_code_ever_written_reads_in_the_teachers_words() {
    let (catalog, loc) = (catalog(), loc());
    let stored = include_str!("fixtures/class-book-v1-outcomes.json");
    let (book, problem) = ClassBook::load(Some(stored));
    assert_eq!(problem, None);
    let pupil = "00000000000000f1";
    let robot = book.detail(pupil, "robot-first-steps", &catalog, &loc, 0).expect("robot attempts");
    let robot: Vec<&str> = robot.attempts.iter().map(|a| a.outcome.as_str()).collect();
    // Newest first.
    let expected = [
        "class-outcome-finished",
        "class-outcome-too-many-calls",
        "class-outcome-step-budget",
        "class-outcome-out-of-commands",
        "class-outcome-no-lamp",
        "class-outcome-left-board",
        "class-outcome-hit-wall",
    ]
    .map(|id| loc.text(id));
    assert_eq!(robot, expected);
    let password = book.detail(pupil, "pw-build-first", &catalog, &loc, 0).expect("password attempt");
    assert_eq!(password.attempts[0].outcome, loc.text("class-outcome-finished"));

    let saved: Value = serde_json::from_str(&book.save()).expect("saved");
    let before: Value = serde_json::from_str(stored).expect("fixture");
    assert_eq!(saved["pupils"], before["pupils"], "saving changed a stored attempt");
}

/// Every outcome the game writes travels through a pupil's file and reads as itself: none is
/// "Did not finish" unless it is one, and every finished one reads "Finished".
#[test]
fn every_outcome_the_game_writes_reads_in_the_teachers_words() {
    let (catalog, loc) = (catalog(), loc());
    let (coding, literacy) = level_ids(&catalog);
    let class = assignment(vec![coding.clone()], true);
    let mut fox = pupil("00000000000000f2", "fox", &class, &coding, &literacy);
    fox.progress.levels.clear();
    for (i, outcome) in AttemptOutcome::ALL.iter().enumerate() {
        let stars = if outcome.finished() { 1 } else { 0 };
        let attempt =
            Attempt { outcome: outcome.clone(), stars, at: 1_764_400_100_000 + i as u64, ..Attempt::default() };
        fox.progress.record_attempt(&coding, attempt);
    }
    let file = report::write(&fox, Some(&class), "", |_| LevelTags::default(), 1_764_400_400_000);
    let mut book = ClassBook::load(None).0;
    book.assignments.push(class);
    book.import_file(file.as_bytes(), course()).expect("imports");
    let detail = book.detail(&fox.id, &coding, &catalog, &loc, 0).expect("detail");
    let read: Vec<String> = detail.attempts.iter().rev().map(|a| a.outcome.clone()).collect();
    assert_eq!(read.len(), AttemptOutcome::ALL.len());
    let other = loc.text("class-outcome-other");
    for (outcome, text) in AttemptOutcome::ALL.iter().zip(&read) {
        assert_ne!(text, &other, "{outcome} reads as not finished");
        assert_eq!(outcome.finished(), text == &loc.text("class-outcome-finished"), "{outcome}: {text}");
    }
}

/// The stars the grid shows for a pupil's level.
fn stars(book: &ClassBook, pupil: &str, level: &str) -> Option<u8> {
    book.cell(pupil, level).map(|cell| cell.stars)
}

/// A pupil's genuine signed file, then a copy where "replace all" swapped the class id for
/// another and the stars were raised: the copy is flagged and raises nothing, with or without
/// its old signature.
#[test]
fn an_edit_with_the_class_id_replaced_everywhere_is_flagged_and_raises_nothing() {
    let catalog = catalog();
    let (coding, literacy) = level_ids(&catalog);
    let class = assignment(vec![coding.clone()], true);
    let fox = pupil("00000000000000f0", "fox", &class, &coding, &literacy);
    let file = report::write(&fox, Some(&class), "", |_| LevelTags::default(), 9);
    let replaced = file.replace(&class.id, "0123456789abcdef").replacen("\"best_stars\":2", "\"best_stars\":3", 1);
    let mut without_signature: Value = serde_json::from_str(&replaced).unwrap();
    without_signature.as_object_mut().unwrap().remove("signature");
    for (name, edited) in [("old signature", replaced.clone()), ("no signature", without_signature.to_string())] {
        let mut book = ClassBook::load(None).0;
        book.assignments.push(class.clone());
        assert_eq!(book.import_file(file.as_bytes(), course()).expect("imports").status, ImportStatus::Signed);
        assert_eq!(stars(&book, &fox.id, &coding), Some(2));
        let outcome = book.import_file(edited.as_bytes(), course()).expect("reads");
        assert_eq!((outcome.status, outcome.new_attempts), (ImportStatus::Altered, 0), "{name}");
        assert_eq!(stars(&book, &fox.id, &coding), Some(2), "{name}: the edit raised the stars");
        assert!(book.pupils[&fox.id].altered, "{name}");
    }
}

/// The same edit brought in before the genuine file: it could not be checked then, but once the
/// pupil is known under a signed class, it no longer counts.
#[test]
fn unsigned_data_never_raises_a_cell_of_a_pupil_known_under_a_signed_class() {
    let (catalog, loc) = (catalog(), loc());
    let (coding, literacy) = level_ids(&catalog);
    let class = assignment(vec![coding.clone()], true);
    let fox = pupil("00000000000000f0", "fox", &class, &coding, &literacy);
    let file = report::write(&fox, Some(&class), "", |_| LevelTags::default(), 9);
    let mut edited: Value = serde_json::from_str(&file.replace(&class.id, "0123456789abcdef").replacen(
        "\"best_stars\":2",
        "\"best_stars\":3",
        1,
    ))
    .unwrap();
    edited.as_object_mut().unwrap().remove("signature");
    let mut book = ClassBook::load(None).0;
    book.assignments.push(class.clone());
    assert_eq!(
        book.import_file(edited.to_string().as_bytes(), course()).expect("reads").status,
        ImportStatus::Unsigned
    );
    assert_eq!(stars(&book, &fox.id, &coding), Some(3), "nothing tells it apart from a file of an unsigned class");
    assert_eq!(book.import_file(file.as_bytes(), course()).expect("imports").status, ImportStatus::Signed);
    assert_eq!(stars(&book, &fox.id, &coding), Some(2));
    let row = book.grid(None, &catalog, &loc).pupils.remove(0);
    assert_eq!(row.cells.iter().flatten().map(|c| c.stars).max(), Some(2));
    // The same for a QR code: an unchecked code, then the signed file.
    let mut raised = fox.clone();
    raised.progress.levels.get_mut(&coding).unwrap().best_stars = 3;
    let known: Vec<String> = catalog.levels().map(|l| l.id.clone()).collect();
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    let mut book = ClassBook::load(None).0;
    book.assignments.push(class.clone());
    let code = compact::write(&raised, None, 10);
    assert_eq!(book.import_code(&code, &known).expect("reads").status, ImportStatus::Summary);
    book.import_file(file.as_bytes(), course()).expect("imports");
    assert_eq!(stars(&book, &fox.id, &coding), Some(2));
    // And an unsigned code after it is flagged and raises nothing.
    assert_eq!(book.import_code(&code, &known).expect("reads").status, ImportStatus::Altered);
    assert_eq!(stars(&book, &fox.id, &coding), Some(2));
    // The book keeps what came unchecked across a save.
    let (stored, _) = ClassBook::load(Some(&book.save()));
    assert_eq!(stored, book);
}

/// A file that names class B is checked with B's key only, not with any key the page holds.
#[test]
fn a_file_that_claims_a_class_is_checked_with_that_class_key_only() {
    let catalog = catalog();
    let (coding, literacy) = level_ids(&catalog);
    let a = assignment(vec![coding.clone()], true);
    let mut b = assignment(vec![coding.clone()], true);
    b.id = "00000000000000bb".into();
    b.key = Some("00112233445566778899aabbccddeeff".into());
    let fox = pupil("00000000000000f0", "fox", &a, &coding, &literacy);
    // Signed with A's key, but saying it is B's.
    let mut forged_class = a.clone();
    forged_class.id.clone_from(&b.id);
    let file = report::write(&fox, Some(&forged_class), "", |_| LevelTags::default(), 9);
    let mut book = ClassBook::load(None).0;
    book.assignments.extend([a.clone(), b.clone()]);
    assert_eq!(book.import_file(file.as_bytes(), course()).expect("reads").status, ImportStatus::Altered);
    assert_eq!(stars(&book, &fox.id, &coding), None);
    // A file signed for a class this page did not make, whose key it holds, still checks.
    let mut elsewhere = a.clone();
    elsewhere.id = "00000000000000cc".into();
    let mut fox_elsewhere = fox.clone();
    fox_elsewhere.id = "00000000000000f1".into();
    let file = report::write(&fox_elsewhere, Some(&elsewhere), "", |_| LevelTags::default(), 9);
    assert_eq!(book.import_file(file.as_bytes(), course()).expect("reads").status, ImportStatus::Signed);
}

/// A pupil with `levels` played, each with `ATTEMPTS_KEPT` attempts made by `attempt`.
fn pupil_with(id: &str, levels: &[String], attempt: impl Fn(&str, u64) -> Attempt) -> Profile {
    let mut profile = pupil(id, "fox", &assignment(vec![], false), "robot-first-steps", "share-or-keep");
    profile.progress.levels.clear();
    for (l, level) in levels.iter().enumerate() {
        for n in 0..ATTEMPTS_KEPT as u64 {
            profile.progress.record_attempt(level, attempt(level, 1_764_400_000_000 + l as u64 * 1000 + n));
        }
    }
    profile
}

/// The same pupil through the players file (another tablet) and the teacher's page: the
/// message id each gives, or `None` when it is brought in.
fn verdicts(profile: &Profile) -> (Option<&'static str>, Option<&'static str>) {
    let players = transfer::export(&[profile], transfer::PicturePasswords::Include, 9);
    let tablet = transfer::import(players.as_bytes(), |id| course().contains(&id)).err().map(|e| e.message_id());
    let mut book = ClassBook::load(None).0;
    let before = book.save();
    let teacher = book
        .import_file(report::write(profile, None, "", |_| LevelTags::default(), 9).as_bytes(), course())
        .err()
        .map(|e| e.message_id());
    if teacher.is_some() {
        assert_eq!(book.save(), before, "a refused file changed the class data");
    }
    (tablet, teacher)
}

/// Files made by hand to fill the teacher's storage or a cell's view (one 3.9 MB file filled
/// 80 % of it, and its cell made 105 MB of JSON) are refused with their own message, by the
/// teacher's page and by a tablet bringing in a players file alike.
#[test]
fn a_crafted_pupil_is_refused_by_the_teacher_and_by_a_tablet_alike() {
    let catalog = catalog();
    let coding = catalog.levels().next().expect("a level").id.clone();
    let long_program = |_: &str, at: u64| Attempt {
        program: Some(Program::try_from(&ProgramText { main: "F ".repeat(40_000), ..ProgramText::default() }).unwrap()),
        outcome: "hit_wall".into(),
        at,
        ..Attempt::default()
    };
    let plain = |_: &str, at: u64| Attempt { outcome: "hit_wall".into(), seconds: 30, at, ..Attempt::default() };
    let chatty = |_: &str, at: u64| Attempt {
        outcome: "sorted".into(),
        answers: vec!["a".repeat(150); 150],
        at,
        ..Attempt::default()
    };
    let mut too_many_attempts = pupil_with("00000000000000f1", std::slice::from_ref(&coding), plain);
    let record = too_many_attempts.progress.levels.get_mut(&coding).unwrap();
    record.attempts.extend(record.attempts.clone().into_iter().map(|a| Attempt { at: a.at + 500, ..a }));
    let unknown: Vec<String> = (0..200).map(|n| format!("a-later-level-{n}")).collect();
    let chatty_levels: Vec<String> = catalog.levels().take(3).map(|l| l.id.clone()).collect();
    for (name, profile) in [
        ("long programs", pupil_with("00000000000000f0", std::slice::from_ref(&coding), long_program)),
        ("too many attempts", too_many_attempts),
        ("levels no course has", pupil_with("00000000000000f2", &unknown, plain)),
        ("too many bytes", pupil_with("00000000000000f3", &chatty_levels, chatty)),
    ] {
        assert_eq!(verdicts(&profile), (Some("import-error-over-limits"), Some("class-import-over-limits")), "{name}");
    }
    // Impossible numbers: the tablet refuses what the teacher's page refuses.
    let mut slow = pupil_with("00000000000000f4", std::slice::from_ref(&coding), plain);
    slow.progress.levels.get_mut(&coding).unwrap().attempts[0].seconds = u32::MAX;
    assert_eq!(verdicts(&slow), (Some("import-error-damaged"), Some("class-import-damaged")));
}

/// The busiest pupil the game can make (every level played, the last attempts kept of each,
/// programs as long as the slots allow, every answer twice) goes through both readers, and its
/// largest cell stays small.
#[test]
fn the_busiest_real_pupil_passes_both_readers_and_its_cells_stay_small() {
    use byte_bridge::core::level::LevelKind;
    let (catalog, loc) = (catalog(), loc());
    fn ids(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(id)) = map.get("id") {
                    out.push(id.clone());
                }
                map.values().for_each(|v| ids(v, out));
            }
            Value::Array(list) => list.iter().for_each(|v| ids(v, out)),
            _ => {}
        }
    }
    // The wordiest tiles: if/else holds three tiles in 12 characters.
    let routine = |slots: usize| {
        let mut text = "?ahead{F}{F} ".repeat(slots / 3);
        text.push_str(&"F ".repeat(slots % 3));
        text.trim_end().to_owned()
    };
    let levels: Vec<String> = catalog.levels().map(|l| l.id.clone()).collect();
    let busiest = pupil_with("00000000000000f5", &levels, |id, at| {
        let level = catalog.level(id).expect("level");
        let mut attempt = Attempt {
            outcome: "hit_wall".into(),
            seconds: 3600,
            hints: 3,
            steps: 99_999,
            at,
            class: Some("0123456789abcdef".into()),
            ..Attempt::default()
        };
        match &level.kind {
            LevelKind::RobotGrid(grid) => {
                let text = ProgramText {
                    main: routine(grid.slots.main),
                    p1: routine(grid.slots.p1),
                    p2: routine(grid.slots.p2),
                    when: if grid.slots.when > 0 {
                        format!("lamp: {}", routine(grid.slots.when))
                    } else {
                        String::new()
                    },
                };
                attempt.program = Some(Program::try_from(&text).expect("program"));
            }
            kind => {
                let mut found = Vec::new();
                ids(&serde_json::to_value(kind).unwrap(), &mut found);
                attempt.answers = found.iter().chain(&found).map(|id| format!("q12:{id}")).collect();
                attempt.mistakes = found.len() as u32;
            }
        }
        attempt
    });
    println!("the busiest pupil's record: {} bytes", serde_json::to_string(&busiest.progress).unwrap().len());
    assert_eq!(verdicts(&busiest), (None, None));
    let mut book = ClassBook::load(None).0;
    book.import_file(report::write(&busiest, None, "", |_| LevelTags::default(), 9).as_bytes(), course())
        .expect("imports");
    let stored = book.save().len();
    let largest = levels
        .iter()
        .map(|level| serde_json::to_string(&book.detail(&busiest.id, level, &catalog, &loc, 0).unwrap()).unwrap().len())
        .max()
        .unwrap();
    println!("the busiest pupil: {stored} bytes stored, {largest} bytes in the largest cell");
    assert!(largest < 256 * 1024, "{largest} bytes");
}

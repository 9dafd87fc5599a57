//! What the browser tests (tests/e2e) put into a tablet's localStorage, and the pupils' files
//! they bring into the teacher page, made here with the game's own code
//! (`core::profiles::store::encode`: the record format with its checksum; `core::class::report`)
//! rather than written again in JavaScript, and kept as JSON files in tests/e2e/fixtures/.
//! This test fails when a file no longer matches what the game would write;
//! `BLESS=1 cargo test --test e2e_fixtures` rewrites them.

use byte_bridge::core::class::report;
use byte_bridge::core::export::xapi::LevelTags;
use byte_bridge::core::profiles::{Avatar, Nickname, Profile, store};
use byte_bridge::core::program::{Program, notation};
use byte_bridge::core::progress::{Attempt, AttemptOutcome, Progress};
use std::collections::BTreeMap;
use std::path::Path;

/// Compares `value` (pretty JSON) with the file `name` in tests/e2e/fixtures/, or writes it
/// with BLESS=1.
fn check_fixture(name: &str, value: &serde_json::Value) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/fixtures").join(name);
    let text = serde_json::to_string_pretty(value).expect("JSON") + "\n";
    if std::env::var_os("BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    let kept = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e} (BLESS=1 writes it)", path.display()));
    assert!(
        kept == text,
        "{} is not what the game writes now: run `BLESS=1 cargo test --test e2e_fixtures`",
        path.display()
    );
}

/// 40 players (four pages of the players screen), each with 20 attempts at 5 levels (19
/// walks into the wall, then a win): every record and its backup copy, keyed as the game
/// keeps them. For "40 players with 100 attempts each load, page by page".
#[test]
fn forty_players_with_a_hundred_attempts_each() {
    let levels = ["robot-first-steps", "robot-turn-left", "loop-first-loop", "share-or-keep", "flags-prize-message"];
    let adjectives = ["brave", "bright", "calm", "clever", "cheerful", "gentle", "happy", "kind", "lucky", "quick"];
    let animals = ["bear", "cat", "dolphin", "eagle"];
    let program = Program::main(notation::parse_list("F F R F F").expect("a program"));
    let mut storage = BTreeMap::new();
    for p in 0..40u64 {
        let mut progress = Progress { language: Some("en".to_owned()), ..Progress::default() };
        for (l, level) in (0u64..).zip(levels) {
            for a in 0..20u64 {
                let won = a == 19;
                progress.record_attempt(
                    level,
                    Attempt {
                        program: Some(program.clone()),
                        outcome: if won { AttemptOutcome::ReachedGoal } else { AttemptOutcome::HitWall },
                        steps: 5,
                        seconds: 30,
                        hints: 1,
                        stars: if won { 3 } else { 0 },
                        at: 1_764_374_400_000 + p * 1_000_000 + l * 10_000 + a,
                        ..Attempt::default()
                    },
                );
            }
        }
        let index = usize::try_from(p).expect("small");
        let profile = Profile {
            id: format!("{:016x}", 0x1000 + p),
            nickname: Nickname::new(adjectives[index % 10], animals[index / 10]),
            avatar: Avatar::new("star", "blue"),
            secret: None,
            created: p,
            updated: p,
            band: None,
            settings: Default::default(),
            progress,
        };
        let record = store::encode(&profile);
        assert_eq!(store::decode(&record).as_ref(), Ok(&profile), "the game reads its own record back");
        storage.insert(store::key(&profile.id), serde_json::Value::String(record.clone()));
        storage.insert(format!("{}.backup", store::key(&profile.id)), serde_json::Value::String(record));
    }
    check_fixture("forty-players.json", &serde_json::Value::Object(storage.into_iter().collect()));
}

/// Four pupils' files for the teacher (no class, so unsigned), each with one win of the first
/// level, keyed by file name: for "two tabs of the teacher page import at once".
#[test]
fn four_pupils_files_for_the_teacher() {
    let program = Program::main(notation::parse_list("F F R F F").expect("a program"));
    let mut files = BTreeMap::new();
    for (p, animal) in (0u64..).zip(["bear", "cat", "dolphin", "eagle"]) {
        let mut progress = Progress { language: Some("en".to_owned()), ..Progress::default() };
        let at = 1_764_374_400_000 + p * 60_000;
        progress.record_attempt(
            "robot-first-steps",
            Attempt {
                program: Some(program.clone()),
                outcome: AttemptOutcome::ReachedGoal,
                steps: 5,
                seconds: 40,
                stars: 3,
                at,
                ..Attempt::default()
            },
        );
        let profile = Profile {
            id: format!("{:016x}", 0x2000 + p),
            nickname: Nickname::new("calm", animal),
            avatar: Avatar::new("moon", "green"),
            secret: None,
            created: at,
            updated: at,
            band: None,
            settings: Default::default(),
            progress,
        };
        let text = report::write(&profile, None, "http://127.0.0.1/index.html", |_| LevelTags::default(), at + 1000);
        assert!(report::Report::read(text.as_bytes()).is_ok(), "the teacher's reader takes it");
        files.insert(report::file_name(&profile, at), serde_json::Value::String(text));
    }
    check_fixture("four-pupils-files.json", &serde_json::Value::Object(files.into_iter().collect()));
}

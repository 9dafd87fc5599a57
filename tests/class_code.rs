//! The teacher's page shows a pupil's program as code too (issue #16, section 3): each attempt
//! of a coding level comes with the same lines the game's "Show as code" shows, in the
//! teacher's language; an attempt without a program has none.

use byte_bridge::core::class::book::{ClassBook, CodeLineView};
use byte_bridge::core::class::report;
use byte_bridge::core::export::xapi::LevelTags;
use byte_bridge::core::i18n::Localizer;
use byte_bridge::core::level::Catalog;
use byte_bridge::core::profiles::{Avatar, Nickname, Profile};
use byte_bridge::core::program::Program;
use byte_bridge::core::program::notation::ProgramText;
use byte_bridge::core::progress::{Attempt, Progress};

const CODING: &str = "robot-first-steps";
const LITERACY: &str = "share-or-keep";

/// A book holding one pupil's unsigned file: a coding attempt with a loop, an if/else and a
/// helper, and a sorting attempt.
fn book() -> (ClassBook, String) {
    let mut profile = Profile {
        id: "00000000000000c0".to_owned(),
        nickname: Nickname::new("brave", "fox"),
        avatar: Avatar::new("sun", "blue"),
        secret: None,
        created: 1,
        updated: 1,
        band: None,
        settings: Default::default(),
        progress: Progress::default(),
    };
    let program =
        Program::try_from(&ProgramText { main: "3{F} ?ahead{F}{R} P1".into(), p1: "X".into(), ..Default::default() })
            .expect("program");
    let attempt =
        Attempt { program: Some(program), outcome: "hit_wall".into(), at: 1_764_400_100_000, ..Attempt::default() };
    profile.progress.record_attempt(CODING, attempt);
    let answers = Attempt { outcome: "sorted".into(), answers: vec!["address:keep".into()], ..Attempt::default() };
    profile.progress.record_attempt(LITERACY, answers);
    let file = report::write(&profile, None, "", |_| LevelTags::default(), 1_764_400_400_000);
    let catalog = Catalog::embedded().expect("levels");
    let known: Vec<&str> = catalog.levels().map(|l| l.id.as_str()).collect();
    let mut book = ClassBook::load(None).0;
    book.import_file(file.as_bytes(), &known).expect("imports");
    (book, profile.id)
}

fn lines(code: &[CodeLineView]) -> Vec<String> {
    code.iter().map(|line| format!("{}{}", "    ".repeat(line.indent), line.text)).collect()
}

#[test]
fn an_attempt_shows_its_program_as_code_in_the_teachers_language() {
    let (book, pupil) = book();
    let catalog = Catalog::embedded().expect("levels");
    let mut loc = Localizer::embedded_for_teacher().expect("texts");
    let detail = book.detail(&pupil, CODING, &catalog, &loc, 0).expect("the pupil");
    let code = detail.attempts[0].code.as_deref().expect("a program has code");
    assert_eq!(
        lines(code),
        [
            "def helper_1():",
            "    light()",
            "for i in range(3):",
            "    forward()",
            "if path_ahead():",
            "    forward()",
            "else:",
            "    turn_right()",
            "helper_1()",
        ]
    );
    let json = serde_json::to_value(&detail.attempts[0]).expect("JSON");
    assert_eq!(json["code"][3], serde_json::json!({ "indent": 1, "text": "forward()" }));

    loc.set_language("de");
    let german = book.detail(&pupil, CODING, &catalog, &loc, 0).expect("the pupil");
    let code = lines(german.attempts[0].code.as_deref().expect("code"));
    assert_eq!(code[0], "def helfer_1():");
    assert_eq!(code[2], "for i in range(3):", "Python's own words stay as they are");
    assert_eq!(code[3], "    vorwärts()");

    let sorting = book.detail(&pupil, LITERACY, &catalog, &loc, 0).expect("the pupil");
    assert_eq!(sorting.attempts[0].code, None);
    assert_eq!(serde_json::to_value(&sorting.attempts[0]).expect("JSON")["code"], serde_json::Value::Null);
}

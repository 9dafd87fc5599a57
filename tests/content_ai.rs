//! The "AI and Me" world (issue #15): enough levels and mechanics, a teach-the-robot level
//! that is a real puzzle in every case, every text in every language, and answers that cannot
//! be guessed from their length.

use byte_bridge::core::i18n::FALLBACK_LANGUAGE;
use byte_bridge::core::level::train_robot::{Action, Guess};
use byte_bridge::core::level::{Level, LevelKind};

mod common;
use common::{catalog, localizer};

const WORLD: &str = "ai-and-me";

fn ai_levels() -> Vec<Level> {
    let catalog = catalog();
    let world = catalog.worlds().iter().find(|w| w.id == WORLD).expect("the AI and Me world is listed");
    world.levels.clone()
}

#[test]
fn the_ai_world_has_six_levels_of_several_kinds_and_teaches_a_robot() {
    let levels = ai_levels();
    assert!(levels.len() >= 6, "{} levels", levels.len());
    let mut kinds: Vec<String> = levels.iter().map(|l| format!("{:?}", std::mem::discriminant(&l.kind))).collect();
    kinds.sort();
    kinds.dedup();
    assert!(kinds.len() >= 2, "{kinds:?}");
    assert!(levels.iter().any(|l| matches!(l.kind, LevelKind::TrainRobot(_))), "the new mechanic is played");
    for level in &levels {
        assert!(level.id.starts_with("ai-"), "{}: AI levels are ai-*.json", level.id);
    }
}

/// Every teach-the-robot level, with its examples sorted right: the robot gets every known
/// test right and some new test wrong; adding the smallest fix (within the robot's room)
/// gets every test right; and some other full choice does not (choosing matters).
#[test]
fn every_teach_the_robot_level_is_a_real_puzzle() {
    let mut checked = 0;
    for level in catalog().levels() {
        let LevelKind::TrainRobot(robot) = &level.kind else { continue };
        checked += 1;
        let right = |added: &[usize], tests: &[usize]| -> Vec<bool> {
            let guesses = robot.test_with(added, tests);
            tests.iter().zip(guesses).map(|(&t, g)| Some(g) == robot.answer(t).map(Guess::Bin)).collect()
        };
        let seen = robot.seen_test_cards();
        let new = robot.new_test_cards();
        assert!(right(&[], &seen).iter().all(|ok| *ok), "{}: a known test fails", level.id);
        assert!(right(&[], &new).iter().any(|ok| !ok), "{}: no new test fails", level.id);
        let fix = robot.find_fix().unwrap_or_else(|| panic!("{}: nothing fixes the robot", level.id));
        assert!(fix.len() <= robot.room);
        assert!(right(&fix, &seen).iter().chain(right(&fix, &new).iter()).all(|ok| *ok));
        let no_fix = robot.find_non_fix().unwrap_or_else(|| panic!("{}: every choice fixes it", level.id));
        assert!(!robot.all_right_with(&no_fix));
        let names = |cards: &[usize]| cards.iter().map(|&c| robot.cards[c].id.clone()).collect::<Vec<_>>();
        println!("{}: fixed by {:?}; not by {:?}", level.id, names(&fix), names(&no_fix));
        // Every extra card helps on its own or not; each that fixes alone is a varied example
        // of the box the robot got wrong, never one more of what it already knew.
        for &extra in &robot.extra_cards() {
            if robot.all_right_with(&[extra]) {
                let card = &robot.cards[extra];
                let training: Vec<usize> = robot.training_cards();
                let same = training.iter().any(|&t| robot.cards[t].features == card.features);
                assert!(!same, "{}: {} fixes the robot but is like an example it had", level.id, card.id);
            }
        }
    }
    assert!(checked >= 1, "a teach-the-robot level is shipped");
}

#[test]
fn every_ai_text_and_robot_button_exists_in_every_language() {
    let l = localizer();
    let catalog = catalog();
    let world = catalog.worlds().iter().find(|w| w.id == WORLD).expect("the AI world");
    let mut used: Vec<String> = vec![world.title.clone()];
    for level in &world.levels {
        used.extend(level.message_ids().into_iter().map(str::to_owned));
    }
    used.extend(Action::ALL.iter().map(|a| a.message_id().to_owned()));
    for tag in l.tags() {
        let ids = l.message_ids(tag);
        for id in &used {
            assert!(ids.contains(&id.as_str()), "{tag} lacks {id}");
            let text = l.text_in(tag, id).unwrap_or_default();
            assert!(!text.trim().is_empty(), "{tag}: {id} is empty");
        }
    }
}

/// Cards and answers fit on a tablet (about 60 characters); hints differ from each other in
/// every language.
#[test]
fn ai_texts_are_short_and_hints_differ() {
    let l = localizer();
    for level in ai_levels() {
        let short: Vec<&str> = match &level.kind {
            LevelKind::SafeToShare(sort) => sort.cards.iter().map(|c| c.text.as_str()).collect(),
            LevelKind::PickReply(pick) => {
                pick.questions.iter().flat_map(|q| q.options.iter().map(|o| o.text.as_str())).collect()
            }
            LevelKind::SpotFlags(screen) => screen.parts.iter().map(|p| p.text.as_str()).collect(),
            LevelKind::TrainRobot(robot) => robot.cards.iter().map(|c| c.text.as_str()).collect(),
            _ => Vec::new(),
        };
        for tag in l.tags() {
            for id in &short {
                let text = l.text_in(tag, id).unwrap_or_default();
                assert!(text.chars().count() <= 62, "{tag}: {id} is long ({}): {text}", text.chars().count());
            }
            let hints: Vec<String> = level.hints.iter().map(|h| l.text_in(tag, h).unwrap_or_default()).collect();
            for (i, hint) in hints.iter().enumerate() {
                assert!(!hint.is_empty(), "{tag}: {} hint {i}", level.id);
                assert!(!hints[..i].contains(hint), "{tag}: {} repeats a hint", level.id);
            }
        }
    }
}

/// In pick-the-reply, the best answer is the longest in at most a third of the world's
/// questions (in English), and some wrong answers mention adults: neither length nor an
/// adult gives the answer away.
#[test]
fn ai_answers_cannot_be_guessed_by_length_or_by_an_adult() {
    let l = localizer();
    let en = |id: &str| l.text_in(FALLBACK_LANGUAGE, id).unwrap_or_default();
    let (mut questions, mut best_longest, mut wrong_with_adult) = (0, 0, 0);
    for level in ai_levels() {
        let LevelKind::PickReply(pick) = &level.kind else { continue };
        for question in &pick.questions {
            questions += 1;
            let lengths: Vec<usize> = question.options.iter().map(|o| en(&o.text).chars().count()).collect();
            let longest = lengths.iter().copied().max().unwrap_or(0);
            let best = question.options.iter().position(|o| o.best).expect("a best answer");
            if lengths[best] == longest {
                best_longest += 1;
            }
            let adult = ["adult", "teacher", "aunt", "mum", "dad", "parent"];
            wrong_with_adult += question
                .options
                .iter()
                .filter(|o| !o.best && adult.iter().any(|a| en(&o.text).to_lowercase().contains(a)))
                .count();
        }
    }
    assert!(questions >= 4, "{questions} questions");
    assert!(best_longest * 3 <= questions, "the best answer is the longest in {best_longest} of {questions}");
    assert!(wrong_with_adult >= 1, "some wrong answers mention adults");
}

//! The shipped content (assets/levels, assets/i18n) is complete and consistent.
//! A broken level file fails here with its file name and the problem.

use byte_bridge::core::i18n::{FALLBACK_LANGUAGE, Localizer};
use byte_bridge::core::level::safe_to_share::default_bins;
use byte_bridge::core::level::{Catalog, LevelKind};
use byte_bridge::core::program::{Colour, Condition, Direction, EditError, Outcome, Position, Routine, Tile};
use byte_bridge::core::progress::StorageNotice;
use std::time::Instant;

fn catalog() -> Catalog {
    match Catalog::embedded() {
        Ok(catalog) => catalog,
        Err(errors) => {
            let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            panic!("broken level files:\n{}", list.join("\n"));
        }
    }
}

fn localizer() -> Localizer {
    match Localizer::embedded() {
        Ok(l) => l,
        Err(errors) => panic!("broken Fluent files: {errors:?}"),
    }
}

#[test]
fn every_level_file_is_valid() {
    let catalog = catalog();
    assert!(catalog.levels().count() >= 2);
    let kinds: Vec<_> = catalog.levels().map(|l| std::mem::discriminant(&l.kind)).collect();
    assert!(kinds.windows(2).any(|w| w[0] != w[1]), "both level kinds are shipped");
}

#[test]
fn every_language_has_every_english_message() {
    let l = localizer();
    assert!(l.tags().len() >= 2, "English and at least one more language");
    let english = l.message_ids(FALLBACK_LANGUAGE);
    for tag in l.tags() {
        let ids = l.message_ids(tag);
        let missing: Vec<_> = english.iter().filter(|id| !ids.contains(id)).collect();
        let extra: Vec<_> = ids.iter().filter(|id| !english.contains(id)).collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        assert!(extra.is_empty(), "{tag} has ids English lacks: {extra:?}");
        for id in &ids {
            // Format with plausible arguments; a message that fails to format is broken.
            assert!(l.text_in(tag, id).is_some() || id_takes_arguments(&l, id), "{tag}: {id} does not format");
        }
    }
}

fn id_takes_arguments(l: &Localizer, id: &str) -> bool {
    l.text_in(FALLBACK_LANGUAGE, id).is_none()
}

#[test]
fn every_id_the_code_and_levels_use_exists_in_every_language() {
    let l = localizer();
    let catalog = catalog();
    let mut used: Vec<String> = Vec::new();
    for world in catalog.worlds() {
        used.push(world.title.clone());
    }
    for level in catalog.levels() {
        used.extend(level.message_ids().into_iter().map(str::to_owned));
    }
    let tiles = [
        Tile::Forward,
        Tile::TurnLeft,
        Tile::TurnRight,
        Tile::Light,
        Tile::Repeat,
        Tile::RepeatUntilGoal,
        Tile::If,
        Tile::IfElse,
        Tile::CallP1,
        Tile::CallP2,
    ];
    used.extend(tiles.iter().map(|t| t.message_id().to_owned()));
    used.extend(Condition::ALL.iter().map(|c| c.message_id().to_owned()));
    used.extend([Colour::Red, Colour::Blue, Colour::Green].iter().map(|c| c.message_id().to_owned()));
    used.extend(Routine::ALL.iter().map(|r| r.message_id().to_owned()));
    used.extend(default_bins().into_iter().map(|b| b.label));
    for direction in [Direction::North, Direction::East, Direction::South, Direction::West] {
        used.push(direction.message_id().to_owned());
    }
    let at = Position { x: 0, y: 0 };
    for outcome in [
        Outcome::ReachedGoal,
        Outcome::OutOfCommands,
        Outcome::HitWall { at },
        Outcome::LeftBoard { at },
        Outcome::NoLampHere { at },
        Outcome::StepBudget,
        Outcome::TooManyCalls,
    ] {
        used.push(outcome.message_id().to_owned());
    }
    for error in [EditError::RoutineFull(Routine::Main), EditError::TooDeep, EditError::IntoItself, EditError::Nothing]
    {
        used.push(error.message_id().to_owned());
    }
    for notice in
        [StorageNotice::Unavailable, StorageNotice::RecoveredDamaged, StorageNotice::NewerVersion, StorageNotice::Full]
    {
        used.push(notice.message_id().to_owned());
    }
    for tag in l.tags() {
        let ids = l.message_ids(tag);
        for id in &used {
            assert!(ids.contains(&id.as_str()), "{tag} lacks {id}");
        }
    }
}

/// Coding levels practise DigComp 3.4 (programming); debugging levels also 5.1 (solving
/// technical problems). Every coding world has at least 8 levels, 40 in all.
#[test]
fn coding_levels_are_tagged_and_enough() {
    let catalog = catalog();
    let mut coding = 0;
    for world in catalog.worlds() {
        let robots = world.levels.iter().filter(|l| matches!(l.kind, LevelKind::RobotGrid(_))).count();
        assert!(robots == 0 || robots >= 8, "{} has only {robots} coding levels", world.id);
        coding += robots;
        for level in &world.levels {
            let LevelKind::RobotGrid(grid) = &level.kind else { continue };
            let tags: Vec<String> = level.competences.iter().map(|c| c.to_string()).collect();
            assert!(tags.contains(&"3.4".to_owned()), "{}: {tags:?}", level.id);
            assert_eq!(
                grid.counts_edits(),
                tags.contains(&"5.1".to_owned()),
                "{}: 5.1 exactly for debugging",
                level.id
            );
        }
    }
    assert!(coding >= 40, "{coding} coding levels");
}

/// The solver searches every coding level's program space within its limits: the level must
/// be solvable, and its `par` must equal the smallest solution (tiles, or edits from the
/// broken program in a debugging level). Prints each level's search and the total time.
#[test]
fn every_coding_level_par_is_proven_by_the_solver() {
    let started = Instant::now();
    let mut problems = Vec::new();
    let mut count = 0;
    for level in catalog().levels() {
        let LevelKind::RobotGrid(grid) = &level.kind else { continue };
        count += 1;
        let one = Instant::now();
        match grid.prove_par() {
            Ok(solution) => println!(
                "{:<28} par {:>2}  tried {:>9}  {:>7.1} ms  {}",
                level.id,
                solution.cost,
                solution.tried,
                one.elapsed().as_secs_f64() * 1000.0,
                serde_json::to_string(&solution.program).unwrap_or_default()
            ),
            Err(problem) => problems.push(format!("{}.json: {problem}", level.id)),
        }
    }
    println!("solved {count} coding levels in {:.2} s (target: under 10 s)", started.elapsed().as_secs_f64());
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

//! The shipped content (assets/levels, assets/i18n) is complete and consistent.
//! A broken level file fails here with its file name and the problem.

use byte_bridge::core::class::AssignmentError;
use byte_bridge::core::i18n::{FALLBACK_LANGUAGE, Localizer};
use byte_bridge::core::level::LevelKind;
use byte_bridge::core::level::safe_to_share::default_bins;
use byte_bridge::core::profiles::ProfileError;
use byte_bridge::core::profiles::transfer::ImportError;
use byte_bridge::core::program::{Colour, Condition, Direction, EditError, Outcome, Routine, Tile};
use byte_bridge::core::progress::StorageNotice;
use std::time::Instant;

mod common;
use common::{catalog, localizer};

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
    // Adjectives of nicknames take the animal's gender (checked in nicknames_agree_…).
    l.text_in(FALLBACK_LANGUAGE, id).is_none() || id.starts_with("adj-")
}

/// Every word and picture a player can pick has a name in every language, and in a language
/// with grammatical gender every adjective agrees with every animal.
#[test]
fn nicknames_agree_and_every_profile_word_exists_in_every_language() {
    use byte_bridge::core::i18n::Arg;
    use byte_bridge::core::profiles::{ADJECTIVES, ANIMALS, COLOURS, PICTURES};
    let mut l = localizer();
    let tags: Vec<String> = l.tags().iter().map(|t| t.to_string()).collect();
    for tag in &tags {
        assert!(l.set_language(tag));
        for id in
            PICTURES.iter().map(|p| format!("picture-{p}")).chain(COLOURS.iter().map(|c| format!("avatar-colour-{c}")))
        {
            assert!(l.text_in(tag, &id).is_some(), "{tag} lacks {id}");
        }
        let genders: Vec<Option<String>> =
            ANIMALS.iter().map(|a| l.attribute(&format!("animal-{a}"), "gender")).collect();
        let gendered = genders.iter().any(Option::is_some);
        let mut forms = std::collections::HashSet::new();
        for (animal, gender) in ANIMALS.iter().zip(&genders) {
            assert!(l.text_in(tag, &format!("animal-{animal}")).is_some(), "{tag} lacks animal-{animal}");
            if gendered {
                let gender = gender.as_deref().unwrap_or_else(|| panic!("{tag}: animal-{animal} has no .gender"));
                // Danish, Dutch and Swedish nouns are common or neuter gender.
                assert!(
                    ["masculine", "feminine", "neuter", "common"].contains(&gender),
                    "{tag}: animal-{animal} is {gender}"
                );
            }
            for adjective in ADJECTIVES {
                let id = format!("adj-{adjective}");
                let args = [("gender", Arg::Text(gender.clone().unwrap_or_else(|| "other".into())))];
                let text = l.text_with(&id, &args);
                assert!(!text.is_empty() && text != id, "{tag}: {id} for {animal}");
                forms.insert(text);
            }
        }
        if gendered {
            assert!(forms.len() > ADJECTIVES.len(), "{tag}: adjectives change with the animal's gender");
        }
    }
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
    used.extend(Tile::ALL.iter().map(|t| t.message_id().to_owned()));
    used.extend(Condition::ALL.iter().map(|c| c.message_id().to_owned()));
    used.extend(Colour::ALL.iter().map(|c| c.message_id().to_owned()));
    used.extend(Routine::ALL.iter().map(|r| r.message_id().to_owned()));
    used.extend(default_bins().into_iter().map(|b| b.label));
    used.extend(Direction::ALL.iter().map(|d| d.message_id().to_owned()));
    used.extend(Outcome::ALL.iter().map(|o| o.message_id().to_owned()));
    used.extend(EditError::ALL.iter().map(|e| e.message_id().to_owned()));
    used.extend(StorageNotice::ALL.iter().map(|n| n.message_id().to_owned()));
    used.extend(ProfileError::ALL.iter().map(|e| e.message_id().to_owned()));
    used.extend(ImportError::ALL.iter().map(|e| e.message_id().to_owned()));
    used.extend(AssignmentError::ALL.iter().map(|e| e.message_id().to_owned()));
    {
        use byte_bridge::core::address::PartKind;
        use byte_bridge::core::level::build_password::Verdict;
        use byte_bridge::core::password::{GuessTime, score_message_id};
        used.extend((0..=4).map(|s| score_message_id(s).to_owned()));
        used.extend(GuessTime::ALL.iter().map(|t| t.message_id().to_owned()));
        used.extend(Verdict::ALL.iter().map(|v| v.message_id().to_owned()));
        used.extend(PartKind::ALL.iter().map(|p| p.reason_id().to_owned()));
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

/// Every Fluent id written as a string literal in the game's code (`TextKey::new("…")`,
/// `.msg("name", "…")`, `verdict` ids …) exists in every language, so a screen never shows a
/// raw id. Every literal that looks like an id counts (the game's code has no other
/// hyphenated lowercase strings), so a new screen cannot slip past the check. Ids the code
/// builds at run time come from core's `ALL` lists, checked in the test above.
#[test]
fn every_id_written_in_the_game_code_exists_in_every_language() {
    let l = localizer();
    let english = l.message_ids(FALLBACK_LANGUAGE);
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src/game"))];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/game is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let mut checked = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable source");
        // Unit tests at the end of a file use made-up ids.
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        // String literals that look like Fluent ids: lowercase words joined by '-'.
        for literal in text.split('"').skip(1).step_by(2) {
            let looks_like_id = literal.contains('-')
                && literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !literal.starts_with('-')
                && !literal.ends_with('-');
            if !looks_like_id {
                continue;
            }
            checked += 1;
            assert!(english.contains(&literal), "{}: {literal:?} is not in assets/i18n/en", file.display());
            for tag in l.tags() {
                assert!(l.message_ids(tag).contains(&literal), "{tag} lacks {literal:?} ({})", file.display());
            }
        }
    }
    assert!(checked >= 150, "only {checked} ids found: has the code moved?");
}

/// The digital-literacy strand (second edition, issue #15): at least 45 levels in eight themes
/// (worlds), each theme with
/// at least two mechanics, every level tagged with literacy competences of DigComp 2.2.
#[test]
fn literacy_levels_are_enough_varied_and_tagged() {
    let catalog = catalog();
    let literacy = ["1.2", "2.5", "2.6", "4.1", "4.2", "4.3"];
    let mut total = 0;
    let mut themes = 0;
    for world in catalog.worlds() {
        let levels: Vec<_> = world.levels.iter().filter(|l| !matches!(l.kind, LevelKind::RobotGrid(_))).collect();
        if levels.is_empty() {
            continue;
        }
        themes += 1;
        total += levels.len();
        let mut kinds: Vec<_> = levels.iter().map(|l| std::mem::discriminant(&l.kind)).collect();
        kinds.dedup();
        kinds.sort_by_key(|k| format!("{k:?}"));
        kinds.dedup();
        assert!(kinds.len() >= 2, "{} uses only one mechanic", world.id);
        assert!(levels.len() >= 5, "{} has only {} levels", world.id, levels.len());
        for level in levels {
            let tags: Vec<String> = level.competences.iter().map(|c| c.to_string()).collect();
            assert!(tags.iter().any(|t| literacy.contains(&t.as_str())), "{}: {tags:?}", level.id);
        }
    }
    assert!(themes >= 8, "{themes} literacy themes");
    assert!(total >= 45, "{total} literacy levels");
}

// Password rankings and password-building levels are checked against the strength pupils
// are shown, in every language, in tests/content_passwords.rs.

/// Shuffled steps never start in the right order, and every address level has a link to the
/// real site and one that only pretends.
#[test]
fn ordering_and_address_levels_are_real_puzzles() {
    for level in catalog().levels() {
        match &level.kind {
            LevelKind::OrderSteps(steps) => {
                let order = steps.shown_order();
                assert!(order.iter().enumerate().all(|(place, &i)| place != i), "{}: {order:?}", level.id);
            }
            LevelKind::ReadAddress(links) => {
                let real = links.parsed().iter().filter(|a| a.goes_to(&links.site)).count();
                assert!(real >= 1, "{}: no link goes to {}", level.id, links.site);
                assert_eq!(links.parsed().len(), links.links.len(), "{}: every link parses", level.id);
            }
            _ => {}
        }
    }
}

//! The "teach the robot by examples" kind (`"kind": "train_robot"`): the pupil sorts example
//! cards into two boxes, and a tiny robot learns from them. It sorts the cards it was tested on
//! well, then gets a card wrong that is unlike anything it learned from (every cat it saw was
//! small and orange, so a big fluffy grey cat looks more like the big fluffy grey dog). The
//! pupil then picks a few more examples for it to learn from until it gets every card right.
//!
//! The robot is a nearest-neighbour classifier over the cards' features (colour, size, fur …):
//! a new card goes in the box of the example that differs from it in the fewest features. When
//! several examples are equally close they vote, and a tie leaves the robot "not sure", which
//! counts as wrong. It is a few lines of plain Rust: nothing is downloaded, and the same cards
//! give the same answers on every tablet, so a level's validation can prove it is a real puzzle
//! ([`TrainRobot::validate`]): the first examples pass the known tests and fail a new one, and
//! some choice of extra examples that fits in the robot's room fixes it, while another does
//! not.
//!
//! Stars count mistakes ([`super::stars_for_mistakes`]): a card put in the wrong box, and a
//! retest that still gets a card wrong. The robot's first mistake on the new cards is the
//! lesson, not the pupil's: it costs nothing.

use super::safe_to_share::Bin;
use super::{AnswerLog, Answers, MessageId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The most cards a level may have: the validation tries every choice of extra examples.
pub const MAX_CARDS: usize = 24;
/// The most extra examples a level may offer (2^8 choices to try at most).
pub const MAX_EXTRA: usize = 8;

/// Data of a teach-the-robot level, as written in its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrainRobot {
    /// The two boxes, left to right (for example "Cat" and "Not a cat").
    pub bins: Vec<Bin>,
    /// Every example card of the level.
    pub cards: Vec<ExampleCard>,
    /// Ids of the cards the pupil sorts first: the robot's first examples, in dealing order.
    pub training: Vec<String>,
    /// Ids of the test cards like the examples (the robot gets them right).
    pub seen_tests: Vec<String>,
    /// Ids of the test cards unlike anything in the first examples (it gets one wrong).
    pub new_tests: Vec<String>,
    /// Ids of the cards the pupil may add to fix the training, in screen order.
    pub extra: Vec<String>,
    /// How many extra cards the robot can still learn from.
    pub room: usize,
}

/// One example card: what the robot sees (its features) and what it really is (its box).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleCard {
    /// Stable id within the level (recorded in answers).
    pub id: String,
    /// Fluent id of the card's words, e.g. "Big fluffy grey cat".
    pub text: MessageId,
    /// The picture drawn on the card.
    pub picture: Picture,
    /// What the robot sees: feature name to value (`"colour": "grey"`). Every card of a level
    /// has the same feature names. A `colour` feature also tints the picture.
    pub features: BTreeMap<String, String>,
    /// The id of the box it really belongs in.
    pub answer: String,
}

/// The pictures a card can show (drawn by the game, tinted by the card's colour).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Picture {
    /// A cat's face with pointed ears.
    Cat,
    /// A dog's face with floppy ears.
    Dog,
    /// A rabbit's face with long ears.
    Rabbit,
}

/// What the robot says about a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guess {
    /// It puts the card in this box (an index into the level's boxes).
    Bin(usize),
    /// The closest examples disagree equally (or it has none): it cannot decide.
    NotSure,
}

impl Guess {
    /// A short id for the answers log: the box's id, or `not-sure`.
    fn log_id<'a>(&self, level: &'a TrainRobot) -> &'a str {
        match self {
            Guess::Bin(bin) => level.bins.get(*bin).map_or("?", |b| b.id.as_str()),
            Guess::NotSure => "not-sure",
        }
    }
}

/// How many features two cards differ in.
fn distance(a: &ExampleCard, b: &ExampleCard) -> usize {
    let differ = a.features.iter().filter(|(name, value)| b.features.get(*name) != Some(*value)).count();
    // Names only one card has count too (validation keeps them equal).
    differ + b.features.keys().filter(|name| !a.features.contains_key(*name)).count()
}

/// The robot's guess for `card` after learning `examples` (each a card and the box it was put
/// in): the box of the closest example; equally close examples vote; a tie is "not sure".
pub fn guess(examples: &[(&ExampleCard, usize)], card: &ExampleCard) -> Guess {
    let Some(closest) = examples.iter().map(|(example, _)| distance(example, card)).min() else {
        return Guess::NotSure;
    };
    let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
    for (example, bin) in examples {
        if distance(example, card) == closest {
            *votes.entry(*bin).or_default() += 1;
        }
    }
    let most = votes.values().copied().max().unwrap_or(0);
    let mut winners = votes.iter().filter(|(_, count)| **count == most).map(|(bin, _)| *bin);
    match (winners.next(), winners.next()) {
        (Some(bin), None) => Guess::Bin(bin),
        _ => Guess::NotSure,
    }
}

impl TrainRobot {
    /// The position of the box with this id.
    pub fn bin_index(&self, id: &str) -> Option<usize> {
        self.bins.iter().position(|b| b.id == id)
    }

    /// The position of the card with this id.
    pub fn card_index(&self, id: &str) -> Option<usize> {
        self.cards.iter().position(|c| c.id == id)
    }

    /// The true box of card number `card`.
    pub fn answer(&self, card: usize) -> Option<usize> {
        self.cards.get(card).and_then(|c| self.bin_index(&c.answer))
    }

    fn indices(&self, ids: &[String]) -> Vec<usize> {
        ids.iter().filter_map(|id| self.card_index(id)).collect()
    }

    /// The first examples, as card indices in dealing order.
    pub fn training_cards(&self) -> Vec<usize> {
        self.indices(&self.training)
    }

    /// The test cards like the examples.
    pub fn seen_test_cards(&self) -> Vec<usize> {
        self.indices(&self.seen_tests)
    }

    /// The test cards unlike the first examples.
    pub fn new_test_cards(&self) -> Vec<usize> {
        self.indices(&self.new_tests)
    }

    /// The extra cards, in screen order.
    pub fn extra_cards(&self) -> Vec<usize> {
        self.indices(&self.extra)
    }

    /// The robot's guesses for `tests` after learning the first examples and the extra cards
    /// `added`, every card in its true box.
    pub fn test_with(&self, added: &[usize], tests: &[usize]) -> Vec<Guess> {
        let cards: Vec<usize> = self.training_cards().into_iter().chain(added.iter().copied()).collect();
        let examples: Vec<(&ExampleCard, usize)> =
            cards.iter().filter_map(|&i| Some((self.cards.get(i)?, self.answer(i)?))).collect();
        tests.iter().filter_map(|&t| self.cards.get(t)).map(|card| guess(&examples, card)).collect()
    }

    /// Whether the robot gets every test card right (known and new) after learning `added`.
    pub fn all_right_with(&self, added: &[usize]) -> bool {
        let tests: Vec<usize> = self.seen_test_cards().into_iter().chain(self.new_test_cards()).collect();
        let guesses = self.test_with(added, &tests);
        guesses.len() == tests.len()
            && tests.iter().zip(&guesses).all(|(&t, g)| Some(*g) == self.answer(t).map(Guess::Bin))
    }

    /// Every choice of at most `room` extra cards, smallest first.
    fn choices(&self) -> impl Iterator<Item = Vec<usize>> + '_ {
        let extra = self.extra_cards();
        let n = extra.len().min(MAX_EXTRA);
        let mut masks: Vec<u32> = (0..(1u32 << n)).filter(|m| m.count_ones() as usize <= self.room).collect();
        masks.sort_by_key(|m| (m.count_ones(), *m));
        masks.into_iter().map(move |mask| (0..n).filter(|b| mask & (1 << b) != 0).map(|b| extra[b]).collect())
    }

    /// The smallest choice of extra cards (at most `room`) after which the robot gets every
    /// test right, if there is one.
    pub fn find_fix(&self) -> Option<Vec<usize>> {
        self.choices().find(|added| self.all_right_with(added))
    }

    /// A full choice of `room` extra cards that does not fix the robot (so choosing matters),
    /// if there is one.
    pub fn find_non_fix(&self) -> Option<Vec<usize>> {
        self.choices().filter(|added| added.len() == self.room).find(|added| !self.all_right_with(added))
    }

    /// Two boxes; unique cards with texts and the same feature names; every card in exactly
    /// one list; every box among the first examples; and a real puzzle: the first examples get
    /// every known test right and some new test wrong, some choice of extra cards that fits
    /// the room fixes that, and some other full choice does not.
    pub fn validate(&self) -> Result<(), String> {
        if self.bins.len() != 2 {
            return Err(format!("a teach-the-robot level has 2 boxes, not {}", self.bins.len()));
        }
        for (i, bin) in self.bins.iter().enumerate() {
            if bin.id.is_empty() || self.bins[..i].iter().any(|b| b.id == bin.id) {
                return Err(format!("box id {:?} is empty or used twice", bin.id));
            }
            if bin.label.is_empty() {
                return Err(format!("box {:?} needs a label", bin.id));
            }
        }
        if self.cards.len() > MAX_CARDS {
            return Err(format!("a teach-the-robot level has at most {MAX_CARDS} cards"));
        }
        let names: Vec<&String> = self.cards.first().map(|c| c.features.keys().collect()).unwrap_or_default();
        if names.is_empty() {
            return Err("cards need features for the robot to compare".to_owned());
        }
        for (i, card) in self.cards.iter().enumerate() {
            if card.id.is_empty() || self.cards[..i].iter().any(|c| c.id == card.id) {
                return Err(format!("card id {:?} is empty or used twice", card.id));
            }
            if card.text.is_empty() {
                return Err(format!("card {:?} needs a text", card.id));
            }
            if self.bin_index(&card.answer).is_none() {
                return Err(format!("card {:?} belongs in {:?}, which is not a box", card.id, card.answer));
            }
            if card.features.keys().collect::<Vec<_>>() != names {
                return Err(format!("card {:?} has other features than {names:?}", card.id));
            }
            if card.features.values().any(String::is_empty) {
                return Err(format!("card {:?} has an empty feature", card.id));
            }
            let lists = [&self.training, &self.seen_tests, &self.new_tests, &self.extra];
            let uses: usize = lists.iter().map(|list| list.iter().filter(|id| **id == card.id).count()).sum();
            if uses != 1 {
                return Err(format!("card {:?} is in {uses} lists; it belongs in exactly one", card.id));
            }
        }
        for (name, list) in [
            ("training", &self.training),
            ("seen_tests", &self.seen_tests),
            ("new_tests", &self.new_tests),
            ("extra", &self.extra),
        ] {
            if list.is_empty() {
                return Err(format!("{name} needs at least one card"));
            }
            if let Some(id) = list.iter().find(|id| self.card_index(id).is_none()) {
                return Err(format!("{name} names {id:?}, which is not a card"));
            }
        }
        if self.extra.len() > MAX_EXTRA {
            return Err(format!("at most {MAX_EXTRA} extra cards"));
        }
        if self.room == 0 || self.room > self.extra.len() {
            return Err(format!("room {} must be 1 to the number of extra cards", self.room));
        }
        for bin in &self.bins {
            if !self.training.iter().any(|id| self.cards.iter().any(|c| &c.id == id && c.answer == bin.id)) {
                return Err(format!("no first example belongs in {:?}", bin.id));
            }
        }
        let seen = self.seen_test_cards();
        let right = |tests: &[usize]| -> Vec<bool> {
            let guesses = self.test_with(&[], tests);
            tests.iter().zip(guesses).map(|(&t, g)| Some(g) == self.answer(t).map(Guess::Bin)).collect()
        };
        if let Some(i) = right(&seen).iter().position(|ok| !ok) {
            return Err(format!("the first examples get the known test {:?} wrong", self.seen_tests[i]));
        }
        if right(&self.new_test_cards()).iter().all(|ok| *ok) {
            return Err("the first examples already get every new test right: nothing to fix".to_owned());
        }
        if self.find_fix().is_none() {
            return Err(format!("no choice of at most {} extra cards gets every test right", self.room));
        }
        if self.find_non_fix().is_none() {
            return Err(format!("every choice of {} extra cards fixes the robot: choosing does not matter", self.room));
        }
        Ok(())
    }

    /// Fluent ids of every box label and card text.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.bins.iter().map(|b| b.label.as_str()).chain(self.cards.iter().map(|c| c.text.as_str()))
    }
}

/// Where the pupil is in a teach-the-robot level. The one action button does what the phase
/// calls for ([`TrainingRound::action`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Sorting the first examples, one card at a time.
    Sorting,
    /// Every first example is sorted: "Train the robot".
    ReadyToTrain,
    /// The robot has learned: "Test the robot" on cards like its examples.
    Trained,
    /// It got the known cards right: "Show it new cards".
    TestedSeen,
    /// It got a new card wrong: the pupil adds extra examples, then "Train and test again".
    Fixing,
    /// It gets every card right: "Finish".
    Done,
}

/// What the action button does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Learn from the sorted examples.
    Train,
    /// Test on cards like the examples.
    Test,
    /// Test on cards unlike the examples.
    TestNew,
    /// Learn again with the extra examples and test every card.
    Retrain,
    /// Record the attempt.
    Finish,
}

impl Action {
    /// The Fluent id of the button's label (`training.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            Action::Train => "train-action-train",
            Action::Test => "train-action-test",
            Action::TestNew => "train-action-test-new",
            Action::Retrain => "train-action-retrain",
            Action::Finish => "sort-finish",
        }
    }

    /// Every action, for the content test that checks the labels exist.
    pub const ALL: [Action; 5] = [Action::Train, Action::Test, Action::TestNew, Action::Retrain, Action::Finish];
}

/// What putting a card in a box did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placed {
    /// Right box: it is one of the robot's examples now.
    Right,
    /// Wrong box: one mistake, and the card stays where it was.
    Wrong,
    /// The robot has no room for another extra card (take one out first).
    NoRoom,
    /// Nothing to place now.
    Ignored,
}

/// A teach-the-robot level in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingRound {
    level: TrainRobot,
    phase: Phase,
    /// First examples sorted so far.
    sorted: usize,
    /// Extra cards added, in the order they were added.
    added: Vec<usize>,
    /// The last test: each card and the robot's guess.
    results: Vec<(usize, Guess)>,
    /// Retests that still got a card wrong.
    retests_missed: u32,
    log: AnswerLog,
}

impl TrainingRound {
    /// A new round: the first card is ready to sort.
    pub fn new(level: &TrainRobot) -> TrainingRound {
        TrainingRound {
            level: level.clone(),
            phase: Phase::Sorting,
            sorted: 0,
            added: Vec::new(),
            results: Vec::new(),
            retests_missed: 0,
            log: AnswerLog::default(),
        }
    }

    /// The level being played.
    pub fn level(&self) -> &TrainRobot {
        &self.level
    }

    /// Where the pupil is.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// The first example waiting to be sorted (a card index), while sorting.
    pub fn current(&self) -> Option<usize> {
        if self.phase != Phase::Sorting {
            return None;
        }
        self.level.training.get(self.sorted).and_then(|id| self.level.card_index(id))
    }

    /// First examples sorted so far, and how many there are.
    pub fn progress(&self) -> (usize, usize) {
        (self.sorted, self.level.training.len())
    }

    /// The extra cards added so far.
    pub fn added(&self) -> &[usize] {
        &self.added
    }

    /// How many more extra cards the robot can learn from.
    pub fn room_left(&self) -> usize {
        self.level.room.saturating_sub(self.added.len())
    }

    /// The last test's cards and guesses (empty before the first test).
    pub fn results(&self) -> &[(usize, Guess)] {
        &self.results
    }

    /// How many cards the last test got wrong.
    pub fn wrong_in_results(&self) -> usize {
        self.results.iter().filter(|(card, guess)| !self.is_right(*card, *guess)).count()
    }

    /// Whether `guess` is the true box of `card`.
    pub fn is_right(&self, card: usize, guess: Guess) -> bool {
        self.level.answer(card).map(Guess::Bin) == Some(guess)
    }

    /// Puts the first example being sorted into box `bin`. A wrong box is a mistake and the
    /// card stays; the last right one makes the robot ready to train.
    pub fn place(&mut self, bin: usize) -> Placed {
        let Some(card) = self.current() else { return Placed::Ignored };
        let Some(box_id) = self.level.bins.get(bin).map(|b| b.id.clone()) else { return Placed::Ignored };
        self.log.answers.push(format!("{}:{box_id}", self.level.cards[card].id));
        if self.level.answer(card) != Some(bin) {
            self.log.mistakes += 1;
            return Placed::Wrong;
        }
        self.sorted += 1;
        if self.current().is_none() {
            self.phase = Phase::ReadyToTrain;
        }
        Placed::Right
    }

    /// While fixing: puts extra card `card` (a card index) into box `bin`, as a new example.
    pub fn add(&mut self, card: usize, bin: usize) -> Placed {
        let offered = self.level.extra_cards().contains(&card);
        if self.phase != Phase::Fixing || !offered || self.added.contains(&card) {
            return Placed::Ignored;
        }
        let Some(box_id) = self.level.bins.get(bin).map(|b| b.id.clone()) else { return Placed::Ignored };
        if self.room_left() == 0 {
            return Placed::NoRoom;
        }
        self.log.answers.push(format!("add:{}:{box_id}", self.level.cards[card].id));
        if self.level.answer(card) != Some(bin) {
            self.log.mistakes += 1;
            return Placed::Wrong;
        }
        self.added.push(card);
        Placed::Right
    }

    /// While fixing: takes an added extra card out of the examples again. Whether it was in.
    pub fn remove(&mut self, card: usize) -> bool {
        let Some(place) = self.added.iter().position(|&c| c == card) else { return false };
        if self.phase != Phase::Fixing {
            return false;
        }
        self.added.remove(place);
        self.log.answers.push(format!("remove:{}", self.level.cards[card].id));
        true
    }

    /// What the action button does now, if it is shown.
    pub fn action(&self) -> Option<Action> {
        match self.phase {
            Phase::Sorting => None,
            Phase::ReadyToTrain => Some(Action::Train),
            Phase::Trained => Some(Action::Test),
            Phase::TestedSeen => Some(Action::TestNew),
            Phase::Fixing => Some(Action::Retrain),
            Phase::Done => Some(Action::Finish),
        }
    }

    fn run_test(&mut self, tests: Vec<usize>) {
        let guesses = self.level.test_with(&self.added, &tests);
        self.results = tests.into_iter().zip(guesses).collect();
    }

    /// Does what the action button offers (not Finish: the game records the attempt). Returns
    /// the action done.
    pub fn act(&mut self) -> Option<Action> {
        let action = self.action()?;
        match action {
            Action::Train => {
                self.phase = Phase::Trained;
                self.log.answers.push("train".to_owned());
            }
            Action::Test => {
                self.run_test(self.level.seen_test_cards());
                self.phase = Phase::TestedSeen;
                self.log.answers.push(format!("test:{}", self.wrong_in_results()));
            }
            Action::TestNew => {
                self.run_test(self.level.new_test_cards());
                self.phase = if self.wrong_in_results() == 0 { Phase::Done } else { Phase::Fixing };
                self.log.answers.push(format!("test-new:{}", self.wrong_in_results()));
            }
            Action::Retrain => {
                let tests = self.level.seen_test_cards().into_iter().chain(self.level.new_test_cards()).collect();
                self.run_test(tests);
                let wrong = self.wrong_in_results();
                self.log.answers.push(format!("retest:{wrong}"));
                if wrong == 0 {
                    self.phase = Phase::Done;
                } else {
                    self.retests_missed += 1;
                    self.log.mistakes += 1;
                }
            }
            Action::Finish => {}
        }
        Some(action)
    }

    /// Whether the robot gets every card right and the level can be finished.
    pub fn is_finished(&self) -> bool {
        self.phase == Phase::Done
    }

    /// Retests that still got a card wrong (each is also one mistake).
    pub fn retests_missed(&self) -> u32 {
        self.retests_missed
    }

    /// The log id of a guess, for the game's announcements.
    pub fn guess_id(&self, guess: Guess) -> &str {
        guess.log_id(&self.level)
    }
}

impl Answers for TrainingRound {
    fn log(&self) -> &AnswerLog {
        &self.log
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::level::safe_to_share::BinIcon;

    const CAT: usize = 0;
    const NOT: usize = 1;

    fn card(id: &str, colour: &str, size: &str, fur: &str, animal: &str) -> ExampleCard {
        let (picture, ears) = match animal {
            "cat" => (Picture::Cat, "pointy"),
            "dog" => (Picture::Dog, "floppy"),
            _ => (Picture::Rabbit, "long"),
        };
        let features = [("colour", colour), ("size", size), ("fur", fur), ("ears", ears), ("face", animal)]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        let answer = if animal == "cat" { "cat" } else { "not-cat" };
        ExampleCard { id: id.into(), text: format!("t-{id}"), picture, features, answer: answer.into() }
    }

    /// Every cat in the first examples is small, orange and short-haired.
    fn cats() -> TrainRobot {
        let ids = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        TrainRobot {
            bins: vec![
                Bin { id: "cat".into(), label: "bin-cat".into(), icon: BinIcon::Check },
                Bin { id: "not-cat".into(), label: "bin-not-cat".into(), icon: BinIcon::Cross },
            ],
            cards: vec![
                card("orange-cat", "orange", "small", "short", "cat"),
                card("big-grey-dog", "grey", "big", "fluffy", "dog"),
                card("orange-kitten", "orange", "small", "short", "cat"),
                card("white-rabbit", "white", "small", "fluffy", "rabbit"),
                card("brown-dog", "brown", "small", "short", "dog"),
                card("fluffy-orange-cat", "orange", "small", "fluffy", "cat"),
                card("big-brown-dog", "brown", "big", "short", "dog"),
                card("big-grey-cat", "grey", "big", "fluffy", "cat"),
                card("black-dog", "black", "big", "short", "dog"),
                card("grey-kitten", "grey", "small", "fluffy", "cat"),
                card("white-cat", "white", "small", "short", "cat"),
                card("grey-dog", "grey", "small", "short", "dog"),
            ],
            training: ids(&["orange-cat", "big-grey-dog", "orange-kitten", "white-rabbit", "brown-dog"]),
            seen_tests: ids(&["fluffy-orange-cat", "big-brown-dog"]),
            new_tests: ids(&["big-grey-cat", "black-dog"]),
            extra: ids(&["grey-kitten", "white-cat", "grey-dog"]),
            room: 2,
        }
    }

    fn by_id(level: &TrainRobot, id: &str) -> usize {
        level.card_index(id).expect("a card")
    }

    #[test]
    fn robot_trained_on_orange_cats_misses_a_grey_cat() {
        let level = cats();
        let grey_cat = by_id(&level, "big-grey-cat");
        // Closest example: the big fluffy grey dog (only ears and face differ).
        assert_eq!(level.test_with(&[], &[grey_cat]), [Guess::Bin(NOT)]);
        // Cards like its examples are fine.
        let seen = level.seen_test_cards();
        assert_eq!(level.test_with(&[], &seen), [Guess::Bin(CAT), Guess::Bin(NOT)]);
    }

    #[test]
    fn a_varied_example_fixes_the_robot_and_more_of_the_same_does_not() {
        let level = cats();
        let grey_kitten = by_id(&level, "grey-kitten");
        let white_cat = by_id(&level, "white-cat");
        let grey_dog = by_id(&level, "grey-dog");
        assert!(level.all_right_with(&[grey_kitten]));
        assert!(!level.all_right_with(&[white_cat, grey_dog]));
        assert_eq!(level.find_fix(), Some(vec![grey_kitten]));
        assert_eq!(level.find_non_fix(), Some(vec![white_cat, grey_dog]));
        assert!(level.validate().is_ok(), "{:?}", level.validate());
    }

    #[test]
    fn equally_close_examples_vote_and_a_tie_is_not_sure() {
        let level = cats();
        let examples = |ids: &[(&str, usize)]| -> Vec<(ExampleCard, usize)> {
            ids.iter().map(|(id, bin)| (level.cards[by_id(&level, id)].clone(), *bin)).collect()
        };
        let two = examples(&[("orange-cat", CAT), ("brown-dog", NOT)]);
        let refs: Vec<(&ExampleCard, usize)> = two.iter().map(|(c, b)| (c, *b)).collect();
        // Orange like the cat, floppy ears like the dog, a face like neither: two features
        // differ from each.
        let mut odd = card("odd", "orange", "small", "short", "dog");
        odd.features.insert("face".into(), "rabbit".into());
        assert_eq!(guess(&refs, &odd), Guess::NotSure);
        assert_eq!(guess(&refs, &level.cards[0]), Guess::Bin(CAT));
        assert_eq!(guess(&[], &odd), Guess::NotSure, "no examples, no idea");
        let three = examples(&[("orange-cat", CAT), ("orange-kitten", CAT), ("brown-dog", NOT)]);
        let refs: Vec<(&ExampleCard, usize)> = three.iter().map(|(c, b)| (c, *b)).collect();
        assert_eq!(guess(&refs, &odd), Guess::Bin(CAT), "two votes beat one");
    }

    #[test]
    fn validation_proves_the_level_is_a_real_puzzle() {
        let mut easy = cats();
        easy.training.push("grey-kitten".into());
        easy.extra.retain(|id| id != "grey-kitten");
        assert!(easy.validate().unwrap_err().contains("already"), "{:?}", easy.validate());
        let mut hopeless = cats();
        hopeless.extra.retain(|id| id != "grey-kitten");
        hopeless.cards.retain(|c| c.id != "grey-kitten");
        assert!(hopeless.validate().unwrap_err().contains("no choice"), "{:?}", hopeless.validate());
        let mut any = cats();
        any.extra = vec!["grey-kitten".into()];
        any.cards.retain(|c| c.id != "white-cat" && c.id != "grey-dog");
        any.room = 1;
        assert!(any.validate().unwrap_err().contains("choosing"), "{:?}", any.validate());
        let mut twice = cats();
        twice.seen_tests.push("orange-cat".into());
        assert!(twice.validate().unwrap_err().contains("exactly one"));
        let mut odd = cats();
        odd.cards[0].features.remove("fur");
        assert!(odd.validate().unwrap_err().contains("other features"));
        let mut three = cats();
        three.bins.push(Bin { id: "x".into(), label: "x".into(), icon: BinIcon::Question });
        assert!(three.validate().unwrap_err().contains("2 boxes"));
        let mut wrong_seen = cats();
        wrong_seen.seen_tests.push("black-dog".into());
        wrong_seen.new_tests.retain(|id| id != "black-dog");
        assert!(wrong_seen.validate().is_ok(), "a new dog the robot gets right may be a known test too");
    }

    #[test]
    fn a_round_sorts_trains_tests_fixes_and_counts_mistakes() {
        let level = cats();
        let mut round = TrainingRound::new(&level);
        assert_eq!(round.action(), None, "sort first");
        assert_eq!(round.place(NOT), Placed::Wrong, "an orange cat is a cat");
        assert_eq!(round.current(), Some(by_id(&level, "orange-cat")), "the card stays");
        for bin in [CAT, NOT, CAT, NOT, NOT] {
            assert_eq!(round.place(bin), Placed::Right);
        }
        assert_eq!(round.phase(), Phase::ReadyToTrain);
        assert_eq!(round.place(CAT), Placed::Ignored);
        assert_eq!(round.act(), Some(Action::Train));
        assert_eq!(round.act(), Some(Action::Test));
        assert_eq!(round.wrong_in_results(), 0, "cards like the examples are right");
        assert_eq!(round.act(), Some(Action::TestNew));
        assert_eq!(round.phase(), Phase::Fixing);
        assert_eq!(round.wrong_in_results(), 1, "the big grey cat");
        assert_eq!(round.mistakes(), 1, "the robot's miss is not the pupil's");

        let (white_cat, grey_dog, grey_kitten) =
            (by_id(&level, "white-cat"), by_id(&level, "grey-dog"), by_id(&level, "grey-kitten"));
        assert_eq!(round.add(white_cat, CAT), Placed::Right);
        assert_eq!(round.add(grey_dog, CAT), Placed::Wrong);
        assert_eq!(round.add(grey_dog, NOT), Placed::Right);
        assert_eq!(round.add(grey_kitten, CAT), Placed::NoRoom);
        assert_eq!(round.act(), Some(Action::Retrain));
        assert_eq!(round.phase(), Phase::Fixing, "more of the same does not help");
        assert_eq!(round.retests_missed(), 1);
        assert!(round.remove(grey_dog));
        assert_eq!(round.room_left(), 1);
        assert_eq!(round.add(grey_kitten, CAT), Placed::Right);
        assert_eq!(round.act(), Some(Action::Retrain));
        assert!(round.is_finished());
        assert_eq!(round.results().len(), 4, "the retest covers every test card");
        assert_eq!(round.action(), Some(Action::Finish));
        assert_eq!(round.mistakes(), 3);
        assert_eq!(round.stars(), 1);
        assert_eq!(
            round.answers(),
            [
                "orange-cat:not-cat",
                "orange-cat:cat",
                "big-grey-dog:not-cat",
                "orange-kitten:cat",
                "white-rabbit:not-cat",
                "brown-dog:not-cat",
                "train",
                "test:0",
                "test-new:1",
                "add:white-cat:cat",
                "add:grey-dog:cat",
                "add:grey-dog:not-cat",
                "retest:1",
                "remove:grey-dog",
                "add:grey-kitten:cat",
                "retest:0",
            ]
        );
    }

    #[test]
    fn a_perfect_round_earns_three_stars() {
        let level = cats();
        let mut round = TrainingRound::new(&level);
        for bin in [CAT, NOT, CAT, NOT, NOT] {
            round.place(bin);
        }
        round.act();
        round.act();
        round.act();
        round.add(by_id(&level, "grey-kitten"), CAT);
        round.act();
        assert!(round.is_finished());
        assert_eq!(round.stars(), 3);
    }

    #[test]
    fn a_level_reads_from_json() {
        let json = r#"{
            "bins": [{"id": "cat", "label": "bin-cat", "icon": "check"}, {"id": "no", "label": "bin-no", "icon": "cross"}],
            "cards": [{"id": "a", "text": "t", "picture": "cat", "features": {"colour": "grey"}, "answer": "cat"}],
            "training": ["a"], "seen_tests": [], "new_tests": [], "extra": [], "room": 1
        }"#;
        let level: TrainRobot = serde_json::from_str(json).expect("reads");
        assert_eq!(level.cards[0].picture, Picture::Cat);
        assert!(level.validate().is_err(), "too small to be a puzzle");
    }
}

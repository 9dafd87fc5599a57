//! The "put the steps in order" kind (`"kind": "order_steps"`): steps shown shuffled; the
//! pupil taps them in the order they should happen (or, for a ranking, from the first place to
//! the last). A step tapped too early shows its reason and counts a mistake; the right one
//! moves into the numbered list.

use super::{AnswerLog, Answers, MessageId};
use crate::core::hash::{FNV64_OFFSET, fnv1a_64};
use serde::{Deserialize, Serialize};

/// Data of an ordering level, as written in its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderSteps {
    /// The steps in the right order. They are shown shuffled (see [`OrderSteps::shown_order`]).
    pub steps: Vec<Step>,
    /// What the order means, checked by the content tests: `"password_strength"` means the
    /// steps are passwords from weakest to strongest, and the strength pupils are shown must
    /// agree in every language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank_by: Option<RankBy>,
}

/// A rule the order must follow beyond the author's word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RankBy {
    /// Passwords from weakest to strongest by the strength pupils are shown: each ranks above
    /// the one before (`core::password::Strength::ranks_above`: the score after the guidance,
    /// then the guesses).
    PasswordStrength,
}

/// One step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Stable id within the level (recorded in answers).
    pub id: String,
    /// Fluent id of the step's text.
    pub text: MessageId,
    /// Fluent id of the reason for its place, shown when it is tapped (too early or right).
    pub reason: MessageId,
}

impl OrderSteps {
    /// 3–7 steps with unique ids, texts and reasons.
    pub fn validate(&self) -> Result<(), String> {
        if !(3..=7).contains(&self.steps.len()) {
            return Err(format!("an ordering level has 3 to 7 steps, not {}", self.steps.len()));
        }
        for (i, step) in self.steps.iter().enumerate() {
            if step.id.is_empty() || self.steps[..i].iter().any(|s| s.id == step.id) {
                return Err(format!("step id {:?} is empty or used twice", step.id));
            }
            if step.text.is_empty() || step.reason.is_empty() {
                return Err(format!("step {:?} needs a text and a reason", step.id));
            }
        }
        Ok(())
    }

    /// Fluent ids of every text and reason.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.steps.iter().flat_map(|s| [s.text.as_str(), s.reason.as_str()])
    }

    /// The order the steps are shown in: the same every time (so a teacher can talk about
    /// "the third card"), never the right order, and no step in its own place when the level
    /// has three or more steps. It sorts by a hash of each id, then fixes any step left in
    /// its place by swapping it with its neighbour.
    pub fn shown_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.steps.len()).collect();
        // A stable hash: the standard library's hasher may change between releases.
        order.sort_by_key(|&i| fnv1a_64(FNV64_OFFSET, self.steps[i].id.as_bytes()));
        let n = order.len();
        if n >= 2 {
            for place in 0..n {
                if order[place] == place {
                    let other = if place + 1 < n { place + 1 } else { place - 1 };
                    order.swap(place, other);
                }
            }
        }
        order
    }
}

/// What tapping a step did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placed {
    /// The right next step: it is placed.
    Next,
    /// Not yet: one mistake.
    TooEarly,
    /// Already placed, or all are placed: nothing changes.
    Again,
}

/// An ordering in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Ordering {
    steps: usize,
    placed: usize,
    log: AnswerLog,
}

impl Ordering {
    /// A new ordering over the level's steps.
    pub fn new(level: &OrderSteps) -> Ordering {
        Ordering { steps: level.steps.len(), placed: 0, log: AnswerLog::default() }
    }

    /// Taps step `index` (its place in the right order); `id` is recorded.
    pub fn tap(&mut self, index: usize, id: &str) -> Placed {
        if index >= self.steps || index < self.placed || self.is_finished() {
            return Placed::Again;
        }
        self.log.answers.push(id.to_owned());
        if index == self.placed {
            self.placed += 1;
            Placed::Next
        } else {
            self.log.mistakes += 1;
            Placed::TooEarly
        }
    }

    /// Whether step `index` is placed already.
    pub fn is_placed(&self, index: usize) -> bool {
        index < self.placed
    }

    /// Steps placed so far, and how many there are.
    pub fn progress(&self) -> (usize, usize) {
        (self.placed, self.steps)
    }

    /// Whether every step is placed.
    pub fn is_finished(&self) -> bool {
        self.placed == self.steps
    }
}

impl Answers for Ordering {
    fn log(&self) -> &AnswerLog {
        &self.log
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(n: usize) -> OrderSteps {
        OrderSteps {
            steps: (0..n).map(|i| Step { id: format!("step-{i}"), text: "t".into(), reason: "r".into() }).collect(),
            rank_by: None,
        }
    }

    #[test]
    fn steps_are_placed_in_order_and_early_taps_count() {
        let level = level(3);
        assert!(level.validate().is_ok());
        let mut ordering = Ordering::new(&level);
        assert_eq!(ordering.tap(2, "step-2"), Placed::TooEarly);
        assert_eq!(ordering.tap(0, "step-0"), Placed::Next);
        assert_eq!(ordering.tap(0, "step-0"), Placed::Again, "placed steps stay placed");
        assert!(ordering.is_placed(0) && !ordering.is_placed(1));
        assert_eq!(ordering.tap(1, "step-1"), Placed::Next);
        assert_eq!(ordering.tap(2, "step-2"), Placed::Next);
        assert!(ordering.is_finished());
        assert_eq!(ordering.answers(), ["step-2", "step-0", "step-1", "step-2"]);
        assert_eq!(ordering.stars(), 2);
        assert_eq!(ordering.tap(9, "x"), Placed::Again);
    }

    #[test]
    fn the_shown_order_is_stable_and_never_leaves_a_step_in_its_place() {
        for n in 3..=7 {
            let level = level(n);
            let order = level.shown_order();
            assert_eq!(order, level.shown_order(), "the same every time");
            let mut sorted = order.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (0..n).collect::<Vec<_>>(), "a permutation");
            assert!(order.iter().enumerate().all(|(place, &i)| place != i), "{n} steps: {order:?}");
        }
    }

    #[test]
    fn validation_wants_three_to_seven_steps_with_reasons() {
        assert!(level(2).validate().unwrap_err().contains("3 to 7"));
        assert!(level(8).validate().is_err());
        let mut no_reason = level(3);
        no_reason.steps[1].reason.clear();
        assert!(no_reason.validate().unwrap_err().contains("reason"));
    }
}

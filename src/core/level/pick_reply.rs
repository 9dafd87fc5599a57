//! The "pick the best reply" kind (`"kind": "pick_reply"`): one or more questions, each a
//! situation (a message, a pop-up, something seen online) with a few answers. Exactly one answer
//! is best. Every answer tapped shows its reason; a wrong one counts a mistake and the pupil
//! tries again; the best one moves on to the next question.

use super::{AnswerLog, Answers, MessageId};
use serde::{Deserialize, Serialize};

/// Data of a pick-the-reply level, as written in its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PickReply {
    /// The questions, asked in this order.
    pub questions: Vec<Question>,
}

/// One situation and its answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id within the level (recorded in answers).
    pub id: String,
    /// Fluent id of the situation, e.g. a message a pupil gets.
    pub prompt: MessageId,
    /// The answers, in screen order.
    pub options: Vec<Choice>,
}

/// One answer to a question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable id within the question (recorded in answers).
    pub id: String,
    /// Fluent id of the answer's text.
    pub text: MessageId,
    /// Whether this is the best answer. Exactly one per question is.
    #[serde(default)]
    pub best: bool,
    /// Fluent id of the one- or two-sentence reason shown when it is picked.
    pub reason: MessageId,
}

impl PickReply {
    /// At least one question; each with a prompt, 2–4 answers with unique ids, texts and
    /// reasons, and exactly one best answer.
    pub fn validate(&self) -> Result<(), String> {
        if self.questions.is_empty() {
            return Err("a pick-the-reply level needs at least one question".to_owned());
        }
        for (i, question) in self.questions.iter().enumerate() {
            if question.id.is_empty() || self.questions[..i].iter().any(|q| q.id == question.id) {
                return Err(format!("question id {:?} is empty or used twice", question.id));
            }
            if question.prompt.is_empty() {
                return Err(format!("question {:?} needs a prompt", question.id));
            }
            if !(2..=4).contains(&question.options.len()) {
                return Err(format!("question {:?} needs 2 to 4 answers", question.id));
            }
            for (j, choice) in question.options.iter().enumerate() {
                if choice.id.is_empty() || question.options[..j].iter().any(|c| c.id == choice.id) {
                    return Err(format!("answer id {:?} in {:?} is empty or used twice", choice.id, question.id));
                }
                if choice.text.is_empty() || choice.reason.is_empty() {
                    return Err(format!("answer {:?} in {:?} needs a text and a reason", choice.id, question.id));
                }
            }
            let best = question.options.iter().filter(|c| c.best).count();
            if best != 1 {
                return Err(format!("question {:?} has {best} best answers; it needs exactly 1", question.id));
            }
        }
        Ok(())
    }

    /// Fluent ids of every prompt, answer and reason.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.questions.iter().flat_map(|q| {
            std::iter::once(q.prompt.as_str())
                .chain(q.options.iter().flat_map(|c| [c.text.as_str(), c.reason.as_str()]))
        })
    }
}

/// What picking an answer did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// The best answer: the question is done.
    Best,
    /// Not the best: one mistake, try again.
    NotBest,
    /// Already picked (or the question is done): nothing changes.
    Again,
}

/// A round of questions in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplyRound {
    /// The best answer of each question.
    best: Vec<usize>,
    /// The answers picked in the current question.
    picked: Vec<usize>,
    current: usize,
    /// Whether the current question's best answer is picked (the pupil reads the reason,
    /// then moves on with `next`).
    answered: bool,
    log: AnswerLog,
}

impl ReplyRound {
    /// A new round over the level's questions.
    pub fn new(level: &PickReply) -> ReplyRound {
        ReplyRound {
            best: level.questions.iter().map(|q| q.options.iter().position(|c| c.best).unwrap_or(0)).collect(),
            picked: Vec::new(),
            current: 0,
            answered: false,
            log: AnswerLog::default(),
        }
    }

    /// The question on screen, or `None` when all are answered.
    pub fn current(&self) -> Option<usize> {
        (self.current < self.best.len()).then_some(self.current)
    }

    /// Picks answer `choice` of the current question; `label` is recorded (`question:answer`).
    pub fn pick(&mut self, choice: usize, label: &str) -> Option<Pick> {
        let best = *self.best.get(self.current)?;
        if self.answered || self.picked.contains(&choice) {
            return Some(Pick::Again);
        }
        self.picked.push(choice);
        self.log.answers.push(label.to_owned());
        if choice == best {
            self.answered = true;
            Some(Pick::Best)
        } else {
            self.log.mistakes += 1;
            Some(Pick::NotBest)
        }
    }

    /// Whether answer `choice` of the current question has been picked.
    pub fn is_picked(&self, choice: usize) -> bool {
        self.picked.contains(&choice)
    }

    /// Whether the current question's best answer has been found.
    pub fn is_answered(&self) -> bool {
        self.answered
    }

    /// Goes on to the next question once the current one is answered.
    pub fn next(&mut self) -> bool {
        if !self.answered {
            return false;
        }
        self.current += 1;
        self.picked.clear();
        self.answered = false;
        true
    }

    /// Whether every question is answered (the last one may still be on screen).
    pub fn is_finished(&self) -> bool {
        self.current() == None || (self.answered && self.current + 1 == self.best.len())
    }

    /// Questions answered so far, and how many there are.
    pub fn progress(&self) -> (usize, usize) {
        (self.current + usize::from(self.answered), self.best.len())
    }
}

impl Answers for ReplyRound {
    fn log(&self) -> &AnswerLog {
        &self.log
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level() -> PickReply {
        let question = |id: &str, best: usize| Question {
            id: id.into(),
            prompt: "p".into(),
            options: (0..3)
                .map(|i| Choice { id: format!("a{i}"), text: "t".into(), best: i == best, reason: "r".into() })
                .collect(),
        };
        PickReply { questions: vec![question("q1", 2), question("q2", 0)] }
    }

    #[test]
    fn the_best_answer_moves_on_and_wrong_ones_count() {
        let level = level();
        assert!(level.validate().is_ok());
        let mut round = ReplyRound::new(&level);
        assert_eq!(round.pick(0, "q1:a0"), Some(Pick::NotBest));
        assert_eq!(round.pick(0, "q1:a0"), Some(Pick::Again), "the same wrong answer twice is one mistake");
        assert!(!round.next(), "cannot skip a question");
        assert_eq!(round.pick(2, "q1:a2"), Some(Pick::Best));
        assert_eq!(round.pick(1, "q1:a1"), Some(Pick::Again), "answered: no more picks");
        assert!(!round.is_finished());
        assert!(round.next());
        assert_eq!(round.current(), Some(1));
        assert!(!round.is_picked(0), "a new question starts clean");
        assert_eq!(round.pick(0, "q2:a0"), Some(Pick::Best));
        assert!(round.is_finished());
        assert_eq!(round.progress(), (2, 2));
        assert_eq!(round.answers(), ["q1:a0", "q1:a2", "q2:a0"]);
        assert_eq!(round.mistakes(), 1);
        assert_eq!(round.stars(), 2);
    }

    #[test]
    fn validation_needs_exactly_one_best_answer() {
        let mut two = level();
        two.questions[0].options[0].best = true;
        assert!(two.validate().unwrap_err().contains("2 best"));
        let mut none = level();
        none.questions[1].options[0].best = false;
        assert!(none.validate().unwrap_err().contains("0 best"));
        let mut lonely = level();
        lonely.questions[0].options.truncate(1);
        assert!(lonely.validate().unwrap_err().contains("2 to 4"));
        assert!(PickReply { questions: vec![] }.validate().is_err());
    }
}

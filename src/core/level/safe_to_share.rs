//! The sorting kind (`"kind": "sort"`): cards sorted into two or three boxes ("OK to share" /
//! "Keep private" unless the level names its own, such as "Ad" / "Story"), each card with a
//! reason shown once it is placed. Stars count mistakes.

use super::MessageId;
use serde::{Deserialize, Serialize};

/// Data of a sorting level, as written in its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafeToShare {
    /// The boxes, left to right. Without this field: "OK to share" and "Keep private".
    #[serde(default = "default_bins")]
    pub bins: Vec<Bin>,
    /// The cards, in the order they are dealt.
    pub cards: Vec<Card>,
}

/// One thing to sort (something a pupil might tell someone, a headline, a comment …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// Stable id within the level (recorded in answers).
    pub id: String,
    /// Fluent id of the card's text, e.g. "Your home address".
    pub text: MessageId,
    /// The id of the box it belongs in.
    pub answer: String,
    /// Fluent id of the one- or two-sentence reason shown after placing it.
    pub reason: MessageId,
}

/// One box cards are sorted into.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bin {
    /// Stable id within the level (recorded in answers, named by each card's `answer`).
    pub id: String,
    /// Fluent id of the box's label.
    pub label: MessageId,
    /// The picture on the box.
    pub icon: BinIcon,
}

/// Pictures a box can show, with the colour that goes with each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BinIcon {
    /// A tick on green: fine, yes, true.
    Check,
    /// A padlock on red: keep private.
    Lock,
    /// A cross on red: not fine, no, not true.
    Cross,
    /// A question mark on blue: check first, not sure.
    Question,
}

/// The boxes of a level that names none.
pub fn default_bins() -> Vec<Bin> {
    vec![
        Bin { id: "share".into(), label: "bin-share".into(), icon: BinIcon::Check },
        Bin { id: "private".into(), label: "bin-private".into(), icon: BinIcon::Lock },
    ]
}

impl SafeToShare {
    /// Two or three boxes, at least two cards, unique ids, every answer a box, every box used.
    pub fn validate(&self) -> Result<(), String> {
        if !(2..=3).contains(&self.bins.len()) {
            return Err(format!("a sorting level has 2 or 3 boxes, not {}", self.bins.len()));
        }
        for (i, bin) in self.bins.iter().enumerate() {
            if bin.id.is_empty() || self.bins[..i].iter().any(|b| b.id == bin.id) {
                return Err(format!("box id {:?} is empty or used twice", bin.id));
            }
            if bin.label.is_empty() {
                return Err(format!("box {:?} needs a label", bin.id));
            }
        }
        if self.cards.len() < 2 {
            return Err("a sorting level needs at least two cards".to_owned());
        }
        for (i, card) in self.cards.iter().enumerate() {
            if self.cards[..i].iter().any(|c| c.id == card.id) {
                return Err(format!("card id {:?} is used twice", card.id));
            }
            if card.text.is_empty() || card.reason.is_empty() {
                return Err(format!("card {:?} needs a text and a reason", card.id));
            }
            if self.bin_index(&card.answer).is_none() {
                return Err(format!("card {:?} belongs in {:?}, which is not a box", card.id, card.answer));
            }
        }
        for bin in &self.bins {
            if !self.cards.iter().any(|c| c.answer == bin.id) {
                return Err(format!("no card belongs in {:?}", bin.id));
            }
        }
        Ok(())
    }

    /// The position of the box with this id.
    pub fn bin_index(&self, id: &str) -> Option<usize> {
        self.bins.iter().position(|b| b.id == id)
    }

    /// Fluent ids of every label, text and reason.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.bins
            .iter()
            .map(|b| b.label.as_str())
            .chain(self.cards.iter().flat_map(|c| [c.text.as_str(), c.reason.as_str()]))
    }
}

/// What placing a card did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    /// Index of the card placed.
    pub card: usize,
    /// Whether it went into the right bin.
    pub correct: bool,
}

/// A round of sorting in progress. A card placed wrongly shows its reason and stays to be
/// placed again; each wrong placement is one mistake.
#[derive(Debug, Clone, PartialEq)]
pub struct SortRound {
    /// The right box of each card.
    cards: Vec<usize>,
    current: usize,
    mistakes: u32,
}

impl SortRound {
    /// A new round over the level's cards.
    pub fn new(level: &SafeToShare) -> SortRound {
        SortRound {
            cards: level.cards.iter().map(|c| level.bin_index(&c.answer).unwrap_or(0)).collect(),
            current: 0,
            mistakes: 0,
        }
    }

    /// The card waiting to be placed, or `None` when all are sorted.
    pub fn current(&self) -> Option<usize> {
        (self.current < self.cards.len()).then_some(self.current)
    }

    /// Puts the current card into box number `bin`. A right answer moves on to the next card.
    pub fn place(&mut self, bin: usize) -> Option<Placement> {
        let card = self.current()?;
        let correct = self.cards[card] == bin;
        if correct {
            self.current += 1;
        } else {
            self.mistakes += 1;
        }
        Some(Placement { card, correct })
    }

    /// Wrong placements so far.
    pub fn mistakes(&self) -> u32 {
        self.mistakes
    }

    /// Cards sorted so far.
    pub fn sorted(&self) -> usize {
        self.current
    }

    /// Whether every card is sorted.
    pub fn is_finished(&self) -> bool {
        self.current().is_none()
    }

    /// Stars for the round: 3 with no mistakes, 2 with one, 1 otherwise.
    pub fn stars(&self) -> u8 {
        super::stars_for_mistakes(self.mistakes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHARE: usize = 0;
    const PRIVATE: usize = 1;

    fn level(answers: &[usize]) -> SafeToShare {
        let bins = default_bins();
        SafeToShare {
            cards: answers
                .iter()
                .enumerate()
                .map(|(i, &answer)| Card {
                    id: format!("c{i}"),
                    text: "t".into(),
                    answer: bins[answer].id.clone(),
                    reason: "r".into(),
                })
                .collect(),
            bins,
        }
    }

    #[test]
    fn perfect_sort_earns_three_stars() {
        let mut round = SortRound::new(&level(&[SHARE, PRIVATE]));
        assert_eq!(round.place(SHARE), Some(Placement { card: 0, correct: true }));
        assert_eq!(round.place(PRIVATE), Some(Placement { card: 1, correct: true }));
        assert!(round.is_finished());
        assert_eq!(round.stars(), 3);
        assert_eq!(round.place(SHARE), None, "nothing left to place");
    }

    #[test]
    fn a_wrong_bin_is_a_mistake_and_the_card_stays() {
        let mut round = SortRound::new(&level(&[PRIVATE, SHARE]));
        assert_eq!(round.place(SHARE), Some(Placement { card: 0, correct: false }));
        assert_eq!(round.current(), Some(0));
        round.place(PRIVATE);
        assert_eq!(round.stars(), 2);
        round.place(PRIVATE);
        round.place(SHARE);
        assert!(round.is_finished());
        assert_eq!(round.mistakes(), 2);
        assert_eq!(round.stars(), 1);
    }

    #[test]
    fn validation_needs_every_box_used_known_answers_and_unique_ids() {
        assert!(level(&[SHARE, SHARE]).validate().unwrap_err().contains("private"));
        let mut twice = level(&[SHARE, PRIVATE]);
        twice.cards[1].id = "c0".into();
        assert!(twice.validate().unwrap_err().contains("twice"));
        let mut unknown = level(&[SHARE, PRIVATE]);
        unknown.cards[0].answer = "bin".into();
        assert!(unknown.validate().unwrap_err().contains("not a box"));
        let mut one_box = level(&[SHARE, PRIVATE]);
        one_box.bins.truncate(1);
        assert!(one_box.validate().unwrap_err().contains("2 or 3 boxes"));
        assert!(level(&[SHARE, PRIVATE]).validate().is_ok());
    }

    #[test]
    fn a_level_can_name_its_own_boxes() {
        let json = r#"{"bins": [{"id": "ad", "label": "bin-ad", "icon": "question"},
            {"id": "story", "label": "bin-story", "icon": "check"}],
            "cards": [{"id": "a", "text": "t", "answer": "ad", "reason": "r"},
                      {"id": "b", "text": "t", "answer": "story", "reason": "r"}]}"#;
        let level: SafeToShare = serde_json::from_str(json).unwrap();
        assert!(level.validate().is_ok());
        let mut round = SortRound::new(&level);
        assert!(round.place(0).unwrap().correct);
        assert!(!round.place(0).unwrap().correct);
    }
}

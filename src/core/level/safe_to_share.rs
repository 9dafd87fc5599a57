//! The "Safe to share?" kind: cards sorted into "OK to share" or "Keep private", each with a
//! reason shown once it is placed. Stars count mistakes.

use super::MessageId;
use serde::{Deserialize, Serialize};

/// Data of a sorting level, as written in its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafeToShare {
    /// The cards, in the order they are dealt.
    pub cards: Vec<Card>,
}

/// One thing a pupil might tell someone online.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// Stable id within the level (recorded in answers).
    pub id: String,
    /// Fluent id of the card's text, e.g. "Your home address".
    pub text: MessageId,
    /// Where it belongs.
    pub answer: Bin,
    /// Fluent id of the one-sentence reason shown after placing it.
    pub reason: MessageId,
}

/// The two bins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bin {
    /// Fine to share with people you know online.
    Share,
    /// Keep private.
    Private,
}

impl Bin {
    /// Both bins, in screen order.
    pub const ALL: [Bin; 2] = [Bin::Share, Bin::Private];

    /// Fluent id of the bin's label.
    pub fn message_id(self) -> &'static str {
        match self {
            Bin::Share => "bin-share",
            Bin::Private => "bin-private",
        }
    }
}

impl SafeToShare {
    /// At least two cards, unique ids, and both bins used.
    pub fn validate(&self) -> Result<(), String> {
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
        }
        for bin in Bin::ALL {
            if !self.cards.iter().any(|c| c.answer == bin) {
                return Err(format!("no card belongs in {bin:?}"));
            }
        }
        Ok(())
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
    cards: Vec<Bin>,
    current: usize,
    mistakes: u32,
}

impl SortRound {
    /// A new round over the level's cards.
    pub fn new(level: &SafeToShare) -> SortRound {
        SortRound { cards: level.cards.iter().map(|c| c.answer).collect(), current: 0, mistakes: 0 }
    }

    /// The card waiting to be placed, or `None` when all are sorted.
    pub fn current(&self) -> Option<usize> {
        (self.current < self.cards.len()).then_some(self.current)
    }

    /// Puts the current card into `bin`. A right answer moves on to the next card.
    pub fn place(&mut self, bin: Bin) -> Option<Placement> {
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

    fn level(answers: &[Bin]) -> SafeToShare {
        SafeToShare {
            cards: answers
                .iter()
                .enumerate()
                .map(|(i, &answer)| Card { id: format!("c{i}"), text: "t".into(), answer, reason: "r".into() })
                .collect(),
        }
    }

    #[test]
    fn perfect_sort_earns_three_stars() {
        let mut round = SortRound::new(&level(&[Bin::Share, Bin::Private]));
        assert_eq!(round.place(Bin::Share), Some(Placement { card: 0, correct: true }));
        assert_eq!(round.place(Bin::Private), Some(Placement { card: 1, correct: true }));
        assert!(round.is_finished());
        assert_eq!(round.stars(), 3);
        assert_eq!(round.place(Bin::Share), None, "nothing left to place");
    }

    #[test]
    fn a_wrong_bin_is_a_mistake_and_the_card_stays() {
        let mut round = SortRound::new(&level(&[Bin::Private, Bin::Share]));
        assert_eq!(round.place(Bin::Share), Some(Placement { card: 0, correct: false }));
        assert_eq!(round.current(), Some(0));
        round.place(Bin::Private);
        assert_eq!(round.stars(), 2);
        round.place(Bin::Private);
        round.place(Bin::Share);
        assert!(round.is_finished());
        assert_eq!(round.mistakes(), 2);
        assert_eq!(round.stars(), 1);
    }

    #[test]
    fn validation_needs_both_bins_and_unique_ids() {
        assert!(level(&[Bin::Share, Bin::Share]).validate().unwrap_err().contains("Private"));
        let mut twice = level(&[Bin::Share, Bin::Private]);
        twice.cards[1].id = "c0".into();
        assert!(twice.validate().unwrap_err().contains("twice"));
        assert!(level(&[Bin::Share, Bin::Private]).validate().is_ok());
    }
}

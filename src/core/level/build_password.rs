//! The "build a password" kind (`"kind": "build_password"`): the pupil builds a passphrase
//! from word tiles (no typing: a tablet's keyboard does not open over the game) and watches
//! the strength meter move: zxcvbn's estimate in the pupil's language, capped by the guidance
//! (at least 15 characters, three words, not all very common: `core::password`). Some tiles
//! are personal (a name, a pet, a birthday): adding one counts a mistake and shows why. The
//! level is done when the password is strong enough, long enough, and holds nothing personal.

use super::{AnswerLog, Answers, MessageId};
use crate::core::password::Strength;
use serde::{Deserialize, Serialize};

/// Between pieces: passphrases read better, and are as strong, with a dash between words.
pub const JOINER: &str = "-";

/// Data of a password-building level, as written in its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuildPassword {
    /// The strength score to reach as pupils are shown it ([`Strength::score`]), 2 to 4.
    pub target: u8,
    /// The fewest pieces a finished password has.
    pub min_pieces: usize,
    /// The most pieces there is room for.
    pub max_pieces: usize,
    /// The tiles, in screen order.
    pub pieces: Vec<Piece>,
}

/// One tile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Piece {
    /// Stable id within the level (recorded in answers instead of the password itself).
    pub id: String,
    /// Fluent id of the tile's text (a word in the pupil's language, a number, a sign).
    pub text: MessageId,
    /// Something others could know about the pupil; using it is a mistake.
    #[serde(default)]
    pub personal: bool,
    /// Fluent id of why it is personal (needed when `personal`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<MessageId>,
}

impl BuildPassword {
    /// Target 2–4, 1 ≤ min ≤ max ≤ 8 pieces, unique ids, reasons on personal pieces, and
    /// enough ordinary pieces to build a finished password.
    pub fn validate(&self) -> Result<(), String> {
        if !(2..=4).contains(&self.target) {
            return Err(format!("target is a strength score from 2 to 4, not {}", self.target));
        }
        if self.min_pieces == 0 || self.min_pieces > self.max_pieces || self.max_pieces > 8 {
            return Err("pieces: 1 <= min_pieces <= max_pieces <= 8".to_owned());
        }
        for (i, piece) in self.pieces.iter().enumerate() {
            if piece.id.is_empty() || self.pieces[..i].iter().any(|p| p.id == piece.id) {
                return Err(format!("piece id {:?} is empty or used twice", piece.id));
            }
            if piece.text.is_empty() {
                return Err(format!("piece {:?} needs a text", piece.id));
            }
            match (&piece.reason, piece.personal) {
                (None, true) => return Err(format!("personal piece {:?} needs a reason", piece.id)),
                (Some(reason), _) if reason.is_empty() => {
                    return Err(format!("piece {:?} has an empty reason", piece.id));
                }
                _ => {}
            }
        }
        if self.pieces.iter().filter(|p| !p.personal).count() < self.min_pieces {
            return Err("not enough pieces that are not personal to build a password".to_owned());
        }
        Ok(())
    }

    /// Fluent ids of every tile and reason.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.pieces.iter().flat_map(|p| std::iter::once(p.text.as_str()).chain(p.reason.as_deref()))
    }
}

/// Why a password is not finished yet (the first that applies), or that it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Nothing built yet.
    Empty,
    /// A personal piece is in it.
    Personal,
    /// Fewer pieces than the level asks for.
    TooShort,
    /// Not strong enough yet.
    TooWeak,
    /// Strong, long enough, nothing personal.
    Done,
}

impl Verdict {
    /// Every verdict.
    pub const ALL: [Verdict; 5] =
        [Verdict::Empty, Verdict::Personal, Verdict::TooShort, Verdict::TooWeak, Verdict::Done];

    /// Fluent id of what to do next.
    pub fn message_id(self) -> &'static str {
        match self {
            Verdict::Empty => "password-build-empty",
            Verdict::Personal => "password-build-personal",
            Verdict::TooShort => "password-build-short",
            Verdict::TooWeak => "password-build-weak",
            Verdict::Done => "password-build-done",
        }
    }
}

/// What adding a piece did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// Added.
    Piece,
    /// Added, but it is personal: one mistake.
    Personal,
    /// No room left, or no such piece.
    Full,
}

/// A password being built. Texts are passed in by the caller (they depend on the language).
#[derive(Debug, Clone, PartialEq)]
pub struct Builder {
    personal: Vec<bool>,
    max: usize,
    min: usize,
    target: u8,
    chosen: Vec<usize>,
    /// Every tile added and every removal, for the teacher.
    log: AnswerLog,
}

impl Builder {
    /// An empty password for the level.
    pub fn new(level: &BuildPassword) -> Builder {
        Builder {
            personal: level.pieces.iter().map(|p| p.personal).collect(),
            max: level.max_pieces,
            min: level.min_pieces,
            target: level.target,
            chosen: Vec::new(),
            log: AnswerLog::default(),
        }
    }

    /// Adds piece `index` at the end; `id` is recorded.
    pub fn add(&mut self, index: usize, id: &str) -> Added {
        let Some(&personal) = self.personal.get(index) else { return Added::Full };
        if self.chosen.len() >= self.max {
            return Added::Full;
        }
        self.chosen.push(index);
        self.log.answers.push(format!("add:{id}"));
        if personal {
            self.log.mistakes += 1;
            Added::Personal
        } else {
            Added::Piece
        }
    }

    /// Takes the last piece off.
    pub fn remove_last(&mut self) -> Option<usize> {
        let index = self.chosen.pop()?;
        self.log.answers.push("remove".to_owned());
        Some(index)
    }

    /// Takes every piece off.
    pub fn clear(&mut self) {
        if !self.chosen.is_empty() {
            self.chosen.clear();
            self.log.answers.push("clear".to_owned());
        }
    }

    /// The pieces chosen, in order.
    pub fn chosen(&self) -> &[usize] {
        &self.chosen
    }

    /// Whether there is room for another piece.
    pub fn is_full(&self) -> bool {
        self.chosen.len() >= self.max
    }

    /// The password from the pieces' texts (`texts[i]` is piece `i`'s text).
    pub fn password(&self, texts: &[String]) -> String {
        let words: Vec<&str> = self.chosen.iter().filter_map(|&i| texts.get(i).map(String::as_str)).collect();
        words.join(JOINER)
    }

    /// What an attacker knows: the personal pieces' texts, even when they are not used.
    pub fn known<'a>(&self, texts: &'a [String]) -> Vec<&'a str> {
        texts.iter().zip(&self.personal).filter(|(_, personal)| **personal).map(|(t, _)| t.as_str()).collect()
    }

    /// The password's strength in `language` (the one the texts are in), with
    /// [`Builder::known`] as known words.
    #[cfg(feature = "estimator")]
    pub fn strength(&self, texts: &[String], language: &str) -> Strength {
        crate::core::password::strength(&self.password(texts), &self.known(texts), language)
    }

    /// Whether the password is finished, or what is missing.
    pub fn verdict(&self, strength: &Strength) -> Verdict {
        if self.chosen.is_empty() {
            Verdict::Empty
        } else if self.chosen.iter().any(|&i| self.personal.get(i).copied().unwrap_or(false)) {
            Verdict::Personal
        } else if self.chosen.len() < self.min {
            Verdict::TooShort
        } else if strength.score < self.target {
            Verdict::TooWeak
        } else {
            Verdict::Done
        }
    }
}

impl Answers for Builder {
    fn log(&self) -> &AnswerLog {
        &self.log
    }
}

#[cfg(feature = "estimator")]
/// A finished password for the level in one language (`texts` are the pieces' texts in
/// `language`), if there is one: the content tests use it to prove every level can be
/// completed in every language. Tries the ordinary pieces in screen order, `min_pieces` to
/// `max_pieces` of them, by growing prefixes and then by sliding windows.
pub fn find_solution(level: &BuildPassword, texts: &[String], language: &str) -> Option<Vec<usize>> {
    let ordinary: Vec<usize> = (0..level.pieces.len()).filter(|&i| !level.pieces[i].personal).collect();
    for length in level.min_pieces..=level.max_pieces.min(ordinary.len()) {
        for start in 0..=ordinary.len() - length {
            let mut builder = Builder::new(level);
            for &i in &ordinary[start..start + length] {
                builder.add(i, "");
            }
            if builder.verdict(&builder.strength(texts, language)) == Verdict::Done {
                return Some(builder.chosen().to_vec());
            }
        }
    }
    None
}

#[cfg(all(test, feature = "estimator"))]
mod tests {
    use super::*;

    fn level() -> (BuildPassword, Vec<String>) {
        let words = ["lantern", "pebble", "comet", "moss", "Wuffles", "2016"];
        let level = BuildPassword {
            target: 3,
            min_pieces: 3,
            max_pieces: 5,
            pieces: words
                .iter()
                .enumerate()
                .map(|(i, w)| Piece {
                    id: w.to_lowercase(),
                    text: format!("t-{w}"),
                    personal: i >= 4,
                    reason: (i >= 4).then(|| "r".to_owned()),
                })
                .collect(),
        };
        (level, words.iter().map(|w| (*w).to_owned()).collect())
    }

    #[test]
    fn a_passphrase_of_random_words_finishes_the_level() {
        let (level, texts) = level();
        assert!(level.validate().is_ok());
        let mut b = Builder::new(&level);
        assert_eq!(b.verdict(&b.strength(&texts, "en")), Verdict::Empty);
        assert_eq!(b.add(0, "lantern"), Added::Piece);
        assert_eq!(b.verdict(&b.strength(&texts, "en")), Verdict::TooShort);
        b.add(1, "pebble");
        b.add(2, "comet");
        b.add(3, "moss");
        assert_eq!(b.password(&texts), "lantern-pebble-comet-moss");
        let strength = b.strength(&texts, "en");
        assert_eq!(b.verdict(&strength), Verdict::Done, "{strength:?}");
        assert_eq!(b.stars(), 3);
    }

    #[test]
    fn personal_pieces_are_mistakes_and_block_the_finish() {
        let (level, texts) = level();
        let mut b = Builder::new(&level);
        for (i, id) in ["lantern", "pebble", "comet", "moss"].iter().enumerate() {
            b.add(i, id);
        }
        assert_eq!(b.add(4, "wuffles"), Added::Personal);
        assert_eq!(b.verdict(&b.strength(&texts, "en")), Verdict::Personal);
        assert_eq!(b.add(5, "2016"), Added::Full, "five pieces at most");
        assert_eq!(b.remove_last(), Some(4));
        assert_eq!(b.verdict(&b.strength(&texts, "en")), Verdict::Done);
        assert_eq!(b.mistakes(), 1);
        assert_eq!(b.stars(), 2);
        assert_eq!(b.answers(), ["add:lantern", "add:pebble", "add:comet", "add:moss", "add:wuffles", "remove"]);
        b.clear();
        assert!(b.chosen().is_empty());
    }

    #[test]
    fn known_names_weaken_the_password_even_unused_on_screen() {
        let (level, texts) = level();
        let mut b = Builder::new(&level);
        b.add(4, "wuffles");
        b.add(5, "2016");
        let with_names = b.strength(&texts, "en");
        let unknown = crate::core::password::strength(&b.password(&texts), &[], "en");
        assert!(with_names.guesses_log10 < unknown.guesses_log10, "{with_names:?} vs {unknown:?}");
        assert!(with_names.score < level.target, "{with_names:?}");
    }

    #[test]
    fn the_solver_finds_a_finished_password_or_reports_none() {
        let (level, texts) = level();
        let solution = find_solution(&level, &texts, "en").expect("solvable");
        assert!(solution.iter().all(|&i| !level.pieces[i].personal));
        let mut hard = level.clone();
        hard.target = 4;
        hard.max_pieces = 3;
        let short: Vec<String> = ["a", "b", "c", "d", "e", "f"].iter().map(|s| (*s).to_owned()).collect();
        assert_eq!(find_solution(&hard, &short, "en"), None);
    }

    #[test]
    fn validation_catches_impossible_levels() {
        let (mut wrong_target, _) = level();
        wrong_target.target = 5;
        assert!(wrong_target.validate().is_err());
        let (mut no_reason, _) = level();
        no_reason.pieces[4].reason = None;
        assert!(no_reason.validate().unwrap_err().contains("reason"));
        let (mut too_few, _) = level();
        too_few.min_pieces = 5;
        too_few.max_pieces = 5;
        assert!(too_few.validate().unwrap_err().contains("not enough"));
    }
}

//! What the guidance pupils are taught says about a password's shape, as caps on the
//! estimator's score. The estimator (zxcvbn) guesses how many tries an attacker needs; the
//! guidance adds what it cannot see or does not weigh the way we teach it:
//!
//! - **NIST SP 800-63B rev. 4, §3.1.1.2**: "Verifiers and CSPs SHALL require passwords that
//!   are used as a single-factor authentication mechanism to be a minimum of 15 characters in
//!   length", and passwords used only with a second factor "a minimum of eight characters".
//!   No composition rules (so nothing here asks for digits, capitals or signs).
//! - **NCSC, "Three random words"**: combine three random words to make a password that is
//!   "long enough and strong enough"; avoid words others can guess.
//!
//! So a password never shows as stronger than its length allows, and a password made of
//! words needs three of them, not all from the words everybody uses most. Each rule only
//! lowers the score: a long random string from a password manager keeps the estimator's
//! score. The rules read a [`Shape`], which the estimator builds (`super::strength`), so they
//! are tested here without any word list.

/// Below this many characters a password is at most "Weak": NIST's minimum even for a
/// password used with a second step (SP 800-63B rev. 4, §3.1.1.2).
pub const MIN_CHARACTERS_WITH_SECOND_STEP: usize = 8;

/// Below this many characters a password is at most "So-so": NIST's minimum for a password
/// used alone (SP 800-63B rev. 4, §3.1.1.2), which a pupil's game password is.
pub const MIN_CHARACTERS_ALONE: usize = 15;

/// A password made of words needs at least this many to be "Strong": NCSC's three random
/// words.
pub const PASSPHRASE_WORDS: usize = 3;

/// A word ranked this high or higher in a frequency list is "very common". Three words drawn
/// from the first 400 leave 400³ = 6.4 × 10⁷ combinations, fewer than the 10⁸ guesses zxcvbn
/// asks of a "strong" password, whatever their order and separator; and phrases of only such
/// words are sayings, song lines and titles ("all you need is love"), which guessers try
/// early and the estimator cannot recognise.
pub const VERY_COMMON_RANK: usize = 400;

/// The highest score a password can show while a rule holds it back: "So-so" (a score of 2).
const CAPPED: u8 = 2;

/// What the rules look at in a password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// Its length in Unicode characters (NIST counts each code point as one character).
    pub characters: usize,
    /// Its words, when it is made of words: every letter in it belongs to a word the estimator
    /// knows, the rest being separators, digits or signs. `None` for anything else (a random
    /// string, a made-up word), which the estimator judges alone.
    pub words: Option<Words>,
}

/// The words a password is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    /// How many words, as the estimator split them.
    pub count: usize,
    /// Whether every one of them is within [`VERY_COMMON_RANK`] of its list.
    pub all_very_common: bool,
}

/// Why the guidance holds a password back, shown to the pupil instead of the guessing time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// Shorter than [`MIN_CHARACTERS_ALONE`].
    Short,
    /// Made of fewer than [`PASSPHRASE_WORDS`] words.
    FewWords,
    /// Made only of very common words.
    CommonWords,
}

impl Limit {
    /// Every limit, in the order they are checked (the first that holds a password back is
    /// the one shown).
    pub const ALL: [Limit; 3] = [Limit::Short, Limit::FewWords, Limit::CommonWords];

    /// Fluent id of what to do about it.
    pub fn message_id(self) -> &'static str {
        match self {
            Limit::Short => "password-limit-short",
            Limit::FewWords => "password-limit-few-words",
            Limit::CommonWords => "password-limit-common-words",
        }
    }

    /// The highest score a password with this shape may show because of this rule, if the
    /// rule applies to it.
    fn cap(self, shape: &Shape) -> Option<u8> {
        match self {
            Limit::Short if shape.characters < MIN_CHARACTERS_WITH_SECOND_STEP => Some(1),
            Limit::Short if shape.characters < MIN_CHARACTERS_ALONE => Some(CAPPED),
            Limit::FewWords if shape.words.is_some_and(|w| w.count < PASSPHRASE_WORDS) => Some(CAPPED),
            Limit::CommonWords if shape.words.is_some_and(|w| w.all_very_common) => Some(CAPPED),
            _ => None,
        }
    }
}

/// The score shown to pupils: the estimator's `score` (0–4), lowered by every rule that
/// applies to `shape`; and the reason to show, the first rule that holds the password at or
/// below the estimator's score (it would keep it there even if the estimator said more). A
/// rule that allows more than the estimator gives is no reason: the guessing time is.
pub fn apply(score: u8, shape: &Shape) -> (u8, Option<Limit>) {
    let score = score.min(4);
    let mut shown = score;
    let mut reason = None;
    for limit in Limit::ALL {
        if let Some(cap) = limit.cap(shape)
            && cap <= score
        {
            shown = shown.min(cap);
            reason = reason.or(Some(limit));
        }
    }
    (shown, reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(characters: usize, count: usize, all_very_common: bool) -> Shape {
        Shape { characters, words: Some(Words { count, all_very_common }) }
    }

    fn random(characters: usize) -> Shape {
        Shape { characters, words: None }
    }

    #[test]
    fn below_fifteen_characters_nothing_is_strong() {
        for characters in 0..MIN_CHARACTERS_ALONE {
            let (score, _) = apply(4, &random(characters));
            assert!(score <= 2, "{characters} characters show as {score}");
            let (score, _) = apply(4, &words(characters, 3, false));
            assert!(score <= 2, "{characters} characters of words show as {score}");
        }
        assert_eq!(apply(4, &random(14)), (2, Some(Limit::Short)));
        assert_eq!(apply(4, &random(7)), (1, Some(Limit::Short)), "under 8: at most weak");
        assert_eq!(apply(4, &random(15)), (4, None), "a long random string keeps its score");
    }

    #[test]
    fn three_words_are_strong_only_when_long_enough_and_not_all_very_common() {
        assert_eq!(apply(4, &words(20, 3, false)), (4, None));
        assert_eq!(apply(4, &words(11, 3, false)), (2, Some(Limit::Short)), "sun-cat-dog");
        assert_eq!(apply(4, &words(17, 3, true)), (2, Some(Limit::CommonWords)));
        assert_eq!(apply(4, &words(18, 2, false)), (2, Some(Limit::FewWords)), "two long words");
        assert_eq!(apply(3, &words(40, 1, false)), (2, Some(Limit::FewWords)), "one very long word");
    }

    #[test]
    fn the_rules_never_raise_the_estimate() {
        for score in 0..=4 {
            for shape in [random(3), random(12), random(30), words(11, 3, true), words(25, 5, false)] {
                assert!(apply(score, &shape).0 <= score);
            }
        }
        assert_eq!(apply(1, &words(9, 1, true)), (1, None), "already weak: the guessing time says why");
        assert_eq!(apply(2, &random(11)), (2, Some(Limit::Short)), "so-so either way, and too short to be more");
        assert_eq!(apply(9, &random(20)).0, 4, "scores above 4 read as 4");
    }

    #[test]
    fn the_first_rule_that_holds_a_password_back_is_the_reason() {
        assert_eq!(apply(3, &words(10, 2, true)), (2, Some(Limit::Short)));
        assert_eq!(apply(3, &words(16, 2, true)), (2, Some(Limit::FewWords)));
        let ids: std::collections::HashSet<_> = Limit::ALL.iter().map(|l| l.message_id()).collect();
        assert_eq!(ids.len(), Limit::ALL.len());
    }
}

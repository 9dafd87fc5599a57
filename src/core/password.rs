//! How strong a password is, by the zxcvbn estimator (Dropbox's, used by many sites), and
//! how long guessing it would take, in words a child can read.

/// What the estimator says about one password.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Strength {
    /// zxcvbn's score: 0 (guessed at once) to 4 (very hard to guess).
    pub score: u8,
    /// Roughly how many guesses an attacker needs, as a power of ten.
    pub guesses_log10: f64,
}

/// How long an attacker would take to guess a password, from "at once" to "centuries".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum GuessTime {
    Instantly,
    Minutes,
    Hours,
    Days,
    Years,
    Centuries,
}

/// Guesses per second assumed for [`GuessTime`]: zxcvbn's "offline attack on a slow hash"
/// (10⁴ per second), the case its documentation suggests showing to users.
const GUESSES_PER_SECOND_LOG10: f64 = 4.0;

impl Strength {
    /// The time bucket for this password.
    pub fn guess_time(&self) -> GuessTime {
        let seconds_log10 = self.guesses_log10 - GUESSES_PER_SECOND_LOG10;
        let minute = 60f64.log10();
        let hour = 3_600f64.log10();
        let day = 86_400f64.log10();
        let year = (86_400.0f64 * 365.0).log10();
        let century = (86_400.0f64 * 365.0 * 100.0).log10();
        if !seconds_log10.is_finite() || seconds_log10 < minute {
            GuessTime::Instantly
        } else if seconds_log10 < hour {
            GuessTime::Minutes
        } else if seconds_log10 < day {
            GuessTime::Hours
        } else if seconds_log10 < year {
            GuessTime::Days
        } else if seconds_log10 < century {
            GuessTime::Years
        } else {
            GuessTime::Centuries
        }
    }
}

impl GuessTime {
    /// Every bucket, from the fastest guess to the slowest.
    pub const ALL: [GuessTime; 6] = [
        GuessTime::Instantly,
        GuessTime::Minutes,
        GuessTime::Hours,
        GuessTime::Days,
        GuessTime::Years,
        GuessTime::Centuries,
    ];

    /// Fluent id of the phrase, e.g. "Guessed in a few hours".
    pub fn message_id(self) -> &'static str {
        match self {
            GuessTime::Instantly => "password-time-instantly",
            GuessTime::Minutes => "password-time-minutes",
            GuessTime::Hours => "password-time-hours",
            GuessTime::Days => "password-time-days",
            GuessTime::Years => "password-time-years",
            GuessTime::Centuries => "password-time-centuries",
        }
    }
}

/// Fluent id of the name of a score, "Very weak" to "Very strong".
pub fn score_message_id(score: u8) -> &'static str {
    match score {
        0 => "password-score-0",
        1 => "password-score-1",
        2 => "password-score-2",
        3 => "password-score-3",
        _ => "password-score-4",
    }
}

/// Estimates `password`. `known` are words an attacker could know about the owner (their
/// name, their pet's name, their birthday): using them makes a password weaker.
///
/// Only with the `estimator` feature: the browser game asks `web/strength`, a separate module
/// built from this same function, loaded when a password level opens.
#[cfg(feature = "estimator")]
pub fn strength(password: &str, known: &[&str]) -> Strength {
    let entropy = zxcvbn::zxcvbn(password, known);
    Strength { score: u8::from(entropy.score()), guesses_log10: entropy.guesses_log10() }
}

#[cfg(all(test, feature = "estimator"))]
mod tests {
    use super::*;

    #[test]
    fn common_passwords_are_weak_and_passphrases_strong() {
        assert_eq!(strength("password", &[]).score, 0);
        assert_eq!(strength("123456", &[]).score, 0);
        assert_eq!(strength("qwerty", &[]).guess_time(), GuessTime::Instantly);
        let phrase = strength("purple-otter-drums-window", &[]);
        assert!(phrase.score >= 3, "{phrase:?}");
        assert!(phrase.guess_time() >= GuessTime::Years, "{phrase:?}");
    }

    #[test]
    fn swapping_letters_for_digits_fools_nobody() {
        // "P@ssw0rd" looks clever but the estimator knows the trick.
        assert!(strength("P@ssw0rd", &[]).score <= 1);
    }

    #[test]
    fn what_others_know_about_you_makes_a_password_weaker() {
        let plain = strength("Biscuit2016", &[]);
        let known = strength("Biscuit2016", &["biscuit", "2016"]);
        assert!(known.guesses_log10 < plain.guesses_log10, "{plain:?} vs {known:?}");
    }

    #[test]
    fn longer_is_stronger_for_the_same_kind_of_words() {
        let two = strength("lantern-pebble", &[]);
        let four = strength("lantern-pebble-comet-moss", &[]);
        assert!(four.guesses_log10 > two.guesses_log10 + 3.0, "{two:?} vs {four:?}");
    }

    #[test]
    fn odd_input_gives_an_answer_not_a_panic() {
        assert_eq!(strength("", &[]).score, 0);
        assert_eq!(strength("", &[]).guess_time(), GuessTime::Instantly);
        let long: String = "ж".repeat(5_000);
        assert!(strength(&long, &[""]).score <= 4);
        assert!(strength("\u{0}\u{202e}😀", &["😀"]).score <= 4);
    }

    #[test]
    fn every_score_and_time_has_a_message() {
        assert_eq!(GuessTime::ALL.iter().map(|t| t.message_id()).collect::<std::collections::HashSet<_>>().len(), 6);
        assert_eq!((0..=4).map(score_message_id).collect::<std::collections::HashSet<_>>().len(), 5);
    }
}

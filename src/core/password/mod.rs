//! How strong a password is, as pupils are shown it. Two parts:
//!
//! - the **estimator**, Dropbox's zxcvbn (a recognised measure, not a home-made score): how
//!   many guesses an attacker needs, from its English lists plus the common words of the
//!   pupil's language ([`words`]);
//! - the **guidance** pupils are taught, NIST SP 800-63B rev. 4 and the NCSC's "three random
//!   words" ([`guidance`]): length and word count cap what the estimator says, so
//!   `sun-cat-dog` (11 characters) is never "very strong" however rare zxcvbn finds the mix.
//!
//! [`strength`] combines them; the browser game asks `web/strength`, a module of its own built
//! from that same function, so the word lists never reach the game's own download.

pub mod guidance;
#[cfg(feature = "estimator")]
pub mod words;

pub use guidance::Limit;

/// What a password's strength is shown as.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Strength {
    /// The score shown: 0 (guessed at once) to 4 (very hard to guess), the estimator's score
    /// as the guidance caps it.
    pub score: u8,
    /// Roughly how many guesses an attacker needs, as a power of ten (the estimator's).
    pub guesses_log10: f64,
    /// Why the guidance holds the score where it is, if a rule does: the meter says this
    /// instead of the guessing time.
    pub limit: Option<Limit>,
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
    /// Nothing built yet: "very weak", with nothing to guess.
    pub const EMPTY: Strength = Strength { score: 0, guesses_log10: 0.0, limit: None };

    /// Whether this password ranks above `other` in the order pupils are shown: a higher
    /// score, or the same score and more guesses needed.
    pub fn ranks_above(&self, other: &Strength) -> bool {
        (self.score, self.guesses_log10) > (other.score, other.guesses_log10)
    }

    /// The strength as numbers for the estimator module's answer (`web/strength`, read back by
    /// the game in `src/web/strength.rs`): `[score, log10 guesses, limit]`, the limit as 0 for
    /// none or its place in [`Limit::ALL`] plus one.
    pub fn to_numbers(&self) -> [f64; 3] {
        let limit = self.limit.and_then(|l| Limit::ALL.iter().position(|a| *a == l)).map_or(0, |i| i + 1);
        [f64::from(self.score), self.guesses_log10, limit as f64]
    }

    /// The strength from the numbers of [`Strength::to_numbers`]; `None` when they make no
    /// sense (a module of another version, a damaged answer).
    pub fn from_numbers(numbers: &[f64]) -> Option<Strength> {
        let (&score, &guesses_log10) = (numbers.first()?, numbers.get(1)?);
        if !(0.0..=4.0).contains(&score) || score.fract() != 0.0 || guesses_log10.is_nan() {
            return None;
        }
        let limit = match numbers.get(2).copied().unwrap_or(0.0) {
            0.0 => None,
            code if code.fract() == 0.0 && code >= 1.0 => Some(*Limit::ALL.get(code as usize - 1)?),
            _ => return None,
        };
        Some(Strength { score: score as u8, guesses_log10, limit })
    }

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

/// Characters people put between the words of a passphrase ("sun-cat-dog", "sun cat dog").
#[cfg(feature = "estimator")]
const SEPARATORS: [char; 5] = [' ', '-', '_', '.', ','];

/// What one separator costs an attacker who combines words: 10 guesses, zxcvbn's own price
/// for a single character within a password (`MIN_SUBMATCH_GUESSES_SINGLE_CHAR`).
#[cfg(feature = "estimator")]
const SEPARATOR_GUESSES_LOG10: f64 = 1.0;

/// zxcvbn's scores from its guesses, as powers of ten: under 10³ guesses 0, under 10⁶ 1,
/// under 10⁸ 2, under 10¹⁰ 3, else 4 (its `estimate_attack_times`, which adds 5 guesses to
/// each bound, a difference these logarithms do not see).
#[cfg(feature = "estimator")]
const SCORE_BOUNDS_LOG10: [f64; 4] = [3.0, 6.0, 8.0, 10.0];

/// How strong `password` is shown to a pupil playing in `language` (a tag such as "de").
/// `known` are words an attacker could know about the owner (their name, their pet's name,
/// their birthday): using them makes a password weaker.
///
/// The estimator reads the password with zxcvbn's lists and the common words of `language`.
/// zxcvbn prices each separator between words as a random character and a long sequence of
/// pieces with a large penalty, so it overrates passphrases: `sun-cat-dog` got 10¹⁰ guesses.
/// An attacker who combines words also tries the usual separators, so a password with
/// separators is estimated as its words joined as well, plus [`SEPARATOR_GUESSES_LOG10`] for
/// each separator character used, and the lower estimate counts. The guidance then caps the
/// score ([`guidance::apply`]).
///
/// Only with the `estimator` feature: the browser game asks `web/strength`, a separate module
/// built from this same function, loaded when a password level opens.
#[cfg(feature = "estimator")]
pub fn strength(password: &str, known: &[&str], language: &str) -> Strength {
    let list = words::WordList::for_language(language);
    let read = |text: &str| {
        let inputs = list.map(|list| list.extra_words(text, known));
        zxcvbn::zxcvbn(text, inputs.as_deref().unwrap_or(known))
    };
    let mut guesses_log10 = read(password).guesses_log10();
    let joined: String = password.chars().filter(|c| !SEPARATORS.contains(c)).collect();
    if !joined.is_empty() && joined.len() < password.len() {
        let mut used: Vec<char> = password.chars().filter(|c| SEPARATORS.contains(c)).collect();
        used.sort_unstable();
        used.dedup();
        let separators = used.len() as f64 * SEPARATOR_GUESSES_LOG10;
        guesses_log10 = guesses_log10.min(read(&joined).guesses_log10() + separators);
    }
    let score = SCORE_BOUNDS_LOG10.iter().filter(|bound| guesses_log10 >= **bound).count() as u8;
    let shape = guidance::Shape { characters: password.chars().count(), words: words_in(password, read) };
    let (score, limit) = guidance::apply(score, &shape);
    Strength { score, guesses_log10, limit }
}

/// The words `password` is made of, if it is: each run of letters, read by the estimator on
/// its own, is one or more dictionary words (read whole, zxcvbn may take a word with the
/// separators around it for random characters). Digits and signs between the runs do not
/// matter. `None` when a run is not words (a made-up word, random letters) or there are none.
#[cfg(feature = "estimator")]
fn words_in(password: &str, read: impl Fn(&str) -> zxcvbn::Entropy) -> Option<guidance::Words> {
    use zxcvbn::matching::patterns::MatchPattern;
    let (mut count, mut all_very_common) = (0, true);
    for run in password.split(|c: char| !c.is_alphabetic()).filter(|run| !run.is_empty()) {
        for piece in read(run).sequence() {
            let MatchPattern::Dictionary(word) = &piece.pattern else { return None };
            count += 1;
            all_very_common &= word.rank <= guidance::VERY_COMMON_RANK;
        }
    }
    (count > 0).then_some(guidance::Words { count, all_very_common })
}

#[cfg(test)]
mod wire_tests {
    use super::*;

    #[test]
    fn the_module_answer_reads_back_as_it_was_written() {
        for limit in [None, Some(Limit::Short), Some(Limit::FewWords), Some(Limit::CommonWords)] {
            let strength = Strength { score: 2, guesses_log10: 9.5, limit };
            assert_eq!(Strength::from_numbers(&strength.to_numbers()), Some(strength));
        }
        assert_eq!(Strength::from_numbers(&[3.0, 8.0]).map(|s| s.limit), Some(None), "an older module");
        for damaged in [&[][..], &[5.0, 1.0], &[2.5, 1.0], &[1.0, f64::NAN], &[1.0, 2.0, 9.0], &[1.0, 2.0, 0.5]] {
            assert_eq!(Strength::from_numbers(damaged), None, "{damaged:?}");
        }
    }

    #[test]
    fn a_higher_score_ranks_above_more_guesses() {
        let capped = Strength { score: 2, guesses_log10: 14.0, limit: Some(Limit::Short) };
        let strong = Strength { score: 3, guesses_log10: 12.0, limit: None };
        assert!(strong.ranks_above(&capped));
        assert!(!capped.ranks_above(&strong));
        let more = Strength { guesses_log10: 15.0, ..capped };
        assert!(more.ranks_above(&capped) && !capped.ranks_above(&capped));
    }

    #[test]
    fn every_score_time_and_limit_has_a_message() {
        use std::collections::HashSet;
        assert_eq!(GuessTime::ALL.iter().map(|t| t.message_id()).collect::<HashSet<_>>().len(), 6);
        assert_eq!((0..=4).map(score_message_id).collect::<HashSet<_>>().len(), 5);
        assert_eq!(Limit::ALL.iter().map(|l| l.message_id()).collect::<HashSet<_>>().len(), 3);
    }
}

#[cfg(all(test, feature = "estimator"))]
mod tests {
    use super::*;

    fn en(password: &str) -> Strength {
        strength(password, &[], "en")
    }

    #[test]
    fn common_passwords_are_weak_and_passphrases_strong() {
        assert_eq!(en("password").score, 0);
        assert_eq!(en("123456").score, 0);
        assert_eq!(en("qwerty").guess_time(), GuessTime::Instantly);
        let phrase = en("purple-otter-drums-window");
        assert!(phrase.score >= 3, "{phrase:?}");
        assert!(en("purple-monkey-dishwasher").score >= 3, "the offline end-to-end test's passphrase");
        assert!(phrase.guess_time() >= GuessTime::Years, "{phrase:?}");
    }

    #[test]
    fn sun_cat_dog_is_not_strong() {
        // zxcvbn alone gave it 10¹⁰ guesses and "very strong": three short, common words.
        let short = en("sun-cat-dog");
        assert!(short.score <= 2, "{short:?}");
        assert!(short.guesses_log10 < 9.0, "the separators cost 10 guesses, not a random letter each: {short:?}");
        // Same words, long enough, and still not all among the most common: strong.
        assert!(en("sunflower-catapult-doghouse").score >= 3);
    }

    #[test]
    fn the_guidance_caps_what_the_estimator_says() {
        let random = en("kq7Rzp2mXw9vLt4B");
        assert_eq!((random.score, random.limit), (4, None), "a password manager's string stays very strong");
        let short = en("kq7Rzp2mXw9v");
        assert_eq!((short.score, short.limit), (2, Some(Limit::Short)), "12 random characters: under NIST's 15");
        let two = en("volcano-umbrella");
        assert_eq!((two.score, two.limit), (2, Some(Limit::FewWords)), "NCSC: three random words, not two");
        let common = en("people-world-life-time");
        assert_eq!((common.score, common.limit), (2, Some(Limit::CommonWords)), "{common:?}");
        assert!(en("coffeetrainfish").score >= 3, "the NCSC's own example, 15 characters");
    }

    #[test]
    fn german_and_ukrainian_passphrases_score_like_english_ones() {
        let triples = [
            ("dog-river-garden", "hund-fluss-garten", "собака-річка-сад"),
            ("winter-bridge-sun", "winter-brücke-sonne", "зима-міст-сонце"),
            ("teacher-window-garden", "lehrer-fenster-garten", "вчитель-вікно-сад"),
        ];
        for (english, german, ukrainian) in triples {
            let reference = en(english);
            for (phrase, language) in [(german, "de"), (ukrainian, "uk")] {
                let known = strength(phrase, &[], language);
                let as_random_letters = strength(phrase, &[], "en");
                assert!(
                    known.guesses_log10 + 2.0 < as_random_letters.guesses_log10,
                    "{phrase}: its words are known ({known:?}, as random letters {as_random_letters:?})"
                );
                assert!(
                    (known.guesses_log10 - reference.guesses_log10).abs() <= 3.0,
                    "{phrase} {known:?} vs {english} {reference:?}"
                );
                assert!(known.score.abs_diff(reference.score) <= 1, "{phrase} {known:?} vs {english} {reference:?}");
                assert!(known.score >= 3, "three common words, long enough: {phrase} {known:?}");
            }
        }
    }

    #[test]
    fn the_rules_hold_in_every_language() {
        assert_eq!(strength("zug-eis-kuh", &[], "de").limit, Some(Limit::Short));
        assert_eq!(strength("кіт-сир-мед", &[], "uk").limit, Some(Limit::Short));
        let german = strength("zeit-leben-welt-haus", &[], "de");
        assert_eq!((german.score, german.limit), (2, Some(Limit::CommonWords)), "{german:?}");
        let ukrainian = strength("людина-життя-світ", &[], "uk");
        assert_eq!((ukrainian.score, ukrainian.limit), (2, Some(Limit::CommonWords)), "{ukrainian:?}");
        let two = strength("geburtstag-abenteuer", &[], "de");
        assert_eq!((two.score, two.limit), (2, Some(Limit::FewWords)), "{two:?}");
    }

    #[test]
    fn swapping_letters_for_digits_fools_nobody() {
        // "P@ssw0rd" looks clever but the estimator knows the trick.
        assert!(en("P@ssw0rd").score <= 1);
        let german = strength("h4us-b4um-hund-s0nne", &[], "de");
        let plain = strength("haus-baum-hund-sonne", &[], "de");
        assert!(german.guesses_log10 < plain.guesses_log10 + 3.0, "{german:?} vs {plain:?}");
    }

    #[test]
    fn what_others_know_about_you_makes_a_password_weaker() {
        for language in ["en", "de", "uk"] {
            let plain = strength("Biscuit2016", &[], language);
            let known = strength("Biscuit2016", &["biscuit", "2016"], language);
            assert!(known.guesses_log10 < plain.guesses_log10, "{language}: {plain:?} vs {known:?}");
        }
    }

    #[test]
    fn longer_is_stronger_for_the_same_kind_of_words() {
        let two = en("lantern-pebble");
        let four = en("lantern-pebble-comet-moss");
        assert!(four.guesses_log10 > two.guesses_log10 + 3.0, "{two:?} vs {four:?}");
    }

    #[test]
    fn odd_input_gives_an_answer_not_a_panic() {
        for language in ["en", "de", "uk", "", "xx-YY"] {
            assert_eq!(strength("", &[], language).score, 0);
            assert_eq!(strength("", &[], language).guess_time(), GuessTime::Instantly);
            let long: String = "ж".repeat(5_000);
            assert!(strength(&long, &[""], language).score <= 4);
            assert!(strength("\u{0}\u{202e}😀", &["😀"], language).score <= 4);
            assert!(strength("- - - _ _ .", &[], language).score <= 2);
        }
    }
}

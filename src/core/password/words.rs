//! The common words of every shipped language beyond English, so that "haus-baum-hund" or
//! "кіт-сир-мед" counts as three common words and not as random letters. zxcvbn's own lists
//! are English; these come from `assets/words/<lang>.txt` (one word a line, most frequent
//! first; sources and licences in `assets/CREDITS.md`, made by `tools/password-words.py`).
//!
//! They are linked only with the `estimator` feature, that is into the password-strength
//! module the browser loads when a password level opens (`web/strength`), never into the game
//! itself (docs/size.md).
//!
//! zxcvbn takes extra words only as its `user_inputs`, where a word's rank is its place in the
//! list. Handing it a whole list (twelve to fifteen thousand words) would make it build a
//! table of them several times per estimate, so [`WordList::extra_words`] hands it only the
//! words found in the password, each at its own place: the places between are empty strings,
//! which match nothing. The ranks, and so the guesses, are the same as with the whole list.

use std::collections::HashMap;
use std::sync::OnceLock;

/// zxcvbn reads only the first 100 characters of a password; so do we.
const MAX_CHARACTERS: usize = 100;

/// Letters that "leet speak" writes as digits or signs, as zxcvbn's l33t table has them, for
/// the two readings of the ambiguous ones (1 and | for i or l, 7 for t or l).
const L33T: [(char, char, char); 18] = [
    ('4', 'a', 'a'),
    ('@', 'a', 'a'),
    ('8', 'b', 'b'),
    ('(', 'c', 'c'),
    ('{', 'c', 'c'),
    ('[', 'c', 'c'),
    ('<', 'c', 'c'),
    ('3', 'e', 'e'),
    ('6', 'g', 'g'),
    ('9', 'g', 'g'),
    ('1', 'i', 'l'),
    ('!', 'i', 'i'),
    ('|', 'i', 'l'),
    ('7', 't', 'l'),
    ('0', 'o', 'o'),
    ('$', 's', 's'),
    ('5', 's', 's'),
    ('+', 't', 't'),
];

/// One language's words by rank (1 = the most frequent).
#[derive(Debug)]
pub struct WordList {
    ranks: HashMap<&'static str, usize>,
    /// The longest word, in characters: longer pieces of a password need no look-up.
    longest: usize,
}

impl WordList {
    /// The list for a language tag ("de", "uk", "de-AT"); `None` for English (zxcvbn knows
    /// English words itself) and for languages without a list.
    pub fn for_language(tag: &str) -> Option<&'static WordList> {
        static GERMAN: OnceLock<WordList> = OnceLock::new();
        static UKRAINIAN: OnceLock<WordList> = OnceLock::new();
        let (cell, text) = match tag.split(['-', '_']).next().unwrap_or("") {
            "de" => (&GERMAN, include_str!("../../../assets/words/de.txt")),
            "uk" => (&UKRAINIAN, include_str!("../../../assets/words/uk.txt")),
            _ => return None,
        };
        Some(cell.get_or_init(|| WordList::parse(text)))
    }

    /// A list from its text: one word a line, most frequent first. A word listed twice keeps
    /// its first (best) rank.
    pub fn parse(text: &'static str) -> WordList {
        let mut ranks = HashMap::new();
        let mut longest = 0;
        for (index, word) in text.lines().map(str::trim).filter(|w| !w.is_empty()).enumerate() {
            ranks.entry(word).or_insert(index + 1);
            longest = longest.max(word.chars().count());
        }
        WordList { ranks, longest }
    }

    /// How many words the list has.
    pub fn len(&self) -> usize {
        self.ranks.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.ranks.is_empty()
    }

    /// A word's rank (1 = the most frequent), if the list has it. Expects lower case.
    pub fn rank(&self, word: &str) -> Option<usize> {
        self.ranks.get(word).copied()
    }

    /// The list's words that occur in `password` (in lower case, read forwards, backwards and
    /// with leet-speak undone, as zxcvbn reads it), with their ranks.
    pub fn found_in(&self, password: &str) -> Vec<(&'static str, usize)> {
        let lower: Vec<char> = password.to_lowercase().chars().take(MAX_CHARACTERS).collect();
        let reversed: Vec<char> = lower.iter().rev().copied().collect();
        let unleet = |pick: fn(&(char, char, char)) -> char| -> Vec<char> {
            lower.iter().map(|c| L33T.iter().find(|entry| entry.0 == *c).map_or(*c, pick)).collect()
        };
        let readings = [lower.clone(), reversed, unleet(|entry| entry.1), unleet(|entry| entry.2)];
        let mut found: Vec<(&'static str, usize)> = Vec::new();
        for chars in &readings {
            for start in 0..chars.len() {
                for end in start + 1..=chars.len().min(start + self.longest) {
                    let piece: String = chars[start..end].iter().collect();
                    if let Some((&word, &rank)) = self.ranks.get_key_value(piece.as_str())
                        && !found.iter().any(|(w, _)| *w == word)
                    {
                        found.push((word, rank));
                    }
                }
            }
        }
        found
    }

    /// zxcvbn's `user_inputs` for `password`: the words `known` about its owner first (ranks
    /// 1, 2, …: what others know is tried first), then the list's words found in it, each at
    /// its rank after them, with empty strings in the places between.
    pub fn extra_words<'a>(&self, password: &str, known: &[&'a str]) -> Vec<&'a str> {
        let found = self.found_in(password);
        let last = found.iter().map(|(_, rank)| *rank).max().unwrap_or(0);
        let mut inputs: Vec<&'a str> = known.to_vec();
        let offset = inputs.len();
        inputs.resize(offset + last, "");
        for (word, rank) in found {
            // A known word keeps its place at the front.
            if !known.iter().any(|k| k.to_lowercase() == word) {
                inputs[offset + rank - 1] = word;
            }
        }
        inputs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_language_beyond_english_has_a_list_of_common_words() {
        for tag in ["de", "uk"] {
            let list = WordList::for_language(tag).expect(tag);
            assert!(list.len() > 10_000, "{tag}: {} words", list.len());
        }
        assert!(WordList::for_language("en").is_none(), "zxcvbn knows English itself");
        assert!(WordList::for_language("de-AT").is_some());
        assert!(WordList::for_language("").is_none());
        let german = WordList::for_language("de").expect("de");
        assert!(german.rank("haus").is_some_and(|r| r < 1_000), "{:?}", german.rank("haus"));
        let ukrainian = WordList::for_language("uk").expect("uk");
        assert!(ukrainian.rank("вода").is_some_and(|r| r < 1_000), "{:?}", ukrainian.rank("вода"));
    }

    #[test]
    fn words_are_found_forwards_backwards_and_in_leet_speak() {
        let list = WordList::parse("haus\nbaum\nhund\n");
        let found = |p: &str| {
            let mut words: Vec<&str> = list.found_in(p).into_iter().map(|(w, _)| w).collect();
            words.sort_unstable();
            words
        };
        assert_eq!(found("Haus-Baum"), ["baum", "haus"]);
        assert_eq!(found("dnuh"), ["hund"]);
        assert_eq!(found("h4us"), ["haus"]);
        assert!(found("xyz").is_empty());
    }

    #[test]
    fn extra_words_keep_their_ranks_and_known_words_come_first() {
        let list = WordList::parse("a1\nb2\nc3\nhund\n");
        let inputs = list.extra_words("hund-rex", &["Rex"]);
        assert_eq!(inputs, ["Rex", "", "", "", "hund"], "hund keeps rank 4 after one known word");
        assert_eq!(list.extra_words("nothing", &[]), Vec::<&str>::new());
        let known_too = list.extra_words("hund", &["hund"]);
        assert_eq!(known_too[0], "hund");
        assert!(known_too[1..].iter().all(|w| w.is_empty()), "{known_too:?}");
    }

    #[test]
    fn odd_input_finds_nothing_and_does_not_panic() {
        let list = WordList::for_language("uk").expect("uk");
        let long: String = "ж".repeat(5_000);
        let _ = list.found_in(&long);
        let _ = list.found_in("\u{0}\u{202e}😀");
        assert!(list.found_in("").is_empty());
    }
}

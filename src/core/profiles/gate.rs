//! The adult gate in front of deleting a profile, resetting a picture password or clearing
//! the tablet: a multiplication a young child cannot answer by tapping at random (one chance
//! in about a thousand), typed on an on-screen keypad.

/// At most this many digits can be typed.
const MAX_DIGITS: usize = 3;

/// One question and what has been typed so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdultGate {
    /// The question is "a × b".
    pub a: u32,
    pub b: u32,
    typed: String,
}

impl AdultGate {
    /// A question chosen from `seed`: a one-digit number (6–9) times a teen (12–19), so the
    /// answer has two or three digits (72–171).
    pub fn new(seed: u64) -> AdultGate {
        AdultGate { a: 6 + (seed % 4) as u32, b: 12 + (seed / 4 % 8) as u32, typed: String::new() }
    }

    /// The digits typed so far.
    pub fn typed(&self) -> &str {
        &self.typed
    }

    /// Types a digit (ignored past three digits or for anything but 0–9).
    pub fn push(&mut self, digit: u8) {
        if digit <= 9 && self.typed.len() < MAX_DIGITS {
            self.typed.push(char::from(b'0' + digit));
        }
    }

    /// Removes the last digit.
    pub fn pop(&mut self) {
        self.typed.pop();
    }

    /// Whether the typed number is the answer. A wrong answer clears what was typed.
    pub fn check(&mut self) -> bool {
        let right = self.typed.parse::<u32>().ok() == Some(self.a * self.b);
        if !right {
            self.typed.clear();
        }
        right
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_product_opens_the_gate() {
        for seed in 0..64 {
            let mut gate = AdultGate::new(seed);
            assert!((72..=171).contains(&(gate.a * gate.b)));
            let answer = (gate.a * gate.b).to_string();
            for digit in answer.bytes() {
                gate.push(digit - b'0');
            }
            assert_eq!(gate.typed(), answer);
            assert!(gate.clone().check());
            gate.pop();
            assert!(!gate.check());
            assert_eq!(gate.typed(), "", "a wrong answer starts again");
        }
    }

    #[test]
    fn typing_is_limited_to_three_digits() {
        let mut gate = AdultGate::new(0);
        for digit in [1, 2, 3, 4, 12] {
            gate.push(digit);
        }
        assert_eq!(gate.typed(), "123");
    }

    #[test]
    fn questions_vary_so_a_watched_answer_does_not_open_the_next_gate() {
        let questions: std::collections::HashSet<_> = (0..32)
            .map(|seed| {
                let gate = AdultGate::new(seed);
                (gate.a, gate.b)
            })
            .collect();
        assert_eq!(questions.len(), 32);
    }
}

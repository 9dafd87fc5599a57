//! DigComp 2.2 competence ids (the EU's Digital Competence Framework for Citizens).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// One DigComp 2.2 competence, such as `3.4` (Programming) or `4.2` (Protecting personal
/// data and privacy). Only ids that exist in the framework parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Competence {
    area: u8,
    number: u8,
}

/// How many competences each of the five DigComp areas has.
const COMPETENCES_PER_AREA: [u8; 5] = [3, 6, 4, 4, 4];

impl Competence {
    /// Parses `"<area>.<competence>"`, e.g. `"4.2"`; `None` if DigComp 2.2 has no such id.
    pub fn parse(text: &str) -> Option<Competence> {
        let (area, number) = text.split_once('.')?;
        let area: u8 = area.parse().ok()?;
        let number: u8 = number.parse().ok()?;
        let count = *COMPETENCES_PER_AREA.get(usize::from(area).checked_sub(1)?)?;
        (1..=count).contains(&number).then_some(Competence { area, number })
    }
}

impl fmt::Display for Competence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.area, self.number)
    }
}

impl Serialize for Competence {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Competence {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Competence::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not a DigComp 2.2 competence")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_framework_ids_parse() {
        assert_eq!(Competence::parse("3.4").map(|c| c.to_string()), Some("3.4".into()));
        assert!(Competence::parse("2.6").is_some());
        assert!(Competence::parse("2.7").is_none());
        assert!(Competence::parse("6.1").is_none());
        assert!(Competence::parse("0.1").is_none());
        assert!(Competence::parse("3").is_none());
        assert!(Competence::parse("a.b").is_none());
    }
}

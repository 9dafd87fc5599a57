//! DigComp 3.0 ids: the 21 competences of the fifth edition of the European Digital Competence
//! Framework and their learning outcomes.
//!
//! Source: Cosgrove, J. and Cachia, R., *DigComp 3.0: European Digital Competence Framework –
//! Fifth Edition*, JRC144121, Publications Office of the European Union, 2025
//! (<https://joint-research-centre.ec.europa.eu/digcomp/digcomp-framework_en>,
//! <https://publications.jrc.ec.europa.eu/repository/handle/JRC144121>), and its machine-readable
//! *DigComp 3.0 Data Supplement* of 24 November 2025: sheet "1 Competence Areas&Competences"
//! for the names below, sheet "4 Learning Outcomes" for the outcome ids (`LO<area>.<competence>.<nn>`,
//! 523 in all) and how many each competence has.
//!
//! The five areas and the 21 competence numbers are those of DigComp 2.2 (the JRC kept the
//! structure and reworded the titles), so `4.2` means "protecting personal data and privacy" in
//! both; the names differ, e.g. 2.5 "Netiquette" became "Digital behaviour".

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// One DigComp 3.0 competence (`4.2`) or learning outcome (`LO4.2.05`). Only ids that exist in
/// the framework parse. A competence sorts before its own outcomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Digcomp3 {
    area: u8,
    number: u8,
    /// The learning outcome's number within its competence (`05` in `LO4.2.05`).
    outcome: Option<u8>,
}

/// A competence of the framework: its area and number, its English title (Data Supplement,
/// sheet 1) and how many learning outcomes it has (sheet 4, numbered from 01 without gaps).
struct Entry {
    area: u8,
    number: u8,
    name: &'static str,
    outcomes: u8,
}

const fn entry(area: u8, number: u8, name: &'static str, outcomes: u8) -> Entry {
    Entry { area, number, name, outcomes }
}

/// Every DigComp 3.0 competence, in framework order.
const COMPETENCES: [Entry; 21] = [
    entry(1, 1, "Browsing, searching and filtering information", 21),
    entry(1, 2, "Evaluating information", 31),
    entry(1, 3, "Managing information", 35),
    entry(2, 1, "Interacting through and with digital technologies", 31),
    entry(2, 2, "Sharing through digital technologies", 20),
    entry(2, 3, "Engaging in citizenship through digital technologies", 34),
    entry(2, 4, "Collaborating through digital technologies", 22),
    entry(2, 5, "Digital behaviour", 21),
    entry(2, 6, "Managing digital identity", 29),
    entry(3, 1, "Developing digital content", 25),
    entry(3, 2, "Integrating and re-elaborating digital content", 26),
    entry(3, 3, "Copyright and licences", 27),
    entry(3, 4, "Computational thinking and programming", 39),
    entry(4, 1, "Protecting devices", 19),
    entry(4, 2, "Protecting personal data and privacy", 26),
    entry(4, 3, "Supporting wellbeing", 33),
    entry(4, 4, "Environmental impacts of digital technologies", 19),
    entry(5, 1, "Identifying and solving technical problems", 15),
    entry(5, 2, "Identifying needs and digital technological responses", 17),
    entry(5, 3, "Identifying creative solutions using digital technologies", 16),
    entry(5, 4, "Identifying and addressing digital competence needs", 17),
];

impl Digcomp3 {
    /// Every competence (no outcomes), in framework order.
    pub fn competences() -> impl Iterator<Item = Digcomp3> {
        COMPETENCES.iter().map(|e| Digcomp3 { area: e.area, number: e.number, outcome: None })
    }

    /// Parses a competence (`"4.2"`) or a learning outcome (`"LO4.2.05"`, always two digits);
    /// `None` if DigComp 3.0 has no such id.
    pub fn parse(text: &str) -> Option<Digcomp3> {
        let (competence, outcome) = match text.strip_prefix("LO") {
            Some(rest) => {
                let (competence, outcome) = rest.rsplit_once('.')?;
                if outcome.len() != 2 || !outcome.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                (competence, Some(outcome.parse::<u8>().ok()?))
            }
            None => (text, None),
        };
        let (area, number) = competence.split_once('.')?;
        if [area, number].iter().any(|part| part.len() != 1 || !part.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        let (area, number) = (area.parse::<u8>().ok()?, number.parse::<u8>().ok()?);
        let entry = COMPETENCES.iter().find(|e| e.area == area && e.number == number)?;
        match outcome {
            Some(n) if n == 0 || n > entry.outcomes => None,
            _ => Some(Digcomp3 { area, number, outcome }),
        }
    }

    /// The competence this id is or belongs to (`4.2` for `LO4.2.05`).
    pub fn competence(self) -> Digcomp3 {
        Digcomp3 { outcome: None, ..self }
    }

    /// Whether this is a learning outcome rather than a competence.
    pub fn is_outcome(self) -> bool {
        self.outcome.is_some()
    }

    /// The English title of the competence this id is or belongs to, e.g. "Digital behaviour".
    pub fn competence_name(self) -> &'static str {
        COMPETENCES.iter().find(|e| e.area == self.area && e.number == self.number).map_or("", |e| e.name)
    }

    /// The Fluent id of the competence's title for the teacher page, e.g. `digcomp3-4-2`.
    pub fn message_id(self) -> String {
        format!("digcomp3-{}-{}", self.area, self.number)
    }
}

impl fmt::Display for Digcomp3 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.outcome {
            Some(n) => write!(f, "LO{}.{}.{n:02}", self.area, self.number),
            None => write!(f, "{}.{}", self.area, self.number),
        }
    }
}

impl Serialize for Digcomp3 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Digcomp3 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Digcomp3::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("{text:?} is not a DigComp 3.0 competence or learning outcome"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn competences_and_outcomes_round_trip() {
        for text in ["1.2", "2.5", "3.4", "5.4", "LO1.2.16", "LO4.2.01", "LO3.4.39", "LO5.1.15"] {
            assert_eq!(Digcomp3::parse(text).map(|id| id.to_string()), Some(text.to_owned()), "{text}");
        }
        assert_eq!(Digcomp3::competences().count(), 21);
    }

    #[test]
    fn the_data_supplement_has_523_learning_outcomes() {
        assert_eq!(COMPETENCES.iter().map(|e| u32::from(e.outcomes)).sum::<u32>(), 523);
    }

    #[test]
    fn only_framework_ids_parse() {
        for text in [
            "2.7",
            "6.1",
            "0.1",
            "3",
            "a.b",
            "4.2.1",
            "LO4.2",
            "LO4.2.1",
            "LO4.2.001",
            "LO4.2.00",
            "LO4.2.27",
            "LO4.1.20",
            "LO2.7.01",
            "lo4.2.01",
            "LO 4.2.01",
            "04.2",
            "+4.2",
            "4.+2",
        ] {
            assert_eq!(Digcomp3::parse(text), None, "{text}");
        }
    }

    #[test]
    fn an_outcome_belongs_to_its_competence() {
        let outcome = Digcomp3::parse("LO2.5.04").expect("exists");
        assert!(outcome.is_outcome());
        assert_eq!(outcome.competence(), Digcomp3::parse("2.5").expect("exists"));
        assert_eq!(outcome.competence_name(), "Digital behaviour");
        assert_eq!(outcome.message_id(), "digcomp3-2-5");
        assert!(outcome.competence() < outcome, "a competence sorts before its outcomes");
    }

    #[test]
    fn ids_are_json_strings() {
        let id: Digcomp3 = serde_json::from_str("\"LO4.1.06\"").expect("parses");
        assert_eq!(serde_json::to_string(&id).ok(), Some("\"LO4.1.06\"".to_owned()));
        assert!(serde_json::from_str::<Digcomp3>("\"4.5\"").is_err());
    }
}

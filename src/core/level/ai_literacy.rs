//! Competence codes of the EC/OECD AI Literacy Framework (final version, 2026): 19 competences
//! in four domains, coded by domain letter and number (`E3`, `M1`).
//!
//! Source: OECD/European Union, *Empowering Learners for the Age of AI: An AI Literacy
//! Framework for Primary and Secondary Education*, OECD Publishing, Paris, 2026,
//! <https://doi.org/10.1787/65cd27d4-en> (site: <https://ailiteracyframework.org/>). The final
//! version renamed the review draft's (May 2025) domain "Designing AI" to "Shape AI" and has 19
//! competences where the draft had 22, so draft codes such as `D1` do not parse.
//!
//! What is confirmed, and where. The framework's own pages name a competence by domain and
//! number ("Engage with AI 1: …"); the code here is the domain's letter and that number.
//! - Four domains, 19 competences: the interactive framework,
//!   <https://ailiteracyframework.org/frameworks/> ("organized into four domains: Engage with
//!   AI, Create with AI, Manage AI, and Shape AI", "Results: 19").
//! - `E1` "Recognise AI's role and influence in different contexts": the same page, as
//!   "Engage with AI 1".
//!
//! The other statements below follow the review draft's wording under the final numbering and
//! could not be checked against a public page of the final framework (the searchable copies
//! of <https://ailiteracyframework.org/frameworks/> end after `E1`; secondary sites use the
//! draft's domains). They parse, so that files and exports stay readable, but
//! [`AiLiteracy::source`] is `None` for them and levels carry only confirmed codes
//! (`tests/content_sources.rs`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// One competence of the AI Literacy Framework, such as `E1` ("Recognise AI's role and
/// influence in different contexts"). Only codes that exist in the framework parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AiLiteracy {
    domain: Domain,
    number: u8,
}

/// The framework's four domains, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Domain {
    /// `E`: Engage with AI.
    Engage,
    /// `C`: Create with AI.
    Create,
    /// `M`: Manage AI.
    Manage,
    /// `S`: Shape AI.
    Shape,
}

impl Domain {
    /// Every domain, in the framework's order.
    pub const ALL: [Domain; 4] = [Domain::Engage, Domain::Create, Domain::Manage, Domain::Shape];

    /// The letter that starts its competences' codes.
    pub fn letter(self) -> char {
        match self {
            Domain::Engage => 'E',
            Domain::Create => 'C',
            Domain::Manage => 'M',
            Domain::Shape => 'S',
        }
    }

    /// The domain's English name.
    pub fn name(self) -> &'static str {
        match self {
            Domain::Engage => "Engage with AI",
            Domain::Create => "Create with AI",
            Domain::Manage => "Manage AI",
            Domain::Shape => "Shape AI",
        }
    }

    /// The English statements of the domain's competences, numbered from 1.
    fn competences(self) -> &'static [&'static str] {
        match self {
            Domain::Engage => &[
                "Recognise AI's role and influence in different contexts.",
                "Describe how AI systems perform tasks using language that addresses and clarifies common misconceptions.",
                "Evaluate whether AI outputs should be accepted, revised or rejected.",
                "Examine how predictive AI systems provide recommendations that can inform or limit perspectives.",
                "Compare how AI systems consume energy and natural resources.",
                "Explain how AI could be used to amplify societal biases.",
                "Analyse how well the use of an AI system aligns with ethical principles and human values.",
            ],
            Domain::Create => &[
                "Use AI systems to explore new perspectives and approaches that build upon original ideas.",
                "Visualise, prototype and combine ideas using different types of AI systems.",
                "Direct generative AI systems to elicit feedback, refine results and support reflection.",
                "Analyse how AI can safeguard or violate content authenticity and intellectual property.",
            ],
            Domain::Manage => &[
                "Decide whether to use AI systems based on the nature of the task.",
                "Choose an appropriate AI approach for a task by comparing how different AI systems operate and what they are best suited to do.",
                "Decompose a problem to determine when and how AI systems should be used to automate or augment tasks.",
                "Monitor and evaluate AI use throughout a problem-solving process.",
            ],
            Domain::Shape => &[
                "Investigate how an AI system is intended to work, whom it is designed for and what its limitations are.",
                "Evaluate AI systems using defined criteria, expected outcomes, test cases and user feedback.",
                "Design AI systems with attention to how data sources, selection and information flow influence behaviour and outputs.",
                "Improve AI systems to address and promote human well-being and societal benefit.",
            ],
        }
    }
}

/// Competences whose number and statement were read on a public page of the final framework,
/// with that page. See the module doc.
const CONFIRMED: &[(Domain, u8, &str)] = &[(Domain::Engage, 1, "https://ailiteracyframework.org/frameworks/")];

impl AiLiteracy {
    /// Every competence, in the framework's order.
    pub fn all() -> impl Iterator<Item = AiLiteracy> {
        Domain::ALL
            .into_iter()
            .flat_map(|domain| (1..=domain.competences().len()).map(move |n| AiLiteracy { domain, number: n as u8 }))
    }

    /// Parses a code such as `"E3"`; `None` if the framework has no such competence.
    pub fn parse(text: &str) -> Option<AiLiteracy> {
        let mut chars = text.chars();
        let letter = chars.next()?;
        let digits = chars.as_str();
        if digits.len() != 1 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let domain = Domain::ALL.into_iter().find(|d| d.letter() == letter)?;
        let number: u8 = digits.parse().ok()?;
        (1..=domain.competences().len()).contains(&usize::from(number)).then_some(AiLiteracy { domain, number })
    }

    /// The competence's domain.
    pub fn domain(self) -> Domain {
        self.domain
    }

    /// The competence's English statement.
    pub fn statement(self) -> &'static str {
        self.domain.competences().get(usize::from(self.number) - 1).copied().unwrap_or("")
    }

    /// The public page of the final framework that confirms this code and its statement, or
    /// `None` when it is not confirmed yet (then no level may carry it).
    pub fn source(self) -> Option<&'static str> {
        CONFIRMED.iter().find(|(d, n, _)| *d == self.domain && *n == self.number).map(|(_, _, url)| *url)
    }
}

impl fmt::Display for AiLiteracy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.domain.letter(), self.number)
    }
}

impl Serialize for AiLiteracy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for AiLiteracy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        AiLiteracy::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("{text:?} is not a competence of the AI Literacy Framework"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_final_framework_has_19_competences_that_round_trip() {
        assert_eq!(AiLiteracy::all().count(), 19);
        for competence in AiLiteracy::all() {
            assert_eq!(AiLiteracy::parse(&competence.to_string()), Some(competence));
            assert!(!competence.statement().is_empty());
        }
        let e3 = AiLiteracy::parse("E3").expect("exists");
        assert_eq!(e3.domain(), Domain::Engage);
        assert!(e3.statement().starts_with("Evaluate whether AI outputs"));
    }

    #[test]
    fn only_confirmed_codes_have_a_source() {
        let e1 = AiLiteracy::parse("E1").expect("exists");
        assert_eq!(e1.statement(), "Recognise AI's role and influence in different contexts.");
        assert_eq!(e1.source(), Some("https://ailiteracyframework.org/frameworks/"));
        let confirmed: Vec<String> =
            AiLiteracy::all().filter(|c| c.source().is_some()).map(|c| c.to_string()).collect();
        assert_eq!(confirmed, ["E1"]);
    }

    #[test]
    fn only_framework_codes_parse() {
        for text in ["E0", "E8", "C5", "M5", "S5", "D1", "e1", "E", "E01", "E1 ", "1E", ""] {
            assert_eq!(AiLiteracy::parse(text), None, "{text:?}");
        }
    }
}

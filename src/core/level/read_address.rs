//! The "read the address" kind (`"kind": "read_address"`): a brand (e.g. a bank) and links
//! that claim to go to it. For each link the pupil taps the part that names the real site,
//! then says whether it is the brand's site. Tapping another part shows what that part tells
//! you; each wrong tap or wrong answer is a mistake. Which links are real is not written by
//! the author: it comes from parsing the addresses (see `core::address`).

use super::{AnswerLog, Answers, MessageId};
use crate::core::address::{self, Address};
use serde::{Deserialize, Serialize};

/// Data of an address-reading level, as written in its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadAddress {
    /// Fluent id of the brand's name, e.g. "Moonbank" (a made-up company).
    pub brand: MessageId,
    /// The brand's real site, e.g. `moonbank.eu`.
    pub site: String,
    /// The links, in the order they are shown.
    pub links: Vec<String>,
}

impl ReadAddress {
    /// The site is a site name, 2–6 links that all parse, at least one of them not the brand's.
    pub fn validate(&self) -> Result<(), String> {
        if self.brand.is_empty() {
            return Err("an address level needs a brand".to_owned());
        }
        let site = address::read(&format!("https://{}/", self.site)).map_err(|e| e.to_string())?;
        if site.site != self.site.to_ascii_lowercase() {
            return Err(format!("site {:?} is not a site name (it reads as {:?})", self.site, site.site));
        }
        if !(2..=6).contains(&self.links.len()) {
            return Err(format!("an address level has 2 to 6 links, not {}", self.links.len()));
        }
        let mut fakes = 0;
        for link in &self.links {
            let parsed = address::read(link).map_err(|e| e.to_string())?;
            if !parsed.goes_to(&self.site) {
                fakes += 1;
            }
        }
        if fakes == 0 {
            return Err("every link goes to the real site: add a look-alike".to_owned());
        }
        Ok(())
    }

    /// The links, parsed (those that do not parse are left out; `validate` refuses them).
    pub fn parsed(&self) -> Vec<Address> {
        self.links.iter().filter_map(|l| address::read(l).ok()).collect()
    }

    /// Fluent ids this level uses.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.brand.as_str())
    }
}

/// The two questions asked of every link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Find the part that names the site.
    FindSite,
    /// Is it the brand's site?
    Judge,
    /// Answered; the reason is on screen until Next.
    Answered,
}

/// What a tap or an answer did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// The site part: now judge it.
    FoundSite,
    /// Another part (its index): one mistake, its reason shown.
    OtherPart(usize),
    /// The right verdict.
    Right,
    /// The wrong verdict: one mistake.
    Wrong,
    /// Nothing to do now.
    Ignored,
}

/// Reading the level's links one after another.
#[derive(Debug, Clone, PartialEq)]
pub struct AddressRound {
    links: Vec<Address>,
    real: Vec<bool>,
    current: usize,
    phase: Phase,
    log: AnswerLog,
}

impl AddressRound {
    /// A new round over the level's links.
    pub fn new(level: &ReadAddress) -> AddressRound {
        let links = level.parsed();
        let real = links.iter().map(|a| a.goes_to(&level.site)).collect();
        AddressRound { links, real, current: 0, phase: Phase::FindSite, log: AnswerLog::default() }
    }

    /// The link on screen, if any.
    pub fn current(&self) -> Option<(usize, &Address)> {
        self.links.get(self.current).map(|a| (self.current, a))
    }

    /// Whether the current link really goes to the brand.
    pub fn current_is_real(&self) -> bool {
        self.real.get(self.current).copied().unwrap_or(false)
    }

    /// What the pupil is asked now.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// Taps part `part` of the current link.
    pub fn tap_part(&mut self, part: usize) -> Reading {
        if self.phase != Phase::FindSite {
            return Reading::Ignored;
        }
        let Some(address) = self.links.get(self.current) else { return Reading::Ignored };
        let Some(kind) = address.parts.get(part).map(|p| p.kind) else { return Reading::Ignored };
        self.log.answers.push(format!("{}:{}", self.current + 1, kind.name()));
        if Some(part) == address.site_part() {
            self.phase = Phase::Judge;
            Reading::FoundSite
        } else {
            self.log.mistakes += 1;
            Reading::OtherPart(part)
        }
    }

    /// Answers whether the current link is the brand's site.
    pub fn judge(&mut self, is_brand: bool) -> Reading {
        if self.phase != Phase::Judge {
            return Reading::Ignored;
        }
        self.log.answers.push(format!("{}:{}", self.current + 1, if is_brand { "real" } else { "fake" }));
        if is_brand == self.current_is_real() {
            self.phase = Phase::Answered;
            Reading::Right
        } else {
            self.log.mistakes += 1;
            Reading::Wrong
        }
    }

    /// On to the next link once this one is answered.
    pub fn next(&mut self) -> bool {
        if self.phase != Phase::Answered || self.current >= self.links.len() {
            return false;
        }
        self.current += 1;
        self.phase = Phase::FindSite;
        true
    }

    /// Links answered, and how many there are.
    pub fn progress(&self) -> (usize, usize) {
        (self.current + usize::from(self.phase == Phase::Answered), self.links.len())
    }

    /// Whether the last link is answered.
    pub fn is_finished(&self) -> bool {
        let (done, total) = self.progress();
        done >= total
    }
}

impl Answers for AddressRound {
    fn log(&self) -> &AnswerLog {
        &self.log
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level() -> ReadAddress {
        ReadAddress {
            brand: "brand".into(),
            site: "moonbank.eu".into(),
            links: vec!["https://www.moonbank.eu/help".into(), "https://moonbank.eu.check-in.net/".into()],
        }
    }

    #[test]
    fn find_the_site_then_judge_it() {
        let level = level();
        assert!(level.validate().is_ok());
        let mut round = AddressRound::new(&level);
        assert_eq!(round.judge(true), Reading::Ignored, "first find the site");
        assert_eq!(round.tap_part(1), Reading::OtherPart(1), "www. is a subdomain");
        assert_eq!(round.tap_part(2), Reading::FoundSite);
        assert_eq!(round.phase(), Phase::Judge);
        assert_eq!(round.judge(true), Reading::Right);
        assert!(round.next());
        // moonbank. eu. check-in.net: the site is the fourth part.
        assert_eq!(round.tap_part(3), Reading::FoundSite);
        assert_eq!(round.judge(true), Reading::Wrong);
        assert_eq!(round.judge(false), Reading::Right);
        assert!(round.is_finished());
        assert_eq!(round.answers(), ["1:subdomain", "1:site", "1:real", "2:site", "2:real", "2:fake"]);
        assert_eq!(round.mistakes(), 2);
        assert_eq!(round.stars(), 1);
    }

    #[test]
    fn validation_refuses_bad_links_and_all_real_levels() {
        let mut bad = level();
        bad.links.push("https://10.0.0.1/".into());
        assert!(bad.validate().is_err());
        let mut all_real = level();
        all_real.links.pop();
        all_real.links.push("https://moonbank.eu/".into());
        assert!(all_real.validate().unwrap_err().contains("look-alike"));
        let mut not_a_site = level();
        not_a_site.site = "www.moonbank.eu".into();
        assert!(not_a_site.validate().unwrap_err().contains("not a site name"));
    }
}

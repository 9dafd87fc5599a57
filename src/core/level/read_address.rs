//! The "read the address" kind (`"kind": "read_address"`): a brand (e.g. a bank) and links
//! that claim to go to it. For each link the pupil taps the part that names the real site,
//! then says whether it is the brand's site. Tapping another part shows what that part tells
//! you; each wrong tap or wrong answer is a mistake. Which links are real is not written by
//! the author: it comes from parsing the addresses (see `core::address`).
//!
//! A link may also have words the pupil sees first (`shown`): the text of a link in a
//! message ("Get your prize"), or where a QR code is stuck. Below them the game shows the
//! address it really goes to, as a phone shows it when you press and hold a link or scan a
//! code. A link may carry a `note` (what to do), shown with the answer.

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
    pub links: Vec<Link>,
}

/// One link of an address level. In a file it is either just the address
/// (`"https://www.moonbank.example/help"`) or an object with the words shown first:
/// `{ "shown": "<fluent id>", "address": "https://…", "note": "<fluent id>" }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "LinkFile", into = "LinkFile")]
pub struct Link {
    /// Where the link really goes.
    pub address: String,
    /// Fluent id of the words the pupil sees before the address: a link's text in a message,
    /// or where a QR code is. `None`: the address is all there is.
    pub shown: Option<MessageId>,
    /// Fluent id of a sentence shown with the answer, e.g. what to do instead.
    pub note: Option<MessageId>,
}

/// How a link is written in a level file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
enum LinkFile {
    Address(String),
    Shown(ShownLinkFile),
}

/// A link with words shown first, as written in a level file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ShownLinkFile {
    shown: MessageId,
    address: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<MessageId>,
}

impl From<LinkFile> for Link {
    fn from(file: LinkFile) -> Link {
        match file {
            LinkFile::Address(address) => Link { address, shown: None, note: None },
            LinkFile::Shown(ShownLinkFile { shown, address, note }) => Link { address, shown: Some(shown), note },
        }
    }
}

impl From<Link> for LinkFile {
    fn from(link: Link) -> LinkFile {
        match link.shown {
            None if link.note.is_none() => LinkFile::Address(link.address),
            // A note without shown words is written with empty words, which validation refuses.
            shown => LinkFile::Shown(ShownLinkFile {
                shown: shown.unwrap_or_default(),
                address: link.address,
                note: link.note,
            }),
        }
    }
}

impl From<&str> for Link {
    fn from(address: &str) -> Link {
        Link { address: address.to_owned(), shown: None, note: None }
    }
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
            if link.shown.as_ref().is_some_and(String::is_empty) || link.note.as_ref().is_some_and(String::is_empty) {
                return Err(format!("{}: shown and note need Fluent ids", link.address));
            }
            let parsed = address::read(&link.address).map_err(|e| e.to_string())?;
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
        self.links.iter().filter_map(|l| address::read(&l.address).ok()).collect()
    }

    /// Fluent ids this level uses.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        let links = self.links.iter().flat_map(|l| l.shown.iter().chain(l.note.iter()).map(String::as_str));
        std::iter::once(self.brand.as_str()).chain(links)
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
    /// The words shown first and the note, per link (of the links that parse).
    extras: Vec<(Option<MessageId>, Option<MessageId>)>,
    real: Vec<bool>,
    current: usize,
    phase: Phase,
    log: AnswerLog,
}

impl AddressRound {
    /// A new round over the level's links.
    pub fn new(level: &ReadAddress) -> AddressRound {
        let (links, extras): (Vec<Address>, Vec<_>) = level
            .links
            .iter()
            .filter_map(|l| address::read(&l.address).ok().map(|a| (a, (l.shown.clone(), l.note.clone()))))
            .unzip();
        let real = links.iter().map(|a| a.goes_to(&level.site)).collect();
        AddressRound { links, extras, real, current: 0, phase: Phase::FindSite, log: AnswerLog::default() }
    }

    /// The link on screen, if any.
    pub fn current(&self) -> Option<(usize, &Address)> {
        self.links.get(self.current).map(|a| (self.current, a))
    }

    /// Fluent id of the words the current link shows before its address, if any.
    pub fn current_shown(&self) -> Option<&str> {
        self.extras.get(self.current).and_then(|(shown, _)| shown.as_deref())
    }

    /// Fluent id of the current link's note (shown with the answer), if any.
    pub fn current_note(&self) -> Option<&str> {
        self.extras.get(self.current).and_then(|(_, note)| note.as_deref())
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

    #[test]
    fn a_link_is_an_address_or_words_shown_over_an_address() {
        let json = r#"{ "brand": "b", "site": "moonbank.example", "links": [
            "https://www.moonbank.example/",
            { "shown": "words", "address": "https://moonbank-prize.example/", "note": "what-to-do" }
        ] }"#;
        let level: ReadAddress = serde_json::from_str(json).unwrap();
        assert!(level.validate().is_ok());
        assert_eq!(level.links[0], Link::from("https://www.moonbank.example/"));
        assert_eq!(level.links[1].shown.as_deref(), Some("words"));
        assert_eq!(level.message_ids().collect::<Vec<_>>(), ["b", "words", "what-to-do"]);
        let again: ReadAddress = serde_json::from_str(&serde_json::to_string(&level).unwrap()).unwrap();
        assert_eq!(again, level, "written back the same way");
        let mut round = AddressRound::new(&level);
        assert_eq!((round.current_shown(), round.current_note()), (None, None));
        round.tap_part(2);
        round.judge(true);
        round.next();
        assert_eq!((round.current_shown(), round.current_note()), (Some("words"), Some("what-to-do")));
        assert!(!round.current_is_real(), "the words are not where it goes");
        let unknown = r#"{ "brand": "b", "site": "moonbank.example", "links": [{ "address": "https://a.example/", "text": "x" }] }"#;
        assert!(serde_json::from_str::<ReadAddress>(unknown).is_err(), "a link needs its shown words");
    }
}

//! The "Spot the red flags" kind: a screen (a message, an e-mail, a web page) made of parts;
//! some are warning signs (a stranger's address, a prize, a hurry, a strange link). The pupil
//! taps the parts they think are red flags; every tap shows its reason. The level is done when
//! every red flag is found; stars count the taps on parts that were fine.

use super::{AnswerLog, Answers, MessageId};
use serde::{Deserialize, Serialize};

/// How the screen is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScreenKind {
    /// A chat message on a phone.
    Message,
    /// An e-mail with sender and subject.
    Email,
    /// A web page with its address bar.
    Web,
    /// A profile page with its settings.
    Profile,
    /// A post on a photo app: the photo described line by line, then caption and comments.
    Post,
    /// A group chat.
    GroupChat,
}

/// Data of a red-flags level, as written in its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpotFlags {
    /// How the screen looks.
    pub screen: ScreenKind,
    /// The parts of the screen, top to bottom.
    pub parts: Vec<Part>,
}

/// One part of the screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    /// Stable id within the level (recorded in answers).
    pub id: String,
    /// Fluent id of what the part shows.
    pub text: MessageId,
    /// Whether it is a warning sign.
    pub flag: bool,
    /// Fluent id of the one- or two-sentence reason shown when it is tapped.
    pub reason: MessageId,
    /// For a red flag on a settings screen: Fluent id of the line once the pupil has fixed
    /// it (tapping the flag fixes it), e.g. "Who can see my profile: Friends only".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed: Option<MessageId>,
}

impl SpotFlags {
    /// At least one red flag and one part that is fine, unique ids, texts and reasons.
    pub fn validate(&self) -> Result<(), String> {
        for (i, part) in self.parts.iter().enumerate() {
            if part.id.is_empty() || self.parts[..i].iter().any(|p| p.id == part.id) {
                return Err(format!("part id {:?} is empty or used twice", part.id));
            }
            if part.text.is_empty() || part.reason.is_empty() {
                return Err(format!("part {:?} needs a text and a reason", part.id));
            }
        }
        if let Some(part) = self.parts.iter().find(|p| p.fixed.is_some() && !p.flag) {
            return Err(format!("part {:?} is fine, so it has nothing to fix", part.id));
        }
        if self.parts.iter().any(|p| p.fixed.as_ref().is_some_and(String::is_empty)) {
            return Err("a fixed text needs a Fluent id".to_owned());
        }
        if !self.parts.iter().any(|p| p.flag) {
            return Err("a red-flags level needs at least one red flag".to_owned());
        }
        if !self.parts.iter().any(|p| !p.flag) {
            return Err("a red-flags level needs at least one part that is fine".to_owned());
        }
        Ok(())
    }

    /// Fluent ids of every text and reason.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().flat_map(|p| [p.text.as_str(), p.reason.as_str()].into_iter().chain(p.fixed.as_deref()))
    }
}

/// What a tap found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TapResult {
    /// A red flag, found now.
    Flag,
    /// A part that is fine: one mistake.
    NotAFlag,
    /// Tapped before: nothing changes.
    Again,
}

/// A hunt for the red flags in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct FlagHunt {
    flags: Vec<bool>,
    tapped: Vec<bool>,
    log: AnswerLog,
}

impl FlagHunt {
    /// A new hunt over the level's parts.
    pub fn new(level: &SpotFlags) -> FlagHunt {
        FlagHunt {
            flags: level.parts.iter().map(|p| p.flag).collect(),
            tapped: vec![false; level.parts.len()],
            log: AnswerLog::default(),
        }
    }

    /// Taps part `index` (as recorded, by its `id`).
    pub fn tap(&mut self, index: usize, id: &str) -> Option<TapResult> {
        let flag = *self.flags.get(index)?;
        if self.tapped[index] {
            return Some(TapResult::Again);
        }
        self.tapped[index] = true;
        self.log.answers.push(id.to_owned());
        if flag {
            Some(TapResult::Flag)
        } else {
            self.log.mistakes += 1;
            Some(TapResult::NotAFlag)
        }
    }

    /// Whether part `index` has been tapped.
    pub fn is_tapped(&self, index: usize) -> bool {
        self.tapped.get(index).copied().unwrap_or(false)
    }

    /// Red flags found so far, and how many there are.
    pub fn found(&self) -> (usize, usize) {
        let total = self.flags.iter().filter(|f| **f).count();
        let found = self.flags.iter().zip(&self.tapped).filter(|(f, t)| **f && **t).count();
        (found, total)
    }

    /// Whether every red flag is found.
    pub fn is_finished(&self) -> bool {
        let (found, total) = self.found();
        found == total
    }
}

impl Answers for FlagHunt {
    fn log(&self) -> &AnswerLog {
        &self.log
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level() -> SpotFlags {
        let part = |id: &str, flag: bool| Part {
            id: id.into(),
            text: format!("t-{id}"),
            flag,
            reason: format!("r-{id}"),
            fixed: None,
        };
        SpotFlags {
            screen: ScreenKind::Message,
            parts: vec![part("sender", true), part("hello", false), part("prize", true)],
        }
    }

    #[test]
    fn finding_every_flag_finishes_and_fine_parts_are_mistakes() {
        let level = level();
        let mut hunt = FlagHunt::new(&level);
        assert_eq!(hunt.tap(1, "hello"), Some(TapResult::NotAFlag));
        assert_eq!(hunt.tap(1, "hello"), Some(TapResult::Again), "a second tap is not a second mistake");
        assert_eq!(hunt.tap(0, "sender"), Some(TapResult::Flag));
        assert!(!hunt.is_finished());
        assert_eq!(hunt.found(), (1, 2));
        assert_eq!(hunt.tap(2, "prize"), Some(TapResult::Flag));
        assert!(hunt.is_finished());
        assert_eq!(hunt.mistakes(), 1);
        assert_eq!(hunt.stars(), 2);
        assert_eq!(hunt.answers(), ["hello", "sender", "prize"]);
        assert_eq!(hunt.tap(9, "nothing"), None);
    }

    #[test]
    fn a_level_needs_flags_and_fine_parts_with_reasons() {
        assert!(level().validate().is_ok());
        let mut no_fine = level();
        no_fine.parts.retain(|p| p.flag);
        assert!(no_fine.validate().unwrap_err().contains("fine"));
        let mut twice = level();
        twice.parts[1].id = "sender".into();
        assert!(twice.validate().unwrap_err().contains("twice"));
        let mut no_reason = level();
        no_reason.parts[0].reason.clear();
        assert!(no_reason.validate().unwrap_err().contains("reason"));
        let mut fixing_a_fine_part = level();
        fixing_a_fine_part.parts[1].fixed = Some("t-hello-fixed".into());
        assert!(fixing_a_fine_part.validate().unwrap_err().contains("nothing to fix"));
        let mut fixing_a_flag = level();
        fixing_a_flag.parts[0].fixed = Some("t-sender-fixed".into());
        assert!(fixing_a_flag.validate().is_ok());
        assert!(
            fixing_a_flag.message_ids().any(|id| id == "t-sender-fixed"),
            "the fixed text must exist in every language"
        );
    }
}

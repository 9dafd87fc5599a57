//! Which language packs are on hand, and what happens when a pupil picks a language: switch at
//! once when its pack is loaded, otherwise ask the page for it (from the service worker's cache
//! or the network) and switch when it arrives, unless the pupil has picked another one since.
//! A pack that cannot come (offline, and never fetched on this tablet) leaves the current
//! language as it is and says so.

use std::collections::BTreeMap;

/// Why a language pack did not arrive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackError {
    /// It could not be downloaded (no network, or the server did not answer) and this tablet
    /// has no copy.
    NotOnDevice,
    /// It arrived but is not a pack of this version (a damaged download, a server's error page).
    Damaged,
}

impl PackError {
    /// The Fluent id of the message that tells the pupil (with `$language`, the language's
    /// own name, and `$ready`, the languages this tablet has).
    pub fn message_id(self) -> &'static str {
        match self {
            PackError::NotOnDevice => "language-not-on-device",
            PackError::Damaged => "language-damaged",
        }
    }

    /// Every error, for the completeness tests.
    pub const ALL: [PackError; 2] = [PackError::NotOnDevice, PackError::Damaged];
}

/// Where one language's pack stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackState {
    /// Asked for; not here yet.
    Requested,
    /// Loaded into the texts.
    Loaded,
    /// The last request failed (a later choice asks again).
    Failed(PackError),
}

/// What to do about a language the pupil chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Its pack is loaded: switch now.
    Switch,
    /// Ask the page for its pack.
    Fetch,
    /// Already asked; wait for it.
    Wait,
}

/// What a pack's arrival means for the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// The language the pupil is waiting for: switch to it.
    Switch,
    /// Loaded for later (the pupil has chosen another language since).
    Kept,
    /// The language the pupil is waiting for cannot come: tell them.
    Failed(PackError),
    /// A failure of a pack nobody waits for any more.
    Ignored,
}

/// The packs of this session and the language the pupil waits for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Packs {
    states: BTreeMap<String, PackState>,
    wanted: Option<String>,
}

impl Packs {
    /// A pack that is loaded (the one the page started with, or one added since).
    pub fn loaded(&mut self, tag: &str) {
        self.states.insert(tag.to_owned(), PackState::Loaded);
    }

    /// The state of `tag`'s pack, if it was ever asked for or loaded.
    pub fn state(&self, tag: &str) -> Option<PackState> {
        self.states.get(tag).copied()
    }

    /// The language being fetched for the pupil, if any.
    pub fn wanted(&self) -> Option<&str> {
        self.wanted.as_deref()
    }

    /// The pupil picks `tag` (a language the game ships).
    pub fn choose(&mut self, tag: &str) -> Choice {
        match self.states.get(tag) {
            Some(PackState::Loaded) => {
                self.wanted = None;
                Choice::Switch
            }
            Some(PackState::Requested) => {
                self.wanted = Some(tag.to_owned());
                Choice::Wait
            }
            None | Some(PackState::Failed(_)) => {
                self.wanted = Some(tag.to_owned());
                self.states.insert(tag.to_owned(), PackState::Requested);
                Choice::Fetch
            }
        }
    }

    /// `tag`'s pack arrived (`Ok`: and was loaded into the texts) or failed.
    pub fn arrived(&mut self, tag: &str, result: Result<(), PackError>) -> Arrival {
        let waited = self.wanted.as_deref() == Some(tag);
        if waited {
            self.wanted = None;
        }
        match result {
            Ok(()) => {
                self.states.insert(tag.to_owned(), PackState::Loaded);
                if waited { Arrival::Switch } else { Arrival::Kept }
            }
            Err(error) => {
                self.states.insert(tag.to_owned(), PackState::Failed(error));
                if waited { Arrival::Failed(error) } else { Arrival::Ignored }
            }
        }
    }

    /// Languages loaded in this session.
    pub fn loaded_tags(&self) -> impl Iterator<Item = &str> {
        self.states.iter().filter(|(_, s)| **s == PackState::Loaded).map(|(t, _)| t.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_loaded_language_switches_at_once() {
        let mut packs = Packs::default();
        packs.loaded("en");
        assert_eq!(packs.choose("en"), Choice::Switch);
        assert_eq!(packs.wanted(), None);
    }

    #[test]
    fn a_new_language_is_fetched_once_and_switched_to_when_it_arrives() {
        let mut packs = Packs::default();
        assert_eq!(packs.choose("fr"), Choice::Fetch);
        assert_eq!(packs.choose("fr"), Choice::Wait, "tapping again does not fetch twice");
        assert_eq!(packs.wanted(), Some("fr"));
        assert_eq!(packs.arrived("fr", Ok(())), Arrival::Switch);
        assert_eq!(packs.choose("fr"), Choice::Switch);
        assert_eq!(packs.loaded_tags().collect::<Vec<_>>(), ["fr"]);
    }

    #[test]
    fn the_last_choice_wins_and_a_late_pack_is_kept() {
        let mut packs = Packs::default();
        packs.loaded("en");
        assert_eq!(packs.choose("fr"), Choice::Fetch);
        assert_eq!(packs.choose("en"), Choice::Switch, "the pupil changed their mind");
        assert_eq!(packs.arrived("fr", Ok(())), Arrival::Kept, "no switch the pupil did not ask for now");
        assert_eq!(packs.state("fr"), Some(PackState::Loaded));
        assert_eq!(packs.choose("pl"), Choice::Fetch);
        assert_eq!(packs.choose("fr"), Choice::Switch);
        assert_eq!(packs.arrived("pl", Err(PackError::NotOnDevice)), Arrival::Ignored);
    }

    #[test]
    fn a_failure_is_told_and_the_next_choice_tries_again() {
        let mut packs = Packs::default();
        assert_eq!(packs.choose("fr"), Choice::Fetch);
        assert_eq!(packs.arrived("fr", Err(PackError::NotOnDevice)), Arrival::Failed(PackError::NotOnDevice));
        assert_eq!(packs.state("fr"), Some(PackState::Failed(PackError::NotOnDevice)));
        assert_eq!(packs.choose("fr"), Choice::Fetch, "online again, it may come now");
        assert_eq!(packs.arrived("fr", Err(PackError::Damaged)), Arrival::Failed(PackError::Damaged));
    }
}

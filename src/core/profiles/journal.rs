//! The tablet's durable copy of everything the game stores (the *journal*), beside the fast one.
//!
//! The game reads and writes a synchronous key-value store (localStorage in the browser), but
//! a browser writes that to disk only seconds later: a tablet whose browser is killed (Android
//! does, batteries die) loses what was "saved" just before. So every write also goes to the
//! journal (IndexedDB in the browser, committed with strict durability), and a level counts
//! as done on screen only once the journal has it. At the next start the two are reconciled
//! here: whichever copy is newer, nothing either holds is lost.
//!
//! - A key removed is kept in the journal as a *tombstone* (`None`), so a removed player
//!   whose removal had not reached the fast store yet does not come back.
//! - Two differing copies of a player's record are merged ([`merge_records`]), never one
//!   chosen: the newer nickname and picture, every attempt of both.
//! - Any other key: the journal's copy wins (it is the one known to be on disk).
//! - Keys only the fast store has (from versions before the journal, or a journal write the
//!   kill interrupted) are copied into the journal.
//! - The players screen's copy for the page (`core::quick::QUICK_KEY`) is a cache the game
//!   rewrites itself: never journaled, and a journal entry for it is ignored.
//!
//! The same merge runs inside the journal's own read-merge-write of a record, which the
//! browser serialises across tabs (IndexedDB read-write transactions on one store never
//! overlap), so the installed app and a browser tab cannot overwrite each other's results.

use super::store::{KEY_PREFIX, absorb, decode, encode, is_record_key};
use crate::core::progress::{DecodeError, KeyValueStore};
use crate::core::quick::QUICK_KEY;

/// Whether the journal keeps `key`: the game's keys, except the page's copy of the players
/// screen (a cache; an old copy brought back would show players as they were).
fn journaled(key: &str) -> bool {
    key.starts_with(KEY_PREFIX) && key != QUICK_KEY
}

/// One journal entry: a key and its value, or `None` for a key that was removed.
pub type Entry = (String, Option<String>);

/// The record to keep when two copies of one player's record differ: both merged. A copy that
/// cannot be read gives way to one that can; a copy from a newer version is never replaced.
pub fn merge_records(stored: &str, ours: &str) -> String {
    if stored == ours {
        return ours.to_owned();
    }
    match (decode(stored), decode(ours)) {
        (Err(DecodeError::NewerVersion(_)), _) => stored.to_owned(),
        (Ok(theirs), Ok(mut merged)) if theirs.id == merged.id => {
            absorb(&mut merged, theirs);
            encode(&merged)
        }
        (Ok(_), Err(_)) => stored.to_owned(),
        _ => ours.to_owned(),
    }
}

/// Brings the fast store `local` up to date with the `journal` read at start. Returns what the
/// journal must be given in turn (keys it lacks, and merged records), in key order. Errors of
/// the fast store are left to the game's own load, which reports them.
pub fn reconcile<S: KeyValueStore + ?Sized>(local: &mut S, journal: &[Entry]) -> Vec<Entry> {
    let mut to_journal = Vec::new();
    for (key, value) in journal.iter().filter(|(key, _)| journaled(key)) {
        let here = local.get(key).ok().flatten();
        match (value, here) {
            (None, Some(_)) => {
                let _ = local.remove(key);
            }
            (Some(kept), Some(here)) if *kept != here => {
                let merged = if is_record_key(key) { merge_records(kept, &here) } else { kept.clone() };
                if merged != here {
                    let _ = local.set(key, &merged);
                }
                if merged != *kept {
                    to_journal.push((key.clone(), Some(merged)));
                }
            }
            (Some(kept), None) => {
                let _ = local.set(key, kept);
            }
            _ => {}
        }
    }
    let mut only_here: Vec<String> = local
        .keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|key| journaled(key) && !journal.iter().any(|(k, _)| k == key))
        .collect();
    only_here.sort_unstable();
    for key in only_here {
        if let Ok(Some(value)) = local.get(&key) {
            to_journal.push((key, Some(value)));
        }
    }
    to_journal.sort();
    to_journal
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::profiles::store::{TabletStore, key};
    use crate::core::profiles::{Avatar, Nickname, Profile};
    use crate::core::progress::{Attempt, MemoryStore};

    fn profile(id: &str) -> Profile {
        Profile {
            id: id.to_owned(),
            nickname: Nickname::new("brave", "fox"),
            avatar: Avatar::new("moon", "blue"),
            secret: None,
            created: 1,
            updated: 1,
            band: None,
            settings: Default::default(),
            progress: Default::default(),
        }
    }

    fn with_attempt(mut p: Profile, level: &str, stars: u8, at: u64) -> Profile {
        p.progress.record_attempt(level, Attempt { outcome: "reached_goal".into(), stars, at, ..Default::default() });
        p
    }

    fn journal_of(entries: &[(&str, Option<&str>)]) -> Vec<Entry> {
        entries.iter().map(|(k, v)| ((*k).to_owned(), v.map(str::to_owned))).collect()
    }

    #[test]
    fn the_pages_copy_of_the_players_screen_is_never_journaled_nor_brought_back() {
        let mut local = MemoryStore::with(QUICK_KEY, "now");
        let to_journal = reconcile(&mut local, &journal_of(&[(QUICK_KEY, Some("before"))]));
        assert!(to_journal.is_empty(), "{to_journal:?}");
        assert_eq!(local.get(QUICK_KEY).unwrap().as_deref(), Some("now"));
        let mut empty = MemoryStore::default();
        assert!(reconcile(&mut empty, &journal_of(&[(QUICK_KEY, Some("before"))])).is_empty());
        assert_eq!(empty.get(QUICK_KEY).unwrap(), None);
    }

    #[test]
    fn a_win_only_the_journal_kept_comes_back() {
        // The browser was killed before localStorage reached the disk: it holds the player
        // as before the win; the journal holds the win.
        let before = profile("a1");
        let after = with_attempt(before.clone(), "robot-first-steps", 3, 10);
        let mut local = MemoryStore::with(&key("a1"), &encode(&before));
        let to_journal = reconcile(&mut local, &journal_of(&[(&key("a1"), Some(&encode(&after)))]));
        assert!(to_journal.is_empty(), "the journal was already right: {to_journal:?}");
        let (tablet, notices) = TabletStore::new(local).load(1, 1);
        assert!(notices.is_empty());
        assert_eq!(tablet.profiles[0].progress.best_stars("robot-first-steps"), 3);
    }

    #[test]
    fn copies_that_each_hold_a_result_keep_both() {
        let base = profile("a1");
        let here = with_attempt(base.clone(), "loop-first-loop", 2, 20);
        let kept = with_attempt(base, "share-or-keep", 3, 30);
        let mut local = MemoryStore::with(&key("a1"), &encode(&here));
        let to_journal = reconcile(&mut local, &journal_of(&[(&key("a1"), Some(&encode(&kept)))]));
        let merged = decode(&local.get(&key("a1")).unwrap().unwrap()).unwrap();
        assert_eq!(merged.progress.best_stars("loop-first-loop"), 2);
        assert_eq!(merged.progress.best_stars("share-or-keep"), 3);
        assert_eq!(to_journal, vec![(key("a1"), Some(encode(&merged)))], "the journal gets the merge too");
    }

    #[test]
    fn a_removed_player_stays_removed_and_a_new_one_reaches_the_journal() {
        let mut local = MemoryStore::with(&key("gone"), &encode(&profile("gone")));
        local.set(&key("new"), &encode(&profile("new"))).unwrap();
        local.set("other.app", "not ours").unwrap();
        let to_journal = reconcile(&mut local, &journal_of(&[(&key("gone"), None)]));
        assert_eq!(local.get(&key("gone")).unwrap(), None);
        assert_eq!(to_journal, vec![(key("new"), Some(encode(&profile("new"))))], "only Byte Bridge's keys");
    }

    #[test]
    fn other_values_take_the_journals_copy_and_damaged_copies_give_way() {
        let good = encode(&with_attempt(profile("a1"), "robot-first-steps", 1, 5));
        let mut local = MemoryStore::with("bytebridge.assignment", "old");
        local.set(&key("a1"), "{\"schema\":3,\"check\":\"00000000\",\"profile\":{}}").unwrap();
        let to_journal =
            reconcile(&mut local, &journal_of(&[("bytebridge.assignment", Some("new")), (&key("a1"), Some(&good))]));
        assert_eq!(local.get("bytebridge.assignment").unwrap().as_deref(), Some("new"));
        assert_eq!(local.get(&key("a1")).unwrap(), Some(good));
        assert!(to_journal.is_empty());
    }

    #[test]
    fn a_record_from_a_newer_version_is_never_replaced() {
        let newer = "{\"schema\":99,\"check\":\"x\",\"profile\":{\"id\":\"a1\"}}";
        let ours = encode(&profile("a1"));
        assert_eq!(merge_records(newer, &ours), newer);
        assert_eq!(merge_records(&ours, &ours), ours);
    }

    #[test]
    fn reconciling_twice_changes_nothing_more() {
        let base = profile("a1");
        let here = with_attempt(base.clone(), "loop-first-loop", 2, 20);
        let kept = with_attempt(base, "share-or-keep", 3, 30);
        let mut local = MemoryStore::with(&key("a1"), &encode(&here));
        let mut journal = journal_of(&[(&key("a1"), Some(&encode(&kept)))]);
        for (k, v) in reconcile(&mut local, &journal) {
            journal.retain(|(key, _)| *key != k);
            journal.push((k, v));
        }
        assert!(reconcile(&mut local, &journal).is_empty());
    }
}

//! Saving progress through a small key-value interface. The browser's localStorage
//! implements it in `web`; tests use [`MemoryStore`].

use super::{DecodeError, Progress, decode, encode};
use std::collections::HashMap;
use thiserror::Error;

/// Where progress lives on the tablet.
pub const PROGRESS_KEY: &str = "bytebridge.progress";
/// Where a record that could not be read is kept, so nothing is thrown away.
pub const DAMAGED_KEY: &str = "bytebridge.progress.damaged";

/// Why the store could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StoreError {
    /// No storage at all (private mode, blocked by settings).
    #[error("storage is unavailable")]
    Unavailable,
    /// The storage quota is used up.
    #[error("storage is full")]
    Full,
    /// Anything else the browser reported.
    #[error("storage failed: {0}")]
    Other(String),
}

/// A minimal string key-value store.
pub trait KeyValueStore {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Stores `value` under `key`, replacing what was there.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
}

impl<T: KeyValueStore + ?Sized> KeyValueStore for Box<T> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
}

/// An in-memory store: for tests, and for native builds.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    values: HashMap<String, String>,
    /// When set, every call fails with this error (to test failure handling).
    pub fail_with: Option<StoreError>,
}

impl MemoryStore {
    /// A store holding `key` = `value`.
    pub fn with(key: &str, value: &str) -> MemoryStore {
        let mut store = MemoryStore::default();
        store.values.insert(key.to_owned(), value.to_owned());
        store
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match &self.fail_with {
            Some(error) => Err(error.clone()),
            None => Ok(self.values.get(key).cloned()),
        }
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        match &self.fail_with {
            Some(error) => Err(error.clone()),
            None => {
                self.values.insert(key.to_owned(), value.to_owned());
                Ok(())
            }
        }
    }
}

/// Something the pupil (or teacher) should be told about storage. Each has a Fluent message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageNotice {
    /// Nothing can be saved on this tablet right now; play continues for this session.
    Unavailable,
    /// The saved record was damaged; it was kept aside and a fresh record started.
    RecoveredDamaged,
    /// The saved record comes from a newer version; it is left untouched and nothing is saved.
    NewerVersion,
    /// The tablet's storage is full; the last result could not be saved.
    Full,
}

impl StorageNotice {
    /// The Fluent id of the message shown for this notice.
    pub fn message_id(self) -> &'static str {
        match self {
            StorageNotice::Unavailable => "storage-unavailable",
            StorageNotice::RecoveredDamaged => "storage-recovered-damaged",
            StorageNotice::NewerVersion => "storage-newer-version",
            StorageNotice::Full => "storage-full",
        }
    }
}

/// Loads and saves [`Progress`] through a [`KeyValueStore`], never losing a stored record:
/// a damaged one is copied aside before anything new is written, and one from a newer
/// version is never overwritten.
#[derive(Debug)]
pub struct ProgressStore<S> {
    store: S,
    writable: bool,
}

impl<S: KeyValueStore> ProgressStore<S> {
    /// Wraps a store.
    pub fn new(store: S) -> Self {
        ProgressStore { store, writable: true }
    }

    /// The wrapped store.
    pub fn inner(&self) -> &S {
        &self.store
    }

    /// Reads the saved progress, or a fresh record, with what the pupil should be told.
    pub fn load(&mut self) -> (Progress, Option<StorageNotice>) {
        let text = match self.store.get(PROGRESS_KEY) {
            Ok(Some(text)) => text,
            Ok(None) => return (Progress::default(), None),
            Err(_) => {
                self.writable = false;
                return (Progress::default(), Some(StorageNotice::Unavailable));
            }
        };
        match decode(&text) {
            Ok(progress) => (progress, None),
            Err(DecodeError::NewerVersion(_)) => {
                self.writable = false;
                (Progress::default(), Some(StorageNotice::NewerVersion))
            }
            Err(DecodeError::Damaged(_)) => {
                if self.store.set(DAMAGED_KEY, &text).is_err() {
                    // Could not keep a copy: leave the damaged record where it is.
                    self.writable = false;
                }
                (Progress::default(), Some(StorageNotice::RecoveredDamaged))
            }
        }
    }

    /// Writes progress at once. Returns a notice when it could not be saved.
    pub fn save(&mut self, progress: &Progress) -> Result<(), StorageNotice> {
        if !self.writable {
            return Err(StorageNotice::Unavailable);
        }
        self.store.set(PROGRESS_KEY, &encode(progress)).map_err(|error| match error {
            StoreError::Full => StorageNotice::Full,
            StoreError::Unavailable | StoreError::Other(_) => StorageNotice::Unavailable,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_progress_loads_again() {
        let mut store = ProgressStore::new(MemoryStore::default());
        let mut progress = Progress::default();
        progress.record_completion("a", 2);
        store.save(&progress).expect("saves");
        let mut again = ProgressStore::new(store.inner().clone());
        assert_eq!(again.load(), (progress, None));
    }

    #[test]
    fn damaged_record_is_kept_aside_before_a_fresh_start() {
        let mut store = ProgressStore::new(MemoryStore::with(PROGRESS_KEY, "{\"schema\":1,\"progr"));
        let (progress, notice) = store.load();
        assert_eq!(progress, Progress::default());
        assert_eq!(notice, Some(StorageNotice::RecoveredDamaged));
        assert_eq!(store.inner().get(DAMAGED_KEY), Ok(Some("{\"schema\":1,\"progr".to_owned())));
        assert!(store.save(&progress).is_ok());
    }

    #[test]
    fn newer_record_is_never_overwritten() {
        let newer = r#"{"schema":7,"progress":{}}"#;
        let mut store = ProgressStore::new(MemoryStore::with(PROGRESS_KEY, newer));
        assert_eq!(store.load().1, Some(StorageNotice::NewerVersion));
        assert_eq!(store.save(&Progress::default()), Err(StorageNotice::Unavailable));
        assert_eq!(store.inner().get(PROGRESS_KEY), Ok(Some(newer.to_owned())));
    }

    #[test]
    fn unavailable_and_full_storage_are_reported_not_fatal() {
        let mut blocked =
            ProgressStore::new(MemoryStore { fail_with: Some(StoreError::Unavailable), ..Default::default() });
        assert_eq!(blocked.load(), (Progress::default(), Some(StorageNotice::Unavailable)));
        let mut full = ProgressStore::new(MemoryStore::default());
        full.load();
        full.store.fail_with = Some(StoreError::Full);
        assert_eq!(full.save(&Progress::default()), Err(StorageNotice::Full));
    }
}

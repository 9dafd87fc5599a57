//! The small key-value interface everything is saved through. The browser's localStorage
//! implements it in `web`; tests use [`MemoryStore`]. What is stored, and how it is kept
//! safe, is `crate::core::profiles::store`.

use std::collections::BTreeMap;
use thiserror::Error;

/// Where the single pupil's progress lived before profiles (schemas 1 and 2).
pub const PROGRESS_KEY: &str = "bytebridge.progress";
/// Where such a record that could not be read is kept, so nothing is thrown away.
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
    /// Removes `key` (nothing happens if it is not there).
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
    /// Whether everything written so far is on disk. A store that writes to disk later (the
    /// browser's, with its durable journal: `core::profiles::journal`) says false until it is;
    /// the game shows a result as saved only then.
    fn settled(&self) -> bool {
        true
    }
}

impl<T: KeyValueStore + ?Sized> KeyValueStore for Box<T> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        (**self).keys()
    }

    fn settled(&self) -> bool {
        (**self).settled()
    }
}

/// An in-memory store: for tests, and for native builds.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    values: BTreeMap<String, String>,
    /// When set, every call fails with this error (to test failure handling).
    pub fail_with: Option<StoreError>,
    /// When set, writes fail with [`StoreError::Full`] once the values hold more bytes.
    pub quota: Option<usize>,
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
        if let Some(error) = &self.fail_with {
            return Err(error.clone());
        }
        if let Some(quota) = self.quota {
            let others: usize = self.values.iter().filter(|(k, _)| *k != key).map(|(k, v)| k.len() + v.len()).sum();
            if others + key.len() + value.len() > quota {
                return Err(StoreError::Full);
            }
        }
        self.values.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        match &self.fail_with {
            Some(error) => Err(error.clone()),
            None => {
                self.values.remove(key);
                Ok(())
            }
        }
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        match &self.fail_with {
            Some(error) => Err(error.clone()),
            None => Ok(self.values.keys().cloned().collect()),
        }
    }
}

/// Something the pupil (or teacher) should be told about storage. Each has a Fluent message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageNotice {
    /// Nothing can be saved on this tablet right now; play continues for this session.
    Unavailable,
    /// A saved record was damaged and no good copy was left; it was kept aside.
    RecoveredDamaged,
    /// A saved record was damaged; its last good copy was brought back.
    RecoveredFromBackup,
    /// The saved record comes from a newer version; it is left untouched and nothing is saved.
    NewerVersion,
    /// The tablet's storage is full; the last result could not be saved.
    Full,
    /// A file could not be handed over (download refused or failed).
    FileNotSaved,
}

impl StorageNotice {
    /// Every notice.
    pub const ALL: [StorageNotice; 6] = [
        StorageNotice::Unavailable,
        StorageNotice::RecoveredDamaged,
        StorageNotice::RecoveredFromBackup,
        StorageNotice::NewerVersion,
        StorageNotice::Full,
        StorageNotice::FileNotSaved,
    ];

    /// The Fluent id of the message shown for this notice.
    pub fn message_id(self) -> &'static str {
        match self {
            StorageNotice::Unavailable => "storage-unavailable",
            StorageNotice::RecoveredDamaged => "storage-recovered-damaged",
            StorageNotice::RecoveredFromBackup => "storage-recovered-backup",
            StorageNotice::NewerVersion => "storage-newer-version",
            StorageNotice::Full => "storage-full",
            StorageNotice::FileNotSaved => "save-file-failed",
        }
    }
}

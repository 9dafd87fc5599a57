//! Where the game's saves go in a browser: localStorage, for answers at once, and beside it the
//! durable journal in IndexedDB (web/journal.js), which is on disk when a write completes. The
//! rules for the two copies are core's (`core::profiles::journal`); this maps them onto the
//! browser. Every browser failure becomes a [`StoreError`]: private mode, blocked storage and
//! a full quota never panic.

use crate::core::profiles::journal::{self, Entry};
use crate::core::profiles::store::is_record_key;
use crate::core::progress::{KeyValueStore, StoreError};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    /// `window.byteBridgeJournal`, made by web/journal.js before the game starts.
    type Journal;
    #[wasm_bindgen(method)]
    fn entries(this: &Journal) -> js_sys::Array;
    #[wasm_bindgen(method)]
    fn pending(this: &Journal) -> f64;
    #[wasm_bindgen(method)]
    fn write(this: &Journal, key: &str, value: Option<String>, merge: Option<js_sys::Function>) -> bool;
}

thread_local! {
    /// core's merge of two copies of a record, for the journal's read-merge-write (made once).
    static MERGE: Closure<dyn Fn(String, String) -> String> =
        Closure::new(|stored: String, ours: String| journal::merge_records(&stored, &ours));
}

/// The journal, if the page could open one (IndexedDB may be unavailable, e.g. in some
/// private modes: localStorage alone then, as before the journal existed).
fn the_journal() -> Option<Journal> {
    let window: JsValue = web_sys::window()?.into();
    let value = js_sys::Reflect::get(&window, &JsValue::from_str("byteBridgeJournal")).ok()?;
    value.is_object().then(|| value.unchecked_into())
}

/// Sends one write to the journal; records are merged with what is there.
fn journal_write(journal: &Journal, key: &str, value: Option<&str>) {
    let merge = (value.is_some() && is_record_key(key))
        .then(|| MERGE.with(|merge| merge.as_ref().unchecked_ref::<js_sys::Function>().clone()));
    journal.write(key, value.map(str::to_owned), merge);
}

/// The journal's entries as the page read them at start; anything not a string key with a
/// string or null value is skipped.
fn entries(journal: &Journal) -> Vec<Entry> {
    journal
        .entries()
        .iter()
        .filter_map(|pair| {
            let pair: js_sys::Array = pair.dyn_into().ok()?;
            let key = pair.get(0).as_string()?;
            let value = pair.get(1);
            match value.as_string() {
                Some(text) => Some((key, Some(text))),
                None if value.is_null() => Some((key, None)),
                None => None,
            }
        })
        .collect()
}

/// The page's localStorage with the durable journal beside it. Looked up on each call: either
/// can disappear (cleared site data, revoked permission) while the game runs.
#[derive(Debug, Clone, Copy, Default)]
pub struct BrowserStore;

impl BrowserStore {
    /// The store, with localStorage first brought up to date with the journal (what a killed
    /// browser had not yet written to disk comes back here), and the journal given what only
    /// localStorage had (saves from before the journal existed).
    pub fn open() -> BrowserStore {
        if let Some(journal) = the_journal() {
            let to_journal = journal::reconcile(&mut LocalStorage, &entries(&journal));
            for (key, value) in to_journal {
                journal_write(&journal, &key, value.as_deref());
            }
        }
        BrowserStore
    }
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        LocalStorage.get(key)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        // The journal gets the write even when localStorage is full: its quota is far larger.
        if let Some(journal) = the_journal() {
            journal_write(&journal, key, Some(value));
        }
        LocalStorage.set(key, value)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        if let Some(journal) = the_journal() {
            journal_write(&journal, key, None);
        }
        LocalStorage.remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        LocalStorage.keys()
    }

    fn settled(&self) -> bool {
        the_journal().is_none_or(|journal| journal.pending() <= 0.0)
    }
}

/// The page's localStorage alone.
#[derive(Debug, Clone, Copy, Default)]
pub struct LocalStorage;

fn storage() -> Result<web_sys::Storage, StoreError> {
    let window = web_sys::window().ok_or(StoreError::Unavailable)?;
    // Throws a SecurityError when storage is blocked; returns None in some embedded views.
    window.local_storage().map_err(|_| StoreError::Unavailable)?.ok_or(StoreError::Unavailable)
}

fn classify(error: JsValue) -> StoreError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" => StoreError::Full,
        Some(e) if e.name() == "SecurityError" => StoreError::Unavailable,
        Some(e) => StoreError::Other(e.message()),
        None => StoreError::Other(format!("{error:?}")),
    }
}

impl KeyValueStore for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        storage()?.get_item(key).map_err(classify)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        storage()?.set_item(key, value).map_err(classify)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        storage()?.remove_item(key).map_err(classify)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = storage()?;
        let count = storage.length().map_err(classify)?;
        Ok((0..count).filter_map(|i| storage.key(i).ok().flatten()).collect())
    }
}

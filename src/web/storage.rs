//! localStorage behind the core's [`KeyValueStore`]. Every browser failure becomes a
//! [`StoreError`]: private mode, blocked storage and a full quota never panic.

use crate::core::progress::{KeyValueStore, StoreError};
use wasm_bindgen::{JsCast, JsValue};

/// The page's localStorage. Looked up on each call: it can disappear (cleared site data,
/// revoked permission) while the game runs.
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

//! What the host gives the game: somewhere to save, and the device's preferred languages.
//! The browser build fills it from `crate::web`; tests use memory.

use crate::core::progress::{KeyValueStore, MemoryStore};
use bevy::prelude::*;

/// The host's services. Insert before adding the game plugin.
#[derive(Resource)]
pub struct Platform {
    /// Where progress is saved.
    pub store: Option<Box<dyn KeyValueStore + Send + Sync>>,
    /// The device's languages, most preferred first (BCP 47 tags).
    pub languages: Vec<String>,
}

impl Default for Platform {
    fn default() -> Self {
        Platform { store: Some(Box::new(MemoryStore::default())), languages: vec!["en".to_owned()] }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Platform>();
}

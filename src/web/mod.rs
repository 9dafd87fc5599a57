//! Browser glue: it fills what the game declares it needs from its host
//! (`game::platform`: the school platform of a package (web/package.js), storage in localStorage with a durable journal in IndexedDB, the
//! clock, random numbers, files in and out, the share sheet, the page's address and mission link, the offline state, and the
//! password-strength module loaded on first use) and the device's voices (`game::speech`),
//! and mirrors three pieces of game state
//! into the page: the accessibility tree (`game::a11y`) as real DOM elements, the screen
//! (`game::screens::Screen`) as history entries for the device's back button, and the
//! current language as the page's `lang`. It also tells the page when the game is ready
//! or has crashed. It knows no level rules; from core it reads only formats and limits
//! (the mission link's key, the largest players file, storage errors, a password's strength).

pub mod a11y_layer;
pub mod history;
pub mod host;
pub mod language;
pub mod package;
pub mod page;
pub mod speech;
pub mod storage;
pub mod strength;

use crate::game::platform::Platform;
use bevy::prelude::*;

/// The host services for the game in a browser.
pub fn platform() -> Platform {
    Platform {
        store: Some(Box::new(storage::BrowserStore::open())),
        languages: page::languages(),
        host: Box::new(host::BrowserHost),
        package: package::package(),
    }
}

/// Adds the browser-only systems.
pub fn plugin(app: &mut App) {
    app.add_plugins((a11y_layer::plugin, history::plugin, page::plugin));
    app.add_systems(Startup, host::listen_for_updates);
    app.insert_resource(crate::game::platform::PasswordEstimator(strength::estimate));
    app.insert_resource(crate::game::speech::Speech(Box::new(speech::BrowserSpeech)));
    app.add_systems(Startup, speech::listen);
}

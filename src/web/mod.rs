//! Browser glue: localStorage, the clock, files in and out, the offline state, the DOM
//! accessibility layer, the device's back button, the
//! page's language list, the lazily loaded password-strength module, and the signals the page
//! listens for (ready, crash). Nothing here knows level rules or screens.

pub mod a11y_layer;
pub mod history;
pub mod host;
pub mod page;
pub mod storage;
pub mod strength;

use crate::game::platform::Platform;
use bevy::prelude::*;

/// The host services for the game in a browser.
pub fn platform() -> Platform {
    Platform {
        store: Some(Box::new(storage::LocalStorage)),
        languages: page::languages(),
        host: Box::new(host::BrowserHost),
    }
}

/// Adds the browser-only systems.
pub fn plugin(app: &mut App) {
    app.add_plugins((a11y_layer::plugin, history::plugin, page::plugin));
    app.add_systems(Startup, host::listen_for_updates);
    app.insert_resource(crate::game::platform::PasswordEstimator(strength::estimate));
}

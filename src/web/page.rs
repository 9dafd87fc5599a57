//! The page around the canvas: the browser's languages, the "ready" signal that removes the
//! HTML loading screen, the crash signal that shows the HTML error, and no MSAA.

use crate::game::a11y::A11yTree;
use bevy::prelude::*;
use bevy::render::view::Msaa;

/// The browser's preferred languages, most preferred first.
pub fn languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return Vec::new() };
    let mut tags: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// Tells the page something happened, as a DOM event on `window` (`bytebridge-<name>`).
pub fn signal(name: &str) {
    let Some(window) = web_sys::window() else { return };
    if let Ok(event) = web_sys::CustomEvent::new(&format!("bytebridge-{name}")) {
        let _ = window.dispatch_event(&event);
    }
}

/// Shows the page's crash message on a panic, after logging it to the console. Bevy's own
/// panic handler only logs, which would leave a frozen canvas.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        signal("crash");
    }));
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, (signal_ready, no_msaa, follow_language));
}

/// The page's `lang` and `dir` follow the language on screen (each player has their own), so
/// screen readers pronounce it right and read the mirrored controls in order, and the page's
/// own messages match after a reload.
fn follow_language(texts: Res<crate::game::i18n::Texts>) {
    if !texts.is_changed() {
        return;
    }
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        if root.get_attribute("lang").as_deref() != Some(texts.current()) {
            let _ = root.set_attribute("lang", texts.current());
        }
        let dir = if crate::core::i18n::fonts::is_right_to_left(texts.current()) { "rtl" } else { "ltr" };
        if root.get_attribute("dir").as_deref() != Some(dir) {
            let _ = root.set_attribute("dir", dir);
        }
    }
}

/// Once the first screen's controls are laid out and mirrored, the game is interactive.
fn signal_ready(tree: Res<A11yTree>, mut sent: Local<bool>) {
    if !*sent && !tree.entries.is_empty() {
        *sent = true;
        signal("ready");
    }
}

/// Flat UI needs no multisampling, and tablets' fill rate is precious.
fn no_msaa(mut commands: Commands, cameras: Query<Entity, (With<Camera>, Without<Msaa>)>) {
    for camera in &cameras {
        commands.entity(camera).insert(Msaa::Off);
    }
}

//! The page around the canvas: the browser's languages, the "ready" signal that removes the
//! HTML loading screen, the crash signal that shows the HTML error, no MSAA, and the fit
//! report when the page asks for one.

use crate::game::a11y::A11yTree;
use crate::game::ui::fit::FitCheck;
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

/// Runs once, first of all the start-up schedules: marks when the first update began.
#[derive(bevy::ecs::schedule::ScheduleLabel, Debug, Clone, PartialEq, Eq, Hash)]
struct FirstUpdate;

/// Marks a start-up phase on the page's performance timeline (`bytebridge-<name>`), which the
/// benchmark reads to say where the start-up time goes (tools/bench.mjs, docs/size.md).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(&format!("bytebridge-{name}"));
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
    // The first update starts with a schedule of its own, before PreStartup's work.
    app.init_schedule(FirstUpdate);
    app.world_mut().resource_mut::<bevy::app::MainScheduleOrder>().insert_startup_before(PreStartup, FirstUpdate);
    app.add_systems(FirstUpdate, || mark("first-update"));
    app.add_systems(Update, (signal_ready, no_msaa, follow_language));
    if wants_fit_check() {
        app.insert_resource(FitCheck::default());
        app.add_systems(Last, show_fit_report);
    }
}

/// Whether the page was opened with `?check-fit`: then the game measures every screen
/// (`game::ui::fit`) for the end-to-end fit walk (tests/e2e/fit.test.mjs). A pupil's page
/// does no such work.
fn wants_fit_check() -> bool {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    search.trim_start_matches('?').split('&').any(|part| part == "check-fit")
}

/// Writes what does not fit on the screen now into a hidden `<pre id="fit-report">` as JSON
/// (`{"width", "height", "misfits": [sentences]}`), in the frame the accessibility layer
/// shows that layout: a test that turned the tablet waits for the new size.
fn show_fit_report(check: Res<FitCheck>) {
    if !check.is_changed() {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let report = match document.get_element_by_id("fit-report") {
        Some(report) => report,
        None => {
            let Ok(report) = document.create_element("pre") else { return };
            report.set_id("fit-report");
            let _ = report.set_attribute("hidden", "");
            if let Some(body) = document.body() {
                let _ = body.append_child(&report);
            }
            report
        }
    };
    let json = serde_json::json!({ "width": check.screen.0, "height": check.screen.1, "misfits": check.misfits });
    report.set_text_content(Some(&json.to_string()));
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

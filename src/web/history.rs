//! The device's back button and gesture. Without this, Android's back leaves the page. Each
//! screen deeper than the title adds a browser history entry; going back in the browser sends
//! the game a [`GoBack`], and going back in the game (its Back buttons) removes the entries.

use crate::game::screens::{GoBack, Screen};
use bevy::prelude::*;
use gloo_events::EventListener;
use std::cell::RefCell;

#[derive(Default)]
struct History {
    /// Entries we pushed that are still in the browser's history.
    depth: u8,
    /// `popstate` events we caused ourselves (history.go), to be ignored.
    expected_pops: u32,
    /// Back presses waiting for the next frame.
    requests: u32,
}

thread_local! {
    static HISTORY: RefCell<History> = RefCell::new(History::default());
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, listen);
    app.add_systems(PreUpdate, forward_back_presses);
    app.add_systems(Last, follow_screen);
}

fn listen() {
    let Some(window) = web_sys::window() else { return };
    // Lives as long as the page.
    EventListener::new(&window, "popstate", |_| {
        HISTORY.with_borrow_mut(|history| {
            if history.expected_pops > 0 {
                history.expected_pops -= 1;
            } else {
                history.depth = history.depth.saturating_sub(1);
                history.requests += 1;
            }
        });
        super::a11y_layer::wake();
    })
    .forget();
}

fn forward_back_presses(mut back: MessageWriter<GoBack>) {
    let requests = HISTORY.with_borrow_mut(|history| std::mem::take(&mut history.requests));
    for _ in 0..requests {
        back.write(GoBack);
    }
}

fn follow_screen(screen: Res<State<Screen>>) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else { return };
    let target = screen.get().depth();
    HISTORY.with_borrow_mut(|state| {
        while state.depth < target {
            if history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", None).is_err() {
                return;
            }
            state.depth += 1;
        }
        if state.depth > target {
            let steps = i32::from(state.depth - target);
            if history.go_with_delta(-steps).is_ok() {
                state.expected_pops += 1;
                state.depth = target;
            }
        }
    });
}

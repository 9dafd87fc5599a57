//! The device's voices for `game::speech` (Web Speech's `speechSynthesis`): the voices list as
//! the browser reports it (it may arrive after start-up: `voiceschanged`), one utterance at a
//! time with its word boundaries and end reported back, and stopping. A browser without
//! speech synthesis simply has no voices; nothing here can fail the game.

use super::a11y_layer::wake;
use crate::core::speech::Voice;
use crate::game::speech::{Speaker, SpeechEvent};
use gloo_events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisEvent, SpeechSynthesisUtterance};

#[derive(Default)]
struct State {
    voices: Vec<Voice>,
    events: Vec<SpeechEvent>,
    /// The utterance being said, kept alive with its listeners until the next one (an
    /// utterance the page drops may stop reporting its events).
    speaking: Option<(SpeechSynthesisUtterance, [EventListener; 3])>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

fn synthesis() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// Reads the voices now and whenever the browser's list changes. Call once at start-up.
pub fn listen() {
    let Some(synthesis) = synthesis() else { return };
    refresh_voices(&synthesis);
    let target = synthesis.clone();
    // Lives as long as the page.
    EventListener::new(&synthesis, "voiceschanged", move |_| {
        refresh_voices(&target);
        wake();
    })
    .forget();
}

fn refresh_voices(synthesis: &SpeechSynthesis) {
    let voices = synthesis
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
        .map(|v| Voice { name: v.name(), lang: v.lang(), local: v.local_service(), default: v.default() })
        .collect();
    STATE.with_borrow_mut(|state| state.voices = voices);
}

/// `game::speech::Speaker` in a browser.
pub struct BrowserSpeech;

impl Speaker for BrowserSpeech {
    fn voices(&self) -> Vec<Voice> {
        STATE.with_borrow(|state| state.voices.clone())
    }

    fn speak(&self, id: u64, text: &str, voice: &Voice) {
        let Some(synthesis) = synthesis() else {
            STATE.with_borrow_mut(|state| state.events.push(SpeechEvent::Ended { id }));
            return;
        };
        self.stop();
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
            STATE.with_borrow_mut(|state| state.events.push(SpeechEvent::Ended { id }));
            return;
        };
        utterance.set_lang(&voice.lang);
        let chosen = synthesis
            .get_voices()
            .iter()
            .filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
            .find(|v| v.name() == voice.name && v.lang() == voice.lang);
        // Through Reflect: a voice the utterance refuses (a setter that throws) leaves the
        // language to choose one, where a direct call would abort the frame.
        if let Some(chosen) = chosen {
            let _ = js_sys::Reflect::set(&utterance, &"voice".into(), &chosen);
        }
        let report = move |event: SpeechEvent| {
            STATE.with_borrow_mut(|state| state.events.push(event));
            wake();
        };
        let listeners = [
            EventListener::new(&utterance, "boundary", move |event| {
                if let Some(event) = event.dyn_ref::<SpeechSynthesisEvent>()
                    && event.name().as_deref() == Some("word")
                {
                    report(SpeechEvent::Word { id, index: event.char_index(), length: event.char_length() });
                }
            }),
            EventListener::new(&utterance, "end", move |_| report(SpeechEvent::Ended { id })),
            // Interrupted, or the voice failed: either way this line is over.
            EventListener::new(&utterance, "error", move |_| report(SpeechEvent::Ended { id })),
        ];
        synthesis.speak(&utterance);
        STATE.with_borrow_mut(|state| state.speaking = Some((utterance, listeners)));
    }

    fn stop(&self) {
        // Dropping the listeners first: the cancelled line's own "error" is not reported.
        STATE.with_borrow_mut(|state| state.speaking = None);
        if let Some(synthesis) = synthesis() {
            synthesis.cancel();
        }
    }

    fn take_events(&self) -> Vec<SpeechEvent> {
        STATE.with_borrow_mut(|state| std::mem::take(&mut state.events))
    }
}

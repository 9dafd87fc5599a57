//! Password strength in the browser: the page's `byteBridgeStrength` (web/index.js) loads
//! the estimator module (web/strength) the first time it is asked, then answers with
//! `[score, log10 guesses, limit]` for the pupil's language (`Strength::to_numbers`). Answers
//! arrive later, so [`estimate`] keeps them by password and language and says "pending" until
//! then; the level screen asks again each frame while it waits.

use crate::core::password::Strength;
use crate::game::platform::Estimate;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = window, js_name = byteBridgeStrength)]
    fn byte_bridge_strength(password: &str, known: &str, language: &str) -> Result<js_sys::Promise, JsValue>;
}

enum Answer {
    Waiting,
    Ready(Strength),
    Failed,
}

thread_local! {
    /// Answers by password, known words and language. A level builds a few dozen passwords
    /// at most.
    static ANSWERS: RefCell<HashMap<String, Answer>> = RefCell::new(HashMap::new());
}

/// The strength of `password` in `language`, if the module has answered; otherwise asks it.
pub fn estimate(password: &str, known: &[&str], language: &str) -> Estimate {
    let known = known.join("\n");
    let key = format!("{password}\u{0}{known}\u{0}{language}");
    let stored = ANSWERS.with(|answers| {
        let mut answers = answers.borrow_mut();
        match answers.get(&key) {
            Some(Answer::Waiting) => Some(Estimate::Pending),
            Some(Answer::Ready(strength)) => Some(Estimate::Ready(*strength)),
            // Said once; the next change asks again (the network may be back).
            Some(Answer::Failed) => {
                answers.remove(&key);
                Some(Estimate::Unavailable)
            }
            None => None,
        }
    });
    if let Some(estimate) = stored {
        return estimate;
    }
    let Ok(promise) = byte_bridge_strength(password, &known, language) else { return Estimate::Unavailable };
    ANSWERS.with(|answers| answers.borrow_mut().insert(key.clone(), Answer::Waiting));
    wasm_bindgen_futures::spawn_local(async move {
        let answer = match JsFuture::from(promise).await {
            Ok(value) => parse(&value).map_or(Answer::Failed, Answer::Ready),
            Err(_) => Answer::Failed,
        };
        ANSWERS.with(|answers| answers.borrow_mut().insert(key, answer));
    });
    Estimate::Pending
}

/// `[score, log10 guesses, limit]` as the module returns it (a Float64Array).
fn parse(value: &JsValue) -> Option<Strength> {
    Strength::from_numbers(&js_sys::Float64Array::new(value).to_vec())
}

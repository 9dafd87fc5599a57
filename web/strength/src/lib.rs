//! Byte Bridge's password-strength estimator as a module of its own. zxcvbn's English word
//! lists are about 450 KB brotli, more than a tenth of the game; only password levels need
//! them, so the page loads this module the first time a password level asks
//! (`window.byteBridgeStrength` in web/index.html, `src/web/strength.rs` in the game).

use wasm_bindgen::prelude::wasm_bindgen;

/// Estimates `password`; `known` holds the words an attacker knows about the owner, one per
/// line. Returns `[score 0–4, log10 of the guesses needed]`.
#[wasm_bindgen]
pub fn estimate(password: &str, known: &str) -> Vec<f64> {
    let known: Vec<&str> = known.lines().filter(|l| !l.is_empty()).collect();
    let strength = byte_bridge::core::password::strength(password, &known);
    vec![f64::from(strength.score), strength.guesses_log10]
}

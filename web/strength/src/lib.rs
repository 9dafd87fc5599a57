//! Byte Bridge's password-strength estimator as a module of its own. zxcvbn's English word
//! lists and the German and Ukrainian common words (`assets/words`) are about half a megabyte
//! brotli, more than a tenth of the game; only password levels need them, so the page loads
//! this module the first time a password level asks (`window.byteBridgeStrength` in
//! web/index.js, `src/web/strength.rs` in the game).

use wasm_bindgen::prelude::wasm_bindgen;

/// How strong `password` is shown to a pupil playing in `language` (a tag such as "de");
/// `known` holds the words an attacker knows about the owner, one per line. Returns
/// `[score 0–4, log10 of the guesses needed, limit]` (`Strength::to_numbers` in
/// `core::password`).
#[wasm_bindgen]
pub fn estimate(password: &str, known: &str, language: &str) -> Vec<f64> {
    let known: Vec<&str> = known.lines().filter(|l| !l.is_empty()).collect();
    byte_bridge::core::password::strength(password, &known, language).to_numbers().to_vec()
}

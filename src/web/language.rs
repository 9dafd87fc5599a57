//! Language packs in the browser: the page (web/languages.js) fetches the pack of the language
//! it starts in beside the game's wasm and hands it over when the game starts
//! (`byteBridgeTakeStartPack`); later packs come from `byteBridgeLoadLanguage(tag)` (the
//! service worker's copy, else the network), which rejects with `not-on-device` when neither
//! has it. Each comes as `[text, font]`, the font (bytes, or null) only for a language whose
//! script the game has no font for (`core::i18n::fonts::pack_font`). Packs wait here for the
//! game's next frame (`Host::take_language_packs`).

use crate::core::i18n::packs::PackError;
use crate::game::platform::{LanguagePack, PackFiles};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = window, js_name = byteBridgeLoadLanguage)]
    fn load_language(tag: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = window, js_name = byteBridgeTakeStartPack)]
    fn take_start_pack() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = window, js_name = byteBridgeLanguagesOnDevice)]
    fn languages_on_device() -> Result<JsValue, JsValue>;
}

thread_local! {
    /// Packs that arrived (or failed), waiting for the game's next frame.
    static ARRIVED: RefCell<Vec<LanguagePack>> = const { RefCell::new(Vec::new()) };
}

/// Asks the page for `tag`'s pack.
pub fn request(tag: &str) {
    let tag = tag.to_owned();
    let Ok(promise) = load_language(&tag) else {
        ARRIVED.with_borrow_mut(|packs| packs.push((tag, Err(PackError::NotOnDevice))));
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let pack = match JsFuture::from(promise).await {
            Ok(files) => pack_files(&files).ok_or(PackError::Damaged),
            Err(reason) => Err(error(&reason)),
        };
        ARRIVED.with_borrow_mut(|packs| packs.push((tag, pack)));
        super::a11y_layer::wake();
    });
}

/// `[text, font or null]` as the page hands it over.
fn pack_files(files: &JsValue) -> Option<PackFiles> {
    let files = files.dyn_ref::<js_sys::Array>()?;
    let text = files.get(0).as_string()?;
    let font = files.get(1).dyn_into::<js_sys::Uint8Array>().ok().map(|bytes| bytes.to_vec());
    Some(PackFiles { text, font })
}

/// What the page's rejection means: `damaged` for a pack that came wrong, anything else
/// (a failed download, offline) as not on this device.
fn error(reason: &JsValue) -> PackError {
    let message = js_sys::Reflect::get(reason, &JsValue::from_str("message")).ok().and_then(|m| m.as_string());
    if message.as_deref() == Some("damaged") { PackError::Damaged } else { PackError::NotOnDevice }
}

/// The packs that arrived since the last call, the page's first one included.
pub fn take() -> Vec<LanguagePack> {
    let mut packs = Vec::new();
    // `[tag, [text, font]]` once, then null.
    if let Some(start) = take_start_pack().ok().filter(js_sys::Array::is_array) {
        let start = js_sys::Array::from(&start);
        if let (Some(tag), Some(files)) = (start.get(0).as_string(), pack_files(&start.get(1))) {
            packs.push((tag, Ok(files)));
        }
    }
    packs.extend(ARRIVED.with_borrow_mut(std::mem::take));
    packs
}

/// Languages whose packs the page has seen in its offline cache.
pub fn on_device() -> Vec<String> {
    languages_on_device()
        .map(|list| js_sys::Array::from(&list).iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

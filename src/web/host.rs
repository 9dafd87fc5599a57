//! The page's services for the game (`crate::game::platform::Host`): the clock, random
//! numbers, files out (a download, or the device's share sheet) and in (a file input), the
//! page's address and the teacher's mission link in its fragment, and the offline state the
//! page keeps in `window.byteBridgeOffline` (web/offline.js: service worker, updates).

use crate::core::class::assignment::FRAGMENT_KEY;
use crate::core::profiles::transfer::MAX_FILE_BYTES;
use crate::core::quick::QUICK_KEY;
use crate::game::platform::{Host, PickError, PickedFile};
use bevy::log::warn;
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The browser's host services.
#[derive(Debug, Clone, Copy, Default)]
pub struct BrowserHost;

thread_local! {
    /// Files chosen and read, waiting for the game's next frame.
    static PICKED: RefCell<Vec<PickedFile>> = const { RefCell::new(Vec::new()) };
    /// The hidden file input, made on first use.
    static INPUT: RefCell<Option<web_sys::HtmlInputElement>> = const { RefCell::new(None) };
}

/// `window.byteBridgeOffline`, if the page made it.
fn offline() -> Option<JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &JsValue::from_str("byteBridgeOffline")).ok().filter(|v| v.is_object())
}

/// Calls a method of `window.byteBridgeOffline` (errors are the page's to handle).
fn call_offline(method: &str) {
    let Some(offline) = offline() else { return };
    if let Ok(function) = js_sys::Reflect::get(&offline, &JsValue::from_str(method)) {
        if let Some(function) = function.dyn_ref::<js_sys::Function>() {
            let _ = function.call0(&offline);
        }
    }
}

fn file_input() -> Option<web_sys::HtmlInputElement> {
    if let Some(input) = INPUT.with_borrow(Clone::clone) {
        return Some(input);
    }
    let document = web_sys::window()?.document()?;
    let input: web_sys::HtmlInputElement = document.create_element("input").ok()?.dyn_into().ok()?;
    input.set_type("file");
    input.set_accept(".json,application/json");
    input.set_hidden(true);
    // Lives as long as the page (the input is made once).
    EventListener::new(&input, "change", |_| read_chosen_file()).forget();
    document.body()?.append_child(&input).ok()?;
    INPUT.with_borrow_mut(|slot| *slot = Some(input.clone()));
    Some(input)
}

fn deliver(file: PickedFile) {
    PICKED.with_borrow_mut(|picked| picked.push(file));
    super::a11y_layer::wake();
}

fn read_chosen_file() {
    let Some(file) = INPUT.with_borrow(|input| input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0))) else {
        return;
    };
    // Refused before reading: a huge file must not freeze a small tablet.
    if file.size() > MAX_FILE_BYTES as f64 {
        deliver(Err(PickError::TooLarge));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = gloo_file::futures::read_as_bytes(&gloo_file::File::from(file)).await;
        deliver(bytes.map_err(|_| PickError::Unreadable));
    });
}

/// Starts a download of `blob` as `name` (an invisible link, clicked).
fn download(name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let fail = |e: JsValue| format!("{e:?}");
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let body = document.body().ok_or("no body")?;
    // Hand-written, not gloo_file::ObjectUrl: that one throws where the browser refuses an
    // object URL, and here a refusal must become the pupil's "could not save" message.
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(fail)?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.dyn_into().map_err(|_| "not an anchor".to_owned())?;
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    body.append_child(&link).map_err(fail)?;
    link.click();
    let _ = body.remove_child(&link);
    // The download has its own copy once started; free the blob a little later.
    Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// `new File([bytes], name, {type: mime})`. Hand-written, not gloo_file::File: gloo throws
/// where the browser refuses to make the file, and here that must become a message.
fn file(name: &str, bytes: &[u8], mime: &str) -> Result<web_sys::File, String> {
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    web_sys::File::new_with_u8_array_sequence_and_options(&parts, name, &options).map_err(|e| format!("{e:?}"))
}

/// `{files: [file]}`, the argument of `navigator.canShare` and `navigator.share`.
fn share_data(file: &web_sys::File) -> Result<js_sys::Object, String> {
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &JsValue::from_str("files"), &js_sys::Array::of1(file))
        .map_err(|e| format!("{e:?}"))?;
    Ok(data)
}

/// `navigator[name]` if it is a function: looked up rather than called through web-sys, so a
/// browser without it (most desktop Linux and Firefox builds) is a plain "no", never a trap.
fn navigator_method(name: &str) -> Option<(web_sys::Navigator, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let method = js_sys::Reflect::get(&navigator, &JsValue::from_str(name)).ok()?.dyn_into().ok()?;
    Some((navigator, method))
}

/// Saves bytes as a download (when the share sheet cannot take them).
fn save_bytes(name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    let file = file(name, bytes, mime)?;
    download(name, &file)
}

impl Host for BrowserHost {
    fn now_ms(&self) -> u64 {
        js_sys::Date::now() as u64
    }

    fn random(&self) -> u64 {
        // crypto.getRandomValues through getrandom. Player ids, nickname suggestions and the
        // grown-ups' question are not secrets (class keys are made on the teacher's page, which
        // has no fallback), so a browser without it still lets pupils play.
        getrandom::u64().unwrap_or_else(|_| {
            let half = || (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
            half() << 32 | half()
        })
    }

    fn save_file(&self, name: &str, text: &str) -> Result<(), String> {
        // web-sys, not gloo_file::Blob, for the same reason as `file`.
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|e| format!("{e:?}"))?;
        download(name, &blob)
    }

    fn pick_file(&self) {
        if let Some(input) = file_input() {
            // The same file may be chosen twice in a row (and then must not double count).
            input.set_value("");
            input.click();
        }
    }

    fn take_picked_file(&self) -> Option<PickedFile> {
        PICKED.with_borrow_mut(|picked| (!picked.is_empty()).then(|| picked.remove(0)))
    }

    fn secure(&self) -> bool {
        web_sys::window().is_some_and(|w| w.is_secure_context())
    }

    fn update_ready(&self) -> bool {
        offline()
            .and_then(|o| js_sys::Reflect::get(&o, &JsValue::from_str("updateReady")).ok())
            .is_some_and(|v| v.is_truthy())
    }

    fn check_for_update(&self) {
        call_offline("checkForUpdate");
    }

    fn apply_update(&self) {
        call_offline("applyUpdate");
    }

    fn page_url(&self) -> String {
        let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
        href.split('#').next().unwrap_or_default().to_owned()
    }

    fn take_mission_link(&mut self) -> Option<String> {
        let window = web_sys::window()?;
        let hash = window.location().hash().ok()?;
        if !hash.contains(FRAGMENT_KEY) {
            return None;
        }
        // Replaced, not pushed: no history entry for the back button, and a reload or a
        // bookmark of the game no longer carries the link.
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&self.page_url()));
        }
        Some(hash)
    }

    fn can_share_files(&self) -> bool {
        let (Some((navigator, can_share)), Some(_)) = (navigator_method("canShare"), navigator_method("share")) else {
            return false;
        };
        // A probe of the kind of file the game shares (see `share_file`'s callers).
        let Ok(data) = file("byte-bridge.txt", b"{}", "text/plain").and_then(|f| share_data(&f)) else {
            return false;
        };
        can_share.call1(&navigator, &data).is_ok_and(|answer| answer.is_truthy())
    }

    fn request_language(&self, tag: &str) {
        super::language::request(tag);
    }

    fn take_language_packs(&self) -> Vec<crate::game::platform::LanguagePack> {
        super::language::take()
    }

    fn languages_on_device(&self) -> Vec<String> {
        super::language::on_device()
    }

    fn reduces_motion(&self) -> bool {
        web_sys::window()
            .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
            .is_some_and(|query| query.matches())
    }

    fn keep_quick_screen(&self, json: Option<&str>) {
        // localStorage alone, not the durable journal: a copy the next start can do without.
        use crate::core::progress::KeyValueStore;
        let mut store = crate::web::storage::LocalStorage;
        if store.get(QUICK_KEY).ok().flatten().as_deref() != json {
            let _ = match json {
                Some(json) => store.set(QUICK_KEY, json),
                None => store.remove(QUICK_KEY),
            };
        }
    }

    fn take_quick_tap(&self) -> Option<String> {
        // `window.byteBridgeTakeQuickTap()`, made by web/quick.js.
        let window = web_sys::window()?;
        let take = js_sys::Reflect::get(&window, &JsValue::from_str("byteBridgeTakeQuickTap")).ok()?;
        take.dyn_ref::<js_sys::Function>()?.call0(&window).ok()?.as_string()
    }

    fn share_file(&mut self, name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
        let shared =
            navigator_method("share").ok_or_else(|| "no share sheet".to_owned()).and_then(|(navigator, share)| {
                let data = share_data(&file(name, bytes, mime)?)?;
                let promise = share.call1(&navigator, &data).map_err(|e| format!("{e:?}"))?;
                promise.dyn_into::<js_sys::Promise>().map_err(|_| "share gave no promise".to_owned())
            });
        let promise = match shared {
            Ok(promise) => promise,
            Err(reason) => {
                warn!("sharing failed ({reason}); saving the file instead");
                return save_bytes(name, bytes, mime);
            }
        };
        let (name, bytes, mime) = (name.to_owned(), bytes.to_vec(), mime.to_owned());
        wasm_bindgen_futures::spawn_local(async move {
            let Err(error) = JsFuture::from(promise).await else { return };
            let name_of = error.dyn_ref::<web_sys::DomException>().map(web_sys::DomException::name);
            // The pupil closed the share sheet: nothing to do or to say.
            if name_of.as_deref() == Some("AbortError") {
                return;
            }
            // Anything else (a refused file type, the tap's activation used up, no target):
            // the file still reaches the pupil as a download.
            warn!("sharing failed ({name_of:?}); saving the file instead");
            if let Err(reason) = save_bytes(&name, &bytes, &mime) {
                warn!("the file could not be saved either: {reason}");
            }
        });
        Ok(())
    }
}

/// A new version became ready while the game was idle: draw a frame so it is offered.
pub(super) fn listen_for_updates() {
    let Some(window) = web_sys::window() else { return };
    // Lives as long as the page.
    EventListener::new(&window, "bytebridge-update-ready", |_| super::a11y_layer::wake()).forget();
}

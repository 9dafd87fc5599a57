//! The school platform the page connected to (web/package.js sets `window.byteBridgePackage`
//! before the game starts), as the game's [`Package`]: the learner, what the platform kept,
//! the cmi5 launch (checked by core), and where reports go.

use crate::core::package::{Kind, Launch};
use crate::game::platform::{Package, PackageLink, PackageReport};
use wasm_bindgen::{JsCast, JsValue};

fn field(object: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn text(object: &JsValue, name: &str) -> Option<String> {
    field(object, name).as_string()
}

/// `window.byteBridgePackage`, if the page is a package's.
fn page_package() -> Option<JsValue> {
    let window = web_sys::window()?;
    Some(field(&window, "byteBridgePackage")).filter(JsValue::is_object)
}

/// The platform, when the page is a package's.
pub fn package() -> Option<Package> {
    let page = page_package()?;
    let kind = Kind::from_name(&text(&page, "kind")?)?;
    let connected = field(&page, "connected").as_bool().unwrap_or(false);
    let launch = match kind {
        Kind::Cmi5 if connected => {
            let launch = field(&page, "launch");
            // The LaunchData document, as the LRS sent it (any JSON; core takes what it needs).
            let data = js_sys::JSON::stringify(&field(&launch, "launchData"))
                .ok()
                .and_then(|s| s.as_string())
                .and_then(|s| serde_json::from_str(&s).ok())
                .unwrap_or(serde_json::Value::Null);
            let completed = field(&launch, "completed").as_bool().unwrap_or(false);
            Some(
                Launch::new(
                    &text(&launch, "endpoint").unwrap_or_default(),
                    &text(&launch, "actor").unwrap_or_default(),
                    &text(&launch, "registration").unwrap_or_default(),
                    &text(&launch, "activityId").unwrap_or_default(),
                    &data,
                )
                .map(|launch| Launch { completed, ..launch }),
            )
        }
        _ => None,
    };
    let learner = match &launch {
        Some(Ok(launch)) => Some(launch.learner()),
        _ => text(&page, "learner"),
    };
    Some(Package {
        kind,
        learner,
        saved: text(&page, "saved").unwrap_or_default(),
        launch,
        connected,
        link: Box::new(PageLink),
    })
}

/// Hands reports to `window.byteBridgePackage.report` as JSON.
struct PageLink;

impl PackageLink for PageLink {
    fn report(&self, report: &PackageReport) {
        let Some(page) = page_package() else { return };
        let Ok(json) = serde_json::to_string(report) else { return };
        if let Some(report) = field(&page, "report").dyn_ref::<js_sys::Function>() {
            // The page catches what the platform throws.
            let _ = report.call1(&page, &JsValue::from_str(&json));
        }
    }
}

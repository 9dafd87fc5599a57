//! Mirrors [`A11yTree`] into real DOM elements over the canvas (`#a11y-layer` in index.html),
//! with roles and names, so screen readers, the keyboard and browser automation can find and
//! operate the game. The layer has `pointer-events: none`: taps and drags go to the canvas.
//! Activating an element (Enter, Space, a screen reader's double tap, a click sent to it)
//! queues its key; the game then does exactly what a tap does ([`crate::game::ui::pointer::activate`]).

use crate::game::a11y::{A11yEntry, A11yTree, Role};
use bevy::prelude::*;
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};
use gloo_events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsCast;

const LAYER_ID: &str = "a11y-layer";
/// A permanent live region (index.html): screen readers announce changes to a region that
/// already exists more reliably than a new one, so status texts are announced from here.
const ANNOUNCER_ID: &str = "a11y-announce";

#[derive(Default)]
struct Layer {
    elements: HashMap<u64, (Role, web_sys::Element)>,
    /// Activations from DOM events, applied at the start of the next frame.
    queue: Vec<u64>,
    wake: Option<Box<dyn Fn()>>,
}

thread_local! {
    static LAYER: RefCell<Layer> = RefCell::new(Layer::default());
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, attach_listeners);
    app.add_systems(PreUpdate, apply_activations);
    app.add_systems(Last, sync_dom);
}

fn layer_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(LAYER_ID)
}

fn attach_listeners(proxy: Option<Res<EventLoopProxyWrapper>>) {
    // A DOM click is not a window event, so it would not wake Bevy's reactive loop by itself.
    if let Some(proxy) = proxy {
        let proxy: bevy::winit::EventLoopProxy<WinitUserEvent> = (**proxy).clone();
        LAYER.with_borrow_mut(|layer| {
            layer.wake = Some(Box::new(move || {
                let _ = proxy.send_event(WinitUserEvent::WakeUp);
            }))
        });
    }
    let Some(root) = layer_element() else {
        warn!("no #{LAYER_ID} element: the accessibility layer is off");
        return;
    };
    // The listeners live as long as the page.
    EventListener::new(&root, "click", |event: &web_sys::Event| {
        let Some(key) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-key]").ok().flatten())
            .and_then(|e| e.get_attribute("data-key"))
            .and_then(|k| k.parse::<u64>().ok())
        else {
            return;
        };
        LAYER.with_borrow_mut(|layer| layer.queue.push(key));
        wake();
    })
    .forget();
    // Not passive (gloo's default): the arrow keys' scrolling is prevented.
    EventListener::new_with_options(&root, "keydown", EventListenerOptions::enable_prevent_default(), |event| {
        if let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() {
            move_focus_with_arrows(key.clone());
        }
    })
    .forget();
}

/// Wakes Bevy's reactive loop for work that came from a DOM event, not a window event.
pub(super) fn wake() {
    LAYER.with_borrow(|layer| {
        if let Some(wake) = &layer.wake {
            wake();
        }
    });
}

/// Arrow keys move between the controls, in reading order (Tab works too).
fn move_focus_with_arrows(event: web_sys::KeyboardEvent) {
    let step: i32 = match event.key().as_str() {
        "ArrowRight" | "ArrowDown" => 1,
        "ArrowLeft" | "ArrowUp" => -1,
        _ => return,
    };
    let Some(root) = layer_element() else { return };
    let Ok(buttons) = root.query_selector_all("button") else { return };
    let count = buttons.length() as i32;
    if count == 0 {
        return;
    }
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    let current = (0..count).find(|&i| {
        buttons.item(i as u32).zip(active.as_ref()).is_some_and(|(node, active)| node.is_same_node(Some(active)))
    });
    let next = current.map_or(0, |i| (i + step).rem_euclid(count));
    if let Some(element) = buttons.item(next as u32).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
        event.prevent_default();
    }
}

fn apply_activations(world: &mut World) {
    let keys = LAYER.with_borrow_mut(|layer| std::mem::take(&mut layer.queue));
    for key in keys {
        crate::game::ui::pointer::activate(world, key);
    }
}

fn sync_dom(tree: Res<A11yTree>, mut synced: Local<u64>) {
    if *synced == tree.generation {
        return;
    }
    *synced = tree.generation;
    let Some(root) = layer_element() else { return };
    let Some(document) = root.owner_document() else { return };
    keep_canvas_out_of_tab_order(&document);
    let had_focus = document.active_element().is_some_and(|a| root.contains(Some(&a)));
    LAYER.with_borrow_mut(|layer| {
        let mut keep = HashMap::with_capacity(tree.entries.len());
        for (index, entry) in tree.entries.iter().enumerate() {
            let element = match layer.elements.remove(&entry.key) {
                Some((role, element)) if role == entry.role => element,
                _ => match create(&document, entry) {
                    Some(element) => element,
                    None => continue,
                },
            };
            update(&element, entry);
            // Reading order. Only move a node that is out of place: moving a node takes the
            // keyboard focus away from it.
            let here = root.children().item(index as u32);
            if !here.as_ref().is_some_and(|node| node.is_same_node(Some(&element))) {
                let _ = root.insert_before(&element, here.as_ref().map(|n| n.as_ref()));
            }
            keep.insert(entry.key, (entry.role, element));
        }
        for (_, (_, stale)) in layer.elements.drain() {
            stale.remove();
        }
        layer.elements = keep;
    });
    announce(&document, &tree);
    let focus_lost = had_focus && !document.active_element().is_some_and(|a| root.contains(Some(&a)));
    if focus_lost {
        // The focused control went away with its screen: keyboard users continue at the top.
        if let Some(first) =
            root.query_selector("button").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = first.focus();
        }
    }
}

/// winit makes the canvas focusable (`tabindex="0"`) when it takes it over; the canvas is
/// hidden from assistive technology (the layer speaks for it), so the Tab key must not stop on
/// it either.
fn keep_canvas_out_of_tab_order(document: &web_sys::Document) {
    if let Some(canvas) = document.get_element_by_id("game-canvas") {
        if canvas.get_attribute("tabindex").as_deref() != Some("-1") {
            let _ = canvas.set_attribute("tabindex", "-1");
        }
    }
}

fn announce(document: &web_sys::Document, tree: &A11yTree) {
    let Some(announcer) = document.get_element_by_id(ANNOUNCER_ID) else { return };
    let text: Vec<&str> =
        tree.entries.iter().filter(|e| e.announced && !e.name.is_empty()).map(|e| e.name.as_str()).collect();
    let text = text.join(" ");
    if announcer.text_content().as_deref() != Some(text.as_str()) {
        announcer.set_text_content(Some(&text));
    }
}

fn create(document: &web_sys::Document, entry: &A11yEntry) -> Option<web_sys::Element> {
    let element = match entry.role {
        Role::Button => {
            let button = document.create_element("button").ok()?;
            let _ = button.set_attribute("type", "button");
            button
        }
        Role::Heading => {
            let heading = document.create_element("div").ok()?;
            let _ = heading.set_attribute("role", "heading");
            let _ = heading.set_attribute("aria-level", "2");
            heading
        }
        Role::Text => document.create_element("p").ok()?,
        Role::Status => {
            // Findable as a status where it is drawn; announced by the announcer instead.
            let status = document.create_element("div").ok()?;
            let _ = status.set_attribute("role", "status");
            let _ = status.set_attribute("aria-live", "off");
            status
        }
        Role::Image => {
            let image = document.create_element("div").ok()?;
            let _ = image.set_attribute("role", "img");
            image
        }
    };
    let _ = element.set_attribute("data-key", &entry.key.to_string());
    Some(element)
}

fn update(element: &web_sys::Element, entry: &A11yEntry) {
    if entry.role == Role::Image {
        if element.get_attribute("aria-label").as_deref() != Some(entry.name.as_str()) {
            let _ = element.set_attribute("aria-label", &entry.name);
        }
    } else if element.text_content().as_deref() != Some(entry.name.as_str()) {
        element.set_text_content(Some(&entry.name));
    }
    let b = entry.bounds;
    let style = format!("left:{}px;top:{}px;width:{}px;height:{}px", b.left, b.top, b.width, b.height);
    if element.get_attribute("style").as_deref() != Some(style.as_str()) {
        let _ = element.set_attribute("style", &style);
    }
    match entry.pressed {
        Some(pressed) => {
            let _ = element.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
        }
        None => {
            let _ = element.remove_attribute("aria-pressed");
        }
    }
    if entry.current {
        if element.get_attribute("aria-current").is_none() {
            let _ = element.set_attribute("aria-current", "step");
        }
    } else if element.has_attribute("aria-current") {
        let _ = element.remove_attribute("aria-current");
    }
    if entry.disabled {
        let _ = element.set_attribute("aria-disabled", "true");
    } else {
        let _ = element.remove_attribute("aria-disabled");
    }
}

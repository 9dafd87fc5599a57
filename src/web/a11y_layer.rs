//! Mirrors [`A11yTree`] into real DOM elements over the canvas (`#a11y-layer` in index.html),
//! with roles and names, so screen readers, the keyboard and browser automation can find and
//! operate the game. The layer has `pointer-events: none`: taps and drags go to the canvas.
//! Activating an element (Enter, Space, a screen reader's double tap, a click sent to it)
//! queues its key; the game then does exactly what a tap does ([`crate::game::ui::pointer::activate`]).
//!
//! Containers nest: the robot's board is a `grid` of `row`s of `gridcell`s (one cell is in the
//! Tab order, the arrow keys move between cells), a program is a `list` whose items hold the
//! lists of loops' insides. A control's keys (`aria-keyshortcuts`) press it wherever the focus
//! is, except while typing in a field; keys that type a character only while the focus is in
//! the layer. The control the focus moves to is scrolled into view
//! ([`crate::game::ui::scroll::show`]).

use crate::core::shortcuts::Press;
use crate::game::a11y::{A11yEntry, A11yTree, Role, pressed_by};
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
    elements: HashMap<u64, Placed>,
    /// Activations from DOM events, applied at the start of the next frame.
    queue: Vec<u64>,
    /// The control the focus moved to last, to scroll into view in the next frame.
    focused: Option<u64>,
    wake: Option<Box<dyn Fn()>>,
    /// The entries that have keys, as last synced.
    shortcuts: Vec<A11yEntry>,
    /// The board's cell in the Tab order (the one focused last).
    roving: Option<u64>,
}

/// An entry's element, and the list item wrapped round it when it sits in a list.
struct Placed {
    role: Role,
    element: web_sys::Element,
    item: Option<web_sys::Element>,
}

impl Placed {
    fn remove(&self) {
        self.element.remove();
        if let Some(item) = &self.item {
            item.remove();
        }
    }
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
    // The focus moved (Tab, an arrow key, a screen reader): the game scrolls the control
    // into view, so a keyboard user sees what is focused on a screen taller than the tablet.
    EventListener::new(&root, "focusin", |event: &web_sys::Event| {
        let key = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.get_attribute("data-key"))
            .and_then(|k| k.parse::<u64>().ok());
        if let Some(key) = key {
            LAYER.with_borrow_mut(|layer| layer.focused = Some(key));
            wake();
        }
    })
    .forget();
    // Not passive (gloo's default): the arrow keys' scrolling is prevented.
    EventListener::new_with_options(&root, "keydown", EventListenerOptions::enable_prevent_default(), |event| {
        if let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() {
            if key.ctrl_key() || key.alt_key() || key.meta_key() {
                return;
            }
            if !move_in_grid(key) {
                move_focus_with_arrows(key.clone());
            }
        }
    })
    .forget();
    // Keys work wherever the focus is (see press_shortcut for the exceptions).
    if let Some(document) = root.owner_document() {
        EventListener::new_with_options(
            &document,
            "keydown",
            EventListenerOptions::enable_prevent_default(),
            |event| {
                if let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                    press_shortcut(key);
                }
            },
        )
        .forget();
    }
}

/// Presses the control whose keys take this key press, if any.
fn press_shortcut(event: &web_sys::KeyboardEvent) {
    if event.default_prevented() || event.is_composing() || event.repeat() || typing(event) {
        return;
    }
    let key = event.key();
    let press = Press {
        key: &key,
        control: event.ctrl_key(),
        alt: event.alt_key(),
        shift: event.shift_key(),
        meta: event.meta_key(),
    };
    // A key that types a character (a letter, a digit, -) presses a control only while the focus
    // is on the game's controls, so speech input or a stray key elsewhere presses nothing
    // (WCAG 2.1.4, Character Key Shortcuts).
    let character = key.chars().count() == 1 && !(press.control || press.alt || press.meta);
    if character && !focus_in_layer() {
        return;
    }
    let Some(target) = LAYER.with_borrow(|layer| pressed_by(&layer.shortcuts, press)) else { return };
    event.prevent_default();
    LAYER.with_borrow_mut(|layer| layer.queue.push(target));
    wake();
}

fn focus_in_layer() -> bool {
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    layer_element().zip(active).is_some_and(|(root, active)| root.contains(Some(&active)))
}

/// Whether the key goes into a text field (a nickname being typed).
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    let Some(element) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else { return false };
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || element.is_content_editable()
}

/// On a cell of the board: the arrow keys go to the next cell that way, Home and End to the
/// row's first and last. Returns whether the key was used.
fn move_in_grid(event: &web_sys::KeyboardEvent) -> bool {
    let Some(cell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(|a| a.get_attribute("role").as_deref() == Some("gridcell"))
    else {
        return false;
    };
    let Some(row) = cell.parent_element() else { return false };
    let Some(grid) = row.parent_element() else { return false };
    let index_in = |parent: &web_sys::Element, child: &web_sys::Element| {
        let children = parent.children();
        (0..children.length()).find(|&i| children.item(i).is_some_and(|c| c.is_same_node(Some(child))))
    };
    let (Some(y), Some(x)) = (index_in(&grid, &row), index_in(&row, &cell)) else { return false };
    let (rows, columns) = (grid.children().length(), row.children().length());
    let (x, y) = match event.key().as_str() {
        "ArrowLeft" => (x.saturating_sub(1), y),
        "ArrowRight" => ((x + 1).min(columns.saturating_sub(1)), y),
        "ArrowUp" => (x, y.saturating_sub(1)),
        "ArrowDown" => (x, (y + 1).min(rows.saturating_sub(1))),
        "Home" => (0, y),
        "End" => (columns.saturating_sub(1), y),
        _ => return false,
    };
    event.prevent_default();
    let target = grid.children().item(y).and_then(|r| r.children().item(x));
    if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = cell.set_attribute("tabindex", "-1");
        let _ = target.set_attribute("tabindex", "0");
        let key = target.get_attribute("data-key").and_then(|k| k.parse::<u64>().ok());
        LAYER.with_borrow_mut(|layer| layer.roving = key);
        let _ = target.focus();
    }
    true
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
    let (keys, focused) = LAYER.with_borrow_mut(|layer| (std::mem::take(&mut layer.queue), layer.focused.take()));
    for key in keys {
        crate::game::ui::pointer::activate(world, key);
    }
    if let Some(key) = focused {
        crate::game::ui::scroll::show(world, key);
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
        let mut keep: HashMap<u64, Placed> = HashMap::with_capacity(tree.entries.len());
        // How many children each container (None: the layer) has been given so far.
        let mut filled: HashMap<Option<u64>, u32> = HashMap::new();
        for entry in &tree.entries {
            let mut placed = match layer.elements.remove(&entry.key) {
                Some(placed) if placed.role == entry.role => placed,
                stale => {
                    if let Some(stale) = stale {
                        stale.remove();
                    }
                    match create(&document, entry) {
                        Some(element) => Placed { role: entry.role, element, item: None },
                        None => continue,
                    }
                }
            };
            update(&placed.element, entry);
            // Its container comes before it in reading order, so it is already placed.
            let parent = entry.parent.filter(|p| keep.contains_key(p));
            let (container, container_role) = match parent.and_then(|p| keep.get(&p)) {
                Some(p) => (p.element.clone(), Some(p.role)),
                None => (root.clone(), None),
            };
            // In a list, everything is a list item or sits in one.
            let old_item = placed.item.take();
            if container_role == Some(Role::List) && entry.role != Role::ListItem {
                let item = old_item.or_else(|| {
                    let item = document.create_element("div").ok()?;
                    let _ = item.set_attribute("role", "listitem");
                    Some(item)
                });
                if let Some(item) = &item {
                    if !item.first_element_child().is_some_and(|c| c.is_same_node(Some(&placed.element))) {
                        let _ = item.prepend_with_node_1(&placed.element);
                    }
                }
                placed.item = item;
            } else if let Some(old_item) = old_item {
                old_item.remove();
            }
            // Reading order. Only move a node that is out of place: moving a node takes the
            // keyboard focus away from it.
            let node = placed.item.as_ref().unwrap_or(&placed.element);
            let index = filled.entry(parent).or_default();
            let here = container.children().item(*index);
            if !here.as_ref().is_some_and(|n| n.is_same_node(Some(node))) {
                let _ = container.insert_before(node, here.as_ref().map(|n| n.as_ref()));
            }
            *index += 1;
            keep.insert(entry.key, placed);
        }
        for (_, stale) in layer.elements.drain() {
            stale.remove();
        }
        layer.elements = keep;
        layer.shortcuts = tree.entries.iter().filter(|e| e.keys.is_some() && !e.disabled).cloned().collect();
        keep_one_cell_in_tab_order(layer, &tree);
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

/// Of the board's cells only one is in the Tab order: the one focused last, else the first.
fn keep_one_cell_in_tab_order(layer: &mut Layer, tree: &A11yTree) {
    let cells = || tree.entries.iter().filter(|e| e.role == Role::Cell).map(|e| e.key);
    let roving = layer.roving.filter(|key| cells().any(|cell| cell == *key)).or_else(|| cells().next());
    layer.roving = roving;
    for key in cells() {
        if let Some(placed) = layer.elements.get(&key) {
            let wanted = if Some(key) == roving { "0" } else { "-1" };
            if placed.element.get_attribute("tabindex").as_deref() != Some(wanted) {
                let _ = placed.element.set_attribute("tabindex", wanted);
            }
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
        Role::Grid | Role::Row | Role::Cell | Role::List | Role::ListItem => {
            let element = document.create_element("div").ok()?;
            let role = match entry.role {
                Role::Grid => "grid",
                Role::Row => "row",
                Role::Cell => "gridcell",
                Role::List => "list",
                _ => "listitem",
            };
            let _ = element.set_attribute("role", role);
            element
        }
    };
    let _ = element.set_attribute("data-key", &entry.key.to_string());
    Some(element)
}

fn update(element: &web_sys::Element, entry: &A11yEntry) {
    match entry.role {
        Role::Image | Role::Grid | Role::List => {
            if element.get_attribute("aria-label").as_deref() != Some(entry.name.as_str()) {
                let _ = element.set_attribute("aria-label", &entry.name);
            }
        }
        // Their text is their children's.
        Role::Row | Role::ListItem => {}
        _ => {
            if element.text_content().as_deref() != Some(entry.name.as_str()) {
                element.set_text_content(Some(&entry.name));
            }
        }
    }
    set_or_remove(element, "aria-keyshortcuts", entry.keys);
    if entry.role.is_container() {
        // Laid out by the page's style (in the flow, no size): what they hold is placed
        // over the canvas from the layer's corner.
        return;
    }
    let b = entry.bounds;
    let style = format!("left:{}px;top:{}px;width:{}px;height:{}px", b.left, b.top, b.width, b.height);
    if element.get_attribute("style").as_deref() != Some(style.as_str()) {
        let _ = element.set_attribute("style", &style);
    }
    set_or_remove(element, "aria-pressed", entry.pressed.map(|pressed| if pressed { "true" } else { "false" }));
    set_or_remove(element, "aria-current", entry.current.then_some("step"));
    set_or_remove(element, "aria-disabled", entry.disabled.then_some("true"));
}

fn set_or_remove(element: &web_sys::Element, name: &str, value: Option<&str>) {
    match value {
        Some(value) if element.get_attribute(name).as_deref() != Some(value) => {
            let _ = element.set_attribute(name, value);
        }
        None if element.has_attribute(name) => {
            let _ = element.remove_attribute(name);
        }
        _ => {}
    }
}

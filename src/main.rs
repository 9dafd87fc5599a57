//! The browser build's entry point: Bevy with a canvas that fills its parent, reactive
//! rendering, no asset meta requests, our panic hook, the game and the browser glue.

#[cfg(target_arch = "wasm32")]
fn main() {
    use bevy::asset::AssetMetaCheck;
    use bevy::prelude::*;
    use bevy::winit::{UpdateMode, WinitSettings};
    use std::time::Duration;

    byte_bridge::web::page::install_panic_hook();
    byte_bridge::web::page::mark("main");
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .build()
            // Ours logs the panic too, then shows the page's reload message.
            .disable::<bevy::app::PanicHandlerPlugin>()
            .set(WindowPlugin {
                primary_window: Some(Window {
                    canvas: Some("#game-canvas".into()),
                    fit_canvas_to_parent: true,
                    prevent_default_event_handling: true,
                    ..default()
                }),
                ..default()
            })
            // No .meta files exist; asking for them costs a 404 each (bevy#10157).
            .set(AssetPlugin { meta_check: AssetMetaCheck::Never, ..default() })
            .set(bevy::log::LogPlugin { level: bevy::log::Level::WARN, ..default() }),
    )
    // Battery: draw only on input or when a screen asks (crate::game::redraw).
    .insert_resource(WinitSettings {
        focused_mode: UpdateMode::reactive_low_power(Duration::from_secs(30)),
        unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs(60)),
    })
    .insert_resource(byte_bridge::web::platform())
    .add_plugins((byte_bridge::game::plugin, byte_bridge::web::plugin));
    byte_bridge::web::page::mark("plugins-built");
    app.run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Byte Bridge runs in a browser: build it with `./play` (see README.md).");
}

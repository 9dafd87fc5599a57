fn main() {
    use bevy::prelude::*;
    App::new().add_plugins(DefaultPlugins).add_plugins(byte_bridge::game::plugin).run();
}

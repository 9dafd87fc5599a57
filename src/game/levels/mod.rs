//! One plugin per level kind. Each kind's `start` fills the level screen's area and inserts
//! its session resource; its systems run while that resource exists.

pub mod answers;
pub mod build_password;
pub mod hints;
pub mod order_steps;
pub mod pick_reply;
pub mod read_address;
pub mod robot_grid;
pub mod safe_to_share;
pub mod spot_flags;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((
        hints::plugin,
        robot_grid::plugin,
        safe_to_share::plugin,
        spot_flags::plugin,
        pick_reply::plugin,
        order_steps::plugin,
        build_password::plugin,
        read_address::plugin,
    ));
}

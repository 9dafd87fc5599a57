//! Render only when something changes. The browser build runs Bevy in reactive mode (no frame
//! unless there is input); screens and animations ask for frames here while they need them.

use bevy::prelude::*;
use bevy::window::RequestRedraw;

/// How many more frames to draw even without input.
#[derive(Resource, Default, Debug)]
pub struct Redraw {
    frames: u32,
}

impl Redraw {
    /// Draw at least `frames` more frames (layout and text settle within a few).
    pub fn frames(&mut self, frames: u32) {
        self.frames = self.frames.max(frames);
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Redraw>();
    app.add_systems(Last, request_frames);
}

fn request_frames(mut redraw: ResMut<Redraw>, mut requests: MessageWriter<RequestRedraw>) {
    if redraw.frames > 0 {
        redraw.frames -= 1;
        requests.write(RequestRedraw);
    }
}

//! The pupil's progress as a Bevy resource, written through to storage at once (a hidden page
//! stops Bevy's frame loop, so nothing may wait for a later frame).

use super::platform::Platform;
use crate::core::progress::{Attempt, KeyValueStore, MemoryStore, Progress, ProgressStore, StorageNotice};
use bevy::prelude::*;

/// Loaded progress and the store it is saved to.
#[derive(Resource)]
pub struct Saved {
    pub progress: Progress,
    store: ProgressStore<Box<dyn KeyValueStore + Send + Sync>>,
}

/// A storage problem the pupil has not dismissed yet.
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Notice(pub Option<StorageNotice>);

impl Saved {
    /// Writes progress now; a failure becomes a notice on screen, never a crash.
    pub fn save(&mut self) -> Option<StorageNotice> {
        self.store.save(&self.progress).err()
    }

    /// Records an attempt (a solved one also completes the level) and saves. Returns
    /// (new best?, storage problem).
    pub fn record_attempt(&mut self, level: &str, attempt: Attempt) -> (bool, Option<StorageNotice>) {
        let improved = self.progress.record_attempt(level, attempt);
        (improved, self.save())
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Notice>();
    app.add_systems(PreStartup, load_progress);
}

pub(super) fn load_progress(mut commands: Commands, mut platform: ResMut<Platform>) {
    let store = platform.store.take().unwrap_or_else(|| Box::new(MemoryStore::default()));
    let mut store = ProgressStore::new(store);
    let (progress, notice) = store.load();
    commands.insert_resource(Saved { progress, store });
    commands.insert_resource(Notice(notice));
}

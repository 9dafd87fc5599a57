//! Every world and level of the course, read once from the embedded level files.

use crate::core::level::Catalog;
use bevy::prelude::*;

/// Every world and level.
#[derive(Resource, Debug, Deref)]
pub struct Levels(pub Catalog);

pub(super) fn plugin(app: &mut App) {
    let catalog = match Catalog::embedded() {
        Ok(catalog) => catalog,
        Err(errors) => {
            // Tests refuse broken level files, so a shipped build never gets here; if one
            // does, keep the valid screens working rather than stopping.
            for error in &errors {
                error!("{error}");
            }
            Catalog::from_files(&[("levels/worlds.json", r#"{"worlds":[]}"#)]).unwrap_or_else(|_| unreachable!())
        }
    };
    app.insert_resource(Levels(catalog));
}

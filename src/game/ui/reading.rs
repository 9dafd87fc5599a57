//! Larger text and more space between lines and letters (issue #18 §3), as the player on the
//! tablet chose them (`core::reading`). Every text's size is given in rem (`widgets::label`),
//! so one change of Bevy's `RemSize` resizes them all; lines and letters get their spacing
//! when a text appears and again whenever the choice changes. Controls grow with the text:
//! icons, tiles and pictures given a size in pixels are made with [`growing`], and their sizes
//! are multiplied by the same scale.

use crate::core::reading::{self, BASE_FONT, TextSize};
use crate::game::progress::TabletPlayers;
use crate::game::redraw::Redraw;
use bevy::prelude::*;
use bevy::text::{FontSize, LetterSpacing, LineBreak, LineHeight, RemSize};

/// How the player on the tablet reads: the size of the text and whether it has more space.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub size: TextSize,
    pub more_space: bool,
}

/// A node whose sizes in pixels grow with the player's text size (larger controls, up to
/// 200 %): its normal width, height and least width and height, kept from the node it was made
/// with ([`growing`]). Sizes given otherwise (in percent, auto) are left alone.
#[derive(Component, Debug, Default, Clone, Copy, PartialEq)]
pub struct Grows {
    width: Option<f32>,
    height: Option<f32>,
    min_width: Option<f32>,
    min_height: Option<f32>,
}

/// A node that grows with the player's text size: spawn or insert both together. The sizes
/// it is made with are its sizes at the normal text size.
pub fn growing(node: Node) -> (Node, Grows) {
    let normal = |val: Val| match val {
        Val::Px(px) => Some(px),
        _ => None,
    };
    let grows = Grows {
        width: normal(node.width),
        height: normal(node.height),
        min_width: normal(node.min_width),
        min_height: normal(node.min_height),
    };
    (node, grows)
}

impl Grows {
    fn apply(&self, node: &mut Node, scale: f32) {
        for (val, normal) in [
            (&mut node.width, self.width),
            (&mut node.height, self.height),
            (&mut node.min_width, self.min_width),
            (&mut node.min_height, self.min_height),
        ] {
            if let Some(normal) = normal {
                let wanted = Val::Px(normal * scale);
                if *val != wanted {
                    *val = wanted;
                }
            }
        }
    }
}

/// The systems that follow the player's choice, before what depends on it.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct Follow;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Reading>();
    app.add_systems(
        PostUpdate,
        (follow_player.run_if(resource_changed::<TabletPlayers>), resize, space, grow)
            .chain()
            .in_set(Follow)
            .before(bevy::ui::UiSystems::Prepare),
    );
}

fn follow_player(players: Res<TabletPlayers>, mut reading: ResMut<Reading>) {
    let wanted = players
        .current()
        .map(|p| Reading { size: p.settings.text_size, more_space: p.settings.more_space })
        .unwrap_or_default();
    reading.set_if_neq(wanted);
}

/// Every text in rem grows with the rem.
fn resize(reading: Res<Reading>, mut rem: ResMut<RemSize>, mut redraw: ResMut<Redraw>) {
    if !reading.is_changed() {
        return;
    }
    let wanted = RemSize(BASE_FONT * reading.size.scale());
    if *rem != wanted {
        *rem = wanted;
        redraw.frames(3);
    }
}

type Spaced = (&'static TextFont, &'static mut LineHeight, &'static mut LetterSpacing, Option<&'static mut TextLayout>);

/// Line height and letter spacing: on every text when the choice changed, else on new texts
/// (which have the normal spacing already unless the player asked for more). With bigger or
/// spaced text a word too long for its line breaks inside, as a zoomed web page does, rather
/// than reach out of its button.
#[allow(clippy::type_complexity)]
fn space(
    reading: Res<Reading>,
    mut texts: ParamSet<(Query<Spaced>, Query<Spaced, Added<TextFont>>)>,
    mut redraw: ResMut<Redraw>,
) {
    let (line, letters) = reading::spacing(reading.more_space);
    let breaks = if *reading == Reading::default() { LineBreak::WordBoundary } else { LineBreak::WordOrCharacter };
    let apply = |(font, mut height, mut spacing, layout): bevy::ecs::query::QueryItem<Spaced>| {
        if let Some(mut layout) = layout.filter(|l| l.linebreak != breaks && l.linebreak != LineBreak::NoWrap) {
            layout.linebreak = breaks;
        }
        height.set_if_neq(LineHeight::RelativeToFont(line));
        // Bevy's rem letter spacing is a share of the rem, not of the text's own size.
        spacing.set_if_neq(match font.font_size {
            FontSize::Rem(size) => LetterSpacing::Rem(letters * size),
            FontSize::Px(size) => LetterSpacing::Px(letters * size),
            _ => LetterSpacing::Rem(letters),
        });
    };
    if reading.is_changed() {
        texts.p0().iter_mut().for_each(apply);
        redraw.frames(3);
    } else if *reading != Reading::default() {
        texts.p1().iter_mut().for_each(apply);
    }
}

/// Sizes that grow: all of them when the choice changed, else the new ones (made at the normal
/// size) unless the player reads at the normal size.
fn grow(
    reading: Res<Reading>,
    mut nodes: ParamSet<(Query<(&Grows, &mut Node)>, Query<(&Grows, &mut Node), Added<Grows>>)>,
    mut redraw: ResMut<Redraw>,
) {
    let scale = reading.size.scale();
    if reading.is_changed() {
        nodes.p0().iter_mut().for_each(|(grows, mut node)| grows.apply(&mut node, scale));
        redraw.frames(3);
    } else if reading.size != TextSize::Normal {
        nodes.p1().iter_mut().for_each(|(grows, mut node)| grows.apply(&mut node, scale));
    }
}

//! The page's copy of the players screen (`core::quick`, issue #21): kept each time "Who is
//! playing?" shows, so the next start can show it in HTML while the game loads; and the tap a
//! pupil made there, carried out when the game starts, as if made on the game's own screen.

use crate::core::palette;
use crate::core::quick::{QuickPlayer, QuickScreen, QuickTap};
use crate::game::i18n::{Languages, Texts};
use crate::game::package;
use crate::game::platform::Platform;
use crate::game::progress::{Notice, TabletPlayers};
use crate::game::screens::player_edit::Draft;
use crate::game::screens::{Screen, first_screen, players};
use crate::game::ui::icons::picture_paths;
use crate::game::ui::player::nickname_key;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    // At start-up (a tap made while the game loaded), and on the players screen until the
    // page's copy goes (a tap made between the two).
    app.add_systems(PostStartup, take_tap.after(first_screen));
    app.add_systems(Update, take_tap.run_if(in_state(Screen::Players)));
    app.init_resource::<KeptCopy>();
    app.add_systems(
        Update,
        (
            keep_copy.run_if(in_state(Screen::Players)).run_if(
                resource_changed::<TabletPlayers>.or_eager(resource_changed::<Texts>).or_eager(state_changed::<Screen>),
            ),
            forget_removed.run_if(resource_changed::<TabletPlayers>),
        )
            .chain(),
    );
}

/// The copy last kept for the page, if the players screen showed since the game started.
#[derive(Resource, Debug, Default)]
struct KeptCopy(Option<QuickScreen>);

/// The players screen's first page as the page will show it.
pub fn copy(saved: &TabletPlayers, texts: &Texts) -> QuickScreen {
    let players = saved
        .tablet
        .profiles
        .iter()
        .map(|player| {
            let palette::Rgb(red, green, blue) = palette::avatar(&player.avatar.colour);
            QuickPlayer {
                id: player.id.clone(),
                name: nickname_key(&player.nickname).resolve(&texts.0),
                colour: crate::core::quick::hex(red, green, blue),
                picture: picture_paths(&player.avatar.picture),
            }
        })
        .collect();
    let lang = texts.current();
    QuickScreen::new(lang, crate::core::i18n::fonts::is_right_to_left(lang), players)
}

fn keep_copy(platform: Res<Platform>, saved: Res<TabletPlayers>, texts: Res<Texts>, mut kept: ResMut<KeptCopy>) {
    if package::in_package(&platform) {
        return;
    }
    let copy = copy(&saved, &texts);
    if kept.0.as_ref() != Some(&copy) {
        platform.host.keep_quick_screen(Some(&copy.to_json()));
        kept.0 = Some(copy);
    }
}

/// A player removed elsewhere (the grown-ups' screen, another tablet's file) leaves the copy
/// at once: the page never shows a player who is gone. The copy is made again, in the players
/// screen's language, when that screen next shows; without one kept since the game started,
/// the stored copy is dropped.
fn forget_removed(
    platform: Res<Platform>,
    saved: Res<TabletPlayers>,
    mut kept: ResMut<KeptCopy>,
    mut seen: Local<Option<Vec<String>>>,
) {
    let ids: Vec<String> = saved.tablet.profiles.iter().map(|p| p.id.clone()).collect();
    let removed = seen.as_ref().is_some_and(|before| before.iter().any(|id| !ids.contains(id)));
    *seen = Some(ids);
    if !removed || package::in_package(&platform) {
        return;
    }
    match &mut kept.0 {
        Some(copy) => {
            copy.players.retain(|player| saved.tablet.get(&player.id).is_some());
            platform.host.keep_quick_screen(Some(&copy.to_json()));
        }
        None => platform.host.keep_quick_screen(None),
    }
}

/// A tap on the page's copy, carried out instead of showing the players screen first. A
/// player who is no longer on the tablet (deleted in another tab since) is ignored: the
/// players screen shows as usual.
fn take_tap(
    platform: Res<Platform>,
    mut saved: ResMut<TabletPlayers>,
    mut languages: Languages,
    mut notice: ResMut<Notice>,
    mut commands: Commands,
    mut page: ResMut<players::PlayersPage>,
    mut next: ResMut<NextState<Screen>>,
) {
    if package::in_package(&platform) {
        return;
    }
    let Some(tap) = platform.host.take_quick_tap().and_then(|text| QuickTap::parse(&text)) else { return };
    match tap {
        QuickTap::Player(id) => {
            if let Some(screen) = players::open(&id, &mut saved, &mut languages, &mut notice, &mut commands) {
                next.set(screen);
            }
        }
        QuickTap::NewPlayer => {
            commands.remove_resource::<Draft>();
            next.set(Screen::EditPlayer);
        }
        QuickTap::GrownUps => next.set(Screen::AdultGate),
        // The players screen shows (or is showing): on its second page.
        QuickTap::NextPage => page.0 = 1,
    }
}

//! The screens, each a state with its own plugin in its own file. Entities a screen spawns
//! carry `DespawnOnExit`, so leaving a screen cleans up by itself.

pub mod adult_gate;
pub mod adults;
pub mod language;
pub mod level;
pub mod map;
pub mod notices;
pub mod player_age;
pub mod player_edit;
pub mod players;
pub mod result;
pub mod secret;
pub mod send;
pub mod settings;
pub mod title;
pub mod voices;

use super::redraw::Redraw;
use crate::game::i18n::TextKey;
use crate::game::mission;
use crate::game::package;
use crate::game::platform::Platform;
use crate::game::progress::TabletPlayers;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets;
use bevy::prelude::*;

/// Which screen is showing.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    /// Start-up work (progress, language, icons) runs before the first screen appears.
    #[default]
    Boot,
    /// "Who is playing?": every player on the tablet.
    Players,
    /// A new player, or changing one's nickname and picture.
    EditPlayer,
    /// A new player's age band: "How old are you?".
    PlayerAge,
    /// Typing or setting a picture password.
    Secret,
    /// The question in front of the grown-ups' screen.
    AdultGate,
    /// Grown-ups: move, delete and reset players, clear the tablet.
    Adults,
    /// Grown-ups: which languages this tablet reads aloud, and how to add a voice.
    Voices,
    /// The player's home: Play, today's mission, language, their name and picture.
    Title,
    /// Every language the game ships, to pick one.
    Language,
    /// The player's own settings (reading aloud, …), behind the gear on their home.
    Settings,
    Map,
    Level,
    Result,
    /// "Send to my teacher": the pupil's file (saved or shared) or QR code.
    Send,
    /// The pupil's QR code, as large as the screen allows.
    SendCode,
}

impl Screen {
    /// How deep the screen is: the device's back button goes one level up.
    pub fn depth(self) -> u8 {
        match self {
            Screen::Boot | Screen::Players => 0,
            Screen::EditPlayer
            | Screen::PlayerAge
            | Screen::Secret
            | Screen::AdultGate
            | Screen::Adults
            | Screen::Title => 1,
            Screen::Map | Screen::Send | Screen::Language | Screen::Settings | Screen::Voices => 2,
            Screen::Level | Screen::Result | Screen::SendCode => 3,
        }
    }

    /// Where "back" leads from here; `playing` when a player is chosen (their own name,
    /// picture and password screens lead back to their home).
    pub fn parent(self, playing: bool) -> Option<Screen> {
        match self {
            Screen::Boot | Screen::Players => None,
            Screen::EditPlayer | Screen::PlayerAge | Screen::Secret if playing => Some(Screen::Title),
            Screen::EditPlayer
            | Screen::PlayerAge
            | Screen::Secret
            | Screen::AdultGate
            | Screen::Adults
            | Screen::Title => Some(Screen::Players),
            Screen::Map | Screen::Send | Screen::Language | Screen::Settings => Some(Screen::Title),
            Screen::Level | Screen::Result => Some(Screen::Map),
            Screen::SendCode => Some(Screen::Send),
            Screen::Voices => Some(Screen::Adults),
        }
    }
}

/// A request to go back one screen (the device's back button or gesture).
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoBack;

/// The level being played (or just finished).
#[derive(Resource, Debug, Clone, PartialEq, Eq)]
pub struct CurrentLevel(pub String);

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>();
    app.add_message::<GoBack>();
    app.add_systems(Update, go_back);
    app.add_systems(Startup, spawn_camera);
    app.add_systems(PostStartup, first_screen);
    app.add_systems(StateTransition, redraw_after_transition.run_if(state_changed::<Screen>));
    app.add_plugins((title::plugin, map::plugin, level::plugin, result::plugin, send::plugin));
    app.add_plugins((players::plugin, secret::plugin, player_edit::plugin, adult_gate::plugin, adults::plugin));
    app.add_plugins((player_age::plugin, language::plugin, settings::plugin, voices::plugin));
    app.add_plugins(notices::plugin);
    // A teacher's link opened while the game already runs in this tab (between levels only).
    for screen in [Screen::Players, Screen::Title, Screen::Map] {
        app.add_systems(OnEnter(screen), mission::take_link);
    }
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((Name::new("Camera"), Camera2d));
}

/// The players screen; inside a school's platform, the learner's own first screen.
pub fn first_screen(
    platform: Res<Platform>,
    saved: Res<TabletPlayers>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    if !package::in_package(&platform) {
        next.set(Screen::Players);
        return;
    }
    match package::asks_age(&saved) {
        Some(id) => {
            commands.insert_resource(player_age::AgeChoice { id });
            next.set(Screen::PlayerAge);
        }
        None => next.set(Screen::Title),
    }
}

fn go_back(
    mut requests: MessageReader<GoBack>,
    screen: Res<State<Screen>>,
    saved: Res<TabletPlayers>,
    platform: Res<Platform>,
    mut next: ResMut<NextState<Screen>>,
) {
    if requests.read().count() > 0 {
        // Inside a platform the learner is the only player: there is no picker to go back to.
        let parent = screen.get().parent(saved.current().is_some());
        if let Some(parent) = parent.filter(|p| *p != Screen::Players || !package::in_package(&platform)) {
            next.set(parent);
        }
    }
}

/// The part of a [`titled_screen`] that its screen draws again when its state changes.
#[derive(Component)]
struct ScreenBody;

/// A run condition: a [`titled_screen`]'s body was just spawned (draw it the first time).
fn just_entered(body: Query<(), Added<ScreenBody>>) -> bool {
    !body.is_empty()
}

/// A screen with a back button to `back_to`, a title, and an empty [`ScreenBody`] below.
fn titled_screen(
    commands: &mut Commands,
    screen: Screen,
    title: &'static str,
    back_to: Screen,
    icons: &Icons,
) -> Entity {
    let root = commands.spawn(widgets::screen_root(screen)).id();
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::top_bar()).with_children(|bar| {
            bar.spawn(widgets::back_button(icons.back.clone()))
                .observe(move |_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(back_to));
            bar.spawn(widgets::heading(TextKey::new(title), theme::FONT_HEADING));
        });
        screen.spawn((ScreenBody, widgets::redrawn_body()));
    });
    root
}

/// Back from a player's own screens (name and picture, picture password): to their home when
/// someone is playing, otherwise to the players.
fn back_home_or_to_players(_: On<Activate>, players: Res<TabletPlayers>, mut next: ResMut<NextState<Screen>>) {
    next.set(if players.current().is_some() { Screen::Title } else { Screen::Players });
}

/// A new screen needs a few frames for layout and text, even without input.
fn redraw_after_transition(mut redraw: ResMut<Redraw>) {
    redraw.frames(4);
}

//! Spot the red flags: a mock message, e-mail or web page whose lines can be tapped. A red
//! flag turns red, a line that is fine turns green and counts a mistake; every tap shows its
//! reason. When every red flag is found, Finish records the answers.

use crate::core::level::spot_flags::{FlagHunt, ScreenKind, SpotFlags, TapResult};
use crate::core::progress::Attempt;
use crate::game::a11y::A11y;
use crate::game::i18n::{Localized, TextKey};
use crate::game::redraw::Redraw;
use crate::game::screens::Screen;
use crate::game::screens::level::{LevelAttempt, LevelHints};
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;

/// The level being played.
#[derive(Resource)]
pub struct FlagSession {
    level: SpotFlags,
    hunt: FlagHunt,
    /// The last tap: which part and what it was.
    last: Option<(usize, TapResult)>,
}

#[derive(Component)]
struct PartButton(usize);
#[derive(Component)]
struct PartMark;
#[derive(Component)]
struct FoundCount;
#[derive(Component)]
struct Feedback;
#[derive(Component)]
struct FinishButton;

/// The look of a line before it is tapped.
const LINE: ButtonLook = ButtonLook { background: theme::FLOOR, text: theme::TEXT_DARK };

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnExit(Screen::Level), |mut commands: Commands| commands.remove_resource::<FlagSession>());
    app.add_systems(Update, show_hunt.run_if(resource_exists::<FlagSession>.and_then(in_state(Screen::Level))));
}

/// Fills the level area and starts the hunt.
pub fn start(commands: &mut Commands, area: Entity, level: &SpotFlags, icons: &Icons) {
    commands.insert_resource(FlagSession { level: level.clone(), hunt: FlagHunt::new(level), last: None });
    let header = match level.screen {
        ScreenKind::Message => "spot-screen-message",
        ScreenKind::Email => "spot-screen-email",
        ScreenKind::Web => "spot-screen-web",
        ScreenKind::Profile => "spot-screen-profile",
        ScreenKind::Post => "spot-screen-post",
        ScreenKind::GroupChat => "spot-screen-group-chat",
    };
    // The level area is a row in landscape (screen left, feedback right) and a column in
    // portrait, so the Finish button is always on screen.
    commands.entity(area).with_children(|column| {
        // The mock screen: a header like the app it copies, then its lines.
        column
            .spawn((
                Name::new("Screen"),
                Node {
                    width: px(540),
                    max_width: percent(100),
                    flex_shrink: 1.0,
                    flex_direction: FlexDirection::Column,
                    row_gap: px(8),
                    padding: UiRect::all(px(12)),
                    border: UiRect::all(px(6)),
                    border_radius: BorderRadius::all(px(22)),
                    ..default()
                },
                BackgroundColor(Color::WHITE),
                BorderColor::all(theme::WALL),
            ))
            .with_children(|screen| {
                screen
                    .spawn((
                        Node {
                            padding: UiRect::axes(px(12), px(6)),
                            border_radius: BorderRadius::all(px(10)),
                            ..default()
                        },
                        BackgroundColor(theme::SECONDARY),
                    ))
                    .with_children(|bar| {
                        bar.spawn(widgets::heading(TextKey::new(header), theme::FONT_SMALL));
                    });
                for (index, part) in level.parts.iter().enumerate() {
                    screen
                        .spawn((PartButton(index), widgets::button_base(TextKey::new(part.text.clone()), LINE)))
                        .insert(Node {
                            min_height: px(theme::MIN_TARGET),
                            padding: UiRect::axes(px(12), px(6)),
                            justify_content: JustifyContent::SpaceBetween,
                            align_items: AlignItems::Center,
                            column_gap: px(10),
                            border: UiRect::all(px(3)),
                            border_radius: BorderRadius::all(px(10)),
                            ..default()
                        })
                        .with_children(|line| {
                            line.spawn(widgets::label(TextKey::new(part.text.clone()), theme::FONT_BODY, LINE.text))
                                .insert(TextLayout::justify(Justify::Left));
                            line.spawn((PartMark, widgets::icon(icons.flag.clone(), 32.0, Color::NONE)));
                        })
                        .observe(tap_part);
                }
            });
        column
            .spawn(Node {
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                row_gap: px(14),
                max_width: px(460),
                flex_shrink: 1.0,
                ..default()
            })
            .with_children(|side| spawn_side(side, icons));
    });
}

/// Beside the screen: how many flags are found, what the last tap meant, Hint and Finish.
fn spawn_side(column: &mut ChildSpawnerCommands, icons: &Icons) {
    column.spawn((FoundCount, widgets::label(TextKey::literal(""), theme::FONT_BODY, theme::TEXT)));
    column.spawn((
        Feedback,
        widgets::label(TextKey::new("spot-start"), theme::FONT_BODY, theme::TEXT),
        A11y::status(TextKey::new("spot-start")),
        // Room for four lines, so the buttons below never move.
        Node { max_width: px(460), min_height: px(128), ..default() },
    ));
    column.spawn(Node { column_gap: px(16), ..default() }).with_children(|row| {
        super::hints::spawn_hint_button(row, icons);
        row.spawn((FinishButton, widgets::button(TextKey::new("sort-finish"), ButtonLook::PRIMARY)))
            .insert(Visibility::Hidden)
            .observe(finish);
    });
    column.spawn(super::hints::hint_text());
}

fn tap_part(
    activate: On<Activate>,
    parts: Query<&PartButton>,
    mut session: ResMut<FlagSession>,
    mut redraw: ResMut<Redraw>,
) {
    let Ok(PartButton(index)) = parts.get(activate.entity) else { return };
    let session = &mut *session;
    let Some(id) = session.level.parts.get(*index).map(|p| p.id.clone()) else { return };
    if let Some(result) = session.hunt.tap(*index, &id) {
        session.last = Some((*index, result));
    }
    redraw.frames(3);
}

fn finish(_: On<Activate>, session: Res<FlagSession>, mut attempts: MessageWriter<LevelAttempt>) {
    if !session.hunt.is_finished() {
        return;
    }
    attempts.write(LevelAttempt {
        attempt: Attempt {
            outcome: "found_all".to_owned(),
            answers: session.hunt.answers().to_vec(),
            mistakes: session.hunt.mistakes(),
            stars: session.hunt.stars(),
            ..Default::default()
        },
    });
}

#[allow(clippy::type_complexity)]
fn show_hunt(
    session: Res<FlagSession>,
    mut hints: ResMut<LevelHints>,
    mut parts: Query<(&PartButton, &mut ButtonLook, &mut A11y, &Children)>,
    mut marks: Query<&mut ImageNode, With<PartMark>>,
    mut texts: ParamSet<(
        Query<&mut Localized, With<FoundCount>>,
        Query<(&mut Localized, &mut A11y), (With<Feedback>, Without<PartButton>)>,
    )>,
    mut finish: Query<&mut Visibility, With<FinishButton>>,
    icons: Res<Icons>,
) {
    if !session.is_changed() {
        return;
    }
    let (found, total) = session.hunt.found();
    for mut count in &mut texts.p0() {
        let key = TextKey::new("spot-found").num("found", found as u32).num("total", total as u32);
        if count.0 != key {
            count.0 = key;
        }
    }
    for (PartButton(index), mut look, mut a11y, children) in &mut parts {
        let Some(part) = session.level.parts.get(*index) else { continue };
        let tapped = session.hunt.is_tapped(*index);
        let (wanted, name, icon) = match (tapped, part.flag) {
            (false, _) => (LINE, TextKey::new(part.text.clone()), None),
            (true, true) => (
                ButtonLook { background: theme::DANGER, text: theme::TEXT_DARK },
                TextKey::new("spot-part-flag").msg("text", part.text.clone()),
                Some(icons.flag.clone()),
            ),
            (true, false) => (
                ButtonLook { background: theme::SUCCESS, text: theme::TEXT_DARK },
                TextKey::new("spot-part-fine").msg("text", part.text.clone()),
                Some(icons.check.clone()),
            ),
        };
        if *look != wanted {
            *look = wanted;
        }
        if a11y.name != name {
            a11y.name = name;
        }
        for child in children.iter() {
            if let Ok(mut image) = marks.get_mut(child) {
                match &icon {
                    Some(handle) => {
                        image.image = handle.clone();
                        image.color = theme::TEXT_DARK;
                    }
                    None => image.color = Color::NONE,
                }
            }
        }
    }
    let feedback = match session.last {
        Some((index, TapResult::Flag)) => session
            .level
            .parts
            .get(index)
            .map(|p| TextKey::new("spot-feedback").msg("verdict", "spot-right").msg("reason", p.reason.clone())),
        Some((index, TapResult::NotAFlag)) => session
            .level
            .parts
            .get(index)
            .map(|p| TextKey::new("spot-feedback").msg("verdict", "spot-wrong").msg("reason", p.reason.clone())),
        _ => None,
    };
    let feedback = match (session.hunt.is_finished(), feedback) {
        (true, Some(key)) => TextKey::new("spot-done").key("last", key),
        (_, Some(key)) => key,
        (_, None) => TextKey::new("spot-start"),
    };
    for (mut localized, mut a11y) in &mut texts.p1() {
        if localized.0 != feedback {
            localized.0 = feedback.clone();
            a11y.name = feedback.clone();
        }
    }
    let finished = session.hunt.is_finished();
    for mut visibility in &mut finish {
        let wanted = if finished { Visibility::Inherited } else { Visibility::Hidden };
        if *visibility != wanted {
            *visibility = wanted;
        }
    }
    // Every red flag found: no more hints.
    if finished && !hints.closed {
        hints.closed = true;
    }
}

//! Read the address: a link that says it goes to a brand, split into its parts as chips in an
//! address bar. The pupil taps the part that names the site (another part shows what it tells
//! you, and counts a mistake), then answers whether it is the brand's site. The answer's reason
//! names the real site, and for look-alike letters the name the browser really reads.
//! A link with words shown first (a link's text in a message, or where a QR code is) shows
//! them above the address bar, which then stands for what pressing and holding the link, or
//! the camera, shows: where it really goes.

use super::answers::{self, AnswerSession, Side, SidePart, Stage};
use crate::core::address::Address;
use crate::core::level::Answers;
use crate::core::level::read_address::{AddressRound, Phase, ReadAddress, Reading};
use crate::core::progress::AttemptOutcome;
use crate::game::a11y::A11y;
use crate::game::i18n::{Localized, TextKey};
use crate::game::levels::LevelPlay;
use crate::game::redraw::Redraw;
use crate::game::speech::ReadAloud;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;

/// The level being played.
#[derive(Resource)]
pub struct AddressSession {
    level: ReadAddress,
    round: AddressRound,
    /// The last tap or answer, for the feedback.
    last: Option<Reading>,
    /// Parts tapped on the current link (shown red).
    tapped: Vec<usize>,
}

/// The address bar; remembers which link its chips show.
#[derive(Component)]
struct AddressBar(Option<usize>);
#[derive(Component)]
struct PartChip(usize);
#[derive(Component)]
struct Question;
/// The words the current link shows before its address (hidden when it has none).
#[derive(Component)]
struct ShownWords;
#[derive(Component)]
struct JudgeButton(bool);

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(super::session_plugin::<AddressSession>);
    app.add_systems(
        Update,
        (rebuild_bar, show_round).chain().in_set(LevelPlay).run_if(resource_exists::<AddressSession>),
    );
}

/// Fills the level area and shows the first link.
pub fn start(commands: &mut Commands, area: Entity, level: &ReadAddress, icons: &Icons) {
    commands.insert_resource(AddressSession {
        level: level.clone(),
        round: AddressRound::new(level),
        last: None,
        tapped: Vec::new(),
    });
    let brand = level.brand.clone();
    commands.entity(area).with_children(|area| {
        answers::spawn_screen(area, TextKey::new("address-screen"), |screen| {
            let claim = TextKey::new("address-claim").msg("brand", brand.clone());
            screen.spawn((widgets::label(claim.clone(), theme::FONT_BODY, theme::TEXT_DARK), A11y::text(claim)));
            screen.spawn((
                ShownWords,
                widgets::label(TextKey::new("address-screen"), theme::FONT_BODY, theme::TEXT_DARK),
                A11y::text(TextKey::new("address-screen")),
                Visibility::Hidden,
            ));
            screen.spawn((
                AddressBar(None),
                Name::new("Address bar"),
                Node {
                    flex_wrap: FlexWrap::Wrap,
                    column_gap: px(4),
                    row_gap: px(6),
                    padding: UiRect::all(px(8)),
                    border: UiRect::all(px(3)),
                    border_radius: BorderRadius::all(px(12)),
                    ..default()
                },
                BorderColor::all(theme::WALL),
                // White, so the tappable parts (pale blue, like every screen line) stand out.
                BackgroundColor(Color::WHITE),
            ));
            screen.spawn((
                Question,
                widgets::label(TextKey::new("address-find"), theme::FONT_BODY, theme::TEXT_DARK),
                A11y::text(TextKey::new("address-find")),
            ));
            screen.spawn(Node { column_gap: px(12), flex_wrap: FlexWrap::Wrap, ..default() }).with_children(|row| {
                for is_brand in [true, false] {
                    let (id, look) = if is_brand {
                        ("address-yes", ButtonLook::SUCCESS)
                    } else {
                        ("address-no", ButtonLook::DANGER)
                    };
                    let key = TextKey::new(id).msg("brand", brand.clone());
                    let icon = if is_brand { icons.check.clone() } else { icons.cross.clone() };
                    row.spawn((JudgeButton(is_brand), widgets::icon_button(icon, key, look)))
                        .insert(Visibility::Hidden)
                        .observe(judge);
                }
            });
        });
        answers::spawn_side(area, icons, answers::next_or_finish::<AddressSession>);
    });
}

fn tap_part(
    activate: On<Activate>,
    chips: Query<&PartChip>,
    mut session: ResMut<AddressSession>,
    mut redraw: ResMut<Redraw>,
) {
    let Ok(PartChip(index)) = chips.get(activate.entity) else { return };
    let reading = session.round.tap_part(*index);
    if reading == Reading::Ignored {
        return;
    }
    if let Reading::OtherPart(part) = reading {
        session.tapped.push(part);
    }
    session.last = Some(reading);
    redraw.frames(3);
}

fn judge(
    activate: On<Activate>,
    buttons: Query<&JudgeButton>,
    mut session: ResMut<AddressSession>,
    mut redraw: ResMut<Redraw>,
) {
    let Ok(JudgeButton(is_brand)) = buttons.get(activate.entity) else { return };
    let reading = session.round.judge(*is_brand);
    if reading != Reading::Ignored {
        session.last = Some(reading);
    }
    redraw.frames(3);
}

impl AnswerSession for AddressSession {
    fn record(&self) -> &dyn Answers {
        &self.round
    }

    fn finished(&self) -> Option<AttemptOutcome> {
        self.round.is_finished().then_some(AttemptOutcome::ReadAll)
    }

    fn next(&mut self) -> bool {
        let moved = self.round.next();
        if moved {
            self.last = None;
            self.tapped.clear();
        }
        moved
    }
}

/// A new link: new chips in the address bar.
fn rebuild_bar(mut commands: Commands, session: Res<AddressSession>, mut bars: Query<(Entity, &mut AddressBar)>) {
    let current = session.round.current().map(|(index, _)| index);
    for (entity, mut bar) in &mut bars {
        if bar.0 == current && !session.is_added() {
            continue;
        }
        bar.0 = current;
        commands.entity(entity).despawn_related::<Children>();
        let Some((_, address)) = session.round.current() else { continue };
        commands.entity(entity).with_children(|bar| {
            for (index, part) in address.parts.iter().enumerate() {
                let key = TextKey::new("address-part").key("text", TextKey::literal(part.text.clone()));
                bar.spawn((PartChip(index), ReadAloud, widgets::button_base(key, answers::LINE)))
                    .insert(Node {
                        min_width: px(theme::MIN_TARGET),
                        min_height: px(theme::MIN_TARGET),
                        justify_content: JustifyContent::Center,
                        padding: UiRect::axes(px(6), px(4)),
                        align_items: AlignItems::Center,
                        border: UiRect::all(px(3)),
                        border_radius: BorderRadius::all(px(8)),
                        ..default()
                    })
                    .with_child(widgets::label(TextKey::literal(part.text.clone()), theme::FONT_BODY, theme::TEXT_DARK))
                    .observe(tap_part);
            }
        });
    }
}

#[allow(clippy::type_complexity)]
fn show_round(
    session: Res<AddressSession>,
    mut chips: Query<(&PartChip, &mut ButtonLook), Without<SidePart>>,
    mut texts: Query<
        (Has<ShownWords>, &mut Localized, &mut A11y, &mut Visibility),
        (Or<(With<Question>, With<ShownWords>)>, Without<SidePart>, Without<JudgeButton>),
    >,
    mut judges: Query<&mut Visibility, (With<JudgeButton>, Without<SidePart>)>,
    mut side: Side,
) {
    if !session.is_changed() {
        return;
    }
    let phase = session.round.phase();
    let site = session.round.current().and_then(|(_, a)| a.site_part());
    for (PartChip(index), mut look) in &mut chips {
        let wanted = if Some(*index) == site && phase != Phase::FindSite {
            answers::RIGHT
        } else if session.tapped.contains(index) {
            answers::WRONG
        } else {
            answers::LINE
        };
        if *look != wanted {
            *look = wanted;
        }
    }
    let brand = session.level.brand.clone();
    let asked = match phase {
        Phase::FindSite => TextKey::new("address-find"),
        Phase::Judge | Phase::Answered => TextKey::new("address-judge").msg("brand", brand.clone()),
    };
    let shown = session.round.current_shown().map(|id| TextKey::new("address-shown").msg("words", id.to_owned()));
    for (is_shown, mut text, mut a11y, mut visibility) in &mut texts {
        let wanted = if is_shown { shown.as_ref() } else { Some(&asked) };
        if let Some(wanted) = wanted
            && text.0 != *wanted
        {
            text.0 = wanted.clone();
            a11y.name = wanted.clone();
        }
        let wanted = if wanted.is_some() { Visibility::Inherited } else { Visibility::Hidden };
        if *visibility != wanted {
            *visibility = wanted;
        }
    }
    for mut visibility in &mut judges {
        let wanted = if phase == Phase::Judge { Visibility::Inherited } else { Visibility::Hidden };
        if *visibility != wanted {
            *visibility = wanted;
        }
    }
    let (done, total) = session.round.progress();
    let shown = (done + usize::from(phase != Phase::Answered)).min(total);
    let progress = TextKey::new("address-progress").num("current", shown as u32).num("total", total as u32);
    let address = session.round.current().map(|(_, a)| a);
    let feedback = match (session.last, address) {
        (Some(Reading::OtherPart(part)), Some(address)) => address
            .parts
            .get(part)
            .map(|p| answers::verdict(false, p.kind.reason_id()))
            .unwrap_or_else(|| TextKey::new("address-start")),
        (Some(Reading::FoundSite), Some(address)) => TextKey::new("address-found")
            .key("site", TextKey::literal(address.site_shown.clone()))
            .msg("brand", brand.clone()),
        (Some(reading @ (Reading::Right | Reading::Wrong)), Some(address)) => TextKey::new("answer-feedback")
            .msg("verdict", if reading == Reading::Right { "answer-right" } else { "answer-wrong" })
            .key("reason", explain(address, &session.round, &brand)),
        _ => TextKey::new("address-start"),
    };
    let finished = session.round.is_finished();
    let stage = if finished {
        Stage::Finished
    } else if phase == Phase::Answered {
        Stage::Answered
    } else {
        Stage::Working
    };
    side.show(progress, feedback, stage);
}

/// Where the link really goes, for look-alike letters the name the browser reads, for words
/// shown over a link that they prove nothing, then the link's note (what to do), if any.
fn explain(address: &Address, round: &AddressRound, brand: &str) -> TextKey {
    let site = TextKey::literal(address.site_shown.clone());
    let reason = if round.current_is_real() {
        TextKey::new("address-verdict-real").key("site", site).msg("brand", brand.to_owned())
    } else if address.is_lookalike() {
        TextKey::new("address-verdict-lookalike")
            .key("site", site)
            .key("real", TextKey::literal(address.site.clone()))
            .msg("brand", brand.to_owned())
    } else if round.current_shown().is_some() {
        TextKey::new("address-verdict-shown").key("site", site).msg("brand", brand.to_owned())
    } else {
        TextKey::new("address-verdict-other").key("site", site).msg("brand", brand.to_owned())
    };
    match round.current_note() {
        Some(note) => TextKey::new("address-verdict-note").key("reason", reason).msg("note", note.to_owned()),
        None => reason,
    }
}

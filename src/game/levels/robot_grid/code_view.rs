//! "Show as code": beside the board, the program the tiles make written as Python-like text
//! (`core::program::code`), read-only. It is redrawn when the program or the language
//! changes, and the line of the running tile is highlighted (and marked current for screen
//! readers) as the editor marks the tile.
//!
//! The panel sits with the board, not with the controls: under the board in landscape, beside
//! it in portrait, in room the board leaves free, so showing the code never pushes a control
//! off a tablet's screen. A long program scrolls: the running line is kept in view, and a
//! finger drags the lines up and down.
//!
//! The toggle is remembered per player for as long as the game is open ([`CodeViewChoice`], a
//! resource: the saved profile has no settings of this kind, and a view is not worth a change
//! of the storage format). Off at first: the tiles are the lesson, the text a step beyond.

use super::RobotSession;
use crate::core::program::code::{CodeLine, Part, code_lines};
use crate::core::program::{Outcome, Program};
use crate::game::a11y::A11y;
use crate::game::i18n::{Localized, TextKey, Texts};
use crate::game::progress::TabletPlayers;
use crate::game::redraw::Redraw;
use crate::game::ui::pointer::Activate;
use crate::game::ui::scroll::Scrolls;
use crate::game::ui::widgets::{self, ButtonLook};
use crate::game::ui::{Responsive, theme};
use bevy::prelude::*;
use bevy::ui::ComputedNode;
use std::collections::BTreeSet;

/// Height of one line of code, in logical pixels.
const LINE_HEIGHT: f32 = 30.0;
/// How far one level of indentation moves a line right (four spaces' worth).
const INDENT_WIDTH: f32 = 28.0;
/// The gap before the first line of another routine (Python leaves blank lines there).
const ROUTINE_GAP: f32 = 10.0;
/// The panel's padding.
const PADDING: f32 = 8.0;
/// The panel is never lower than this, even beside a low board: a few lines always show.
const MIN_PANEL_HEIGHT: f32 = 150.0;
/// The code view's least height when shown: the toggle, the gap and the panel.
const COLUMN_MIN_HEIGHT: f32 = theme::MIN_TARGET + 10.0 + MIN_PANEL_HEIGHT;
/// The panel's widest, in vmin: as wide as the largest board, so the board's side of the
/// screen never takes room from the controls.
const MAX_PANEL_VMIN: f32 = super::BOARD_VMIN;

/// The players who have the code view on, for as long as the game is open (the empty id
/// stands for nobody chosen).
#[derive(Resource, Debug, Default, Clone, PartialEq, Eq)]
pub struct CodeViewChoice {
    shown: BTreeSet<String>,
}

impl CodeViewChoice {
    /// Whether `player` has the code view on.
    pub fn is_shown(&self, player: &str) -> bool {
        self.shown.contains(player)
    }

    fn set(&mut self, player: &str, shown: bool) {
        if shown {
            self.shown.insert(player.to_owned());
        } else {
            self.shown.remove(player);
        }
    }
}

/// The toggle and the panel, after the board.
#[derive(Component)]
struct CodeColumn;
/// The "Show as code" / "Hide code" button, and its label.
#[derive(Component)]
struct CodeToggle;
#[derive(Component)]
struct CodeToggleLabel;
/// The scrolling panel that holds the lines (a finger scrolls it: `ui::scroll::Scrolls`).
#[derive(Component, Default)]
struct CodePanel;
/// One line on screen: the tile it shows and how far from the panel's top it is.
#[derive(Component)]
struct CodeLineNode {
    tile: Option<crate::core::program::TilePath>,
    top: f32,
}

/// What the panel shows now, so it is rebuilt only when that changes.
#[derive(Default)]
struct Shown {
    program: Option<Program>,
    language: String,
    panel: Option<Entity>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<CodeViewChoice>();
}

/// The systems, run after the editor's (`robot_grid::plugin` chains them).
pub(super) fn systems() -> impl IntoScheduleConfigs<bevy::ecs::system::ScheduleSystem, ()> {
    (follow_choice, rebuild_lines, show_running_line).chain()
}

/// The id of the player playing now ("" when nobody is chosen).
fn player_id(players: &TabletPlayers) -> String {
    players.current().map(|p| p.id.clone()).unwrap_or_default()
}

/// The board's side of the level: `spawn_board` fills it, then the code view goes in with
/// [`spawn_code_view`]. A column in landscape (the code under the board), a row in portrait
/// (the code beside it).
pub(super) fn board_side() -> impl Bundle {
    (
        Name::new("Board and code"),
        Responsive { landscape: FlexDirection::Column, portrait: FlexDirection::Row },
        Node {
            align_self: AlignSelf::Stretch,
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            // The code goes under the board when bigger text leaves no room beside it.
            flex_wrap: FlexWrap::Wrap,
            row_gap: px(10),
            column_gap: px(16),
            ..default()
        },
    )
}

/// The toggle and the (hidden) panel, after the board.
pub(super) fn spawn_code_view(side: &mut ChildSpawnerCommands) {
    side.spawn((
        CodeColumn,
        Name::new("Code view"),
        // Under the board, across the screen, when the text is bigger.
        crate::game::ui::scroll::FullWidthWhenBig,
        Node {
            flex_direction: FlexDirection::Column,
            align_self: AlignSelf::Stretch,
            justify_content: JustifyContent::Center,
            row_gap: px(10),
            max_width: vmin(MAX_PANEL_VMIN),
            ..default()
        },
    ))
    .with_children(|column| {
        let key = TextKey::new("code-show");
        column
            .spawn((CodeToggle, widgets::button_base(key.clone(), ButtonLook::SECONDARY)))
            .insert(Node {
                align_self: AlignSelf::Center,
                ..widgets::big_button_node(theme::MIN_TARGET, theme::MIN_TARGET)
            })
            .with_children(|button| {
                button.spawn((CodeToggleLabel, widgets::label(key, theme::FONT_SMALL, theme::TEXT)));
            })
            .observe(toggle_tapped);
        column.spawn((
            CodePanel,
            Scrolls::default(),
            Name::new("Code"),
            A11y::heading(TextKey::new("code-title")),
            Node {
                display: Display::None,
                flex_direction: FlexDirection::Column,
                flex_grow: 1.0,
                flex_basis: px(0),
                min_height: px(MIN_PANEL_HEIGHT),
                padding: UiRect::all(px(PADDING)),
                overflow: Overflow { x: OverflowAxis::Clip, y: OverflowAxis::Scroll },
                border_radius: BorderRadius::all(px(theme::RADIUS)),
                ..default()
            },
            BackgroundColor(theme::PANEL),
        ));
    });
}

fn toggle_tapped(
    _: On<Activate>,
    players: Res<TabletPlayers>,
    mut choice: ResMut<CodeViewChoice>,
    mut redraw: ResMut<Redraw>,
) {
    let player = player_id(&players);
    let shown = choice.is_shown(&player);
    choice.set(&player, !shown);
    redraw.frames(3);
}

/// Shows or hides the panel as the player chose, and names the toggle after what it does.
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
fn follow_choice(
    choice: Res<CodeViewChoice>,
    players: Res<TabletPlayers>,
    session: Res<RobotSession>,
    mut columns: Query<&mut Node, (With<CodeColumn>, Without<CodePanel>)>,
    mut panels: Query<&mut Node, (With<CodePanel>, Without<CodeColumn>)>,
    mut toggles: Query<&mut A11y, With<CodeToggle>>,
    mut labels: Query<&mut Localized, With<CodeToggleLabel>>,
    added: Query<(), Added<CodeToggle>>,
    mut redraw: ResMut<Redraw>,
) {
    if !choice.is_changed() && !session.is_added() && added.is_empty() {
        return;
    }
    let shown = choice.is_shown(&player_id(&players));
    let key = TextKey::new(if shown { "code-hide" } else { "code-show" });
    for mut a11y in &mut toggles {
        if a11y.name != key {
            a11y.name = key.clone();
        }
    }
    for mut label in &mut labels {
        if label.0 != key {
            label.0 = key.clone();
        }
    }
    // Shown, the code takes the room the board leaves (and at least room for a few lines,
    // which the layout does not count for a scrolling panel by itself); hidden, the board
    // sits centred.
    let (grow, least) = if shown { (1.0, px(COLUMN_MIN_HEIGHT)) } else { (0.0, Val::Auto) };
    for mut node in &mut columns {
        if node.flex_grow != grow || node.min_height != least {
            node.flex_grow = grow;
            node.min_height = least;
        }
    }
    let display = if shown { Display::Flex } else { Display::None };
    for mut node in &mut panels {
        if node.display != display {
            node.display = display;
        }
    }
    redraw.frames(3);
}

/// Writes the lines again when the program or the language changed, or the panel was opened.
fn rebuild_lines(
    mut commands: Commands,
    session: Res<RobotSession>,
    texts: Res<Texts>,
    panels: Query<(Entity, &Node), With<CodePanel>>,
    mut shown: Local<Shown>,
    mut redraw: ResMut<Redraw>,
) {
    let Some((panel, node)) = panels.iter().next() else { return };
    if node.display == Display::None {
        // Hidden: nothing to keep up to date; opening it writes the lines afresh.
        *shown = Shown::default();
        return;
    }
    let program = session.debugger.editor().program();
    if shown.panel == Some(panel) && shown.language == texts.current() && shown.program.as_ref() == Some(program) {
        return;
    }
    *shown = Shown { program: Some(program.clone()), language: texts.current().to_owned(), panel: Some(panel) };
    let lines = code_lines(program);
    commands.entity(panel).despawn_related::<Children>();
    commands.entity(panel).with_children(|panel| {
        if lines.is_empty() {
            panel
                .spawn(widgets::paragraph(TextKey::new("code-empty"), theme::FONT_SMALL))
                .insert(TextColor(theme::TEXT_DIM));
            return;
        }
        let mut top = 0.0;
        for (index, line) in lines.iter().enumerate() {
            let new_routine = index > 0 && lines[index - 1].routine != line.routine;
            if new_routine {
                top += ROUTINE_GAP;
            }
            spawn_line(panel, line, index, top, new_routine, &texts);
            top += LINE_HEIGHT;
        }
    });
    redraw.frames(3);
}

fn spawn_line(panel: &mut ChildSpawnerCommands, line: &CodeLine, index: usize, top: f32, gap: bool, texts: &Texts) {
    let name = |id: &str| texts.text(id);
    let a11y = TextKey::new("code-line")
        .num("number", index as u32 + 1)
        .num("indent", line.indent as u32)
        .key("code", TextKey::literal(line.text(name)));
    panel
        .spawn((
            CodeLineNode { tile: line.tile.clone(), top },
            // Code reads left to right in every language (its names are Python's).
            crate::game::ui::direction::KeepDirection,
            A11y::text(a11y),
            Node {
                height: px(LINE_HEIGHT),
                flex_shrink: 0.0,
                margin: UiRect::top(px(if gap { ROUTINE_GAP } else { 0.0 })),
                padding: UiRect::new(px(6.0 + INDENT_WIDTH * line.indent as f32), px(6), px(0), px(0)),
                align_items: AlignItems::Center,
                border: UiRect::left(px(4)),
                border_radius: BorderRadius::all(px(6)),
                ..default()
            },
            BackgroundColor(Color::NONE),
            BorderColor::all(Color::NONE),
        ))
        .with_children(|row| {
            // One span per part, coloured by what it is: Python's words, names, numbers.
            let spans: Vec<_> = line
                .pieces(|id| texts.text(id))
                .into_iter()
                .map(|(part, text)| {
                    let colour = match part {
                        Part::Keyword(_) => theme::LOOP,
                        Part::Symbol(_) | Part::Operator(_) => theme::TEXT_DIM,
                        Part::Number(_) => theme::PRIMARY,
                        Part::Counter(_) | Part::Name(_) => theme::TEXT,
                    };
                    (TextSpan::new(text), TextFont::from_font_size(theme::FONT_SMALL), TextColor(colour))
                })
                .collect();
            row.spawn((
                Text::default(),
                TextFont::from_font_size(theme::FONT_SMALL),
                TextLayout::no_wrap(),
                Children::spawn(SpawnIter(spans.into_iter())),
            ));
        });
}

/// Marks the line of the running tile (red when the run failed there, as the tile is) and
/// scrolls it into view.
fn show_running_line(
    session: Res<RobotSession>,
    mut lines: Query<(&CodeLineNode, &mut BackgroundColor, &mut BorderColor, &mut A11y)>,
    mut panels: Query<(&ComputedNode, &mut ScrollPosition, &Node), With<CodePanel>>,
    added: Query<(), Added<CodeLineNode>>,
    mut redraw: ResMut<Redraw>,
) {
    if !session.is_changed() && added.is_empty() {
        return;
    }
    let current = session.debugger.current_tile();
    let failed = session.debugger.outcome().is_some_and(|o| o != Outcome::ReachedGoal);
    let colour = if failed { theme::DANGER } else { theme::HIGHLIGHT };
    let mut running_top = None;
    for (line, mut background, mut border, mut a11y) in &mut lines {
        let is_current = current.is_some() && line.tile.as_ref() == current;
        if a11y.current != is_current {
            a11y.current = is_current;
        }
        let (back, edge) = if is_current { (colour.with_alpha(0.3), colour) } else { (Color::NONE, Color::NONE) };
        if background.0 != back {
            background.0 = back;
        }
        if *border != BorderColor::all(edge) {
            *border = BorderColor::all(edge);
        }
        if is_current {
            running_top = Some(line.top);
        }
    }
    let Some(top) = running_top else { return };
    for (computed, mut scroll, node) in &mut panels {
        if node.display == Display::None {
            continue;
        }
        let visible = (computed.size().y * computed.inverse_scale_factor() - 2.0 * PADDING).max(LINE_HEIGHT);
        let wanted = if top < scroll.y {
            top
        } else if top + LINE_HEIGHT > scroll.y + visible {
            top + LINE_HEIGHT - visible
        } else {
            continue;
        };
        scroll.y = wanted.max(0.0);
        redraw.frames(3);
    }
}

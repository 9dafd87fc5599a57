//! "Send to my teacher": the pupil's results for the teacher, three ways. A file saved as a
//! download, the same file through the device's share sheet (where it has one), or a QR code
//! the teacher's page scans. Under a mission with a class key, file and code are signed.

use super::Screen;
use crate::core::class::{compact, qr, report};
use crate::core::export::xapi::LevelTags;
use crate::core::progress::StorageNotice;
use crate::game::a11y::A11y;
use crate::game::catalog::Levels;
use crate::game::i18n::TextKey;
use crate::game::mission::Mission;
use crate::game::platform::{Host, Platform};
use crate::game::progress::{Notice, TabletPlayers};
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::asset::RenderAssetUsages;
use bevy::image::ImageSampler;
use bevy::prelude::*;
use wgpu_types::{Extent3d, TextureDimension, TextureFormat};

/// The share sheet's file type. Chrome shares only a fixed list of types, without JSON, so the
/// file goes as plain text under a `.txt` name (see [`share_name`]); its content is the same.
pub const SHARE_MIME: &str = "text/plain";

/// The smallest side of the code on screen (logical pixels): a phone a metre away reads it.
pub const CODE_MIN: f32 = 300.0;
/// Room the code screen keeps around the code: its padding, and the top bar with its gap.
const CODE_MARGIN: Vec2 = Vec2::new(32.0, 100.0);

/// What the send screen has done so far.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
struct SendState {
    /// The file was handed to the browser as a download.
    saved: bool,
}

/// The part of the send screen drawn again when [`SendState`] changes.
#[derive(Component)]
struct Body;

/// The code on screen and the text it carries.
#[derive(Resource, Debug, Clone)]
pub struct ShownCode {
    pub text: String,
    pub image: Handle<Image>,
}

/// The code's image node; `pixels` is the image's side (modules and quiet zone).
#[derive(Component, Debug, Clone, Copy)]
struct CodeImage {
    pixels: u32,
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Send), spawn_send);
    app.add_systems(Update, draw_send.run_if(in_state(Screen::Send)).run_if(resource_exists_and_changed::<SendState>));
    app.add_systems(OnEnter(Screen::SendCode), spawn_code);
    app.add_systems(OnExit(Screen::SendCode), |mut commands: Commands| commands.remove_resource::<ShownCode>());
    app.add_systems(Update, fit_code.run_if(in_state(Screen::SendCode)));
}

/// The current player's file for the teacher: its name and text. The game's address is the
/// xAPI home page when the mission does not name one; levels' DigComp tags and bands come
/// from the catalog.
pub fn report_file(
    saved: &TabletPlayers,
    mission: &Mission,
    levels: &Levels,
    host: &dyn Host,
) -> Option<(String, String)> {
    let player = saved.current()?;
    let now = host.now_ms();
    let tags = |id: &str| levels.level(id).map(LevelTags::of).unwrap_or_default();
    let text = report::write(player, mission.0.as_ref(), &host.page_url(), tags, now);
    Some((report::file_name(player, now), text))
}

/// The file's name for the share sheet: `.txt` for `.json` (see [`SHARE_MIME`]).
pub fn share_name(name: &str) -> String {
    format!("{}.txt", name.strip_suffix(".json").unwrap_or(name))
}

/// The code as an image: one pixel per module, black on white, with the quiet zone. Drawn
/// with nearest-neighbour sampling, so the modules stay sharp at any size.
pub fn code_image(matrix: &qr::Matrix) -> Image {
    let side = matrix.size + 2 * qr::QUIET;
    let mut data = Vec::with_capacity(side * side * 4);
    for y in 0..side {
        for x in 0..side {
            let dark = x >= qr::QUIET && y >= qr::QUIET && matrix.is_dark(x - qr::QUIET, y - qr::QUIET);
            let value = if dark { 0 } else { 255 };
            data.extend_from_slice(&[value, value, value, 255]);
        }
    }
    // A QR code has at most 177 modules a side.
    let side = side as u32;
    let mut image = Image::new(
        Extent3d { width: side, height: side, depth_or_array_layers: 1 },
        TextureDimension::D2,
        data,
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::RENDER_WORLD | RenderAssetUsages::MAIN_WORLD,
    );
    image.sampler = ImageSampler::nearest();
    image
}

/// The code's side on a `window` (logical pixels) for an image of `pixels` a side: as large as
/// fits, never under [`CODE_MIN`], and a whole number of pixels per module where that fits.
pub fn code_side(window: Vec2, pixels: u32) -> f32 {
    let room = (window - CODE_MARGIN).min_element().max(CODE_MIN);
    let pixels = pixels.max(1) as f32;
    let whole = (room / pixels).floor() * pixels;
    if whole >= CODE_MIN { whole } else { room }
}

fn spawn_send(mut commands: Commands, icons: Res<Icons>) {
    commands.insert_resource(SendState::default());
    let root = commands.spawn(widgets::screen_root(Screen::Send)).id();
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::top_bar()).with_children(|bar| {
            bar.spawn(widgets::back_button(icons.back.clone()))
                .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Title));
            bar.spawn(widgets::heading(TextKey::new("send-to-teacher"), theme::FONT_HEADING));
        });
        screen.spawn((
            Body,
            Node { justify_content: JustifyContent::Center, row_gap: px(20), ..widgets::redrawn_body() },
        ));
    });
}

fn draw_send(
    mut commands: Commands,
    body: Query<Entity, With<Body>>,
    state: Res<SendState>,
    mission: Res<Mission>,
    platform: Res<Platform>,
) {
    let Ok(body) = body.single() else { return };
    let share = platform.host.can_share_files();
    commands.entity(body).despawn_children().with_children(|body| {
        let whose = match &mission.0 {
            Some(assignment) => {
                TextKey::new("send-for-class").key("class", TextKey::literal(assignment.class_name.clone()))
            }
            None => TextKey::new("send-no-class"),
        };
        body.spawn(widgets::paragraph(whose, theme::FONT_BODY));
        body.spawn(widgets::button(TextKey::new("send-save"), ButtonLook::PRIMARY))
            .insert(widgets::big_button_node(320.0, 80.0))
            .observe(save_file);
        if share {
            body.spawn(widgets::button(TextKey::new("send-share"), ButtonLook::PRIMARY))
                .insert(widgets::big_button_node(320.0, 80.0))
                .observe(share_file);
        }
        body.spawn(widgets::button(TextKey::new("send-show-code"), ButtonLook::PRIMARY))
            .insert(widgets::big_button_node(320.0, 80.0))
            .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::SendCode));
        if state.saved {
            body.spawn((
                widgets::label(TextKey::new("send-saved"), theme::FONT_BODY, theme::HIGHLIGHT),
                A11y::status(TextKey::new("send-saved")),
            ));
        }
    });
}

fn save_file(
    _: On<Activate>,
    saved: Res<TabletPlayers>,
    mission: Res<Mission>,
    levels: Res<Levels>,
    platform: Res<Platform>,
    mut notice: ResMut<Notice>,
    mut state: ResMut<SendState>,
) {
    let host = platform.host.as_ref();
    let sent = report_file(&saved, &mission, &levels, host)
        .ok_or_else(|| "no player".to_owned())
        .and_then(|(name, text)| host.save_file(&name, &text));
    match sent {
        Ok(()) => state.saved = true,
        Err(_) => notice.0 = Some(StorageNotice::FileNotSaved),
    }
}

fn share_file(
    _: On<Activate>,
    saved: Res<TabletPlayers>,
    mission: Res<Mission>,
    levels: Res<Levels>,
    mut platform: ResMut<Platform>,
    mut notice: ResMut<Notice>,
) {
    let Some((name, text)) = report_file(&saved, &mission, &levels, platform.host.as_ref()) else {
        notice.0 = Some(StorageNotice::FileNotSaved);
        return;
    };
    // Cancelling the share sheet is no failure; the host saves the file if sharing fails.
    if platform.host.share_file(&share_name(&name), text.as_bytes(), SHARE_MIME).is_err() {
        notice.0 = Some(StorageNotice::FileNotSaved);
    }
}

fn spawn_code(
    mut commands: Commands,
    saved: Res<TabletPlayers>,
    mission: Res<Mission>,
    platform: Res<Platform>,
    icons: Res<Icons>,
    mut images: ResMut<Assets<Image>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(player) = saved.current() else {
        next.set(Screen::Players);
        return;
    };
    let text = compact::write(player, mission.0.as_ref(), platform.host.now_ms());
    // The summary is capped well under a code's capacity; should it ever not fit, the file
    // still carries everything.
    let code = qr::matrix(&text).map(|matrix| {
        let image = code_image(&matrix);
        (image.width(), images.add(image))
    });
    let root = commands.spawn(widgets::screen_root(Screen::SendCode)).id();
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::top_bar()).with_children(|bar| {
            bar.spawn(widgets::back_button(icons.back.clone()))
                .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Send));
            bar.spawn(widgets::heading(TextKey::new("send-code-caption"), theme::FONT_BODY + 4.0));
        });
        match &code {
            Some((pixels, image)) => {
                screen.spawn((
                    CodeImage { pixels: *pixels },
                    ImageNode::new(image.clone()),
                    Node { width: px(CODE_MIN), height: px(CODE_MIN), flex_shrink: 0.0, ..default() },
                    BackgroundColor(Color::WHITE),
                    A11y::image(TextKey::new("send-code-image")),
                ));
            }
            None => {
                screen.spawn(widgets::paragraph(TextKey::new("send-code-failed"), theme::FONT_BODY));
            }
        }
    });
    if let Some((_, image)) = code {
        commands.insert_resource(ShownCode { text, image });
    }
}

/// Keeps the code as large as the window allows (it turns, and a browser's bars come and go).
fn fit_code(windows: Query<&Window>, mut codes: Query<(&CodeImage, &mut Node)>) {
    let Some(window) = windows.iter().next() else { return };
    for (code, mut node) in &mut codes {
        let side = px(code_side(Vec2::new(window.width(), window.height()), code.pixels));
        if node.width != side || node.height != side {
            node.width = side;
            node.height = side;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_image_has_its_quiet_zone_and_sharp_modules() {
        let matrix = qr::matrix("BB1.hello").unwrap();
        let image = code_image(&matrix);
        let side = matrix.size + 2 * qr::QUIET;
        assert_eq!(image.width() as usize, side);
        let data = image.data.as_ref().unwrap();
        let pixel = |x: usize, y: usize| data[(y * side + x) * 4];
        assert_eq!(pixel(0, 0), 255, "quiet zone");
        assert_eq!(pixel(qr::QUIET, qr::QUIET), 0, "finder pattern");
        assert_eq!(pixel(qr::QUIET + 1, qr::QUIET + 1), 255);
        assert!(data.iter().all(|&v| v == 0 || v == 255), "only black and white");
    }

    #[test]
    fn the_code_fills_the_screen_but_never_shrinks_under_the_minimum() {
        assert_eq!(code_side(Vec2::new(1280.0, 800.0), 49), 686.0);
        assert_eq!(code_side(Vec2::new(320.0, 480.0), 49), 300.0);
        assert!(code_side(Vec2::new(360.0, 640.0), 49) >= CODE_MIN);
        assert_eq!(share_name("byte-bridge-brave-fox-2025-11-29.json"), "byte-bridge-brave-fox-2025-11-29.txt");
    }
}

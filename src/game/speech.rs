//! Reading aloud (issue #18) with the device's own voices: the speaker button on a level and
//! its result reads what is on screen in reading order (title, instruction, cards, answers,
//! reasons, hints, results), and a player who chose "Read everything to me" hears each of
//! those as it appears. The word being said is marked on screen where the voice reports word
//! boundaries. Which voice, and which word: `core::speech`. The host says what the device can
//! do through [`Speaker`] (`web::speech` in a browser); without a voice for the language in
//! use, nothing is offered.

use crate::core::speech::{self, Voice};
use crate::game::a11y::{A11y, A11yTree, Role};
use crate::game::i18n::{TextKey, Texts};
use crate::game::progress::TabletPlayers;
use crate::game::redraw::Redraw;
use crate::game::screens::Screen;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;
use std::collections::{HashSet, VecDeque};
use std::ops::Range;

/// The device's speech, as the host gives it.
pub trait Speaker {
    /// The voices the device lists now (the list may arrive a moment after start-up).
    fn voices(&self) -> Vec<Voice>;
    /// Says `text` with `voice`, stopping whatever was being said; what happens is reported
    /// through [`Speaker::take_events`] under `id`.
    fn speak(&self, id: u64, text: &str, voice: &Voice);
    /// Stops speaking.
    fn stop(&self);
    /// What the voice did since the last call.
    fn take_events(&self) -> Vec<SpeechEvent>;
}

/// What a voice reports while it speaks a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeechEvent {
    /// It is saying the word at `index` (UTF-16 units into the line), `length` units long
    /// where the voice says.
    Word { id: u64, index: u32, length: Option<u32> },
    /// It finished the line, or gave up on it.
    Ended { id: u64 },
}

/// The host's speech. Absent (tests, a browser without Web Speech): nothing is read aloud.
#[derive(Resource)]
pub struct Speech(pub Box<dyn Speaker + Send + Sync>);

/// The device's voices and the one for the language in use, if any: without it, no speaker
/// button shows and nothing is read.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct Voices {
    pub all: Vec<Voice>,
    pub current: Option<Voice>,
    language: String,
}

/// Marks a control whose text is content to read aloud (an answer, a card), besides every
/// heading, text and status, which are read anyway.
#[derive(Component, Debug, Clone, Copy, Default)]
pub struct ReadAloud;

/// Marks a status that changes too often to read out as it changes (the robot's step count):
/// the speaker button still reads it, "Read everything to me" does not follow it.
#[derive(Component, Debug, Clone, Copy, Default)]
pub struct Chatter;

/// The speaker button: reads the screen aloud, or stops reading.
#[derive(Component, Debug, Clone, Copy)]
pub struct ReadAloudButton;

/// A line to say: the element it belongs to and its text.
#[derive(Debug, Clone, PartialEq)]
struct Line {
    entity: Entity,
    text: String,
}

/// What is being read and what comes next.
#[derive(Resource, Debug, Default)]
pub struct Reading {
    queue: VecDeque<Line>,
    now: Option<(u64, Line)>,
    next_id: u64,
    /// What "Read everything to me" has already read on this screen (element and text).
    heard: HashSet<(Entity, String)>,
    generation: u64,
}

impl Reading {
    /// Whether something is being read (or waits to be).
    pub fn active(&self) -> bool {
        self.now.is_some() || !self.queue.is_empty()
    }
}

/// The word being said, marked on the text it is in: the text is cut into what comes before
/// it (the text itself), the word and the rest (two spans with [`MarkedWord`]).
#[derive(Component, Debug, Clone)]
struct Marked {
    whole: String,
    before: usize,
}

#[derive(Component)]
struct MarkedWord;

/// Screens whose text is read aloud: a level and its result.
fn reads_aloud(screen: &Screen) -> bool {
    matches!(screen, Screen::Level | Screen::Result)
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Voices>().init_resource::<Reading>();
    app.add_systems(PreUpdate, refresh_voices);
    app.add_systems(PostUpdate, (stop_on_screen_change, read_everything).chain().after(crate::game::a11y::Collected));
    // The voice's news is taken in Update, so the word it marks is laid out in the same frame.
    app.add_systems(Update, follow_voice);
    // Before layout, so a speaker button is never laid out, nor listed in the accessibility
    // layer, for a frame on a tablet without a voice.
    app.add_systems(PostUpdate, show_buttons.before(bevy::ui::UiSystems::Layout));
}

/// Spawns a speaker button (its face the speaker alone, its name "Read aloud" or "Stop
/// reading"), shown where the device has a voice for the language in use.
pub fn spawn_read_aloud_button(parent: &mut ChildSpawnerCommands, icons: &Icons) {
    parent
        .spawn((
            ReadAloudButton,
            widgets::icon_only_button(icons.speaker.clone(), TextKey::new("read-aloud"), ButtonLook::SECONDARY),
        ))
        // Narrow, and no taller than the Back button beside it: it takes little of a level's
        // top bar, whose height an upright tablet's level needs to the last pixel.
        .insert(Node {
            padding: UiRect::axes(px(12), px(10)),
            flex_shrink: 0.0,
            ..widgets::big_button_node(theme::MIN_TARGET, theme::MIN_TARGET)
        })
        .observe(toggle_reading);
}

fn refresh_voices(speech: Option<Res<Speech>>, texts: Res<Texts>, mut voices: ResMut<Voices>) {
    let all = speech.map(|s| s.0.voices()).unwrap_or_default();
    let language = texts.current();
    if all != voices.all || language != voices.language {
        let current = speech::voice_for(&all, language).cloned();
        *voices = Voices { all, current, language: language.to_owned() };
    }
}

/// Every line of the screen to read, in reading order.
fn lines_on_screen(tree: &A11yTree, readable: &Query<(), With<ReadAloud>>) -> Vec<Line> {
    tree.entries
        .iter()
        .filter(|e| !e.name.trim().is_empty())
        .filter_map(|e| {
            let entity = Entity::try_from_bits(e.key)?;
            let content = matches!(e.role, Role::Heading | Role::Text | Role::Status) || readable.contains(entity);
            content.then(|| Line { entity, text: e.name.clone() })
        })
        .collect()
}

/// The speaker button's action: reads the screen aloud, or stops.
fn toggle_reading(
    _: On<Activate>,
    tree: Res<A11yTree>,
    readable: Query<(), With<ReadAloud>>,
    mut reading: ResMut<Reading>,
    mut commands: Commands,
) {
    if reading.active() {
        reading.queue.clear();
        commands.run_system_cached(stop_now);
    } else {
        reading.queue = lines_on_screen(&tree, &readable).into();
        commands.run_system_cached(say_next);
    }
}

/// Stops the voice and unmarks the word.
fn stop_now(speech: Option<Res<Speech>>, mut reading: ResMut<Reading>, mut marked: MarkedTexts) {
    reading.now = None;
    if let Some(speech) = speech {
        speech.0.stop();
    }
    marked.clear();
}

/// Says the next line of the queue, if nothing is being said.
fn say_next(speech: Option<Res<Speech>>, voices: Res<Voices>, mut reading: ResMut<Reading>) {
    let (Some(speech), Some(voice)) = (speech, voices.current.as_ref()) else {
        reading.queue.clear();
        return;
    };
    if reading.now.is_some() {
        return;
    }
    if let Some(line) = reading.queue.pop_front() {
        reading.next_id += 1;
        let id = reading.next_id;
        speech.0.speak(id, &line.text, voice);
        reading.now = Some((id, line));
    }
}

fn stop_on_screen_change(screen: Res<State<Screen>>, mut reading: ResMut<Reading>, mut commands: Commands) {
    if screen.is_changed() && !screen.is_added() {
        reading.queue.clear();
        reading.heard.clear();
        if reading.now.is_some() {
            commands.run_system_cached(stop_now);
        }
    }
}

/// "Read everything to me": each new line on a level or result screen is read after what is
/// being read, once.
fn read_everything(
    screen: Res<State<Screen>>,
    players: Res<TabletPlayers>,
    voices: Res<Voices>,
    tree: Res<A11yTree>,
    readable: Query<(), With<ReadAloud>>,
    chatter: Query<(), With<Chatter>>,
    mut reading: ResMut<Reading>,
    mut commands: Commands,
    mut redraw: ResMut<Redraw>,
) {
    let wanted = players.current().is_some_and(|p| p.settings.read_everything);
    if !wanted || voices.current.is_none() || !reads_aloud(screen.get()) || tree.generation == reading.generation {
        return;
    }
    reading.generation = tree.generation;
    let mut added = false;
    for line in lines_on_screen(&tree, &readable) {
        if chatter.contains(line.entity) || !reading.heard.insert((line.entity, line.text.clone())) {
            continue;
        }
        reading.queue.push_back(line);
        added = true;
    }
    if added {
        commands.run_system_cached(say_next);
        // The speaker's name ("Stop reading") changes in the next frame: ask for one.
        redraw.frames(2);
    }
}

/// Follows the voice: marks the word it says, and goes on to the next line when it is done.
fn follow_voice(
    speech: Option<Res<Speech>>,
    mut reading: ResMut<Reading>,
    mut marked: MarkedTexts,
    mut commands: Commands,
) {
    let Some(speech) = speech else { return };
    for event in speech.0.take_events() {
        match event {
            SpeechEvent::Word { id, index, length } => {
                if let Some((_, line)) = reading.now.as_ref().filter(|(now, _)| *now == id) {
                    match speech::spoken_word(&line.text, index, length) {
                        Some(word) => marked.mark(line.entity, &line.text, word),
                        None => marked.clear(),
                    }
                }
            }
            SpeechEvent::Ended { id } => {
                if reading.now.as_ref().is_some_and(|(now, _)| *now == id) {
                    reading.now = None;
                    marked.clear();
                    commands.run_system_cached(say_next);
                }
            }
        }
    }
}

/// Shows the speaker buttons where there is a voice, named for what a tap does now.
fn show_buttons(
    voices: Res<Voices>,
    reading: Res<Reading>,
    mut buttons: Query<(&mut Node, &mut A11y), With<ReadAloudButton>>,
) {
    let display = if voices.current.is_some() { Display::Flex } else { Display::None };
    let name = TextKey::new(if reading.active() { "read-aloud-stop" } else { "read-aloud" });
    for (mut node, mut a11y) in &mut buttons {
        if node.display != display {
            node.display = display;
        }
        if a11y.name != name {
            a11y.name = name.clone();
        }
    }
}

/// Marking and unmarking the word being said.
#[derive(bevy::ecs::system::SystemParam)]
struct MarkedTexts<'w, 's> {
    commands: Commands<'w, 's>,
    texts: Query<
        'w,
        's,
        (&'static mut Text, Option<&'static TextFont>, Option<&'static TextColor>, Option<&'static Marked>),
    >,
    children: Query<'w, 's, &'static Children>,
    words: Query<'w, 's, Entity, With<MarkedWord>>,
    marked: Query<'w, 's, Entity, With<Marked>>,
    redraw: ResMut<'w, Redraw>,
}

impl MarkedTexts<'_, '_> {
    /// Marks `word` (bytes of `line`) in the text showing `line`: the element itself or the
    /// label inside it. A text that no longer shows `line` is left alone.
    fn mark(&mut self, element: Entity, line: &str, word: Range<usize>) {
        self.clear();
        let Some(target) = std::iter::once(element)
            .chain(self.children.iter_descendants(element))
            .find(|&e| self.texts.get(e).is_ok_and(|(text, ..)| text.0 == line))
        else {
            return;
        };
        let Ok((mut text, font, color, _)) = self.texts.get_mut(target) else { return };
        let font = font.cloned().unwrap_or_default();
        let color = color.copied().unwrap_or(TextColor(theme::TEXT));
        text.0 = line[..word.start].to_owned();
        // The word dark on the highlight colour (the primary buttons' pair), the rest as it was.
        let word_span = (
            MarkedWord,
            TextSpan::new(&line[word.clone()]),
            font.clone(),
            TextColor(theme::TEXT_DARK),
            TextBackgroundColor(theme::HIGHLIGHT),
        );
        self.commands
            .entity(target)
            .insert(Marked { whole: line.to_owned(), before: word.start })
            .with_child(word_span)
            .with_child((MarkedWord, TextSpan::new(&line[word.end..]), font, color));
        self.redraw.frames(2);
    }

    /// Puts every marked text back as it was.
    fn clear(&mut self) {
        for word in &self.words {
            self.commands.entity(word).despawn();
        }
        let marked: Vec<Entity> = self.marked.iter().collect();
        for entity in marked {
            if let Ok((mut text, _, _, Some(mark))) = self.texts.get_mut(entity) {
                // Unless the text changed meanwhile (a new language): then it is already whole.
                if text.0 == mark.whole[..mark.before] {
                    text.0 = mark.whole.clone();
                }
            }
            self.commands.entity(entity).remove::<Marked>();
            self.redraw.frames(2);
        }
    }
}

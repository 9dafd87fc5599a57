//! Reading aloud (issue #18), headless, with a pretend device's voices in place of the
//! browser's (`game::speech::Speaker` is the boundary; `web::speech` fills it in a browser and
//! tests/e2e/speech.test.mjs drives that): what is said, in which voice and order, the word
//! marked as it is said, "Read everything to me", and nothing offered without a voice.

use bevy::prelude::*;
use byte_bridge::core::speech::Voice;
use byte_bridge::game::a11y::{A11yTree, Role};
use byte_bridge::game::platform::MemoryHost;
use byte_bridge::game::screens::Screen;
use byte_bridge::game::speech::{Speaker, Speech, SpeechEvent};
use std::sync::{Arc, Mutex};

mod headless;
use headless::*;

/// A device's voices: what it lists, and what it was asked to say.
#[derive(Clone, Default)]
struct Voices {
    listed: Arc<Mutex<Vec<Voice>>>,
    /// (id, text, voice's language) of every line it was asked to say, in order.
    said: Arc<Mutex<Vec<(u64, String, String)>>>,
    events: Arc<Mutex<Vec<SpeechEvent>>>,
    stops: Arc<Mutex<u32>>,
}

impl Speaker for Voices {
    fn voices(&self) -> Vec<Voice> {
        self.listed.lock().unwrap().clone()
    }
    fn speak(&self, id: u64, text: &str, voice: &Voice) {
        self.said.lock().unwrap().push((id, text.to_owned(), voice.lang.clone()));
    }
    fn stop(&self) {
        *self.stops.lock().unwrap() += 1;
    }
    fn take_events(&self) -> Vec<SpeechEvent> {
        std::mem::take(&mut self.events.lock().unwrap())
    }
}

impl Voices {
    fn with(voices: &[(&str, &str, bool)]) -> Voices {
        let listed = voices
            .iter()
            .map(|(name, lang, local)| Voice {
                name: (*name).into(),
                lang: (*lang).into(),
                local: *local,
                default: false,
            })
            .collect();
        Voices { listed: Arc::new(Mutex::new(listed)), ..Voices::default() }
    }
    fn said(&self) -> Vec<String> {
        self.said.lock().unwrap().iter().map(|(_, text, _)| text.clone()).collect()
    }
    fn last_id(&self) -> u64 {
        self.said.lock().unwrap().last().expect("something said").0
    }
    /// The voice finishes the line it is saying.
    fn finish_line(&self, app: &mut App) {
        let id = self.last_id();
        self.events.lock().unwrap().push(SpeechEvent::Ended { id });
        for _ in 0..3 {
            app.update();
        }
    }
}

fn app(voices: &Voices, store: SharedStore) -> App {
    let voices = voices.clone();
    app_with(store, &["en"], MemoryHost::default(), move |app| {
        app.insert_resource(Speech(Box::new(voices)));
    })
}

fn open_first_level(app: &mut App) {
    press(app, "Play");
    press(app, "1. First steps, not played yet");
    assert_eq!(screen(app), Screen::Level);
}

const TITLE: &str = "First steps";
const INSTRUCTION: &str = "Build a program that takes the robot to the flag. Then tap Run.";

#[test]
fn the_speaker_reads_the_level_in_reading_order_with_a_voice_of_the_language_on_the_device() {
    // A network voice for English is never used; the tablet's own voice is.
    let voices = Voices::with(&[("Cloud English", "en-US", false), ("Tablet English", "en-GB", true)]);
    let mut app = app(&voices, SharedStore::default());
    new_player(&mut app);
    open_first_level(&mut app);
    assert!(voices.said().is_empty(), "nothing is read unless asked");
    press(&mut app, "Read aloud");
    assert_eq!(voices.said(), [TITLE]);
    assert_eq!(voices.said.lock().unwrap()[0].2, "en-GB");
    assert!(names(&app, Role::Button).contains(&"Stop reading".to_owned()));
    voices.finish_line(&mut app);
    assert_eq!(voices.said(), [TITLE, INSTRUCTION]);
    voices.finish_line(&mut app);
    let status = voices.said()[2].clone();
    assert!(names(&app, Role::Status).contains(&status), "then the robot's status line: {status}");
    // Stopping stops the voice, and the button reads aloud again.
    press(&mut app, "Stop reading");
    assert!(*voices.stops.lock().unwrap() > 0);
    assert!(names(&app, Role::Button).contains(&"Read aloud".to_owned()));
    let said = voices.said().len();
    for _ in 0..5 {
        app.update();
    }
    assert_eq!(voices.said().len(), said, "nothing more after stopping");
}

#[test]
fn the_word_being_said_is_marked_and_the_text_is_whole_again_after() {
    let voices = Voices::with(&[("Tablet English", "en", true)]);
    let mut app = app(&voices, SharedStore::default());
    new_player(&mut app);
    open_first_level(&mut app);
    press(&mut app, "Read aloud");
    voices.finish_line(&mut app);
    assert_eq!(voices.said().last().map(String::as_str), Some(INSTRUCTION));
    let index = INSTRUCTION.find("robot").unwrap() as u32;
    voices.events.lock().unwrap().push(SpeechEvent::Word { id: voices.last_id(), index, length: Some(5) });
    app.update();
    app.update();
    let mut marked = app.world_mut().query::<(&TextSpan, &TextBackgroundColor)>();
    let words: Vec<String> = marked.iter(app.world()).map(|(span, _)| span.0.clone()).collect();
    assert_eq!(words, ["robot"]);
    let mut texts = app.world_mut().query::<(&Text, &Children)>();
    let (before, _) = texts.iter(app.world()).find(|(_, children)| !children.is_empty()).expect("the marked text");
    assert_eq!(before.0, "Build a program that takes the ");
    voices.finish_line(&mut app);
    assert_eq!(marked.iter(app.world()).count(), 0);
    let mut texts = app.world_mut().query::<&Text>();
    assert!(texts.iter(app.world()).any(|t| t.0 == INSTRUCTION), "the instruction is whole again");
}

#[test]
fn read_everything_reads_each_level_as_it_opens_then_each_new_hint_and_is_saved_with_the_player() {
    let voices = Voices::with(&[("Tablet English", "en-IE", true)]);
    let store = SharedStore::default();
    let mut app = app(&voices, store.clone());
    new_player(&mut app);
    press(&mut app, "Settings");
    assert_eq!(screen(&app), Screen::Settings);
    assert!(!everything(&app).contains(&en("settings-no-voice")), "this tablet has a voice");
    press(&mut app, "Read everything to me");
    let toggle = |app: &App| {
        let tree = app.world().resource::<A11yTree>();
        tree.entries.iter().find(|e| e.name == "Read everything to me").and_then(|e| e.pressed)
    };
    assert_eq!(toggle(&app), Some(true));
    assert!(store.saved_text().contains(r#""settings":{"read_everything":true}"#), "saved at once");
    press(&mut app, "Back");

    open_first_level(&mut app);
    assert_eq!(voices.said(), [TITLE], "read as the level opens");
    voices.finish_line(&mut app);
    voices.finish_line(&mut app);
    voices.finish_line(&mut app);
    let heard = voices.said().len();
    assert_eq!(voices.said()[..2], [TITLE, INSTRUCTION]);
    press(&mut app, "Hint");
    let hint = voices.said().last().cloned().unwrap_or_default();
    assert_eq!(voices.said().len(), heard + 1);
    assert!(hint.starts_with("Hint 1: "), "{hint}");

    // A run: the steps are not read one by one, where it ends is.
    for tile in ["Forward", "Forward", "Turn right", "Forward", "Forward"] {
        press(&mut app, tile);
    }
    press(&mut app, "Run");
    for _ in 0..200 {
        if screen(&app) == Screen::Result {
            break;
        }
        if let Some(id) = voices.said.lock().unwrap().last().map(|s| s.0) {
            voices.events.lock().unwrap().push(SpeechEvent::Ended { id });
        }
        app.update();
    }
    assert_eq!(screen(&app), Screen::Result);
    assert!(!voices.said().iter().any(|s| s.starts_with("Step ")), "{:?}", voices.said());
    for _ in 0..3 {
        app.update();
    }
    assert_eq!(voices.said().last().map(String::as_str), Some("Level complete!"), "the result is read as it shows");
}

#[test]
fn without_a_voice_for_the_language_nothing_is_offered_and_the_grown_ups_are_told_which_there_are() {
    // English only from the network, Estonian on the tablet.
    let voices = Voices::with(&[("Cloud English", "en-US", false), ("Eesti", "et-EE", true)]);
    let mut app = app(&voices, SharedStore::default());
    new_player(&mut app);
    press(&mut app, "Settings");
    assert!(everything(&app).contains(&en("settings-no-voice")));
    press(&mut app, "Back");
    open_first_level(&mut app);
    assert!(!names(&app, Role::Button).contains(&"Read aloud".to_owned()), "{:?}", names(&app, Role::Button));
    press(&mut app, "Back");
    press(&mut app, "Back");
    press(&mut app, "Change player");
    press(&mut app, "Grown-ups");
    let question: Vec<u32> = names(&app, Role::Text)
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse().ok()).collect::<Vec<u32>>())
        .collect();
    for digit in (question[0] * question[1]).to_string().chars() {
        press(&mut app, &digit.to_string());
    }
    press(&mut app, "OK");
    assert_eq!(screen(&app), Screen::Adults);
    press(&mut app, "Reading aloud");
    assert_eq!(screen(&app), Screen::Voices);
    assert!(everything(&app).contains(&"This tablet can read aloud in: Eesti".to_owned()), "{:?}", everything(&app));
    assert!(everything(&app).contains(&en("adults-voices-help")));
    assert!(voices.said().is_empty());

    // A tablet with no voice at all says so.
    voices.listed.lock().unwrap().clear();
    for _ in 0..3 {
        app.update();
    }
    assert!(everything(&app).contains(&en("adults-voices-none")), "{:?}", everything(&app));
}

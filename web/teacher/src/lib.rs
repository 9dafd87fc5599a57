//! The teacher's page, Rust side: `byte_bridge::core::class` (assignments, pupils' files and
//! QR codes, the class book, CSV and xAPI) and the game's Fluent texts, compiled to wasm for
//! `web/teacher.js`. The page draws; every format and check is here, shared with the game.
//! The contract with the page is web/teacher/API.md.

use byte_bridge::core::class::assignment::{MAX_LEVELS, MAX_MADE_LEVELS, QR_MAX_LINK};
use byte_bridge::core::class::book::{self, ClassBook, ImportStatus, LoadProblem};
use byte_bridge::core::class::{Assignment, qr, report};
use byte_bridge::core::content::LANGUAGES;
use byte_bridge::core::i18n::{Arg, Localizer, negotiate};
use byte_bridge::core::level::Catalog;
use byte_bridge::core::level::made as made_level;
use serde_json::{Value, json};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::wasm_bindgen;

mod lrs;
mod made;
pub use lrs::Lrs;

thread_local! {
    /// The language packs the page has added, `(tag, text)`: the module holds no text of its
    /// own (web/languages.js fetches a language's packs when the teacher first needs it).
    static PACKS: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// Adds a language's texts (its game pack and teacher pack, joined) for the page's use; a
/// pack that does not load is refused with the reason and changes nothing.
#[wasm_bindgen]
pub fn add_language_pack(tag: &str, text: &str) -> Result<(), String> {
    Localizer::empty().add_pack(tag, text).map_err(|errors| format!("{errors:?}"))?;
    PACKS.with_borrow_mut(|packs| {
        packs.retain(|(t, _)| t != tag);
        packs.push((tag.to_owned(), text.to_owned()));
    });
    Ok(())
}

/// Whether the page has added `tag`'s texts.
#[wasm_bindgen]
pub fn has_language(tag: &str) -> bool {
    PACKS.with_borrow(|packs| packs.iter().any(|(t, _)| t == tag))
}

/// The language to load before opening `stored`: the class data's own, else the best shipped
/// one for `languages` (the browser's list).
#[wasm_bindgen]
pub fn wanted_language(stored: Option<String>, languages: Vec<String>) -> String {
    let (book, _) = ClassBook::load(stored.as_deref());
    let chosen: Vec<String> = book.language.into_iter().chain(languages).collect();
    let shipped: Vec<&str> = LANGUAGES.iter().map(|(tag, _)| *tag).collect();
    negotiate(&chosen, &shipped)
}

/// Where the page keeps class data that could not be read (never dropped).
const BACKUP_KEY: &str = "bytebridge.teacher.damaged";

/// The teacher page's state.
#[wasm_bindgen]
pub struct Teacher {
    book: ClassBook,
    catalog: Catalog,
    loc: Localizer,
    notice: Option<String>,
    damaged: Option<String>,
    /// Class data saved by a newer version: stored back unchanged, never overwritten here.
    newer: Option<String>,
    utc_offset_minutes: i64,
    now: u64,
    /// The book's xAPI statements for the record store, made when first needed after a change.
    statements: RefCell<Option<Rc<Vec<Value>>>>,
}

fn ms(now: f64) -> u64 {
    if now.is_finite() && now > 0.0 { now as u64 } else { 0 }
}

#[wasm_bindgen]
impl Teacher {
    /// The page's state from what it stored last time (`None` on a first visit), in the best
    /// added language for `languages` (the browser's list).
    #[wasm_bindgen(constructor)]
    pub fn new(stored: Option<String>, languages: Vec<String>, now_ms: f64) -> Result<Teacher, String> {
        let mut loc = Localizer::empty();
        PACKS.with_borrow(|packs| {
            for (tag, text) in packs {
                // Checked when added.
                let _ = loc.add_pack(tag, text);
            }
        });
        let catalog = Catalog::embedded().map_err(|e| format!("{e:?}"))?;
        let (book, problem) = ClassBook::load(stored.as_deref());
        let chosen = book.language.iter().cloned().chain(languages).collect::<Vec<_>>();
        let tag = loc.negotiate(&chosen);
        loc.set_language(&tag);
        let notice = problem.map(|p| {
            loc.text(match p {
                LoadProblem::Damaged => "class-load-damaged",
                LoadProblem::Newer => "class-load-newer",
            })
        });
        let newer = (problem == Some(LoadProblem::Newer)).then(|| stored.clone()).flatten();
        let damaged = problem.and(stored);
        let utc_offset_minutes = local_offset();
        let statements = RefCell::new(None);
        let mut teacher =
            Teacher { book, catalog, loc, notice, damaged, newer, utc_offset_minutes, now: ms(now_ms), statements };
        teacher.refresh_made();
        Ok(teacher)
    }

    /// A message when the stored class data could not be read as it was.
    pub fn notice(&self) -> Option<String> {
        self.notice.clone()
    }

    /// The stored text that could not be read, to keep under [`Teacher::backup_key`].
    pub fn damaged_text(&self) -> Option<String> {
        self.damaged.clone()
    }

    pub fn backup_key(&self) -> String {
        BACKUP_KEY.to_owned()
    }

    /// The class data to store. Data a newer version saved comes back unchanged: this page
    /// works on an empty class for the session and says so (`notice`).
    pub fn save(&self) -> String {
        self.newer.clone().unwrap_or_else(|| self.book.save())
    }

    pub fn language(&self) -> String {
        self.loc.current().to_owned()
    }

    /// `[{tag, name}]` of every shipped language, each named in itself.
    pub fn languages(&self) -> String {
        let list: Vec<Value> = LANGUAGES.iter().map(|(tag, name)| json!({ "tag": tag, "name": name })).collect();
        Value::Array(list).to_string()
    }

    /// Uses `tag` (its texts added first) and remembers it in the class data (the next
    /// `save()` keeps it).
    pub fn set_language(&mut self, tag: &str) {
        if !self.loc.has_language(tag) {
            PACKS.with_borrow(|packs| {
                if let Some((_, text)) = packs.iter().find(|(t, _)| t == tag) {
                    // Checked when added.
                    let _ = self.loc.add_pack(tag, text);
                }
            });
        }
        if self.loc.set_language(tag) {
            self.book.language = Some(tag.to_owned());
        }
    }

    /// A text in the current language.
    pub fn t(&self, id: &str) -> String {
        self.loc.text(id)
    }

    /// A text with arguments given as a JSON object (numbers stay numbers).
    pub fn t_with(&self, id: &str, args: &str) -> String {
        let args: serde_json::Map<String, Value> = serde_json::from_str(args).unwrap_or_default();
        let args: Vec<(&str, Arg)> = args
            .iter()
            .map(|(name, value)| {
                let arg = match value {
                    Value::Number(n) => Arg::Number(n.as_f64().unwrap_or(0.0)),
                    Value::String(s) => Arg::Text(s.clone()),
                    other => Arg::Text(other.to_string()),
                };
                (name.as_str(), arg)
            })
            .collect();
        self.loc.text_with(id, &args)
    }

    /// Worlds and levels with their titles, age bands and DigComp 2.2 and 3.0 tags, and the
    /// bands and competences used (for the filters).
    pub fn catalog(&self) -> String {
        let mut competences = std::collections::BTreeSet::new();
        let mut digcomp3 = std::collections::BTreeSet::new();
        let mut bands = std::collections::BTreeSet::new();
        let worlds: Vec<Value> = self
            .catalog
            .worlds()
            .iter()
            .map(|world| {
                let levels: Vec<Value> = world
                    .levels
                    .iter()
                    .map(|level| {
                        competences.extend(level.competences.iter().copied());
                        digcomp3.extend(level.digcomp3.iter().map(|id| id.competence()));
                        bands.insert(level.band);
                        json!({
                            "id": level.id,
                            "title": self.loc.text(&level.title),
                            "band": level.band.name(),
                            "band_title": self.loc.text(level.band.message_id()),
                            "competences": level.competences.iter().map(ToString::to_string).collect::<Vec<_>>(),
                            "digcomp3": level.digcomp3.iter().map(ToString::to_string).collect::<Vec<_>>(),
                        })
                    })
                    .collect();
                json!({ "id": world.id, "title": self.loc.text(&world.title), "levels": levels })
            })
            .collect();
        let competences: Vec<Value> = competences
            .into_iter()
            .map(|c| json!({ "id": c.to_string(), "title": self.loc.text(&format!("digcomp-{}", c.to_string().replace('.', "-"))) }))
            .collect();
        let digcomp3: Vec<Value> = digcomp3
            .into_iter()
            .map(|c| json!({ "id": c.to_string(), "title": self.loc.text(&c.message_id()) }))
            .collect();
        let bands: Vec<Value> =
            bands.into_iter().map(|b| json!({ "id": b.name(), "title": self.loc.text(b.message_id()) })).collect();
        json!({ "worlds": worlds, "bands": bands, "competences": competences, "digcomp3": digcomp3 }).to_string()
    }

    /// Makes an assignment from `{"class_name", "levels", "lock", "sign"}`; `game_url` is the
    /// game page's absolute address.
    pub fn create_assignment(&mut self, request: &str, game_url: &str) -> String {
        #[derive(serde::Deserialize)]
        struct Request {
            #[serde(default)]
            class_name: String,
            #[serde(default)]
            levels: Vec<String>,
            #[serde(default)]
            lock: bool,
            #[serde(default)]
            sign: bool,
            /// Ids of library levels (the teacher's own).
            #[serde(default)]
            made: Vec<String>,
        }
        let Ok(request) = serde_json::from_str::<Request>(request) else {
            return self.failure("class-assign-failed");
        };
        let levels: Vec<String> = request
            .levels
            .into_iter()
            .filter(|id| self.catalog.levels().any(|l| &l.id == id && l.world != made_level::WORLD))
            .collect();
        if request.made.len() > MAX_MADE_LEVELS {
            return self.message(false, "made-assign-too-many", vec![("max", Arg::Number(MAX_MADE_LEVELS as f64))]);
        }
        let Some(made) = request
            .made
            .iter()
            .map(|id| self.book.made.iter().find(|l| &l.id() == id).cloned())
            .collect::<Option<Vec<_>>>()
        else {
            return self.failure("made-assign-unknown");
        };
        if levels.is_empty() && made.is_empty() {
            return self.failure("class-assign-no-levels");
        }
        if levels.len() + made.len() > MAX_LEVELS {
            return self.message(false, "class-assign-too-many", vec![("max", Arg::Number(MAX_LEVELS as f64))]);
        }
        if byte_bridge::core::class::assignment::clean_name(&request.class_name).is_empty() {
            return self.failure("class-assign-no-name");
        }
        // Three draws: the class id and the two halves of its key. A key is never made from
        // anything guessable (such as the clock): without a secure source, no assignment.
        let Ok(draws) = random_words::<3>() else {
            return self.failure("class-assign-no-random");
        };
        let mut draws = draws.into_iter();
        // The class id and the key's two halves: made levels always get a key (with_made).
        let assignment =
            Assignment::new(&request.class_name, levels, request.lock, request.sign, game_url, self.now_ms(), || {
                draws.next().unwrap_or_default()
            })
            .with_made(made, || draws.next().unwrap_or_default());
        let view = self.assignment_view(&assignment, game_url);
        self.book.assignments.push(assignment);
        self.refresh_made();
        json!({ "ok": true, "assignment": view }).to_string()
    }

    /// Every assignment made here, newest first.
    pub fn assignments(&self) -> String {
        let list: Vec<Value> = self.book.assignments.iter().rev().map(|a| self.assignment_view(a, &a.home)).collect();
        Value::Array(list).to_string()
    }

    pub fn remove_assignment(&mut self, id: &str) -> String {
        self.book.assignments.retain(|a| a.id != id);
        self.refresh_made();
        json!({ "ok": true }).to_string()
    }

    /// Brings in a pupil's file.
    pub fn import_file(&mut self, file_name: &str, bytes: &[u8]) -> String {
        self.statements.take();
        let known: Vec<String> = self.catalog.levels().map(|l| l.id.clone()).collect();
        let known: Vec<&str> = known.iter().map(String::as_str).collect();
        match self.book.import_file(bytes, &known) {
            Ok(outcome) => self.imported(file_name, &outcome),
            Err(error) => self.import_error(file_name, error.message_id()),
        }
    }

    /// Refuses a file the page did not read because of its size.
    pub fn import_too_large(&self, file_name: &str, _size: f64) -> String {
        self.import_error(file_name, report::ReportError::TooLarge.message_id())
    }

    /// Brings in a scanned QR code's text.
    pub fn import_code(&mut self, text: &str) -> String {
        self.statements.take();
        let known: Vec<String> = self.catalog.levels().map(|l| l.id.clone()).collect();
        let known: Vec<&str> = known.iter().map(String::as_str).collect();
        match self.book.import_code(text, &known) {
            Ok(outcome) => self.imported("", &outcome),
            Err(error) => json!({ "ok": false, "file": "", "message": self.loc.text(error.message_id()) }).to_string(),
        }
    }

    pub fn grid(&self, assignment: &str) -> String {
        to_json(&self.book.grid(non_empty(assignment), &self.catalog, &self.loc))
    }

    pub fn cell(&self, pupil: &str, level: &str) -> String {
        match self.book.detail(pupil, level, &self.catalog, &self.loc, self.utc_offset_minutes) {
            Some(detail) => to_json(&detail),
            None => json!({ "ok": false, "message": self.loc.text("class-no-such-pupil") }).to_string(),
        }
    }

    pub fn summary(&self, assignment: &str) -> String {
        to_json(&self.book.summary(non_empty(assignment), &self.catalog, &self.loc))
    }

    pub fn set_note(&mut self, pupil: &str, text: &str) -> String {
        self.book.set_note(pupil, text);
        json!({ "ok": true }).to_string()
    }

    pub fn forget_pupil(&mut self, pupil: &str) -> String {
        self.statements.take();
        self.book.pupils.remove(pupil);
        self.book.notes.remove(pupil);
        json!({ "ok": true }).to_string()
    }

    /// The CSV text (with a byte-order mark).
    pub fn csv(&self, assignment: &str, separator: &str, with_notes: bool) -> String {
        let separator = if separator == ";" { ';' } else { ',' };
        self.book.csv(non_empty(assignment), separator, with_notes, &self.catalog, &self.loc)
    }

    pub fn csv_file_name(&self) -> String {
        format!("byte-bridge-class-{}.csv", date(self.now_ms()))
    }

    /// The xAPI statements (a JSON array).
    pub fn xapi(&self, assignment: &str) -> String {
        self.book.xapi(non_empty(assignment), &self.catalog, &self.loc)
    }

    pub fn xapi_file_name(&self) -> String {
        format!("byte-bridge-xapi-{}.json", date(self.now_ms()))
    }

    /// Forgets every pupil, note and assignment.
    pub fn clear(&mut self) -> String {
        self.statements.take();
        // The teacher's own levels are not class data: they stay (the confirmation says so).
        let language = self.book.language.take();
        let made = std::mem::take(&mut self.book.made);
        self.book = ClassBook { language, made, ..ClassBook::load(None).0 };
        self.refresh_made();
        json!({ "ok": true }).to_string()
    }
}

impl Teacher {
    fn now_ms(&self) -> u64 {
        let now = js_now();
        if now > 0 { now } else { self.now }
    }

    fn failure(&self, id: &str) -> String {
        json!({ "ok": false, "message": self.loc.text(id) }).to_string()
    }

    /// `{ok, message}` with a message that takes arguments.
    fn message(&self, ok: bool, id: &str, args: Vec<(&str, Arg)>) -> String {
        json!({ "ok": ok, "message": self.loc.text_with(id, &args) }).to_string()
    }

    fn import_error(&self, file_name: &str, id: &str) -> String {
        let message = self.loc.text_with(id, &[("file", Arg::Text(file_name.to_owned()))]);
        json!({ "ok": false, "file": file_name, "message": message }).to_string()
    }

    fn imported(&self, file_name: &str, outcome: &book::ImportOutcome) -> String {
        let nickname = book::nickname_text(&self.loc, &outcome.nickname);
        let status = match outcome.status {
            ImportStatus::Signed => "signed",
            ImportStatus::Unsigned => "unsigned",
            ImportStatus::Altered => "altered",
            ImportStatus::Summary => "summary",
        };
        let id = if outcome.status == ImportStatus::Altered { "class-imported-altered" } else { "class-imported" };
        let message = self.loc.text_with(
            id,
            &[
                ("nickname", Arg::Text(nickname.clone())),
                ("count", Arg::Number(f64::from(outcome.new_attempts))),
                ("file", Arg::Text(file_name.to_owned())),
            ],
        );
        json!({ "ok": true, "file": file_name, "pupil": outcome.pupil, "nickname": nickname, "status": status, "message": message })
            .to_string()
    }

    fn assignment_view(&self, a: &Assignment, game_url: &str) -> Value {
        let link = a.link(game_url);
        let levels: Vec<Value> = a
            .levels
            .iter()
            .map(|id| {
                let title =
                    self.catalog.levels().find(|l| &l.id == id).map_or_else(|| id.clone(), |l| self.loc.text(&l.title));
                json!({ "id": id, "title": title, "made": id.starts_with(made_level::ID_PREFIX) })
            })
            .collect();
        // A link longer than a tablet's camera reads gets no code, but a note and the file.
        let fits = link.chars().count() <= QR_MAX_LINK;
        let qr_note = (!fits).then(|| {
            let args = [("length", Arg::Number(link.chars().count() as f64)), ("max", Arg::Number(QR_MAX_LINK as f64))];
            self.loc.text_with("made-qr-too-long", &args)
        });
        let file_name: String = a.class_name.chars().filter(char::is_ascii_alphanumeric).take(20).collect();
        json!({
            "id": a.id,
            "class_name": a.class_name,
            "levels": levels,
            "lock": a.lock,
            "signed": a.key.is_some(),
            "created": a.created,
            "qr_svg": if fits { qr::svg(&link) } else { None },
            "qr_note": qr_note,
            "file": serde_json::to_string(a).unwrap_or_default(),
            "file_name": format!("byte-bridge-mission-{}.json", if file_name.is_empty() { "class".to_owned() } else { file_name }),
            "link": link,
        })
    }
}

impl Teacher {
    /// Every statement of the class book (the record store's outbox sends them), made once
    /// after each change of the pupils.
    fn statements(&self) -> Rc<Vec<Value>> {
        let mut cache = self.statements.borrow_mut();
        cache.get_or_insert_with(|| Rc::new(self.book.xapi_statements(None, &self.catalog, &self.loc))).clone()
    }
}

fn non_empty(text: &str) -> Option<&str> {
    (!text.is_empty()).then_some(text)
}

fn to_json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

fn date(now: u64) -> String {
    byte_bridge::core::date::date_text(now)
}

/// `N` random 64-bit words from the browser's cryptographic generator (`crypto.getRandomValues`,
/// through getrandom); an error where the browser has none.
fn random_words<const N: usize>() -> Result<[u64; N], getrandom::Error> {
    let mut words = [0u64; N];
    for word in &mut words {
        *word = getrandom::u64()?;
    }
    Ok(words)
}

fn js_now() -> u64 {
    #[cfg(target_arch = "wasm32")]
    {
        ms(js_sys::Date::now())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0
    }
}

/// Minutes to add to UTC for the teacher's local time.
fn local_offset() -> i64 {
    #[cfg(target_arch = "wasm32")]
    {
        -(js_sys::Date::new_0().get_timezone_offset() as i64)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0
    }
}

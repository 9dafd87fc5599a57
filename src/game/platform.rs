//! What the host gives the game: somewhere to save, the device's languages, a clock, random
//! numbers, files in and out (download, share sheet, file picker), the page's address and the
//! teacher's mission link in it, the offline/update state of the page, and how strong a
//! password is ([`PasswordEstimator`]). The browser build fills it from `crate::web`; tests
//! use [`MemoryHost`].

use crate::core::i18n::packs::PackError;
use crate::core::password::Strength;
use crate::core::progress::{KeyValueStore, MemoryStore};
use bevy::prelude::*;
use std::sync::{Arc, Mutex};

/// The host's services. Insert before adding the game plugin.
#[derive(Resource)]
pub struct Platform {
    /// Where progress is saved.
    pub store: Option<Box<dyn KeyValueStore + Send + Sync>>,
    /// The device's languages, most preferred first (BCP 47 tags).
    pub languages: Vec<String>,
    /// Everything else the page does for the game.
    pub host: Box<dyn Host + Send + Sync>,
    /// The school platform the game runs inside (a Kolibri, SCORM 1.2 or cmi5 package), if
    /// any: its learner is the player (`game::package`).
    pub package: Option<Package>,
}

/// The platform a package runs in, as the page found it when the game started.
pub struct Package {
    pub kind: crate::core::package::Kind,
    /// The platform's learner (an id, never shown), if it named one.
    pub learner: Option<String>,
    /// The progress the platform kept for the learner (`core::package::suspend_data`; SCORM).
    pub saved: String,
    /// cmi5: the checked launch, or why it cannot send.
    pub launch: Option<Result<crate::core::package::Launch, crate::core::package::LaunchError>>,
    /// Whether the page reached the platform (SCORM's API, cmi5's token, Kolibri's bridge).
    pub connected: bool,
    /// Where reports go.
    pub link: Box<dyn PackageLink + Send + Sync>,
}

/// What the game tells the platform after each attempt (and once at the start).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct PackageReport {
    /// The learner's progress for the platform to keep (SCORM's suspend_data); none while the
    /// platform's copy could not be read (a newer version's, or damaged: it is left alone).
    pub suspend: Option<String>,
    /// The share of the map's stars won, 0–100.
    pub score: u8,
    /// Every level on the learner's map solved.
    pub completed: bool,
    /// This session's time (SCORM's CMITimespan).
    pub session_time: String,
    /// Statements to send now, in order (cmi5, Kolibri).
    pub statements: Vec<serde_json::Value>,
    /// Statements to send when the page closes (cmi5's terminated).
    pub closing: Vec<serde_json::Value>,
}

/// The page's side of a package: it hands reports to the platform.
pub trait PackageLink {
    fn report(&self, report: &PackageReport);
}

/// A package link for tests: keeps every report.
#[derive(Debug, Clone, Default)]
pub struct MemoryPackageLink(pub Arc<Mutex<Vec<PackageReport>>>);

impl PackageLink for MemoryPackageLink {
    fn report(&self, report: &PackageReport) {
        if let Ok(mut reports) = self.0.lock() {
            reports.push(report.clone());
        }
    }
}

/// A file the grown-up chose, as it arrived, or why it could not be read.
pub type PickedFile = Result<Vec<u8>, PickError>;

/// Why a chosen file did not arrive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickError {
    /// Larger than any players file can be: refused before reading.
    TooLarge,
    /// The browser could not read it.
    Unreadable,
}

/// Host services that differ between the browser and tests.
pub trait Host {
    /// Milliseconds since 1970 (attempt times, file names).
    fn now_ms(&self) -> u64;
    /// 64 random bits (profile ids, adult-gate questions).
    fn random(&self) -> u64;
    /// Hands a file to the pupil (download, or the share sheet). Err: a reason to show.
    fn save_file(&self, name: &str, text: &str) -> Result<(), String>;
    /// Opens the file picker; the choice arrives later through [`Host::take_picked_file`].
    fn pick_file(&self);
    /// A file chosen since the last call, if any.
    fn take_picked_file(&self) -> Option<PickedFile>;
    /// Whether the page is a secure context (HTTPS or localhost): offline play, installing
    /// and persistent storage need one.
    fn secure(&self) -> bool;
    /// Whether a new version is installed and waits for a reload.
    fn update_ready(&self) -> bool;
    /// Asks the page to look for a new version (between levels).
    fn check_for_update(&self);
    /// Reloads into the waiting new version.
    fn apply_update(&self);
    /// The game's address without its fragment (the xAPI home page when no assignment
    /// names one).
    fn page_url(&self) -> String;
    /// The address's fragment if it holds a teacher's mission link (`#mission=…`), once: the
    /// fragment is then removed from the address, so a reload does not apply it again.
    fn take_mission_link(&mut self) -> Option<String>;
    /// Whether the device's share sheet takes files ([`Host::share_file`]).
    fn can_share_files(&self) -> bool;
    /// Offers a file to the device's share sheet. The pupil may still cancel (that is not an
    /// error); if sharing fails otherwise, the file is saved as a download instead.
    /// Err: a reason to show (nothing could be handed over at all).
    fn share_file(&mut self, name: &str, bytes: &[u8], mime: &str) -> Result<(), String>;
    /// Asks for a language's pack (its Fluent text): from the page's offline copy or the
    /// network. It arrives, or fails, through [`Host::take_language_packs`].
    fn request_language(&self, tag: &str);
    /// Packs that arrived or failed since the last call: `(tag, text or why not)`. The page's
    /// first language is here when the game starts.
    fn take_language_packs(&self) -> Vec<LanguagePack>;
    /// Languages whose packs this device keeps for use offline, as far as the page knows.
    fn languages_on_device(&self) -> Vec<String>;
    /// Whether the device asks apps for less movement (Android's "Remove animations", the
    /// browser's `prefers-reduced-motion`). A player's own choice overrides it.
    fn reduces_motion(&self) -> bool;
    /// Keeps the page's copy of the players screen for the next start (`core::quick`), or
    /// drops it (None): a cache, so a write that fails (a full tablet) is simply skipped.
    fn keep_quick_screen(&self, json: Option<&str>);
    /// What the pupil tapped on the page's copy of the players screen before the game ran
    /// (`core::quick::QuickTap`'s text), once.
    fn take_quick_tap(&self) -> Option<String>;
}

/// A language pack as the host hands it over: its tag, and its files or why they did not come.
pub type LanguagePack = (String, Result<PackFiles, PackError>);

/// What a language pack brings: its Fluent text, and the font of its script when the game
/// has none built in (`core::i18n::fonts::pack_font`).
#[derive(Debug, Clone, PartialEq)]
pub struct PackFiles {
    pub text: String,
    pub font: Option<Vec<u8>>,
}

/// A file handed to the share sheet: name, bytes and MIME type.
pub type SharedFile = (String, Vec<u8>, String);

/// A host for tests and native builds: a counting clock, a fixed random sequence, files kept
/// in memory (tests read [`MemoryHost::saved_files`] and [`MemoryHost::shared_files`], queue
/// picks in [`MemoryHost::picks`] and put a teacher's link in [`MemoryHost::mission_link`]).
#[derive(Debug, Clone, Default)]
pub struct MemoryHost {
    pub saved_files: Arc<Mutex<Vec<(String, String)>>>,
    pub shared_files: Arc<Mutex<Vec<SharedFile>>>,
    pub picks: Arc<Mutex<Vec<PickedFile>>>,
    pub update_waiting: Arc<Mutex<bool>>,
    pub updates_applied: Arc<Mutex<u32>>,
    /// The address the game was opened with, as the page would report it (taken once).
    pub mission_link: Arc<Mutex<Option<String>>>,
    /// Whether the pretend device has a share sheet for files.
    pub can_share: bool,
    /// Languages whose packs cannot come (as on a tablet offline that never fetched them);
    /// every other shipped language arrives at once, from the files built in.
    pub missing_languages: Arc<Mutex<Vec<String>>>,
    /// Every language asked for, in order.
    pub requested_languages: Arc<Mutex<Vec<String>>>,
    /// Whether the pretend device asks for less movement.
    pub reduce_motion: bool,
    /// The last copy of the players screen the game kept for the page (`core::quick`).
    pub quick_screen: Arc<Mutex<Option<String>>>,
    /// A tap on the page's copy of the players screen, waiting for the game (taken once).
    pub quick_tap: Arc<Mutex<Option<String>>>,
    packs: Arc<Mutex<Vec<LanguagePack>>>,
    counter: Arc<Mutex<u64>>,
}

/// The font a pack brings, read from assets/fonts/ (native builds only, as the texts).
fn pack_font(tag: &str) -> Option<Vec<u8>> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let font = crate::core::i18n::fonts::pack_font(tag)?;
        std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fonts").join(font.file)).ok()
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = tag;
        None
    }
}

/// The address [`MemoryHost`] pretends the game has.
pub const MEMORY_PAGE_URL: &str = "http://localhost/index.html";

impl MemoryHost {
    fn tick(&self) -> u64 {
        let mut counter = self.counter.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        *counter += 1;
        *counter
    }
}

impl Host for MemoryHost {
    fn now_ms(&self) -> u64 {
        1_764_374_400_000 + self.tick() * 1000
    }

    fn random(&self) -> u64 {
        // SplitMix64 of a counter: different every call, the same in every test run.
        let mut z = self.tick().wrapping_mul(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn save_file(&self, name: &str, text: &str) -> Result<(), String> {
        let mut files = self.saved_files.lock().map_err(|e| e.to_string())?;
        files.push((name.to_owned(), text.to_owned()));
        Ok(())
    }

    fn pick_file(&self) {}

    fn take_picked_file(&self) -> Option<PickedFile> {
        self.picks.lock().ok()?.pop()
    }

    fn secure(&self) -> bool {
        true
    }

    fn update_ready(&self) -> bool {
        self.update_waiting.lock().is_ok_and(|w| *w)
    }

    fn check_for_update(&self) {}

    fn apply_update(&self) {
        if let Ok(mut applied) = self.updates_applied.lock() {
            *applied += 1;
        }
    }

    fn page_url(&self) -> String {
        MEMORY_PAGE_URL.to_owned()
    }

    fn request_language(&self, tag: &str) {
        if let Ok(mut requested) = self.requested_languages.lock() {
            requested.push(tag.to_owned());
        }
        let missing = self.missing_languages.lock().is_ok_and(|m| m.iter().any(|t| t == tag));
        // The texts built in exist only in native builds: the browser game holds none.
        #[cfg(not(target_arch = "wasm32"))]
        let text = crate::core::i18n::pack_text(crate::core::content::FTL_FILES, tag);
        #[cfg(target_arch = "wasm32")]
        let text = String::new();
        let pack = if missing || text.is_empty() {
            Err(PackError::NotOnDevice)
        } else {
            Ok(PackFiles { text, font: pack_font(tag) })
        };
        if let Ok(mut packs) = self.packs.lock() {
            packs.push((tag.to_owned(), pack));
        }
    }

    fn take_language_packs(&self) -> Vec<LanguagePack> {
        self.packs.lock().map(|mut packs| std::mem::take(&mut *packs)).unwrap_or_default()
    }

    fn languages_on_device(&self) -> Vec<String> {
        Vec::new()
    }

    fn reduces_motion(&self) -> bool {
        self.reduce_motion
    }

    fn keep_quick_screen(&self, json: Option<&str>) {
        if let Ok(mut kept) = self.quick_screen.lock() {
            *kept = json.map(str::to_owned);
        }
    }

    fn take_quick_tap(&self) -> Option<String> {
        self.quick_tap.lock().ok()?.take()
    }

    fn take_mission_link(&mut self) -> Option<String> {
        let link = self.mission_link.lock().ok()?.take()?;
        link.contains(crate::core::class::assignment::FRAGMENT_KEY).then_some(link)
    }

    fn can_share_files(&self) -> bool {
        self.can_share
    }

    fn share_file(&mut self, name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
        if !self.can_share {
            return Err("no share sheet".to_owned());
        }
        let mut files = self.shared_files.lock().map_err(|e| e.to_string())?;
        files.push((name.to_owned(), bytes.to_vec(), mime.to_owned()));
        Ok(())
    }
}

impl Default for Platform {
    fn default() -> Self {
        Platform {
            store: Some(Box::new(MemoryStore::default())),
            languages: vec!["en".to_owned()],
            host: Box::new(MemoryHost::default()),
            package: None,
        }
    }
}

/// What the estimator says about a password now.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Estimate {
    Ready(Strength),
    /// Asked; the answer comes in a later frame (the browser loads the estimator module).
    Pending,
    /// No estimator could answer (the module did not load); asked again on the next change.
    Unavailable,
}

/// How the game measures a password (the password-building levels): a function of the
/// password, the words an attacker knows and the language the pupil plays in (whose common
/// words the estimator knows). With the `estimator` feature it is `core::password::strength`;
/// the browser build replaces it with `web::strength::estimate`, which loads the estimator
/// only when needed.
#[derive(Resource)]
pub struct PasswordEstimator(pub fn(&str, &[&str], &str) -> Estimate);

impl Default for PasswordEstimator {
    fn default() -> Self {
        #[cfg(feature = "estimator")]
        fn direct(password: &str, known: &[&str], language: &str) -> Estimate {
            Estimate::Ready(crate::core::password::strength(password, known, language))
        }
        #[cfg(not(feature = "estimator"))]
        fn direct(_: &str, _: &[&str], _: &str) -> Estimate {
            Estimate::Unavailable
        }
        PasswordEstimator(direct)
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Platform>();
    app.init_resource::<PasswordEstimator>();
}

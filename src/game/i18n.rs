//! Fluent text on screen: a [`Localized`] text updates itself when the language changes.

use super::platform::{PackFiles, Platform};
use super::progress::{Notice, TabletPlayers};
use super::ui::fonts::ScriptFonts;
use crate::core::i18n::packs::{Arrival, Choice, PackError, Packs};
use crate::core::i18n::{Arg, FALLBACK_LANGUAGE, Localizer, negotiate};
use crate::core::progress::StorageNotice;
use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use std::borrow::Cow;

/// The loaded languages and the one in use.
#[derive(Resource, Deref, DerefMut)]
pub struct Texts(pub Localizer);

/// A message to show: a Fluent id and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct TextKey {
    pub id: Cow<'static, str>,
    pub args: Vec<(&'static str, TextArg)>,
    /// Shown as it is, untranslated (a language's own name is the same in every language).
    pub literal: bool,
}

/// One argument of a [`TextKey`].
#[derive(Debug, Clone, PartialEq)]
pub enum TextArg {
    Number(f64),
    /// Another message, translated first (e.g. a command's name inside a sentence).
    Message(Box<TextKey>),
    /// An attribute of another message in the current language, e.g. a noun's grammatical
    /// gender that the adjective before it agrees with (`other` when it has none).
    Attribute {
        id: Cow<'static, str>,
        attribute: &'static str,
    },
}

impl TextKey {
    /// A message without arguments.
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        TextKey { id: id.into(), args: Vec::new(), literal: false }
    }

    /// Text shown as it is in every language.
    pub fn literal(text: impl Into<Cow<'static, str>>) -> Self {
        TextKey { id: text.into(), args: Vec::new(), literal: true }
    }

    /// Adds a number argument.
    pub fn num(mut self, name: &'static str, value: impl Into<f64>) -> Self {
        self.args.push((name, TextArg::Number(value.into())));
        self
    }

    /// Adds an argument that is itself a message.
    pub fn msg(mut self, name: &'static str, id: impl Into<Cow<'static, str>>) -> Self {
        self.args.push((name, TextArg::Message(Box::new(TextKey::new(id)))));
        self
    }

    /// Adds an argument that is a message with arguments of its own.
    pub fn key(mut self, name: &'static str, key: TextKey) -> Self {
        self.args.push((name, TextArg::Message(Box::new(key))));
        self
    }

    /// Adds an argument that is an attribute of another message (see [`TextArg::Attribute`]).
    pub fn attr(mut self, name: &'static str, id: impl Into<Cow<'static, str>>, attribute: &'static str) -> Self {
        self.args.push((name, TextArg::Attribute { id: id.into(), attribute }));
        self
    }

    /// The text in the current language.
    pub fn resolve(&self, texts: &Localizer) -> String {
        if self.literal {
            return self.id.to_string();
        }
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    TextArg::Number(n) => Arg::Number(*n),
                    TextArg::Message(key) => Arg::Text(key.resolve(texts)),
                    TextArg::Attribute { id, attribute } => {
                        Arg::Text(texts.attribute(id, attribute).unwrap_or_else(|| "other".to_owned()))
                    }
                };
                (*name, value)
            })
            .collect();
        texts.text_with(&self.id, &args)
    }
}

/// The entity's `Text` shows this message, in the current language.
#[derive(Component, Debug, Clone, PartialEq)]
#[require(Text)]
pub struct Localized(pub TextKey);

/// Sent after the language changed.
#[derive(Message, Debug, Clone)]
pub struct LanguageChanged;

/// Which language packs this session has, and the one the pupil waits for.
#[derive(Resource, Default, Debug, Deref, DerefMut)]
pub struct LanguagePacks(pub Packs);

/// What the language picker says now: a language on its way, or why it cannot come.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct LanguageStatus(pub Option<TextKey>);

/// Every language the game ships, `(tag, its own name)`, whether loaded or not.
pub fn shipped_languages() -> &'static [(&'static str, &'static str)] {
    crate::core::content::LANGUAGES
}

/// A language's own name ("Deutsch"), shown the same in every language.
pub fn language_name(tag: &str) -> &str {
    shipped_languages().iter().find(|(t, _)| *t == tag).map_or(tag, |(_, name)| name)
}

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(Texts(Localizer::empty()));
    app.init_resource::<LanguagePacks>();
    app.init_resource::<LanguageStatus>();
    app.add_message::<LanguageChanged>();
    app.add_systems(PreStartup, load_first_language);
    app.add_systems(PreUpdate, receive_packs);
    app.add_systems(PostUpdate, update_localized_texts.before(bevy::ui::UiSystems::Content));
}

/// The page has fetched the language it starts in (the device's, among the shipped ones) by
/// the time the game starts; a host that has not (tests, native builds) is asked for the
/// device's language now, and for English if that does not come.
fn load_first_language(
    mut texts: ResMut<Texts>,
    mut packs: ResMut<LanguagePacks>,
    platform: Res<Platform>,
    mut fonts: ResMut<Assets<bevy::text::Font>>,
    mut script_fonts: ResMut<ScriptFonts>,
) {
    let host = &platform.host;
    let mut arrived = host.take_language_packs();
    let shipped: Vec<&str> = shipped_languages().iter().map(|(tag, _)| *tag).collect();
    for tag in [negotiate(&platform.languages, &shipped), FALLBACK_LANGUAGE.to_owned()] {
        if arrived.iter().any(|(_, pack)| pack.is_ok()) {
            break;
        }
        host.request_language(&tag);
        arrived.extend(host.take_language_packs());
    }
    for (tag, pack) in arrived {
        match pack.and_then(|files| add_pack(&tag, files, &mut texts, &mut fonts, &mut script_fonts)) {
            Ok(()) => packs.loaded(&tag),
            Err(error) => warn!("the {tag} language pack did not come: {error:?}"),
        }
    }
}

/// Adds an arrived pack: its script's font first where it brings one, then its texts.
fn add_pack(
    tag: &str,
    files: PackFiles,
    texts: &mut Texts,
    fonts: &mut Assets<bevy::text::Font>,
    script_fonts: &mut ScriptFonts,
) -> Result<(), PackError> {
    if let Some(font) = crate::core::i18n::fonts::pack_font(tag).filter(|f| !script_fonts.has(f.family)) {
        let Some(bytes) = files.font.filter(|bytes| crate::core::i18n::fonts::is_font(bytes)) else {
            warn!("the {tag} language pack came without its font");
            return Err(PackError::Damaged);
        };
        script_fonts.add(fonts, font, bytes);
    }
    texts.add_pack(tag, &files.text).map_err(|errors| {
        warn!("the {tag} language pack is damaged: {errors:?}");
        PackError::Damaged
    })
}

/// Packs that arrived: loaded for later, switched to if the pupil waits for it, or told.
fn receive_packs(
    mut languages: Languages,
    mut saved: ResMut<TabletPlayers>,
    mut notice: ResMut<Notice>,
    mut fonts: ResMut<Assets<bevy::text::Font>>,
    mut script_fonts: ResMut<ScriptFonts>,
) {
    for (tag, pack) in languages.platform.host.take_language_packs() {
        let result = pack.and_then(|files| add_pack(&tag, files, &mut languages.texts, &mut fonts, &mut script_fonts));
        match languages.packs.arrived(&tag, result) {
            Arrival::Switch => {
                if let Some(problem) = languages.switch(&tag, &mut saved) {
                    notice.0 = Some(problem);
                }
            }
            Arrival::Failed(error) => {
                let ready = languages.ready_names();
                languages.status.0 = Some(
                    TextKey::new(error.message_id())
                        .key("language", TextKey::literal(language_name(&tag).to_owned()))
                        .key("ready", TextKey::literal(ready)),
                );
            }
            Arrival::Kept | Arrival::Ignored => {}
        }
    }
}

/// Choosing and switching languages, for the screens that offer it.
#[derive(SystemParam)]
pub struct Languages<'w> {
    pub texts: ResMut<'w, Texts>,
    packs: ResMut<'w, LanguagePacks>,
    status: ResMut<'w, LanguageStatus>,
    platform: Res<'w, Platform>,
    changed: MessageWriter<'w, LanguageChanged>,
}

impl Languages<'_> {
    /// The pupil (or their saved choice) picks `tag`: switch now if its pack is here, else
    /// fetch it and switch when it comes ([`receive_packs`]). A language the game does not
    /// ship is ignored. Returns a storage problem if the choice could not be remembered.
    pub fn choose(&mut self, tag: &str, saved: &mut TabletPlayers) -> Option<StorageNotice> {
        if !shipped_languages().iter().any(|(t, _)| *t == tag) {
            return None;
        }
        match self.packs.choose(tag) {
            Choice::Switch => self.switch(tag, saved),
            Choice::Fetch => {
                self.status.0 = Some(loading(tag));
                self.platform.host.request_language(tag);
                None
            }
            Choice::Wait => None,
        }
    }

    /// Shows the device's language (or the nearest shipped one) without remembering it for
    /// anyone: the players screen, where nobody plays yet.
    pub fn follow_device(&mut self) {
        let shipped: Vec<&str> = shipped_languages().iter().map(|(tag, _)| *tag).collect();
        let tag = negotiate(&self.platform.languages, &shipped);
        let tag = if self.texts.has_language(&tag) { tag } else { self.texts.current().to_owned() };
        if self.packs.choose(&tag) == Choice::Switch && self.texts.current() != tag && self.texts.set_language(&tag) {
            self.status.0 = None;
            self.changed.write(LanguageChanged);
        }
    }

    /// When a player is chosen: their saved language, or (the first time) the one showing
    /// now, which is then remembered for them.
    pub fn follow_player(&mut self, saved: &mut TabletPlayers) -> Option<StorageNotice> {
        let tag = saved.progress().language.clone().unwrap_or_else(|| self.texts.current().to_owned());
        self.choose(&tag, saved)
    }

    /// Switches to a loaded language, remembers it for the player and updates every text.
    fn switch(&mut self, tag: &str, saved: &mut TabletPlayers) -> Option<StorageNotice> {
        self.status.0 = None;
        if self.texts.current() != tag {
            if !self.texts.set_language(tag) {
                return None;
            }
            self.changed.write(LanguageChanged);
        }
        saved.set_language(tag)
    }

    /// The names of the languages this tablet has: loaded now, or kept by the page for use
    /// offline.
    fn ready_names(&self) -> String {
        let mut tags: Vec<String> = self.packs.loaded_tags().map(str::to_owned).collect();
        tags.extend(self.platform.host.languages_on_device());
        let names: Vec<&str> = shipped_languages()
            .iter()
            .filter(|(tag, _)| tags.iter().any(|t| t == tag))
            .map(|(_, name)| *name)
            .collect();
        names.join(", ")
    }
}

/// "Getting Français …" while a pack is on its way.
fn loading(tag: &str) -> TextKey {
    TextKey::new("language-loading").key("language", TextKey::literal(language_name(tag).to_owned()))
}

fn update_localized_texts(
    texts: Res<Texts>,
    mut changed: MessageReader<LanguageChanged>,
    mut all: Query<(Ref<Localized>, &mut Text)>,
) {
    let language_changed = changed.read().count() > 0;
    for (localized, mut text) in &mut all {
        if language_changed || localized.is_changed() {
            let value = localized.0.resolve(&texts);
            if text.0 != value {
                text.0 = value;
            }
        }
    }
}

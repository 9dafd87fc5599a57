//! Fluent text on screen: a [`Localized`] text updates itself when the language changes.

use super::platform::Platform;
use super::progress::TabletPlayers;
use crate::core::i18n::{Arg, Localizer};
use crate::core::progress::StorageNotice;
use bevy::prelude::*;
use std::borrow::Cow;

/// The shipped languages and the one in use.
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

pub(super) fn plugin(app: &mut App) {
    let localizer = match Localizer::embedded() {
        Ok(localizer) => localizer,
        Err(errors) => {
            // The content is checked by tests, so this only happens with a broken build; show
            // message ids rather than stopping.
            error!("Fluent files are broken: {errors:?}");
            Localizer::from_files(&[("i18n/en/empty.ftl", "")])
                .unwrap_or_else(|_| unreachable!("an empty English file parses"))
        }
    };
    app.insert_resource(Texts(localizer));
    app.add_message::<LanguageChanged>();
    app.add_systems(PreStartup, pick_language);
    app.add_systems(PostUpdate, update_localized_texts.before(bevy::ui::UiSystems::Content));
}

/// Before a player is chosen, the device's languages decide.
fn pick_language(mut texts: ResMut<Texts>, platform: Res<Platform>) {
    let tag = texts.negotiate(&platform.languages);
    texts.set_language(&tag);
}

/// When a player is chosen: their saved language, or (the first time) the one showing now,
/// which is then remembered for them.
pub fn follow_player_language(
    texts: &mut Texts,
    saved: &mut TabletPlayers,
    changed: &mut MessageWriter<LanguageChanged>,
) -> Option<StorageNotice> {
    let choice = saved.progress().language.clone();
    let tag = match choice {
        Some(tag) if texts.tags().contains(&tag.as_str()) => tag,
        _ => texts.current().to_owned(),
    };
    set_language(&tag, texts, saved, changed)
}

/// Switches language, remembers it on the tablet and updates every text.
/// Returns a storage problem if the choice could not be remembered.
pub fn set_language(
    tag: &str,
    texts: &mut Texts,
    saved: &mut TabletPlayers,
    changed: &mut MessageWriter<LanguageChanged>,
) -> Option<StorageNotice> {
    if texts.current() != tag {
        if !texts.set_language(tag) {
            return None;
        }
        changed.write(LanguageChanged);
    }
    saved.set_language(tag)
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

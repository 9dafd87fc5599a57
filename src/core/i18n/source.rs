//! Fluent source as the language checks read it (the content tests, and `cargo xtask
//! check-language` for translators): each message's text, variables, references, plural
//! selectors and the words standing right after a count. The game itself never needs this.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::collections::BTreeSet;
use unic_langid::LanguageIdentifier;

/// Keys of a select expression that are plural categories besides `other` (`other` alone
/// does not make a plural selector: `{ $lamps -> [0] … *[other] … }` only tells zero apart).
pub const PLURAL_KEYS: [&str; 5] = ["zero", "one", "two", "few", "many"];

/// Variables that hold a count. Besides these, any variable some message selects on by
/// plural category counts as one.
pub const COUNT_VARIABLES: [&str; 15] = [
    "count", "total", "max", "min", "stars", "steps", "times", "attempts", "hints", "used", "lit", "lamps", "added",
    "refused", "renamed",
];

/// English words that may follow a count without agreeing with it: prepositions ("3 of 5")
/// and verbs whose form does not change ("2 updated", "1 could not", "3 got").
pub const NOT_A_NOUN: [&str; 5] = ["of", "in", "could", "got", "updated"];

/// One message (or term, its id starting with `-`) with the parts the checks read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MessageSource {
    pub id: String,
    /// Its attributes' names (`gender` of `.gender = …`).
    pub attributes: BTreeSet<String>,
    /// Every piece of literal text, from every variant and attribute.
    pub text: Vec<String>,
    /// Every variable it uses, also as a selector.
    pub variables: BTreeSet<String>,
    /// Every other message or term it places.
    pub references: BTreeSet<String>,
    /// Every select expression on a variable: the variable and the variant keys.
    pub selects: Vec<(String, BTreeSet<String>)>,
    /// A variable placed right before a word (`{ $count } pieces`): the variable and the word,
    /// `(selected)` when the word comes from a selector (`{ $n } { $n -> … }`).
    pub before_word: Vec<(String, String)>,
}

/// A syntax error: the line it is on and what Fluent says.
pub type SyntaxError = (usize, String);

/// Reads every message and term of one Fluent file; syntax errors come with their lines
/// (the messages that did parse are still read).
pub fn read_messages(source: &str) -> (Vec<MessageSource>, Vec<SyntaxError>) {
    let (resource, errors) = match fluent_syntax::parser::parse(source) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => {
            let errors = errors
                .into_iter()
                .map(|e| (source[..e.pos.start.min(source.len())].matches('\n').count() + 1, format!("{:?}", e.kind)))
                .collect();
            (resource, errors)
        }
    };
    let mut messages = Vec::new();
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            _ => continue,
        };
        let mut message = MessageSource { id, ..MessageSource::default() };
        message.attributes = attributes.iter().map(|a| a.id.name.to_owned()).collect();
        for pattern in value.iter().chain(attributes.iter().map(|a| &a.value)) {
            read_pattern(pattern, &mut message);
        }
        messages.push(message);
    }
    (messages, errors)
}

fn read_pattern(pattern: &Pattern<&str>, message: &mut MessageSource) {
    let mut previous_variable: Option<&str> = None;
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                message.text.push((*value).to_owned());
                if let Some(variable) = previous_variable
                    && let Some(word) = word_after(value)
                {
                    message.before_word.push((variable.to_owned(), word));
                }
                // `{ $count } { $count -> … }`: the noun comes from the selector after a space.
                if *value != " " {
                    previous_variable = None;
                }
            }
            PatternElement::Placeable { expression } => {
                if let (Some(variable), Expression::Select { .. }) = (previous_variable, expression) {
                    message.before_word.push((variable.to_owned(), "(selected)".to_owned()));
                }
                previous_variable = read_expression(expression, message);
            }
        }
    }
}

/// Reads an expression into `message`; gives the variable's name if it is just `{ $variable }`.
fn read_expression<'s>(expression: &Expression<&'s str>, message: &mut MessageSource) -> Option<&'s str> {
    match expression {
        Expression::Inline(inline) => read_inline(inline, message),
        Expression::Select { selector, variants } => {
            read_inline(selector, message);
            if let InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        VariantKey::Identifier { name } => (*name).to_owned(),
                        VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    })
                    .collect();
                message.selects.push((id.name.to_owned(), keys));
            }
            for variant in variants {
                read_pattern(&variant.value, message);
            }
            None
        }
    }
}

fn read_inline<'s>(inline: &InlineExpression<&'s str>, message: &mut MessageSource) -> Option<&'s str> {
    match inline {
        InlineExpression::VariableReference { id } => {
            message.variables.insert(id.name.to_owned());
            return Some(id.name);
        }
        InlineExpression::StringLiteral { value } => message.text.push((*value).to_owned()),
        InlineExpression::MessageReference { id, .. } => {
            message.references.insert(id.name.to_owned());
        }
        InlineExpression::TermReference { id, .. } => {
            message.references.insert(format!("-{}", id.name));
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                read_inline(argument, message);
            }
        }
        InlineExpression::Placeable { expression } => return read_expression(expression, message),
        InlineExpression::NumberLiteral { .. } => {}
    }
    None
}

/// The word right after a placeable: `" pieces (at least"` gives `pieces`; `", step"` or
/// `" × "` give nothing (the count does not stand before a word).
fn word_after(text: &str) -> Option<String> {
    let rest = text.strip_prefix(' ')?;
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    (!word.is_empty()).then_some(word)
}

/// The CLDR cardinal plural categories a whole number falls into in `language`, as CLDR's
/// rules (the `intl_pluralrules` crate, the data Fluent itself selects with) sort the numbers
/// 0–1000, plus `other`, which Fluent needs as the default and which fractions use. The
/// game's counts are whole numbers, so those are the categories a selector must name.
pub fn plural_categories(language: &str) -> Result<Vec<&'static str>, String> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let langid: LanguageIdentifier = language.parse().map_err(|_| format!("{language} is not a language tag"))?;
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL)
        .map_err(|e| format!("CLDR has no plural rules for {language}: {e}"))?;
    let mut found: BTreeSet<&'static str> = BTreeSet::from(["other"]);
    for n in 0..=1000u32 {
        found.insert(match rules.select(n) {
            Ok(PluralCategory::ZERO) => "zero",
            Ok(PluralCategory::ONE) => "one",
            Ok(PluralCategory::TWO) => "two",
            Ok(PluralCategory::FEW) => "few",
            Ok(PluralCategory::MANY) => "many",
            Ok(PluralCategory::OTHER) | Err(_) => "other",
        });
    }
    Ok(found.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_read_with_its_parts() {
        let (messages, errors) = read_messages(
            "slots = { $used } of { $max } { $max ->\n    [one] tile\n   *[other] tiles\n}\n\
             adj = { $gender ->\n   *[other] Brave\n}\n    .gender = other\nbad = { -brand } and { other-id }\n= broken\n",
        );
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].0, 10, "the broken line");
        let slots = &messages[0];
        assert_eq!(slots.variables, BTreeSet::from(["used".to_owned(), "max".to_owned()]));
        assert_eq!(slots.selects, [("max".to_owned(), BTreeSet::from(["one".to_owned(), "other".to_owned()]))]);
        assert_eq!(
            slots.before_word,
            [("used".to_owned(), "of".to_owned()), ("max".to_owned(), "(selected)".to_owned())]
        );
        assert_eq!(messages[1].attributes, BTreeSet::from(["gender".to_owned()]));
        assert_eq!(messages[2].references, BTreeSet::from(["-brand".to_owned(), "other-id".to_owned()]));
    }

    #[test]
    fn plural_categories_come_from_cldr() {
        assert_eq!(plural_categories("en"), Ok(vec!["one", "other"]));
        assert_eq!(plural_categories("pl"), Ok(vec!["few", "many", "one", "other"]));
        assert!(plural_categories("not a tag").is_err());
    }
}

//! A short text notation for programs, used in level files (the broken program of a
//! debugging level) and in saved attempts, so a teacher can read what a pupil built.
//!
//! ```text
//! F  forward        L  turn left       R  turn right     X  light
//! P1 P2  call a procedure
//! 3{…}  repeat 3 times                 U{…}  repeat until the goal
//! ?ahead{…}  if path ahead             ?ahead{…}{…}  if / else
//! W?ahead{…}  repeat while path ahead
//! P1(3) P2(3)  call a helper with a number   N{…}  repeat n times (in a helper)
//! =0  set the counter to 0             +1  add 1 to the counter
//! conditions: ahead left right red blue green, #3 (the counter is 3)
//! tests: ahead  !ahead (not)  left|right (or)  ahead&red (and)
//! ```
//! A whole program is stored as `{"main": "...", "p1": "...", "p2": "...", "when": "..."}`;
//! `when` starts with the event it answers, `lamp:`, `red:`, `blue:` or `green:`, then its
//! tiles (`"when": "lamp: X"`).

use super::{Block, Colour, Command, Condition, Event, Program, Routine, Test};
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// The largest repeat count the notation (and the editor) accepts.
pub const MAX_TIMES: u8 = 9;
/// The deepest nesting of containers accepted when reading.
const MAX_DEPTH: usize = 8;

/// A program's routines as notation strings, the form it is saved in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramText {
    #[serde(default)]
    pub main: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub p1: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub p2: String,
    /// The event and the `When` routine's tiles: `lamp: X`. Empty when no event is chosen.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub when: String,
}

impl From<&Program> for ProgramText {
    fn from(program: &Program) -> ProgramText {
        ProgramText {
            main: print_list(program.routine(Routine::Main)),
            p1: print_list(program.routine(Routine::P1)),
            p2: print_list(program.routine(Routine::P2)),
            when: program.event.map_or_else(String::new, |event| {
                let tiles = print_list(program.routine(Routine::When));
                if tiles.is_empty() { format!("{}:", event.word()) } else { format!("{}: {tiles}", event.word()) }
            }),
        }
    }
}

impl TryFrom<&ProgramText> for Program {
    type Error = String;
    fn try_from(text: &ProgramText) -> Result<Program, String> {
        let routine = |name: &str, text: &str| parse_list(text).map_err(|e| format!("{name}: {e}"));
        let (event, when) = match text.when.trim() {
            "" => (None, Vec::new()),
            when => {
                let (word, tiles) = when.split_once(':').ok_or("when: starts with its event, as in \"lamp: X\"")?;
                let event = Event::from_word(word.trim())
                    .ok_or_else(|| format!("when: unknown event {word:?} (lamp, red, blue or green)"))?;
                (Some(event), routine("when", tiles)?)
            }
        };
        Ok(Program {
            routines: [routine("main", &text.main)?, routine("p1", &text.p1)?, routine("p2", &text.p2)?, when],
            event,
        })
    }
}

/// Writes a list of tiles in the notation.
pub fn print_list(list: &[Block]) -> String {
    let mut out = String::new();
    for (i, block) in list.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        print_block(block, &mut out);
    }
    out
}

fn print_block(block: &Block, out: &mut String) {
    let body = |list: &[Block], out: &mut String| {
        out.push('{');
        out.push_str(&print_list(list));
        out.push('}');
    };
    match block {
        Block::Command(Command::Forward) => out.push('F'),
        Block::Command(Command::TurnLeft) => out.push('L'),
        Block::Command(Command::TurnRight) => out.push('R'),
        Block::Command(Command::Light) => out.push('X'),
        Block::Call(Routine::P2) => out.push_str("P2"),
        Block::Call(_) => out.push_str("P1"),
        Block::CallWith { routine, arg } => {
            let _ = write!(out, "{}({arg})", if *routine == Routine::P2 { "P2" } else { "P1" });
        }
        Block::SetCount(value) => {
            let _ = write!(out, "={value}");
        }
        Block::AddCount => out.push_str("+1"),
        Block::Repeat { times, body: inner } => {
            let _ = write!(out, "{times}");
            body(inner, out);
        }
        Block::RepeatN { body: inner } => {
            out.push('N');
            body(inner, out);
        }
        Block::While { condition, body: inner } => {
            out.push_str("W?");
            out.push_str(&test_words(*condition));
            body(inner, out);
        }
        Block::RepeatUntilGoal { body: inner } => {
            out.push('U');
            body(inner, out);
        }
        Block::If { condition, then } => {
            out.push('?');
            out.push_str(&test_words(*condition));
            body(then, out);
        }
        Block::IfElse { condition, then, otherwise } => {
            out.push('?');
            out.push_str(&test_words(*condition));
            body(then, out);
            body(otherwise, out);
        }
    }
}

fn condition_word(condition: Condition) -> String {
    match condition {
        Condition::PathAhead => "ahead".into(),
        Condition::PathLeft => "left".into(),
        Condition::PathRight => "right".into(),
        Condition::OnColour(Colour::Red) => "red".into(),
        Condition::OnColour(Colour::Blue) => "blue".into(),
        Condition::OnColour(Colour::Green) => "green".into(),
        Condition::CountIs(n) => format!("#{n}"),
    }
}

fn parse_condition(word: &str) -> Option<Condition> {
    if let Some(n) = word.strip_prefix('#') {
        return match n.parse::<u8>() {
            Ok(value) if value <= Condition::MAX_COUNT && value.to_string() == n => Some(Condition::CountIs(value)),
            _ => None,
        };
    }
    Condition::ALL.into_iter().find(|&c| condition_word(c) == word)
}

fn test_words(test: Test) -> String {
    match test {
        Test::Is(c) => condition_word(c),
        Test::Not(c) => format!("!{}", condition_word(c)),
        Test::And(a, b) => format!("{}&{}", condition_word(a), condition_word(b)),
        Test::Or(a, b) => format!("{}|{}", condition_word(a), condition_word(b)),
    }
}

fn parse_test(words: &str) -> Result<Test, String> {
    let one = |word: &str| parse_condition(word).ok_or_else(|| format!("unknown condition {word:?}"));
    if let Some(rest) = words.strip_prefix('!') {
        return Ok(Test::Not(one(rest)?));
    }
    if let Some((a, b)) = words.split_once('&') {
        return Ok(Test::And(one(a)?, one(b)?));
    }
    if let Some((a, b)) = words.split_once('|') {
        return Ok(Test::Or(one(a)?, one(b)?));
    }
    Ok(Test::Is(one(words)?))
}

/// Reads `P1(3)`: a helper called with a number.
fn parse_call_with(word: &str) -> Option<Result<Block, String>> {
    let (name, rest) = word.split_once('(')?;
    let routine = match name {
        "P1" => Routine::P1,
        "P2" => Routine::P2,
        _ => return None,
    };
    let number = rest.strip_suffix(')')?;
    Some(match number.parse::<u8>() {
        Ok(arg @ 1..=MAX_TIMES) => Ok(Block::CallWith { routine, arg }),
        _ => Err(format!("a helper's number must be 1–{MAX_TIMES}, not {number:?}")),
    })
}

#[derive(Debug, Clone, PartialEq)]
enum Token<'a> {
    Word(&'a str),
    Open,
    Close,
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let boundary = c.is_whitespace() || c == '{' || c == '}';
        if boundary {
            if let Some(s) = start.take() {
                out.push(Token::Word(&text[s..i]));
            }
            match c {
                '{' => out.push(Token::Open),
                '}' => out.push(Token::Close),
                _ => {}
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(Token::Word(&text[s..]));
    }
    out
}

/// Reads a list of tiles. Errors say what is wrong and where, for level authors.
pub fn parse_list(text: &str) -> Result<Vec<Block>, String> {
    let tokens = tokens(text);
    let mut at = 0;
    let list = parse_seq(&tokens, &mut at, 0)?;
    match tokens.get(at) {
        None => Ok(list),
        Some(_) => Err(format!("unexpected '}}' at token {}", at + 1)),
    }
}

fn parse_seq(tokens: &[Token], at: &mut usize, depth: usize) -> Result<Vec<Block>, String> {
    if depth > MAX_DEPTH {
        return Err(format!("containers nest deeper than {MAX_DEPTH}"));
    }
    let mut list = Vec::new();
    while let Some(token) = tokens.get(*at) {
        let Token::Word(word) = token else {
            if *token == Token::Close {
                break;
            }
            return Err(format!("'{{' without a tile before it at token {}", *at + 1));
        };
        *at += 1;
        let block = match *word {
            "F" => Block::Command(Command::Forward),
            "L" => Block::Command(Command::TurnLeft),
            "R" => Block::Command(Command::TurnRight),
            "X" => Block::Command(Command::Light),
            "P1" => Block::Call(Routine::P1),
            "P2" => Block::Call(Routine::P2),
            "U" => Block::RepeatUntilGoal { body: parse_body(tokens, at, depth)? },
            "N" => Block::RepeatN { body: parse_body(tokens, at, depth)? },
            "+1" => Block::AddCount,
            _ if word.starts_with('=') => match word[1..].parse::<u8>() {
                Ok(value) if value <= Condition::MAX_COUNT => Block::SetCount(value),
                _ => return Err(format!("a counter is set to 0–{}, not {word:?}", Condition::MAX_COUNT)),
            },
            _ if word.starts_with("W?") => {
                let condition = parse_test(&word[2..])?;
                Block::While { condition, body: parse_body(tokens, at, depth)? }
            }
            _ if word.starts_with('?') => {
                let condition = parse_test(&word[1..])?;
                let then = parse_body(tokens, at, depth)?;
                if tokens.get(*at) == Some(&Token::Open) {
                    let otherwise = parse_body(tokens, at, depth)?;
                    Block::IfElse { condition, then, otherwise }
                } else {
                    Block::If { condition, then }
                }
            }
            _ if word.contains('(') => match parse_call_with(word) {
                Some(call) => call?,
                None => return Err(format!("unknown tile {word:?}")),
            },
            _ => match word.parse::<u8>() {
                Ok(times @ 1..=MAX_TIMES) => Block::Repeat { times, body: parse_body(tokens, at, depth)? },
                Ok(times) => return Err(format!("repeat count {times} must be 1–{MAX_TIMES}")),
                Err(_) => return Err(format!("unknown tile {word:?}")),
            },
        };
        list.push(block);
    }
    Ok(list)
}

fn parse_body(tokens: &[Token], at: &mut usize, depth: usize) -> Result<Vec<Block>, String> {
    if tokens.get(*at) != Some(&Token::Open) {
        return Err(format!("expected '{{' at token {}", *at + 1));
    }
    *at += 1;
    let body = parse_seq(tokens, at, depth + 1)?;
    if tokens.get(*at) != Some(&Token::Close) {
        return Err("a '{' is never closed".to_owned());
    }
    *at += 1;
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printing_and_reading_give_back_the_same_program() {
        for text in [
            "",
            "F L R X",
            "3{F L} U{?ahead{F}{R}} P1",
            "?red{X} 2{2{F}} ?left{}{L}",
            "P2 P1",
            "W?ahead{F} W?!red{F} ?left|right{X} ?ahead&green{}{L}",
            "P1(3) P2(9) =0 +1 W?!#3{F ?right{+1}}",
        ] {
            let list = parse_list(text).expect(text);
            assert_eq!(print_list(&list), text);
        }
    }

    #[test]
    fn spacing_does_not_matter() {
        assert_eq!(parse_list(" 3 { F  L }U{F}"), parse_list("3{F L} U{F}"));
    }

    #[test]
    fn mistakes_are_explained() {
        assert!(parse_list("F Q").unwrap_err().contains("unknown tile"));
        assert!(parse_list("3{F").unwrap_err().contains("never closed"));
        assert!(parse_list("F}").unwrap_err().contains("unexpected"));
        assert!(parse_list("12{F}").unwrap_err().contains("repeat count"));
        assert!(parse_list("?up{F}").unwrap_err().contains("unknown condition"));
        assert!(parse_list("?ahead&{F}").unwrap_err().contains("unknown condition"));
        assert!(parse_list("W?#12{F}").unwrap_err().contains("unknown condition"));
        assert!(parse_list("P1(0)").unwrap_err().contains("number"));
        assert!(parse_list("P3(2)").unwrap_err().contains("unknown tile"));
        assert!(parse_list("=10").unwrap_err().contains("counter"));
        assert!(parse_list("3 F").unwrap_err().contains("expected '{'"));
        assert!(parse_list(&"1{".repeat(20)).unwrap_err().contains("nest"));
    }

    #[test]
    fn a_program_is_saved_as_three_readable_strings() {
        let program =
            Program::with_helpers(parse_list("P1 P1").expect("ok"), parse_list("F 2{L}").expect("ok"), Vec::new());
        let json = serde_json::to_string(&program).expect("serialises");
        assert_eq!(json, r#"{"main":"P1 P1","p1":"F 2{L}"}"#);
        assert_eq!(serde_json::from_str::<Program>(&json).expect("reads"), program);
        assert!(serde_json::from_str::<Program>(r#"{"main":"F Z"}"#).is_err());
        let with_number =
            Program::with_helpers(parse_list("P1(4)").expect("ok"), parse_list("N{F} R").expect("ok"), Vec::new());
        let json = serde_json::to_string(&with_number).expect("serialises");
        assert_eq!(serde_json::from_str::<Program>(&json).expect("reads"), with_number);
    }

    #[test]
    fn a_when_routine_is_saved_with_its_event() {
        let program =
            Program::main(parse_list("U{F}").expect("ok")).with_when(Event::OnLamp, parse_list("X").expect("ok"));
        let json = serde_json::to_string(&program).expect("serialises");
        assert_eq!(json, r#"{"main":"U{F}","when":"lamp: X"}"#);
        assert_eq!(serde_json::from_str::<Program>(&json).expect("reads"), program);
        let chosen_only = Program::main(Vec::new()).with_when(Event::OnColour(Colour::Blue), Vec::new());
        let json = serde_json::to_string(&chosen_only).expect("serialises");
        assert_eq!(json, r#"{"main":"","when":"blue:"}"#);
        assert_eq!(serde_json::from_str::<Program>(&json).expect("reads"), chosen_only);
        for bad in [r#"{"main":"","when":"X"}"#, r#"{"main":"","when":"purple: X"}"#, r#"{"main":"","when":"red: Q"}"#]
        {
            let error = serde_json::from_str::<Program>(bad).expect_err(bad).to_string();
            assert!(error.contains("when"), "{bad}: {error}");
        }
    }
}

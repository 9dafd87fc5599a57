//! Keyboard shortcuts: which key does which command in a robot level, and how a key press is
//! matched against them. The keys are written as `aria-keyshortcuts` writes them (WAI-ARIA 1.2:
//! modifiers `Control`, `Alt`, `Shift`, `Meta`, then one key value, joined by `+`; alternatives
//! separated by spaces), so the same text tells a screen reader which key a button has and
//! tells the game which button a key presses.
//!
//! A key is a convenience: every command is also a button that Tab and the arrow keys reach.

/// A command of the robot level that has a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    Run,
    Pause,
    Step,
    StepBack,
    Stop,
    Undo,
    Redo,
    Clear,
    Delete,
    Earlier,
    Later,
    /// A loop's times, a helper's number or the counter's value: one less.
    Less,
    /// The same, one more.
    More,
    Condition,
    Logic,
    SecondCondition,
    Event,
    Hint,
    /// The palette's tiles in order: the first is `Tile(0)`, on the key `1`.
    Tile(u8),
}

/// The most palette tiles with a key of their own (`1` to `9`).
pub const TILE_KEYS: u8 = 9;

impl Command {
    /// The keys, as `aria-keyshortcuts` takes them. `None` for a palette tile past the ninth.
    pub fn keys(self) -> Option<&'static str> {
        Some(match self {
            Command::Run => "R",
            Command::Pause => "P",
            Command::Step => "S",
            Command::StepBack => "B",
            Command::Stop => "Escape",
            Command::Undo => "Control+Z Meta+Z",
            Command::Redo => "Control+Y Control+Shift+Z Meta+Shift+Z",
            Command::Clear => "Shift+Delete",
            Command::Delete => "Delete Backspace",
            Command::Earlier => "Alt+ArrowUp",
            Command::Later => "Alt+ArrowDown",
            Command::Less => "-",
            // "+" joins keys in the attribute, so the plus key is called Plus; "=" shares
            // its key on many keyboards.
            Command::More => "Plus =",
            Command::Condition => "C",
            Command::Logic => "L",
            Command::SecondCondition => "K",
            Command::Event => "E",
            Command::Hint => "H",
            Command::Tile(index) if index < TILE_KEYS => {
                const DIGITS: [&str; TILE_KEYS as usize] = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];
                DIGITS[usize::from(index)]
            }
            Command::Tile(_) => return None,
        })
    }
}

/// A key press as the browser reports it: `key` is the KeyboardEvent's key value ("r", "R",
/// "ArrowUp", "+", "Delete").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Press<'a> {
    pub key: &'a str,
    pub control: bool,
    pub alt: bool,
    pub shift: bool,
    pub meta: bool,
}

/// Whether `press` is one of the space-separated `keys`. Letters match in either case; Shift
/// counts for named keys (Delete, ArrowUp) and letters, not for a symbol typed with it (the
/// plus sign needs Shift on some keyboards and not on others).
pub fn matches(keys: &str, press: Press) -> bool {
    if press.key.is_empty() {
        return false;
    }
    keys.split_whitespace().any(|combo| matches_one(combo, press))
}

fn matches_one(combo: &str, press: Press) -> bool {
    // The key is the last part; "Plus" stands for "+".
    let (modifiers, key) = match combo.rsplit_once('+') {
        Some((modifiers, key)) if !key.is_empty() => (modifiers, key),
        _ => ("", combo),
    };
    let key = if key.eq_ignore_ascii_case("plus") { "+" } else { key };
    let (mut control, mut alt, mut shift, mut meta) = (false, false, false, false);
    for modifier in modifiers.split('+').filter(|m| !m.is_empty()) {
        match modifier.to_ascii_lowercase().as_str() {
            "control" => control = true,
            "alt" => alt = true,
            "shift" => shift = true,
            "meta" => meta = true,
            _ => return false,
        }
    }
    let mut chars = press.key.chars();
    let symbol = matches!((chars.next(), chars.next()), (Some(c), None) if !c.is_alphanumeric());
    let shift_matters = !symbol;
    press.key.eq_ignore_ascii_case(key)
        && press.control == control
        && press.alt == alt
        && press.meta == meta
        && (!shift_matters || press.shift == shift)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Command; 18] = [
        Command::Run,
        Command::Pause,
        Command::Step,
        Command::StepBack,
        Command::Stop,
        Command::Undo,
        Command::Redo,
        Command::Clear,
        Command::Delete,
        Command::Earlier,
        Command::Later,
        Command::Less,
        Command::More,
        Command::Condition,
        Command::Logic,
        Command::SecondCondition,
        Command::Event,
        Command::Hint,
    ];

    fn key(key: &str) -> Press<'_> {
        Press { key, ..Press::default() }
    }

    fn commands() -> Vec<Command> {
        ALL.into_iter().chain((0..TILE_KEYS).map(Command::Tile)).collect()
    }

    #[test]
    fn letters_match_in_either_case_without_modifiers() {
        assert!(matches("R", key("r")));
        assert!(matches("R", key("R")));
        assert!(!matches("R", Press { control: true, ..key("r") }));
        assert!(!matches("R", Press { shift: true, ..key("R") }), "Shift+R is another key");
        assert!(!matches("R", key("")));
    }

    #[test]
    fn modifiers_must_all_be_held() {
        let undo = Command::Undo.keys().unwrap();
        assert!(matches(undo, Press { control: true, ..key("z") }));
        assert!(matches(undo, Press { meta: true, ..key("z") }));
        assert!(!matches(undo, key("z")));
        let redo = Command::Redo.keys().unwrap();
        assert!(matches(redo, Press { control: true, shift: true, ..key("Z") }));
        assert!(!matches(undo, Press { control: true, shift: true, ..key("Z") }), "Ctrl+Shift+Z is redo, not undo");
        assert!(matches("Alt+ArrowUp", Press { alt: true, ..key("ArrowUp") }));
        assert!(!matches("Alt+ArrowUp", key("ArrowUp")), "a plain arrow moves the focus");
    }

    #[test]
    fn symbols_match_whether_or_not_shift_made_them() {
        let more = Command::More.keys().unwrap();
        assert!(matches(more, key("+")), "the plus key of a German keyboard");
        assert!(matches(more, Press { shift: true, ..key("+") }), "Shift and = on a US keyboard");
        assert!(matches(more, key("=")));
        assert!(matches(Command::Less.keys().unwrap(), key("-")));
        assert!(!matches(more, Press { control: true, ..key("+") }), "Ctrl and + zooms the page");
    }

    #[test]
    fn named_keys_and_unknown_modifiers() {
        assert!(matches("Delete Backspace", key("Backspace")));
        assert!(!matches("Delete Backspace", Press { shift: true, ..key("Delete") }), "Shift+Delete clears all");
        assert!(matches("Shift+Delete", Press { shift: true, ..key("Delete") }));
        assert!(!matches("Hyper+R", key("r")));
    }

    #[test]
    fn palette_tiles_have_digits_up_to_nine() {
        assert_eq!(Command::Tile(0).keys(), Some("1"));
        assert_eq!(Command::Tile(8).keys(), Some("9"));
        assert_eq!(Command::Tile(9).keys(), None);
    }

    /// No key presses two commands: every press that one command's keys take, no other takes.
    #[test]
    fn no_key_presses_two_commands() {
        let commands = commands();
        for (i, a) in commands.iter().enumerate() {
            for combo in a.keys().unwrap().split_whitespace() {
                let (modifiers, key) = combo.rsplit_once('+').filter(|(_, k)| !k.is_empty()).unwrap_or(("", combo));
                let key = if key == "Plus" { "+" } else { key };
                let press = Press {
                    key,
                    control: modifiers.contains("Control"),
                    alt: modifiers.contains("Alt"),
                    shift: modifiers.contains("Shift"),
                    meta: modifiers.contains("Meta"),
                };
                assert!(matches(a.keys().unwrap(), press), "{a:?} takes its own {combo}");
                for b in commands.iter().skip(i + 1) {
                    assert!(!matches(b.keys().unwrap(), press), "{combo} presses both {a:?} and {b:?}");
                }
            }
        }
    }

    /// Keys a screen reader or the browser needs stay free: Tab, Enter, Space, the plain arrows
    /// (they move the focus through the controls and the board's cells), Home and End.
    #[test]
    fn navigation_keys_stay_free() {
        for name in ["Tab", "Enter", " ", "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"] {
            for command in commands() {
                assert!(!matches(command.keys().unwrap(), key(name)), "{command:?} takes {name:?}");
            }
        }
    }
}

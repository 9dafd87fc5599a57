//! The pupils' programs for the robot: the program tree (commands, loops, procedures and
//! conditionals), its text notation, the same program as Python-like code ([`code`]), the
//! board it runs on, the step-by-step interpreter with rewind, the editor's operations, the
//! debugger's rules (run, pause, step, step back, speed), and the solver that proves levels
//! solvable and computes their par.

pub mod board;
pub mod code;
pub mod debugger;
pub mod editor;
pub mod interpreter;
pub mod notation;
pub mod solver;

use serde::{Deserialize, Serialize};

pub use board::{Board, Colour, Direction, Position, Robot};
pub use debugger::Debugger;
pub use editor::{EditError, Editor, Limits};
pub use interpreter::{Execution, Outcome, STEP_BUDGET, Step};

/// One action tile: the robot does something in the world.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    /// Move one cell in the facing direction.
    Forward,
    /// Turn 90° anticlockwise on the spot.
    TurnLeft,
    /// Turn 90° clockwise on the spot.
    TurnRight,
    /// Switch on the lamp under the robot.
    Light,
}

impl Command {
    /// The Fluent id of the command's name (also the tile's accessible name).
    pub fn message_id(self) -> &'static str {
        match self {
            Command::Forward => "command-forward",
            Command::TurnLeft => "command-turn-left",
            Command::TurnRight => "command-turn-right",
            Command::Light => "command-light",
        }
    }
}

/// One question a tile can ask about the robot's surroundings, or about its counter. In level
/// files: `path_ahead`, `path_left`, `path_right`, `on_red`, `on_blue`, `on_green`, and
/// `count_is_N` (N 0–9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Condition {
    /// The cell ahead is on the board and not a wall.
    PathAhead,
    /// The cell to the robot's left is free.
    PathLeft,
    /// The cell to the robot's right is free.
    PathRight,
    /// The robot stands on a cell of this colour.
    OnColour(Colour),
    /// The robot's counter holds this number (see [`Block::SetCount`], [`Block::AddCount`]).
    CountIs(u8),
}

impl Condition {
    /// The largest number a counter condition may ask about.
    pub const MAX_COUNT: u8 = 9;

    /// Every question about the board (the counter's are [`Condition::CountIs`]).
    pub const ALL: [Condition; 6] = [
        Condition::PathAhead,
        Condition::PathLeft,
        Condition::PathRight,
        Condition::OnColour(Colour::Red),
        Condition::OnColour(Colour::Blue),
        Condition::OnColour(Colour::Green),
    ];

    /// The Fluent id of the condition, as read inside an `if` tile's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Condition::PathAhead => "condition-path-ahead",
            Condition::PathLeft => "condition-path-left",
            Condition::PathRight => "condition-path-right",
            Condition::OnColour(Colour::Red) => "condition-on-red",
            Condition::OnColour(Colour::Blue) => "condition-on-blue",
            Condition::OnColour(Colour::Green) => "condition-on-green",
            Condition::CountIs(_) => "condition-count-is",
        }
    }

    /// The condition's name as words: "path ahead", "count is 3".
    pub fn phrase(self) -> Phrase {
        match self {
            Condition::CountIs(n) => Phrase::new(self.message_id()).number("count", u32::from(n)),
            _ => Phrase::new(self.message_id()),
        }
    }
}

impl From<Condition> for String {
    fn from(condition: Condition) -> String {
        match condition {
            Condition::CountIs(n) => format!("count_is_{n}"),
            _ => condition.message_id().trim_start_matches("condition-").replace('-', "_"),
        }
    }
}

impl TryFrom<String> for Condition {
    type Error = String;
    fn try_from(name: String) -> Result<Condition, String> {
        if let Some(n) = name.strip_prefix("count_is_") {
            return match n.parse::<u8>() {
                Ok(value) if value <= Condition::MAX_COUNT && value.to_string() == n => Ok(Condition::CountIs(value)),
                _ => Err(format!("count_is_ takes a number 0–{}, not {n:?}", Condition::MAX_COUNT)),
            };
        }
        Condition::ALL
            .into_iter()
            .find(|&c| String::from(c) == name)
            .ok_or_else(|| format!("unknown condition {name:?}"))
    }
}

/// How a test joins its questions: `not` one, `and`/`or` two. A level offers some of them in
/// its `logic` list; in level files `not`, `and`, `or`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Logic {
    Not,
    And,
    Or,
}

/// What an `if` or `repeat while` tile asks: one question, the opposite of one ("not path
/// ahead"), or two joined ("path left or path right"). One level of logic only: a pupil of
/// 10–14 reads it aloud as a sentence, with no brackets to place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Test {
    Is(Condition),
    Not(Condition),
    And(Condition, Condition),
    Or(Condition, Condition),
}

impl Test {
    /// The first question asked.
    pub fn first(self) -> Condition {
        match self {
            Test::Is(c) | Test::Not(c) | Test::And(c, _) | Test::Or(c, _) => c,
        }
    }

    /// The second question, for `and`/`or`.
    pub fn second(self) -> Option<Condition> {
        match self {
            Test::And(_, c) | Test::Or(_, c) => Some(c),
            _ => None,
        }
    }

    /// The logic word, if any.
    pub fn logic(self) -> Option<Logic> {
        match self {
            Test::Is(_) => None,
            Test::Not(_) => Some(Logic::Not),
            Test::And(..) => Some(Logic::And),
            Test::Or(..) => Some(Logic::Or),
        }
    }

    /// The same test with another first question.
    pub fn with_first(self, first: Condition) -> Test {
        match self {
            Test::Is(_) => Test::Is(first),
            Test::Not(_) => Test::Not(first),
            Test::And(_, b) => Test::And(first, b),
            Test::Or(_, b) => Test::Or(first, b),
        }
    }

    /// The same test with another second question (a plain or `not` test is unchanged).
    pub fn with_second(self, second: Condition) -> Test {
        match self {
            Test::And(a, _) => Test::And(a, second),
            Test::Or(a, _) => Test::Or(a, second),
            other => other,
        }
    }

    /// The test with this logic word (`None`: the plain question). A second question, when
    /// one is needed, is `second`.
    pub fn with_logic(self, logic: Option<Logic>, second: Condition) -> Test {
        let a = self.first();
        let b = self.second().unwrap_or(second);
        match logic {
            None => Test::Is(a),
            Some(Logic::Not) => Test::Not(a),
            Some(Logic::And) => Test::And(a, b),
            Some(Logic::Or) => Test::Or(a, b),
        }
    }

    /// Whether the test holds, given the answer to each question.
    pub fn holds(self, answer: impl Fn(Condition) -> bool) -> bool {
        match self {
            Test::Is(c) => answer(c),
            Test::Not(c) => !answer(c),
            Test::And(a, b) => answer(a) && answer(b),
            Test::Or(a, b) => answer(a) || answer(b),
        }
    }

    /// The test as words: "path ahead", "not on red", "path left or path right".
    pub fn phrase(self) -> Phrase {
        match self {
            Test::Is(c) => c.phrase(),
            Test::Not(c) => Phrase::new("test-not").phrase("condition", c.phrase()),
            Test::And(a, b) => Phrase::new("test-and").phrase("first", a.phrase()).phrase("second", b.phrase()),
            Test::Or(a, b) => Phrase::new("test-or").phrase("first", a.phrase()).phrase("second", b.phrase()),
        }
    }
}

/// Words to show for a tile or a test: a Fluent message and its arguments, each a number or
/// another phrase. The game and the teacher's page both name tiles with it, so a tile has one
/// name everywhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub id: &'static str,
    pub args: Vec<(&'static str, PhraseArg)>,
}

/// An argument of a [`Phrase`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhraseArg {
    Number(u32),
    Phrase(Phrase),
}

impl Phrase {
    pub fn new(id: &'static str) -> Phrase {
        Phrase { id, args: Vec::new() }
    }

    pub fn number(mut self, name: &'static str, value: u32) -> Phrase {
        self.args.push((name, PhraseArg::Number(value)));
        self
    }

    pub fn phrase(mut self, name: &'static str, value: Phrase) -> Phrase {
        self.args.push((name, PhraseArg::Phrase(value)));
        self
    }

    /// Every Fluent id this phrase uses, itself first.
    pub fn ids(&self) -> Vec<&'static str> {
        let mut out = vec![self.id];
        for (_, arg) in &self.args {
            if let PhraseArg::Phrase(inner) = arg {
                out.extend(inner.ids());
            }
        }
        out
    }
}

/// Something that happens to the robot, which a `When` routine answers: it steps onto a
/// coloured square, or onto a lamp. In level files `on_red`, `on_blue`, `on_green`,
/// `on_lamp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Event {
    /// A `Forward` took the robot onto a square of this colour.
    OnColour(Colour),
    /// A `Forward` took the robot onto a lamp's square (lit or not).
    OnLamp,
}

impl Event {
    /// Every event, in the order a level usually lists them.
    pub const ALL: [Event; 4] =
        [Event::OnLamp, Event::OnColour(Colour::Red), Event::OnColour(Colour::Blue), Event::OnColour(Colour::Green)];

    /// The Fluent id of the event's name, which is also the `When` routine's name: "When the
    /// robot steps on a lamp".
    pub fn message_id(self) -> &'static str {
        match self {
            Event::OnColour(Colour::Red) => "event-on-red",
            Event::OnColour(Colour::Blue) => "event-on-blue",
            Event::OnColour(Colour::Green) => "event-on-green",
            Event::OnLamp => "event-on-lamp",
        }
    }

    /// The word for the event in the program notation: `lamp`, `red`, `blue`, `green`.
    pub fn word(self) -> &'static str {
        match self {
            Event::OnColour(Colour::Red) => "red",
            Event::OnColour(Colour::Blue) => "blue",
            Event::OnColour(Colour::Green) => "green",
            Event::OnLamp => "lamp",
        }
    }

    /// The event a notation word names.
    pub fn from_word(word: &str) -> Option<Event> {
        Event::ALL.into_iter().find(|e| e.word() == word)
    }

    /// Whether a robot that has just stepped onto `robot`'s square sets the event off.
    pub fn happens(self, board: &Board, robot: Robot) -> bool {
        match self {
            Event::OnColour(colour) => board.check(robot, Condition::OnColour(colour)),
            Event::OnLamp => board.lamps().contains(&robot.position),
        }
    }
}

impl From<Event> for String {
    fn from(event: Event) -> String {
        format!("on_{}", event.word())
    }
}

impl TryFrom<String> for Event {
    type Error = String;
    fn try_from(name: String) -> Result<Event, String> {
        name.strip_prefix("on_").and_then(Event::from_word).ok_or_else(|| format!("unknown event {name:?}"))
    }
}

/// The four routines of a program: the main one, two procedures ("helpers") that the main
/// routine and each other can call, Lightbot-style, and `When`, which nothing calls: it runs
/// each time the program's [`Event`] happens, then the robot carries on where it was
/// (Scratch's "when …" hats, Pygame Zero's `on_…` functions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Routine {
    Main,
    P1,
    P2,
    When,
}

impl Routine {
    /// All routines, main first.
    pub const ALL: [Routine; 4] = [Routine::Main, Routine::P1, Routine::P2, Routine::When];

    /// Whether the routine is a helper (called by a tile, may be given a number).
    pub fn is_helper(self) -> bool {
        matches!(self, Routine::P1 | Routine::P2)
    }

    /// Position in [`Program::routines`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The Fluent id of the routine's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Routine::Main => "routine-main",
            Routine::P1 => "routine-p1",
            Routine::P2 => "routine-p2",
            Routine::When => "routine-when",
        }
    }
}

/// A tile in a program. Containers (repeat, repeat until, repeat while, if) hold bodies of
/// more tiles.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Block {
    /// An action.
    Command(Command),
    /// Run a procedure, then carry on after this tile.
    Call(Routine),
    /// Run a procedure with a number (its `n`), then carry on after this tile.
    CallWith { routine: Routine, arg: u8 },
    /// Run the body `times` times.
    Repeat { times: u8, body: Vec<Block> },
    /// Run the body as many times as the number the helper was called with (`n`). Only in a
    /// helper.
    RepeatN { body: Vec<Block> },
    /// Run the body again and again until the level is solved.
    RepeatUntilGoal { body: Vec<Block> },
    /// Run the body again and again while the test holds (asked before each round).
    While { condition: Test, body: Vec<Block> },
    /// Run the body only if the test holds.
    If { condition: Test, then: Vec<Block> },
    /// Run `then` if the test holds, otherwise `otherwise`.
    IfElse { condition: Test, then: Vec<Block>, otherwise: Vec<Block> },
    /// Set the robot's counter to a number.
    SetCount(u8),
    /// Add one to the robot's counter (it stops at 255 rather than wrap; no level counts so far).
    AddCount,
}

impl Block {
    /// The bodies this tile holds (none for simple tiles, two for if/else).
    pub fn bodies(&self) -> Vec<&Vec<Block>> {
        match self {
            Block::Command(_) | Block::Call(_) | Block::CallWith { .. } | Block::SetCount(_) | Block::AddCount => {
                Vec::new()
            }
            Block::Repeat { body, .. }
            | Block::RepeatN { body }
            | Block::RepeatUntilGoal { body }
            | Block::While { body, .. } => vec![body],
            Block::If { then, .. } => vec![then],
            Block::IfElse { then, otherwise, .. } => vec![then, otherwise],
        }
    }

    /// The bodies, mutable.
    pub fn bodies_mut(&mut self) -> Vec<&mut Vec<Block>> {
        match self {
            Block::Command(_) | Block::Call(_) | Block::CallWith { .. } | Block::SetCount(_) | Block::AddCount => {
                Vec::new()
            }
            Block::Repeat { body, .. }
            | Block::RepeatN { body }
            | Block::RepeatUntilGoal { body }
            | Block::While { body, .. } => vec![body],
            Block::If { then, .. } => vec![then],
            Block::IfElse { then, otherwise, .. } => vec![then, otherwise],
        }
    }

    /// The test a tile asks, if it asks one.
    pub fn test(&self) -> Option<Test> {
        match self {
            Block::If { condition, .. } | Block::IfElse { condition, .. } | Block::While { condition, .. } => {
                Some(*condition)
            }
            _ => None,
        }
    }

    /// The test, mutable.
    pub fn test_mut(&mut self) -> Option<&mut Test> {
        match self {
            Block::If { condition, .. } | Block::IfElse { condition, .. } | Block::While { condition, .. } => {
                Some(condition)
            }
            _ => None,
        }
    }

    /// The number a pupil sets on this tile with Fewer / More: a repeat's count, the number a
    /// helper is called with, the number a counter is set to.
    pub fn number(&self) -> Option<u8> {
        match self {
            Block::Repeat { times, .. } => Some(*times),
            Block::CallWith { arg, .. } => Some(*arg),
            Block::SetCount(value) => Some(*value),
            _ => None,
        }
    }

    /// How many tiles this block is, counting itself and everything inside it.
    pub fn size(&self) -> usize {
        1 + self.bodies().iter().map(|body| list_size(body)).sum::<usize>()
    }

    /// How deeply containers nest inside this block (a simple tile is 0, a loop of simple
    /// tiles 1).
    pub fn depth(&self) -> usize {
        self.bodies()
            .iter()
            .flat_map(|b| b.iter())
            .map(|b| b.depth() + 1)
            .max()
            .unwrap_or(usize::from(self.is_container()))
    }

    /// Whether the tile holds a body.
    pub fn is_container(&self) -> bool {
        !self.bodies().is_empty()
    }

    /// Whether this block, or one inside it, is a tile that only works in a helper (and so
    /// not in Main nor in When).
    pub fn needs_helper(&self) -> bool {
        matches!(self, Block::RepeatN { .. }) || self.bodies().iter().any(|b| b.iter().any(Block::needs_helper))
    }

    /// The palette tile this block is made from.
    pub fn tile(&self) -> Tile {
        match self {
            Block::Command(Command::Forward) => Tile::Forward,
            Block::Command(Command::TurnLeft) => Tile::TurnLeft,
            Block::Command(Command::TurnRight) => Tile::TurnRight,
            Block::Command(Command::Light) => Tile::Light,
            Block::Call(Routine::P2) => Tile::CallP2,
            Block::Call(_) => Tile::CallP1,
            Block::CallWith { routine: Routine::P2, .. } => Tile::CallP2With,
            Block::CallWith { .. } => Tile::CallP1With,
            Block::Repeat { .. } => Tile::Repeat,
            Block::RepeatN { .. } => Tile::RepeatN,
            Block::RepeatUntilGoal { .. } => Tile::RepeatUntilGoal,
            Block::While { .. } => Tile::RepeatWhile,
            Block::If { .. } => Tile::If,
            Block::IfElse { .. } => Tile::IfElse,
            Block::SetCount(_) => Tile::SetCount,
            Block::AddCount => Tile::AddCount,
        }
    }

    /// What the tile says about itself: "Repeat 3 times", "If not path ahead", "Helper 1
    /// with 4", "Set count to 0". Also the tile's accessible name.
    pub fn phrase(&self) -> Phrase {
        match self {
            Block::Command(command) => Phrase::new(command.message_id()),
            Block::Call(_) => Phrase::new(self.tile().message_id()),
            Block::CallWith { routine, arg } => Phrase::new("tile-call-with")
                .phrase("routine", Phrase::new(routine.message_id()))
                .number("number", u32::from(*arg)),
            Block::Repeat { times, .. } => Phrase::new("tile-repeat-times").number("times", u32::from(*times)),
            Block::RepeatN { .. } => Phrase::new(Tile::RepeatN.message_id()),
            Block::RepeatUntilGoal { .. } => Phrase::new(Tile::RepeatUntilGoal.message_id()),
            Block::While { condition, .. } => {
                Phrase::new("tile-repeat-while-condition").phrase("condition", condition.phrase())
            }
            Block::If { condition, .. } => Phrase::new("tile-if-condition").phrase("condition", condition.phrase()),
            Block::IfElse { condition, .. } => {
                Phrase::new("tile-if-else-condition").phrase("condition", condition.phrase())
            }
            Block::SetCount(value) => Phrase::new("tile-set-count-to").number("number", u32::from(*value)),
            Block::AddCount => Phrase::new(Tile::AddCount.message_id()),
        }
    }
}

/// Tiles in a list, counting nested ones.
pub fn list_size(list: &[Block]) -> usize {
    list.iter().map(Block::size).sum()
}

/// The kinds of tile a level can offer in its palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tile {
    Forward,
    TurnLeft,
    TurnRight,
    Light,
    Repeat,
    RepeatUntilGoal,
    If,
    IfElse,
    CallP1,
    CallP2,
    RepeatWhile,
    CallP1With,
    CallP2With,
    RepeatN,
    SetCount,
    AddCount,
}

impl Tile {
    /// Every kind of tile, in palette order.
    pub const ALL: [Tile; 16] = [
        Tile::Forward,
        Tile::TurnLeft,
        Tile::TurnRight,
        Tile::Light,
        Tile::Repeat,
        Tile::RepeatUntilGoal,
        Tile::RepeatWhile,
        Tile::If,
        Tile::IfElse,
        Tile::CallP1,
        Tile::CallP2,
        Tile::CallP1With,
        Tile::CallP2With,
        Tile::RepeatN,
        Tile::SetCount,
        Tile::AddCount,
    ];

    /// The Fluent id of the palette tile's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Tile::Forward => Command::Forward.message_id(),
            Tile::TurnLeft => Command::TurnLeft.message_id(),
            Tile::TurnRight => Command::TurnRight.message_id(),
            Tile::Light => Command::Light.message_id(),
            Tile::Repeat => "tile-repeat",
            Tile::RepeatUntilGoal => "tile-repeat-until-goal",
            Tile::RepeatWhile => "tile-repeat-while",
            Tile::If => "tile-if",
            Tile::IfElse => "tile-if-else",
            Tile::CallP1 => "tile-call-p1",
            Tile::CallP2 => "tile-call-p2",
            Tile::CallP1With => "tile-call-p1-with",
            Tile::CallP2With => "tile-call-p2-with",
            Tile::RepeatN => "tile-repeat-n",
            Tile::SetCount => "tile-set-count",
            Tile::AddCount => "tile-add-count",
        }
    }

    /// Whether blocks of this tile hold a body.
    pub fn is_container(self) -> bool {
        matches!(
            self,
            Tile::Repeat | Tile::RepeatUntilGoal | Tile::RepeatWhile | Tile::If | Tile::IfElse | Tile::RepeatN
        )
    }

    /// Whether blocks of this tile ask a test (and so the level lists conditions).
    pub fn asks(self) -> bool {
        matches!(self, Tile::If | Tile::IfElse | Tile::RepeatWhile)
    }

    /// A fresh block of this tile, as it is dropped into a program: loops and helper calls
    /// start at 2, a counter is set to 0, a test asks `test`.
    pub fn new_block(self, test: Test) -> Block {
        match self {
            Tile::Forward => Block::Command(Command::Forward),
            Tile::TurnLeft => Block::Command(Command::TurnLeft),
            Tile::TurnRight => Block::Command(Command::TurnRight),
            Tile::Light => Block::Command(Command::Light),
            Tile::Repeat => Block::Repeat { times: 2, body: Vec::new() },
            Tile::RepeatUntilGoal => Block::RepeatUntilGoal { body: Vec::new() },
            Tile::RepeatWhile => Block::While { condition: test, body: Vec::new() },
            Tile::If => Block::If { condition: test, then: Vec::new() },
            Tile::IfElse => Block::IfElse { condition: test, then: Vec::new(), otherwise: Vec::new() },
            Tile::CallP1 => Block::Call(Routine::P1),
            Tile::CallP2 => Block::Call(Routine::P2),
            Tile::CallP1With => Block::CallWith { routine: Routine::P1, arg: 2 },
            Tile::CallP2With => Block::CallWith { routine: Routine::P2, arg: 2 },
            Tile::RepeatN => Block::RepeatN { body: Vec::new() },
            Tile::SetCount => Block::SetCount(0),
            Tile::AddCount => Block::AddCount,
        }
    }
}

/// A list of tiles inside a program: a routine itself, or a body of a container in it.
/// `nest` walks down from the routine: each step is (index of a container, which body).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BodyPath {
    pub routine: Routine,
    pub nest: Vec<(usize, u8)>,
}

impl BodyPath {
    /// The top level of a routine.
    pub fn routine(routine: Routine) -> BodyPath {
        BodyPath { routine, nest: Vec::new() }
    }

    /// The place `index` in this list (a tile, or the gap before it).
    pub fn at(&self, index: usize) -> TilePath {
        TilePath { body: self.clone(), index }
    }

    /// Body `which` of the container at `index` in this list.
    pub fn child(&self, index: usize, which: u8) -> BodyPath {
        let mut nest = self.nest.clone();
        nest.push((index, which));
        BodyPath { routine: self.routine, nest }
    }

    /// The container tile that holds this body, if it is not a routine's top level.
    pub fn container(&self) -> Option<TilePath> {
        let (&(index, _), outer) = self.nest.split_last()?;
        Some(TilePath { body: BodyPath { routine: self.routine, nest: outer.to_vec() }, index })
    }
}

/// A tile's place in a program (or, for an insertion point, the gap before `index`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TilePath {
    pub body: BodyPath,
    pub index: usize,
}

impl TilePath {
    /// Whether `self` is `other` or lies inside it.
    pub fn is_within(&self, other: &TilePath) -> bool {
        if self.body.routine != other.body.routine {
            return false;
        }
        if self.body == other.body {
            return self.index == other.index;
        }
        let depth = other.body.nest.len();
        self.body.nest.len() > depth
            && self.body.nest[..depth] == other.body.nest[..]
            && self.body.nest[depth].0 == other.index
    }

    /// Whether this place is inside the body `body` (at any depth), or in it.
    pub fn is_inside(&self, body: &BodyPath) -> bool {
        self.body.routine == body.routine
            && self.body.nest.len() >= body.nest.len()
            && self.body.nest[..body.nest.len()] == body.nest[..]
    }
}

/// A whole program: the main routine, the two procedures and the `When` routine (empty when
/// unused), and the event `When` answers (`None` in a level without events). Stored and
/// exported in the text notation of [`notation`], which a teacher can read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Program {
    pub routines: [Vec<Block>; 4],
    pub event: Option<Event>,
}

impl Program {
    /// A program of only a main routine.
    pub fn main(main: Vec<Block>) -> Program {
        Program { routines: [main, Vec::new(), Vec::new(), Vec::new()], event: None }
    }

    /// A program of a main routine and two helpers.
    pub fn with_helpers(main: Vec<Block>, p1: Vec<Block>, p2: Vec<Block>) -> Program {
        Program { routines: [main, p1, p2, Vec::new()], event: None }
    }

    /// The same program with a `When` routine answering `event`.
    pub fn with_when(mut self, event: Event, when: Vec<Block>) -> Program {
        self.routines[Routine::When.index()] = when;
        self.event = Some(event);
        self
    }

    /// A routine's top-level tiles.
    pub fn routine(&self, routine: Routine) -> &Vec<Block> {
        &self.routines[routine.index()]
    }

    /// Tiles in the whole program: every command, loop, call and condition counts one.
    pub fn size(&self) -> usize {
        self.routines.iter().map(|r| list_size(r)).sum()
    }

    /// Whether no routine holds a tile.
    pub fn is_empty(&self) -> bool {
        self.routines.iter().all(Vec::is_empty)
    }

    /// Every kind of tile the program holds, at any depth, each once.
    pub fn tiles(&self) -> Vec<Tile> {
        fn collect(list: &[Block], found: &mut Vec<Tile>) {
            for block in list {
                if !found.contains(&block.tile()) {
                    found.push(block.tile());
                }
                for body in block.bodies() {
                    collect(body, found);
                }
            }
        }
        let mut found = Vec::new();
        for routine in &self.routines {
            collect(routine, &mut found);
        }
        found
    }

    /// The list at `path`, if it exists.
    pub fn body(&self, path: &BodyPath) -> Option<&Vec<Block>> {
        let mut list = &self.routines[path.routine.index()];
        for &(index, which) in &path.nest {
            list = list.get(index)?.bodies().into_iter().nth(usize::from(which))?;
        }
        Some(list)
    }

    /// The list at `path`, mutable.
    pub fn body_mut(&mut self, path: &BodyPath) -> Option<&mut Vec<Block>> {
        let mut list = &mut self.routines[path.routine.index()];
        for &(index, which) in &path.nest {
            list = list.get_mut(index)?.bodies_mut().into_iter().nth(usize::from(which))?;
        }
        Some(list)
    }

    /// The tile at `path`.
    pub fn block(&self, path: &TilePath) -> Option<&Block> {
        self.body(&path.body)?.get(path.index)
    }

    /// The tile at `path`, mutable.
    pub fn block_mut(&mut self, path: &TilePath) -> Option<&mut Block> {
        self.body_mut(&path.body)?.get_mut(path.index)
    }

    /// Every tile's path, in reading order (a container before its bodies).
    pub fn tile_paths(&self) -> Vec<TilePath> {
        fn walk(list: &[Block], body: &BodyPath, out: &mut Vec<TilePath>) {
            for (index, block) in list.iter().enumerate() {
                out.push(body.at(index));
                for (which, inner) in block.bodies().into_iter().enumerate() {
                    walk(inner, &body.child(index, which as u8), out);
                }
            }
        }
        let mut out = Vec::new();
        for routine in Routine::ALL {
            walk(self.routine(routine), &BodyPath::routine(routine), &mut out);
        }
        out
    }

    /// Every place a tile can be inserted, in reading order: each gap in each list, a
    /// container's bodies between the container and the tile after it.
    pub fn insertion_points(&self, routines: &[Routine]) -> Vec<TilePath> {
        fn walk(list: &[Block], body: &BodyPath, out: &mut Vec<TilePath>) {
            for (index, block) in list.iter().enumerate() {
                out.push(body.at(index));
                for (which, inner) in block.bodies().into_iter().enumerate() {
                    walk(inner, &body.child(index, which as u8), out);
                }
            }
            out.push(body.at(list.len()));
        }
        let mut out = Vec::new();
        for &routine in routines {
            walk(self.routine(routine), &BodyPath::routine(routine), &mut out);
        }
        out
    }
}

impl Serialize for Program {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        notation::ProgramText::from(self).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Program {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Program, D::Error> {
        let text = notation::ProgramText::deserialize(deserializer)?;
        Program::try_from(&text).map_err(serde::de::Error::custom)
    }
}

/// Stars for a working program of `cost` (tiles, or edits in a debugging level) on a level
/// whose proven best is `par`: 3 at par (or better), 2 within par + 2, otherwise 1.
pub fn stars_for_solution(cost: usize, par: usize) -> u8 {
    if cost <= par {
        3
    } else if cost <= par + 2 {
        2
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::program::notation::parse_list;

    #[test]
    fn three_stars_only_at_par() {
        assert_eq!(stars_for_solution(4, 4), 3);
        assert_eq!(stars_for_solution(3, 4), 3);
        assert_eq!(stars_for_solution(5, 4), 2);
        assert_eq!(stars_for_solution(6, 4), 2);
        assert_eq!(stars_for_solution(7, 4), 1);
    }

    #[test]
    fn a_program_names_each_kind_of_tile_it_holds_once_however_deep() {
        let main = parse_list("F 3{F ?ahead{F}{L}} P1").expect("valid");
        let tiles = Program::with_helpers(main, parse_list("R F").expect("valid"), Vec::new()).tiles();
        assert_eq!(
            tiles,
            vec![Tile::Forward, Tile::Repeat, Tile::IfElse, Tile::TurnLeft, Tile::CallP1, Tile::TurnRight]
        );
    }

    #[test]
    fn every_tile_counts_one_including_containers_and_calls() {
        let main = parse_list("F 3{F ?ahead{F}{L}} P1").expect("valid");
        assert_eq!(list_size(&main), 7);
        assert_eq!(main[1].depth(), 2);
        assert_eq!(main[0].depth(), 0);
    }

    #[test]
    fn paths_reach_nested_tiles_and_know_what_contains_what() {
        let program = Program::main(parse_list("F 3{L ?ahead{F}{R}}").expect("valid"));
        let repeat = BodyPath::routine(Routine::Main).at(1);
        let inner_body = BodyPath::routine(Routine::Main).child(1, 0).child(1, 1);
        assert_eq!(program.block(&inner_body.at(0)), Some(&Block::Command(Command::TurnRight)));
        assert!(inner_body.at(0).is_within(&repeat));
        assert!(!BodyPath::routine(Routine::Main).at(0).is_within(&repeat));
        assert_eq!(inner_body.container(), Some(BodyPath::routine(Routine::Main).child(1, 0).at(1)));
        assert_eq!(program.tile_paths().len(), 6);
        // Gaps: 3 in main, 3 in the loop body, 2 in `then`, 2 in `else`.
        assert_eq!(program.insertion_points(&[Routine::Main]).len(), 10);
    }
}

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

/// What an `if` tile asks about the robot's surroundings. In level files: `path_ahead`,
/// `path_left`, `path_right`, `on_red`, `on_blue`, `on_green`.
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
}

impl Condition {
    /// Every condition, in the order the editor cycles through them.
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
        }
    }
}

impl From<Condition> for String {
    fn from(condition: Condition) -> String {
        condition.message_id().trim_start_matches("condition-").replace('-', "_")
    }
}

impl TryFrom<String> for Condition {
    type Error = String;
    fn try_from(name: String) -> Result<Condition, String> {
        Condition::ALL
            .into_iter()
            .find(|&c| String::from(c) == name)
            .ok_or_else(|| format!("unknown condition {name:?}"))
    }
}

/// The three routines of a program: the main one and two procedures ("helpers") that the
/// main routine and each other can call, Lightbot-style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Routine {
    Main,
    P1,
    P2,
}

impl Routine {
    /// All routines, main first.
    pub const ALL: [Routine; 3] = [Routine::Main, Routine::P1, Routine::P2];

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
        }
    }
}

/// A tile in a program. Containers (repeat, repeat until, if) hold bodies of more tiles.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Block {
    /// An action.
    Command(Command),
    /// Run a procedure, then carry on after this tile.
    Call(Routine),
    /// Run the body `times` times.
    Repeat { times: u8, body: Vec<Block> },
    /// Run the body again and again until the level is solved.
    RepeatUntilGoal { body: Vec<Block> },
    /// Run the body only if the condition holds.
    If { condition: Condition, then: Vec<Block> },
    /// Run `then` if the condition holds, otherwise `otherwise`.
    IfElse { condition: Condition, then: Vec<Block>, otherwise: Vec<Block> },
}

impl Block {
    /// The bodies this tile holds (none for simple tiles, two for if/else).
    pub fn bodies(&self) -> Vec<&Vec<Block>> {
        match self {
            Block::Command(_) | Block::Call(_) => Vec::new(),
            Block::Repeat { body, .. } | Block::RepeatUntilGoal { body } => vec![body],
            Block::If { then, .. } => vec![then],
            Block::IfElse { then, otherwise, .. } => vec![then, otherwise],
        }
    }

    /// The bodies, mutable.
    pub fn bodies_mut(&mut self) -> Vec<&mut Vec<Block>> {
        match self {
            Block::Command(_) | Block::Call(_) => Vec::new(),
            Block::Repeat { body, .. } | Block::RepeatUntilGoal { body } => vec![body],
            Block::If { then, .. } => vec![then],
            Block::IfElse { then, otherwise, .. } => vec![then, otherwise],
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

    /// The palette tile this block is made from.
    pub fn tile(&self) -> Tile {
        match self {
            Block::Command(Command::Forward) => Tile::Forward,
            Block::Command(Command::TurnLeft) => Tile::TurnLeft,
            Block::Command(Command::TurnRight) => Tile::TurnRight,
            Block::Command(Command::Light) => Tile::Light,
            Block::Call(Routine::P2) => Tile::CallP2,
            Block::Call(_) => Tile::CallP1,
            Block::Repeat { .. } => Tile::Repeat,
            Block::RepeatUntilGoal { .. } => Tile::RepeatUntilGoal,
            Block::If { .. } => Tile::If,
            Block::IfElse { .. } => Tile::IfElse,
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
}

impl Tile {
    /// Every kind of tile, in palette order.
    pub const ALL: [Tile; 10] = [
        Tile::Forward,
        Tile::TurnLeft,
        Tile::TurnRight,
        Tile::Light,
        Tile::Repeat,
        Tile::RepeatUntilGoal,
        Tile::If,
        Tile::IfElse,
        Tile::CallP1,
        Tile::CallP2,
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
            Tile::If => "tile-if",
            Tile::IfElse => "tile-if-else",
            Tile::CallP1 => "tile-call-p1",
            Tile::CallP2 => "tile-call-p2",
        }
    }

    /// A fresh block of this tile, as it is dropped into a program: loops start at 2 rounds,
    /// `if` asks about the first condition the level offers.
    pub fn new_block(self, condition: Condition) -> Block {
        match self {
            Tile::Forward => Block::Command(Command::Forward),
            Tile::TurnLeft => Block::Command(Command::TurnLeft),
            Tile::TurnRight => Block::Command(Command::TurnRight),
            Tile::Light => Block::Command(Command::Light),
            Tile::Repeat => Block::Repeat { times: 2, body: Vec::new() },
            Tile::RepeatUntilGoal => Block::RepeatUntilGoal { body: Vec::new() },
            Tile::If => Block::If { condition, then: Vec::new() },
            Tile::IfElse => Block::IfElse { condition, then: Vec::new(), otherwise: Vec::new() },
            Tile::CallP1 => Block::Call(Routine::P1),
            Tile::CallP2 => Block::Call(Routine::P2),
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

/// A whole program: the main routine and the two procedures (empty when unused). Stored and
/// exported in the text notation of [`notation`], which a teacher can read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Program {
    pub routines: [Vec<Block>; 3],
}

impl Program {
    /// A program of only a main routine.
    pub fn main(main: Vec<Block>) -> Program {
        Program { routines: [main, Vec::new(), Vec::new()] }
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

//! The board a program runs on: walls, coloured floor, lamps to light and a goal, and what
//! one command does to the robot there.

use super::{Command, Condition, Outcome};
use serde::{Deserialize, Serialize};

/// A cell on the board: column `x` from the left, row `y` from the top.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Position {
    pub x: i32,
    pub y: i32,
}

impl Position {
    fn step(self, facing: Direction) -> Position {
        let (dx, dy) = facing.delta();
        Position { x: self.x + dx, y: self.y + dy }
    }
}

/// Where the robot faces. North is up the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    North,
    East,
    South,
    West,
}

impl Direction {
    /// Every direction, clockwise from north.
    pub const ALL: [Direction; 4] = [Direction::North, Direction::East, Direction::South, Direction::West];

    /// Turned 90° anticlockwise.
    pub fn left(self) -> Direction {
        match self {
            Direction::North => Direction::West,
            Direction::West => Direction::South,
            Direction::South => Direction::East,
            Direction::East => Direction::North,
        }
    }

    /// Turned 90° clockwise.
    pub fn right(self) -> Direction {
        self.left().left().left()
    }

    /// The step one cell ahead, as `(dx, dy)`.
    pub fn delta(self) -> (i32, i32) {
        match self {
            Direction::North => (0, -1),
            Direction::East => (1, 0),
            Direction::South => (0, 1),
            Direction::West => (-1, 0),
        }
    }

    /// The Fluent id of the direction's name (used inside the board's description).
    pub fn message_id(self) -> &'static str {
        match self {
            Direction::North => "direction-north",
            Direction::East => "direction-east",
            Direction::South => "direction-south",
            Direction::West => "direction-west",
        }
    }

    /// Clockwise angle from north in quarter turns (0..4), for drawing.
    pub fn quarter_turns(self) -> u8 {
        match self {
            Direction::North => 0,
            Direction::East => 1,
            Direction::South => 2,
            Direction::West => 3,
        }
    }
}

/// A floor colour that `if` tiles can ask about. Drawn with a pattern as well as a colour,
/// so pupils who do not tell red from green can still play.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Colour {
    Red,
    Blue,
    Green,
}

impl Colour {
    /// Every floor colour.
    pub const ALL: [Colour; 3] = [Colour::Red, Colour::Blue, Colour::Green];

    /// The Fluent id of the colour's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Colour::Red => "colour-red",
            Colour::Blue => "colour-blue",
            Colour::Green => "colour-green",
        }
    }
}

/// The robot's state: where it stands and where it faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Robot {
    pub position: Position,
    pub facing: Direction,
}

/// What is on one cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Wall,
    Floor,
    Coloured(Colour),
    /// A lamp to light; the number is its bit in the lit-lamps mask.
    Lamp(u8),
}

/// What a cell is made of, as read to a screen reader (a lamp says whether it is lit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ground {
    Wall,
    Floor,
    Coloured(Colour),
    Lamp { lit: bool },
}

/// Everything on one cell, as read to a screen reader ([`Board::read_cell`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CellReading {
    pub ground: Ground,
    /// The flag the robot must reach is here.
    pub flag: bool,
    /// The robot stands here, facing this way.
    pub robot: Option<Direction>,
}

/// The most lamps a board may have (they are tracked as bits of a `u32`).
pub const MAX_LAMPS: usize = 16;

/// A level's board, checked and ready to run programs on.
#[derive(Debug, Clone, PartialEq)]
pub struct Board {
    width: i32,
    height: i32,
    cells: Vec<Cell>,
    lamps: Vec<Position>,
    /// Where the robot starts.
    pub start: Robot,
    /// The cell the robot must reach, if the level has one. A level with lamps and no goal
    /// is solved when every lamp is lit.
    pub goal: Option<Position>,
}

impl Board {
    /// Builds a board from rows of cells: `#` wall, `.` floor, `S` start, `G` goal, `L` lamp,
    /// and `r`, `b`, `g` for red, blue and green floor.
    pub fn parse(rows: &[String], start_facing: Direction) -> Result<Board, String> {
        let height = rows.len();
        let width = rows.first().map_or(0, |r| r.chars().count());
        if !(2..=12).contains(&width) || !(1..=12).contains(&height) {
            return Err(format!("board must be 2–12 cells wide and 1–12 high, not {width}×{height}"));
        }
        let mut cells = Vec::with_capacity(width * height);
        let mut lamps = Vec::new();
        let (mut start, mut goal) = (None, None);
        for (y, row) in rows.iter().enumerate() {
            if row.chars().count() != width {
                return Err(format!("row {} has {} cells, expected {width}", y + 1, row.chars().count()));
            }
            for (x, symbol) in row.chars().enumerate() {
                let here = Position { x: x as i32, y: y as i32 };
                let cell = match symbol {
                    '#' => Cell::Wall,
                    '.' => Cell::Floor,
                    'r' => Cell::Coloured(Colour::Red),
                    'b' => Cell::Coloured(Colour::Blue),
                    'g' => Cell::Coloured(Colour::Green),
                    'L' => {
                        if lamps.len() == MAX_LAMPS {
                            return Err(format!("more than {MAX_LAMPS} lamps"));
                        }
                        lamps.push(here);
                        Cell::Lamp((lamps.len() - 1) as u8)
                    }
                    'S' if start.is_none() => {
                        start = Some(here);
                        Cell::Floor
                    }
                    'G' if goal.is_none() => {
                        goal = Some(here);
                        Cell::Floor
                    }
                    'S' | 'G' => return Err(format!("more than one '{symbol}' on the board")),
                    other => return Err(format!("unknown cell {other:?} in row {}", y + 1)),
                };
                cells.push(cell);
            }
        }
        let start = start.ok_or("the board has no start 'S'")?;
        if goal.is_none() && lamps.is_empty() {
            return Err("the board needs a goal 'G' or lamps 'L'".to_owned());
        }
        Ok(Board {
            width: width as i32,
            height: height as i32,
            cells,
            lamps,
            start: Robot { position: start, facing: start_facing },
            goal,
        })
    }

    /// Width in cells.
    pub fn width(&self) -> i32 {
        self.width
    }

    /// Height in cells.
    pub fn height(&self) -> i32 {
        self.height
    }

    /// The lamps, in reading order; lamp `i` is bit `i` of a lit mask.
    pub fn lamps(&self) -> &[Position] {
        &self.lamps
    }

    /// The mask with every lamp lit.
    pub fn all_lit(&self) -> u32 {
        if self.lamps.len() >= 32 { u32::MAX } else { (1u32 << self.lamps.len()) - 1 }
    }

    /// Whether `position` is on the board.
    pub fn contains(&self, position: Position) -> bool {
        (0..self.width).contains(&position.x) && (0..self.height).contains(&position.y)
    }

    /// What is at `position`; off the board is `None`.
    pub fn cell(&self, position: Position) -> Option<Cell> {
        self.contains(position).then(|| self.cells[(position.y * self.width + position.x) as usize])
    }

    /// What a screen reader says is on a cell, with the robot here and these lamps lit (the
    /// board read one cell at a time). `None` off the board.
    pub fn read_cell(&self, position: Position, robot: Robot, lit: u32) -> Option<CellReading> {
        let ground = match self.cell(position)? {
            Cell::Wall => Ground::Wall,
            Cell::Floor => Ground::Floor,
            Cell::Coloured(colour) => Ground::Coloured(colour),
            Cell::Lamp(bit) => Ground::Lamp { lit: lit & (1 << bit) != 0 },
        };
        Some(CellReading {
            ground,
            flag: self.goal == Some(position),
            robot: (robot.position == position).then_some(robot.facing),
        })
    }

    /// Whether `position` is a wall. Cells off the board are not walls (see [`Outcome::LeftBoard`]).
    pub fn is_wall(&self, position: Position) -> bool {
        self.cell(position) == Some(Cell::Wall)
    }

    /// Whether the robot could step onto `position`.
    pub fn is_free(&self, position: Position) -> bool {
        self.cell(position).is_some_and(|c| c != Cell::Wall)
    }

    /// Whether the level is solved with the robot here and these lamps lit.
    pub fn is_solved(&self, robot: Robot, lit: u32) -> bool {
        lit == self.all_lit() && self.goal.is_none_or(|goal| robot.position == goal)
    }

    /// Whether a condition holds for the robot here.
    pub fn check(&self, robot: Robot, condition: Condition) -> bool {
        match condition {
            Condition::PathAhead => self.is_free(robot.position.step(robot.facing)),
            Condition::PathLeft => self.is_free(robot.position.step(robot.facing.left())),
            Condition::PathRight => self.is_free(robot.position.step(robot.facing.right())),
            Condition::OnColour(colour) => self.cell(robot.position) == Some(Cell::Coloured(colour)),
            // The counter is not on the board: the interpreter answers this one.
            Condition::CountIs(_) => false,
        }
    }

    /// What one command does to the robot and the lit lamps here, or why it could not be done.
    pub fn apply(&self, robot: Robot, lit: u32, command: Command) -> Result<(Robot, u32), Outcome> {
        match command {
            Command::TurnLeft => Ok((Robot { facing: robot.facing.left(), ..robot }, lit)),
            Command::TurnRight => Ok((Robot { facing: robot.facing.right(), ..robot }, lit)),
            Command::Forward => {
                let ahead = robot.position.step(robot.facing);
                if !self.contains(ahead) {
                    Err(Outcome::LeftBoard { at: ahead })
                } else if self.is_wall(ahead) {
                    Err(Outcome::HitWall { at: ahead })
                } else {
                    Ok((Robot { position: ahead, ..robot }, lit))
                }
            }
            Command::Light => match self.cell(robot.position) {
                Some(Cell::Lamp(bit)) => Ok((robot, lit | (1 << bit))),
                _ => Err(Outcome::NoLampHere { at: robot.position }),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(r: &[&str]) -> Vec<String> {
        r.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn broken_boards_are_refused_with_a_reason() {
        let parse = |r: &[&str]| Board::parse(&rows(r), Direction::East).unwrap_err();
        assert!(parse(&["S..", ".."]).contains("row 2"));
        assert!(parse(&["S.."]).contains("goal"));
        assert!(parse(&["SSG"]).contains("more than one"));
        assert!(parse(&["S?G"]).contains("unknown cell"));
        assert!(parse(&["S"]).contains("2–12"));
    }

    #[test]
    fn each_cell_reads_what_is_on_it() {
        let b = Board::parse(&rows(&["#.L", "rSG"]), Direction::North).expect("valid");
        let robot = b.start;
        let at = |x, y| Position { x, y };
        let read = |x, y, lit| b.read_cell(at(x, y), robot, lit).expect("on the board");
        assert_eq!(read(0, 0, 0).ground, Ground::Wall);
        assert_eq!(read(1, 0, 0), CellReading { ground: Ground::Floor, flag: false, robot: None });
        assert_eq!(read(2, 0, 0).ground, Ground::Lamp { lit: false });
        assert_eq!(read(2, 0, 1).ground, Ground::Lamp { lit: true });
        assert_eq!(read(0, 1, 0).ground, Ground::Coloured(Colour::Red));
        assert_eq!(read(1, 1, 0).robot, Some(Direction::North));
        assert!(read(2, 1, 0).flag);
        let moved = Robot { position: at(2, 1), facing: Direction::East };
        let there = b.read_cell(at(2, 1), moved, 0).expect("on the board");
        assert_eq!((there.flag, there.robot), (true, Some(Direction::East)), "the robot on the flag");
        assert_eq!(b.read_cell(at(3, 0), robot, 0), None);
    }

    #[test]
    fn sensors_see_walls_edges_and_colours() {
        let b = Board::parse(&rows(&["#.#", "rS.", "#G#"]), Direction::North).expect("valid");
        let robot = b.start;
        assert!(b.check(robot, Condition::PathAhead));
        assert!(b.check(robot, Condition::PathLeft), "red floor is free");
        assert!(b.check(robot, Condition::PathRight));
        let on_red = Robot { position: Position { x: 0, y: 1 }, facing: Direction::West };
        assert!(b.check(on_red, Condition::OnColour(Colour::Red)));
        assert!(!b.check(on_red, Condition::PathAhead), "off the board is not a path");
        assert!(!b.check(on_red, Condition::OnColour(Colour::Blue)));
    }

    #[test]
    fn lamps_light_only_where_they_are() {
        let b = Board::parse(&rows(&["SL"]), Direction::East).expect("valid");
        assert_eq!(b.goal, None);
        assert_eq!(b.apply(b.start, 0, Command::Light), Err(Outcome::NoLampHere { at: b.start.position }));
        let (on_lamp, lit) = b.apply(b.start, 0, Command::Forward).expect("free");
        assert!(!b.is_solved(on_lamp, lit));
        let (on_lamp, lit) = b.apply(on_lamp, lit, Command::Light).expect("a lamp");
        assert!(b.is_solved(on_lamp, lit));
    }
}

//! Runs a program on a board one command at a time, so the game can animate each step and
//! highlight the tile being run.

use super::Command;
use serde::{Deserialize, Serialize};

/// A cell on the board: column `x` from the left, row `y` from the top.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Position {
    pub x: i32,
    pub y: i32,
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

/// The robot's state: where it stands and where it faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Robot {
    pub position: Position,
    pub facing: Direction,
}

/// A level's board, checked and ready to run programs on.
#[derive(Debug, Clone, PartialEq)]
pub struct Board {
    width: i32,
    height: i32,
    walls: Vec<bool>,
    /// Where the robot starts.
    pub start: Robot,
    /// The cell the robot must reach.
    pub goal: Position,
}

impl Board {
    /// Builds a board from rows of `#` (wall), `.` (floor), `S` (start) and `G` (goal).
    pub fn parse(rows: &[String], start_facing: Direction) -> Result<Board, String> {
        let height = rows.len();
        let width = rows.first().map_or(0, |r| r.chars().count());
        if !(2..=12).contains(&width) || !(1..=12).contains(&height) {
            return Err(format!("board must be 2–12 cells wide and 1–12 high, not {width}×{height}"));
        }
        let mut walls = Vec::with_capacity(width * height);
        let (mut start, mut goal) = (None, None);
        for (y, row) in rows.iter().enumerate() {
            if row.chars().count() != width {
                return Err(format!("row {} has {} cells, expected {width}", y + 1, row.chars().count()));
            }
            for (x, cell) in row.chars().enumerate() {
                let here = Position { x: x as i32, y: y as i32 };
                match cell {
                    '#' => walls.push(true),
                    '.' => walls.push(false),
                    'S' if start.is_none() => {
                        start = Some(here);
                        walls.push(false);
                    }
                    'G' if goal.is_none() => {
                        goal = Some(here);
                        walls.push(false);
                    }
                    'S' | 'G' => return Err(format!("more than one '{cell}' on the board")),
                    other => return Err(format!("unknown cell {other:?} in row {}", y + 1)),
                }
            }
        }
        let start = start.ok_or("the board has no start 'S'")?;
        let goal = goal.ok_or("the board has no goal 'G'")?;
        Ok(Board {
            width: width as i32,
            height: height as i32,
            walls,
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

    /// Whether `position` is on the board.
    pub fn contains(&self, position: Position) -> bool {
        (0..self.width).contains(&position.x) && (0..self.height).contains(&position.y)
    }

    /// Whether `position` is a wall. Cells off the board are not walls (see [`Outcome::LeftBoard`]).
    pub fn is_wall(&self, position: Position) -> bool {
        self.contains(position) && self.walls[(position.y * self.width + position.x) as usize]
    }

    /// What one command does to the robot here: the new robot, or why it could not move.
    pub fn apply(&self, robot: Robot, command: Command) -> Result<Robot, Outcome> {
        match command {
            Command::TurnLeft => Ok(Robot { facing: robot.facing.left(), ..robot }),
            Command::TurnRight => Ok(Robot { facing: robot.facing.right(), ..robot }),
            Command::Forward => {
                let (dx, dy) = robot.facing.delta();
                let ahead = Position { x: robot.position.x + dx, y: robot.position.y + dy };
                if !self.contains(ahead) {
                    Err(Outcome::LeftBoard { at: ahead })
                } else if self.is_wall(ahead) {
                    Err(Outcome::HitWall { at: ahead })
                } else {
                    Ok(Robot { position: ahead, ..robot })
                }
            }
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The robot reached the goal: the level is solved.
    ReachedGoal,
    /// A `Forward` ran into the wall at `at`; the robot stayed where it was.
    HitWall { at: Position },
    /// A `Forward` would have left the board at `at`; the robot stayed where it was.
    LeftBoard { at: Position },
    /// Every command ran and the robot is not on the goal.
    OutOfCommands,
}

impl Outcome {
    /// The Fluent id that explains this outcome to the pupil.
    pub fn message_id(self) -> &'static str {
        match self {
            Outcome::ReachedGoal => "outcome-reached-goal",
            Outcome::HitWall { .. } => "outcome-hit-wall",
            Outcome::LeftBoard { .. } => "outcome-left-board",
            Outcome::OutOfCommands => "outcome-out-of-commands",
        }
    }
}

/// What one step did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Index of the command that ran (the tile to highlight).
    pub command_index: usize,
    /// The robot after the step.
    pub robot: Robot,
    /// Set when this step ended the run.
    pub outcome: Option<Outcome>,
}

/// A program being run on a board, one step at a time.
#[derive(Debug, Clone)]
pub struct Execution {
    board: Board,
    program: Vec<Command>,
    next: usize,
    robot: Robot,
    outcome: Option<Outcome>,
}

impl Execution {
    /// Starts `program` with the robot at the board's start.
    pub fn new(board: Board, program: Vec<Command>) -> Execution {
        let robot = board.start;
        let outcome = if program.is_empty() { Some(Outcome::OutOfCommands) } else { None };
        Execution { board, program, next: 0, robot, outcome }
    }

    /// The robot now.
    pub fn robot(&self) -> Robot {
        self.robot
    }

    /// How the run ended, once it has.
    pub fn outcome(&self) -> Option<Outcome> {
        self.outcome
    }

    /// How many commands have run.
    pub fn steps_run(&self) -> usize {
        self.next
    }

    /// Runs the next command. `None` once the run has ended.
    pub fn step(&mut self) -> Option<Step> {
        if self.outcome.is_some() {
            return None;
        }
        let command_index = self.next;
        let command = *self.program.get(command_index)?;
        self.next += 1;
        match self.board.apply(self.robot, command) {
            Ok(robot) => {
                self.robot = robot;
                if robot.position == self.board.goal {
                    self.outcome = Some(Outcome::ReachedGoal);
                } else if self.next == self.program.len() {
                    self.outcome = Some(Outcome::OutOfCommands);
                }
            }
            Err(stopped) => self.outcome = Some(stopped),
        }
        Some(Step { command_index, robot: self.robot, outcome: self.outcome })
    }

    /// Runs to the end and returns how it ended.
    pub fn run_to_end(mut self) -> Outcome {
        while self.step().is_some() {}
        self.outcome.unwrap_or(Outcome::OutOfCommands)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Command::*;

    fn board(rows: &[&str]) -> Board {
        let rows: Vec<String> = rows.iter().map(|r| r.to_string()).collect();
        Board::parse(&rows, Direction::East).expect("test board is valid")
    }

    #[test]
    fn straight_line_reaches_goal() {
        let b = board(&["S..G"]);
        assert_eq!(Execution::new(b, vec![Forward, Forward, Forward]).run_to_end(), Outcome::ReachedGoal);
    }

    #[test]
    fn reaching_goal_stops_the_run_early() {
        let b = board(&["S.G"]);
        let mut run = Execution::new(b, vec![Forward, Forward, TurnLeft, TurnLeft]);
        while run.step().is_some() {}
        assert_eq!(run.outcome(), Some(Outcome::ReachedGoal));
        assert_eq!(run.steps_run(), 2);
    }

    #[test]
    fn wall_stops_the_robot_and_names_the_cell() {
        let b = board(&["S#G", "..."]);
        let mut run = Execution::new(b, vec![Forward, Forward]);
        let first = run.step().expect("one step");
        assert_eq!(first.outcome, Some(Outcome::HitWall { at: Position { x: 1, y: 0 } }));
        assert_eq!(first.robot.position, Position { x: 0, y: 0 });
        assert!(run.step().is_none(), "nothing runs after the robot stopped");
    }

    #[test]
    fn leaving_the_board_is_its_own_outcome() {
        let b = board(&["G.S"]);
        let outcome = Execution::new(b, vec![Forward]).run_to_end();
        assert_eq!(outcome, Outcome::LeftBoard { at: Position { x: 3, y: 0 } });
    }

    #[test]
    fn out_of_commands_when_goal_not_reached() {
        let b = board(&["S..G"]);
        assert_eq!(Execution::new(b.clone(), vec![Forward]).run_to_end(), Outcome::OutOfCommands);
        assert_eq!(Execution::new(b, vec![]).run_to_end(), Outcome::OutOfCommands);
    }

    #[test]
    fn turns_change_direction_only() {
        let b = board(&["S.", ".G"]);
        let mut run = Execution::new(b, vec![TurnRight, Forward, TurnLeft, Forward]);
        let step = run.step().expect("turn");
        assert_eq!(step.robot.facing, Direction::South);
        assert_eq!(step.robot.position, Position { x: 0, y: 0 });
        while run.step().is_some() {}
        assert_eq!(run.outcome(), Some(Outcome::ReachedGoal));
    }

    #[test]
    fn four_left_turns_face_the_same_way() {
        let d = Direction::North;
        assert_eq!(d.left().left().left().left(), d);
        assert_eq!(d.right(), Direction::East);
    }

    #[test]
    fn broken_boards_are_refused_with_a_reason() {
        let rows = |r: &[&str]| r.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(Board::parse(&rows(&["S..", ".."]), Direction::East).unwrap_err().contains("row 2"));
        assert!(Board::parse(&rows(&["S.."]), Direction::East).unwrap_err().contains("goal"));
        assert!(Board::parse(&rows(&["SSG"]), Direction::East).unwrap_err().contains("more than one"));
        assert!(Board::parse(&rows(&["S?G"]), Direction::East).unwrap_err().contains("unknown cell"));
    }
}

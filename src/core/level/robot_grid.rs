//! The robot-grid kind: a board, the command tiles offered, a slot limit and a proven par.

use crate::core::program::{Board, Command, Direction, solver};
use serde::{Deserialize, Serialize};

/// Data of a robot-grid level, as written in its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RobotGrid {
    /// Rows of the board: `#` wall, `.` floor, `S` start, `G` goal.
    pub board: Vec<String>,
    /// Where the robot faces at the start.
    pub start_facing: Direction,
    /// The command tiles the pupil may use.
    pub commands: Vec<Command>,
    /// How many tiles the program may hold.
    pub max_program: usize,
    /// The number of tiles in the shortest solution; must equal what the solver finds.
    pub par: usize,
}

impl RobotGrid {
    /// The board, ready to run programs on.
    pub fn parsed_board(&self) -> Result<Board, String> {
        Board::parse(&self.board, self.start_facing)
    }

    /// Checks the board, the tiles, the slot limit and that `par` is the proven shortest.
    pub fn validate(&self) -> Result<(), String> {
        let board = self.parsed_board()?;
        if self.commands.is_empty() {
            return Err("offer at least one command tile".to_owned());
        }
        if (1..self.commands.len()).any(|i| self.commands[..i].contains(&self.commands[i])) {
            return Err("a command tile is offered twice".to_owned());
        }
        if !(1..=24).contains(&self.max_program) {
            return Err(format!("max_program {} must be 1–24", self.max_program));
        }
        let Some(shortest) = solver::shortest_program(&board, &self.commands) else {
            return Err("the goal cannot be reached with the tiles offered".to_owned());
        };
        if shortest.len() != self.par {
            return Err(format!("par is {} but the shortest solution has {} tiles", self.par, shortest.len()));
        }
        if self.par > self.max_program {
            return Err(format!("par {} does not fit in max_program {}", self.par, self.max_program));
        }
        Ok(())
    }
}

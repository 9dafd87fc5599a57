//! The pupils' programs for the robot: commands, the step-by-step interpreter and the solver
//! that proves levels solvable and computes their par.

pub mod interpreter;
pub mod solver;

use serde::{Deserialize, Serialize};

pub use interpreter::{Board, Direction, Execution, Outcome, Position, Robot, Step};

/// One command tile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    /// Move one cell in the facing direction.
    Forward,
    /// Turn 90° anticlockwise on the spot.
    TurnLeft,
    /// Turn 90° clockwise on the spot.
    TurnRight,
}

impl Command {
    /// Every command, in the order the palette shows them.
    pub const ALL: [Command; 3] = [Command::Forward, Command::TurnLeft, Command::TurnRight];

    /// The Fluent id of the command's name (also the tile's accessible name).
    pub fn message_id(self) -> &'static str {
        match self {
            Command::Forward => "command-forward",
            Command::TurnLeft => "command-turn-left",
            Command::TurnRight => "command-turn-right",
        }
    }
}

/// A pupil's program: the commands in order.
pub type Program = Vec<Command>;

/// Stars for a working program of `length` tiles on a level whose shortest solution is `par`:
/// 3 at par (or better), 2 within par + 2, otherwise 1.
pub fn stars_for_solution(length: usize, par: usize) -> u8 {
    if length <= par {
        3
    } else if length <= par + 2 {
        2
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_stars_only_at_par() {
        assert_eq!(stars_for_solution(4, 4), 3);
        assert_eq!(stars_for_solution(5, 4), 2);
        assert_eq!(stars_for_solution(6, 4), 2);
        assert_eq!(stars_for_solution(7, 4), 1);
    }
}

//! The robot-grid kind: a board, the tiles offered, slot limits per routine and a par that
//! the solver proves. A debugging level also starts from a broken program, and its par
//! counts edits instead of tiles.

use crate::core::program::editor::{Limits, TIMES_RANGE};
use crate::core::program::solver::{self, SearchSpace, Solution};
use crate::core::program::{
    Board, Condition, Direction, Event, Execution, Logic, Outcome, Program, Tile, stars_for_solution,
};
use serde::{Deserialize, Serialize};

/// The most edits the solver looks for in a debugging level.
pub const MAX_DEBUG_EDITS: usize = 3;

/// Slots per routine, as written in a level file. `p1`/`p2`/`when` are 0 when not offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slots {
    pub main: usize,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub p1: usize,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub p2: usize,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub when: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

fn default_max_times() -> u8 {
    5
}

// Left out when written (a teacher's level in a link stays short).
fn is_default_max_times(n: &u8) -> bool {
    *n == default_max_times()
}

/// Data of a robot-grid level, as written in its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RobotGrid {
    /// Rows of the board: `#` wall, `.` floor, `S` start, `G` goal, `L` lamp, `r`/`b`/`g`
    /// coloured floor.
    pub board: Vec<String>,
    /// Where the robot faces at the start.
    pub start_facing: Direction,
    /// The palette, in the order it is shown.
    pub tiles: Vec<Tile>,
    /// What `if` and `repeat while` tiles may ask, in the order a tap cycles through them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// The logic words those tiles may use (`not`, `and`, `or`), in the order a tap on
    /// "Change not / and / or" cycles through them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub logic: Vec<Logic>,
    /// The events a `When` routine may answer (`on_lamp`, `on_red`, `on_blue`, `on_green`),
    /// in the order a tap on "Change the event" cycles through them. None: no `When`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    /// The largest repeat count (the editor offers 2 up to this).
    #[serde(default = "default_max_times", skip_serializing_if = "is_default_max_times")]
    pub max_times: u8,
    /// How many tiles each routine may hold.
    pub slots: Slots,
    /// A debugging level's program to fix. Its par counts edits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub broken_program: Option<Program>,
    /// The proven best: fewest tiles, or fewest edits in a debugging level.
    pub par: usize,
}

impl RobotGrid {
    /// The board, ready to run programs on.
    pub fn parsed_board(&self) -> Result<Board, String> {
        Board::parse(&self.board, self.start_facing)
    }

    /// Slots as the editor wants them.
    pub fn limits(&self) -> Limits {
        Limits { slots: [self.slots.main, self.slots.p1, self.slots.p2, self.slots.when] }
    }

    /// What the solver may build.
    pub fn search_space(&self) -> SearchSpace {
        SearchSpace {
            tiles: self.tiles.clone(),
            conditions: self.conditions.clone(),
            logic: self.logic.clone(),
            events: self.events.clone(),
            max_times: self.max_times,
            limits: self.limits(),
        }
    }

    /// The program the pupil starts with: a debugging level's broken one, or an empty one that
    /// answers the level's first event.
    pub fn start_program(&self) -> Program {
        let mut program = self.broken_program.clone().unwrap_or_default();
        if !program.event.is_some_and(|e| self.events.contains(&e)) {
            program.event = self.events.first().copied();
        }
        program
    }

    /// Whether par counts edits (a debugging level) rather than tiles.
    pub fn counts_edits(&self) -> bool {
        self.broken_program.is_some()
    }

    /// Stars for a solution: `tiles` used, or `edits` made in a debugging level.
    pub fn stars(&self, tiles: usize, edits: usize) -> u8 {
        stars_for_solution(if self.counts_edits() { edits } else { tiles }, self.par)
    }

    /// Checks everything but the par (which [`RobotGrid::prove_par`] checks by searching).
    pub fn validate(&self) -> Result<(), String> {
        let board = self.parsed_board()?;
        if self.tiles.is_empty() {
            return Err("offer at least one tile".to_owned());
        }
        if (1..self.tiles.len()).any(|i| self.tiles[..i].contains(&self.tiles[i])) {
            return Err("a tile is offered twice".to_owned());
        }
        if (1..self.conditions.len()).any(|i| self.conditions[..i].contains(&self.conditions[i])) {
            return Err("a condition is listed twice".to_owned());
        }
        let asks = self.tiles.iter().any(|t| t.asks());
        if asks == self.conditions.is_empty() {
            return Err("list conditions exactly when an if or repeat-while tile is offered".to_owned());
        }
        if (1..self.logic.len()).any(|i| self.logic[..i].contains(&self.logic[i])) {
            return Err("a logic word is listed twice".to_owned());
        }
        let joins = self.logic.iter().any(|l| matches!(l, Logic::And | Logic::Or));
        if !self.logic.is_empty() && (self.conditions.is_empty() || (joins && self.conditions.len() < 2)) {
            return Err("logic needs conditions (two or more for and / or)".to_owned());
        }
        let counts = self.tiles.iter().any(|t| matches!(t, Tile::SetCount | Tile::AddCount));
        if self.conditions.iter().any(|c| matches!(c, Condition::CountIs(_))) && !counts {
            return Err("a count_is condition needs the counter's tiles".to_owned());
        }
        let numbered = self.tiles.iter().any(|t| matches!(t, Tile::CallP1With | Tile::CallP2With));
        if self.tiles.contains(&Tile::RepeatN) && !numbered {
            return Err("repeat_n needs a helper called with a number (call_p1_with)".to_owned());
        }
        for (plain, with) in [(Tile::CallP1, Tile::CallP1With), (Tile::CallP2, Tile::CallP2With)] {
            if self.tiles.contains(&plain) && self.tiles.contains(&with) {
                return Err(format!("offer {plain:?} or {with:?}, not both: a helper is called one way"));
            }
        }
        if !TIMES_RANGE.contains(&self.max_times) {
            return Err(format!("max_times {} must be 2–9", self.max_times));
        }
        if !(1..=16).contains(&self.slots.main) || self.slots.p1 > 10 || self.slots.p2 > 10 || self.slots.when > 6 {
            return Err("slots: main 1–16, p1 and p2 at most 10, when at most 6".to_owned());
        }
        if (1..self.events.len()).any(|i| self.events[..i].contains(&self.events[i])) {
            return Err("an event is listed twice".to_owned());
        }
        if self.events.is_empty() != (self.slots.when == 0) {
            return Err("give when slots exactly when events are listed".to_owned());
        }
        for (tiles, slots, name) in [
            ([Tile::CallP1, Tile::CallP1With], self.slots.p1, "p1"),
            ([Tile::CallP2, Tile::CallP2With], self.slots.p2, "p2"),
        ] {
            if tiles.iter().any(|t| self.tiles.contains(t)) != (slots > 0) {
                return Err(format!("give {name} slots exactly when its call tile is offered"));
            }
        }
        if board.is_solved(board.start, 0) {
            return Err("the level is solved before anything runs".to_owned());
        }
        if let Some(broken) = &self.broken_program {
            let limits = self.limits();
            for routine in crate::core::program::Routine::ALL {
                let used = crate::core::program::list_size(broken.routine(routine));
                if used > limits.of(routine) {
                    return Err(format!("broken_program's {routine:?} has {used} tiles, more than its slots"));
                }
            }
            if broken.event.is_some_and(|e| !self.events.contains(&e)) {
                return Err("broken_program's when answers an event the level does not list".to_owned());
            }
            if Execution::new(board, broken).run_to_end() == Outcome::ReachedGoal {
                return Err("broken_program already solves the level".to_owned());
            }
        }
        Ok(())
    }

    /// Searches for the best solution and checks `par` against it. Returns the solution, so
    /// a test can print it and how long the search took.
    pub fn prove_par(&self) -> Result<Solution, String> {
        let board = self.parsed_board()?;
        let space = self.search_space();
        let solution = match &self.broken_program {
            Some(broken) => solver::fewest_edits(&board, &space, broken, MAX_DEBUG_EDITS).ok_or_else(|| {
                format!("broken_program cannot be fixed in {MAX_DEBUG_EDITS} edits or fewer with the tiles offered")
            })?,
            None => solver::shortest_program(&board, &space).map_err(|e| match e {
                solver::SolveError::Unsolvable => {
                    "the level cannot be solved with the tiles and slots offered".to_owned()
                }
                solver::SolveError::TooLarge { tiles } => format!(
                    "no solution under {tiles} tiles, and programs of {tiles} tiles are too many to search: \
                     lower the slots or offer fewer tiles"
                ),
            })?,
        };
        if solution.cost != self.par {
            let what = if self.counts_edits() { "edits" } else { "tiles" };
            let text = serde_json::to_string(&solution.program).unwrap_or_default();
            return Err(format!("par is {} but the best solution has {} {what}: {text}", self.par, solution.cost));
        }
        Ok(solution)
    }
}

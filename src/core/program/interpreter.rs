//! Runs a program on a board one visible step at a time, so the game can animate each step,
//! highlight the tile being run, and step backwards through everything that happened.
//!
//! The program tree is compiled into a short list of operations per routine (loops and
//! conditions become jumps), so a step is a plain loop over a small machine state, which is
//! cheap to copy into the trace and fast enough for the solver to run millions of times.

use super::board::{Board, Position, Robot};
use super::{Block, BodyPath, Command, Condition, Event, Program, Routine, Test, TilePath};

/// How many steps a run may take before it is stopped as endless.
pub const STEP_BUDGET: u32 = 300;
/// How many calls may wait for their procedure to finish (calls that are the last tile of a
/// routine do not wait, so Lightbot-style "call myself at the end" loops are not limited).
pub const MAX_CALL_DEPTH: usize = 24;
/// Internal operations (jumps, loop ends) allowed between two visible steps: a safety net,
/// since every cycle in a program passes a visible tile.
const MAX_INTERNAL: u32 = 10_000;

/// How a run ended (what an attempt stores of it is `progress::AttemptOutcome`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The level is solved: the robot reached the goal and every lamp is lit.
    ReachedGoal,
    /// A `Forward` ran into the wall at `at`; the robot stayed where it was.
    HitWall { at: Position },
    /// A `Forward` would have left the board at `at`; the robot stayed where it was.
    LeftBoard { at: Position },
    /// A `Light` ran where there is no lamp.
    NoLampHere { at: Position },
    /// Every tile ran and the level is not solved.
    OutOfCommands,
    /// The run took [`STEP_BUDGET`] steps without solving the level: most likely a loop that
    /// never ends.
    StepBudget,
    /// Procedures called procedures more than [`MAX_CALL_DEPTH`] deep.
    TooManyCalls,
}

impl Outcome {
    /// Every way a run can end (the cells at the origin).
    pub const ALL: [Outcome; 7] = {
        let at = Position { x: 0, y: 0 };
        [
            Outcome::ReachedGoal,
            Outcome::HitWall { at },
            Outcome::LeftBoard { at },
            Outcome::NoLampHere { at },
            Outcome::OutOfCommands,
            Outcome::StepBudget,
            Outcome::TooManyCalls,
        ]
    };

    /// The Fluent id that explains this outcome to the pupil.
    pub fn message_id(self) -> &'static str {
        match self {
            Outcome::ReachedGoal => "outcome-reached-goal",
            Outcome::HitWall { .. } => "outcome-hit-wall",
            Outcome::LeftBoard { .. } => "outcome-left-board",
            Outcome::NoLampHere { .. } => "outcome-no-lamp",
            Outcome::OutOfCommands => "outcome-out-of-commands",
            Outcome::StepBudget => "outcome-step-budget",
            Outcome::TooManyCalls => "outcome-too-many-calls",
        }
    }

    /// The cell where things went wrong, to mark on the board.
    pub fn cell(self) -> Option<Position> {
        match self {
            Outcome::HitWall { at } | Outcome::LeftBoard { at } | Outcome::NoLampHere { at } => Some(at),
            _ => None,
        }
    }
}

/// One compiled operation. `tile` indexes [`Code::tiles`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Op {
    Act {
        command: Command,
        tile: u16,
    },
    /// Run a routine; `arg` is its `n` (0 for a call without a number).
    Call {
        routine: Routine,
        arg: u8,
        tile: u16,
    },
    LoopStart {
        times: u8,
        tile: u16,
    },
    /// A loop that runs the helper's `n` times: straight to `after` when `n` is 0.
    LoopStartN {
        tile: u16,
        after: u32,
    },
    SetCount {
        value: u8,
        tile: u16,
    },
    AddCount {
        tile: u16,
    },
    /// Count the innermost loop down; go back to `body` while rounds remain.
    LoopEnd {
        body: u32,
    },
    UntilCheck {
        tile: u16,
    },
    Jump {
        to: u32,
    },
    /// Carry on if the test holds, else jump to `otherwise`.
    Test {
        condition: Test,
        tile: u16,
        otherwise: u32,
    },
    Return,
}

/// A program compiled for running.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Code {
    pub routines: [Vec<Op>; 4],
    pub tiles: Vec<TilePath>,
    pub event: Option<Event>,
}

/// What a run reads its operations from: each routine's, and the event `When` answers
/// (`None`, or an empty `When`, and no event is answered).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ops<'a> {
    pub routines: [&'a [Op]; 4],
    pub event: Option<Event>,
}

impl Code {
    pub fn compile(program: &Program) -> Code {
        let mut tiles = Vec::new();
        let routines = Routine::ALL.map(|routine| {
            let mut ops = Vec::new();
            compile_list(program.routine(routine), &BodyPath::routine(routine), &mut ops, &mut tiles);
            ops.push(Op::Return);
            ops
        });
        let event = program.event.filter(|_| !program.routine(Routine::When).is_empty());
        Code { routines, tiles, event }
    }

    pub fn ops(&self) -> Ops<'_> {
        Ops {
            routines: [&self.routines[0], &self.routines[1], &self.routines[2], &self.routines[3]],
            event: self.event,
        }
    }

    /// Compiles one list of tiles as a routine of its own (the solver's building blocks).
    pub fn compile_routine(list: &[Block]) -> Vec<Op> {
        let mut ops = Vec::new();
        compile_list(list, &BodyPath::routine(Routine::Main), &mut ops, &mut Vec::new());
        ops.push(Op::Return);
        ops
    }
}

fn compile_list(list: &[Block], path: &BodyPath, ops: &mut Vec<Op>, tiles: &mut Vec<TilePath>) {
    for (index, block) in list.iter().enumerate() {
        let tile = tiles.len().min(u16::MAX as usize) as u16;
        tiles.push(path.at(index));
        match block {
            Block::Command(command) => ops.push(Op::Act { command: *command, tile }),
            Block::Call(routine) => ops.push(Op::Call { routine: *routine, arg: 0, tile }),
            Block::CallWith { routine, arg } => ops.push(Op::Call { routine: *routine, arg: *arg, tile }),
            Block::SetCount(value) => ops.push(Op::SetCount { value: *value, tile }),
            Block::AddCount => ops.push(Op::AddCount { tile }),
            Block::RepeatN { body } => {
                let start = ops.len();
                ops.push(Op::LoopStartN { tile, after: 0 });
                compile_list(body, &path.child(index, 0), ops, tiles);
                ops.push(Op::LoopEnd { body: start as u32 + 1 });
                ops[start] = Op::LoopStartN { tile, after: ops.len() as u32 };
            }
            Block::While { condition, body } => {
                let check = ops.len();
                ops.push(Op::Test { condition: *condition, tile, otherwise: 0 });
                compile_list(body, &path.child(index, 0), ops, tiles);
                ops.push(Op::Jump { to: check as u32 });
                ops[check] = Op::Test { condition: *condition, tile, otherwise: ops.len() as u32 };
            }
            Block::Repeat { times, body } => {
                ops.push(Op::LoopStart { times: (*times).max(1), tile });
                let start = ops.len() as u32;
                compile_list(body, &path.child(index, 0), ops, tiles);
                ops.push(Op::LoopEnd { body: start });
            }
            Block::RepeatUntilGoal { body } => {
                let check = ops.len() as u32;
                ops.push(Op::UntilCheck { tile });
                compile_list(body, &path.child(index, 0), ops, tiles);
                ops.push(Op::Jump { to: check });
            }
            Block::If { condition, then } => {
                let test = ops.len();
                ops.push(Op::Test { condition: *condition, tile, otherwise: 0 });
                compile_list(then, &path.child(index, 0), ops, tiles);
                let after = ops.len() as u32;
                ops[test] = Op::Test { condition: *condition, tile, otherwise: after };
            }
            Block::IfElse { condition, then, otherwise } => {
                let test = ops.len();
                ops.push(Op::Test { condition: *condition, tile, otherwise: 0 });
                compile_list(then, &path.child(index, 0), ops, tiles);
                let jump = ops.len();
                ops.push(Op::Jump { to: 0 });
                let else_at = ops.len() as u32;
                compile_list(otherwise, &path.child(index, 1), ops, tiles);
                let after = ops.len() as u32;
                ops[test] = Op::Test { condition: *condition, tile, otherwise: else_at };
                ops[jump] = Op::Jump { to: after };
            }
        }
    }
}

/// The whole state of a run between two steps. Copies of it make the trace, so stepping back
/// restores exactly what was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    routine: Routine,
    pc: u32,
    /// Where each waiting call carries on, and the `n` it had.
    calls: Vec<(Routine, u32, u8)>,
    /// The number the running helper was called with (`n`; 0 in main).
    param: u8,
    /// `n` as the last step left it, before the run went on to the next visible tile: the
    /// last tile of a helper still shows the helper's `n`, not its caller's.
    shown_param: u8,
    /// Whether the `When` routine is running (its own event does not start it again until it
    /// is done, so a `When` that moves onto another such square finishes first).
    answering: bool,
    /// The robot's counter.
    pub count: u8,
    /// Rounds left of each open `repeat`, innermost last.
    counters: Vec<u8>,
    /// The robot now.
    pub robot: Robot,
    /// Lit lamps, one bit per lamp of [`Board::lamps`].
    pub lit: u32,
    /// Visible steps taken.
    pub steps: u32,
    /// The tile of the last step (index into the compiled tiles).
    tile: Option<u16>,
    /// Set once the run has ended.
    pub outcome: Option<Outcome>,
}

impl State {
    pub(crate) fn start(robot: Robot, lit: u32) -> State {
        State::start_counting(robot, lit, 0)
    }

    /// A start with the counter already at `count` (the solver runs a program block by block).
    pub(crate) fn start_counting(robot: Robot, lit: u32, count: u8) -> State {
        State {
            routine: Routine::Main,
            pc: 0,
            calls: Vec::new(),
            param: 0,
            shown_param: 0,
            answering: false,
            count,
            counters: Vec::new(),
            robot,
            lit,
            steps: 0,
            tile: None,
            outcome: None,
        }
    }

    /// Runs internal operations up to the next visible one; ends the run if the program is
    /// over. Called after every step, so "out of commands" shows on the last tile.
    pub(crate) fn settle(&mut self, board: &Board, code: Ops) {
        let mut internal = 0;
        while self.outcome.is_none() {
            internal += 1;
            if internal > MAX_INTERNAL {
                self.outcome = Some(Outcome::StepBudget);
                return;
            }
            let Some(&op) = code.routines[self.routine.index()].get(self.pc as usize) else {
                self.outcome = Some(Outcome::OutOfCommands);
                return;
            };
            match op {
                Op::LoopEnd { body } => match self.counters.last_mut() {
                    Some(rounds) if *rounds > 1 => {
                        *rounds -= 1;
                        self.pc = body;
                    }
                    _ => {
                        self.counters.pop();
                        self.pc += 1;
                    }
                },
                Op::Jump { to } => self.pc = to,
                Op::Return => match self.calls.pop() {
                    Some((routine, pc, param)) if self.routine == Routine::When => {
                        self.answering = false;
                        self.routine = routine;
                        self.pc = pc;
                        self.param = param;
                    }
                    Some((routine, pc, param)) => {
                        self.routine = routine;
                        self.pc = pc;
                        self.param = param;
                    }
                    None => {
                        self.outcome = Some(if board.is_solved(self.robot, self.lit) {
                            Outcome::ReachedGoal
                        } else {
                            Outcome::OutOfCommands
                        });
                    }
                },
                _ => return,
            }
        }
    }

    /// Runs the next visible operation (the state must be settled). Returns its tile.
    pub(crate) fn advance(&mut self, board: &Board, code: Ops, budget: u32) -> Option<u16> {
        if self.outcome.is_some() {
            return None;
        }
        let ops = code.routines[self.routine.index()];
        let op = *ops.get(self.pc as usize)?;
        let mut answer = false;
        let tile = match op {
            Op::Act { command, tile } => {
                match board.apply(self.robot, self.lit, command) {
                    Ok((robot, lit)) => {
                        let moved = robot.position != self.robot.position;
                        answer = moved && !self.answering && code.event.is_some_and(|e| e.happens(board, robot));
                        self.robot = robot;
                        self.lit = lit;
                    }
                    Err(stopped) => self.outcome = Some(stopped),
                }
                self.pc += 1;
                tile
            }
            Op::Call { routine, arg, tile } => {
                // `When` always comes back, so the end of its run is seen and its event can
                // happen again.
                if self.routine != Routine::When && is_tail(ops, self.pc + 1) {
                    self.routine = routine;
                    self.pc = 0;
                    self.param = arg;
                } else if self.calls.len() >= MAX_CALL_DEPTH {
                    self.outcome = Some(Outcome::TooManyCalls);
                } else {
                    self.calls.push((self.routine, self.pc + 1, self.param));
                    self.routine = routine;
                    self.pc = 0;
                    self.param = arg;
                }
                tile
            }
            Op::LoopStart { times, tile } => {
                self.counters.push(times);
                self.pc += 1;
                tile
            }
            Op::LoopStartN { tile, after } => {
                if self.param == 0 {
                    self.pc = after;
                } else {
                    self.counters.push(self.param);
                    self.pc += 1;
                }
                tile
            }
            Op::SetCount { value, tile } => {
                self.count = value;
                self.pc += 1;
                tile
            }
            Op::AddCount { tile } => {
                self.count = self.count.saturating_add(1);
                self.pc += 1;
                tile
            }
            Op::UntilCheck { tile } => {
                self.pc += 1;
                tile
            }
            Op::Test { condition, tile, otherwise } => {
                self.pc = if self.holds(board, condition) { self.pc + 1 } else { otherwise };
                tile
            }
            Op::LoopEnd { .. } | Op::Jump { .. } | Op::Return => return None,
        };
        self.steps += 1;
        self.tile = Some(tile);
        self.shown_param = self.param;
        if answer && self.outcome.is_none() && !board.is_solved(self.robot, self.lit) {
            // The event happened: `When` runs now, as if called, then the routine goes on.
            if self.calls.len() >= MAX_CALL_DEPTH {
                self.outcome = Some(Outcome::TooManyCalls);
            } else {
                self.calls.push((self.routine, self.pc, self.param));
                self.routine = Routine::When;
                self.pc = 0;
                self.param = 0;
                self.answering = true;
            }
        }
        if self.outcome.is_none() {
            if board.is_solved(self.robot, self.lit) {
                self.outcome = Some(Outcome::ReachedGoal);
            } else if self.steps >= budget {
                self.outcome = Some(Outcome::StepBudget);
            } else {
                self.settle(board, code);
            }
        }
        Some(tile)
    }
}

impl State {
    /// Whether a test holds for the robot here, with its counter as it is.
    fn holds(&self, board: &Board, test: Test) -> bool {
        test.holds(|condition| match condition {
            Condition::CountIs(n) => self.count == n,
            other => board.check(self.robot, other),
        })
    }

    /// The `n` of the routine that ran the last step (0 outside a helper).
    pub fn param(&self) -> u8 {
        self.shown_param
    }
}

/// Whether nothing but jumps lies between `pc` and the routine's end: a call there need not
/// come back.
fn is_tail(ops: &[Op], mut pc: u32) -> bool {
    for _ in 0..ops.len() {
        match ops.get(pc as usize) {
            Some(Op::Jump { to }) => pc = *to,
            Some(Op::Return) => return true,
            _ => return false,
        }
    }
    false
}

/// What one step did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The tile that ran (to highlight).
    pub tile: Option<TilePath>,
    /// The robot after the step.
    pub robot: Robot,
    /// Set when this step ended the run.
    pub outcome: Option<Outcome>,
}

/// A program being run on a board, one step at a time, with every earlier state kept so the
/// pupil can step back.
#[derive(Debug, Clone)]
pub struct Execution {
    board: Board,
    code: Code,
    state: State,
    trace: Vec<State>,
}

impl Execution {
    /// Starts `program` with the robot at the board's start.
    pub fn new(board: Board, program: &Program) -> Execution {
        let code = Code::compile(program);
        let mut state = State::start(board.start, 0);
        state.settle(&board, code.ops());
        Execution { board, code, state, trace: Vec::new() }
    }

    /// The state now (compare two to see that stepping back restored one exactly).
    pub fn state(&self) -> &State {
        &self.state
    }

    /// The robot now.
    pub fn robot(&self) -> Robot {
        self.state.robot
    }

    /// Which lamps are lit, one bit per lamp.
    pub fn lit(&self) -> u32 {
        self.state.lit
    }

    /// How the run ended, once it has.
    pub fn outcome(&self) -> Option<Outcome> {
        self.state.outcome
    }

    /// The robot's counter now.
    pub fn count(&self) -> u8 {
        self.state.count
    }

    /// The `n` of the routine that ran the last step (0 outside a helper): the helper's last
    /// tile still shows its own `n`.
    pub fn param(&self) -> u8 {
        self.state.shown_param
    }

    /// How many visible steps have run.
    pub fn steps_run(&self) -> u32 {
        self.state.steps
    }

    /// The tile the last step ran.
    pub fn current_tile(&self) -> Option<&TilePath> {
        self.state.tile.and_then(|t| self.code.tiles.get(usize::from(t)))
    }

    /// Runs the next step. `None` once the run has ended.
    pub fn step(&mut self) -> Option<Step> {
        if self.state.outcome.is_some() {
            return None;
        }
        let before = self.state.clone();
        self.state.advance(&self.board, self.code.ops(), STEP_BUDGET)?;
        self.trace.push(before);
        Some(Step { tile: self.current_tile().cloned(), robot: self.state.robot, outcome: self.state.outcome })
    }

    /// Whether there is a step to go back to.
    pub fn can_step_back(&self) -> bool {
        !self.trace.is_empty()
    }

    /// Undoes the last step, restoring the state before it exactly. False at the start.
    pub fn step_back(&mut self) -> bool {
        match self.trace.pop() {
            Some(state) => {
                self.state = state;
                true
            }
            None => false,
        }
    }

    /// Runs to the end and returns how it ended.
    pub fn run_to_end(mut self) -> Outcome {
        while self.step().is_some() {}
        self.state.outcome.unwrap_or(Outcome::OutOfCommands)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::program::notation::ProgramText;
    use crate::core::program::notation::parse_list;
    use crate::core::program::{Colour, Direction, Position};

    fn board(rows: &[&str]) -> Board {
        let rows: Vec<String> = rows.iter().map(|r| r.to_string()).collect();
        Board::parse(&rows, Direction::East).expect("test board is valid")
    }

    fn main(text: &str) -> Program {
        Program::main(parse_list(text).expect("test program is valid"))
    }

    fn with_procs(main: &str, p1: &str, p2: &str) -> Program {
        let text = ProgramText { main: main.into(), p1: p1.into(), p2: p2.into(), ..Default::default() };
        Program::try_from(&text).expect("test program is valid")
    }

    fn run(b: &Board, program: &Program) -> (Outcome, u32) {
        let mut run = Execution::new(b.clone(), program);
        while run.step().is_some() {}
        (run.outcome().expect("ended"), run.steps_run())
    }

    #[test]
    fn straight_line_reaches_goal() {
        assert_eq!(run(&board(&["S..G"]), &main("F F F")), (Outcome::ReachedGoal, 3));
    }

    #[test]
    fn reaching_goal_stops_the_run_early() {
        assert_eq!(run(&board(&["S.G"]), &main("F F L L")), (Outcome::ReachedGoal, 2));
    }

    #[test]
    fn wall_stops_the_robot_and_names_the_cell() {
        let b = board(&["S#G", "..."]);
        let mut run = Execution::new(b, &main("F F"));
        let first = run.step().expect("one step");
        assert_eq!(first.outcome, Some(Outcome::HitWall { at: Position { x: 1, y: 0 } }));
        assert_eq!(first.robot.position, Position { x: 0, y: 0 });
        assert_eq!(first.tile, Some(BodyPath::routine(Routine::Main).at(0)));
        assert!(run.step().is_none(), "nothing runs after the robot stopped");
    }

    #[test]
    fn leaving_the_board_is_its_own_outcome() {
        assert_eq!(run(&board(&["G.S"]), &main("F")).0, Outcome::LeftBoard { at: Position { x: 3, y: 0 } });
    }

    #[test]
    fn out_of_commands_shows_on_the_last_tile() {
        let b = board(&["S..G"]);
        let mut one = Execution::new(b.clone(), &main("F"));
        let step = one.step().expect("runs");
        assert_eq!(step.outcome, Some(Outcome::OutOfCommands));
        assert_eq!(Execution::new(b, &Program::default()).outcome(), Some(Outcome::OutOfCommands));
    }

    #[test]
    fn turns_change_direction_only() {
        let b = Board::parse(&["S.".to_owned(), ".G".to_owned()], Direction::East).expect("valid");
        let mut run = Execution::new(b, &main("R F L F"));
        let step = run.step().expect("turn");
        assert_eq!(step.robot.facing, Direction::South);
        assert_eq!(step.robot.position, Position { x: 0, y: 0 });
        while run.step().is_some() {}
        assert_eq!(run.outcome(), Some(Outcome::ReachedGoal));
    }

    #[test]
    fn repeat_runs_its_body_that_many_times() {
        let b = board(&["S....G"]);
        assert_eq!(run(&b, &main("5{F}")), (Outcome::ReachedGoal, 6), "the repeat tile itself is a step");
        assert_eq!(run(&b, &main("4{F}")).0, Outcome::OutOfCommands);
        assert_eq!(run(&b, &main("2{2{F}} F")), (Outcome::ReachedGoal, 8), "nested loops multiply");
        assert_eq!(run(&b, &main("3{} 5{F}")).0, Outcome::ReachedGoal, "an empty loop does nothing");
    }

    #[test]
    fn the_highlight_follows_tiles_inside_loops() {
        let b = board(&["S...G"]);
        let mut run = Execution::new(b, &main("2{F F}"));
        let mut tiles = Vec::new();
        while let Some(step) = run.step() {
            tiles.push(step.tile.expect("every step has a tile"));
        }
        let top = BodyPath::routine(Routine::Main);
        let body = top.child(0, 0);
        assert_eq!(tiles, vec![top.at(0), body.at(0), body.at(1), body.at(0), body.at(1)]);
    }

    #[test]
    fn lamps_must_all_be_lit() {
        let b = board(&["SL.L"]);
        assert_eq!(run(&b, &main("F X F F")).0, Outcome::OutOfCommands);
        assert_eq!(run(&b, &main("F X F F X")).0, Outcome::ReachedGoal);
        assert_eq!(run(&b, &main("X")).0, Outcome::NoLampHere { at: Position { x: 0, y: 0 } });
        let with_goal = board(&["SLG"]);
        assert_eq!(run(&with_goal, &main("F F")).0, Outcome::OutOfCommands, "the lamp is still dark");
        assert_eq!(run(&with_goal, &main("F X F")).0, Outcome::ReachedGoal);
    }

    #[test]
    fn procedures_run_and_come_back() {
        let b = board(&["S.....G"]);
        assert_eq!(run(&b, &with_procs("P1 P1 P1", "F F", "")).0, Outcome::ReachedGoal);
        assert_eq!(run(&b, &with_procs("P2 P1", "F F", "P1 P1")).0, Outcome::ReachedGoal, "procedures call each other");
        // Three calls and six forwards: a call is a step of its own.
        assert_eq!(run(&b, &with_procs("P1 P1 P1", "F F", "")).1, 9);
    }

    #[test]
    fn a_procedure_calling_itself_last_loops_until_the_goal() {
        let b = board(&["S.........G"]);
        assert_eq!(run(&b, &with_procs("P1", "F P1", "")).0, Outcome::ReachedGoal);
        let walled = board(&["S....#...G"]);
        assert_eq!(run(&walled, &with_procs("P1", "F P1", "")).0, Outcome::HitWall { at: Position { x: 5, y: 0 } });
    }

    #[test]
    fn deep_recursion_is_stopped_with_a_reason() {
        let b = board(&["S.G", "..."]);
        // The call is not the last tile, so every call waits: the depth limit stops it.
        assert_eq!(run(&b, &with_procs("P1", "L P1 L", "")).0, Outcome::TooManyCalls);
    }

    #[test]
    fn endless_programs_stop_at_the_step_budget() {
        let b = board(&["S.G", "..."]);
        assert_eq!(run(&b, &main("U{L}")), (Outcome::StepBudget, STEP_BUDGET));
        assert_eq!(run(&b, &main("U{}")).0, Outcome::StepBudget);
        assert_eq!(run(&b, &with_procs("P1", "L P1", "")).0, Outcome::StepBudget);
    }

    #[test]
    fn conditions_choose_a_branch() {
        // A corridor that turns: "repeat until goal: if path ahead go, else turn right".
        let b = Board::parse(&["S..#".into(), "##.#".into(), "##G#".into()], Direction::East).expect("valid");
        assert_eq!(run(&b, &main("U{?ahead{F}{R}}")).0, Outcome::ReachedGoal);
        assert_eq!(run(&b, &main("U{?ahead{F} ?right{R}}")).0, Outcome::ReachedGoal, "if without else");
        let coloured = board(&["S.r.G"]);
        assert_eq!(run(&coloured, &main("F F ?red{F F}")).0, Outcome::ReachedGoal);
        assert_eq!(run(&coloured, &main("F ?red{F F F}")).0, Outcome::OutOfCommands, "not on red yet");
    }

    #[test]
    fn repeat_until_goal_stops_when_solved() {
        let b = board(&["S....G"]);
        assert_eq!(run(&b, &main("U{F}")), (Outcome::ReachedGoal, 10));
    }

    #[test]
    fn repeat_while_asks_before_each_round() {
        let b = board(&["S...#", "....G"]);
        // Three forwards to the wall, then down and along: the check is a step each round.
        assert_eq!(run(&b, &main("W?ahead{F} R F L")).0, Outcome::OutOfCommands);
        assert_eq!(run(&b, &main("W?ahead{F}")), (Outcome::OutOfCommands, 7), "4 checks, 3 forwards");
        let road = board(&["S.r.G"]);
        assert_eq!(run(&road, &main("W?!red{F} F F")).0, Outcome::ReachedGoal, "not: walk until red");
        assert_eq!(run(&road, &main("W?red{F} F")).0, Outcome::OutOfCommands, "a false test skips the body");
    }

    #[test]
    fn logic_words_join_questions() {
        let t = Board::parse(&["#.#".into(), "SbG".into(), "#.#".into()], Direction::East).expect("valid");
        // At S: path ahead, no path left (wall), no path right (wall).
        let ends = |text: &str| run(&t, &main(text)).1;
        assert_eq!(ends("?left|ahead{F}"), 2, "or: one is enough");
        assert_eq!(ends("?left&ahead{F}"), 1, "and: both needed");
        assert_eq!(ends("F ?blue&left{F}"), 3, "on blue and a path on the left");
        assert_eq!(ends("?!left{F}"), 2, "not");
    }

    #[test]
    fn a_helper_given_a_number_repeats_that_many_times_and_each_call_keeps_its_own() {
        let b = board(&["S.......G"]);
        assert_eq!(run(&b, &with_procs("P1(3) P1(5)", "N{F}", "")).0, Outcome::ReachedGoal);
        assert_eq!(run(&b, &with_procs("P1(3) P1(4)", "N{F}", "")).0, Outcome::OutOfCommands);
        // Helper 2 given 2 calls Helper 1 with 3 twice: 6 forwards, then 2 more from its own n.
        assert_eq!(run(&b, &with_procs("P2(2)", "N{F}", "N{P1(3)} N{F}")).0, Outcome::ReachedGoal);
        // A call without a number gives n = 0: Repeat n times runs nothing.
        assert_eq!(run(&b, &with_procs("P1 F", "N{F}", "")).0, Outcome::OutOfCommands);
        // Main has no n.
        assert_eq!(run(&b, &main("N{F}")).1, 1);
    }

    #[test]
    fn the_counter_is_set_added_to_and_asked() {
        // Turn right at the second opening on the right.
        let b = Board::parse(&["S....".into(), "#.#.#".into(), "###G#".into()], Direction::East).expect("valid");
        let program = main("U{F ?right{+1 ?#2{R F F}}}");
        assert_eq!(run(&b, &program).0, Outcome::ReachedGoal);
        let mut execution = Execution::new(b.clone(), &program);
        let mut counts = Vec::new();
        while execution.step().is_some() {
            counts.push(execution.count());
        }
        assert_eq!(counts.iter().max(), Some(&2));
        assert_eq!(run(&b, &main("=1 U{F ?right{+1 ?#2{R F F}}}")).0, Outcome::HitWall { at: Position { x: 1, y: 2 } });
    }

    #[test]
    fn stepping_back_restores_the_counter_and_n() {
        let b = board(&["S.......G"]);
        let program = with_procs("=2 P1(3) +1 P1(4)", "N{F +1}", "");
        let mut run = Execution::new(b, &program);
        let mut seen = vec![(run.count(), run.param())];
        while run.step().is_some() {
            seen.push((run.count(), run.param()));
        }
        // Inside the first call n is 3 and the count climbs from 2; inside the second n is 4.
        assert!(seen.contains(&(4, 3)) && seen.contains(&(6, 4)) && seen.contains(&(10, 4)), "{seen:?}");
        for expected in seen.iter().rev().skip(1) {
            assert!(run.step_back());
            assert_eq!((run.count(), run.param()), *expected);
        }
    }

    #[test]
    fn a_helpers_last_step_still_shows_its_n() {
        let b = board(&["S...", "...G"]);
        let program = with_procs("P1(3) R", "N{F}", "");
        let mut run = Execution::new(b, &program);
        let mut shown = Vec::new();
        while run.step().is_some() {
            shown.push(run.param());
        }
        // The call, the loop tile, three Forwards (the last ends the helper), then Turn right.
        assert_eq!(shown, [3, 3, 3, 3, 3, 0]);
    }

    #[test]
    fn stepping_back_restores_exact_earlier_states() {
        let b = Board::parse(&["S.L#".into(), "##.#".into(), "##G#".into()], Direction::East).expect("valid");
        let program = with_procs("P1 U{?ahead{F}{R}}", "F F X", "");
        let mut run = Execution::new(b, &program);
        let mut seen = vec![run.state().clone()];
        while run.step().is_some() {
            seen.push(run.state().clone());
        }
        assert_eq!(run.outcome(), Some(Outcome::ReachedGoal));
        assert!(seen.len() > 6);
        for expected in seen.iter().rev().skip(1) {
            assert!(run.step_back());
            assert_eq!(run.state(), expected);
        }
        assert!(!run.step_back(), "nothing before the start");
        // And forward again gives the same run.
        let mut again = vec![run.state().clone()];
        while run.step().is_some() {
            again.push(run.state().clone());
        }
        assert_eq!(again, seen);
    }

    fn answering(main: &str, event: Event, when: &str) -> Program {
        Program::main(parse_list(main).expect("valid")).with_when(event, parse_list(when).expect("valid"))
    }

    #[test]
    fn when_runs_each_time_its_event_happens_then_the_robot_carries_on() {
        // Lamps at irregular places: main only walks, When lights.
        let b = board(&["S.L.LL.G"]);
        let program = answering("U{F}", Event::OnLamp, "X");
        let mut run = Execution::new(b.clone(), &program);
        let mut tiles = Vec::new();
        while let Some(step) = run.step() {
            tiles.push(step.tile.expect("a tile").body.routine);
        }
        assert_eq!(run.outcome(), Some(Outcome::ReachedGoal));
        let lit_by_when = tiles.iter().filter(|&&r| r == Routine::When).count();
        assert_eq!(lit_by_when, 3, "once per lamp: {tiles:?}");
        // Without the When routine, the same main walks past the lamps.
        let off_the_end = Outcome::LeftBoard { at: Position { x: 8, y: 0 } };
        assert_eq!(run_to(&b, &main("U{F}")), off_the_end);
        // An empty When, or an event that never happens, changes nothing.
        assert_eq!(run_to(&b, &answering("U{F}", Event::OnLamp, "")), off_the_end);
        assert_eq!(run_to(&b, &answering("U{F}", Event::OnColour(Colour::Red), "X")), off_the_end);
    }

    fn run_to(b: &Board, program: &Program) -> Outcome {
        Execution::new(b.clone(), program).run_to_end()
    }

    #[test]
    fn turning_on_a_square_is_no_step_onto_it_and_when_is_not_interrupted_by_its_own_event() {
        // Blue squares in a row: When steps forward again onto blue, which does not start When
        // again (it would never end); the next Forward of main does.
        let b = board(&["Sbbb.", "....G"]);
        let program = answering("F F", Event::OnColour(Colour::Blue), "F");
        let mut run = Execution::new(b.clone(), &program);
        let mut path = Vec::new();
        while let Some(step) = run.step() {
            path.push((step.tile.expect("tile").body.routine, step.robot.position.x));
        }
        assert_eq!(
            path,
            [(Routine::Main, 1), (Routine::When, 2), (Routine::Main, 3), (Routine::When, 4)],
            "main, When (not again on x=2), main onto blue x=3, When"
        );
        // Turning on blue is not stepping onto it.
        let turning = answering("F R L", Event::OnColour(Colour::Blue), "X");
        assert_eq!(run_to(&b, &turning), Outcome::NoLampHere { at: Position { x: 1, y: 0 } }, "only the Forward");
    }

    #[test]
    fn when_calls_helpers_comes_back_and_stepping_back_undoes_it_exactly() {
        let b = board(&["S.L..L.G"]);
        let mut program = with_procs("U{F}", "X", "");
        program = program.with_when(Event::OnLamp, parse_list("P1").expect("valid"));
        let mut run = Execution::new(b, &program);
        let mut seen = vec![run.state().clone()];
        while run.step().is_some() {
            seen.push(run.state().clone());
        }
        assert_eq!(run.outcome(), Some(Outcome::ReachedGoal), "a helper called last in When returns to it");
        for expected in seen.iter().rev().skip(1) {
            assert!(run.step_back());
            assert_eq!(run.state(), expected);
        }
    }

    #[test]
    fn when_can_light_the_last_lamp_and_so_solve_the_level() {
        let b = board(&["S.L"]);
        let program = answering("F F", Event::OnLamp, "X");
        assert_eq!(run_to(&b, &program), Outcome::ReachedGoal);
    }
}

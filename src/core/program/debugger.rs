//! The kids' debugger: the rules of Run, Pause, Step, Step back, Stop and speed around a
//! program being built in the [`Editor`] and run by an [`Execution`].
//!
//! A [`Debugger`] is in one [`Mode`]. Editing has no run; Run or Step opens one (the robot at
//! the start, before the first tile). Playing steps by itself, one step per
//! [`Speed::seconds_per_step`], but only once the game reports that the robot's animation has
//! settled, so a pupil sees every step. A run that ends unsolved shows why and may be stepped
//! back; a solved one celebrates for [`CELEBRATE_SECONDS`] and is then reported once. Changing
//! the program closes any run; picking a tile does not, so a paused run can be looked at tile
//! by tile. Each ended run that the game must record comes back as a [`RunEnded`].
//!
//! The game only turns taps into [`Debugger::press`] and [`Debugger::edit`], calls
//! [`Debugger::advance`] every frame, and draws what it reads here.

use super::{Board, EditError, Editor, Execution, Outcome, Robot, TilePath};

/// Seconds before the first step of a run started with Run, so the pupil sees it begin.
pub const FIRST_STEP_SECONDS: f32 = 0.2;
/// Seconds the robot stands on the goal (once its animation has settled) before the level is
/// reported solved.
pub const CELEBRATE_SECONDS: f32 = 0.9;

/// How fast a run plays (saved with a player's settings by these lower-case names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Speed {
    Slow,
    #[default]
    Normal,
    Fast,
}

impl Speed {
    /// Seconds between two steps.
    pub fn seconds_per_step(self) -> f32 {
        match self {
            Speed::Slow => 0.9,
            Speed::Normal => 0.5,
            Speed::Fast => 0.18,
        }
    }

    /// How many times faster than normal the robot's animation goes.
    pub fn pace(self) -> f32 {
        Speed::Normal.seconds_per_step() / self.seconds_per_step()
    }

    /// The next speed on the speed button: slow, normal, fast, then slow again.
    pub fn next(self) -> Speed {
        match self {
            Speed::Slow => Speed::Normal,
            Speed::Normal => Speed::Fast,
            Speed::Fast => Speed::Slow,
        }
    }

    /// The Fluent id of the speed's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Speed::Slow => "robot-speed-slow",
            Speed::Normal => "robot-speed-normal",
            Speed::Fast => "robot-speed-fast",
        }
    }
}

/// What the debugger is doing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mode {
    /// No run: the program is being built.
    Editing,
    /// Running by itself, one step per tick.
    Playing,
    /// A run is open and waits for Step, Step back or Run.
    Paused,
    /// The run ended without solving the level; its reason is shown.
    Ended,
    /// Solved: a short celebration (`wait` seconds left), then the report.
    Won { wait: f32 },
    /// The solved run has been reported.
    Done,
}

/// A debugger button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    Run,
    Pause,
    Step,
    StepBack,
    Speed,
    Stop,
}

/// A run that ended and is to be recorded as an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunEnded {
    pub outcome: Outcome,
    /// Steps the run took.
    pub steps: u32,
}

impl RunEnded {
    /// Whether the run solved the level.
    pub fn solved(self) -> bool {
        self.outcome == Outcome::ReachedGoal
    }
}

/// What the status line says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The last edit was refused, for this reason.
    Refused(EditError),
    /// The run ended like this.
    Ended(Outcome),
    /// A run is open and has taken `steps` steps.
    Running { steps: u32 },
    /// No run, and no tile in the program.
    Empty,
    /// No run; the program is ready to run.
    Ready,
}

/// What the status line shows over its default: a refusal or how a run ended. Kept until the
/// run closes, is stepped back or ends again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Note {
    Refused(EditError),
    Ended(Outcome),
}

/// The debugger around one level's program.
#[derive(Debug, Clone)]
pub struct Debugger {
    board: Board,
    editor: Editor,
    run: Option<Execution>,
    mode: Mode,
    speed: Speed,
    /// Seconds until the next step while playing.
    countdown: f32,
    note: Option<Note>,
    endings: u32,
}

impl Debugger {
    /// A debugger for `board`, editing the program in `editor`, at normal speed.
    pub fn new(board: Board, editor: Editor) -> Debugger {
        Debugger {
            board,
            editor,
            run: None,
            mode: Mode::Editing,
            speed: Speed::default(),
            countdown: 0.0,
            note: None,
            endings: 0,
        }
    }

    /// The board the program runs on.
    pub fn board(&self) -> &Board {
        &self.board
    }

    /// The program being built.
    pub fn editor(&self) -> &Editor {
        &self.editor
    }

    /// The open run, if any.
    pub fn execution(&self) -> Option<&Execution> {
        self.run.as_ref()
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn speed(&self) -> Speed {
        self.speed
    }

    /// Plays at `speed` from now on (the player's chosen speed, when a level opens).
    pub fn set_speed(&mut self, speed: Speed) {
        self.speed = speed;
    }

    /// The robot as the run has it (at the start when there is no run).
    pub fn robot(&self) -> Robot {
        self.run.as_ref().map_or(self.board.start, Execution::robot)
    }

    /// Which lamps are lit, one bit per lamp.
    pub fn lit(&self) -> u32 {
        self.run.as_ref().map_or(0, Execution::lit)
    }

    /// How the open run ended, once it has.
    pub fn outcome(&self) -> Option<Outcome> {
        self.run.as_ref().and_then(Execution::outcome)
    }

    /// Steps the open run has taken.
    pub fn steps_run(&self) -> u32 {
        self.run.as_ref().map_or(0, Execution::steps_run)
    }

    /// What the robot remembers in the open run: its counter and the running helper's `n`
    /// (both 0 without a run).
    pub fn memory(&self) -> (u8, u8) {
        self.run.as_ref().map_or((0, 0), |run| (run.count(), run.param()))
    }

    /// The tile the run's last step ran (to highlight).
    pub fn current_tile(&self) -> Option<&TilePath> {
        self.run.as_ref().filter(|_| self.mode != Mode::Editing).and_then(Execution::current_tile)
    }

    /// How many runs have ended so far: the game shows each ending once (the robot bumps).
    pub fn endings(&self) -> u32 {
        self.endings
    }

    /// Whether the program can be changed now: not while playing or once solved.
    pub fn can_edit(&self) -> bool {
        matches!(self.mode, Mode::Editing | Mode::Paused | Mode::Ended)
    }

    /// Whether a control does something now (a button that does not is disabled).
    pub fn is_enabled(&self, control: Control) -> bool {
        let mode = self.mode;
        match control {
            Control::Run => matches!(mode, Mode::Editing | Mode::Paused | Mode::Ended),
            Control::Pause => mode == Mode::Playing,
            Control::Step => matches!(mode, Mode::Editing | Mode::Paused | Mode::Playing | Mode::Ended),
            Control::StepBack => {
                self.run.as_ref().is_some_and(Execution::can_step_back)
                    && matches!(mode, Mode::Paused | Mode::Playing | Mode::Ended)
            }
            Control::Speed => true,
            Control::Stop => self.run.is_some() && !matches!(mode, Mode::Won { .. } | Mode::Done),
        }
    }

    /// What the status line says now.
    pub fn status(&self) -> Status {
        match self.note {
            Some(Note::Refused(error)) => Status::Refused(error),
            Some(Note::Ended(outcome)) => Status::Ended(outcome),
            None if matches!(self.mode, Mode::Playing | Mode::Paused) && self.run.is_some() => {
                Status::Running { steps: self.steps_run() }
            }
            None if self.editor.program().is_empty() => Status::Empty,
            None => Status::Ready,
        }
    }

    /// A tap on a debugger button. Returns the run a step ended, to record.
    pub fn press(&mut self, control: Control) -> Option<RunEnded> {
        match control {
            Control::Run => match self.mode {
                Mode::Editing | Mode::Ended => {
                    self.open_run();
                    if self.mode == Mode::Paused {
                        self.mode = Mode::Playing;
                        self.countdown = FIRST_STEP_SECONDS;
                    }
                }
                Mode::Paused => self.mode = Mode::Playing,
                Mode::Playing | Mode::Won { .. } | Mode::Done => {}
            },
            Control::Pause => {
                if self.mode == Mode::Playing {
                    self.mode = Mode::Paused;
                }
            }
            Control::Step => {
                if matches!(self.mode, Mode::Editing | Mode::Ended) {
                    self.open_run();
                }
                if matches!(self.mode, Mode::Paused | Mode::Playing) {
                    self.mode = Mode::Paused;
                    return self.step();
                }
            }
            Control::StepBack => {
                if matches!(self.mode, Mode::Paused | Mode::Playing | Mode::Ended)
                    && let Some(run) = self.run.as_mut()
                    && run.step_back()
                {
                    self.mode = Mode::Paused;
                    self.note = None;
                }
            }
            Control::Speed => self.speed = self.speed.next(),
            Control::Stop => {
                if !matches!(self.mode, Mode::Won { .. } | Mode::Done) {
                    self.stop();
                }
            }
        }
        None
    }

    /// Changes the program with `edit`, if it can be changed now (false if not). A changed
    /// program closes any run; a refused edit shows why.
    pub fn edit(&mut self, edit: impl FnOnce(&mut Editor) -> Result<(), EditError>) -> bool {
        if !self.can_edit() {
            return false;
        }
        let before = self.editor.program().clone();
        let result = edit(&mut self.editor);
        if self.editor.program() != &before {
            self.stop();
        }
        if let Err(error) = result {
            self.note = Some(Note::Refused(error));
        }
        true
    }

    /// Time passes (`seconds` since the last call); `settled` says whether the robot's
    /// animation has caught up with the run. Playing takes the next step when its time has
    /// come; a solved run is reported once its celebration is over.
    pub fn advance(&mut self, seconds: f32, settled: bool) -> Option<RunEnded> {
        match self.mode {
            Mode::Playing => {
                self.countdown -= seconds;
                if self.countdown > 0.0 || !settled {
                    return None;
                }
                self.countdown = self.speed.seconds_per_step();
                self.step()
            }
            Mode::Won { wait } => {
                let wait = if settled { wait - seconds } else { wait };
                self.mode = Mode::Won { wait };
                if wait > 0.0 {
                    return None;
                }
                self.mode = Mode::Done;
                Some(RunEnded { outcome: Outcome::ReachedGoal, steps: self.steps_run() })
            }
            Mode::Editing | Mode::Paused | Mode::Ended | Mode::Done => None,
        }
    }

    /// Closes any run: the robot goes back to the start and the program can be edited.
    fn stop(&mut self) {
        self.run = None;
        self.mode = Mode::Editing;
        self.note = None;
    }

    /// Opens a run of the current program, paused before its first step. An empty program
    /// ends at once (and is not recorded: nothing ran).
    fn open_run(&mut self) {
        self.stop();
        self.run = Some(Execution::new(self.board.clone(), self.editor.program()));
        self.mode = Mode::Paused;
        self.ended();
    }

    /// Runs one step; an unsolved end is returned to record (a solved one after celebrating).
    fn step(&mut self) -> Option<RunEnded> {
        if let Some(run) = self.run.as_mut() {
            run.step();
        }
        let outcome = self.ended()?;
        (outcome != Outcome::ReachedGoal).then(|| RunEnded { outcome, steps: self.steps_run() })
    }

    /// After a step: if the run has ended, show how, and celebrate or wait for the pupil.
    fn ended(&mut self) -> Option<Outcome> {
        let outcome = self.outcome()?;
        self.note = Some(Note::Ended(outcome));
        self.endings += 1;
        self.mode = if outcome == Outcome::ReachedGoal { Mode::Won { wait: CELEBRATE_SECONDS } } else { Mode::Ended };
        Some(outcome)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::program::notation::parse_list;
    use crate::core::program::{Condition, Direction, Limits, Position, Program, Tile};

    /// A debugger on a one-row board, with `program` already in the editor.
    fn debugger(row: &str, program: &str) -> Debugger {
        let board = Board::parse(&[row.to_owned()], Direction::East).expect("test board is valid");
        let program = Program::main(parse_list(program).expect("test program is valid"));
        Debugger::new(board, Editor::new(program, Limits { slots: [8, 0, 0, 0] }, vec![Condition::PathAhead]))
    }

    /// Plays until something is reported, the robot always settled, one tenth of a second a
    /// frame (at most 200 frames).
    fn play_until_reported(debugger: &mut Debugger) -> Option<RunEnded> {
        (0..200).find_map(|_| debugger.advance(0.1, true))
    }

    #[test]
    fn a_new_debugger_edits_with_the_robot_at_the_start() {
        let debugger = debugger("S..G", "F F F");
        assert_eq!(debugger.mode(), Mode::Editing);
        assert!(debugger.execution().is_none());
        assert_eq!(debugger.robot().position, Position { x: 0, y: 0 });
        assert_eq!(debugger.status(), Status::Ready);
        assert!(debugger.can_edit());
        assert!(!debugger.is_enabled(Control::Pause));
        assert!(!debugger.is_enabled(Control::StepBack));
        assert!(!debugger.is_enabled(Control::Stop));
    }

    #[test]
    fn an_empty_program_says_so() {
        assert_eq!(debugger("S..G", "").status(), Status::Empty);
    }

    #[test]
    fn run_waits_a_moment_then_plays_one_step_per_tick_at_the_chosen_speed() {
        let mut debugger = debugger("S...G", "F F F F");
        assert_eq!(debugger.press(Control::Run), None);
        assert_eq!(debugger.mode(), Mode::Playing);
        assert_eq!(debugger.advance(0.1, true), None);
        assert_eq!(debugger.steps_run(), 0, "the first step waits {FIRST_STEP_SECONDS} s");
        debugger.advance(0.1, true);
        assert_eq!(debugger.steps_run(), 1);
        debugger.advance(Speed::Normal.seconds_per_step() - 0.01, true);
        assert_eq!(debugger.steps_run(), 1);
        debugger.advance(0.01, true);
        assert_eq!(debugger.steps_run(), 2);
        assert_eq!(debugger.status(), Status::Running { steps: 2 });
    }

    #[test]
    fn playing_waits_for_the_robot_to_settle() {
        let mut debugger = debugger("S...G", "F F F F");
        debugger.press(Control::Run);
        debugger.advance(1.0, false);
        assert_eq!(debugger.steps_run(), 0);
        debugger.advance(0.0, true);
        assert_eq!(debugger.steps_run(), 1);
    }

    #[test]
    fn pause_stops_playing_and_run_resumes() {
        let mut debugger = debugger("S...G", "F F F F");
        debugger.press(Control::Run);
        debugger.advance(0.2, true);
        debugger.press(Control::Pause);
        assert_eq!(debugger.mode(), Mode::Paused);
        debugger.advance(5.0, true);
        assert_eq!(debugger.steps_run(), 1, "paused: no step");
        debugger.press(Control::Run);
        assert_eq!(debugger.mode(), Mode::Playing);
    }

    #[test]
    fn step_opens_a_run_and_takes_one_step_paused() {
        let mut debugger = debugger("S...G", "F F F F");
        assert_eq!(debugger.press(Control::Step), None);
        assert_eq!(debugger.mode(), Mode::Paused);
        assert_eq!(debugger.steps_run(), 1);
        assert_eq!(debugger.robot().position, Position { x: 1, y: 0 });
        assert!(debugger.can_edit(), "a paused run can be looked at and edited");
    }

    #[test]
    fn step_while_playing_pauses() {
        let mut debugger = debugger("S...G", "F F F F");
        debugger.press(Control::Run);
        debugger.press(Control::Step);
        assert_eq!(debugger.mode(), Mode::Paused);
        assert_eq!(debugger.steps_run(), 1);
    }

    #[test]
    fn step_back_goes_back_one_step() {
        let mut debugger = debugger("S...G", "F F F F");
        debugger.press(Control::Step);
        debugger.press(Control::Step);
        debugger.press(Control::StepBack);
        assert_eq!(debugger.steps_run(), 1);
        assert_eq!(debugger.robot().position, Position { x: 1, y: 0 });
        assert_eq!(debugger.mode(), Mode::Paused);
    }

    #[test]
    fn an_unsolved_end_is_reported_at_once_and_explained() {
        let mut debugger = debugger("S#G", "F");
        let ended = debugger.press(Control::Step).expect("the wall ends the run");
        assert_eq!(ended, RunEnded { outcome: Outcome::HitWall { at: Position { x: 1, y: 0 } }, steps: 1 });
        assert!(!ended.solved());
        assert_eq!(debugger.mode(), Mode::Ended);
        assert_eq!(debugger.status(), Status::Ended(ended.outcome));
        assert_eq!(debugger.endings(), 1);
    }

    #[test]
    fn a_run_that_plays_into_a_wall_is_reported_while_playing() {
        let mut debugger = debugger("S.#G", "F F");
        debugger.press(Control::Run);
        let ended = play_until_reported(&mut debugger).expect("reported");
        assert_eq!(ended.outcome, Outcome::HitWall { at: Position { x: 2, y: 0 } });
        assert_eq!(debugger.mode(), Mode::Ended);
    }

    #[test]
    fn step_back_after_the_end_reopens_the_run() {
        let mut debugger = debugger("S#G", "F");
        debugger.press(Control::Step);
        assert!(debugger.is_enabled(Control::StepBack));
        debugger.press(Control::StepBack);
        assert_eq!(debugger.mode(), Mode::Paused);
        assert_eq!(debugger.outcome(), None);
        assert_eq!(debugger.status(), Status::Running { steps: 0 });
        assert!(debugger.is_enabled(Control::Step));
    }

    #[test]
    fn run_after_an_end_starts_again_from_the_start() {
        let mut debugger = debugger("S#G", "F");
        debugger.press(Control::Step);
        debugger.press(Control::Run);
        assert_eq!(debugger.mode(), Mode::Playing);
        assert_eq!(debugger.steps_run(), 0);
        assert_eq!(debugger.outcome(), None);
    }

    #[test]
    fn an_empty_program_ends_at_once_and_is_not_recorded() {
        let mut debugger = debugger("S.G", "");
        assert_eq!(debugger.press(Control::Run), None);
        assert_eq!(debugger.mode(), Mode::Ended);
        assert_eq!(debugger.status(), Status::Ended(Outcome::OutOfCommands));
        assert_eq!(debugger.press(Control::Step), None, "nothing ran: nothing to record");
    }

    #[test]
    fn a_solved_run_celebrates_then_is_reported_once() {
        let mut debugger = debugger("S.G", "F F");
        debugger.press(Control::Step);
        assert_eq!(debugger.press(Control::Step), None, "solved: reported after celebrating");
        assert_eq!(debugger.mode(), Mode::Won { wait: CELEBRATE_SECONDS });
        assert!(!debugger.can_edit());
        assert!(!debugger.is_enabled(Control::Stop));
        assert_eq!(debugger.advance(CELEBRATE_SECONDS, false), None, "the robot has not arrived yet");
        let solved = debugger.advance(CELEBRATE_SECONDS, true).expect("reported");
        assert!(solved.solved());
        assert_eq!(solved.steps, 2);
        assert_eq!(debugger.mode(), Mode::Done);
        assert_eq!(debugger.advance(1.0, true), None, "only once");
    }

    #[test]
    fn stop_closes_the_run_but_not_a_solved_one() {
        let mut debugger = debugger("S..G", "F F F");
        debugger.press(Control::Step);
        debugger.press(Control::Stop);
        assert_eq!(debugger.mode(), Mode::Editing);
        assert!(debugger.execution().is_none());
        assert_eq!(debugger.robot().position, Position { x: 0, y: 0 });

        let mut solved = self::debugger("S.G", "F F");
        solved.press(Control::Run);
        play_until_reported(&mut solved);
        solved.press(Control::Stop);
        assert_eq!(solved.mode(), Mode::Done);
    }

    #[test]
    fn speed_cycles_slow_normal_fast() {
        let mut debugger = debugger("S.G", "F");
        assert_eq!(debugger.speed(), Speed::Normal);
        debugger.press(Control::Speed);
        assert_eq!(debugger.speed(), Speed::Fast);
        debugger.press(Control::Speed);
        assert_eq!(debugger.speed(), Speed::Slow);
        assert!(Speed::Fast.pace() > 1.0 && Speed::Slow.pace() < 1.0);
    }

    #[test]
    fn changing_the_program_closes_the_run_but_picking_a_tile_does_not() {
        let mut debugger = debugger("S..G", "F F F");
        debugger.press(Control::Step);
        let first = debugger.editor().program().tile_paths()[0].clone();
        assert!(debugger.edit(|editor| editor.select(first)));
        assert_eq!(debugger.mode(), Mode::Paused, "selecting keeps the paused run");
        assert!(debugger.edit(|editor| editor.insert(Tile::TurnLeft)));
        assert_eq!(debugger.mode(), Mode::Editing);
        assert!(debugger.execution().is_none());
    }

    #[test]
    fn a_refused_edit_says_why_until_the_run_changes() {
        let mut debugger = debugger("S..G", "");
        assert!(debugger.edit(|editor| editor.undo()));
        assert_eq!(debugger.status(), Status::Refused(EditError::Nothing));
        debugger.press(Control::Step);
        assert_eq!(debugger.status(), Status::Ended(Outcome::OutOfCommands));
    }

    #[test]
    fn nothing_can_be_edited_while_playing() {
        let mut debugger = debugger("S..G", "F F F");
        debugger.press(Control::Run);
        assert!(!debugger.edit(|editor| editor.insert(Tile::Forward)));
        assert_eq!(debugger.editor().program().size(), 3);
    }
}

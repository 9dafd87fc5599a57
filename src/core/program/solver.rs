//! Proves levels solvable and computes their par, so the stars a pupil earns never depend on
//! a hand-counted number.
//!
//! **Fewest tiles.** A main routine is a sequence of top-level blocks, and what a block does
//! depends only on the robot and the lamps when it starts. So the shortest main routine is a
//! shortest path over robot states whose edges are whole blocks (a command, a loop with its
//! body, an `if`, a call), each costing its tile count. Blocks are enumerated by size up to
//! the bound being tried, and the bound grows one tile at a time, so the first solution found
//! is the smallest. Procedures are enumerated outside that search, smallest first.
//!
//! **Fewest edits** (debugging levels): breadth-first over programs one edit apart (insert,
//! delete or replace one tile) from the broken program.
//!
//! Pruning only ever drops programs that a smaller equivalent one beats: a left turn next to
//! a right turn, three equal turns in a row (one turn the other way does the same), a repeat
//! of a single repeat whose counts could be multiplied, containers with nothing in them.

use super::board::{Board, Robot};
use super::editor::{ARG_RANGE, COUNT_RANGE, Limits, MAX_NESTING};
use super::interpreter::{Code, Op, Ops, Outcome, STEP_BUDGET, State};
use super::{Block, Command, Condition, Event, Logic, Program, Routine, Test, Tile};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// What a level lets the pupil build.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchSpace {
    /// The palette.
    pub tiles: Vec<Tile>,
    /// Conditions `if` and `repeat while` tiles may ask.
    pub conditions: Vec<Condition>,
    /// Logic words tests may use.
    pub logic: Vec<Logic>,
    /// Events a `When` routine may answer (none: no `When`).
    pub events: Vec<Event>,
    /// The largest repeat count.
    pub max_times: u8,
    /// Slots per routine.
    pub limits: Limits,
}

/// How many blocks and lists the search may build before it gives up: level limits must
/// keep the search this small (a few seconds at most on a laptop).
pub const MAX_ENUMERATED: usize = 400_000;
/// How many block runs the search may try before it gives up, for the same reason.
pub const MAX_TRIED: u64 = 4_000_000;

/// Why no best program was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SolveError {
    /// No program within the limits solves the level.
    Unsolvable,
    /// Every program smaller than `tiles` was tried, but programs of that size are too many to
    /// search ([`MAX_ENUMERATED`], [`MAX_TRIED`]): lower the slot limits or offer fewer tiles.
    TooLarge { tiles: usize },
}

/// A proven best program and how much searching it took.
#[derive(Debug, Clone, PartialEq)]
pub struct Solution {
    pub program: Program,
    /// Tiles, or edits for [`fewest_edits`].
    pub cost: usize,
    /// Block runs (or whole-program runs) tried, for the printed search statistics.
    pub tried: u64,
}

/// How a block run from some state ended.
enum BlockEnd {
    Solved,
    Finished(Node),
    Failed,
}

/// What a top-level block's effect depends on: the robot, the lit lamps and the counter.
type Node = (Robot, u32, u8);

fn run_block(board: &Board, code: Ops, (robot, lit, count): Node) -> BlockEnd {
    let mut state = State::start_counting(robot, lit, count);
    state.settle(board, code);
    while state.outcome.is_none() {
        if state.advance(board, code, STEP_BUDGET).is_none() {
            break;
        }
    }
    match state.outcome {
        Some(Outcome::ReachedGoal) => BlockEnd::Solved,
        Some(Outcome::OutOfCommands) => BlockEnd::Finished((state.robot, state.lit, state.count)),
        _ => BlockEnd::Failed,
    }
}

/// Every single-tile block the palette can make: moves, calls (with each number), counter
/// tiles (with each number).
fn simple_blocks(space: &SearchSpace) -> Vec<Block> {
    let mut out = Vec::new();
    for &tile in &space.tiles {
        match tile {
            Tile::Forward | Tile::TurnLeft | Tile::TurnRight | Tile::Light | Tile::CallP1 | Tile::CallP2 => {
                out.push(tile.new_block(Test::Is(Condition::PathAhead)))
            }
            Tile::AddCount => out.push(Block::AddCount),
            Tile::CallP1With | Tile::CallP2With => {
                let routine = if tile == Tile::CallP2With { Routine::P2 } else { Routine::P1 };
                out.extend(ARG_RANGE.map(|arg| Block::CallWith { routine, arg }));
            }
            Tile::SetCount => out.extend(COUNT_RANGE.map(Block::SetCount)),
            _ => {}
        }
    }
    out
}

/// Every test the level's conditions and logic words make. `a and b` is the same as `b and
/// a`, so only one order is made (the order the level lists them).
fn tests(space: &SearchSpace) -> Vec<Test> {
    let conditions = &space.conditions;
    let mut out: Vec<Test> = conditions.iter().map(|&c| Test::Is(c)).collect();
    for &logic in &space.logic {
        match logic {
            Logic::Not => out.extend(conditions.iter().map(|&c| Test::Not(c))),
            Logic::And | Logic::Or => {
                for (i, &a) in conditions.iter().enumerate() {
                    for &b in &conditions[i + 1..] {
                        out.push(if logic == Logic::And { Test::And(a, b) } else { Test::Or(a, b) });
                    }
                }
            }
        }
    }
    out
}

/// Enumerates the blocks and lists a palette can build, by size, with memory.
struct Enumerator<'a> {
    space: &'a SearchSpace,
    simple: Vec<Block>,
    tests: Vec<Test>,
    blocks: HashMap<(usize, usize), Rc<Vec<Block>>>,
    lists: HashMap<(usize, usize), Rc<Vec<Vec<Block>>>>,
    /// Blocks and lists built so far, against [`MAX_ENUMERATED`].
    made: usize,
}

impl<'a> Enumerator<'a> {
    fn new(space: &'a SearchSpace) -> Enumerator<'a> {
        Enumerator {
            space,
            simple: simple_blocks(space),
            tests: tests(space),
            blocks: HashMap::new(),
            lists: HashMap::new(),
            made: 0,
        }
    }

    fn overflowed(&self) -> bool {
        self.made > MAX_ENUMERATED
    }

    fn offers(&self, tile: Tile) -> bool {
        self.space.tiles.contains(&tile)
    }

    /// Whether any tile that holds a body is offered (else every block is a single tile).
    fn offers_containers(&self) -> bool {
        self.space.tiles.iter().any(|t| t.is_container())
    }

    /// Every useful block of exactly `size` tiles, with containers nested at most `depth`.
    fn blocks(&mut self, size: usize, depth: usize) -> Rc<Vec<Block>> {
        if let Some(found) = self.blocks.get(&(size, depth)) {
            return found.clone();
        }
        let mut out = Vec::new();
        if self.overflowed() {
            return Rc::new(out);
        }
        if size == 1 {
            out = self.simple.clone();
        } else if size >= 2 && depth >= 1 && self.offers_containers() {
            let bodies = self.lists(size - 1, depth - 1);
            if self.offers(Tile::Repeat) {
                for times in 2..=self.space.max_times {
                    for body in bodies.iter() {
                        if let [Block::Repeat { times: inner, .. }] = body.as_slice()
                            && u16::from(*inner) * u16::from(times) <= u16::from(self.space.max_times)
                        {
                            continue;
                        }
                        out.push(Block::Repeat { times, body: body.clone() });
                    }
                }
            }
            if self.offers(Tile::RepeatUntilGoal) {
                out.extend(bodies.iter().map(|body| Block::RepeatUntilGoal { body: body.clone() }));
            }
            if self.offers(Tile::RepeatN) {
                out.extend(bodies.iter().map(|body| Block::RepeatN { body: body.clone() }));
            }
            for condition in self.tests.clone() {
                if self.offers(Tile::RepeatWhile) {
                    out.extend(bodies.iter().map(|body| Block::While { condition, body: body.clone() }));
                }
                if self.offers(Tile::If) {
                    out.extend(bodies.iter().map(|then| Block::If { condition, then: then.clone() }));
                }
                if self.offers(Tile::IfElse) {
                    for then_size in 0..size {
                        let else_size = size - 1 - then_size;
                        if else_size == 0 && self.offers(Tile::If) {
                            continue;
                        }
                        let thens = self.lists(then_size, depth - 1);
                        let elses = self.lists(else_size, depth - 1);
                        for then in thens.iter() {
                            for otherwise in elses.iter() {
                                if then.is_empty() && otherwise.is_empty() {
                                    continue;
                                }
                                out.push(Block::IfElse { condition, then: then.clone(), otherwise: otherwise.clone() });
                            }
                        }
                    }
                }
            }
        }
        self.made += out.len();
        let out = Rc::new(out);
        self.blocks.insert((size, depth), out.clone());
        out
    }

    /// Every useful list of blocks of exactly `size` tiles (for bodies, `size` may be 0).
    fn lists(&mut self, size: usize, depth: usize) -> Rc<Vec<Vec<Block>>> {
        if let Some(found) = self.lists.get(&(size, depth)) {
            return found.clone();
        }
        let mut out: Vec<Vec<Block>> = Vec::new();
        if size == 0 {
            out.push(Vec::new());
        } else if !self.overflowed() {
            for first_size in 1..=size {
                let firsts = self.blocks(first_size, depth);
                let rests = self.lists(size - first_size, depth);
                for first in firsts.iter() {
                    for rest in rests.iter() {
                        if self.redundant_start(first, rest) {
                            continue;
                        }
                        if self.made + out.len() > MAX_ENUMERATED {
                            break;
                        }
                        let mut list = Vec::with_capacity(rest.len() + 1);
                        list.push(first.clone());
                        list.extend(rest.iter().cloned());
                        out.push(list);
                    }
                }
            }
        }
        self.made += out.len();
        let out = Rc::new(out);
        self.lists.insert((size, depth), out.clone());
        out
    }

    /// Whether `first` followed by `rest` starts with turns a shorter list does the same as.
    fn redundant_start(&self, first: &Block, rest: &[Block]) -> bool {
        let turn = |b: Option<&Block>| match b {
            Some(Block::Command(c @ (Command::TurnLeft | Command::TurnRight))) => Some(*c),
            _ => None,
        };
        let (a, b, c) = (turn(Some(first)), turn(rest.first()), turn(rest.get(1)));
        match (a, b) {
            (Some(x), Some(y)) if x != y => true,
            (Some(x), Some(y)) if c == Some(x) && x == y => {
                let other = if x == Command::TurnLeft { Tile::TurnRight } else { Tile::TurnLeft };
                self.offers(other)
            }
            _ => false,
        }
    }
}

fn calls_in(list: &[Block]) -> u8 {
    list.iter()
        .map(|b| match b {
            Block::Call(Routine::P1) | Block::CallWith { routine: Routine::P1, .. } => 1,
            Block::Call(Routine::P2) | Block::CallWith { routine: Routine::P2, .. } => 2,
            other => other.bodies().iter().map(|body| calls_in(body)).fold(0, |a, b| a | b),
        })
        .fold(0, |a, b| a | b)
}

/// One candidate block, compiled once.
struct Candidate {
    block: Block,
    calls: u8,
    ops: Vec<Op>,
}

/// The smallest program (fewest tiles in all routines) that solves the board within the
/// space's limits.
pub fn shortest_program(board: &Board, space: &SearchSpace) -> Result<Solution, SolveError> {
    let mut enumerator = Enumerator::new(space);
    let mut candidates: Vec<Vec<Candidate>> = vec![Vec::new()];
    let slots = space.limits.slots;
    let offered = |tiles: [Tile; 2]| tiles.iter().any(|t| space.tiles.contains(t));
    let p1_slots = if offered([Tile::CallP1, Tile::CallP1With]) { slots[1] } else { 0 };
    let p2_slots = if offered([Tile::CallP2, Tile::CallP2With]) { slots[2] } else { 0 };
    let when_slots = if space.events.is_empty() { 0 } else { slots[3] };
    let max_total = slots[0] + p1_slots + p2_slots + when_slots;
    let mut tried = 0u64;
    for total in 1..=max_total {
        // Blocks up to this size, compiled once and kept for the larger bounds.
        let size = total.min(slots[0]);
        while candidates.len() <= size {
            let s = candidates.len();
            let blocks = enumerator.blocks(s, MAX_NESTING);
            candidates.push(
                blocks
                    .iter()
                    .map(|b| Candidate {
                        block: b.clone(),
                        calls: calls_in(std::slice::from_ref(b)),
                        ops: Code::compile_routine(std::slice::from_ref(b)),
                    })
                    .collect(),
            );
        }
        for w in 0..=when_slots.min(total - 1) {
            let events: Vec<Option<Event>> =
                if w == 0 { vec![None] } else { space.events.iter().copied().map(Some).collect() };
            for p1 in 0..=p1_slots.min(total - 1 - w) {
                let p2_max = if p1 == 0 { 0 } else { p2_slots.min(total - 1 - w - p1) };
                for p2 in 0..=p2_max {
                    let main_bound = total - w - p1 - p2;
                    if main_bound > slots[0] {
                        continue;
                    }
                    let bodies1 = enumerator.lists(p1, MAX_NESTING);
                    let bodies2 = enumerator.lists(p2, MAX_NESTING);
                    let whens = enumerator.lists(w, MAX_NESTING);
                    let available = u8::from(p1 > 0) | (u8::from(p2 > 0) << 1);
                    let fits = |list: &[Block]| calls_in(list) & !available == 0;
                    for body1 in bodies1.iter().filter(|b| fits(b)) {
                        if tried > MAX_TRIED {
                            return Err(SolveError::TooLarge { tiles: total });
                        }
                        for body2 in bodies2.iter().filter(|b| fits(b)) {
                            for when in whens.iter().filter(|b| fits(b) && !b.iter().any(Block::needs_helper)) {
                                let procs = [
                                    Code::compile_routine(body1),
                                    Code::compile_routine(body2),
                                    Code::compile_routine(when),
                                ];
                                for &event in &events {
                                    if tried > MAX_TRIED {
                                        return Err(SolveError::TooLarge { tiles: total });
                                    }
                                    let Some(main) = shortest_main(
                                        board,
                                        &candidates,
                                        &procs,
                                        event,
                                        available,
                                        main_bound,
                                        &mut tried,
                                    ) else {
                                        continue;
                                    };
                                    let mut program = Program::with_helpers(main, body1.clone(), body2.clone());
                                    if let Some(event) = event {
                                        program = program.with_when(event, when.clone());
                                    }
                                    return Ok(Solution { cost: program.size(), program, tried });
                                }
                            }
                        }
                    }
                }
            }
        }
        if enumerator.overflowed() {
            return Err(SolveError::TooLarge { tiles: total });
        }
    }
    Err(SolveError::Unsolvable)
}

/// A main routine of at most `bound` tiles that solves the board with these procedures.
fn shortest_main(
    board: &Board,
    candidates: &[Vec<Candidate>],
    procs: &[Vec<Op>; 3],
    event: Option<Event>,
    available: u8,
    bound: usize,
    tried: &mut u64,
) -> Option<Vec<Block>> {
    let start: Node = (board.start, 0, 0);
    // Cost buckets: every edge costs at least one tile, so popping bucket by bucket visits
    // states in order of the fewest tiles that reach them.
    let mut buckets: Vec<Vec<Node>> = vec![vec![start]];
    let mut best: HashMap<Node, usize> = HashMap::from([(start, 0)]);
    let mut came_from: HashMap<Node, (Node, usize, usize)> = HashMap::new();
    let mut found: Option<(usize, Node, usize, usize)> = None;
    let mut cost = 0;
    while cost < buckets.len() {
        if found.as_ref().is_some_and(|f| f.0 <= cost + 1) {
            break;
        }
        let nodes = std::mem::take(&mut buckets[cost]);
        for node in nodes {
            if best.get(&node) != Some(&cost) {
                continue;
            }
            for size in 1..=bound.saturating_sub(cost) {
                if found.as_ref().is_some_and(|f| f.0 <= cost + size) {
                    break;
                }
                for (index, candidate) in candidates[size].iter().enumerate() {
                    if candidate.calls & !available != 0 || candidate.block.needs_helper() {
                        continue;
                    }
                    *tried += 1;
                    let code = Ops {
                        routines: [
                            candidate.ops.as_slice(),
                            procs[0].as_slice(),
                            procs[1].as_slice(),
                            procs[2].as_slice(),
                        ],
                        event,
                    };
                    match run_block(board, code, node) {
                        BlockEnd::Failed => {}
                        BlockEnd::Solved => {
                            found = Some((cost + size, node, size, index));
                            break;
                        }
                        BlockEnd::Finished(next) => {
                            let next_cost = cost + size;
                            if best.get(&next).is_none_or(|&c| c > next_cost) {
                                best.insert(next, next_cost);
                                came_from.insert(next, (node, size, index));
                                if buckets.len() <= next_cost {
                                    buckets.resize(next_cost + 1, Vec::new());
                                }
                                buckets[next_cost].push(next);
                            }
                        }
                    }
                }
            }
        }
        cost += 1;
    }
    let (_, last_node, size, index) = found?;
    let mut main = vec![candidates[size][index].block.clone()];
    let mut at = last_node;
    while let Some(&(before, size, index)) = came_from.get(&at) {
        main.push(candidates[size][index].block.clone());
        at = before;
    }
    main.reverse();
    Some(main)
}

/// Whether a whole program solves the board.
pub fn solves(board: &Board, program: &Program) -> bool {
    super::Execution::new(board.clone(), program).run_to_end() == Outcome::ReachedGoal
}

/// The fewest edits (insert, delete or replace one tile; a repeat's count and an `if`'s
/// condition are part of their tile) that turn `broken` into a solution, up to `max_edits`.
pub fn fewest_edits(board: &Board, space: &SearchSpace, broken: &Program, max_edits: usize) -> Option<Solution> {
    let mut seen: HashSet<Program> = HashSet::from([broken.clone()]);
    let mut frontier = vec![broken.clone()];
    let mut tried = 0u64;
    for edits in 1..=max_edits {
        let mut next = Vec::new();
        for program in &frontier {
            for neighbour in one_edit_away(program, space) {
                if !seen.insert(neighbour.clone()) {
                    continue;
                }
                tried += 1;
                if solves(board, &neighbour) {
                    return Some(Solution { program: neighbour, cost: edits, tried });
                }
                next.push(neighbour);
            }
        }
        frontier = next;
    }
    None
}

fn one_edit_away(program: &Program, space: &SearchSpace) -> Vec<Program> {
    let simple = simple_blocks(space);
    let tests = tests(space);
    let routines = space.limits.routines();
    let mut out = Vec::new();
    for path in program.tile_paths() {
        let Some(block) = program.block(&path) else { continue };
        // Delete it.
        let mut deleted = program.clone();
        if let Some(list) = deleted.body_mut(&path.body) {
            list.remove(path.index);
            out.push(deleted);
        }
        // Replace it.
        let replacements: Vec<Block> = match block {
            Block::Command(_) | Block::Call(_) | Block::CallWith { .. } | Block::SetCount(_) | Block::AddCount => {
                simple.iter().filter(|b| *b != block).cloned().collect()
            }
            Block::Repeat { times, body } => (2..=space.max_times.max(2))
                .filter(|t| t != times)
                .map(|t| Block::Repeat { times: t, body: body.clone() })
                .collect(),
            Block::If { .. } | Block::IfElse { .. } | Block::While { .. } => tests
                .iter()
                .filter(|&&t| Some(t) != block.test())
                .map(|&t| {
                    let mut other = block.clone();
                    if let Some(test) = other.test_mut() {
                        *test = t;
                    }
                    other
                })
                .collect(),
            Block::RepeatUntilGoal { .. } | Block::RepeatN { .. } => Vec::new(),
        };
        for replacement in replacements {
            let mut replaced = program.clone();
            if let Some(slot) = replaced.block_mut(&path) {
                *slot = replacement;
                out.push(replaced);
            }
        }
    }
    // Answer another event.
    if program.event.is_some() {
        for &event in space.events.iter().filter(|&&e| Some(e) != program.event) {
            out.push(Program { event: Some(event), ..program.clone() });
        }
    }
    // Insert a simple tile anywhere there is room.
    for point in program.insertion_points(&routines) {
        let routine = point.body.routine;
        if super::list_size(program.routine(routine)) >= space.limits.of(routine) {
            continue;
        }
        for block in &simple {
            let mut inserted = program.clone();
            if let Some(list) = inserted.body_mut(&point.body) {
                list.insert(point.index, block.clone());
                out.push(inserted);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::program::notation::parse_list;
    use crate::core::program::{Direction, Execution};

    fn board(rows: &[&str], facing: Direction) -> Board {
        let rows: Vec<String> = rows.iter().map(|r| r.to_string()).collect();
        Board::parse(&rows, facing).expect("test board is valid")
    }

    fn space(tiles: &[Tile], slots: [usize; 4]) -> SearchSpace {
        SearchSpace {
            tiles: tiles.to_vec(),
            conditions: vec![Condition::PathAhead],
            logic: Vec::new(),
            events: Vec::new(),
            max_times: 5,
            limits: Limits { slots },
        }
    }

    const MOVES: [Tile; 3] = [Tile::Forward, Tile::TurnLeft, Tile::TurnRight];

    #[test]
    fn finds_the_shortest_path_around_a_wall() {
        let b = board(&["S#G", "..."], Direction::East);
        let solution = shortest_program(&b, &space(&MOVES, [12, 0, 0, 0])).expect("solvable");
        // turn right, forward, turn left, forward, forward, turn left, forward
        assert_eq!(solution.cost, 7);
        assert!(solves(&b, &solution.program));
    }

    #[test]
    fn unreachable_goal_has_no_solution() {
        let b = board(&["S#G"], Direction::East);
        assert_eq!(shortest_program(&b, &space(&MOVES, [6, 0, 0, 0])), Err(SolveError::Unsolvable));
    }

    #[test]
    fn respects_the_tiles_offered() {
        let b = board(&["S.", ".G"], Direction::East);
        let cost = |tiles: &[Tile]| shortest_program(&b, &space(tiles, [8, 0, 0, 0])).map(|s| s.cost);
        assert_eq!(cost(&[Tile::Forward, Tile::TurnLeft]), Ok(5));
        assert_eq!(cost(&MOVES), Ok(3));
    }

    #[test]
    fn a_loop_beats_a_long_line() {
        let b = board(&["S......G"], Direction::East);
        let solution = shortest_program(&b, &space(&[Tile::Forward, Tile::Repeat], [8, 0, 0, 0])).expect("solvable");
        // Seven forwards: `4{F F}` is three tiles, as the run stops the moment the goal is reached.
        assert_eq!(solution.cost, 3);
        assert!(solves(&b, &solution.program));
    }

    #[test]
    fn a_procedure_pays_off_when_a_pattern_repeats() {
        // A staircase: (forward, left, forward, right) three times.
        let b = board(&["...G", "..##", ".##.", "S#.."], Direction::North);
        let with_p1 = space(&[Tile::Forward, Tile::TurnLeft, Tile::TurnRight, Tile::CallP1], [4, 6, 0, 0]);
        let solution = shortest_program(&b, &with_p1).expect("solvable");
        assert!(solves(&b, &solution.program));
        assert!(!solution.program.routine(Routine::P1).is_empty(), "main alone does not fit in 4 slots");
    }

    #[test]
    fn conditions_solve_a_maze_in_few_tiles() {
        let b = board(&["S..#", "##.#", "##..", "###G"], Direction::East);
        let tiles = [Tile::Forward, Tile::TurnLeft, Tile::TurnRight, Tile::RepeatUntilGoal, Tile::IfElse];
        let mut space = space(&tiles, [6, 0, 0, 0]);
        space.conditions = vec![Condition::PathAhead, Condition::PathRight, Condition::PathLeft];
        let solution = shortest_program(&b, &space).expect("solvable");
        assert!(solves(&b, &solution.program));
        assert!(solution.cost <= 6);
    }

    #[test]
    fn a_search_too_large_to_finish_says_so() {
        // Unsolvable (the goal is walled in), with a palette whose programs explode.
        let b = board(&["S.#G", "..#."], Direction::East);
        let everything = [Tile::Forward, Tile::TurnLeft, Tile::TurnRight, Tile::Light, Tile::Repeat, Tile::IfElse];
        let mut big = space(&everything, [16, 0, 0, 0]);
        big.conditions = Condition::ALL.to_vec();
        big.max_times = 9;
        assert!(matches!(shortest_program(&b, &big), Err(SolveError::TooLarge { .. })));
    }

    #[test]
    fn the_search_uses_repeat_while_with_a_logic_word() {
        // Walk until red, whatever the distance: a while with `not` is shorter than counting.
        let b = board(&["S.......r", "########G"], Direction::East);
        let mut space = space(&[Tile::Forward, Tile::TurnRight, Tile::RepeatWhile], [4, 0, 0, 0]);
        space.conditions = vec![Condition::PathAhead, Condition::OnColour(crate::core::program::Colour::Red)];
        space.logic = vec![Logic::Not];
        let solution = shortest_program(&b, &space).expect("solvable");
        assert_eq!(solution.cost, 4);
        assert!(solves(&b, &solution.program));
        assert!(matches!(solution.program.routine(Routine::Main)[0], Block::While { .. }));
    }

    #[test]
    fn the_search_gives_a_helper_its_numbers() {
        let b = board(&["S....", "####.", "####G"], Direction::East);
        let tiles = [Tile::Forward, Tile::TurnRight, Tile::CallP1With, Tile::RepeatN];
        let solution = shortest_program(&b, &space(&tiles, [4, 2, 0, 0])).expect("solvable");
        assert!(solves(&b, &solution.program));
        assert_eq!(solution.cost, 5, "P1(4) R P1(2) with N{{F}}: {:?}", solution.program);
        assert_eq!(crate::core::program::notation::print_list(solution.program.routine(Routine::P1)), "N{F}");
    }

    #[test]
    fn the_search_counts_with_the_counter() {
        // Turn right at the third opening on the right (number-third-opening's board).
        let b = board(
            &[
                "#.#..#.#.#.#",
                "#.#..#.#.#.#",
                "#S..........",
                "####.#.###.#",
                "####...##..#",
                "##########.#",
                "#########..#",
                "##########G#",
            ],
            Direction::East,
        );
        let tiles = [Tile::Forward, Tile::TurnRight, Tile::RepeatUntilGoal, Tile::If, Tile::AddCount];
        let mut space = space(&tiles, [7, 0, 0, 0]);
        space.conditions = vec![Condition::PathRight, Condition::CountIs(3)];
        let solution = shortest_program(&b, &space).expect("solvable");
        assert!(solves(&b, &solution.program));
        let text = crate::core::program::notation::print_list(solution.program.routine(Routine::Main));
        assert!(text.contains("+1") && text.contains("?#3"), "the counter is what makes it short: {text}");
    }

    #[test]
    fn a_debugging_level_counts_edits_from_the_broken_program() {
        let b = board(&["S..#", "##.#", "##G#"], Direction::East);
        let broken = Program::main(parse_list("F F L F F").expect("valid"));
        assert_ne!(Execution::new(b.clone(), &broken).run_to_end(), Outcome::ReachedGoal);
        let fix = fewest_edits(&b, &space(&MOVES, [6, 0, 0, 0]), &broken, 3).expect("fixable");
        assert_eq!(fix.cost, 1, "replace the left turn with a right turn");
        assert!(solves(&b, &fix.program));
    }

    #[test]
    fn a_when_routine_is_searched_with_each_event_and_counts_its_tiles() {
        use crate::core::program::{Colour, Event};
        let b = board(&["S.L.LL.L.G"], Direction::East);
        let tiles = [Tile::Forward, Tile::Light, Tile::RepeatUntilGoal];
        let mut answering = space(&tiles, [4, 0, 0, 2]);
        answering.events = vec![Event::OnColour(Colour::Red), Event::OnLamp];
        let solution = shortest_program(&b, &answering).expect("solvable");
        assert_eq!(solution.cost, 3, "U{{F}} and When on a lamp: X");
        assert_eq!(solution.program.event, Some(Event::OnLamp));
        assert!(solves(&b, &solution.program));
        let without = space(&tiles, [4, 0, 0, 2]);
        assert_eq!(shortest_program(&b, &without), Err(SolveError::Unsolvable), "slots 2 need no events");
        // Fixing a When that answers the wrong event is one edit.
        let broken = Program::main(parse_list("U{F}").expect("valid"))
            .with_when(Event::OnColour(Colour::Red), parse_list("X").expect("valid"));
        let fix = fewest_edits(&b, &answering, &broken, 3).expect("fixable");
        assert_eq!((fix.cost, fix.program.event), (1, Some(Event::OnLamp)));
    }
}

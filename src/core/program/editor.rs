//! The editing rules behind the touch editor: a cursor where tapped tiles go in, a selected
//! tile to delete, move or adjust, slot limits per routine, and undo/redo. Kept here, away
//! from Bevy, so every rule is tested in plain Rust and the game only turns taps into calls.

use super::{Block, BodyPath, Condition, Event, Logic, Program, Routine, Test, Tile, TilePath, list_size};

/// How deeply containers may nest (a loop in an if in a loop).
pub const MAX_NESTING: usize = 3;
/// Repeat counts the editor offers.
pub const TIMES_RANGE: std::ops::RangeInclusive<u8> = 2..=9;
/// Numbers a helper can be called with.
pub const ARG_RANGE: std::ops::RangeInclusive<u8> = 1..=9;
/// Numbers a counter can be set to.
pub const COUNT_RANGE: std::ops::RangeInclusive<u8> = 0..=Condition::MAX_COUNT;

/// The numbers a tile's Fewer / More buttons go through, if it has a number.
pub fn number_range(block: &Block) -> Option<std::ops::RangeInclusive<u8>> {
    match block {
        Block::Repeat { .. } => Some(TIMES_RANGE),
        Block::CallWith { .. } => Some(ARG_RANGE),
        Block::SetCount(_) => Some(COUNT_RANGE),
        _ => None,
    }
}

/// How many tiles each routine may hold. A routine with 0 slots is not offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub slots: [usize; 4],
}

impl Limits {
    /// The slots of one routine.
    pub fn of(&self, routine: Routine) -> usize {
        self.slots[routine.index()]
    }

    /// The routines this level offers, main first.
    pub fn routines(&self) -> Vec<Routine> {
        Routine::ALL.into_iter().filter(|&r| r == Routine::Main || self.of(r) > 0).collect()
    }
}

/// Why an edit was refused. Each has a message for the pupil.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditError {
    /// The routine has no free slot.
    RoutineFull(Routine),
    /// Containers would nest deeper than [`MAX_NESTING`].
    TooDeep,
    /// A tile cannot go inside itself.
    IntoItself,
    /// There is nothing to do that to (no selection, nothing to undo, not a loop, …).
    Nothing,
    /// "Repeat n times" goes only in a helper, where `n` is the number it was called with.
    OnlyInHelper,
}

impl EditError {
    /// Every refusal (a full routine once per routine).
    pub const ALL: [EditError; 8] = [
        EditError::RoutineFull(Routine::Main),
        EditError::RoutineFull(Routine::P1),
        EditError::RoutineFull(Routine::P2),
        EditError::RoutineFull(Routine::When),
        EditError::TooDeep,
        EditError::IntoItself,
        EditError::Nothing,
        EditError::OnlyInHelper,
    ];

    /// The Fluent id that explains the refusal.
    pub fn message_id(self) -> &'static str {
        match self {
            EditError::RoutineFull(_) => "editor-full",
            EditError::TooDeep => "editor-too-deep",
            EditError::IntoItself => "editor-into-itself",
            EditError::Nothing => "editor-nothing",
            EditError::OnlyInHelper => "editor-only-in-helper",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Snapshot {
    program: Program,
    cursor: TilePath,
    selected: Option<TilePath>,
    changes: u32,
}

/// A program being edited.
#[derive(Debug, Clone, PartialEq)]
pub struct Editor {
    program: Program,
    limits: Limits,
    conditions: Vec<Condition>,
    logic: Vec<Logic>,
    events: Vec<Event>,
    cursor: TilePath,
    selected: Option<TilePath>,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    changes: u32,
    /// The tile whose count or condition the last change set: more taps on it are the same
    /// change (one undo, one change counted), as typing is in a text editor.
    adjusting: Option<TilePath>,
    /// Where the last change removed a simple tile: a simple tile put in right there next is
    /// the same change, a replacement (as the solver counts a fix).
    replacing: Option<TilePath>,
}

impl Editor {
    /// An editor over `program` (empty, or a debugging level's broken program). `conditions`
    /// are those the level's `if` tiles may ask, in the order a tap cycles through them.
    pub fn new(program: Program, limits: Limits, conditions: Vec<Condition>) -> Editor {
        let end = program.routine(Routine::Main).len();
        Editor {
            program,
            limits,
            conditions,
            logic: Vec::new(),
            events: Vec::new(),
            cursor: BodyPath::routine(Routine::Main).at(end),
            selected: None,
            undo: Vec::new(),
            redo: Vec::new(),
            changes: 0,
            adjusting: None,
            replacing: None,
        }
    }

    /// Offers the logic words a level lists (`not`, `and`, `or`), in the order a tap on
    /// "Change not / and / or" cycles through them after the plain question.
    pub fn with_logic(mut self, logic: Vec<Logic>) -> Editor {
        self.logic = logic;
        self
    }

    /// Offers the events a level lists for its `When` routine, in the order a tap on "Change
    /// the event" cycles through them. A program whose event is not among them (a new one, or
    /// one saved before) answers the first.
    pub fn with_events(mut self, events: Vec<Event>) -> Editor {
        if !self.program.event.is_some_and(|e| events.contains(&e)) {
            self.program.event = events.first().copied();
        }
        self.events = events;
        self
    }

    /// The events the level offers.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Switches `When` to the next event the level offers (one change, as a tile's question
    /// is).
    pub fn next_event(&mut self) -> Result<(), EditError> {
        let next = next_in(&self.events, self.program.event).ok_or(EditError::Nothing)?;
        if Some(next) == self.program.event {
            return Err(EditError::Nothing);
        }
        self.record_adjustment(&BodyPath::routine(Routine::When).at(usize::MAX));
        self.program.event = Some(next);
        Ok(())
    }

    /// The logic words offered.
    pub fn logic(&self) -> &[Logic] {
        &self.logic
    }

    /// The conditions offered.
    pub fn conditions(&self) -> &[Condition] {
        &self.conditions
    }

    /// The program as it is now.
    pub fn program(&self) -> &Program {
        &self.program
    }

    /// The slot limits.
    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// Where a tapped palette tile goes.
    pub fn cursor(&self) -> &TilePath {
        &self.cursor
    }

    /// The selected tile, if any.
    pub fn selected(&self) -> Option<&TilePath> {
        self.selected.as_ref()
    }

    /// How many changes were made (undo takes one back). Debugging levels score by this.
    pub fn changes(&self) -> u32 {
        self.changes
    }

    /// Tiles used in a routine, counting nested ones.
    pub fn used(&self, routine: Routine) -> usize {
        list_size(self.program.routine(routine))
    }

    /// Whether undo / redo have something to do.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Puts the cursor at an insertion point (the gap before `point.index`).
    pub fn place_cursor(&mut self, point: TilePath) -> Result<(), EditError> {
        let len = self.program.body(&point.body).map(Vec::len).ok_or(EditError::Nothing)?;
        if point.index > len || !self.limits.routines().contains(&point.body.routine) {
            return Err(EditError::Nothing);
        }
        self.cursor = point;
        self.selected = None;
        Ok(())
    }

    /// Selects a tile; the cursor goes just after it, so the next tile lands there.
    pub fn select(&mut self, tile: TilePath) -> Result<(), EditError> {
        self.program.block(&tile).ok_or(EditError::Nothing)?;
        self.cursor = tile.body.at(tile.index + 1);
        self.selected = Some(tile);
        Ok(())
    }

    /// Drops the selection (the cursor stays).
    pub fn deselect(&mut self) {
        self.selected = None;
    }

    /// Puts a new tile at the cursor. A container takes the cursor into its body, so the next
    /// tiles go inside it; the new tile is selected, so its count or condition can be set.
    pub fn insert(&mut self, tile: Tile) -> Result<(), EditError> {
        let at = self.cursor.clone();
        self.insert_at(tile, at)
    }

    /// Puts a new tile at an insertion point (a palette tile dropped there).
    pub fn insert_at(&mut self, tile: Tile, at: TilePath) -> Result<(), EditError> {
        let condition = self.conditions.first().copied().unwrap_or(Condition::PathAhead);
        let block = tile.new_block(Test::Is(condition));
        self.check_fits(&block, &at, None)?;
        if !block.is_container() && self.replacing.as_ref() == Some(&at) {
            // Joins the removal before it: undo takes both back, and it counts once.
            self.replacing = None;
        } else {
            self.record();
        }
        let container = block.is_container();
        let Some(list) = self.program.body_mut(&at.body) else { return Err(EditError::Nothing) };
        let index = at.index.min(list.len());
        list.insert(index, block);
        let placed = at.body.at(index);
        self.cursor = if container { placed.body.child(index, 0).at(0) } else { at.body.at(index + 1) };
        self.selected = Some(placed);
        Ok(())
    }

    /// Removes the selected tile (and whatever is inside it).
    pub fn delete_selected(&mut self) -> Result<(), EditError> {
        let tile = self.selected.clone().ok_or(EditError::Nothing)?;
        self.delete(tile)
    }

    /// Removes a tile (and whatever is inside it).
    pub fn delete(&mut self, tile: TilePath) -> Result<(), EditError> {
        let simple = !self.program.block(&tile).ok_or(EditError::Nothing)?.is_container();
        self.record();
        if simple {
            self.replacing = Some(tile.clone());
        }
        if let Some(list) = self.program.body_mut(&tile.body) {
            list.remove(tile.index);
        }
        self.cursor = tile.clone();
        self.selected = None;
        Ok(())
    }

    /// Moves a tile to an insertion point: reorders it, or carries it into or out of a loop,
    /// an `if` or another routine.
    pub fn move_tile(&mut self, from: TilePath, to: TilePath) -> Result<(), EditError> {
        let block = self.program.block(&from).cloned().ok_or(EditError::Nothing)?;
        let len = self.program.body(&to.body).map(Vec::len).ok_or(EditError::Nothing)?;
        if to.index > len {
            return Err(EditError::Nothing);
        }
        if to.body == from.body && (to.index == from.index || to.index == from.index + 1) {
            // Dropped where it already is.
            self.selected = Some(from);
            return Ok(());
        }
        if to.is_inside(&from.body.child(from.index, 0)) || to.is_inside(&from.body.child(from.index, 1)) {
            return Err(EditError::IntoItself);
        }
        self.check_fits(&block, &to, Some(&from))?;
        self.record();
        if let Some(list) = self.program.body_mut(&from.body) {
            list.remove(from.index);
        }
        let to = shift_after_removal(to, &from);
        let Some(list) = self.program.body_mut(&to.body) else { return Err(EditError::Nothing) };
        let index = to.index.min(list.len());
        list.insert(index, block);
        self.selected = Some(to.body.at(index));
        self.cursor = to.body.at(index + 1);
        Ok(())
    }

    /// Moves the selected tile one place earlier (`forward == false`) or later in reading
    /// order, stepping into and out of containers: the keyboard's way to drag.
    pub fn nudge_selected(&mut self, forward: bool) -> Result<(), EditError> {
        let from = self.selected.clone().ok_or(EditError::Nothing)?;
        let routines = self.limits.routines();
        // Insertion points the tile could go to: all of them except those inside itself.
        let points: Vec<TilePath> = self
            .program
            .insertion_points(&routines)
            .into_iter()
            .filter(|p| !p.is_inside(&from.body.child(from.index, 0)) && !p.is_inside(&from.body.child(from.index, 1)))
            .collect();
        // The tile sits between its "before" point and its "after" point, which are one move.
        let before = points.iter().position(|p| *p == from).ok_or(EditError::Nothing)?;
        let after = points.iter().position(|p| *p == from.body.at(from.index + 1)).ok_or(EditError::Nothing)?;
        let target = if forward { points.get(after + 1) } else { before.checked_sub(1).and_then(|i| points.get(i)) };
        let target = target.cloned().ok_or(EditError::Nothing)?;
        self.move_tile(from, target)
    }

    /// Sets the selected tile's number: how many times a `repeat` runs, the number a helper is
    /// called with, the number a counter is set to (each kept within its range).
    pub fn set_number(&mut self, number: u8) -> Result<(), EditError> {
        let tile = self.selected.clone().ok_or(EditError::Nothing)?;
        let block = self.program.block(&tile).ok_or(EditError::Nothing)?;
        let range = number_range(block).ok_or(EditError::Nothing)?;
        let number = number.clamp(*range.start(), *range.end());
        if block.number() == Some(number) {
            return Err(EditError::Nothing);
        }
        self.record_adjustment(&tile);
        match self.program.block_mut(&tile) {
            Some(Block::Repeat { times: now, .. } | Block::CallWith { arg: now, .. } | Block::SetCount(now)) => {
                *now = number
            }
            _ => return Err(EditError::Nothing),
        }
        Ok(())
    }

    /// Switches the selected `if` or `repeat while` to the next condition the level offers
    /// (its first question, when it asks two).
    pub fn next_condition(&mut self) -> Result<(), EditError> {
        self.change_test(|test, conditions, _| {
            let next = next_in(conditions, Some(test.first()))?;
            Some(test.with_first(next))
        })
    }

    /// Switches the second question of an `and` / `or` test to the next condition offered.
    pub fn next_second_condition(&mut self) -> Result<(), EditError> {
        self.change_test(|test, conditions, _| {
            let next = next_in(conditions, Some(test.second()?))?;
            Some(test.with_second(next))
        })
    }

    /// Switches the selected test to the next logic word: the plain question, then `not`,
    /// `and`, `or` as the level offers them, then back. A new second question asks the first
    /// condition the level offers that the first does not.
    pub fn next_logic(&mut self) -> Result<(), EditError> {
        self.change_test(|test, conditions, logic| {
            if logic.is_empty() {
                return None;
            }
            let next = match test.logic() {
                None => Some(logic[0]),
                Some(now) => logic.iter().position(|&l| l == now).and_then(|i| logic.get(i + 1)).copied(),
            };
            let second = conditions.iter().copied().find(|&c| c != test.first()).unwrap_or(test.first());
            Some(test.with_logic(next, second))
        })
    }

    fn change_test(
        &mut self,
        change: impl FnOnce(Test, &[Condition], &[Logic]) -> Option<Test>,
    ) -> Result<(), EditError> {
        let tile = self.selected.clone().ok_or(EditError::Nothing)?;
        let current = self.program.block(&tile).and_then(Block::test).ok_or(EditError::Nothing)?;
        let next = change(current, &self.conditions, &self.logic).ok_or(EditError::Nothing)?;
        if next == current {
            return Err(EditError::Nothing);
        }
        self.record_adjustment(&tile);
        if let Some(test) = self.program.block_mut(&tile).and_then(Block::test_mut) {
            *test = next;
        }
        Ok(())
    }

    /// Empties every routine.
    pub fn clear(&mut self) -> Result<(), EditError> {
        if self.program.is_empty() {
            return Err(EditError::Nothing);
        }
        self.record();
        self.program = Program { event: self.program.event, ..Program::default() };
        self.cursor = BodyPath::routine(Routine::Main).at(0);
        self.selected = None;
        Ok(())
    }

    /// Takes back the last change.
    pub fn undo(&mut self) -> Result<(), EditError> {
        let snapshot = self.undo.pop().ok_or(EditError::Nothing)?;
        let now = self.snapshot();
        self.redo.push(now);
        self.restore(snapshot);
        Ok(())
    }

    /// Makes the last undone change again.
    pub fn redo(&mut self) -> Result<(), EditError> {
        let snapshot = self.redo.pop().ok_or(EditError::Nothing)?;
        let now = self.snapshot();
        self.undo.push(now);
        self.restore(snapshot);
        Ok(())
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            program: self.program.clone(),
            cursor: self.cursor.clone(),
            selected: self.selected.clone(),
            changes: self.changes,
        }
    }

    fn restore(&mut self, snapshot: Snapshot) {
        self.adjusting = None;
        self.replacing = None;
        self.program = snapshot.program;
        self.cursor = snapshot.cursor;
        self.selected = snapshot.selected;
        self.changes = snapshot.changes;
    }

    /// Saves the state for undo before a change, and counts the change.
    fn record(&mut self) {
        let now = self.snapshot();
        self.undo.push(now);
        self.redo.clear();
        self.changes += 1;
        self.adjusting = None;
        self.replacing = None;
    }

    /// Like [`Editor::record`], but further adjustments of the same tile join this change.
    fn record_adjustment(&mut self, tile: &TilePath) {
        if self.adjusting.as_ref() != Some(tile) {
            self.record();
            self.adjusting = Some(tile.clone());
        }
    }

    /// Whether `block` may go to `at` (moving from `from`, whose own tiles then free up).
    fn check_fits(&self, block: &Block, at: &TilePath, from: Option<&TilePath>) -> Result<(), EditError> {
        let routine = at.body.routine;
        if !self.limits.routines().contains(&routine) {
            return Err(EditError::Nothing);
        }
        self.program.body(&at.body).ok_or(EditError::Nothing)?;
        let freed = if from.is_some_and(|f| f.body.routine == routine) { block.size() } else { 0 };
        if self.used(routine) - freed + block.size() > self.limits.of(routine) {
            return Err(EditError::RoutineFull(routine));
        }
        let nesting = at.body.nest.len() + block.depth();
        if nesting > MAX_NESTING {
            return Err(EditError::TooDeep);
        }
        if !routine.is_helper() && block.needs_helper() {
            return Err(EditError::OnlyInHelper);
        }
        Ok(())
    }
}

/// The item after `now` in `list`, wrapping round; `None` when there is nothing else to pick.
fn next_in<T: Copy + PartialEq>(list: &[T], now: Option<T>) -> Option<T> {
    if list.len() < 2 {
        return None;
    }
    let at = now.and_then(|n| list.iter().position(|&c| c == n)).map_or(0, |i| (i + 1) % list.len());
    Some(list[at])
}

/// Where insertion point `to` is once the tile at `from` has been taken out.
fn shift_after_removal(mut to: TilePath, from: &TilePath) -> TilePath {
    let depth = from.body.nest.len();
    if !to.is_inside(&from.body) {
        return to;
    }
    if to.body.nest.len() == depth {
        if to.index > from.index {
            to.index -= 1;
        }
    } else if to.body.nest[depth].0 > from.index {
        to.body.nest[depth].0 -= 1;
    }
    to
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::program::notation::print_list;

    fn editor(slots: [usize; 4]) -> Editor {
        Editor::new(Program::default(), Limits { slots }, vec![Condition::PathAhead, Condition::PathRight])
    }

    fn main_text(e: &Editor) -> String {
        print_list(e.program().routine(Routine::Main))
    }

    fn main_at(index: usize) -> TilePath {
        BodyPath::routine(Routine::Main).at(index)
    }

    #[test]
    fn tapped_tiles_go_in_at_the_cursor() {
        let mut e = editor([8, 0, 0, 0]);
        e.insert(Tile::Forward).expect("fits");
        e.insert(Tile::TurnLeft).expect("fits");
        e.place_cursor(main_at(1)).expect("a gap");
        e.insert(Tile::Forward).expect("fits");
        assert_eq!(main_text(&e), "F F L");
        assert_eq!(e.cursor(), &main_at(2));
    }

    #[test]
    fn a_container_takes_the_next_tiles_inside() {
        let mut e = editor([8, 0, 0, 0]);
        e.insert(Tile::Repeat).expect("fits");
        e.insert(Tile::Forward).expect("fits");
        e.insert(Tile::TurnRight).expect("fits");
        assert_eq!(main_text(&e), "2{F R}");
        e.select(main_at(0)).expect("the loop");
        e.set_number(4).expect("a loop");
        e.insert(Tile::Forward).expect("after the loop");
        assert_eq!(main_text(&e), "4{F R} F");
    }

    #[test]
    fn slot_limits_hold_for_each_routine() {
        let mut e = editor([2, 1, 0, 0]);
        e.insert(Tile::Forward).expect("fits");
        e.insert(Tile::CallP1).expect("fits");
        assert_eq!(e.insert(Tile::Forward), Err(EditError::RoutineFull(Routine::Main)));
        e.place_cursor(BodyPath::routine(Routine::P1).at(0)).expect("p1 is offered");
        e.insert(Tile::Forward).expect("p1 has a slot");
        assert_eq!(e.insert(Tile::Forward), Err(EditError::RoutineFull(Routine::P1)));
        assert_eq!(e.place_cursor(BodyPath::routine(Routine::P2).at(0)), Err(EditError::Nothing), "p2 not offered");
        assert_eq!(e.used(Routine::Main), 2);
    }

    #[test]
    fn nesting_is_limited() {
        let mut e = editor([12, 0, 0, 0]);
        for _ in 0..MAX_NESTING {
            e.insert(Tile::Repeat).expect("fits");
        }
        assert_eq!(e.insert(Tile::Repeat), Err(EditError::TooDeep));
        e.insert(Tile::Forward).expect("simple tiles fit at the bottom");
    }

    #[test]
    fn dragging_moves_tiles_into_and_out_of_loops() {
        let mut e = Editor::new(
            Program::main(crate::core::program::notation::parse_list("F L 2{R} F").expect("valid")),
            Limits { slots: [8, 0, 0, 0] },
            vec![],
        );
        // Forward (first) into the loop's body, after R.
        let body = BodyPath::routine(Routine::Main).child(2, 0);
        e.move_tile(main_at(0), body.at(1)).expect("moves in");
        assert_eq!(main_text(&e), "L 2{R F} F");
        // R out of the loop to the very end.
        e.move_tile(BodyPath::routine(Routine::Main).child(1, 0).at(0), main_at(3)).expect("moves out");
        assert_eq!(main_text(&e), "L 2{F} F R");
        // Reorder: the last to the front.
        e.move_tile(main_at(3), main_at(0)).expect("reorders");
        assert_eq!(main_text(&e), "R L 2{F} F");
        // A loop cannot go into itself.
        assert_eq!(
            e.move_tile(main_at(2), BodyPath::routine(Routine::Main).child(2, 0).at(0)),
            Err(EditError::IntoItself)
        );
        assert_eq!(e.changes(), 3);
    }

    #[test]
    fn nudging_walks_a_tile_through_the_program() {
        let mut e = Editor::new(
            Program::main(crate::core::program::notation::parse_list("F 2{R} L").expect("valid")),
            Limits { slots: [8, 0, 0, 0] },
            vec![],
        );
        e.select(main_at(0)).expect("F");
        let mut seen = vec![main_text(&e)];
        while e.nudge_selected(true).is_ok() {
            seen.push(main_text(&e));
        }
        assert_eq!(seen, vec!["F 2{R} L", "2{F R} L", "2{R F} L", "2{R} F L", "2{R} L F"]);
        while e.nudge_selected(false).is_ok() {}
        assert_eq!(main_text(&e), "F 2{R} L");
    }

    #[test]
    fn undo_and_redo_walk_through_changes() {
        let mut e = editor([8, 0, 0, 0]);
        e.insert(Tile::Forward).expect("fits");
        e.insert(Tile::TurnLeft).expect("fits");
        e.select(main_at(0)).expect("F");
        e.delete_selected().expect("selected");
        assert_eq!(main_text(&e), "L");
        e.undo().expect("one back");
        assert_eq!(main_text(&e), "F L");
        e.undo().expect("two back");
        assert_eq!(main_text(&e), "F");
        e.redo().expect("forward");
        assert_eq!(main_text(&e), "F L");
        assert_eq!(e.changes(), 2);
        e.insert(Tile::Forward).expect("a new change");
        assert!(!e.can_redo(), "a new change drops the redo list");
        e.clear().expect("not empty");
        assert!(e.program().is_empty());
        e.undo().expect("clear can be undone");
        assert_eq!(e.program().size(), 3);
    }

    #[test]
    fn setting_a_count_in_several_taps_is_one_change() {
        let mut e = Editor::new(
            Program::main(crate::core::program::notation::parse_list("2{F} L").expect("valid")),
            Limits { slots: [8, 0, 0, 0] },
            vec![],
        );
        e.select(main_at(0)).expect("the loop");
        for times in 3..=5 {
            e.set_number(times).expect("a loop");
        }
        assert_eq!(main_text(&e), "5{F} L");
        assert_eq!(e.changes(), 1, "a debugging level counts this as one fix");
        e.undo().expect("one undo");
        assert_eq!(main_text(&e), "2{F} L");
        e.redo().expect("and back");
        e.set_number(4).expect("after an undo/redo, a new change");
        assert_eq!(e.changes(), 2);
        e.select(main_at(1)).expect("L");
        e.delete_selected().expect("another change");
        e.select(main_at(0)).expect("the loop");
        e.set_number(2).expect("a loop");
        assert_eq!(e.changes(), 4, "other changes in between start a new one");
    }

    #[test]
    fn removing_a_tile_and_putting_another_in_its_place_is_one_change() {
        let mut e = Editor::new(
            Program::main(crate::core::program::notation::parse_list("F L F").expect("valid")),
            Limits { slots: [8, 0, 0, 0] },
            vec![],
        );
        e.select(main_at(1)).expect("L");
        e.delete_selected().expect("selected");
        e.insert(Tile::TurnRight).expect("fits");
        assert_eq!(main_text(&e), "F R F");
        assert_eq!(e.changes(), 1, "a replacement, as the solver counts it");
        e.undo().expect("one undo takes both back");
        assert_eq!(main_text(&e), "F L F");
        // Elsewhere, or a second tile, is a change of its own.
        e.select(main_at(1)).expect("L");
        e.delete_selected().expect("selected");
        e.place_cursor(main_at(0)).expect("a gap");
        e.insert(Tile::TurnRight).expect("fits");
        e.insert(Tile::TurnRight).expect("fits");
        assert_eq!(e.changes(), 3);
    }

    #[test]
    fn if_tiles_cycle_through_the_levels_conditions() {
        let mut e = editor([8, 0, 0, 0]);
        e.insert(Tile::IfElse).expect("fits");
        assert_eq!(main_text(&e), "?ahead{}{}");
        e.next_condition().expect("an if");
        assert_eq!(main_text(&e), "?right{}{}");
        e.next_condition().expect("an if");
        assert_eq!(main_text(&e), "?ahead{}{}");
        assert_eq!(e.set_number(3), Err(EditError::Nothing), "not a loop");
    }

    #[test]
    fn tests_change_their_logic_word_and_second_question() {
        let mut e = Editor::new(
            Program::default(),
            Limits { slots: [8, 0, 0, 0] },
            vec![Condition::PathAhead, Condition::PathLeft, Condition::OnColour(crate::core::program::Colour::Red)],
        )
        .with_logic(vec![Logic::Not, Logic::Or]);
        e.insert(Tile::RepeatWhile).expect("fits");
        assert_eq!(main_text(&e), "W?ahead{}");
        e.next_logic().expect("not is offered");
        assert_eq!(main_text(&e), "W?!ahead{}");
        e.next_logic().expect("or is offered");
        assert_eq!(main_text(&e), "W?ahead|left{}", "the second question is another condition");
        e.next_second_condition().expect("an or");
        assert_eq!(main_text(&e), "W?ahead|red{}");
        e.next_condition().expect("a test");
        assert_eq!(main_text(&e), "W?left|red{}");
        e.next_logic().expect("back to the plain question");
        assert_eq!(main_text(&e), "W?left{}");
        assert_eq!(e.next_second_condition(), Err(EditError::Nothing), "a plain question has no second");
        assert_eq!(e.changes(), 2, "the new tile, then adjusting it: one change however many taps");
        let mut plain = editor([8, 0, 0, 0]);
        plain.insert(Tile::If).expect("fits");
        assert_eq!(plain.next_logic(), Err(EditError::Nothing), "no logic offered");
    }

    #[test]
    fn numbers_stay_in_each_tiles_range() {
        let mut e = editor([8, 6, 0, 0]);
        e.insert(Tile::CallP1With).expect("fits");
        e.set_number(0).expect("clamped to 1");
        assert_eq!(main_text(&e), "P1(1)");
        e.insert(Tile::SetCount).expect("fits");
        e.set_number(0).expect_err("already 0");
        e.set_number(12).expect("clamped to 9");
        e.insert(Tile::AddCount).expect("fits");
        assert_eq!(main_text(&e), "P1(1) =9 +1");
        assert_eq!(e.set_number(3), Err(EditError::Nothing), "+1 has no number");
    }

    #[test]
    fn repeat_n_goes_only_in_a_helper() {
        let mut e = editor([8, 6, 0, 0]);
        assert_eq!(e.insert(Tile::RepeatN), Err(EditError::OnlyInHelper));
        e.place_cursor(BodyPath::routine(Routine::P1).at(0)).expect("p1");
        e.insert(Tile::RepeatN).expect("in a helper");
        e.insert(Tile::Forward).expect("inside");
        let loop_in_p1 = BodyPath::routine(Routine::P1).at(0);
        assert_eq!(e.move_tile(loop_in_p1, main_at(0)), Err(EditError::OnlyInHelper), "nor moved out");
    }

    #[test]
    fn when_answers_one_of_the_levels_events_and_changing_it_is_one_change() {
        use crate::core::program::{Colour, Event};
        let red = Event::OnColour(Colour::Red);
        let mut e = editor([6, 0, 0, 3]).with_events(vec![Event::OnLamp, red]);
        assert_eq!(e.program().event, Some(Event::OnLamp), "a new program answers the first event");
        e.place_cursor(BodyPath::routine(Routine::When).at(0)).expect("when is offered");
        e.insert(Tile::Light).expect("fits");
        e.next_event().expect("two events");
        e.next_event().expect("and back");
        e.next_event().expect("and on");
        assert_eq!(e.program().event, Some(red));
        assert_eq!(e.changes(), 2, "the tile, then the event however many taps");
        e.undo().expect("undo");
        assert_eq!(e.program().event, Some(Event::OnLamp));
        e.insert(Tile::Forward).expect("fits");
        e.clear().expect("clears");
        assert_eq!(e.program().event, Some(Event::OnLamp), "clearing keeps the chosen event");
        assert_eq!(e.place_cursor(BodyPath::routine(Routine::P1).at(0)), Err(EditError::Nothing));
        let mut one = editor([6, 0, 0, 3]).with_events(vec![red]);
        assert_eq!(one.next_event(), Err(EditError::Nothing), "nothing to change to");
        let mut none = editor([6, 4, 0, 0]);
        assert_eq!(none.program().event, None);
        assert_eq!(none.next_event(), Err(EditError::Nothing));
        none.place_cursor(BodyPath::routine(Routine::P1).at(0)).expect("p1");
        none.insert(Tile::RepeatN).expect("in a helper");
        let mut handler = editor([6, 4, 0, 3]).with_events(vec![red]);
        handler.place_cursor(BodyPath::routine(Routine::When).at(0)).expect("when");
        assert_eq!(handler.insert(Tile::RepeatN), Err(EditError::OnlyInHelper), "When is no helper");
    }
}

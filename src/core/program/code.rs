//! The program as text: the same tiles written in a small Python-like language, one line per
//! tile, the bodies of loops, ifs and helpers indented below them. The game shows it beside
//! the tiles ("Show as code") and the teacher's page under a pupil's tiles, so a pupil sees
//! that a program of tiles and a program of text are the same thing.
//!
//! ```text
//! def helper_1():
//!     forward()
//! for i in range(3):
//!     forward()
//!     turn_right()
//! while not done():
//!     if path_ahead():
//!         forward()
//!     else:
//!         turn_left()
//! helper_1()
//! ```
//!
//! - **Helpers come first**, as `def` blocks, and the main routine's tiles follow at the top
//!   level, not indented. Python runs a file from the top, so a function must be defined
//!   before the line that calls it runs: in this order the text is a real Python program
//!   (given the robot's functions), which is the point of showing it.
//! - **Python's own words stay Python's** (`def`, `for`, `in`, `range`, `while`, `not`, `if`,
//!   `else`, `pass`) in every language, as in the real language; so do the loop counters `i`,
//!   `j`, `k`. The names of commands, conditions and helpers are the pupil's words: each is a
//!   Fluent message (`code-forward = forward`, de `vorwärts`, uk `вперед`) written as a
//!   Python identifier (lower case, `_` for spaces; Python allows letters of any script).
//! - `Repeat until done` is `while not done():` (it checks before each round, as the robot
//!   does); an empty body is `pass`, as Python needs one line there.
//! - A helper with no tiles is left out, unless something calls it: then it is `def …:` with
//!   `pass`, so no call names a function that is not there.
//! - A helper called with a number is `def helper_1(n):`, called as `helper_1(3)`; "Repeat n
//!   times" is `for i in range(n):`. `n` is the same in every language, like the counters.
//! - `Repeat while` is `while …:`; tests read `not path_ahead()`, `path_left() or
//!   path_right()`, `on_red() and path_ahead()`, as Python writes them.
//! - The robot's counter is `count` (translated): `count = 0`, `count += 1`, `count == 3`.
//!   It starts at 0, so a program that uses it begins with `count = 0` (a line of no tile),
//!   and a helper that changes it says `global count` first, as Python needs.
//! - The `When` routine is a function named after its event, `def when_on_lamp():`, after the
//!   helpers and before main. Nothing in the text calls it: the robot does, each time the
//!   event happens, as Pygame Zero calls a game's `on_mouse_down()` (the event names are
//!   translated like the commands). It is written only when it has tiles.
//!
//! Every line knows the tile it shows ([`CodeLine::tile`]): each tile is exactly one line, so
//! the running tile is one running line. `def`, `else` and `pass` lines show no tile.

use super::{Block, BodyPath, Command, Condition, Event, Program, Routine, Test, Tile, TilePath};

/// The text of one level of indentation: four spaces, as Python's style guide (PEP 8) asks.
pub const INDENT: &str = "    ";

/// The loop counters, one per `for` loop a line is inside (innermost last). Deeper loops than
/// the list (no level allows them) count with `_`. No `l`: it looks like `1`; no `n`: it is
/// the helper's number.
const COUNTERS: [&str; 8] = ["i", "j", "k", "m", "p", "q", "r", "s"];

/// The name of the number a helper is called with.
pub const PARAM: &str = "n";

/// The Fluent id of the robot's counter's name.
pub const COUNT_ID: &str = "code-count";

/// The Fluent id of the condition `Repeat until done` asks (the level is solved).
pub const DONE_ID: &str = "code-done";

/// One piece of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// A word of Python itself (`def`, `for`, `in`, `range`, `while`, `not`, `if`, `else`,
    /// `pass`): the same in every language.
    Keyword(&'static str),
    /// A loop's counter (`i`, `j`, …): the same in every language.
    Counter(&'static str),
    /// Brackets and colons, written without a space before them.
    Symbol(&'static str),
    /// `=`, `+=`, `==`: written with a space on each side.
    Operator(&'static str),
    /// A command, condition or helper, by the Fluent id of its name in the pupil's language.
    Name(&'static str),
    /// A number: how many times a loop repeats.
    Number(u32),
}

/// One line of the program's text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CodeLine {
    /// The routine the line belongs to (a renderer may leave a gap where it changes).
    pub routine: Routine,
    /// Levels of indentation ([`INDENT`] each).
    pub indent: usize,
    /// What the line says, in order.
    pub parts: Vec<Part>,
    /// The tile this line shows; `None` for `def`, `else:` and `pass`.
    pub tile: Option<TilePath>,
}

impl CodeLine {
    /// The line without its indentation, the names written by `name` (a Fluent id to its text
    /// in the pupil's language).
    pub fn text(&self, name: impl Fn(&str) -> String) -> String {
        self.pieces(name).into_iter().map(|(_, text)| text).collect()
    }

    /// Each part as text with the space before it (none before a bracket or colon, nor after
    /// an opening bracket), for a renderer that colours each part by what it is.
    pub fn pieces(&self, name: impl Fn(&str) -> String) -> Vec<(Part, String)> {
        let mut after_open = true;
        self.parts
            .iter()
            .map(|&part| {
                let word = match part {
                    Part::Keyword(word) | Part::Counter(word) | Part::Symbol(word) | Part::Operator(word) => {
                        word.to_owned()
                    }
                    Part::Name(id) => name(id),
                    Part::Number(number) => number.to_string(),
                };
                let spaced = !after_open && !matches!(part, Part::Symbol(_));
                after_open = matches!(part, Part::Symbol(symbol) if symbol.ends_with('('));
                (part, if spaced { format!(" {word}") } else { word })
            })
            .collect()
    }

    /// The line as it is written: its indentation, then [`CodeLine::text`].
    pub fn indented(&self, name: impl Fn(&str) -> String) -> String {
        INDENT.repeat(self.indent) + &self.text(name)
    }
}

/// The program as lines of text: the helpers that have tiles (or are called), each as a `def`
/// block, then the main routine.
pub fn code_lines(program: &Program) -> Vec<CodeLine> {
    let blocks: Vec<&Block> = program.tile_paths().iter().filter_map(|path| program.block(path)).collect();
    let called = |routine: Routine| {
        blocks.iter().any(|b| matches!(b, Block::Call(r) | Block::CallWith { routine: r, .. } if *r == routine))
    };
    let counts = |list: &[Block]| {
        let mut found = false;
        walk(list, &mut |b| {
            found |= matches!(b, Block::SetCount(_) | Block::AddCount)
                || b.test().is_some_and(|t| [Some(t.first()), t.second()].into_iter().flatten().any(is_count))
        });
        found
    };
    let mut writer = Writer { lines: Vec::new(), routine: Routine::Main };
    let main_sets_first = matches!(program.routine(Routine::Main).first(), Some(Block::SetCount(_)));
    if program.routines.iter().any(|r| counts(r)) && !main_sets_first {
        writer.push(0, vec![Part::Name(COUNT_ID), Part::Operator("="), Part::Number(0)], None);
    }
    for routine in [Routine::P1, Routine::P2] {
        let list = program.routine(routine);
        if list.is_empty() && !called(routine) {
            continue;
        }
        writer.routine = routine;
        let numbered = blocks.iter().any(|b| matches!(b, Block::CallWith { routine: r, .. } if *r == routine))
            || list.iter().any(Block::needs_helper);
        let parameters = if numbered {
            vec![Part::Symbol("("), Part::Counter(PARAM), Part::Symbol("):")]
        } else {
            vec![Part::Symbol("():")]
        };
        let mut def = vec![Part::Keyword("def"), Part::Name(routine_name(routine))];
        def.extend(parameters);
        writer.push(0, def, None);
        let mut changes_count = false;
        walk(list, &mut |b| changes_count |= matches!(b, Block::SetCount(_) | Block::AddCount));
        if changes_count {
            writer.push(1, vec![Part::Keyword("global"), Part::Name(COUNT_ID)], None);
        }
        writer.body(list, &BodyPath::routine(routine), 1, 0);
    }
    let when = program.routine(Routine::When);
    if let (Some(event), false) = (program.event, when.is_empty()) {
        writer.routine = Routine::When;
        writer.push(0, vec![Part::Keyword("def"), Part::Name(event_name(event)), Part::Symbol("():")], None);
        let mut changes_count = false;
        walk(when, &mut |b| changes_count |= matches!(b, Block::SetCount(_) | Block::AddCount));
        if changes_count {
            writer.push(1, vec![Part::Keyword("global"), Part::Name(COUNT_ID)], None);
        }
        writer.body(when, &BodyPath::routine(Routine::When), 1, 0);
    }
    writer.routine = Routine::Main;
    writer.list(program.routine(Routine::Main), &BodyPath::routine(Routine::Main), 0, 0);
    writer.lines
}

/// Calls `visit` on every block in `list`, bodies included.
fn walk(list: &[Block], visit: &mut impl FnMut(&Block)) {
    for block in list {
        visit(block);
        for body in block.bodies() {
            walk(body, visit);
        }
    }
}

fn is_count(condition: Condition) -> bool {
    matches!(condition, Condition::CountIs(_))
}

/// The line that shows the tile at `tile`, if the program has that tile.
pub fn line_of(lines: &[CodeLine], tile: &TilePath) -> Option<usize> {
    lines.iter().position(|line| line.tile.as_ref() == Some(tile))
}

/// Every Fluent id a line can name: the commands, the conditions, the helpers (and main, which
/// nothing calls today but the program model allows) and [`DONE_ID`].
pub fn name_ids() -> Vec<&'static str> {
    let commands = Tile::ALL.into_iter().filter_map(|tile| match tile.new_block(Test::Is(Condition::PathAhead)) {
        Block::Command(command) => Some(command_name(command)),
        _ => None,
    });
    let conditions = Condition::ALL.into_iter().map(condition_name);
    let routines = Routine::ALL.into_iter().filter(|&r| r != Routine::When).map(routine_name);
    let events = Event::ALL.into_iter().map(event_name);
    commands.chain(conditions).chain(routines).chain(events).chain([DONE_ID, COUNT_ID]).collect()
}

fn command_name(command: Command) -> &'static str {
    match command {
        Command::Forward => "code-forward",
        Command::TurnLeft => "code-turn-left",
        Command::TurnRight => "code-turn-right",
        Command::Light => "code-light",
    }
}

fn condition_name(condition: Condition) -> &'static str {
    match condition {
        Condition::PathAhead => "code-path-ahead",
        Condition::PathLeft => "code-path-left",
        Condition::PathRight => "code-path-right",
        Condition::OnColour(super::Colour::Red) => "code-on-red",
        Condition::OnColour(super::Colour::Blue) => "code-on-blue",
        Condition::OnColour(super::Colour::Green) => "code-on-green",
        Condition::CountIs(_) => COUNT_ID,
    }
}

/// One question as code: `path_ahead()`, or `count == 3`.
fn condition_parts(condition: Condition) -> Vec<Part> {
    match condition {
        Condition::CountIs(n) => vec![Part::Name(COUNT_ID), Part::Operator("=="), Part::Number(u32::from(n))],
        other => vec![Part::Name(condition_name(other)), Part::Symbol("()")],
    }
}

/// A test as code, as Python writes it.
fn test_parts(test: Test) -> Vec<Part> {
    match test {
        Test::Is(c) => condition_parts(c),
        Test::Not(c) => [vec![Part::Keyword("not")], condition_parts(c)].concat(),
        Test::And(a, b) => [condition_parts(a), vec![Part::Keyword("and")], condition_parts(b)].concat(),
        Test::Or(a, b) => [condition_parts(a), vec![Part::Keyword("or")], condition_parts(b)].concat(),
    }
}

fn routine_name(routine: Routine) -> &'static str {
    match routine {
        Routine::Main => "code-main",
        Routine::P1 => "code-p1",
        Routine::P2 => "code-p2",
        // Named by its event: see `event_name`.
        Routine::When => "code-main",
    }
}

/// The name of the function the robot calls when `event` happens.
fn event_name(event: Event) -> &'static str {
    match event {
        Event::OnLamp => "code-when-on-lamp",
        Event::OnColour(super::Colour::Red) => "code-when-on-red",
        Event::OnColour(super::Colour::Blue) => "code-when-on-blue",
        Event::OnColour(super::Colour::Green) => "code-when-on-green",
    }
}

/// Collects the lines of one routine after another.
struct Writer {
    lines: Vec<CodeLine>,
    routine: Routine,
}

impl Writer {
    fn push(&mut self, indent: usize, parts: Vec<Part>, tile: Option<TilePath>) {
        self.lines.push(CodeLine { routine: self.routine, indent, parts, tile });
    }

    /// A body: its tiles, or `pass` when it has none. `loops` counts the `for` loops around it.
    fn body(&mut self, list: &[Block], path: &BodyPath, indent: usize, loops: usize) {
        if list.is_empty() {
            self.push(indent, vec![Part::Keyword("pass")], None);
        } else {
            self.list(list, path, indent, loops);
        }
    }

    fn list(&mut self, list: &[Block], path: &BodyPath, indent: usize, loops: usize) {
        for (index, block) in list.iter().enumerate() {
            let tile = Some(path.at(index));
            let inner = |which: u8| path.child(index, which);
            match block {
                Block::Command(command) => {
                    self.push(indent, vec![Part::Name(command_name(*command)), Part::Symbol("()")], tile);
                }
                Block::Call(routine) => {
                    self.push(indent, vec![Part::Name(routine_name(*routine)), Part::Symbol("()")], tile);
                }
                Block::CallWith { routine, arg } => {
                    let parts = vec![
                        Part::Name(routine_name(*routine)),
                        Part::Symbol("("),
                        Part::Number(u32::from(*arg)),
                        Part::Symbol(")"),
                    ];
                    self.push(indent, parts, tile);
                }
                Block::SetCount(value) => {
                    let parts = vec![Part::Name(COUNT_ID), Part::Operator("="), Part::Number(u32::from(*value))];
                    self.push(indent, parts, tile);
                }
                Block::AddCount => {
                    self.push(indent, vec![Part::Name(COUNT_ID), Part::Operator("+="), Part::Number(1)], tile);
                }
                Block::Repeat { times, body } => {
                    self.push(indent, for_parts(loops, Part::Number(u32::from(*times))), tile);
                    self.body(body, &inner(0), indent + 1, loops + 1);
                }
                Block::RepeatN { body } => {
                    self.push(indent, for_parts(loops, Part::Counter(PARAM)), tile);
                    self.body(body, &inner(0), indent + 1, loops + 1);
                }
                Block::While { condition, body } => {
                    let mut parts = vec![Part::Keyword("while")];
                    parts.extend(test_parts(*condition));
                    parts.push(Part::Symbol(":"));
                    self.push(indent, parts, tile);
                    self.body(body, &inner(0), indent + 1, loops);
                }
                Block::RepeatUntilGoal { body } => {
                    self.push(
                        indent,
                        vec![Part::Keyword("while"), Part::Keyword("not"), Part::Name(DONE_ID), Part::Symbol("():")],
                        tile,
                    );
                    self.body(body, &inner(0), indent + 1, loops);
                }
                Block::If { condition, then } => {
                    self.push(indent, if_parts(*condition), tile);
                    self.body(then, &inner(0), indent + 1, loops);
                }
                Block::IfElse { condition, then, otherwise } => {
                    self.push(indent, if_parts(*condition), tile);
                    self.body(then, &inner(0), indent + 1, loops);
                    self.push(indent, vec![Part::Keyword("else"), Part::Symbol(":")], None);
                    self.body(otherwise, &inner(1), indent + 1, loops);
                }
            }
        }
    }
}

fn if_parts(condition: Test) -> Vec<Part> {
    let mut parts = vec![Part::Keyword("if")];
    parts.extend(test_parts(condition));
    parts.push(Part::Symbol(":"));
    parts
}

/// `for i in range(…):`, counting with the next free letter.
fn for_parts(loops: usize, times: Part) -> Vec<Part> {
    let counter = COUNTERS.get(loops).copied().unwrap_or("_");
    vec![
        Part::Keyword("for"),
        Part::Counter(counter),
        Part::Keyword("in"),
        Part::Keyword("range"),
        Part::Symbol("("),
        times,
        Part::Symbol("):"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::Localizer;
    use crate::core::program::editor::MAX_NESTING;
    use crate::core::program::notation::{ProgramText, parse_list};

    /// The program written in the notation, as English text (names are their ids without
    /// `code-`, `-` as `_`, which is what the English file says).
    fn english(main: &str, p1: &str, p2: &str) -> Vec<String> {
        let text = ProgramText { main: main.into(), p1: p1.into(), p2: p2.into(), ..Default::default() };
        let program = Program::try_from(&text).expect("test program is valid");
        render(&program)
    }

    fn render(program: &Program) -> Vec<String> {
        code_lines(program)
            .iter()
            .map(|line| line.indented(|id| id.trim_start_matches("code-").replace('-', "_")))
            .collect()
    }

    #[test]
    fn the_example_of_the_module_doc_is_what_the_tiles_say() {
        assert_eq!(
            english("3{F R} U{?ahead{F}{L}} P1", "F", ""),
            [
                "def p1():",
                "    forward()",
                "for i in range(3):",
                "    forward()",
                "    turn_right()",
                "while not done():",
                "    if path_ahead():",
                "        forward()",
                "    else:",
                "        turn_left()",
                "p1()",
            ]
        );
    }

    #[test]
    fn every_kind_of_tile_has_its_line() {
        assert_eq!(english("F L R X", "", ""), ["forward()", "turn_left()", "turn_right()", "light()"]);
        assert_eq!(
            english("P1 P2", "F", "L"),
            ["def p1():", "    forward()", "def p2():", "    turn_left()", "p1()", "p2()"]
        );
        assert_eq!(english("4{F}", "", ""), ["for i in range(4):", "    forward()"]);
        assert_eq!(english("U{F}", "", ""), ["while not done():", "    forward()"]);
        assert_eq!(english("?red{X}", "", ""), ["if on_red():", "    light()"]);
        assert_eq!(
            english("?left{L}{?right{R}{?blue{F}{?green{X}}}}", "", ""),
            [
                "if path_left():",
                "    turn_left()",
                "else:",
                "    if path_right():",
                "        turn_right()",
                "    else:",
                "        if on_blue():",
                "            forward()",
                "        else:",
                "            if on_green():",
                "                light()",
            ]
        );
    }

    #[test]
    fn bodies_indent_one_level_deeper_and_nested_loops_count_with_the_next_letter() {
        assert_eq!(
            english("2{3{?ahead{4{F}}} L} R", "", ""),
            [
                "for i in range(2):",
                "    for j in range(3):",
                "        if path_ahead():",
                "            for k in range(4):",
                "                forward()",
                "    turn_left()",
                "turn_right()",
            ]
        );
        let lines = code_lines(&Program::main(parse_list("2{3{F}}").expect("valid")));
        assert_eq!(lines.iter().map(|l| l.indent).collect::<Vec<_>>(), [0, 1, 2]);
    }

    #[test]
    fn an_empty_body_says_pass() {
        assert_eq!(
            english("3{} ?ahead{}{}", "", ""),
            ["for i in range(3):", "    pass", "if path_ahead():", "    pass", "else:", "    pass"]
        );
    }

    #[test]
    fn empty_helpers_are_left_out_unless_called() {
        assert_eq!(english("F", "", ""), ["forward()"]);
        assert_eq!(english("P2", "", ""), ["def p2():", "    pass", "p2()"]);
        assert_eq!(english("", "F", ""), ["def p1():", "    forward()"]);
        assert!(code_lines(&Program::default()).is_empty());
    }

    #[test]
    fn new_tiles_read_as_python() {
        assert_eq!(
            english("W?!ahead{L} ?left|right{F}{X} W?ahead&red{F}", "", ""),
            [
                "while not path_ahead():",
                "    turn_left()",
                "if path_left() or path_right():",
                "    forward()",
                "else:",
                "    light()",
                "while path_ahead() and on_red():",
                "    forward()",
            ]
        );
        assert_eq!(
            english("P1(3) P1(2)", "N{F} R", ""),
            ["def p1(n):", "    for i in range(n):", "        forward()", "    turn_right()", "p1(3)", "p1(2)"]
        );
        assert_eq!(
            english("=0 W?!#3{F ?right{+1}}", "", ""),
            ["count = 0", "while not count == 3:", "    forward()", "    if path_right():", "        count += 1",]
        );
        assert_eq!(
            english("P1 ?#2{X}", "+1 F", ""),
            [
                "count = 0",
                "def p1():",
                "    global count",
                "    count += 1",
                "    forward()",
                "p1()",
                "if count == 2:",
                "    light()"
            ]
        );
    }

    #[test]
    fn helpers_that_call_themselves_or_each_other_read_as_python() {
        assert_eq!(
            english("P1", "F P2", "L P1"),
            ["def p1():", "    forward()", "    p2()", "def p2():", "    turn_left()", "    p1()", "p1()"]
        );
    }

    #[test]
    fn every_tile_is_exactly_one_line_and_the_line_leads_back_to_it() {
        let text = ProgramText {
            main: "F 3{L ?ahead{F}{R P1}} U{?red{X}} P2".into(),
            p1: "2{F} R".into(),
            p2: "?left{}{L}".into(),
            ..Default::default()
        };
        let program = Program::try_from(&text).expect("valid");
        let lines = code_lines(&program);
        let paths = program.tile_paths();
        assert_eq!(lines.iter().filter(|l| l.tile.is_some()).count(), paths.len());
        for path in &paths {
            assert_eq!(lines.iter().filter(|l| l.tile.as_ref() == Some(path)).count(), 1, "{path:?}");
            let line = line_of(&lines, path).expect("a line");
            assert_eq!(lines[line].tile.as_ref(), Some(path));
            assert_eq!(lines[line].routine, path.body.routine);
        }
        let missing = BodyPath::routine(Routine::Main).at(99);
        assert_eq!(line_of(&lines, &missing), None);
    }

    #[test]
    fn the_largest_program_a_level_allows_renders_and_deeper_ones_too() {
        // 16 tiles in main and 10 in each helper (the most a level file may give), nested as
        // deep as the editor allows.
        let main = "2{3{?ahead{F}{L}}} U{?red{X}{R}} 4{F P1} P2 F F F";
        let helper = "?left{2{?green{F}{L}}} R R F F F";
        let program = Program::try_from(&ProgramText {
            main: main.into(),
            p1: helper.into(),
            p2: helper.into(),
            when: String::new(),
        })
        .expect("valid");
        assert_eq!(list_sizes(&program)[..3], [16, 10, 10]);
        assert!(program.routines.iter().flatten().all(|b| b.depth() <= MAX_NESTING));
        let lines = code_lines(&program);
        assert_eq!(lines.iter().filter(|l| l.tile.is_some()).count(), program.size());
        // As deep as the notation reads (8), and a helper calling main, which no editor makes.
        let deep = Program::main(parse_list("2{2{2{2{2{2{2{2{F}}}}}}}}").expect("valid"));
        let lines = render(&deep);
        assert_eq!(lines[7], format!("{}for s in range(2):", INDENT.repeat(7)));
        let odd = Program::with_helpers(
            vec![Block::Repeat { times: 0, body: Vec::new() }],
            vec![Block::Call(Routine::Main)],
            Vec::new(),
        );
        assert_eq!(render(&odd), ["def p1():", "    main()", "for i in range(0):", "    pass"]);
        let mut ninth = Block::Command(Command::Forward);
        for _ in 0..12 {
            ninth = Block::Repeat { times: 2, body: vec![ninth] };
        }
        assert!(render(&Program::main(vec![ninth])).iter().any(|line| line.contains("for _ in range(2):")));
    }

    fn list_sizes(program: &Program) -> [usize; 4] {
        program.routines.each_ref().map(|r| crate::core::program::list_size(r))
    }

    /// Python's keywords and the built-ins a line uses: no name may be one of them.
    const PYTHON_WORDS: &[&str] = &[
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "range", "print",
    ];

    #[test]
    fn every_language_names_the_code_with_distinct_python_identifiers() {
        let loc = Localizer::embedded().expect("valid Fluent");
        for tag in loc.tags() {
            let mut seen = Vec::new();
            for id in name_ids() {
                let name = loc.text_in(tag, id).unwrap_or_else(|| panic!("{tag} lacks {id}"));
                let mut chars = name.chars();
                let first = chars.next().unwrap_or('0');
                assert!(first == '_' || (first.is_alphabetic() && first.is_lowercase()), "{tag} {id} = {name:?}");
                assert!(
                    chars.all(|c| c == '_' || c.is_ascii_digit() || (c.is_alphabetic() && c.is_lowercase())),
                    "{tag} {id} = {name:?}: lower-case letters, digits and _ only"
                );
                assert!(
                    !PYTHON_WORDS.contains(&name.as_str()) && !COUNTERS.contains(&name.as_str()),
                    "{tag} {id} = {name:?}"
                );
                assert!(!seen.contains(&name), "{tag}: {name:?} names two things");
                seen.push(name);
            }
        }
    }

    #[test]
    fn lines_read_in_the_pupils_language_with_pythons_own_words() {
        let mut loc = Localizer::embedded().expect("valid Fluent");
        let program =
            Program::try_from(&ProgramText { main: "3{F} U{?ahead{L}}".into(), ..Default::default() }).expect("valid");
        let lines = code_lines(&program);
        let text = |loc: &Localizer| lines.iter().map(|l| l.indented(|id| loc.text(id))).collect::<Vec<_>>();
        assert_eq!(
            text(&loc),
            ["for i in range(3):", "    forward()", "while not done():", "    if path_ahead():", "        turn_left()"]
        );
        assert!(loc.set_language("de"));
        let german = text(&loc);
        assert_eq!(german[0], "for i in range(3):");
        assert_eq!(german[1], format!("    {}()", loc.text("code-forward")));
        assert_ne!(german[1], "    forward()");
    }
}

//! Finds the shortest program that solves a board. Levels' par is proved with it, so the
//! stars a pupil earns never depend on a hand-counted number.

use super::Command;
use super::interpreter::{Board, Robot};
use std::collections::{HashMap, VecDeque};

/// The shortest program (fewest tiles) using only `commands` that brings the robot from the
/// start to the goal, or `None` if there is none. Breadth-first over robot states: every
/// command costs one tile, so the first time the goal is reached the program is shortest.
pub fn shortest_program(board: &Board, commands: &[Command]) -> Option<Vec<Command>> {
    let start = board.start;
    if start.position == board.goal {
        return Some(Vec::new());
    }
    let mut came_from: HashMap<Robot, (Robot, Command)> = HashMap::new();
    let mut queue = VecDeque::from([start]);
    while let Some(robot) = queue.pop_front() {
        for &command in commands {
            let Ok(next) = board.apply(robot, command) else { continue };
            if next == start || came_from.contains_key(&next) {
                continue;
            }
            came_from.insert(next, (robot, command));
            if next.position == board.goal {
                let mut program = Vec::new();
                let mut at = next;
                while let Some(&(before, command)) = came_from.get(&at) {
                    program.push(command);
                    at = before;
                }
                program.reverse();
                return Some(program);
            }
            queue.push_back(next);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::program::{Direction, Execution, Outcome};

    fn board(rows: &[&str], facing: Direction) -> Board {
        let rows: Vec<String> = rows.iter().map(|r| r.to_string()).collect();
        Board::parse(&rows, facing).expect("test board is valid")
    }

    #[test]
    fn finds_the_shortest_path_around_a_wall() {
        let b = board(&["S#G", "..."], Direction::East);
        let program = shortest_program(&b, &Command::ALL).expect("solvable");
        // turn right, forward, turn left, forward, forward, turn left, forward
        assert_eq!(program.len(), 7);
        assert_eq!(Execution::new(b, program).run_to_end(), Outcome::ReachedGoal);
    }

    #[test]
    fn unreachable_goal_has_no_solution() {
        let b = board(&["S#G"], Direction::East);
        assert_eq!(shortest_program(&b, &Command::ALL), None);
    }

    #[test]
    fn respects_the_tiles_offered() {
        let b = board(&["S.", ".G"], Direction::East);
        assert_eq!(shortest_program(&b, &[Command::Forward, Command::TurnLeft]).map(|p| p.len()), Some(5));
        assert_eq!(shortest_program(&b, &Command::ALL).map(|p| p.len()), Some(3));
    }
}

//! `cargo xtask school-files`: pupils' results files for the ministry-scale benchmark
//! (tools/bench-lrs.mjs), made with the game's own code (`core::class::report`, the file a
//! tablet's "Send to my teacher" writes): N schools, 25 pupils each, a term of attempts.

use byte_bridge::core::class::report;
use byte_bridge::core::export::xapi::LevelTags;
use byte_bridge::core::level::{Catalog, LevelKind};
use byte_bridge::core::profiles::{Avatar, Nickname, Profile};
use byte_bridge::core::program::{Program, notation};
use byte_bridge::core::progress::{Attempt, AttemptOutcome, Progress};
use std::path::Path;

/// Pupils in a school's class.
pub const PUPILS: u64 = 25;
/// Levels each pupil plays in the term (the catalog's first ones).
pub const LEVELS: usize = 30;
/// The term's first lesson: Monday 7 September 2026, 08:00 UTC.
const TERM_START: u64 = 1_788_768_000_000;
const WEEK: u64 = 7 * 24 * 3_600_000;

const ADJECTIVES: [&str; 10] =
    ["brave", "bright", "calm", "clever", "cheerful", "gentle", "happy", "kind", "lucky", "quick"];
const ANIMALS: [&str; 4] = ["bear", "cat", "dolphin", "eagle"];

/// A small deterministic generator (the same files on every run, no dependency).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// Writes `schools` folders `school-<n>/` of 25 files each into `out`, numbered from `first`
/// (each school's pupils are its own: runs from several machines use different numbers);
/// returns the number of attempts (one xAPI statement each).
pub fn write(out: &Path, first: u64, schools: u64) -> Result<u64, String> {
    let catalog = Catalog::embedded().map_err(|e| format!("the catalog: {e:?}"))?;
    let levels: Vec<_> = catalog.levels().take(LEVELS).collect();
    let program = Program::main(notation::parse_list("F F R F F").map_err(|e| format!("{e:?}"))?);
    let mut statements = 0;
    for school in first..first.saturating_add(schools) {
        let mut random = Lcg(0x5eed ^ school);
        let dir = out.join(format!("school-{school:04}"));
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let home = format!("https://school-{school}.example/byte-bridge/index.html");
        for pupil in 0..PUPILS {
            let mut progress = Progress { language: Some("en".to_owned()), ..Progress::default() };
            let mut at = TERM_START + pupil * 60_000;
            for (week, level) in (0u64..).zip(&levels) {
                // Two levels a week, one to four tries each, the last one a win.
                at = TERM_START + week / 2 * WEEK + pupil * 60_000 + random.below(3_000_000);
                let tries = 1 + random.below(4);
                for attempt in 0..tries {
                    let won = attempt + 1 == tries;
                    let coding = matches!(level.kind, LevelKind::RobotGrid(_));
                    progress.record_attempt(
                        &level.id,
                        Attempt {
                            program: coding.then(|| program.clone()),
                            outcome: if won { AttemptOutcome::ReachedGoal } else { AttemptOutcome::HitWall },
                            steps: 5,
                            seconds: 20 + u32::try_from(random.below(200)).unwrap_or(0),
                            hints: u8::try_from(random.below(3)).unwrap_or(0),
                            stars: if won { 1 + u8::try_from(random.below(3)).unwrap_or(0) } else { 0 },
                            at: at + attempt * 90_000,
                            ..Attempt::default()
                        },
                    );
                    statements += 1;
                }
            }
            let index = usize::try_from(pupil).unwrap_or(0);
            let profile = Profile {
                id: format!("{:016x}", 0x10_0000 + school * 1_000 + pupil),
                nickname: Nickname::new(ADJECTIVES[index % 10], ANIMALS[index / 10]),
                avatar: Avatar::new("star", "blue"),
                secret: None,
                created: TERM_START,
                updated: at,
                band: None,
                settings: Default::default(),
                progress,
            };
            let tags = |id: &str| catalog.level(id).map(LevelTags::of).unwrap_or_default();
            let text = report::write(&profile, None, &home, tags, at + 3_600_000);
            let path = dir.join(report::file_name(&profile, at));
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(statements)
}

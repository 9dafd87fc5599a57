//! Bounds no real pupil comes near, shared by every reader of files and codes from elsewhere:
//! beyond them a file or code was made by hand, and refusing it keeps sums, dates and an LRS's
//! ISO 8601 years in range.

/// Seconds one attempt may take (a day).
pub const MAX_ATTEMPT_SECONDS: u32 = 86_400;
/// Anything counted in a record: attempts, completions, steps, mistakes (a million).
pub const MAX_COUNT: u32 = 1_000_000;
/// Hints over all of a level's attempts (three an attempt).
pub const MAX_LEVEL_HINTS: u32 = 3 * MAX_COUNT;
/// Seconds over all of a level's attempts (about three years).
pub const MAX_LEVEL_SECONDS: u32 = 100_000_000;
/// The latest time an attempt may carry: the end of the year 9999.
pub use crate::core::date::LAST_TIME as MAX_TIME;

//! Age bands: which pupils a level is written for (issue #15). The map shows a pupil's own
//! band first, and nothing from the 12–14 band reaches a younger pupil by default.

use serde::{Deserialize, Serialize};

/// The age band a level is written for. The bands overlap at 12 as the programme's
/// curriculum does: a 12-year-old may be in either of the two upper bands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AgeBand {
    /// Ages 7 to 9: first readers; short texts, no sensitive topics.
    #[serde(rename = "7-9")]
    Young,
    /// Ages 10 to 12.
    #[serde(rename = "10-12")]
    Middle,
    /// Ages 12 to 14: the only band that may hold sensitive topics (e.g. sextortion).
    #[serde(rename = "12-14")]
    Older,
}

impl AgeBand {
    /// Every band, youngest first.
    pub const ALL: [AgeBand; 3] = [AgeBand::Young, AgeBand::Middle, AgeBand::Older];

    /// Stable name as written in level files and exports (`7-9`, `10-12`, `12-14`).
    pub fn name(self) -> &'static str {
        match self {
            AgeBand::Young => "7-9",
            AgeBand::Middle => "10-12",
            AgeBand::Older => "12-14",
        }
    }

    /// Fluent id of the band's label ("Ages 7–9").
    pub fn message_id(self) -> &'static str {
        match self {
            AgeBand::Young => "band-7-9",
            AgeBand::Middle => "band-10-12",
            AgeBand::Older => "band-12-14",
        }
    }

    /// Parses a band's stable name; `None` for anything else.
    pub fn parse(name: &str) -> Option<AgeBand> {
        AgeBand::ALL.into_iter().find(|b| b.name() == name)
    }

    /// Whether a pupil in band `self` is offered a level of band `level` without a grown-up
    /// choosing it: everything up to their own band, and never 12–14 to a younger pupil.
    pub fn may_see(self, level: AgeBand) -> bool {
        level != AgeBand::Older || self == AgeBand::Older
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_nothing_else_parses() {
        for band in AgeBand::ALL {
            assert_eq!(AgeBand::parse(band.name()), Some(band));
            assert_eq!(serde_json::to_string(&band).ok(), Some(format!("\"{}\"", band.name())));
        }
        assert_eq!(AgeBand::parse("7–9"), None);
        assert_eq!(AgeBand::parse(""), None);
    }

    #[test]
    fn the_oldest_band_reaches_only_the_oldest_pupils() {
        assert!(!AgeBand::Young.may_see(AgeBand::Older));
        assert!(!AgeBand::Middle.may_see(AgeBand::Older));
        assert!(AgeBand::Older.may_see(AgeBand::Older));
        assert!(AgeBand::Young.may_see(AgeBand::Middle));
        assert!(AgeBand::Older.may_see(AgeBand::Young));
    }
}

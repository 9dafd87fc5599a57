//! What leaves the tablet for the teacher (issue #6). This first part turns a player's saved
//! attempts into xAPI 1.0.3 statements, so any Learning Record Store accepts them; the
//! teacher page, the compact QR summary and signing build on it.

pub mod xapi;

//! The teacher's loop without a server: what travels between the teacher's browser and the
//! pupils' tablets, and what the teacher's page does with it.
//!
//! - [`assignment`]: the teacher's levels for a class, carried to the tablets in a link
//!   (and its QR code): "Today's mission".
//! - [`report`]: a pupil's file for the teacher, signed with the class key when the
//!   assignment has one.
//! - [`compact`]: the short summary a pupil's QR code carries.
//! - [`book`]: the teacher's class data: imports, the grid, the per-level summary, CSV and
//!   xAPI downloads.
//! - [`qr`]: QR codes as module grids and SVG.
//! - [`lrs`]: live sync of the class book's statements to a learning record store.

pub mod assignment;
pub mod book;
pub mod compact;
pub mod csv;
pub mod limits;
pub mod lrs;
pub mod qr;
pub mod report;
mod sign;

pub use assignment::{Assignment, AssignmentError};
pub use book::{ClassBook, ImportOutcome, ImportStatus};
pub use report::{Report, ReportError};

//! Learning: courses for the staff of companies and SMEs, a self-assessment quiz per chapter, and
//! (to come) progress, certificates and verifiable badges.
//!
//! This first part is the course format and the bundled SME course; see [`course`].

pub mod course;

/// The courses shipped with Hiroba, one folder each (see [`course`] for the format).
pub static COURSES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/courses");

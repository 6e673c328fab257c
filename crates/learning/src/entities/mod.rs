pub mod attempts;
pub mod enrolments;
pub mod lessons;

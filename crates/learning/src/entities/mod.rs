pub mod attempts;
pub mod badges;
pub mod enrolments;
pub mod lessons;

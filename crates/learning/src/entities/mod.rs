pub mod assignments;
pub mod attempts;
pub mod badges;
pub mod enrolments;
pub mod lessons;
pub mod staff;

pub mod companies;
pub mod dates;
pub mod groups;
pub mod invites;
pub mod members;
pub mod nodes;
pub mod plans;
pub mod reports;

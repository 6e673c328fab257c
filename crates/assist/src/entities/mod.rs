//! SeaORM entities of the Assist tables (schema: `hiroba-migration`, step 6).

pub mod cases;
pub mod consultation_issues;
pub mod consultations;
pub mod issue_types;
pub mod messages;
pub mod people;

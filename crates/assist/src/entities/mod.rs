//! SeaORM entities of the Assist tables (schema: `hiroba-migration`, step 6).

pub mod adr;
pub mod canned_replies;
pub mod cases;
pub mod consultation_issues;
pub mod consultations;
pub mod issue_types;
pub mod messages;
pub mod organisations;
pub mod people;
pub mod referrals;

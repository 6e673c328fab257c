//! SeaORM entities of the Safety tables (schema: `hiroba-migration`, step 5).

pub mod audio;
pub mod banks;
pub mod daily;
pub mod flags;
pub mod help_requests;
pub mod indicators;
pub mod responses;
pub mod sites;

//! Assist's pages: the worker's side (write in, follow the case) and the counsellors' inbox.

pub mod coordination;
pub mod import_page;
pub mod live;
pub mod new_case;
pub mod staff;
pub mod stats;
pub mod taxonomy_page;
pub mod worker;

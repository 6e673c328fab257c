//! SeaORM entities of the foundation tables (see `hiroba-migration` for the schema).

pub mod audit_log;
pub mod consents;
pub mod data_keys;
pub mod email_tokens;
pub mod jobs;
pub mod login_attempts;
pub mod push_subscriptions;
pub mod referral_codes;
pub mod referral_counts;
pub mod sessions;
pub mod user_roles;
pub mod users;

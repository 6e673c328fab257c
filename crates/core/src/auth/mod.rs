//! Accounts and access: roles, passwords, sessions, CSRF, two-factor codes, login throttling and
//! one-time email tokens.
//!
//! Authorisation is declared next to each route as a [`Policy`] (see `web::routes`) and checked in
//! one place; this module holds the primitives that check uses.

pub mod csrf;
pub mod password;
pub mod policy;
pub mod roles;
pub mod sessions;
pub mod throttle;
pub mod tokens;
pub mod totp;
pub mod users;

pub use policy::Policy;
pub use roles::Role;

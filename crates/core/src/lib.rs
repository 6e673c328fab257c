//! Hiroba's shared foundations. They know nothing of the domain modules (portal, safety, assist …),
//! which build on them.
//!
//! - [`config`]: typed settings, defaults < file < environment.
//! - [`db`]: one code path for SQLite and PostgreSQL (SeaORM), with the single `dialect` module.
//! - [`i18n`]: Fluent catalogues, language negotiation, furigana.
//! - [`auth`]: roles, passwords, sessions, CSRF, two-factor, throttling.
//! - [`crypto`], [`consent`], [`audit`]: privacy primitives.
//! - [`jobs`], [`mail`]: background work that survives restarts.
//! - [`web`]: the request context, route policies, errors, layout, static assets, middleware.

pub mod audit;
pub mod auth;
pub mod bootstrap;
pub mod config;
pub mod consent;
pub mod crypto;
pub mod db;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod markdown;
pub mod metrics;
pub mod push;
pub mod referrals;
pub mod state;
pub mod web;

pub use include_dir;
pub use state::AppState;

/// The core's own catalogue (layout, errors, language names).
pub static LOCALES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/locales");

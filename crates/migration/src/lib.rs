//! Hiroba's database schema, written once for SQLite and PostgreSQL.
//!
//! One file per migration step; a step is never edited once it has landed. Anything that cannot be
//! said in sea-query's portable DDL goes through [`dialect`], the one place where the two backends
//! differ.

pub use sea_orm_migration::prelude::*;

pub mod dialect;
mod m20261125_000001_accounts;
mod m20261125_000002_privacy;
mod m20261125_000003_jobs;
mod m20261125_000004_portal;
mod m20261125_000005_safety;
mod m20261125_000006_assist;
mod m20261126_000007_assist_taxonomy;
mod m20261126_000008_push;
mod m20261126_000009_companies;
mod m20261126_000010_learning;
mod m20261126_000011_badges;
mod m20261126_000012_learning_assignments;
mod m20261126_000013_learning_authoring;
mod m20261126_000014_members;
mod m20261126_000015_events;
mod m20261126_000016_newsletters;
mod m20261126_000017_recruitment;
mod m20261126_000018_referrals;
mod m20261126_000019_friends;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_accounts::Migration),
            Box::new(m20261125_000002_privacy::Migration),
            Box::new(m20261125_000003_jobs::Migration),
            Box::new(m20261125_000004_portal::Migration),
            Box::new(m20261125_000005_safety::Migration),
            Box::new(m20261125_000006_assist::Migration),
            Box::new(m20261126_000007_assist_taxonomy::Migration),
            Box::new(m20261126_000008_push::Migration),
            Box::new(m20261126_000009_companies::Migration),
            Box::new(m20261126_000010_learning::Migration),
            Box::new(m20261126_000011_badges::Migration),
            Box::new(m20261126_000012_learning_assignments::Migration),
            Box::new(m20261126_000013_learning_authoring::Migration),
            Box::new(m20261126_000014_members::Migration),
            Box::new(m20261126_000015_events::Migration),
            Box::new(m20261126_000016_newsletters::Migration),
            Box::new(m20261126_000017_recruitment::Migration),
            Box::new(m20261126_000018_referrals::Migration),
            Box::new(m20261126_000019_friends::Migration),
        ]
    }
}

/// A 64-bit auto-incrementing primary key (INTEGER PRIMARY KEY on SQLite, BIGSERIAL on PostgreSQL).
pub fn id_pk<T: IntoIden>(name: T) -> ColumnDef {
    ColumnDef::new(name).big_integer().not_null().auto_increment().primary_key().take()
}

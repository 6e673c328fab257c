//! The background job queue, shared by every module and every server process.

use crate::id_pk;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261125_000003_jobs"
    }
}

#[derive(DeriveIden)]
enum Jobs {
    Table,
    Id,
    Kind,
    Payload,
    State,
    Attempts,
    MaxAttempts,
    RunAt,
    LockedBy,
    LockedAt,
    LastError,
    DedupeKey,
    CreatedAt,
    FinishedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Jobs::Table)
                .col(id_pk(Jobs::Id))
                .col(ColumnDef::new(Jobs::Kind).string_len(64).not_null())
                .col(ColumnDef::new(Jobs::Payload).text().not_null())
                .col(ColumnDef::new(Jobs::State).string_len(16).not_null())
                .col(ColumnDef::new(Jobs::Attempts).integer().not_null())
                .col(ColumnDef::new(Jobs::MaxAttempts).integer().not_null())
                .col(ColumnDef::new(Jobs::RunAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Jobs::LockedBy).string_len(64).null())
                .col(ColumnDef::new(Jobs::LockedAt).timestamp_with_time_zone().null())
                .col(ColumnDef::new(Jobs::LastError).text().null())
                // A job enqueued twice with the same key runs once (e.g. "aggregate:2026-12-01").
                .col(ColumnDef::new(Jobs::DedupeKey).string_len(200).null().unique_key())
                .col(ColumnDef::new(Jobs::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Jobs::FinishedAt).timestamp_with_time_zone().null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("jobs_state_run_at")
                .table(Jobs::Table)
                .col(Jobs::State)
                .col(Jobs::RunAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Jobs::Table).to_owned()).await
    }
}

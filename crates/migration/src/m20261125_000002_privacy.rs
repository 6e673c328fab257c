//! Privacy primitives: wrapped data keys, consent records and the append-only audit log.

use crate::{dialect, id_pk};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261125_000002_privacy"
    }
}

#[derive(DeriveIden)]
enum DataKeys {
    Table,
    Id,
    KekId,
    Wrapped,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Consents {
    Table,
    Id,
    Subject,
    Purpose,
    TextVersion,
    GrantedAt,
    WithdrawnAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    ActorId,
    ActorRole,
    Action,
    Target,
    Reason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(DataKeys::Table)
                .col(ColumnDef::new(DataKeys::Id).string_len(40).not_null().primary_key())
                .col(ColumnDef::new(DataKeys::KekId).string_len(40).not_null())
                .col(ColumnDef::new(DataKeys::Wrapped).text().not_null())
                .col(ColumnDef::new(DataKeys::CreatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Consents::Table)
                .col(id_pk(Consents::Id))
                .col(ColumnDef::new(Consents::Subject).string_len(80).not_null())
                .col(ColumnDef::new(Consents::Purpose).string_len(40).not_null())
                .col(ColumnDef::new(Consents::TextVersion).string_len(40).not_null())
                .col(ColumnDef::new(Consents::GrantedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Consents::WithdrawnAt).timestamp_with_time_zone().null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("consents_subject_purpose")
                .table(Consents::Table)
                .col(Consents::Subject)
                .col(Consents::Purpose)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(AuditLog::Table)
                .col(id_pk(AuditLog::Id))
                .col(ColumnDef::new(AuditLog::At).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(AuditLog::ActorId).big_integer().null())
                .col(ColumnDef::new(AuditLog::ActorRole).string_len(32).not_null())
                .col(ColumnDef::new(AuditLog::Action).string_len(64).not_null())
                .col(ColumnDef::new(AuditLog::Target).string_len(200).not_null())
                .col(ColumnDef::new(AuditLog::Reason).string_len(500).not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("audit_log_at").table(AuditLog::Table).col(AuditLog::At).to_owned(),
        )
        .await?;
        dialect::make_append_only(m.get_connection(), "audit_log").await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        dialect::drop_append_only(m.get_connection(), "audit_log").await?;
        for t in [AuditLog::Table.into_iden(), Consents::Table.into_iden(), DataKeys::Table.into_iden()] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

//! Fair recruitment: the registry of sending organisations, supervising organisations and host
//! companies committed to the zero-fee guidelines, the links between them, the people who act for
//! them, the organisations a worker named in a Safety response, and workers' private fee ledgers.

use crate::id_pk;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261126_000017_recruitment"
    }
}

#[derive(DeriveIden)]
enum RecruitmentOrgs {
    Table,
    Id,
    /// sending, supervising, host
    Kind,
    Name,
    /// ISO 3166 alpha-2
    Country,
    CommittedOn,
    TrainingOn,
    /// not-started, in-progress, good, concerns
    Monitoring,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum RecruitmentLinks {
    Table,
    FromId,
    ToId,
}

#[derive(DeriveIden)]
enum RecruitmentStaff {
    Table,
    OrgId,
    UserId,
}

#[derive(DeriveIden)]
enum RecruitmentNamed {
    Table,
    ResponseId,
    OrgId,
    Day,
}

#[derive(DeriveIden)]
enum FeeLedger {
    Table,
    Id,
    UserId,
    Day,
    Category,
    /// Encrypted at rest: amount, currency, paid to and note.
    Entry,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(RecruitmentOrgs::Table)
                .col(id_pk(RecruitmentOrgs::Id))
                .col(ColumnDef::new(RecruitmentOrgs::Kind).string_len(16).not_null())
                .col(ColumnDef::new(RecruitmentOrgs::Name).string_len(300).not_null())
                .col(ColumnDef::new(RecruitmentOrgs::Country).string_len(2).not_null())
                .col(ColumnDef::new(RecruitmentOrgs::CommittedOn).string_len(10).null())
                .col(ColumnDef::new(RecruitmentOrgs::TrainingOn).string_len(10).null())
                .col(ColumnDef::new(RecruitmentOrgs::Monitoring).string_len(16).not_null())
                .col(ColumnDef::new(RecruitmentOrgs::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(RecruitmentOrgs::UpdatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RecruitmentLinks::Table)
                .col(ColumnDef::new(RecruitmentLinks::FromId).big_integer().not_null())
                .col(ColumnDef::new(RecruitmentLinks::ToId).big_integer().not_null())
                .primary_key(Index::create().col(RecruitmentLinks::FromId).col(RecruitmentLinks::ToId))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RecruitmentStaff::Table)
                .col(ColumnDef::new(RecruitmentStaff::OrgId).big_integer().not_null())
                .col(ColumnDef::new(RecruitmentStaff::UserId).big_integer().not_null())
                .primary_key(Index::create().col(RecruitmentStaff::OrgId).col(RecruitmentStaff::UserId))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RecruitmentNamed::Table)
                .col(ColumnDef::new(RecruitmentNamed::ResponseId).big_integer().not_null())
                .col(ColumnDef::new(RecruitmentNamed::OrgId).big_integer().not_null())
                .col(ColumnDef::new(RecruitmentNamed::Day).string_len(10).not_null())
                .primary_key(Index::create().col(RecruitmentNamed::ResponseId).col(RecruitmentNamed::OrgId))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("recruitment_named_org_day")
                .table(RecruitmentNamed::Table)
                .col(RecruitmentNamed::OrgId)
                .col(RecruitmentNamed::Day)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(FeeLedger::Table)
                .col(id_pk(FeeLedger::Id))
                .col(ColumnDef::new(FeeLedger::UserId).big_integer().not_null())
                .col(ColumnDef::new(FeeLedger::Day).string_len(10).not_null())
                .col(ColumnDef::new(FeeLedger::Category).string_len(16).not_null())
                .col(ColumnDef::new(FeeLedger::Entry).text().not_null())
                .col(ColumnDef::new(FeeLedger::CreatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("fee_ledger_user").table(FeeLedger::Table).col(FeeLedger::UserId).to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in
            ["fee_ledger", "recruitment_named", "recruitment_staff", "recruitment_links", "recruitment_orgs"]
        {
            m.drop_table(Table::drop().table(Alias::new(t)).to_owned()).await?;
        }
        Ok(())
    }
}

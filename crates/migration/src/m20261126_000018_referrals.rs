//! The supporters program: each supporter's personal referral code, visits and registrations
//! counted per code and day (counts only, nothing about the visitors), and good practice awards.

use crate::id_pk;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261126_000018_referrals"
    }
}

#[derive(DeriveIden)]
enum ReferralCodes {
    Table,
    UserId,
    Code,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ReferralCounts {
    Table,
    Code,
    Day,
    Visits,
    Registrations,
}

#[derive(DeriveIden)]
enum SupporterAwards {
    Table,
    Id,
    UserId,
    Title,
    Year,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ReferralCodes::Table)
                .col(ColumnDef::new(ReferralCodes::UserId).big_integer().not_null().primary_key())
                .col(ColumnDef::new(ReferralCodes::Code).string_len(16).not_null().unique_key())
                .col(ColumnDef::new(ReferralCodes::CreatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ReferralCounts::Table)
                .col(ColumnDef::new(ReferralCounts::Code).string_len(16).not_null())
                .col(ColumnDef::new(ReferralCounts::Day).string_len(10).not_null())
                .col(ColumnDef::new(ReferralCounts::Visits).big_integer().not_null())
                .col(ColumnDef::new(ReferralCounts::Registrations).big_integer().not_null())
                .primary_key(Index::create().col(ReferralCounts::Code).col(ReferralCounts::Day))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SupporterAwards::Table)
                .col(id_pk(SupporterAwards::Id))
                .col(ColumnDef::new(SupporterAwards::UserId).big_integer().not_null())
                .col(ColumnDef::new(SupporterAwards::Title).string_len(300).not_null())
                .col(ColumnDef::new(SupporterAwards::Year).integer().not_null())
                .col(ColumnDef::new(SupporterAwards::CreatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["supporter_awards", "referral_counts", "referral_codes"] {
            m.drop_table(Table::drop().table(Alias::new(t)).to_owned()).await?;
        }
        Ok(())
    }
}

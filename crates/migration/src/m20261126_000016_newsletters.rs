//! The members' newsletter: issues written in the browser, one delivery row per member and issue
//! (unique, so nobody is ever queued twice), and the members who unsubscribed.

use crate::id_pk;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261126_000016_newsletters"
    }
}

#[derive(DeriveIden)]
enum Newsletters {
    Table,
    Id,
    Subject,
    Body,
    /// "all" or a member category
    Audience,
    /// public or members: who may read it in the archive
    Archive,
    /// draft, sending, sent
    Status,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    SentAt,
}

#[derive(DeriveIden)]
enum NewsletterDeliveries {
    Table,
    Id,
    NewsletterId,
    MemberId,
    Email,
    Lang,
    /// queued, sending, sent, failed, unknown
    Status,
    Attempts,
    LastError,
    SentAt,
}

#[derive(DeriveIden)]
enum NewsletterOptouts {
    Table,
    MemberId,
    At,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Newsletters::Table)
                .col(id_pk(Newsletters::Id))
                .col(ColumnDef::new(Newsletters::Subject).string_len(300).not_null())
                .col(ColumnDef::new(Newsletters::Body).text().not_null())
                .col(ColumnDef::new(Newsletters::Audience).string_len(32).not_null())
                .col(ColumnDef::new(Newsletters::Archive).string_len(16).not_null())
                .col(ColumnDef::new(Newsletters::Status).string_len(16).not_null())
                .col(ColumnDef::new(Newsletters::CreatedBy).big_integer().not_null())
                .col(ColumnDef::new(Newsletters::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Newsletters::UpdatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Newsletters::SentAt).timestamp_with_time_zone().null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(NewsletterDeliveries::Table)
                .col(id_pk(NewsletterDeliveries::Id))
                .col(ColumnDef::new(NewsletterDeliveries::NewsletterId).big_integer().not_null())
                .col(ColumnDef::new(NewsletterDeliveries::MemberId).big_integer().not_null())
                .col(ColumnDef::new(NewsletterDeliveries::Email).string_len(320).not_null())
                .col(ColumnDef::new(NewsletterDeliveries::Lang).string_len(16).not_null())
                .col(ColumnDef::new(NewsletterDeliveries::Status).string_len(16).not_null())
                .col(ColumnDef::new(NewsletterDeliveries::Attempts).integer().not_null())
                .col(ColumnDef::new(NewsletterDeliveries::LastError).string_len(300).null())
                .col(ColumnDef::new(NewsletterDeliveries::SentAt).timestamp_with_time_zone().null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("newsletter_deliveries_once")
                .table(NewsletterDeliveries::Table)
                .col(NewsletterDeliveries::NewsletterId)
                .col(NewsletterDeliveries::MemberId)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(NewsletterOptouts::Table)
                .col(ColumnDef::new(NewsletterOptouts::MemberId).big_integer().not_null().primary_key())
                .col(ColumnDef::new(NewsletterOptouts::At).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["newsletter_optouts", "newsletter_deliveries", "newsletters"] {
            m.drop_table(Table::drop().table(Alias::new(t)).to_owned()).await?;
        }
        Ok(())
    }
}

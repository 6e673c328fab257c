//! Safety: business sites (extended later by the company program), question bank versions,
//! responses with their flags and indicators (for aggregates), help requests, daily counts.
//!
//! A response holds no IP address, user agent or account: only a random id (stored hashed), the
//! bank version, the language, the day (never the time), the optional site and the answers.

use crate::id_pk;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261125_000005_safety"
    }
}

#[derive(DeriveIden)]
enum Sites {
    Table,
    Id,
    Code,
    CompanyName,
    Name,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SafetyBanks {
    Table,
    Version,
    Content,
    PublishedAt,
}

#[derive(DeriveIden)]
enum SafetyResponses {
    Table,
    Id,
    TokenHash,
    BankVersion,
    Lang,
    SiteId,
    EmployerNotListed,
    Day,
    Answers,
    Step,
    CompletedDay,
}

#[derive(DeriveIden)]
enum SafetyFlags {
    Table,
    ResponseId,
    QuestionId,
    SiteId,
    Day,
}

/// Same columns as `safety_flags`, with `indicator` in place of `question_id`.
#[derive(DeriveIden)]
enum SafetyIndicators {
    Table,
    Indicator,
}

#[derive(DeriveIden)]
enum SafetyHelpRequests {
    Table,
    Id,
    ResponseId,
    Contact,
    PreferredLang,
    PreferredTime,
    ShareAnswers,
    Day,
    State,
}

#[derive(DeriveIden)]
enum SafetyAudio {
    Table,
    QuestionId,
    Lang,
    ContentType,
    Bytes,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SafetyDaily {
    Table,
    Day,
    Lang,
    Visits,
    Starts,
    Completions,
    HelpRequests,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Sites::Table)
                .col(id_pk(Sites::Id))
                .col(ColumnDef::new(Sites::Code).string_len(16).not_null().unique_key())
                .col(ColumnDef::new(Sites::CompanyName).string_len(200).not_null())
                .col(ColumnDef::new(Sites::Name).string_len(200).not_null())
                .col(ColumnDef::new(Sites::CreatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SafetyBanks::Table)
                .col(ColumnDef::new(SafetyBanks::Version).string_len(40).not_null().primary_key())
                // The whole bank (structure and texts in every language) as JSON.
                .col(ColumnDef::new(SafetyBanks::Content).text().not_null())
                .col(ColumnDef::new(SafetyBanks::PublishedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SafetyResponses::Table)
                .col(id_pk(SafetyResponses::Id))
                .col(ColumnDef::new(SafetyResponses::TokenHash).string_len(80).not_null().unique_key())
                .col(ColumnDef::new(SafetyResponses::BankVersion).string_len(40).not_null())
                .col(ColumnDef::new(SafetyResponses::Lang).string_len(16).not_null())
                .col(ColumnDef::new(SafetyResponses::SiteId).big_integer().null())
                .col(ColumnDef::new(SafetyResponses::EmployerNotListed).boolean().not_null())
                .col(ColumnDef::new(SafetyResponses::Day).string_len(10).not_null())
                .col(ColumnDef::new(SafetyResponses::Answers).text().not_null())
                .col(ColumnDef::new(SafetyResponses::Step).integer().not_null())
                .col(ColumnDef::new(SafetyResponses::CompletedDay).string_len(10).null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("safety_responses_site_day")
                .table(SafetyResponses::Table)
                .col(SafetyResponses::SiteId)
                .col(SafetyResponses::CompletedDay)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("safety_responses_day")
                .table(SafetyResponses::Table)
                .col(SafetyResponses::CompletedDay)
                .to_owned(),
        )
        .await?;
        for (table, col) in [
            (SafetyFlags::Table.into_iden(), SafetyFlags::QuestionId.into_iden()),
            (SafetyIndicators::Table.into_iden(), SafetyIndicators::Indicator.into_iden()),
        ] {
            m.create_table(
                Table::create()
                    .table(table.clone())
                    .col(ColumnDef::new(SafetyFlags::ResponseId).big_integer().not_null())
                    .col(ColumnDef::new(col.clone()).string_len(64).not_null())
                    .col(ColumnDef::new(SafetyFlags::SiteId).big_integer().null())
                    .col(ColumnDef::new(SafetyFlags::Day).string_len(10).not_null())
                    .primary_key(Index::create().col(SafetyFlags::ResponseId).col(col.clone()))
                    .foreign_key(
                        ForeignKey::create()
                            .from(table.clone(), SafetyFlags::ResponseId)
                            .to(SafetyResponses::Table, SafetyResponses::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
            // Covering indexes for the aggregates: by day range, with or without sites.
            m.create_index(
                Index::create()
                    .name(format!("{}_site_day", table.to_string()))
                    .table(table.clone())
                    .col(SafetyFlags::SiteId)
                    .col(SafetyFlags::Day)
                    .col(col.clone())
                    .to_owned(),
            )
            .await?;
            m.create_index(
                Index::create()
                    .name(format!("{}_day", table.to_string()))
                    .table(table.clone())
                    .col(SafetyFlags::Day)
                    .col(col.clone())
                    .to_owned(),
            )
            .await?;
        }
        m.create_table(
            Table::create()
                .table(SafetyHelpRequests::Table)
                .col(id_pk(SafetyHelpRequests::Id))
                // Set only when the worker allowed the counsellor to see the answers.
                .col(ColumnDef::new(SafetyHelpRequests::ResponseId).big_integer().null())
                // Encrypted: how to reach the worker.
                .col(ColumnDef::new(SafetyHelpRequests::Contact).text().not_null())
                .col(ColumnDef::new(SafetyHelpRequests::PreferredLang).string_len(16).not_null())
                // Encrypted.
                .col(ColumnDef::new(SafetyHelpRequests::PreferredTime).text().not_null())
                .col(ColumnDef::new(SafetyHelpRequests::ShareAnswers).boolean().not_null())
                .col(ColumnDef::new(SafetyHelpRequests::Day).string_len(10).not_null())
                .col(ColumnDef::new(SafetyHelpRequests::State).string_len(16).not_null())
                .to_owned(),
        )
        .await?;
        // Recorded questions for workers who read with difficulty: per question id and language,
        // so a recording survives new bank versions that keep the question.
        m.create_table(
            Table::create()
                .table(SafetyAudio::Table)
                .col(ColumnDef::new(SafetyAudio::QuestionId).string_len(64).not_null())
                .col(ColumnDef::new(SafetyAudio::Lang).string_len(16).not_null())
                .col(ColumnDef::new(SafetyAudio::ContentType).string_len(40).not_null())
                .col(ColumnDef::new(SafetyAudio::Bytes).blob().not_null())
                .col(ColumnDef::new(SafetyAudio::UpdatedAt).timestamp_with_time_zone().not_null())
                .primary_key(Index::create().col(SafetyAudio::QuestionId).col(SafetyAudio::Lang))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SafetyDaily::Table)
                .col(ColumnDef::new(SafetyDaily::Day).string_len(10).not_null())
                .col(ColumnDef::new(SafetyDaily::Lang).string_len(16).not_null())
                .col(ColumnDef::new(SafetyDaily::Visits).big_integer().not_null())
                .col(ColumnDef::new(SafetyDaily::Starts).big_integer().not_null())
                .col(ColumnDef::new(SafetyDaily::Completions).big_integer().not_null())
                .col(ColumnDef::new(SafetyDaily::HelpRequests).big_integer().not_null())
                .primary_key(Index::create().col(SafetyDaily::Day).col(SafetyDaily::Lang))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            SafetyDaily::Table.into_iden(),
            SafetyAudio::Table.into_iden(),
            SafetyHelpRequests::Table.into_iden(),
            SafetyIndicators::Table.into_iden(),
            SafetyFlags::Table.into_iden(),
            SafetyResponses::Table.into_iden(),
            SafetyBanks::Table.into_iden(),
            Sites::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

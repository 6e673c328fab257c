//! Assist: people (pseudonymous), cases, consultations with their issues, and messages.
//!
//! Everything personal — a person's name or pseudonym, their contact, message bodies and notes —
//! is stored encrypted (the foundation's field encryption). A case is found by its number and a
//! passphrase, of which only an argon2 hash is kept.

use crate::id_pk;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261125_000006_assist"
    }
}

#[derive(DeriveIden)]
enum AssistIssueTypes {
    Table,
    Code,
    Parent,
    Position,
}

#[derive(DeriveIden)]
enum AssistPeople {
    Table,
    Id,
    Name,
    Contact,
    Lang,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AssistCases {
    Table,
    Id,
    Number,
    PassphraseHash,
    PersonId,
    Status,
    AssigneeId,
    AttendantSupport,
    SiteId,
    Lang,
    Channel,
    CreatedAt,
    UpdatedAt,
    WaitingSince,
    Solved,
    Satisfaction,
    AnonymisedAt,
}

#[derive(DeriveIden)]
enum AssistConsultations {
    Table,
    Id,
    CaseId,
    Kind,
    Channel,
    Lang,
    OccurredAt,
    DurationMinutes,
    CounsellorId,
}

#[derive(DeriveIden)]
enum AssistConsultationIssues {
    Table,
    ConsultationId,
    IssueCode,
}

#[derive(DeriveIden)]
enum AssistMessages {
    Table,
    Id,
    CaseId,
    Author,
    AuthorId,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AssistOrganisations {
    Table,
    Id,
    Name,
    Kind,
    Languages,
    Area,
    Contact,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AssistReferrals {
    Table,
    Id,
    CaseId,
    OrganisationId,
    Outcome,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum AssistAdr {
    Table,
    CaseId,
    WorkerMediator,
    EmployerMediator,
    Interpreter,
    HearingDates,
    Documents,
    Outcome,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum AssistCannedReplies {
    Table,
    Id,
    Lang,
    Title,
    Body,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(AssistIssueTypes::Table)
                .col(ColumnDef::new(AssistIssueTypes::Code).string_len(64).not_null().primary_key())
                .col(ColumnDef::new(AssistIssueTypes::Parent).string_len(64).null())
                .col(ColumnDef::new(AssistIssueTypes::Position).integer().not_null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AssistPeople::Table)
                .col(id_pk(AssistPeople::Id))
                .col(ColumnDef::new(AssistPeople::Name).text().not_null())
                .col(ColumnDef::new(AssistPeople::Contact).text().not_null())
                .col(ColumnDef::new(AssistPeople::Lang).string_len(16).not_null())
                .col(ColumnDef::new(AssistPeople::CreatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AssistCases::Table)
                .col(id_pk(AssistCases::Id))
                .col(ColumnDef::new(AssistCases::Number).string_len(20).not_null().unique_key())
                .col(ColumnDef::new(AssistCases::PassphraseHash).string().not_null())
                .col(ColumnDef::new(AssistCases::PersonId).big_integer().not_null())
                .col(ColumnDef::new(AssistCases::Status).string_len(24).not_null())
                .col(ColumnDef::new(AssistCases::AssigneeId).big_integer().null())
                .col(ColumnDef::new(AssistCases::AttendantSupport).boolean().not_null())
                .col(ColumnDef::new(AssistCases::SiteId).big_integer().null())
                .col(ColumnDef::new(AssistCases::Lang).string_len(16).not_null())
                .col(ColumnDef::new(AssistCases::Channel).string_len(16).not_null())
                .col(ColumnDef::new(AssistCases::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(AssistCases::UpdatedAt).timestamp_with_time_zone().not_null())
                // Since when the worker has been waiting for an answer (NULL: not waiting).
                .col(ColumnDef::new(AssistCases::WaitingSince).timestamp_with_time_zone().null())
                // The worker's answers at closing: `yes`, `partly` or `no`, and 1 to 5.
                .col(ColumnDef::new(AssistCases::Solved).string_len(8).null())
                .col(ColumnDef::new(AssistCases::Satisfaction).integer().null())
                // Set when the personal content was erased (on request or after the retention period).
                .col(ColumnDef::new(AssistCases::AnonymisedAt).timestamp_with_time_zone().null())
                .foreign_key(
                    ForeignKey::create()
                        .from(AssistCases::Table, AssistCases::PersonId)
                        .to(AssistPeople::Table, AssistPeople::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("assist_cases_status")
                .table(AssistCases::Table)
                .col(AssistCases::Status)
                .col(AssistCases::WaitingSince)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AssistConsultations::Table)
                .col(id_pk(AssistConsultations::Id))
                .col(ColumnDef::new(AssistConsultations::CaseId).big_integer().not_null())
                // `contact` or `coordination` (the report counts both).
                .col(ColumnDef::new(AssistConsultations::Kind).string_len(16).not_null())
                .col(ColumnDef::new(AssistConsultations::Channel).string_len(16).not_null())
                .col(ColumnDef::new(AssistConsultations::Lang).string_len(16).not_null())
                .col(ColumnDef::new(AssistConsultations::OccurredAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(AssistConsultations::DurationMinutes).integer().null())
                .col(ColumnDef::new(AssistConsultations::CounsellorId).big_integer().null())
                .foreign_key(
                    ForeignKey::create()
                        .from(AssistConsultations::Table, AssistConsultations::CaseId)
                        .to(AssistCases::Table, AssistCases::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AssistConsultationIssues::Table)
                .col(ColumnDef::new(AssistConsultationIssues::ConsultationId).big_integer().not_null())
                .col(ColumnDef::new(AssistConsultationIssues::IssueCode).string_len(64).not_null())
                .primary_key(
                    Index::create()
                        .col(AssistConsultationIssues::ConsultationId)
                        .col(AssistConsultationIssues::IssueCode),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(AssistConsultationIssues::Table, AssistConsultationIssues::ConsultationId)
                        .to(AssistConsultations::Table, AssistConsultations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AssistMessages::Table)
                .col(id_pk(AssistMessages::Id))
                .col(ColumnDef::new(AssistMessages::CaseId).big_integer().not_null())
                // `worker`, `counsellor` or `note` (internal, never shown to the worker).
                .col(ColumnDef::new(AssistMessages::Author).string_len(16).not_null())
                .col(ColumnDef::new(AssistMessages::AuthorId).big_integer().null())
                // Encrypted.
                .col(ColumnDef::new(AssistMessages::Body).text().not_null())
                .col(ColumnDef::new(AssistMessages::CreatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(
                    ForeignKey::create()
                        .from(AssistMessages::Table, AssistMessages::CaseId)
                        .to(AssistCases::Table, AssistCases::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        // The directory of organisations cases are referred to: lawyers, administrative
        // scriveners, interpreters, support groups, local governments.
        m.create_table(
            Table::create()
                .table(AssistOrganisations::Table)
                .col(id_pk(AssistOrganisations::Id))
                .col(ColumnDef::new(AssistOrganisations::Name).string_len(200).not_null())
                .col(ColumnDef::new(AssistOrganisations::Kind).string_len(32).not_null())
                .col(ColumnDef::new(AssistOrganisations::Languages).string_len(200).not_null())
                .col(ColumnDef::new(AssistOrganisations::Area).string_len(200).not_null())
                .col(ColumnDef::new(AssistOrganisations::Contact).string_len(300).not_null())
                .col(ColumnDef::new(AssistOrganisations::CreatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AssistReferrals::Table)
                .col(id_pk(AssistReferrals::Id))
                .col(ColumnDef::new(AssistReferrals::CaseId).big_integer().not_null())
                .col(ColumnDef::new(AssistReferrals::OrganisationId).big_integer().not_null())
                // `pending`, `accepted`, `declined`, `completed`.
                .col(ColumnDef::new(AssistReferrals::Outcome).string_len(16).not_null())
                .col(ColumnDef::new(AssistReferrals::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(AssistReferrals::UpdatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(
                    ForeignKey::create()
                        .from(AssistReferrals::Table, AssistReferrals::CaseId)
                        .to(AssistCases::Table, AssistCases::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(AssistReferrals::Table, AssistReferrals::OrganisationId)
                        .to(AssistOrganisations::Table, AssistOrganisations::Id),
                )
                .to_owned(),
        )
        .await?;
        // Escalation to the bar association's ADR: two mediators (one from each side), an
        // interpreter, hearing dates, documents in both languages, the outcome. Encrypted text.
        m.create_table(
            Table::create()
                .table(AssistAdr::Table)
                .col(ColumnDef::new(AssistAdr::CaseId).big_integer().not_null().primary_key())
                .col(ColumnDef::new(AssistAdr::WorkerMediator).text().not_null())
                .col(ColumnDef::new(AssistAdr::EmployerMediator).text().not_null())
                .col(ColumnDef::new(AssistAdr::Interpreter).text().not_null())
                .col(ColumnDef::new(AssistAdr::HearingDates).text().not_null())
                .col(ColumnDef::new(AssistAdr::Documents).text().not_null())
                .col(ColumnDef::new(AssistAdr::Outcome).text().not_null())
                .col(ColumnDef::new(AssistAdr::UpdatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(
                    ForeignKey::create()
                        .from(AssistAdr::Table, AssistAdr::CaseId)
                        .to(AssistCases::Table, AssistCases::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AssistCannedReplies::Table)
                .col(id_pk(AssistCannedReplies::Id))
                .col(ColumnDef::new(AssistCannedReplies::Lang).string_len(16).not_null())
                .col(ColumnDef::new(AssistCannedReplies::Title).string_len(200).not_null())
                .col(ColumnDef::new(AssistCannedReplies::Body).text().not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("assist_messages_case")
                .table(AssistMessages::Table)
                .col(AssistMessages::CaseId)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            AssistCannedReplies::Table.into_iden(),
            AssistAdr::Table.into_iden(),
            AssistReferrals::Table.into_iden(),
            AssistOrganisations::Table.into_iden(),
            AssistMessages::Table.into_iden(),
            AssistConsultationIssues::Table.into_iden(),
            AssistConsultations::Table.into_iden(),
            AssistCases::Table.into_iden(),
            AssistPeople::Table.into_iden(),
            AssistIssueTypes::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

//! Membership: applications and their screening, members' activity plans and reports, and the
//! good practices the secretariat publishes.

use crate::id_pk;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261126_000014_members"
    }
}

#[derive(DeriveIden)]
enum Members {
    Table,
    Id,
    UserId,
    Category,
    Name,
    ContactName,
    Email,
    Area,
    Website,
    About,
    CodeAgreedAt,
    Status,
    AppliedAt,
    UpdatedAt,
    DecidedAt,
}

#[derive(DeriveIden)]
enum MemberMessages {
    Table,
    Id,
    MemberId,
    /// applied, resubmitted, approved, asked, refused
    Action,
    Message,
    ByUser,
    At,
}

#[derive(DeriveIden)]
enum MemberReports {
    Table,
    Id,
    MemberId,
    /// plan (annual activity plan) or report (half-year activity report)
    Kind,
    /// "2026" for a plan, "2026-H1" / "2026-H2" for a report
    Period,
    Body,
    AttachmentName,
    AttachmentType,
    Attachment,
    Published,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum GoodPractices {
    Table,
    Id,
    Number,
    Title,
    Body,
    MemberId,
    PublishedAt,
    CreatedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Members::Table)
                .col(id_pk(Members::Id))
                .col(ColumnDef::new(Members::UserId).big_integer().not_null().unique_key())
                .col(ColumnDef::new(Members::Category).string_len(32).not_null())
                .col(ColumnDef::new(Members::Name).string_len(200).not_null())
                .col(ColumnDef::new(Members::ContactName).string_len(200).not_null())
                .col(ColumnDef::new(Members::Email).string_len(320).not_null())
                .col(ColumnDef::new(Members::Area).string_len(200).not_null())
                .col(ColumnDef::new(Members::Website).string_len(500).not_null())
                .col(ColumnDef::new(Members::About).text().not_null())
                .col(ColumnDef::new(Members::CodeAgreedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Members::Status).string_len(16).not_null())
                .col(ColumnDef::new(Members::AppliedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Members::UpdatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Members::DecidedAt).timestamp_with_time_zone().null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("members_status_category")
                .table(Members::Table)
                .col(Members::Status)
                .col(Members::Category)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(MemberMessages::Table)
                .col(id_pk(MemberMessages::Id))
                .col(ColumnDef::new(MemberMessages::MemberId).big_integer().not_null())
                .col(ColumnDef::new(MemberMessages::Action).string_len(16).not_null())
                .col(ColumnDef::new(MemberMessages::Message).text().not_null())
                .col(ColumnDef::new(MemberMessages::ByUser).big_integer().not_null())
                .col(ColumnDef::new(MemberMessages::At).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("member_messages_member")
                .table(MemberMessages::Table)
                .col(MemberMessages::MemberId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(MemberReports::Table)
                .col(id_pk(MemberReports::Id))
                .col(ColumnDef::new(MemberReports::MemberId).big_integer().not_null())
                .col(ColumnDef::new(MemberReports::Kind).string_len(16).not_null())
                .col(ColumnDef::new(MemberReports::Period).string_len(16).not_null())
                .col(ColumnDef::new(MemberReports::Body).text().not_null())
                .col(ColumnDef::new(MemberReports::AttachmentName).string_len(200).null())
                .col(ColumnDef::new(MemberReports::AttachmentType).string_len(100).null())
                .col(ColumnDef::new(MemberReports::Attachment).blob().null())
                .col(ColumnDef::new(MemberReports::Published).boolean().not_null())
                .col(ColumnDef::new(MemberReports::SubmittedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("member_reports_once_per_period")
                .table(MemberReports::Table)
                .col(MemberReports::MemberId)
                .col(MemberReports::Kind)
                .col(MemberReports::Period)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(GoodPractices::Table)
                .col(id_pk(GoodPractices::Id))
                .col(ColumnDef::new(GoodPractices::Number).integer().not_null().unique_key())
                .col(ColumnDef::new(GoodPractices::Title).string_len(300).not_null())
                .col(ColumnDef::new(GoodPractices::Body).text().not_null())
                .col(ColumnDef::new(GoodPractices::MemberId).big_integer().null())
                .col(ColumnDef::new(GoodPractices::PublishedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(GoodPractices::CreatedBy).big_integer().not_null())
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["good_practices", "member_reports", "member_messages", "members"] {
            m.drop_table(Table::drop().table(Alias::new(t)).to_owned()).await?;
        }
        Ok(())
    }
}

//! The company collaboration program: companies and their staff, the supply-chain tree of
//! business sites, suppliers and site groups, supplier invitations, the program's aggregation
//! dates, the frozen reports (append-only), the registry of every group ever published (for the
//! differencing rule) and remediation plans.

use crate::dialect;
use crate::id_pk;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261126_000009_companies"
    }
}

#[derive(DeriveIden)]
enum Companies {
    Table,
    Id,
    Name,
    ContactEmail,
    ContractStart,
    ContractEnd,
    TargetWorkers,
    /// For a supplier's own organisation: the company whose chain it was invited into.
    CustomerId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CompanyMembers {
    Table,
    CompanyId,
    UserId,
    Role,
}

#[derive(DeriveIden)]
enum CompanyNodes {
    Table,
    Id,
    CompanyId,
    ParentId,
    Kind,
    Name,
    Address,
    Industry,
    MigrantWorkers,
    SiteId,
    SupplierId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CompanyInvites {
    Table,
    Id,
    TokenHash,
    NodeId,
    Email,
    ExpiresAt,
    AcceptedAt,
}

#[derive(DeriveIden)]
enum AggregationDates {
    Table,
    Id,
    Day,
    State,
    FrozenAt,
}

#[derive(DeriveIden)]
enum FrozenReports {
    Table,
    Id,
    DateId,
    CompanyId,
    NodeId,
    BankVersion,
    Respondents,
    Suppressed,
    Figures,
    CreatedAt,
}

#[derive(DeriveIden)]
enum DisclosureGroups {
    Table,
    Id,
    DateId,
    Key,
    Size,
    Responses,
}

#[derive(DeriveIden)]
enum RemediationPlans {
    Table,
    Id,
    CompanyId,
    NodeId,
    Indicator,
    Action,
    Owner,
    DueDay,
    Status,
    Progress,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Companies::Table)
                .col(id_pk(Companies::Id))
                .col(ColumnDef::new(Companies::Name).string_len(200).not_null())
                .col(ColumnDef::new(Companies::ContactEmail).string_len(200).not_null())
                .col(ColumnDef::new(Companies::ContractStart).string_len(10).null())
                .col(ColumnDef::new(Companies::ContractEnd).string_len(10).null())
                .col(ColumnDef::new(Companies::TargetWorkers).integer().not_null().default(0))
                .col(ColumnDef::new(Companies::CustomerId).big_integer().null())
                .col(ColumnDef::new(Companies::CreatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CompanyMembers::Table)
                .col(ColumnDef::new(CompanyMembers::CompanyId).big_integer().not_null())
                .col(ColumnDef::new(CompanyMembers::UserId).big_integer().not_null())
                .col(ColumnDef::new(CompanyMembers::Role).string_len(16).not_null())
                .primary_key(Index::create().col(CompanyMembers::CompanyId).col(CompanyMembers::UserId))
                .foreign_key(
                    ForeignKey::create()
                        .from(CompanyMembers::Table, CompanyMembers::CompanyId)
                        .to(Companies::Table, Companies::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("company_members_user")
                .table(CompanyMembers::Table)
                .col(CompanyMembers::UserId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CompanyNodes::Table)
                .col(id_pk(CompanyNodes::Id))
                .col(ColumnDef::new(CompanyNodes::CompanyId).big_integer().not_null())
                .col(ColumnDef::new(CompanyNodes::ParentId).big_integer().null())
                .col(ColumnDef::new(CompanyNodes::Kind).string_len(16).not_null())
                .col(ColumnDef::new(CompanyNodes::Name).string_len(200).not_null())
                .col(ColumnDef::new(CompanyNodes::Address).string_len(300).not_null().default(""))
                .col(ColumnDef::new(CompanyNodes::Industry).string_len(100).not_null().default(""))
                .col(ColumnDef::new(CompanyNodes::MigrantWorkers).integer().not_null().default(0))
                .col(ColumnDef::new(CompanyNodes::SiteId).big_integer().null())
                .col(ColumnDef::new(CompanyNodes::SupplierId).big_integer().null())
                .col(ColumnDef::new(CompanyNodes::CreatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(
                    ForeignKey::create()
                        .from(CompanyNodes::Table, CompanyNodes::CompanyId)
                        .to(Companies::Table, Companies::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        for (name, col) in [
            ("company_nodes_company", CompanyNodes::CompanyId),
            ("company_nodes_parent", CompanyNodes::ParentId),
        ] {
            m.create_index(Index::create().name(name).table(CompanyNodes::Table).col(col).to_owned()).await?;
        }
        m.create_table(
            Table::create()
                .table(CompanyInvites::Table)
                .col(id_pk(CompanyInvites::Id))
                .col(ColumnDef::new(CompanyInvites::TokenHash).string_len(64).not_null().unique_key())
                .col(ColumnDef::new(CompanyInvites::NodeId).big_integer().not_null())
                .col(ColumnDef::new(CompanyInvites::Email).string_len(200).not_null())
                .col(ColumnDef::new(CompanyInvites::ExpiresAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(CompanyInvites::AcceptedAt).timestamp_with_time_zone().null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AggregationDates::Table)
                .col(id_pk(AggregationDates::Id))
                .col(ColumnDef::new(AggregationDates::Day).string_len(10).not_null().unique_key())
                .col(ColumnDef::new(AggregationDates::State).string_len(16).not_null())
                .col(ColumnDef::new(AggregationDates::FrozenAt).timestamp_with_time_zone().null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(FrozenReports::Table)
                .col(id_pk(FrozenReports::Id))
                .col(ColumnDef::new(FrozenReports::DateId).big_integer().not_null())
                .col(ColumnDef::new(FrozenReports::CompanyId).big_integer().not_null())
                .col(ColumnDef::new(FrozenReports::NodeId).big_integer().null())
                .col(ColumnDef::new(FrozenReports::BankVersion).string_len(40).not_null())
                .col(ColumnDef::new(FrozenReports::Respondents).big_integer().not_null())
                .col(ColumnDef::new(FrozenReports::Suppressed).string_len(32).null())
                .col(ColumnDef::new(FrozenReports::Figures).text().not_null())
                .col(ColumnDef::new(FrozenReports::CreatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("frozen_reports_company_date")
                .table(FrozenReports::Table)
                .col(FrozenReports::CompanyId)
                .col(FrozenReports::DateId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(DisclosureGroups::Table)
                .col(id_pk(DisclosureGroups::Id))
                .col(ColumnDef::new(DisclosureGroups::DateId).big_integer().not_null())
                .col(ColumnDef::new(DisclosureGroups::Key).string_len(120).not_null())
                .col(ColumnDef::new(DisclosureGroups::Size).big_integer().not_null())
                .col(ColumnDef::new(DisclosureGroups::Responses).text().not_null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RemediationPlans::Table)
                .col(id_pk(RemediationPlans::Id))
                .col(ColumnDef::new(RemediationPlans::CompanyId).big_integer().not_null())
                .col(ColumnDef::new(RemediationPlans::NodeId).big_integer().not_null())
                .col(ColumnDef::new(RemediationPlans::Indicator).string_len(64).not_null())
                .col(ColumnDef::new(RemediationPlans::Action).text().not_null())
                .col(ColumnDef::new(RemediationPlans::Owner).string_len(200).not_null())
                .col(ColumnDef::new(RemediationPlans::DueDay).string_len(10).not_null())
                .col(ColumnDef::new(RemediationPlans::Status).string_len(16).not_null())
                .col(ColumnDef::new(RemediationPlans::Progress).text().not_null().default(""))
                .col(ColumnDef::new(RemediationPlans::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(RemediationPlans::UpdatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        // What was published stays published as it was: no UPDATE, DELETE or TRUNCATE.
        dialect::make_append_only(m.get_connection(), "frozen_reports").await?;
        dialect::make_append_only(m.get_connection(), "disclosure_groups").await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["frozen_reports", "disclosure_groups"] {
            dialect::drop_append_only(m.get_connection(), t).await?;
        }
        for t in [
            "remediation_plans",
            "disclosure_groups",
            "frozen_reports",
            "aggregation_dates",
            "company_invites",
            "company_nodes",
            "company_members",
            "companies",
        ] {
            m.drop_table(Table::drop().table(Alias::new(t)).to_owned()).await?;
        }
        Ok(())
    }
}

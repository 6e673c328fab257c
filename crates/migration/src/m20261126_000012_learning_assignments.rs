//! Companies assign courses: the staff who learn (added by the company's admins) and the courses
//! assigned to a company, which reach its own staff and its suppliers' staff.

use crate::id_pk;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261126_000012_learning_assignments"
    }
}

#[derive(DeriveIden)]
enum LearningStaff {
    Table,
    CompanyId,
    UserId,
    AddedAt,
}

#[derive(DeriveIden)]
enum LearningAssignments {
    Table,
    Id,
    CompanyId,
    CourseId,
    DueDay,
    AssignedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(LearningStaff::Table)
                .col(ColumnDef::new(LearningStaff::CompanyId).big_integer().not_null())
                .col(ColumnDef::new(LearningStaff::UserId).big_integer().not_null())
                .col(ColumnDef::new(LearningStaff::AddedAt).timestamp_with_time_zone().not_null())
                .primary_key(Index::create().col(LearningStaff::CompanyId).col(LearningStaff::UserId))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(LearningAssignments::Table)
                .col(id_pk(LearningAssignments::Id))
                .col(ColumnDef::new(LearningAssignments::CompanyId).big_integer().not_null())
                .col(ColumnDef::new(LearningAssignments::CourseId).string_len(64).not_null())
                .col(ColumnDef::new(LearningAssignments::DueDay).string_len(10).null())
                .col(ColumnDef::new(LearningAssignments::AssignedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("learning_assignments_company_course")
                .table(LearningAssignments::Table)
                .col(LearningAssignments::CompanyId)
                .col(LearningAssignments::CourseId)
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["learning_assignments", "learning_staff"] {
            m.drop_table(Table::drop().table(Alias::new(t)).to_owned()).await?;
        }
        Ok(())
    }
}

//! Completion badges: each is an Open Badges 3.0 credential, kept as the signed JWT that was
//! issued, so anyone can check it later; revocation is recorded beside it, never by deleting.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261126_000011_badges"
    }
}

#[derive(DeriveIden)]
enum LearningBadges {
    Table,
    Id,
    UserId,
    CourseId,
    Jwt,
    IssuedAt,
    RevokedAt,
    RevokedReason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(LearningBadges::Table)
                .col(ColumnDef::new(LearningBadges::Id).string_len(40).not_null().primary_key())
                .col(ColumnDef::new(LearningBadges::UserId).big_integer().not_null())
                .col(ColumnDef::new(LearningBadges::CourseId).string_len(64).not_null())
                .col(ColumnDef::new(LearningBadges::Jwt).text().not_null())
                .col(ColumnDef::new(LearningBadges::IssuedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(LearningBadges::RevokedAt).timestamp_with_time_zone().null())
                .col(ColumnDef::new(LearningBadges::RevokedReason).string_len(300).null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("learning_badges_user_course")
                .table(LearningBadges::Table)
                .col(LearningBadges::UserId)
                .col(LearningBadges::CourseId)
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(LearningBadges::Table).to_owned()).await
    }
}

//! Learning: who follows which course, which lessons they finished, and every quiz attempt.
//! Course content itself is data read from the course folders (see `hiroba-learning`).

use crate::id_pk;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261126_000010_learning"
    }
}

#[derive(DeriveIden)]
enum LearningEnrolments {
    Table,
    UserId,
    CourseId,
    StartedAt,
    LastLesson,
    LastSeenAt,
    CompletedAt,
}

#[derive(DeriveIden)]
enum LearningLessons {
    Table,
    UserId,
    CourseId,
    LessonId,
    CompletedAt,
}

#[derive(DeriveIden)]
enum LearningAttempts {
    Table,
    Id,
    UserId,
    CourseId,
    ChapterId,
    Lang,
    Correct,
    Total,
    Passed,
    Answers,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(LearningEnrolments::Table)
                .col(ColumnDef::new(LearningEnrolments::UserId).big_integer().not_null())
                .col(ColumnDef::new(LearningEnrolments::CourseId).string_len(64).not_null())
                .col(ColumnDef::new(LearningEnrolments::StartedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(LearningEnrolments::LastLesson).string_len(64).null())
                .col(ColumnDef::new(LearningEnrolments::LastSeenAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(LearningEnrolments::CompletedAt).timestamp_with_time_zone().null())
                .primary_key(
                    Index::create().col(LearningEnrolments::UserId).col(LearningEnrolments::CourseId),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(LearningLessons::Table)
                .col(ColumnDef::new(LearningLessons::UserId).big_integer().not_null())
                .col(ColumnDef::new(LearningLessons::CourseId).string_len(64).not_null())
                .col(ColumnDef::new(LearningLessons::LessonId).string_len(64).not_null())
                .col(ColumnDef::new(LearningLessons::CompletedAt).timestamp_with_time_zone().not_null())
                .primary_key(
                    Index::create()
                        .col(LearningLessons::UserId)
                        .col(LearningLessons::CourseId)
                        .col(LearningLessons::LessonId),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(LearningAttempts::Table)
                .col(id_pk(LearningAttempts::Id))
                .col(ColumnDef::new(LearningAttempts::UserId).big_integer().not_null())
                .col(ColumnDef::new(LearningAttempts::CourseId).string_len(64).not_null())
                .col(ColumnDef::new(LearningAttempts::ChapterId).string_len(64).not_null())
                .col(ColumnDef::new(LearningAttempts::Lang).string_len(16).not_null())
                .col(ColumnDef::new(LearningAttempts::Correct).integer().not_null())
                .col(ColumnDef::new(LearningAttempts::Total).integer().not_null())
                .col(ColumnDef::new(LearningAttempts::Passed).boolean().not_null())
                .col(ColumnDef::new(LearningAttempts::Answers).text().not_null())
                .col(ColumnDef::new(LearningAttempts::CreatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("learning_attempts_user_course")
                .table(LearningAttempts::Table)
                .col(LearningAttempts::UserId)
                .col(LearningAttempts::CourseId)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["learning_attempts", "learning_lessons", "learning_enrolments"] {
            m.drop_table(Table::drop().table(Alias::new(t)).to_owned()).await?;
        }
        Ok(())
    }
}

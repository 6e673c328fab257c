//! Courses move into the database so the secretariat can write and translate them in the browser.
//!
//! A course is stored as the files of its folder format (`course.toml`, `<lang>/course.toml`,
//! `<lang>/<lesson>.md`, `<lang>/quiz-<chapter>.toml`, `<lang>/<lesson>.vtt`), so importing,
//! exporting and reviewing as text stay one step. Each file has a version; a translated file
//! records the version of its source-language counterpart it was translated from, which is how a
//! translation is known to be outdated. Every save is kept as a revision.

use crate::id_pk;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261126_000013_learning_authoring"
    }
}

#[derive(DeriveIden)]
enum LearningCourses {
    Table,
    Id,
    SourceLang,
    Published,
    /// A digest of every file, changed by each save: servers reload a course when it differs.
    Digest,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum LearningCourseFiles {
    Table,
    CourseId,
    Path,
    Lang,
    Content,
    Version,
    SourceVersion,
    UpdatedAt,
    UpdatedBy,
}

#[derive(DeriveIden)]
enum LearningCourseRevisions {
    Table,
    Id,
    CourseId,
    Path,
    Version,
    Content,
    SavedBy,
    SavedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(LearningCourses::Table)
                .col(ColumnDef::new(LearningCourses::Id).string_len(64).not_null().primary_key())
                .col(ColumnDef::new(LearningCourses::SourceLang).string_len(16).not_null())
                .col(ColumnDef::new(LearningCourses::Published).boolean().not_null())
                .col(ColumnDef::new(LearningCourses::Digest).string_len(64).not_null())
                .col(ColumnDef::new(LearningCourses::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(LearningCourses::UpdatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(LearningCourseFiles::Table)
                .col(ColumnDef::new(LearningCourseFiles::CourseId).string_len(64).not_null())
                .col(ColumnDef::new(LearningCourseFiles::Path).string_len(200).not_null())
                .col(ColumnDef::new(LearningCourseFiles::Lang).string_len(16).not_null())
                .col(ColumnDef::new(LearningCourseFiles::Content).text().not_null())
                .col(ColumnDef::new(LearningCourseFiles::Version).integer().not_null())
                .col(ColumnDef::new(LearningCourseFiles::SourceVersion).integer().null())
                .col(ColumnDef::new(LearningCourseFiles::UpdatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(LearningCourseFiles::UpdatedBy).big_integer().null())
                .primary_key(
                    Index::create().col(LearningCourseFiles::CourseId).col(LearningCourseFiles::Path),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(LearningCourseRevisions::Table)
                .col(id_pk(LearningCourseRevisions::Id))
                .col(ColumnDef::new(LearningCourseRevisions::CourseId).string_len(64).not_null())
                .col(ColumnDef::new(LearningCourseRevisions::Path).string_len(200).not_null())
                .col(ColumnDef::new(LearningCourseRevisions::Version).integer().not_null())
                .col(ColumnDef::new(LearningCourseRevisions::Content).text().not_null())
                .col(ColumnDef::new(LearningCourseRevisions::SavedBy).big_integer().null())
                .col(ColumnDef::new(LearningCourseRevisions::SavedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("learning_course_revisions_file")
                .table(LearningCourseRevisions::Table)
                .col(LearningCourseRevisions::CourseId)
                .col(LearningCourseRevisions::Path)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["learning_course_revisions", "learning_course_files", "learning_courses"] {
            m.drop_table(Table::drop().table(Alias::new(t)).to_owned()).await?;
        }
        Ok(())
    }
}

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "learning_course_files")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub course_id: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub path: String,
    /// The language folder; empty for the course's `course.toml`.
    pub lang: String,
    #[sea_orm(column_type = "Text")]
    pub content: String,
    pub version: i32,
    /// For a translation: the version of the source-language file it was translated from.
    pub source_version: Option<i32>,
    pub updated_at: DateTimeUtc,
    pub updated_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "learning_course_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub course_id: String,
    pub path: String,
    pub version: i32,
    #[sea_orm(column_type = "Text")]
    pub content: String,
    pub saved_by: Option<i64>,
    pub saved_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "good_practices")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub number: i32,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub member_id: Option<i64>,
    pub published_at: DateTimeUtc,
    pub created_by: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

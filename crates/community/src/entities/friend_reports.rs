use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "friend_reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub reporter: i64,
    pub reported_user: i64,
    pub message_id: Option<i64>,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub status: String,
    pub created_at: DateTimeUtc,
    pub handled_by: Option<i64>,
    pub handled_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

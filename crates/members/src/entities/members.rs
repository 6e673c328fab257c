use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "members")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub user_id: i64,
    pub category: String,
    pub name: String,
    pub contact_name: String,
    pub email: String,
    pub area: String,
    pub website: String,
    #[sea_orm(column_type = "Text")]
    pub about: String,
    pub code_agreed_at: DateTimeUtc,
    pub status: String,
    pub applied_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

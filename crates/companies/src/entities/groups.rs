use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "disclosure_groups")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub date_id: i64,
    pub key: String,
    pub size: i64,
    /// Response ids, comma-separated.
    pub responses: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assist_people")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Encrypted name or pseudonym.
    pub name: String,
    /// Encrypted.
    pub contact: String,
    pub lang: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

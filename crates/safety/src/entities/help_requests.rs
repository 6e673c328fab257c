use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "safety_help_requests")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub response_id: Option<i64>,
    /// Encrypted.
    pub contact: String,
    pub preferred_lang: String,
    /// Encrypted.
    pub preferred_time: String,
    pub share_answers: bool,
    pub day: String,
    pub state: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

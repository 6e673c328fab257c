use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assist_cases")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub number: String,
    pub passphrase_hash: String,
    pub person_id: i64,
    pub status: String,
    pub assignee_id: Option<i64>,
    pub attendant_support: bool,
    pub site_id: Option<i64>,
    pub lang: String,
    pub channel: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub waiting_since: Option<DateTimeUtc>,
    pub solved: Option<String>,
    pub satisfaction: Option<i32>,
    pub anonymised_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

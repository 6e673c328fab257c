use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "frozen_reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub date_id: i64,
    pub company_id: i64,
    /// `None`: the whole company.
    pub node_id: Option<i64>,
    pub bank_version: String,
    pub respondents: i64,
    pub suppressed: Option<String>,
    /// JSON [`crate::reports::Figures`], already under disclosure control.
    pub figures: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assist_issue_types")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
    pub parent: Option<String>,
    pub position: i32,
    /// JSON object, language code → label, for types the secretariat added; `None` for the
    /// built-in types, whose labels are the catalogue's `issue-<code>`.
    pub labels: Option<String>,
    pub retired: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

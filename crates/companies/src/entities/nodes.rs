use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "company_nodes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The program company whose chain this node belongs to.
    pub company_id: i64,
    pub parent_id: Option<i64>,
    /// `site`, `supplier` or `group` (sites managed together).
    pub kind: String,
    pub name: String,
    pub address: String,
    pub industry: String,
    pub migrant_workers: i32,
    /// The Safety site (with its worker code), for a `site`.
    pub site_id: Option<i64>,
    /// The supplier's own organisation, for a `supplier` whose staff manage its subtree.
    pub supplier_id: Option<i64>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

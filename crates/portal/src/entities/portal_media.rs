use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "portal_media")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub article_id: Option<i64>,
    /// The image id shared by its variants.
    pub name: String,
    pub width: i32,
    pub content_type: String,
    pub bytes: Vec<u8>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

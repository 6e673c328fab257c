use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "articles")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub slug: String,
    /// `article` or `video`.
    pub kind: String,
    pub topic: String,
    pub countries: String,
    pub author: String,
    pub source_lang: String,
    /// `draft`, `review`, `published` or `unpublished`.
    pub status: String,
    pub video_url: Option<String>,
    pub video_file: Option<String>,
    pub thumbnail_id: Option<i64>,
    pub published_at: Option<DateTimeUtc>,
    pub reviewed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

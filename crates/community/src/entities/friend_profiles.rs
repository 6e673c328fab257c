use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "friend_profiles")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i64,
    pub nickname: String,
    pub kind: String,
    pub prefecture: String,
    pub city: String,
    pub languages: String,
    #[sea_orm(column_type = "Text")]
    pub offers: String,
    #[sea_orm(column_type = "Text")]
    pub needs: String,
    pub visible: bool,
    pub hidden_by_moderator: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

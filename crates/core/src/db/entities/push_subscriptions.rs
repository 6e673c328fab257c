use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "push_subscriptions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub owner: String,
    pub endpoint_hash: String,
    /// Encrypted (column `push_subscriptions.endpoint`).
    pub endpoint: String,
    /// Encrypted JSON `{"p256dh": …, "auth": …}` (column `push_subscriptions.keys`).
    pub keys: String,
    pub lang: String,
    pub created_at: DateTimeUtc,
    pub last_sent_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! Web push subscriptions. A subscription belongs to an owner named by a string the module chooses
//! (`assist-case:12`, `user:7`), so a worker without an account can be notified about their case.
//! The endpoint and keys are capabilities to reach a person's phone: stored encrypted, found by a
//! keyed hash of the endpoint.

use crate::id_pk;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261126_000008_push"
    }
}

#[derive(DeriveIden)]
enum PushSubscriptions {
    Table,
    Id,
    Owner,
    EndpointHash,
    Endpoint,
    Keys,
    Lang,
    CreatedAt,
    LastSentAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PushSubscriptions::Table)
                    .col(id_pk(PushSubscriptions::Id))
                    .col(ColumnDef::new(PushSubscriptions::Owner).string_len(80).not_null())
                    .col(ColumnDef::new(PushSubscriptions::EndpointHash).string_len(64).not_null())
                    .col(ColumnDef::new(PushSubscriptions::Endpoint).text().not_null())
                    .col(ColumnDef::new(PushSubscriptions::Keys).text().not_null())
                    .col(ColumnDef::new(PushSubscriptions::Lang).string_len(16).not_null())
                    .col(ColumnDef::new(PushSubscriptions::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(PushSubscriptions::LastSentAt).timestamp_with_time_zone().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("push_subscriptions_endpoint")
                    .table(PushSubscriptions::Table)
                    .col(PushSubscriptions::EndpointHash)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("push_subscriptions_owner")
                    .table(PushSubscriptions::Table)
                    .col(PushSubscriptions::Owner)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(PushSubscriptions::Table).to_owned()).await
    }
}

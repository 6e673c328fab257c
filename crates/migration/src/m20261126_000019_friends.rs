//! Friends: profiles under a nickname, contact only after both agree, messages through the
//! platform, blocking, and reports for the secretariat's moderation queue.

use crate::id_pk;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261126_000019_friends"
    }
}

#[derive(DeriveIden)]
enum FriendProfiles {
    Table,
    UserId,
    Nickname,
    /// resident (a foreign resident) or supporter (a Japanese supporter)
    Kind,
    Prefecture,
    City,
    /// Language codes, comma separated.
    Languages,
    Offers,
    Needs,
    Visible,
    HiddenByModerator,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum FriendContacts {
    Table,
    Id,
    FromUser,
    ToUser,
    /// requested, accepted, declined
    Status,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum FriendMessages {
    Table,
    Id,
    ContactId,
    FromUser,
    /// Encrypted at rest.
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum FriendBlocks {
    Table,
    UserId,
    BlockedUserId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum FriendReports {
    Table,
    Id,
    Reporter,
    ReportedUser,
    MessageId,
    Reason,
    /// open, hidden, dismissed
    Status,
    CreatedAt,
    HandledBy,
    HandledAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(FriendProfiles::Table)
                .col(ColumnDef::new(FriendProfiles::UserId).big_integer().not_null().primary_key())
                .col(ColumnDef::new(FriendProfiles::Nickname).string_len(60).not_null())
                .col(ColumnDef::new(FriendProfiles::Kind).string_len(16).not_null())
                .col(ColumnDef::new(FriendProfiles::Prefecture).string_len(16).not_null())
                .col(ColumnDef::new(FriendProfiles::City).string_len(100).not_null())
                .col(ColumnDef::new(FriendProfiles::Languages).string_len(200).not_null())
                .col(ColumnDef::new(FriendProfiles::Offers).text().not_null())
                .col(ColumnDef::new(FriendProfiles::Needs).text().not_null())
                .col(ColumnDef::new(FriendProfiles::Visible).boolean().not_null())
                .col(ColumnDef::new(FriendProfiles::HiddenByModerator).boolean().not_null())
                .col(ColumnDef::new(FriendProfiles::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(FriendProfiles::UpdatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("friend_profiles_area")
                .table(FriendProfiles::Table)
                .col(FriendProfiles::Prefecture)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(FriendContacts::Table)
                .col(id_pk(FriendContacts::Id))
                .col(ColumnDef::new(FriendContacts::FromUser).big_integer().not_null())
                .col(ColumnDef::new(FriendContacts::ToUser).big_integer().not_null())
                .col(ColumnDef::new(FriendContacts::Status).string_len(16).not_null())
                .col(ColumnDef::new(FriendContacts::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(FriendContacts::UpdatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("friend_contacts_pair")
                .table(FriendContacts::Table)
                .col(FriendContacts::FromUser)
                .col(FriendContacts::ToUser)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(FriendMessages::Table)
                .col(id_pk(FriendMessages::Id))
                .col(ColumnDef::new(FriendMessages::ContactId).big_integer().not_null())
                .col(ColumnDef::new(FriendMessages::FromUser).big_integer().not_null())
                .col(ColumnDef::new(FriendMessages::Body).text().not_null())
                .col(ColumnDef::new(FriendMessages::CreatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("friend_messages_contact")
                .table(FriendMessages::Table)
                .col(FriendMessages::ContactId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(FriendBlocks::Table)
                .col(ColumnDef::new(FriendBlocks::UserId).big_integer().not_null())
                .col(ColumnDef::new(FriendBlocks::BlockedUserId).big_integer().not_null())
                .col(ColumnDef::new(FriendBlocks::CreatedAt).timestamp_with_time_zone().not_null())
                .primary_key(Index::create().col(FriendBlocks::UserId).col(FriendBlocks::BlockedUserId))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(FriendReports::Table)
                .col(id_pk(FriendReports::Id))
                .col(ColumnDef::new(FriendReports::Reporter).big_integer().not_null())
                .col(ColumnDef::new(FriendReports::ReportedUser).big_integer().not_null())
                .col(ColumnDef::new(FriendReports::MessageId).big_integer().null())
                .col(ColumnDef::new(FriendReports::Reason).text().not_null())
                .col(ColumnDef::new(FriendReports::Status).string_len(16).not_null())
                .col(ColumnDef::new(FriendReports::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(FriendReports::HandledBy).big_integer().null())
                .col(ColumnDef::new(FriendReports::HandledAt).timestamp_with_time_zone().null())
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["friend_reports", "friend_blocks", "friend_messages", "friend_contacts", "friend_profiles"]
        {
            m.drop_table(Table::drop().table(Alias::new(t)).to_owned()).await?;
        }
        Ok(())
    }
}

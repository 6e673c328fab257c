//! Accounts: users, their roles, sessions, one-time email tokens and login attempts.

use crate::id_pk;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261125_000001_accounts"
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    DisplayName,
    PasswordHash,
    PreferredLang,
    EmailConfirmedAt,
    TotpSecret,
    TotpEnabledAt,
    ResidenceStatus,
    DisabledAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum UserRoles {
    Table,
    UserId,
    Role,
    GrantedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    IdHash,
    UserId,
    Stage,
    CreatedAt,
    LastSeenAt,
}

#[derive(DeriveIden)]
enum EmailTokens {
    Table,
    TokenHash,
    UserId,
    Purpose,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum LoginAttempts {
    Table,
    Id,
    Key,
    AttemptedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Users::Table)
                .col(id_pk(Users::Id))
                .col(ColumnDef::new(Users::Email).string_len(254).not_null().unique_key())
                .col(ColumnDef::new(Users::DisplayName).string_len(100).not_null())
                .col(ColumnDef::new(Users::PasswordHash).string().not_null())
                .col(ColumnDef::new(Users::PreferredLang).string_len(16).not_null())
                .col(ColumnDef::new(Users::EmailConfirmedAt).timestamp_with_time_zone().null())
                // Encrypted (crypto::FieldCipher): the TOTP shared secret.
                .col(ColumnDef::new(Users::TotpSecret).text().null())
                .col(ColumnDef::new(Users::TotpEnabledAt).timestamp_with_time_zone().null())
                // Encrypted special-care information; written only with a consent record.
                .col(ColumnDef::new(Users::ResidenceStatus).text().null())
                .col(ColumnDef::new(Users::DisabledAt).timestamp_with_time_zone().null())
                .col(ColumnDef::new(Users::CreatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(UserRoles::Table)
                .col(ColumnDef::new(UserRoles::UserId).big_integer().not_null())
                .col(ColumnDef::new(UserRoles::Role).string_len(32).not_null())
                .col(ColumnDef::new(UserRoles::GrantedAt).timestamp_with_time_zone().not_null())
                .primary_key(Index::create().col(UserRoles::UserId).col(UserRoles::Role))
                .foreign_key(
                    ForeignKey::create()
                        .from(UserRoles::Table, UserRoles::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Sessions::Table)
                // Only a hash of the session token is stored: a leaked table opens no session.
                .col(ColumnDef::new(Sessions::IdHash).string_len(64).not_null().primary_key())
                .col(ColumnDef::new(Sessions::UserId).big_integer().not_null())
                .col(ColumnDef::new(Sessions::Stage).string_len(16).not_null())
                .col(ColumnDef::new(Sessions::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Sessions::LastSeenAt).timestamp_with_time_zone().not_null())
                .foreign_key(
                    ForeignKey::create()
                        .from(Sessions::Table, Sessions::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("sessions_user").table(Sessions::Table).col(Sessions::UserId).to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(EmailTokens::Table)
                .col(ColumnDef::new(EmailTokens::TokenHash).string_len(64).not_null().primary_key())
                .col(ColumnDef::new(EmailTokens::UserId).big_integer().not_null())
                .col(ColumnDef::new(EmailTokens::Purpose).string_len(16).not_null())
                .col(ColumnDef::new(EmailTokens::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(EmailTokens::ExpiresAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(EmailTokens::UsedAt).timestamp_with_time_zone().null())
                .foreign_key(
                    ForeignKey::create()
                        .from(EmailTokens::Table, EmailTokens::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(LoginAttempts::Table)
                .col(id_pk(LoginAttempts::Id))
                // "email:<sha256>" or "ip:<sha256>": throttling needs no readable address.
                .col(ColumnDef::new(LoginAttempts::Key).string_len(80).not_null())
                .col(ColumnDef::new(LoginAttempts::AttemptedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("login_attempts_key_at")
                .table(LoginAttempts::Table)
                .col(LoginAttempts::Key)
                .col(LoginAttempts::AttemptedAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            LoginAttempts::Table.into_iden(),
            EmailTokens::Table.into_iden(),
            Sessions::Table.into_iden(),
            UserRoles::Table.into_iden(),
            Users::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

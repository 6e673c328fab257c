//! One-time tokens sent by email (address confirmation, password reset). Only their hash is
//! stored; each can be used once, before it expires.

use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::crypto::{random_token, sha256_hex};
use crate::db::entities::email_tokens;
use crate::db::Db;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Confirm,
    Reset,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::Confirm => "confirm",
            Purpose::Reset => "reset",
        }
    }
    fn lifetime(self) -> Duration {
        match self {
            Purpose::Confirm => Duration::hours(48),
            Purpose::Reset => Duration::hours(1),
        }
    }
}

pub async fn issue(db: &Db, user_id: i64, purpose: Purpose) -> Result<String, sea_orm::DbErr> {
    let token = random_token();
    let now = Utc::now();
    email_tokens::ActiveModel {
        token_hash: Set(sha256_hex(&token)),
        user_id: Set(user_id),
        purpose: Set(purpose.as_str().into()),
        created_at: Set(now),
        expires_at: Set(now + purpose.lifetime()),
        used_at: Set(None),
    }
    .insert(db.write())
    .await?;
    Ok(token)
}

/// Check a token without using it up (to show the reset form). Returns the user id.
pub async fn peek(db: &Db, token: &str, purpose: Purpose) -> Result<Option<i64>, sea_orm::DbErr> {
    let row = email_tokens::Entity::find_by_id(sha256_hex(token))
        .filter(email_tokens::Column::Purpose.eq(purpose.as_str()))
        .one(db.read())
        .await?;
    Ok(row.filter(|r| r.used_at.is_none() && r.expires_at > Utc::now()).map(|r| r.user_id))
}

/// Use a token up. The conditional update makes two simultaneous uses count once.
pub async fn consume(db: &Db, token: &str, purpose: Purpose) -> Result<Option<i64>, sea_orm::DbErr> {
    let hash = sha256_hex(token);
    let Some(user_id) = peek(db, token, purpose).await? else {
        return Ok(None);
    };
    let res = email_tokens::Entity::update_many()
        .col_expr(email_tokens::Column::UsedAt, sea_orm::sea_query::Expr::value(Utc::now()))
        .filter(email_tokens::Column::TokenHash.eq(hash))
        .filter(email_tokens::Column::UsedAt.is_null())
        .exec(db.write())
        .await?;
    Ok((res.rows_affected == 1).then_some(user_id))
}

//! Login throttling, shared by all server processes through the database.
//!
//! Failed attempts are recorded per account and per client address (both as keyed hashes, never
//! readable). More than [`PER_ACCOUNT`] failures for one account, or [`PER_ADDRESS`] from one
//! address, within [`WINDOW_MINUTES`] answers 429 until the window has moved on.

use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

use crate::db::entities::login_attempts;
use crate::db::Db;

pub const WINDOW_MINUTES: i64 = 15;
pub const PER_ACCOUNT: u64 = 5;
pub const PER_ADDRESS: u64 = 30;

/// Is either key over its limit? Returns the seconds to wait.
pub async fn blocked(db: &Db, account_key: &str, address_key: &str) -> Result<Option<i64>, sea_orm::DbErr> {
    let since = Utc::now() - Duration::minutes(WINDOW_MINUTES);
    for (key, limit) in [(account_key, PER_ACCOUNT), (address_key, PER_ADDRESS)] {
        let n = login_attempts::Entity::find()
            .filter(login_attempts::Column::Key.eq(key))
            .filter(login_attempts::Column::AttemptedAt.gt(since))
            .count(db.read())
            .await?;
        if n >= limit {
            return Ok(Some(WINDOW_MINUTES * 60));
        }
    }
    Ok(None)
}

pub async fn record_failure(db: &Db, account_key: &str, address_key: &str) -> Result<(), sea_orm::DbErr> {
    let now = Utc::now();
    for key in [account_key, address_key] {
        login_attempts::ActiveModel {
            key: Set(key.to_string()),
            attempted_at: Set(now),
            ..Default::default()
        }
        .insert(db.write())
        .await?;
    }
    Ok(())
}

/// A successful login clears the account's failures (not the address's).
pub async fn clear(db: &Db, account_key: &str) -> Result<(), sea_orm::DbErr> {
    login_attempts::Entity::delete_many()
        .filter(login_attempts::Column::Key.eq(account_key))
        .exec(db.write())
        .await?;
    Ok(())
}

pub async fn purge_old(db: &Db) -> Result<u64, sea_orm::DbErr> {
    let since = Utc::now() - Duration::minutes(WINDOW_MINUTES);
    Ok(login_attempts::Entity::delete_many()
        .filter(login_attempts::Column::AttemptedAt.lt(since))
        .exec(db.write())
        .await?
        .rows_affected)
}

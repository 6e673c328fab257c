//! Database-backed sessions, so any server process behind a load balancer can serve any request.
//!
//! The cookie holds a random token; the table holds only its SHA-256. A session ends after
//! `session_idle_minutes` without a request, or `session_absolute_hours` after login, whichever is
//! first; logout deletes the row, so a copied cookie is dead everywhere at once.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::crypto::{random_token, sha256_hex};
use crate::db::entities::sessions;
use crate::db::Db;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Fully signed in.
    Full,
    /// Password accepted; the two-factor code is still to come.
    Totp,
    /// Password accepted; the role requires two-factor and it is not set up yet.
    Enrol,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Full => "full",
            Stage::Totp => "totp",
            Stage::Enrol => "enrol",
        }
    }
    fn parse(s: &str) -> Option<Self> {
        match s {
            "full" => Some(Stage::Full),
            "totp" => Some(Stage::Totp),
            "enrol" => Some(Stage::Enrol),
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Session {
    pub id_hash: String,
    pub user_id: i64,
    pub stage: Stage,
    pub created_at: DateTime<Utc>,
}

#[derive(Clone, Copy)]
pub struct Lifetimes {
    pub idle: Duration,
    pub absolute: Duration,
}

/// Start a session and return the token for the cookie. Always a new id: a session id known
/// before login is worthless after it (no session fixation).
pub async fn create(db: &Db, user_id: i64, stage: Stage) -> Result<String, sea_orm::DbErr> {
    let token = random_token();
    let now = Utc::now();
    sessions::ActiveModel {
        id_hash: Set(sha256_hex(&token)),
        user_id: Set(user_id),
        stage: Set(stage.as_str().into()),
        created_at: Set(now),
        last_seen_at: Set(now),
    }
    .insert(db.write())
    .await?;
    Ok(token)
}

/// Find the live session of a cookie token, refreshing its idle timer (at most once a minute, to
/// keep reads from turning into writes).
pub async fn lookup(db: &Db, token: &str, life: Lifetimes) -> Result<Option<Session>, sea_orm::DbErr> {
    let id_hash = sha256_hex(token);
    let Some(row) = sessions::Entity::find_by_id(id_hash.clone()).one(db.read()).await? else {
        return Ok(None);
    };
    let now = Utc::now();
    if now - row.last_seen_at > life.idle || now - row.created_at > life.absolute {
        sessions::Entity::delete_by_id(id_hash).exec(db.write()).await?;
        return Ok(None);
    }
    if now - row.last_seen_at > Duration::minutes(1) {
        let mut am: sessions::ActiveModel = row.clone().into();
        am.last_seen_at = Set(now);
        am.update(db.write()).await?;
    }
    let Some(stage) = Stage::parse(&row.stage) else {
        return Ok(None);
    };
    Ok(Some(Session { id_hash: row.id_hash, user_id: row.user_id, stage, created_at: row.created_at }))
}

pub async fn delete(db: &Db, id_hash: &str) -> Result<(), sea_orm::DbErr> {
    sessions::Entity::delete_by_id(id_hash.to_string()).exec(db.write()).await?;
    Ok(())
}

/// End every session of a user (password reset, account disabled).
pub async fn delete_all_for_user(db: &Db, user_id: i64) -> Result<u64, sea_orm::DbErr> {
    Ok(sessions::Entity::delete_many()
        .filter(sessions::Column::UserId.eq(user_id))
        .exec(db.write())
        .await?
        .rows_affected)
}

/// Remove sessions that can no longer be used (run by the job runner's housekeeping).
pub async fn purge_expired(db: &Db, life: Lifetimes) -> Result<u64, sea_orm::DbErr> {
    let now = Utc::now();
    Ok(sessions::Entity::delete_many()
        .filter(
            sessions::Column::LastSeenAt
                .lt(now - life.idle)
                .or(sessions::Column::CreatedAt.lt(now - life.absolute)),
        )
        .exec(db.write())
        .await?
        .rows_affected)
}

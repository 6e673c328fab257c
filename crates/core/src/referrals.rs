//! Referral links of the supporters program: each supporter has a personal code; a visit through
//! `/s/<code>` and a registration that followed it are counted per code and day. Only the counts
//! are kept — nothing about who visited — so a supporter sees how far their word reached and no
//! more.

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::db::entities::{referral_codes, referral_counts};
use crate::db::Db;

/// The cookie that remembers, for 30 days, which supporter's link a visitor came through.
pub const COOKIE: &str = "hiroba_ref";
pub const COOKIE_DAYS: i64 = 30;

/// Letters and digits that cannot be mistaken for each other when read aloud or typed.
const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

fn new_code() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    // 32 letters: each byte's low five bits pick one, uniformly.
    bytes.iter().map(|b| ALPHABET[(*b & 31) as usize] as char).collect()
}

/// A supporter's code, made on first use.
pub async fn code_for(db: &Db, user_id: i64) -> Result<String, sea_orm::DbErr> {
    if let Some(c) = referral_codes::Entity::find_by_id(user_id).one(db.read()).await? {
        return Ok(c.code);
    }
    for _ in 0..5 {
        let code = new_code();
        let res = referral_codes::ActiveModel {
            user_id: Set(user_id),
            code: Set(code.clone()),
            created_at: Set(Utc::now()),
        }
        .insert(db.write())
        .await;
        match res {
            Ok(_) => return Ok(code),
            // Another request made the code first, or the code is taken: look again.
            Err(e) if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => {
                if let Some(c) = referral_codes::Entity::find_by_id(user_id).one(db.read()).await? {
                    return Ok(c.code);
                }
            }
            Err(e) => return Err(e),
        }
    }
    Err(sea_orm::DbErr::Custom("no free referral code".into()))
}

/// Whether `code` is a supporter's (codes are checked before counting, so nobody can fill the
/// table with made-up codes).
pub async fn is_code(db: &Db, code: &str) -> Result<bool, sea_orm::DbErr> {
    if code.len() != 8 || !code.bytes().all(|b| ALPHABET.contains(&b)) {
        return Ok(false);
    }
    Ok(referral_codes::Entity::find()
        .filter(referral_codes::Column::Code.eq(code))
        .one(db.read())
        .await?
        .is_some())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Visit,
    Registration,
}

/// Add one visit or registration to a code's count for today.
pub async fn count(db: &Db, code: &str, what: Count) -> Result<(), sea_orm::DbErr> {
    let day = Utc::now().date_naive().to_string();
    let column = match what {
        Count::Visit => referral_counts::Column::Visits,
        Count::Registration => referral_counts::Column::Registrations,
    };
    for _ in 0..3 {
        let updated = referral_counts::Entity::update_many()
            .col_expr(column, Expr::col(column).add(1))
            .filter(referral_counts::Column::Code.eq(code))
            .filter(referral_counts::Column::Day.eq(day.as_str()))
            .exec(db.write())
            .await?;
        if updated.rows_affected == 1 {
            return Ok(());
        }
        let first = referral_counts::ActiveModel {
            code: Set(code.into()),
            day: Set(day.clone()),
            visits: Set(i64::from(what == Count::Visit)),
            registrations: Set(i64::from(what == Count::Registration)),
        }
        .insert(db.write())
        .await;
        match first {
            Ok(_) => return Ok(()),
            // Another request inserted today's row first: add to it.
            Err(e) if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// (visits, registrations) of a code, all days together.
pub async fn totals(db: &Db, code: &str) -> Result<(i64, i64), sea_orm::DbErr> {
    let rows =
        referral_counts::Entity::find().filter(referral_counts::Column::Code.eq(code)).all(db.read()).await?;
    Ok(rows.iter().fold((0, 0), |(v, r), row| (v + row.visits, r + row.registrations)))
}

/// Every supporter's code: (user id, code).
pub async fn codes(db: &Db) -> Result<Vec<(i64, String)>, sea_orm::DbErr> {
    Ok(referral_codes::Entity::find()
        .all(db.read())
        .await?
        .into_iter()
        .map(|c| (c.user_id, c.code))
        .collect())
}

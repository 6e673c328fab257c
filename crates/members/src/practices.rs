//! Good practices: what members did well, published by the secretariat with a running number
//! ("Good practice No. 12"), as the report presents them.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, EntityTrait, QueryOrder, QuerySelect, Set, TransactionTrait};

use crate::entities::good_practices;
use hiroba_core::db::Db;

pub use good_practices::Model as Practice;

/// Publish a good practice under the next number. The number is unique in the database, so two
/// publications at once cannot share one: the loser tries the next number.
pub async fn publish(
    db: &Db,
    title: &str,
    body: &str,
    member_id: Option<i64>,
    by: i64,
) -> Result<Practice, crate::membership::MemberError> {
    use crate::membership::MemberError;
    let (title, body) = (title.trim(), body.trim().replace("\r\n", "\n"));
    if title.is_empty() || body.is_empty() {
        return Err(MemberError::NameMissing);
    }
    if title.chars().count() > 300 || body.chars().count() > 20_000 {
        return Err(MemberError::TooLong);
    }
    for _ in 0..3 {
        let tx = db.write().begin().await?;
        let last: Option<i32> = good_practices::Entity::find()
            .select_only()
            .column(good_practices::Column::Number)
            .order_by_desc(good_practices::Column::Number)
            .into_tuple()
            .one(&tx)
            .await?;
        let inserted = good_practices::ActiveModel {
            number: Set(last.unwrap_or(0) + 1),
            title: Set(title.into()),
            body: Set(body.clone()),
            member_id: Set(member_id),
            published_at: Set(Utc::now()),
            created_by: Set(by),
            ..Default::default()
        }
        .insert(&tx)
        .await;
        match inserted {
            Ok(p) => {
                tx.commit().await?;
                return Ok(p);
            }
            Err(e) if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(MemberError::Db(sea_orm::DbErr::Custom("no free good-practice number".into())))
}

pub async fn all(db: &Db) -> Result<Vec<Practice>, sea_orm::DbErr> {
    good_practices::Entity::find().order_by_desc(good_practices::Column::Number).all(db.read()).await
}

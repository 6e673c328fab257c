//! Page views per article, language and day, counted without cookies and without addresses.
//! Article pages carry a `CountHit("article:<id>:<lang>")`; [`flush`] adds the in-memory counts to
//! the `article_views` table (an upsert that adds, so several server processes can each flush).

use chrono::{FixedOffset, Utc};
use sea_orm::sea_query::{Alias, Expr, Func, OnConflict, Query, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QuerySelect};

use crate::entities::article_views;
use hiroba_core::AppState;

pub const PREFIX: &str = "article:";

pub fn key(article_id: i64, lang: &str) -> String {
    format!("{PREFIX}{article_id}:{lang}")
}

/// Today in Japan, where the readers are.
pub fn today() -> String {
    let jst = FixedOffset::east_opt(9 * 3600).expect("valid offset");
    Utc::now().with_timezone(&jst).format("%Y-%m-%d").to_string()
}

/// Write the counted views to the database. Counts that cannot be written are kept for next time.
pub async fn flush(state: &AppState) -> Result<usize, sea_orm::DbErr> {
    let items = state.hits.drain(PREFIX);
    let day = today();
    let conn = state.db.write();
    for (i, (key, n)) in items.iter().enumerate() {
        let Some((id, lang)) = key[PREFIX.len()..].split_once(':') else { continue };
        let Ok(id) = id.parse::<i64>() else { continue };
        let stmt = Query::insert()
            .into_table(article_views::Entity)
            .columns([
                article_views::Column::ArticleId,
                article_views::Column::Lang,
                article_views::Column::Day,
                article_views::Column::Views,
            ])
            .values_panic([id.into(), lang.into(), day.clone().into(), (*n as i64).into()])
            .on_conflict(
                OnConflict::columns([
                    article_views::Column::ArticleId,
                    article_views::Column::Lang,
                    article_views::Column::Day,
                ])
                .value(
                    article_views::Column::Views,
                    Expr::col((article_views::Entity, article_views::Column::Views)).add(*n as i64),
                )
                .to_owned(),
            )
            .to_owned();
        if let Err(e) = conn.execute(conn.get_database_backend().build(&stmt)).await {
            state.hits.restore(items[i..].to_vec());
            return Err(e);
        }
    }
    Ok(items.len())
}

/// `CAST(SUM(views) AS BIGINT)`: PostgreSQL sums a BIGINT into NUMERIC; the cast keeps one type
/// (and one code path) on both databases.
fn sum_views() -> SimpleExpr {
    Func::cast_as(Func::sum(Expr::col(article_views::Column::Views)), Alias::new("BIGINT")).into()
}

#[derive(Debug, FromQueryResult)]
pub struct Total {
    pub total: Option<i64>,
}

/// All views since `since_day` (inclusive, `YYYY-MM-DD`), or ever.
pub async fn total(state: &AppState, since_day: Option<&str>) -> Result<i64, sea_orm::DbErr> {
    let mut q = article_views::Entity::find().select_only().column_as(sum_views(), "total");
    if let Some(d) = since_day {
        q = q.filter(article_views::Column::Day.gte(d));
    }
    Ok(q.into_model::<Total>().one(state.db.read()).await?.and_then(|t| t.total).unwrap_or(0))
}

#[derive(Debug, FromQueryResult)]
pub struct ByKey {
    pub key: String,
    pub total: Option<i64>,
}

/// Views per language and per day since `since_day`.
pub async fn breakdown(
    state: &AppState,
    since_day: &str,
) -> Result<(Vec<ByKey>, Vec<ByKey>), sea_orm::DbErr> {
    let by_lang = article_views::Entity::find()
        .select_only()
        .column_as(article_views::Column::Lang, "key")
        .column_as(sum_views(), "total")
        .filter(article_views::Column::Day.gte(since_day))
        .group_by(article_views::Column::Lang)
        .into_model::<ByKey>()
        .all(state.db.read())
        .await?;
    let by_day = article_views::Entity::find()
        .select_only()
        .column_as(article_views::Column::Day, "key")
        .column_as(sum_views(), "total")
        .filter(article_views::Column::Day.gte(since_day))
        .group_by(article_views::Column::Day)
        .into_model::<ByKey>()
        .all(state.db.read())
        .await?;
    Ok((by_lang, by_day))
}

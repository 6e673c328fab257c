//! The query layer the company program uses: for a set of sites and a date range, how many
//! workers answered and, per question and per ILO indicator, how many were flagged. Disclosure
//! control (thresholds, differencing) is the company program's job; this only counts.

use sea_orm::sea_query::{Alias, Expr, Func, Query, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, PaginatorTrait, QueryFilter};

use crate::entities::{flags, indicators, responses};
use hiroba_core::db::Db;

#[derive(Debug, Clone, PartialEq)]
pub struct Aggregate {
    pub respondents: u64,
    /// (question id, respondents who were flagged on it)
    pub by_question: Vec<(String, i64)>,
    /// (indicator id, respondents with at least one flag on it)
    pub by_indicator: Vec<(String, i64)>,
}

#[derive(FromQueryResult)]
struct Row {
    key: String,
    n: i64,
}

/// Which responses: those completed between `from` and `to` (inclusive, `YYYY-MM-DD`) at one of
/// `sites` (`None`: every response, with or without a site).
pub struct Scope<'a> {
    pub sites: Option<&'a [i64]>,
    pub from: &'a str,
    pub to: &'a str,
}

/// `CAST(COUNT(*) AS BIGINT)`: one row per respondent and key, so counting rows counts
/// respondents, and `*` lets the (day, key) indexes cover the query.
fn count_expr() -> SimpleExpr {
    Func::cast_as(Expr::cust("COUNT(*)"), Alias::new("BIGINT")).into()
}

async fn grouped(
    db: &Db,
    table: &str,
    key: &str,
    scope: &Scope<'_>,
) -> Result<Vec<(String, i64)>, sea_orm::DbErr> {
    let mut q = Query::select();
    q.expr_as(Expr::col(Alias::new(key)), Alias::new("key"))
        .expr_as(count_expr(), Alias::new("n"))
        .from(Alias::new(table))
        .and_where(Expr::col(Alias::new("day")).gte(scope.from))
        .and_where(Expr::col(Alias::new("day")).lte(scope.to))
        .group_by_col(Alias::new(key));
    if let Some(sites) = scope.sites {
        q.and_where(Expr::col(Alias::new("site_id")).is_in(sites.iter().copied()));
    }
    let conn = db.read();
    let rows = Row::find_by_statement(conn.get_database_backend().build(&q)).all(conn).await?;
    let mut out: Vec<(String, i64)> = rows.into_iter().map(|r| (r.key, r.n)).collect();
    out.sort();
    Ok(out)
}

pub async fn aggregate(db: &Db, scope: &Scope<'_>) -> Result<Aggregate, sea_orm::DbErr> {
    let mut q = responses::Entity::find()
        .filter(responses::Column::CompletedDay.gte(scope.from))
        .filter(responses::Column::CompletedDay.lte(scope.to));
    if let Some(sites) = scope.sites {
        q = q.filter(responses::Column::SiteId.is_in(sites.iter().copied()));
    }
    let respondents = q.count(db.read()).await?;
    let _ = (flags::Entity, indicators::Entity);
    Ok(Aggregate {
        respondents,
        by_question: grouped(db, "safety_flags", "question_id", scope).await?,
        by_indicator: grouped(db, "safety_indicators", "indicator", scope).await?,
    })
}

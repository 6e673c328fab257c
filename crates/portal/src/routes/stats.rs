//! Reader statistics for the secretariat: page views (per language, per day) and new registrations,
//! like the report's "233,140 page views and 2,732 registrations".

use askama::Template;
use axum::response::Response;
use chrono::{Duration, FixedOffset, Utc};
use hiroba_core::db::entities::users;
use hiroba_core::web::ctx::SecretariatUser;
use hiroba_core::web::{render, Ctx, WebError};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect};
use std::collections::BTreeMap;

use crate::views;

#[derive(Template)]
#[template(path = "portal/stats.html")]
struct StatsPage<'a> {
    ctx: &'a Ctx,
    views_total: i64,
    views_30: i64,
    registrations_total: u64,
    registrations_30: u64,
    by_lang: Vec<(String, i64)>,
    by_day: Vec<(String, i64, u64)>,
}

pub async fn page(ctx: Ctx, _: SecretariatUser) -> Result<Response, WebError> {
    views::flush(&ctx.state).await?;
    let jst = FixedOffset::east_opt(9 * 3600).expect("offset");
    let since = Utc::now() - Duration::days(30);
    let since_day = since.with_timezone(&jst).format("%Y-%m-%d").to_string();
    let views_total = views::total(&ctx.state, None).await?;
    let views_30 = views::total(&ctx.state, Some(&since_day)).await?;
    let (lang_rows, day_rows) = views::breakdown(&ctx.state, &since_day).await?;
    let db = ctx.state.db.read();
    let registrations_total = users::Entity::find().count(db).await?;
    // Registrations by day: fetch the dates (not the people) and count in Japan time.
    let created: Vec<chrono::DateTime<Utc>> = users::Entity::find()
        .select_only()
        .column(users::Column::CreatedAt)
        .filter(users::Column::CreatedAt.gte(since))
        .into_tuple()
        .all(db)
        .await?;
    let mut regs: BTreeMap<String, u64> = BTreeMap::new();
    for c in &created {
        *regs.entry(c.with_timezone(&jst).format("%Y-%m-%d").to_string()).or_default() += 1;
    }
    let mut days: BTreeMap<String, (i64, u64)> = BTreeMap::new();
    for r in day_rows {
        days.entry(r.key).or_default().0 = r.total.unwrap_or(0);
    }
    for (d, n) in &regs {
        days.entry(d.clone()).or_default().1 = *n;
    }
    let by_day = days.into_iter().rev().map(|(d, (v, r))| (d, v, r)).collect();
    let mut by_lang: Vec<(String, i64)> =
        lang_rows.into_iter().map(|r| (r.key, r.total.unwrap_or(0))).collect();
    by_lang.sort_by_key(|row| std::cmp::Reverse(row.1));
    Ok(render(&StatsPage {
        ctx: &ctx,
        views_total,
        views_30,
        registrations_total,
        registrations_30: created.len() as u64,
        by_lang,
        by_day,
    }))
}

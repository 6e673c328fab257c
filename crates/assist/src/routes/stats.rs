//! Statistics for any period, as a table, a bar chart drawn in SVG on the server (no JavaScript),
//! and CSV.

use askama::Template;
use axum::extract::Query;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, TimeZone, Utc};
use hiroba_core::web::{render, Ctx, CurrentUser, WebError};
use serde::Deserialize;

use crate::statistics::{self, Statistics};

#[derive(Deserialize)]
pub struct Period {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

/// The period asked for; by default the current calendar year. Bad dates are a 400.
fn period(p: &Period) -> Result<(NaiveDate, NaiveDate), WebError> {
    let year = chrono::Datelike::year(&Utc::now());
    let parse = |s: &str, default: NaiveDate| -> Result<NaiveDate, WebError> {
        if s.trim().is_empty() {
            Ok(default)
        } else {
            NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
                .map_err(|_| WebError::BadRequest("assist-period-invalid"))
        }
    };
    let from = parse(&p.from, NaiveDate::from_ymd_opt(year, 1, 1).expect("date"))?;
    let to = parse(&p.to, NaiveDate::from_ymd_opt(year, 12, 31).expect("date"))?;
    if to < from {
        return Err(WebError::BadRequest("assist-period-invalid"));
    }
    Ok((from, to))
}

async fn compute(ctx: &Ctx, from: NaiveDate, to: NaiveDate) -> Result<Statistics, WebError> {
    let start = Utc.from_utc_datetime(&from.and_hms_opt(0, 0, 0).expect("time"));
    let end = Utc.from_utc_datetime(&to.and_hms_opt(23, 59, 59).expect("time"));
    Ok(statistics::compute(&ctx.state.db, start, end).await?)
}

/// One bar of the chart: label key, width in percent of the chart, count and share.
pub struct Bar {
    pub key: String,
    pub width: f64,
    pub y: usize,
    pub count: u64,
    pub percent: f64,
}

#[derive(Template)]
#[template(path = "assist/statistics.html")]
struct StatsPage<'a> {
    ctx: &'a Ctx,
    from: String,
    to: String,
    s: Statistics,
    taxonomy: crate::taxonomy::Taxonomy,
    bars: Vec<Bar>,
    chart_height: usize,
}

pub async fn page(ctx: Ctx, _me: CurrentUser, Query(p): Query<Period>) -> Result<Response, WebError> {
    let (from, to) = period(&p)?;
    let s = compute(&ctx, from, to).await?;
    let max = s.by_type.iter().map(|r| r.count).max().unwrap_or(1).max(1);
    let bars: Vec<Bar> = s
        .by_type
        .iter()
        .enumerate()
        .map(|(i, r)| Bar {
            key: r.key.clone(),
            width: r.count as f64 * 100.0 / max as f64,
            y: i * 28,
            count: r.count,
            percent: r.percent,
        })
        .collect();
    let chart_height = bars.len() * 28 + 4;
    let taxonomy = crate::taxonomy::Taxonomy::load(&ctx.state.db).await?;
    Ok(render(&StatsPage {
        ctx: &ctx,
        from: from.to_string(),
        to: to.to_string(),
        s,
        taxonomy,
        bars,
        chart_height,
    }))
}

pub async fn csv(ctx: Ctx, _me: CurrentUser, Query(p): Query<Period>) -> Result<Response, WebError> {
    let (from, to) = period(&p)?;
    let s = compute(&ctx, from, to).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"assist-statistics-{from}-{to}.csv\""),
            ),
        ],
        statistics::to_csv(&s),
    )
        .into_response())
}

pub async fn xlsx(ctx: Ctx, _me: CurrentUser, Query(p): Query<Period>) -> Result<Response, WebError> {
    let (from, to) = period(&p)?;
    let s = compute(&ctx, from, to).await?;
    let taxonomy = crate::taxonomy::Taxonomy::load(&ctx.state.db).await?;
    let label = |key: &str| match key.strip_prefix("issue-") {
        Some(code) => taxonomy.label_plain(&ctx, code),
        None => ctx.t_plain(key),
    };
    let bytes = statistics::to_xlsx(&s, &label).map_err(|e| WebError::Internal(e.to_string()))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"assist-statistics-{from}-{to}.xlsx\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

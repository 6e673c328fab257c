use askama::Template;
use axum::extract::Query;
use axum::response::Response;
use hiroba_core::web::{render, Ctx, WebError};
use serde::Deserialize;
use std::collections::HashMap;

use super::{card, Card};
use crate::articles;
use crate::search;

#[derive(Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

#[derive(Template)]
#[template(path = "portal/search.html")]
struct SearchPage<'a> {
    ctx: &'a Ctx,
    q: &'a str,
    searched: bool,
    cards: Vec<Card>,
}

pub async fn page(ctx: Ctx, Query(query): Query<SearchQuery>) -> Result<Response, WebError> {
    let q: String = query.q.chars().take(200).collect();
    let searched = !search::terms(&q).is_empty();
    let mut cards = Vec::new();
    if searched {
        let mut langs = vec![ctx.lang.as_str()];
        for f in ["en", "ja"] {
            if !langs.contains(&f) {
                langs.push(f);
            }
        }
        let found = search::search(&ctx.state.db, &q, &langs, 50).await?;
        let ids: Vec<i64> = found.iter().map(|f| f.doc_id).collect();
        // Only the articles found, not every published one.
        let mut published: HashMap<i64, articles::Article> =
            articles::published_among(&ctx.state.db, &ids).await?.into_iter().map(|a| (a.id, a)).collect();
        let translations = articles::translations_of(&ctx.state.db, &ids).await?;
        let mut ranked: Vec<(bool, Option<chrono::DateTime<chrono::Utc>>, articles::Article)> = found
            .iter()
            .filter_map(|f| published.remove(&f.doc_id).map(|a| (f.in_title, a.published_at, a)))
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
        cards = ranked
            .iter()
            .filter_map(|(_, _, a)| card(&ctx, a, translations.get(&a.id).map(Vec::as_slice).unwrap_or(&[])))
            .collect();
    }
    Ok(render(&SearchPage { ctx: &ctx, q: &q, searched, cards }))
}

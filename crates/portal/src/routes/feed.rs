//! The Atom feed of each language and the sitemap with `hreflang` alternates.

use askama::Template;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use hiroba_core::web::{Ctx, WebError};

use crate::articles;
use crate::markdown;
use crate::model;

pub struct FeedEntry {
    pub url: String,
    pub title: String,
    pub summary: String,
    pub lang: String,
    pub updated: String,
    pub published: String,
}

#[derive(Template)]
#[template(path = "portal/feed.xml")]
struct Feed<'a> {
    ctx: &'a Ctx,
    base: &'a str,
    updated: String,
    entries: Vec<FeedEntry>,
}

fn xml(body: String, content_type: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type)], body).into_response()
}

pub async fn atom(ctx: Ctx) -> Result<Response, WebError> {
    let base = ctx.state.config.public_url.clone();
    let list = articles::published(&ctx.state.db, None, None).await?;
    let list = &list[..list.len().min(30)];
    let ids: Vec<i64> = list.iter().map(|a| a.id).collect();
    let translations = articles::translations_of(&ctx.state.db, &ids).await?;
    let mut entries = Vec::new();
    for a in list {
        let ts = translations.get(&a.id).map(Vec::as_slice).unwrap_or(&[]);
        let Some((t, _)) = articles::pick(a, ts, &ctx.lang) else { continue };
        entries.push(FeedEntry {
            url: format!("{base}/{}/articles/{}", ctx.lang, a.slug),
            title: markdown::strip_ruby(&t.title),
            summary: markdown::strip_ruby(&t.summary),
            lang: t.lang.clone(),
            updated: t.updated_at.to_rfc3339(),
            published: a.published_at.unwrap_or(a.created_at).to_rfc3339(),
        });
    }
    let updated = list.iter().map(|a| a.updated_at).max().unwrap_or_else(chrono::Utc::now).to_rfc3339();
    let body = Feed { ctx: &ctx, base: &base, updated, entries }
        .render()
        .map_err(|e| WebError::Internal(e.to_string()))?;
    Ok(xml(body, "application/atom+xml; charset=utf-8"))
}

pub struct SitemapUrl {
    pub loc: String,
    /// (language, URL) of every version of the page.
    pub alternates: Vec<(String, String)>,
    pub lastmod: String,
}

#[derive(Template)]
#[template(path = "portal/sitemap.xml")]
struct Sitemap {
    urls: Vec<SitemapUrl>,
}

pub async fn sitemap(ctx: Ctx) -> Result<Response, WebError> {
    let base = ctx.state.config.public_url.clone();
    let languages: Vec<String> = ctx.state.i18n.languages().iter().map(|l| l.code.clone()).collect();
    let mut urls = Vec::new();
    let mut push_all_languages = |path: &str, lastmod: String| {
        let alternates: Vec<(String, String)> =
            languages.iter().map(|l| (l.clone(), format!("{base}/{l}{path}"))).collect();
        for (_, loc) in &alternates {
            urls.push(SitemapUrl {
                loc: loc.clone(),
                alternates: alternates.clone(),
                lastmod: lastmod.clone(),
            });
        }
    };
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    push_all_languages("/", today.clone());
    push_all_languages("/articles", today.clone());
    for t in model::TOPICS {
        push_all_languages(&format!("/topics/{t}"), today.clone());
    }
    let list = articles::published(&ctx.state.db, None, None).await?;
    let ids: Vec<i64> = list.iter().map(|a| a.id).collect();
    let translations = articles::translations_of(&ctx.state.db, &ids).await?;
    for a in &list {
        let ts = translations.get(&a.id).map(Vec::as_slice).unwrap_or(&[]);
        // Only real translations are listed: a fallback page would be a duplicate.
        let alternates: Vec<(String, String)> = languages
            .iter()
            .filter(|l| ts.iter().any(|t| &t.lang == *l))
            .map(|l| (l.clone(), format!("{base}/{l}/articles/{}", a.slug)))
            .collect();
        let lastmod = a.updated_at.format("%Y-%m-%d").to_string();
        for (_, loc) in &alternates {
            urls.push(SitemapUrl {
                loc: loc.clone(),
                alternates: alternates.clone(),
                lastmod: lastmod.clone(),
            });
        }
    }
    let body = Sitemap { urls }.render().map_err(|e| WebError::Internal(e.to_string()))?;
    Ok(xml(body, "application/xml; charset=utf-8"))
}

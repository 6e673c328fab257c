//! Reading: the article index, an article, a topic, a country's pre-arrival page.

use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use hiroba_core::i18n::Markup;
use hiroba_core::web::hits::CountHit;
use hiroba_core::web::{render, Ctx, WebError};

use super::{card, language_name, Card};
use crate::articles::{self, Article};
use crate::model::{self, Status};
use crate::{markdown, views};
use sea_orm::EntityTrait;

#[derive(Template)]
#[template(path = "portal/index.html")]
struct IndexPage<'a> {
    ctx: &'a Ctx,
    topics: Vec<(&'static str, usize)>,
    countries: &'static [&'static str],
    cards: Vec<Card>,
}

async fn cards(ctx: &Ctx, list: &[Article]) -> Result<Vec<Card>, WebError> {
    let ids: Vec<i64> = list.iter().map(|a| a.id).collect();
    let translations = articles::translations_of(&ctx.state.db, &ids).await?;
    Ok(list
        .iter()
        .filter_map(|a| card(ctx, a, translations.get(&a.id).map(Vec::as_slice).unwrap_or(&[])))
        .collect())
}

pub async fn index(ctx: Ctx) -> Result<Response, WebError> {
    let all = articles::published(&ctx.state.db, None, None).await?;
    let topics = model::TOPICS.iter().map(|t| (*t, all.iter().filter(|a| a.topic == *t).count())).collect();
    let latest = cards(&ctx, &all[..all.len().min(6)]).await?;
    Ok(render(&IndexPage { ctx: &ctx, topics, countries: &model::COUNTRIES, cards: latest }))
}

#[derive(Template)]
#[template(path = "portal/list.html")]
struct ListPage<'a> {
    ctx: &'a Ctx,
    /// Message key of the heading (`topic-work`, `country-VN` …).
    heading: String,
    intro: Option<&'static str>,
    cards: Vec<Card>,
}

pub async fn topic(ctx: Ctx, Path((_, topic)): Path<(String, String)>) -> Result<Response, WebError> {
    if !model::is_topic(&topic) {
        return Err(WebError::NotFound);
    }
    let list = articles::published(&ctx.state.db, Some(&topic), None).await?;
    let cards = cards(&ctx, &list).await?;
    Ok(render(&ListPage { ctx: &ctx, heading: format!("topic-{topic}"), intro: None, cards }))
}

pub async fn country(ctx: Ctx, Path((_, code)): Path<(String, String)>) -> Result<Response, WebError> {
    let code = code.to_ascii_uppercase();
    if !model::is_country(&code) {
        return Err(WebError::NotFound);
    }
    let list = articles::published(&ctx.state.db, None, Some(&code)).await?;
    let cards = cards(&ctx, &list).await?;
    Ok(render(&ListPage {
        ctx: &ctx,
        heading: format!("country-{code}"),
        intro: Some("portal-country-intro"),
        cards,
    }))
}

#[derive(Template)]
#[template(path = "portal/article.html")]
pub struct ArticlePage<'a> {
    pub ctx: &'a Ctx,
    pub article: &'a Article,
    pub title_plain: String,
    pub title: Markup,
    pub body: Markup,
    /// The language of the text shown.
    pub shown_lang: String,
    /// `Some(language name)` when the reader's language was missing.
    pub fallback: Option<String>,
    pub published: String,
    pub reviewed: String,
    pub related: Vec<Card>,
    pub preview: bool,
    /// The 640 px poster image, when one is chosen.
    pub poster: Option<String>,
    /// Subtitle tracks: (language, its name).
    pub tracks: Vec<(String, String)>,
}

/// Render an article in the reader's language (or the best fallback). Used by the public page and
/// by the secretariat's preview.
pub async fn article_page(
    ctx: &Ctx,
    article: &Article,
    lang: &str,
    preview: bool,
) -> Result<Response, WebError> {
    let translations = articles::translations(&ctx.state.db, article.id).await?;
    let (t, fallback) = articles::pick(article, &translations, lang).ok_or(WebError::NotFound)?;
    let related_articles = articles::related(&ctx.state.db, article, 3).await?;
    let related = cards(ctx, &related_articles).await?;
    let poster = match article.thumbnail_id {
        Some(id) => crate::entities::portal_media::Entity::find_by_id(id)
            .one(ctx.state.db.read())
            .await?
            .map(|m| format!("/media/images/{}/640", m.name)),
        None => None,
    };
    let tracks = if article.video_file.is_some() {
        crate::media::subtitles(&ctx.state.db, article.id)
            .await?
            .into_iter()
            .map(|s| {
                let name = language_name(ctx, &s.lang);
                (s.lang, name)
            })
            .collect()
    } else {
        vec![]
    };
    let page = ArticlePage {
        ctx,
        article,
        title_plain: markdown::strip_ruby(&t.title),
        title: Markup(markdown::inline_html(&t.title, ctx.furigana)),
        body: Markup(markdown::render(&t.body, ctx.furigana)),
        shown_lang: t.lang.clone(),
        fallback: fallback.map(|f| language_name(ctx, &f)),
        published: article.published_at.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
        reviewed: article.reviewed_at.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
        related,
        preview,
        poster,
        tracks,
    };
    Ok(render(&page))
}

pub async fn show(ctx: Ctx, Path((_, slug)): Path<(String, String)>) -> Result<Response, WebError> {
    let article = articles::find_by_slug(&ctx.state.db, &slug).await?.ok_or(WebError::NotFound)?;
    if article.status != Status::Published.as_str() {
        return Err(WebError::NotFound);
    }
    let mut res = article_page(&ctx, &article, &ctx.lang, false).await?;
    res.extensions_mut().insert(CountHit(views::key(article.id, &ctx.lang)));
    Ok(res.into_response())
}

//! Articles and their translations.
//!
//! Every translation carries a `version`, bumped on each edit, and — unless it is the source
//! text — the `source_version` of the source it was translated from. When the source is edited, its
//! version moves past that number and the translation shows as *outdated* until a translator
//! saves it again. Every save is kept as a revision with who made it.

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait};
use std::collections::HashMap;

use crate::entities::{article_relations, article_revisions, article_translations, articles};
use crate::markdown;
use crate::model::{self, Status};
use crate::search;
use hiroba_core::db::Db;

pub use article_revisions::Model as Revision;
pub use article_translations::Model as Translation;
pub use articles::Model as Article;

#[derive(Debug, thiserror::Error)]
pub enum PortalError {
    #[error("portal-slug-invalid")]
    SlugInvalid,
    #[error("portal-slug-taken")]
    SlugTaken,
    #[error("portal-topic-invalid")]
    TopicInvalid,
    #[error("portal-country-invalid")]
    CountryInvalid,
    #[error("portal-language-invalid")]
    LanguageInvalid,
    #[error("portal-title-missing")]
    TitleMissing,
    #[error("portal-too-long")]
    TooLong,
    #[error("portal-video-url-invalid")]
    VideoUrlInvalid,
    #[error("portal-source-first")]
    SourceFirst,
    #[error("not found")]
    NotFound,
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
}

impl PortalError {
    /// The message key shown to an editor.
    pub fn key(&self) -> &'static str {
        match self {
            PortalError::SlugInvalid => "portal-slug-invalid",
            PortalError::SlugTaken => "portal-slug-taken",
            PortalError::TopicInvalid => "portal-topic-invalid",
            PortalError::CountryInvalid => "portal-country-invalid",
            PortalError::LanguageInvalid => "portal-language-invalid",
            PortalError::TitleMissing => "portal-title-missing",
            PortalError::TooLong => "portal-too-long",
            PortalError::VideoUrlInvalid => "portal-video-url-invalid",
            PortalError::SourceFirst => "portal-source-first",
            PortalError::NotFound => "error-not-found",
            PortalError::Db(_) => "error-internal",
        }
    }
}

pub struct ArticleFields<'a> {
    pub slug: &'a str,
    pub kind: &'a str,
    pub topic: &'a str,
    pub countries: &'a [String],
    pub author: &'a str,
    pub source_lang: &'a str,
    pub video_url: Option<&'a str>,
}

fn check_fields(f: &ArticleFields<'_>, languages: &[String]) -> Result<(), PortalError> {
    if !model::is_slug(f.slug) {
        return Err(PortalError::SlugInvalid);
    }
    if !model::is_topic(f.topic) || !model::KINDS.contains(&f.kind) {
        return Err(PortalError::TopicInvalid);
    }
    if f.countries.iter().any(|c| !model::is_country(c)) {
        return Err(PortalError::CountryInvalid);
    }
    if !languages.iter().any(|l| l == f.source_lang) {
        return Err(PortalError::LanguageInvalid);
    }
    if f.author.trim().is_empty() || f.author.chars().count() > 200 {
        return Err(PortalError::TooLong);
    }
    if let Some(url) = f.video_url.filter(|u| !u.is_empty()) {
        if !(url.starts_with("https://") || url.starts_with("http://")) || url.len() > 500 {
            return Err(PortalError::VideoUrlInvalid);
        }
    }
    Ok(())
}

/// Create a draft article.
pub async fn create(db: &Db, f: ArticleFields<'_>, languages: &[String]) -> Result<Article, PortalError> {
    check_fields(&f, languages)?;
    if find_by_slug(db, f.slug).await?.is_some() {
        return Err(PortalError::SlugTaken);
    }
    let now = Utc::now();
    let row = articles::ActiveModel {
        slug: Set(f.slug.to_string()),
        kind: Set(f.kind.to_string()),
        topic: Set(f.topic.to_string()),
        countries: Set(f.countries.join(",")),
        author: Set(f.author.trim().to_string()),
        source_lang: Set(f.source_lang.to_string()),
        status: Set(Status::Draft.as_str().into()),
        video_url: Set(f.video_url.filter(|u| !u.is_empty()).map(str::to_string)),
        video_file: Set(None),
        thumbnail_id: Set(None),
        published_at: Set(None),
        reviewed_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db.write())
    .await
    .map_err(|e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => PortalError::SlugTaken,
        _ => PortalError::Db(e),
    })?;
    Ok(row)
}

/// Change an article's settings (the slug stays: it is in printed links).
pub async fn update_settings(
    db: &Db,
    article: &Article,
    f: ArticleFields<'_>,
    languages: &[String],
) -> Result<(), PortalError> {
    check_fields(&ArticleFields { slug: &article.slug, ..f }, languages)?;
    let mut am: articles::ActiveModel = article.clone().into();
    am.kind = Set(f.kind.into());
    am.topic = Set(f.topic.into());
    am.countries = Set(f.countries.join(","));
    am.author = Set(f.author.trim().into());
    am.source_lang = Set(f.source_lang.into());
    am.video_url = Set(f.video_url.filter(|u| !u.is_empty()).map(str::to_string));
    am.updated_at = Set(Utc::now());
    am.update(db.write()).await?;
    Ok(())
}

pub async fn find(db: &Db, id: i64) -> Result<Option<Article>, sea_orm::DbErr> {
    articles::Entity::find_by_id(id).one(db.read()).await
}

pub async fn find_by_slug(db: &Db, slug: &str) -> Result<Option<Article>, sea_orm::DbErr> {
    articles::Entity::find().filter(articles::Column::Slug.eq(slug)).one(db.read()).await
}

pub async fn translations(db: &Db, article_id: i64) -> Result<Vec<Translation>, sea_orm::DbErr> {
    article_translations::Entity::find()
        .filter(article_translations::Column::ArticleId.eq(article_id))
        .all(db.read())
        .await
}

pub struct TranslationInput<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    pub body: &'a str,
    pub note: &'a str,
}

/// Save a translation (creating it or making a new version), keep the revision and re-index it.
pub async fn save_translation(
    db: &Db,
    article: &Article,
    lang: &str,
    input: TranslationInput<'_>,
    editor: Option<i64>,
    languages: &[String],
) -> Result<Translation, PortalError> {
    if !languages.iter().any(|l| l == lang) {
        return Err(PortalError::LanguageInvalid);
    }
    let title = input.title.trim();
    if title.is_empty() {
        return Err(PortalError::TitleMissing);
    }
    if title.chars().count() > 300
        || input.summary.chars().count() > 600
        || input.body.len() > 200_000
        || input.note.chars().count() > 500
    {
        return Err(PortalError::TooLong);
    }
    let existing = translations(db, article.id).await?;
    let source = existing.iter().find(|t| t.lang == article.source_lang);
    let is_source = lang == article.source_lang;
    if !is_source && source.is_none() {
        return Err(PortalError::SourceFirst);
    }
    let source_version = if is_source { None } else { source.map(|s| s.version) };
    let now = Utc::now();
    let txn = db.write().begin().await?;
    let saved = match existing.iter().find(|t| t.lang == lang) {
        Some(current) => {
            let mut am: article_translations::ActiveModel = current.clone().into();
            am.title = Set(title.to_string());
            am.summary = Set(input.summary.trim().to_string());
            am.body = Set(input.body.to_string());
            am.version = Set(current.version + 1);
            am.source_version = Set(source_version);
            am.updated_at = Set(now);
            am.updated_by = Set(editor);
            am.update(&txn).await?
        }
        None => {
            article_translations::ActiveModel {
                article_id: Set(article.id),
                lang: Set(lang.to_string()),
                title: Set(title.to_string()),
                summary: Set(input.summary.trim().to_string()),
                body: Set(input.body.to_string()),
                version: Set(1),
                source_version: Set(source_version),
                updated_at: Set(now),
                updated_by: Set(editor),
                ..Default::default()
            }
            .insert(&txn)
            .await?
        }
    };
    article_revisions::ActiveModel {
        article_id: Set(article.id),
        lang: Set(lang.to_string()),
        version: Set(saved.version),
        title: Set(saved.title.clone()),
        summary: Set(saved.summary.clone()),
        body: Set(saved.body.clone()),
        editor_id: Set(editor),
        note: Set(input.note.trim().to_string()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    articles::Entity::update_many()
        .col_expr(articles::Column::UpdatedAt, Expr::value(now))
        .filter(articles::Column::Id.eq(article.id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    search::index(
        db,
        article.id,
        lang,
        &markdown::strip_ruby(&saved.title),
        &(markdown::strip_ruby(&saved.summary) + " " + &markdown::plain_text(&saved.body)),
    )
    .await?;
    Ok(saved)
}

/// Move an article through the workflow. The first publication sets its publication date.
pub async fn set_status(db: &Db, article: &Article, status: Status) -> Result<(), PortalError> {
    if status == Status::Published
        && translations(db, article.id).await?.iter().all(|t| t.lang != article.source_lang)
    {
        return Err(PortalError::SourceFirst);
    }
    let mut am: articles::ActiveModel = article.clone().into();
    am.status = Set(status.as_str().into());
    if status == Status::Published {
        if article.published_at.is_none() {
            am.published_at = Set(Some(Utc::now()));
        }
        am.reviewed_at = Set(Some(Utc::now()));
    }
    am.updated_at = Set(Utc::now());
    am.update(db.write()).await?;
    Ok(())
}

/// The state of one language of one article, for the translation dashboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TranslationState {
    Missing,
    Outdated,
    UpToDate,
    Source,
}

impl TranslationState {
    pub fn key(self) -> &'static str {
        match self {
            TranslationState::Missing => "portal-state-missing",
            TranslationState::Outdated => "portal-state-outdated",
            TranslationState::UpToDate => "portal-state-up-to-date",
            TranslationState::Source => "portal-state-source",
        }
    }
    pub fn class(self) -> &'static str {
        match self {
            TranslationState::Missing => "missing",
            TranslationState::Outdated => "outdated",
            TranslationState::UpToDate => "ok",
            TranslationState::Source => "source",
        }
    }
}

pub fn state_of(article: &Article, all: &[Translation], lang: &str) -> TranslationState {
    let Some(t) = all.iter().find(|t| t.lang == lang) else { return TranslationState::Missing };
    if lang == article.source_lang {
        return TranslationState::Source;
    }
    let source_version = all.iter().find(|s| s.lang == article.source_lang).map(|s| s.version).unwrap_or(0);
    match t.source_version {
        Some(v) if v >= source_version => TranslationState::UpToDate,
        _ => TranslationState::Outdated,
    }
}

/// Every article with all its translations (for the secretariat's dashboard), newest first.
pub async fn all_with_translations(db: &Db) -> Result<Vec<(Article, Vec<Translation>)>, sea_orm::DbErr> {
    let list = articles::Entity::find().order_by_desc(articles::Column::UpdatedAt).all(db.read()).await?;
    let mut by_article: HashMap<i64, Vec<Translation>> = HashMap::new();
    for t in article_translations::Entity::find().all(db.read()).await? {
        by_article.entry(t.article_id).or_default().push(t);
    }
    Ok(list
        .into_iter()
        .map(|a| {
            let ts = by_article.remove(&a.id).unwrap_or_default();
            (a, ts)
        })
        .collect())
}

/// Pick the translation to show a reader of `lang`: theirs, else English, else Japanese, else the
/// source. Returns it with the language it is in when that is not the reader's.
pub fn pick<'a>(
    article: &Article,
    all: &'a [Translation],
    lang: &str,
) -> Option<(&'a Translation, Option<String>)> {
    for candidate in [lang, "en", "ja", article.source_lang.as_str()] {
        if let Some(t) = all.iter().find(|t| t.lang == candidate) {
            let fallback = (candidate != lang).then(|| candidate.to_string());
            return Some((t, fallback));
        }
    }
    None
}

/// Published articles, newest first, optionally of one topic or one sending country.
pub async fn published(
    db: &Db,
    topic: Option<&str>,
    country: Option<&str>,
) -> Result<Vec<Article>, sea_orm::DbErr> {
    let mut q = articles::Entity::find().filter(articles::Column::Status.eq(Status::Published.as_str()));
    if let Some(t) = topic {
        q = q.filter(articles::Column::Topic.eq(t));
    }
    if let Some(c) = country {
        q = q.filter(articles::Column::Countries.contains(c));
    }
    let mut list = q
        .order_by_desc(articles::Column::PublishedAt)
        .order_by_asc(articles::Column::Id)
        .all(db.read())
        .await?;
    if let Some(c) = country {
        list.retain(|a| a.countries.split(',').any(|x| x == c));
    }
    Ok(list)
}

/// The published articles among `ids`.
pub async fn published_among(db: &Db, ids: &[i64]) -> Result<Vec<Article>, sea_orm::DbErr> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    articles::Entity::find()
        .filter(articles::Column::Id.is_in(ids.iter().copied()))
        .filter(articles::Column::Status.eq(Status::Published.as_str()))
        .all(db.read())
        .await
}

/// The translations of many articles at once, by article id.
pub async fn translations_of(db: &Db, ids: &[i64]) -> Result<HashMap<i64, Vec<Translation>>, sea_orm::DbErr> {
    let mut out: HashMap<i64, Vec<Translation>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    for t in article_translations::Entity::find()
        .filter(article_translations::Column::ArticleId.is_in(ids.iter().copied()))
        .all(db.read())
        .await?
    {
        out.entry(t.article_id).or_default().push(t);
    }
    Ok(out)
}

pub async fn set_related(db: &Db, article_id: i64, related: &[i64]) -> Result<(), sea_orm::DbErr> {
    article_relations::Entity::delete_many()
        .filter(article_relations::Column::ArticleId.eq(article_id))
        .exec(db.write())
        .await?;
    for r in related.iter().filter(|r| **r != article_id) {
        article_relations::ActiveModel { article_id: Set(article_id), related_id: Set(*r) }
            .insert(db.write())
            .await?;
    }
    Ok(())
}

/// Related published articles: those chosen by the editors, then others of the same topic.
pub async fn related(db: &Db, article: &Article, limit: usize) -> Result<Vec<Article>, sea_orm::DbErr> {
    let chosen: Vec<i64> = article_relations::Entity::find()
        .filter(article_relations::Column::ArticleId.eq(article.id))
        .all(db.read())
        .await?
        .into_iter()
        .map(|r| r.related_id)
        .collect();
    let mut out = published_among(db, &chosen).await?;
    out.sort_by_key(|a| chosen.iter().position(|c| *c == a.id));
    if out.len() < limit {
        for a in published(db, Some(&article.topic), None).await? {
            if out.len() >= limit {
                break;
            }
            if a.id != article.id && !out.iter().any(|o| o.id == a.id) {
                out.push(a);
            }
        }
    }
    out.truncate(limit);
    Ok(out)
}

pub async fn revisions(db: &Db, article_id: i64) -> Result<Vec<Revision>, sea_orm::DbErr> {
    article_revisions::Entity::find()
        .filter(article_revisions::Column::ArticleId.eq(article_id))
        .order_by_desc(article_revisions::Column::Id)
        .all(db.read())
        .await
}

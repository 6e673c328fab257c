//! Importing articles from the documented folder format (used for the starter content):
//!
//! ```text
//! content/articles/<slug>/article.toml   topic, countries, author, published, reviewed, related
//! content/articles/<slug>/<lang>.md       +++ title = "…" / summary = "…" +++ then Markdown
//! ```
//!
//! The English file is the source text; every other language is recorded as translated from its
//! first version. Importing is idempotent: an existing slug is left as it is.

use chrono::{NaiveDate, TimeZone, Utc};
use include_dir::Dir;
use sea_orm::{ActiveModelTrait, Set};
use serde::Deserialize;

use crate::articles::{self, ArticleFields, PortalError, TranslationInput};
use crate::entities::articles as article_entity;
use crate::model::Status;
use hiroba_core::db::Db;

#[derive(Deserialize)]
struct Meta {
    topic: String,
    #[serde(default)]
    countries: Vec<String>,
    author: String,
    published: String,
    reviewed: String,
    #[serde(default)]
    related: Vec<String>,
    #[serde(default)]
    video_url: Option<String>,
}

#[derive(Deserialize)]
struct Front {
    title: String,
    #[serde(default)]
    summary: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}: {1}")]
    File(String, String),
    #[error("{0}: {1}")]
    Portal(String, PortalError),
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
}

/// Split `+++ toml +++ body`.
pub fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let rest = text.trim_start_matches('\u{feff}').strip_prefix("+++")?;
    let end = rest.find("\n+++")?;
    let front = &rest[..end];
    let body = rest[end + 4..].trim_start_matches(['\r', '\n']);
    Some((front, body))
}

fn date(s: &str) -> Option<chrono::DateTime<Utc>> {
    let d = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
    Some(Utc.from_utc_datetime(&d.and_hms_opt(0, 0, 0)?))
}

/// Import every article folder under `articles/` in `content`. Returns how many were created.
pub async fn import(db: &Db, content: &Dir<'_>, languages: &[String]) -> Result<usize, ImportError> {
    let Some(root) = content.get_dir("articles") else { return Ok(0) };
    let mut created = Vec::new();
    let mut dirs: Vec<_> = root.dirs().collect();
    dirs.sort_by_key(|d| d.path());
    for dir in &dirs {
        let slug = dir.path().file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if articles::find_by_slug(db, &slug).await?.is_some() {
            continue;
        }
        let meta_file = dir
            .get_file(dir.path().join("article.toml"))
            .ok_or_else(|| ImportError::File(slug.clone(), "article.toml missing".into()))?;
        let meta: Meta = toml::from_str(meta_file.contents_utf8().unwrap_or_default())
            .map_err(|e| ImportError::File(format!("{slug}/article.toml"), e.to_string()))?;
        let fields = ArticleFields {
            slug: &slug,
            kind: if meta.video_url.is_some() { "video" } else { "article" },
            topic: &meta.topic,
            countries: &meta.countries,
            author: &meta.author,
            source_lang: "en",
            video_url: meta.video_url.as_deref(),
        };
        let article = articles::create(db, fields, languages)
            .await
            .map_err(|e| ImportError::Portal(slug.clone(), e))?;
        // The source first, then the translations made from it.
        let mut langs: Vec<&String> = languages.iter().collect();
        langs.sort_by_key(|l| *l != "en");
        for lang in langs {
            let Some(file) = dir.get_file(dir.path().join(format!("{lang}.md"))) else { continue };
            let text = file.contents_utf8().unwrap_or_default();
            let name = format!("{slug}/{lang}.md");
            let (front, body) = split_front_matter(text)
                .ok_or_else(|| ImportError::File(name.clone(), "no +++ front matter".into()))?;
            let front: Front =
                toml::from_str(front).map_err(|e| ImportError::File(name.clone(), e.to_string()))?;
            articles::save_translation(
                db,
                &article,
                lang,
                TranslationInput { title: &front.title, summary: &front.summary, body, note: "imported" },
                None,
                languages,
            )
            .await
            .map_err(|e| ImportError::Portal(name.clone(), e))?;
        }
        let mut am: article_entity::ActiveModel = article.clone().into();
        am.status = Set(Status::Published.as_str().into());
        am.published_at = Set(date(&meta.published));
        am.reviewed_at = Set(date(&meta.reviewed));
        am.update(db.write()).await?;
        created.push((article.id, meta.related));
    }
    for (id, related) in &created {
        let mut ids = Vec::new();
        for slug in related {
            if let Some(a) = articles::find_by_slug(db, slug).await? {
                ids.push(a.id);
            }
        }
        articles::set_related(db, *id, &ids).await?;
    }
    Ok(created.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_splits() {
        let (f, b) = split_front_matter("+++\ntitle = \"A\"\n+++\n\nBody\n").unwrap();
        assert_eq!(f.trim(), "title = \"A\"");
        assert_eq!(b, "Body\n");
        assert!(split_front_matter("no front").is_none());
    }
}

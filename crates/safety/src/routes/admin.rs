//! The secretariat's view of the bank: versions, questions with their rules, missing texts per
//! language, a preview in any language, the current bank as a bundle to edit, and publishing a new
//! version from an uploaded bundle after a validation report (errors change nothing).

use askama::Template;
use axum::extract::{Multipart, Path};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use hiroba_core::audit;
use hiroba_core::web::ctx::SecretariatUser;
use hiroba_core::web::{render, Ctx, WebError};
use std::collections::BTreeSet;

use super::{show, ShownQuestion};
use crate::bank::{self, Bank, Report};
use crate::entities::{banks, daily};
use crate::store;

#[derive(Template)]
#[template(path = "safety/admin.html")]
struct AdminPage<'a> {
    ctx: &'a Ctx,
    versions: Vec<banks::Model>,
    bank: Option<&'a Bank>,
    missing: Vec<(String, usize)>,
    counts: Vec<daily::Model>,
    help_requests: u64,
    report: Option<Report>,
    published: Option<String>,
}

async fn article_slugs(ctx: &Ctx, b: &Bank) -> Result<BTreeSet<String>, WebError> {
    let mut ok = BTreeSet::new();
    for slug in b.questions.iter().filter_map(|q| q.article.clone()).collect::<BTreeSet<_>>() {
        if hiroba_portal::articles::find_by_slug(&ctx.state.db, &slug).await?.is_some() {
            ok.insert(slug);
        }
    }
    Ok(ok)
}

async fn admin_page(
    ctx: &Ctx,
    report: Option<Report>,
    published: Option<String>,
) -> Result<Response, WebError> {
    let versions = store::versions(&ctx.state.db).await?;
    let bank = store::active_bank(&ctx.state.db).await?;
    let missing = match &bank {
        Some(b) => {
            let r = bank::validate(b, &ctx.state.config.languages, &|_| true);
            ctx.state
                .config
                .languages
                .iter()
                .map(|l| (l.clone(), r.missing.iter().filter(|(ml, _)| ml == l).count()))
                .collect()
        }
        None => vec![],
    };
    let counts = store::daily_counts(&ctx.state.db, "2000-01-01").await?.into_iter().take(30).collect();
    let help_requests = store::help_requests_count(&ctx.state.db).await?;
    let failed = report.is_some();
    let mut res = render(&AdminPage {
        ctx,
        versions,
        bank: bank.as_deref(),
        missing,
        counts,
        help_requests,
        report,
        published,
    });
    if failed {
        *res.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(res)
}

pub async fn page(ctx: Ctx, _: SecretariatUser) -> Result<Response, WebError> {
    admin_page(&ctx, None, None).await
}

#[derive(Template)]
#[template(path = "safety/preview.html")]
struct PreviewPage<'a> {
    ctx: &'a Ctx,
    tlang: &'a str,
    sections: Vec<(String, Vec<ShownQuestion>)>,
}

pub async fn preview(
    ctx: Ctx,
    _: SecretariatUser,
    Path((_, tlang)): Path<(String, String)>,
) -> Result<Response, WebError> {
    if ctx.state.i18n.language(&tlang).is_none() {
        return Err(WebError::NotFound);
    }
    let b = store::active_bank(&ctx.state.db).await?.ok_or(WebError::NotFound)?;
    // Render the questions as a reader of `tlang` would see them.
    let mut reader = ctx.clone();
    reader.lang = tlang.clone();
    let audio = crate::audio::available(&ctx.state.db, &tlang).await?;
    let sections = b
        .sections
        .iter()
        .map(|s| {
            (
                b.section_title(&tlang, s),
                b.section_questions(s).map(|q| show(&reader, &b, q, "", None, &audio)).collect(),
            )
        })
        .collect();
    Ok(render(&PreviewPage { ctx: &ctx, tlang: &tlang, sections }))
}

pub async fn bundle(ctx: Ctx, _: SecretariatUser) -> Result<Response, WebError> {
    let b = store::active_bank(&ctx.state.db).await?.ok_or(WebError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/toml; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"safety-bank-{}.toml\"", b.version)),
        ],
        b.to_bundle(),
    )
        .into_response())
}

pub async fn upload(
    ctx: Ctx,
    SecretariatUser(me): SecretariatUser,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let mut text = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some("file") {
            text = field.text().await.ok();
            break;
        }
    }
    let fail = |msg: String| Report { errors: vec![msg], missing: vec![] };
    let Some(text) = text else {
        return admin_page(&ctx, Some(fail("no file".into())), None).await;
    };
    let b = match Bank::from_bundle(&text) {
        Ok(b) => b,
        Err(e) => return admin_page(&ctx, Some(fail(e.to_string())), None).await,
    };
    let slugs = article_slugs(&ctx, &b).await?;
    let mut report = bank::validate(&b, &ctx.state.config.languages, &|s| slugs.contains(s));
    if store::bank(&ctx.state.db, &b.version).await?.is_some() {
        report
            .errors
            .push(format!("version {} already exists; a published version never changes", b.version));
    }
    if !report.ok() {
        return admin_page(&ctx, Some(report), None).await;
    }
    store::publish(&ctx.state.db, &b).await?;
    audit::record(&ctx.state.db, &me.actor(), "safety.bank.publish", &format!("bank:{}", b.version), "")
        .await?;
    admin_page(&ctx, None, Some(b.version.clone())).await
}

/// Upload the recording of one question in one language (multipart: `question`, `tlang`, `file`).
pub async fn upload_audio(
    ctx: Ctx,
    SecretariatUser(me): SecretariatUser,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let (mut question, mut tlang, mut bytes) = (String::new(), String::new(), Vec::new());
    while let Ok(Some(field)) = multipart.next_field().await {
        match field.name() {
            Some("question") => question = field.text().await.unwrap_or_default(),
            Some("tlang") => tlang = field.text().await.unwrap_or_default(),
            Some("file") => bytes = field.bytes().await.map(|b| b.to_vec()).unwrap_or_default(),
            _ => {}
        }
    }
    let b = store::active_bank(&ctx.state.db).await?.ok_or(WebError::NotFound)?;
    let fail = |msg: &str| Report { errors: vec![msg.to_string()], missing: vec![] };
    if b.question(&question).is_none() || ctx.state.i18n.language(&tlang).is_none() {
        return admin_page(&ctx, Some(fail("unknown question or language")), None).await;
    }
    if bytes.is_empty()
        || bytes.len() > crate::audio::MAX_BYTES
        || !crate::audio::save(&ctx.state.db, &question, &tlang, bytes).await?
    {
        return admin_page(
            &ctx,
            Some(fail("the recording must be an MP3, M4A, Ogg or WebM file of at most 3 MB")),
            None,
        )
        .await;
    }
    audit::record(&ctx.state.db, &me.actor(), "safety.audio", &format!("question:{question}:{tlang}"), "")
        .await?;
    admin_page(&ctx, None, None).await
}

pub async fn audio(ctx: Ctx, Path((question, lang)): Path<(String, String)>) -> Result<Response, WebError> {
    let a = crate::audio::get(&ctx.state.db, &question, &lang).await?.ok_or(WebError::NotFound)?;
    Ok((
        [(header::CONTENT_TYPE, a.content_type), (header::CACHE_CONTROL, "public, max-age=3600".to_string())],
        a.bytes,
    )
        .into_response())
}

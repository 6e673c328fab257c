//! The secretariat's editor for the issue taxonomy: add a type or a kind within one with its label
//! in each language, correct those labels, retire a type, delete one added by mistake.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use hiroba_core::audit;
use hiroba_core::web::{form_field, render, see_other, Ctx, CurrentUser, ValidForm, WebError};

use crate::taxonomy::{self, NewType, Taxonomy, TaxonomyError};

/// What was typed into the add form, kept when it is shown again with an error.
#[derive(Default)]
struct Draft {
    code: String,
    parent: String,
    labels: BTreeMap<String, String>,
}

impl Draft {
    fn label(&self, lang: &str) -> &str {
        self.labels.get(lang).map(String::as_str).unwrap_or("")
    }
}

#[derive(Template)]
#[template(path = "assist/taxonomy.html")]
struct TaxonomyPage<'a> {
    ctx: &'a Ctx,
    taxonomy: Taxonomy,
    usage: BTreeMap<String, u64>,
    languages: Vec<(String, String)>,
    error: Option<&'static str>,
    draft: Draft,
}

impl TaxonomyPage<'_> {
    fn used(&self, code: &str) -> u64 {
        self.usage.get(code).copied().unwrap_or(0)
    }
}

async fn page(ctx: &Ctx, error: Option<&'static str>, draft: Draft) -> Result<Response, WebError> {
    let taxonomy = Taxonomy::load(&ctx.state.db).await?;
    let usage = taxonomy::usage(&ctx.state.db).await?;
    let languages =
        ctx.state.i18n.languages().iter().map(|l| (l.code.clone(), l.native_name.clone())).collect();
    let mut res = render(&TaxonomyPage { ctx, taxonomy, usage, languages, error, draft });
    if error.is_some() {
        *res.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(res)
}

pub async fn show(ctx: Ctx, _me: CurrentUser) -> Result<Response, WebError> {
    page(&ctx, None, Draft::default()).await
}

fn languages(ctx: &Ctx) -> Vec<String> {
    ctx.state.i18n.languages().iter().map(|l| l.code.clone()).collect()
}

/// `label-<lang>` fields → language → label.
fn labels_of(fields: &[(String, String)]) -> BTreeMap<String, String> {
    fields
        .iter()
        .filter_map(|(name, value)| name.strip_prefix("label-").map(|lang| (lang.to_string(), value.clone())))
        .collect()
}

async fn done(ctx: &Ctx, me: &CurrentUser, action: &str, code: &str) -> Result<Response, WebError> {
    audit::record(&ctx.state.db, &me.actor(), action, &format!("issue-type:{code}"), "").await?;
    Ok(see_other(&ctx.href("/staff/assist/taxonomy")))
}

fn refused(e: TaxonomyError) -> Result<&'static str, WebError> {
    match e {
        TaxonomyError::Db(e) => Err(e.into()),
        TaxonomyError::NotFound => Err(WebError::NotFound),
        e => Ok(e.key()),
    }
}

/// Fields: `code`, `parent` (empty for a new top-level type) and `label-<lang>` per language.
pub async fn add(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let draft = Draft {
        code: form_field(&fields, "code").trim().to_string(),
        parent: form_field(&fields, "parent").to_string(),
        labels: labels_of(&fields),
    };
    let new = NewType {
        code: &draft.code,
        parent: Some(draft.parent.as_str()).filter(|p| !p.is_empty()),
        labels: &draft.labels,
    };
    match taxonomy::add(&ctx.state.db, &languages(&ctx), new).await {
        Ok(()) => done(&ctx, &me, "assist.taxonomy.add", &draft.code).await,
        Err(e) => page(&ctx, Some(refused(e)?), draft).await,
    }
}

pub async fn relabel(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, code)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    match taxonomy::relabel(&ctx.state.db, &languages(&ctx), &code, &labels_of(&fields)).await {
        Ok(()) => done(&ctx, &me, "assist.taxonomy.relabel", &code).await,
        Err(e) => page(&ctx, Some(refused(e)?), Draft::default()).await,
    }
}

/// Field `retired`: `1` to stop offering the type, `0` to offer it again.
pub async fn retire(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, code)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let retired = match form_field(&fields, "retired") {
        "1" => true,
        "0" => false,
        _ => return Err(WebError::BadRequest("taxonomy-invalid")),
    };
    match taxonomy::set_retired(&ctx.state.db, &code, retired).await {
        Ok(()) => {
            done(&ctx, &me, if retired { "assist.taxonomy.retire" } else { "assist.taxonomy.restore" }, &code)
                .await
        }
        Err(e) => page(&ctx, Some(refused(e)?), Draft::default()).await,
    }
}

pub async fn delete(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, code)): Path<(String, String)>,
    ValidForm(_): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    match taxonomy::remove(&ctx.state.db, &code).await {
        Ok(()) => done(&ctx, &me, "assist.taxonomy.delete", &code).await,
        Err(e) => page(&ctx, Some(refused(e)?), Draft::default()).await,
    }
}

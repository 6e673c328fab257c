//! The introduction and the sections, as plain HTML forms that work without JavaScript. The draft
//! is saved on the server after every section, keyed by the private token in the URL.

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use hiroba_core::web::{render, see_other, Ctx, ValidForm, WebError};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::Arc;

use super::{show, ShownQuestion};
use crate::bank::{self, Answers, Bank};
use crate::store::{self, Response as SafetyResponse, Site};

#[derive(Deserialize)]
pub struct SiteParam {
    #[serde(default)]
    site: String,
}

#[derive(Template)]
#[template(path = "safety/intro.html")]
struct IntroPage<'a> {
    ctx: &'a Ctx,
    code: &'a str,
    site: Option<Site>,
    site_error: Option<&'static str>,
}

pub async fn intro(ctx: Ctx, Query(q): Query<SiteParam>) -> Result<Response, WebError> {
    let code = store::normalize_code(&q.site);
    let site = if code.is_empty() { None } else { store::site_by_code(&ctx.state.db, &code).await? };
    let site_error = (!code.is_empty() && site.is_none()).then_some("safety-site-unknown");
    let mut res = render(&IntroPage { ctx: &ctx, code: &code, site, site_error });
    // Visits are counted in memory and written every few seconds (`store::flush_visits`).
    res.extensions_mut().insert(hiroba_core::web::hits::CountHit(format!(
        "{}{}",
        store::VISIT_PREFIX,
        ctx.lang
    )));
    Ok(res)
}

#[derive(Deserialize)]
pub struct StartForm {
    #[serde(default)]
    site: String,
    #[serde(default)]
    not_listed: Option<String>,
}

pub async fn start(ctx: Ctx, ValidForm(f): ValidForm<StartForm>) -> Result<Response, WebError> {
    let bank = store::active_bank(&ctx.state.db).await?.ok_or(WebError::NotFound)?;
    let code = store::normalize_code(&f.site);
    let site = if code.is_empty() { None } else { store::site_by_code(&ctx.state.db, &code).await? };
    if !code.is_empty() && site.is_none() {
        let mut res = render(&IntroPage {
            ctx: &ctx,
            code: &code,
            site: None,
            site_error: Some("safety-site-unknown"),
        });
        *res.status_mut() = StatusCode::BAD_REQUEST;
        return Ok(res);
    }
    let token =
        store::start(&ctx.state.db, &bank.version, &ctx.lang, site.as_ref(), f.not_listed.is_some()).await?;
    Ok(see_other(&ctx.href(&format!("/safety/r/{token}/step/1"))))
}

#[derive(Template)]
#[template(path = "safety/step.html")]
struct StepPage<'a> {
    ctx: &'a Ctx,
    token: &'a str,
    step: usize,
    total: usize,
    title: String,
    questions: Vec<ShownQuestion>,
    site: Option<Site>,
    has_errors: bool,
}

/// The response of a token, with its bank; 404 for an unknown, expired or forged token.
pub async fn load(ctx: &Ctx, token: &str) -> Result<(SafetyResponse, Arc<Bank>), WebError> {
    let r = store::find(&ctx.state.db, token).await?.ok_or(WebError::NotFound)?;
    let bank = store::bank(&ctx.state.db, &r.bank_version).await?.ok_or(WebError::NotFound)?;
    Ok((r, bank))
}

fn parse_step(raw: &str, bank: &Bank) -> Result<usize, WebError> {
    let step: usize = raw.parse().map_err(|_| WebError::NotFound)?;
    if step == 0 || step > bank.sections.len() {
        return Err(WebError::NotFound);
    }
    Ok(step)
}

async fn step_page(
    ctx: &Ctx,
    token: &str,
    r: &SafetyResponse,
    bank: &Bank,
    step: usize,
    values: &Answers,
    errors: &HashMap<String, &'static str>,
) -> Result<Response, WebError> {
    let section = &bank.sections[step - 1];
    let audio = crate::audio::available(&ctx.state.db, &ctx.lang).await?;
    let questions = bank
        .section_questions(section)
        .map(|q| {
            show(
                ctx,
                bank,
                q,
                values.get(&q.id).map(String::as_str).unwrap_or(""),
                errors.get(&q.id).copied(),
                &audio,
            )
        })
        .collect();
    let site = match r.site_id {
        Some(id) => {
            <crate::entities::sites::Entity as sea_orm::EntityTrait>::find_by_id(id)
                .one(ctx.state.db.read())
                .await?
        }
        None => None,
    };
    let mut res = render(&StepPage {
        ctx,
        token,
        step,
        total: bank.sections.len(),
        title: hiroba_core::markdown::strip_ruby(&bank.section_title(&ctx.lang, section)),
        questions,
        site,
        has_errors: !errors.is_empty(),
    });
    if !errors.is_empty() {
        *res.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(res)
}

pub async fn step_form(
    ctx: Ctx,
    Path((_, token, step)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let (r, bank) = load(&ctx, &token).await?;
    if r.completed_day.is_some() {
        return Ok(see_other(&ctx.href(&format!("/safety/r/{token}/result"))));
    }
    let step = parse_step(&step, &bank)?;
    step_page(&ctx, &token, &r, &bank, step, &store::answers_of(&r), &HashMap::new()).await
}

pub async fn step_submit(
    ctx: Ctx,
    Path((_, token, step)): Path<(String, String, String)>,
    ValidForm(form): ValidForm<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let (r, bank) = load(&ctx, &token).await?;
    if r.completed_day.is_some() {
        // A replayed submission after the end changes nothing.
        return Err(WebError::BadRequest("safety-already-complete"));
    }
    let step = parse_step(&step, &bank)?;
    let back = form.get("go").map(String::as_str) == Some("back");
    let section = bank.sections[step - 1].clone();
    let mut answers = Answers::new();
    let mut entered = store::answers_of(&r);
    let mut errors = HashMap::new();
    for q in bank.section_questions(&section) {
        let raw = form.get(&format!("q-{}", q.id)).map(String::as_str).unwrap_or("");
        entered.insert(q.id.clone(), raw.chars().take(40).collect());
        match bank::check_answer(q, raw) {
            Ok(Some(v)) => {
                answers.insert(q.id.clone(), v);
            }
            Ok(None) => {}
            // Going back keeps what is valid and does not insist on the rest.
            Err(_) if back => {}
            Err(key) => {
                errors.insert(q.id.clone(), key);
            }
        }
    }
    if !errors.is_empty() {
        return step_page(&ctx, &token, &r, &bank, step, &entered, &errors).await;
    }
    let next = if back { step.saturating_sub(1).max(1) } else { step + 1 };
    store::save_section(&ctx.state.db, &r, &answers, next.min(bank.sections.len()) as i32).await?;
    if !back && step == bank.sections.len() {
        let r = store::find(&ctx.state.db, &token).await?.ok_or(WebError::NotFound)?;
        store::complete(&ctx.state.db, &r, &bank).await?;
        let wants_help = store::answers_of(&r).get(bank::WANTS_HELP).map(String::as_str) == Some("yes");
        let to = if wants_help { "help" } else { "result" };
        return Ok(see_other(&ctx.href(&format!("/safety/r/{token}/{to}"))));
    }
    Ok(see_other(&ctx.href(&format!("/safety/r/{token}/step/{next}"))))
}

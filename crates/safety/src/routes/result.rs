//! The result page and the help request.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use hiroba_core::i18n::Markup;
use hiroba_core::web::{render, see_other, Ctx, ValidForm, WebError};
use serde::Deserialize;

use super::answer::load;
use crate::bank;
use crate::store::{self, HelpRequest};

pub struct ShownFlag {
    pub severity: String,
    pub question: Markup,
    pub explanation: Markup,
    pub article: Option<String>,
    pub indicators: Vec<String>,
}

#[derive(Template)]
#[template(path = "safety/result.html")]
struct ResultPage<'a> {
    ctx: &'a Ctx,
    token: &'a str,
    flags: Vec<ShownFlag>,
    phone: Option<&'a str>,
}

pub async fn page(ctx: Ctx, Path((_, token)): Path<(String, String)>) -> Result<Response, WebError> {
    let (r, bank) = load(&ctx, &token).await?;
    if r.completed_day.is_none() {
        return Ok(see_other(&ctx.href(&format!("/safety/r/{token}/step/{}", r.step.max(1)))));
    }
    let answers = store::answers_of(&r);
    let flags = bank::evaluate(&bank, &answers, &r.day, &crate::minimum_wage::on)
        .into_iter()
        .map(|f| {
            let q = bank.question(&f.question);
            let (t, _) = bank.text(&ctx.lang, &f.question);
            ShownFlag {
                severity: f.severity,
                question: Markup(hiroba_core::markdown::inline_html(&t.text, ctx.furigana)),
                explanation: Markup(hiroba_core::markdown::inline_html(
                    t.explanation.as_deref().unwrap_or(""),
                    ctx.furigana,
                )),
                article: q.and_then(|q| q.article.clone()),
                indicators: f.indicators,
            }
        })
        .collect();
    Ok(render(&ResultPage {
        ctx: &ctx,
        token: &token,
        flags,
        phone: ctx.state.config.assist_phone.as_deref(),
    }))
}

pub const CONTACT_KINDS: [&str; 4] = ["email", "phone", "line", "facebook"];

#[derive(Template)]
#[template(path = "safety/help.html")]
struct HelpPage<'a> {
    ctx: &'a Ctx,
    token: &'a str,
    kinds: &'a [&'static str],
    kind: &'a str,
    contact: &'a str,
    time: &'a str,
    error: Option<&'static str>,
    done: bool,
}

pub async fn help_form(ctx: Ctx, Path((_, token)): Path<(String, String)>) -> Result<Response, WebError> {
    let (r, _) = load(&ctx, &token).await?;
    if r.completed_day.is_none() {
        return Ok(see_other(&ctx.href(&format!("/safety/r/{token}/step/{}", r.step.max(1)))));
    }
    Ok(render(&HelpPage {
        ctx: &ctx,
        token: &token,
        kinds: &CONTACT_KINDS,
        kind: "email",
        contact: "",
        time: "",
        error: None,
        done: false,
    }))
}

#[derive(Deserialize)]
pub struct HelpForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    contact: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    time: String,
    #[serde(default)]
    share: Option<String>,
}

fn check_contact(kind: &str, contact: &str) -> Result<String, &'static str> {
    let c = contact.trim();
    if c.is_empty() {
        return Err("safety-help-contact-missing");
    }
    if c.chars().count() > 200 {
        return Err("safety-help-contact-invalid");
    }
    match kind {
        "email" if hiroba_core::auth::users::normalize_email(c).is_ok() => Ok(c.to_string()),
        "phone"
            if c.chars().filter(|d| d.is_ascii_digit()).count() >= 9
                && c.chars().all(|d| d.is_ascii_digit() || "+-() ".contains(d)) =>
        {
            Ok(c.to_string())
        }
        "line" | "facebook" => Ok(c.to_string()),
        _ => Err("safety-help-contact-invalid"),
    }
}

pub async fn help_submit(
    ctx: Ctx,
    Path((_, token)): Path<(String, String)>,
    ValidForm(f): ValidForm<HelpForm>,
) -> Result<Response, WebError> {
    let (r, _) = load(&ctx, &token).await?;
    if r.completed_day.is_none() {
        return Ok(see_other(&ctx.href(&format!("/safety/r/{token}/step/{}", r.step.max(1)))));
    }
    let kind = CONTACT_KINDS.iter().find(|k| **k == f.kind).copied().unwrap_or("email");
    let lang =
        if ctx.state.i18n.language(&f.language).is_some() { f.language.clone() } else { ctx.lang.clone() };
    let time: String = f.time.trim().chars().take(200).collect();
    let contact = match check_contact(kind, &f.contact) {
        Ok(c) => c,
        Err(key) => {
            let mut res = render(&HelpPage {
                ctx: &ctx,
                token: &token,
                kinds: &CONTACT_KINDS,
                kind,
                contact: &f.contact,
                time: &time,
                error: Some(key),
                done: false,
            });
            *res.status_mut() = StatusCode::BAD_REQUEST;
            return Ok(res);
        }
    };
    let stored = format!("{kind}: {contact}");
    store::request_help(
        &ctx.state.db,
        &ctx.state.cipher,
        &r,
        HelpRequest {
            contact: &stored,
            preferred_lang: &lang,
            preferred_time: &time,
            share_answers: f.share.is_some(),
        },
    )
    .await
    .map_err(WebError::Internal)?;
    Ok(render(&HelpPage {
        ctx: &ctx,
        token: &token,
        kinds: &CONTACT_KINDS,
        kind,
        contact: "",
        time: "",
        error: None,
        done: true,
    }))
}

//! The worker's side: write in (no account), then follow the case with its number and
//! passphrase. Following a case sets a short-lived signed cookie for that one case.

use askama::Template;
use axum::http::{header, StatusCode};
use axum::response::Response;
use hiroba_core::auth::throttle;
use hiroba_core::crypto::keyed_hash;
use hiroba_core::web::{cookies, render, see_other, Ctx, ValidForm, WebError};
use serde::Deserialize;

use crate::cases::{self, Case, Intake, ShownMessage};

const CASE_COOKIE: &str = "hiroba_case";
const CASE_COOKIE_SECS: i64 = 2 * 3600;

#[derive(Template)]
#[template(path = "assist/form.html")]
struct FormPage<'a> {
    ctx: &'a Ctx,
    /// When counsellors are next at work, outside opening hours (Japan time).
    next_opening: Option<String>,
    name: &'a str,
    contact: &'a str,
    message: &'a str,
    error: Option<&'static str>,
    ticket: Option<(String, String)>,
}

pub async fn form(ctx: Ctx) -> Response {
    render(&FormPage {
        ctx: &ctx,
        next_opening: next_opening(),
        name: "",
        contact: "",
        message: "",
        error: None,
        ticket: None,
    })
}

#[derive(Deserialize)]
pub struct IntakeForm {
    /// The workplace code of a participating company (optional): grievance counts, never the
    /// case, reach that company's program.
    #[serde(default)]
    site: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    contact: String,
    #[serde(default)]
    message: String,
    #[serde(default)]
    consent: Option<String>,
}

pub async fn submit(ctx: Ctx, ValidForm(f): ValidForm<IntakeForm>) -> Result<Response, WebError> {
    let bad = |key: &'static str| {
        let mut res = render(&FormPage {
            ctx: &ctx,
            next_opening: next_opening(),
            name: &f.name,
            contact: &f.contact,
            message: &f.message,
            error: Some(key),
            ticket: None,
        });
        *res.status_mut() = StatusCode::BAD_REQUEST;
        res
    };
    if f.consent.is_none() {
        return Ok(bad("assist-consent-needed"));
    }
    let site_id = match f.site.trim() {
        "" => None,
        code => match hiroba_safety::store::site_by_code(&ctx.state.db, code).await? {
            Some(site) => Some(site.id),
            None => return Ok(bad("assist-site-unknown")),
        },
    };
    let intake = Intake {
        name: &f.name,
        contact: &f.contact,
        lang: &ctx.lang,
        channel: "web",
        message: &f.message,
        site_id,
    };
    match cases::intake(&ctx.state.db, &ctx.state.cipher, intake).await {
        Ok(t) => {
            hiroba_core::consent::grant(
                &ctx.state.db,
                &format!("assist-case:{}", t.case_id),
                hiroba_core::consent::Purpose::Consultation,
            )
            .await?;
            Ok(render(&FormPage {
                next_opening: next_opening(),
                ctx: &ctx,
                name: "",
                contact: "",
                message: "",
                error: None,
                ticket: Some((t.number, t.passphrase)),
            }))
        }
        Err(cases::AssistError::Db(e)) => Err(e.into()),
        Err(cases::AssistError::Crypto(e)) => Err(e.into()),
        Err(e) => Ok(bad(e.key())),
    }
}

fn cookie_value(ctx: &Ctx, case_id: i64, expires: i64) -> String {
    let mac = keyed_hash(&ctx.state.hmac_key, "assist-case", &format!("{case_id}.{expires}"));
    format!("{case_id}.{expires}.{mac}")
}

/// The case the worker has opened in this browser, if the cookie is genuine and fresh.
pub(crate) async fn current_case(
    ctx: &Ctx,
    headers: &axum::http::HeaderMap,
) -> Result<Option<Case>, WebError> {
    let Some(raw) = cookies::get(headers, CASE_COOKIE) else { return Ok(None) };
    let mut parts = raw.splitn(3, '.');
    let (Some(id), Some(exp), Some(_)) = (parts.next(), parts.next(), parts.next()) else { return Ok(None) };
    let (Ok(id), Ok(exp)) = (id.parse::<i64>(), exp.parse::<i64>()) else { return Ok(None) };
    if exp < chrono::Utc::now().timestamp() || cookie_value(ctx, id, exp) != raw {
        return Ok(None);
    }
    Ok(cases::find(&ctx.state.db, id).await?)
}

#[derive(Template)]
#[template(path = "assist/case.html")]
struct CasePage<'a> {
    ctx: &'a Ctx,
    case: Option<&'a Case>,
    messages: Vec<ShownMessage>,
    error: Option<&'static str>,
    /// Who read the case: (day, role).
    reads: Vec<(String, String)>,
}

pub async fn case_page(ctx: Ctx, headers: axum::http::HeaderMap) -> Result<Response, WebError> {
    let case = current_case(&ctx, &headers).await?;
    let (messages, reads) = match &case {
        Some(c) => (
            cases::messages_for_worker(&ctx.state.db, &ctx.state.cipher, c)
                .await
                .map_err(|e| WebError::Internal(e.to_string()))?,
            cases::reads(&ctx.state.db, c.id).await?,
        ),
        None => (vec![], vec![]),
    };
    Ok(render(&CasePage { ctx: &ctx, case: case.as_ref(), messages, error: None, reads }))
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    number: String,
    #[serde(default)]
    passphrase: String,
}

pub async fn case_login(ctx: Ctx, ValidForm(f): ValidForm<LoginForm>) -> Result<Response, WebError> {
    let state = &ctx.state;
    let account_key = format!(
        "case:{}",
        keyed_hash(&state.hmac_key, "assist-case-login", &f.number.trim().to_ascii_uppercase())
    );
    let address_key = format!("ip:{}", keyed_hash(&state.hmac_key, "login-ip", &ctx.client));
    if let Some(wait) = throttle::blocked(&state.db, &account_key, &address_key).await? {
        return Err(WebError::TooManyRequests { retry_after_secs: wait });
    }
    let Some(case) = cases::find_for_worker(&state.db, &f.number, &f.passphrase).await? else {
        throttle::record_failure(&state.db, &account_key, &address_key).await?;
        let mut res = render(&CasePage {
            ctx: &ctx,
            case: None,
            messages: vec![],
            error: Some("assist-case-not-found"),
            reads: vec![],
        });
        *res.status_mut() = StatusCode::UNAUTHORIZED;
        return Ok(res);
    };
    let expires = chrono::Utc::now().timestamp() + CASE_COOKIE_SECS;
    let mut res = see_other(&ctx.href("/assist/case"));
    let secure = state.config.secure_cookies();
    res.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(
            CASE_COOKIE,
            &cookie_value(&ctx, case.id, expires),
            Some(CASE_COOKIE_SECS),
            true,
            secure,
        ),
    );
    Ok(res)
}

#[derive(Deserialize)]
pub struct ReplyForm {
    #[serde(default)]
    message: String,
}

pub async fn reply(
    ctx: Ctx,
    headers: axum::http::HeaderMap,
    ValidForm(f): ValidForm<ReplyForm>,
) -> Result<Response, WebError> {
    let Some(case) = current_case(&ctx, &headers).await? else {
        return Ok(see_other(&ctx.href("/assist/case")));
    };
    match cases::add_message(&ctx.state.db, &ctx.state.cipher, &case, "worker", None, &f.message).await {
        Ok(message_id) => {
            ctx.state.events.publish(&ctx.state.db, &format!("case:{}", case.id), message_id).await?;
            Ok(see_other(&ctx.href("/assist/case")))
        }
        Err(e @ (cases::AssistError::MessageMissing | cases::AssistError::TooLong)) => {
            let messages = cases::messages_for_worker(&ctx.state.db, &ctx.state.cipher, &case)
                .await
                .map_err(|e| WebError::Internal(e.to_string()))?;
            let reads = cases::reads(&ctx.state.db, case.id).await?;
            let mut res =
                render(&CasePage { ctx: &ctx, case: Some(&case), messages, error: Some(e.key()), reads });
            *res.status_mut() = StatusCode::BAD_REQUEST;
            Ok(res)
        }
        Err(e) => Err(WebError::Internal(e.to_string())),
    }
}

#[derive(Deserialize)]
pub struct OutcomeForm {
    #[serde(default)]
    solved: String,
    #[serde(default)]
    satisfaction: String,
}

/// The worker's answers at closing: was the problem solved, how satisfied are they.
pub async fn outcome(
    ctx: Ctx,
    headers: axum::http::HeaderMap,
    ValidForm(f): ValidForm<OutcomeForm>,
) -> Result<Response, WebError> {
    let Some(case) = current_case(&ctx, &headers).await? else {
        return Ok(see_other(&ctx.href("/assist/case")));
    };
    let satisfaction: i32 = f.satisfaction.trim().parse().unwrap_or(0);
    if !cases::record_outcome(&ctx.state.db, &case, &f.solved, satisfaction).await? {
        return Err(WebError::BadRequest("error-bad-form"));
    }
    Ok(see_other(&ctx.href("/assist/case")))
}

/// The worker withdraws consent: their name, contact and messages are erased; only anonymous
/// counts remain. The case cookie is cleared.
pub async fn erase(ctx: Ctx, headers: axum::http::HeaderMap) -> Result<Response, WebError> {
    let Some(case) = current_case(&ctx, &headers).await? else {
        return Ok(see_other(&ctx.href("/assist/case")));
    };
    cases::anonymise(&ctx.state.db, &ctx.state.cipher, &case)
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?;
    hiroba_core::audit::record(
        &ctx.state.db,
        &hiroba_core::audit::Actor::anonymous(),
        "assist.erase",
        &format!("case:{}", case.id),
        "worker request",
    )
    .await?;
    let mut res = see_other(&ctx.href("/assist?erased=1"));
    let secure = ctx.state.config.secure_cookies();
    res.headers_mut().append(header::SET_COOKIE, cookies::set(CASE_COOKIE, "", Some(0), true, secure));
    Ok(res)
}

fn next_opening() -> Option<String> {
    crate::hours::next_opening(chrono::Utc::now()).map(|t| t.format("%Y-%m-%d %H:%M").to_string())
}

#[derive(Deserialize)]
pub struct PushForm {
    /// `PushSubscription.toJSON()`, as the page's script sends it.
    #[serde(default)]
    subscription: String,
    /// For removal: the endpoint of this phone's subscription.
    #[serde(default)]
    endpoint: String,
}

/// The worker allows notifications on this phone (sent by the case page's script).
pub async fn push_subscribe(
    ctx: Ctx,
    headers: axum::http::HeaderMap,
    ValidForm(f): ValidForm<PushForm>,
) -> Result<Response, WebError> {
    let Some(case) = current_case(&ctx, &headers).await? else {
        return Ok(see_other(&ctx.href("/assist/case")));
    };
    let subscription: hiroba_core::push::Subscription =
        serde_json::from_str(&f.subscription).map_err(|_| WebError::BadRequest("assist-push-invalid"))?;
    match hiroba_core::push::subscribe(
        &ctx.state,
        &crate::notify::push_owner(case.id),
        &ctx.lang,
        &subscription,
    )
    .await
    {
        Ok(()) => Ok(see_other(&ctx.href("/assist/case"))),
        Err(hiroba_core::push::PushError::Db(e)) => Err(e.into()),
        Err(hiroba_core::push::PushError::Crypto(e)) => Err(WebError::Internal(e.to_string())),
        Err(_) => Err(WebError::BadRequest("assist-push-invalid")),
    }
}

/// The worker turns notifications off on this phone.
pub async fn push_unsubscribe(
    ctx: Ctx,
    headers: axum::http::HeaderMap,
    ValidForm(f): ValidForm<PushForm>,
) -> Result<Response, WebError> {
    if let Some(case) = current_case(&ctx, &headers).await? {
        hiroba_core::push::unsubscribe(&ctx.state, &crate::notify::push_owner(case.id), &f.endpoint).await?;
    }
    Ok(see_other(&ctx.href("/assist/case")))
}

//! Two-factor authentication (TOTP). Counsellors and the secretariat must set it up before their
//! first full sign-in; anyone else may turn it on from their account page.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use hiroba_core::audit;
use hiroba_core::auth::sessions::Stage;
use hiroba_core::auth::users::{self, User};
use hiroba_core::auth::{throttle, totp};
use hiroba_core::crypto::keyed_hash;
use hiroba_core::web::{render, see_other, Ctx, ValidForm, WebError};
use hiroba_core::AppState;
use serde::Deserialize;

use super::start_session;

const SECRET_COLUMN: &str = "users.totp_secret";

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

#[derive(Template)]
#[template(path = "account/two_factor.html")]
struct CodePage<'a> {
    ctx: &'a Ctx,
    error: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "account/two_factor_setup.html")]
struct SetupPage<'a> {
    ctx: &'a Ctx,
    secret: &'a str,
    qr_svg: hiroba_core::i18n::Markup,
    error: Option<&'static str>,
}

/// The user of a session waiting at `stage`, or `None` (then the visitor is sent to log in).
async fn pending_user(ctx: &Ctx, stages: &[Stage]) -> Result<Option<User>, WebError> {
    match &ctx.session {
        Some(s) if stages.contains(&s.stage) => Ok(users::find(&ctx.state.db, s.user_id).await?),
        _ => Ok(None),
    }
}

pub async fn code_form(ctx: Ctx) -> Result<Response, WebError> {
    if pending_user(&ctx, &[Stage::Totp]).await?.is_none() {
        return Ok(see_other(&ctx.href("/account/login")));
    }
    Ok(render(&CodePage { ctx: &ctx, error: None }))
}

pub async fn code_submit(ctx: Ctx, ValidForm(f): ValidForm<CodeForm>) -> Result<Response, WebError> {
    let Some(user) = pending_user(&ctx, &[Stage::Totp]).await? else {
        return Ok(see_other(&ctx.href("/account/login")));
    };
    let state = &ctx.state;
    let account_key = format!("email:{}", keyed_hash(&state.hmac_key, "login-email", &user.email));
    let address_key = format!("ip:{}", keyed_hash(&state.hmac_key, "login-ip", &ctx.client));
    if let Some(wait) = throttle::blocked(&state.db, &account_key, &address_key).await? {
        return Err(WebError::TooManyRequests { retry_after_secs: wait });
    }
    let secret = match &user.totp_secret {
        Some(enc) => state.cipher.decrypt(SECRET_COLUMN, enc).await?,
        None => return Ok(see_other(&ctx.href("/account/login"))),
    };
    if !totp::check(&secret, &user.email, &f.code) {
        throttle::record_failure(&state.db, &account_key, &address_key).await?;
        let mut res = render(&CodePage { ctx: &ctx, error: Some("two-factor-wrong-code") });
        *res.status_mut() = StatusCode::UNAUTHORIZED;
        return Ok(res);
    }
    throttle::clear(&state.db, &account_key).await?;
    let mut res = see_other(&ctx.href("/account"));
    start_session(&ctx, user.id, Stage::Full, &mut res).await?;
    audit::record(
        &state.db,
        &audit::Actor::user(user.id, "self"),
        "auth.login",
        &format!("user:{}", user.id),
        "password+totp",
    )
    .await?;
    Ok(res)
}

/// The user setting up two-factor: one who must (stage `enrol`) or a signed-in user who chooses to.
async fn enrolling_user(ctx: &Ctx) -> Result<Option<User>, WebError> {
    if let Some(u) = &ctx.user {
        return Ok(Some(u.user.clone()));
    }
    pending_user(ctx, &[Stage::Enrol]).await
}

/// The pending secret, created on first view and kept (encrypted) until a code confirms it.
async fn pending_secret(state: &AppState, user: &User) -> Result<String, WebError> {
    if let (Some(enc), None) = (&user.totp_secret, user.totp_enabled_at) {
        return Ok(state.cipher.decrypt(SECRET_COLUMN, enc).await?);
    }
    let secret = totp::new_secret();
    let enc = state.cipher.encrypt(SECRET_COLUMN, &secret).await?;
    let mut am: hiroba_core::db::entities::users::ActiveModel = user.clone().into();
    am.totp_secret = sea_orm::Set(Some(enc));
    am.totp_enabled_at = sea_orm::Set(None);
    sea_orm::ActiveModelTrait::update(am, state.db.write()).await?;
    Ok(secret)
}

fn setup_page(ctx: &Ctx, user: &User, secret: &str, error: Option<&'static str>) -> Response {
    let url = totp::otpauth_url(secret, &user.email).unwrap_or_default();
    let qr = hiroba_core::i18n::Markup(totp::qr_svg(&url).unwrap_or_default());
    let mut res = render(&SetupPage { ctx, secret, qr_svg: qr, error });
    if error.is_some() {
        *res.status_mut() = StatusCode::BAD_REQUEST;
    }
    res
}

pub async fn setup_form(ctx: Ctx) -> Result<Response, WebError> {
    let Some(user) = enrolling_user(&ctx).await? else {
        return Ok(see_other(&ctx.href("/account/login")));
    };
    if user.totp_enabled_at.is_some() {
        return Ok(see_other(&ctx.href("/account")));
    }
    let secret = pending_secret(&ctx.state, &user).await?;
    Ok(setup_page(&ctx, &user, &secret, None))
}

pub async fn setup_submit(ctx: Ctx, ValidForm(f): ValidForm<CodeForm>) -> Result<Response, WebError> {
    let Some(user) = enrolling_user(&ctx).await? else {
        return Ok(see_other(&ctx.href("/account/login")));
    };
    if user.totp_enabled_at.is_some() {
        return Ok(see_other(&ctx.href("/account")));
    }
    let secret = pending_secret(&ctx.state, &user).await?;
    if !totp::check(&secret, &user.email, &f.code) {
        return Ok(setup_page(&ctx, &user, &secret, Some("two-factor-wrong-code")));
    }
    let enc = user.totp_secret.clone().ok_or_else(|| WebError::Internal("pending secret vanished".into()))?;
    users::enable_totp(&ctx.state.db, &user, enc).await?;
    audit::record(
        &ctx.state.db,
        &audit::Actor::user(user.id, "self"),
        "auth.totp_enabled",
        &format!("user:{}", user.id),
        "",
    )
    .await?;
    let mut res = see_other(&ctx.href("/account"));
    start_session(&ctx, user.id, Stage::Full, &mut res).await?;
    Ok(res)
}

/// Enrol a user directly (tests and the demo's command line), returning the secret.
pub async fn enrol_for_test(state: &AppState, user: &User) -> Result<String, WebError> {
    let secret = totp::new_secret();
    let enc = state.cipher.encrypt(SECRET_COLUMN, &secret).await?;
    users::enable_totp(&state.db, user, enc).await?;
    Ok(secret)
}

//! Forgotten passwords: a one-hour, single-use link by mail. The request form answers the same
//! whether or not the address has an account. A reset ends every session of the account.

use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use hiroba_core::audit;
use hiroba_core::auth::sessions;
use hiroba_core::auth::tokens::{self, Purpose};
use hiroba_core::auth::users::{self, UserError};
use hiroba_core::web::{render, see_other, Ctx, ValidForm, WebError};
use serde::Deserialize;

use super::{mails, register::password_key};

#[derive(Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

#[derive(Template)]
#[template(path = "account/forgot.html")]
struct ForgotPage<'a> {
    ctx: &'a Ctx,
    sent: bool,
}

pub async fn forgot_form(ctx: Ctx) -> Response {
    render(&ForgotPage { ctx: &ctx, sent: false })
}

pub async fn forgot_submit(ctx: Ctx, ValidForm(f): ValidForm<ForgotForm>) -> Result<Response, WebError> {
    if let Ok(email) = users::normalize_email(&f.email) {
        if let Some(user) = users::find_by_email(&ctx.state.db, &email).await? {
            if user.disabled_at.is_none() {
                let token = tokens::issue(&ctx.state.db, user.id, Purpose::Reset).await?;
                mails::reset(&ctx.state, &user.preferred_lang, &user.email, &user.display_name, &token)
                    .await?;
            }
        }
    }
    Ok(render(&ForgotPage { ctx: &ctx, sent: true }))
}

#[derive(Deserialize)]
pub struct TokenParam {
    #[serde(default)]
    token: String,
}

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

#[derive(Template)]
#[template(path = "account/reset.html")]
struct ResetPage<'a> {
    ctx: &'a Ctx,
    token: &'a str,
    valid: bool,
    error: Option<&'static str>,
}

pub async fn reset_form(ctx: Ctx, Query(q): Query<TokenParam>) -> Result<Response, WebError> {
    let valid = tokens::peek(&ctx.state.db, &q.token, Purpose::Reset).await?.is_some();
    let mut res = render(&ResetPage { ctx: &ctx, token: &q.token, valid, error: None });
    if !valid {
        *res.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(res)
}

pub async fn reset_submit(ctx: Ctx, ValidForm(f): ValidForm<ResetForm>) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let bad = |valid: bool, error: Option<&'static str>| {
        let mut res = render(&ResetPage { ctx: &ctx, token: &f.token, valid, error });
        *res.status_mut() = StatusCode::BAD_REQUEST;
        res
    };
    let Some(user_id) = tokens::peek(db, &f.token, Purpose::Reset).await? else {
        return Ok(bad(false, None));
    };
    let user = users::find(db, user_id).await?.ok_or(WebError::NotFound)?;
    if f.password != f.password_confirm {
        return Ok(bad(true, Some("password-mismatch")));
    }
    if let Err(p) = hiroba_core::auth::password::check_new_password(&f.password, &user.email) {
        return Ok(bad(true, Some(password_key(p))));
    }
    // Use the token up only once the new password is acceptable, so a typo does not burn it.
    if tokens::consume(db, &f.token, Purpose::Reset).await?.is_none() {
        return Ok(bad(false, None));
    }
    match users::set_password(db, &user, &f.password).await {
        Ok(()) => {}
        Err(UserError::Password(p)) => return Ok(bad(true, Some(password_key(p)))),
        Err(e) => return Err(WebError::Internal(e.to_string())),
    }
    // A reset also proves control of the mailbox.
    users::confirm_email(db, user.id).await?;
    sessions::delete_all_for_user(db, user.id).await?;
    audit::record(
        db,
        &audit::Actor::user(user.id, "self"),
        "auth.password_reset",
        &format!("user:{}", user.id),
        "",
    )
    .await?;
    Ok(see_other(&ctx.href("/account/login?notice=password-changed")))
}

//! Logging in and out. Failed attempts are throttled per account and per address (429), and a
//! wrong address costs the same time as a wrong password.

use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use hiroba_core::audit;
use hiroba_core::auth::sessions::{self, Stage};
use hiroba_core::auth::{password, throttle, users};
use hiroba_core::crypto::keyed_hash;
use hiroba_core::web::stack::safe_next;
use hiroba_core::web::{render, see_other, Ctx, ValidForm, WebError};
use serde::Deserialize;

use super::{clear_session_cookie, stage_after_password, start_session};

#[derive(Deserialize, Default)]
pub struct NextParam {
    next: Option<String>,
    notice: Option<String>,
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "account/login.html")]
struct LoginPage<'a> {
    ctx: &'a Ctx,
    email: &'a str,
    next: &'a str,
    error: Option<&'static str>,
    notice: Option<&'static str>,
}

fn notice_key(n: Option<&str>) -> Option<&'static str> {
    match n {
        Some("password-changed") => Some("login-notice-password-changed"),
        Some("logged-out") => Some("login-notice-logged-out"),
        _ => None,
    }
}

pub async fn form(ctx: Ctx, Query(q): Query<NextParam>) -> Response {
    let next = q.next.unwrap_or_default();
    render(&LoginPage {
        ctx: &ctx,
        email: "",
        next: &next,
        error: None,
        notice: notice_key(q.notice.as_deref()),
    })
}

pub async fn submit(ctx: Ctx, ValidForm(f): ValidForm<LoginForm>) -> Result<Response, WebError> {
    let state = &ctx.state;
    let email = f.email.trim().to_lowercase();
    let account_key = format!("email:{}", keyed_hash(&state.hmac_key, "login-email", &email));
    let address_key = format!("ip:{}", keyed_hash(&state.hmac_key, "login-ip", &ctx.client));
    if let Some(wait) = throttle::blocked(&state.db, &account_key, &address_key).await? {
        return Err(WebError::TooManyRequests { retry_after_secs: wait });
    }
    let user = users::find_by_email(&state.db, &email).await?;
    let hash = user.as_ref().map(|u| u.password_hash.clone()).unwrap_or_else(|| password::DUMMY_HASH.clone());
    let ok = password::verify_async(f.password.clone(), hash).await;
    let next = f.next.clone().unwrap_or_default();
    let fail = |key: &'static str| {
        let mut res =
            render(&LoginPage { ctx: &ctx, email: &f.email, next: &next, error: Some(key), notice: None });
        *res.status_mut() = StatusCode::UNAUTHORIZED;
        res
    };
    let user = match user {
        Some(u) if ok && u.disabled_at.is_none() => u,
        _ => {
            throttle::record_failure(&state.db, &account_key, &address_key).await?;
            return Ok(fail("login-failed"));
        }
    };
    if user.email_confirmed_at.is_none() {
        return Ok(fail("login-unconfirmed"));
    }
    throttle::clear(&state.db, &account_key).await?;
    let stage = stage_after_password(state, &user).await?;
    let target = match stage {
        Stage::Full => safe_next(&ctx, f.next.as_deref().filter(|n| !n.is_empty())),
        Stage::Totp => ctx.href("/account/two-factor"),
        Stage::Enrol => ctx.href("/account/two-factor/setup"),
    };
    let mut res = see_other(&target);
    start_session(&ctx, user.id, stage, &mut res).await?;
    if stage == Stage::Full {
        audit::record(
            &state.db,
            &audit::Actor::user(user.id, "self"),
            "auth.login",
            &format!("user:{}", user.id),
            "password",
        )
        .await?;
    }
    Ok(res)
}

pub async fn logout(ctx: Ctx) -> Result<Response, WebError> {
    if let Some(s) = &ctx.session {
        sessions::delete(&ctx.state.db, &s.id_hash).await?;
    }
    let mut res = see_other(&ctx.href("/account/login?notice=logged-out"));
    clear_session_cookie(&ctx, &mut res);
    Ok(res)
}

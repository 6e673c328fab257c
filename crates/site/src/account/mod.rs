//! Account pages. Handlers are thin: they read the form, call a function of this module, and
//! render. The rules (password policy, throttling, sessions, two-factor) live in `hiroba_core::auth`.

mod confirm;
mod login;
mod mails;
mod password_reset;
mod profile;
mod register;
mod two_factor;

use axum::http::{header, HeaderValue};
use axum::response::Response;
use hiroba_core::auth::sessions::{self, Stage};
use hiroba_core::auth::users::User;
use hiroba_core::auth::Policy;
use hiroba_core::web::{cookies, Ctx, Routes};
use hiroba_core::AppState;

pub use two_factor::enrol_for_test;

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/account", Policy::SignedIn, profile::page)
        .post("/{lang}/account/residence-status", Policy::SignedIn, profile::save_residence_status)
        .get("/{lang}/account/register", Policy::Public, register::form)
        .post("/{lang}/account/register", Policy::Public, register::submit)
        .get("/{lang}/account/register/sent", Policy::Public, register::sent)
        .get("/{lang}/account/confirm", Policy::Public, confirm::form)
        .post("/{lang}/account/confirm", Policy::Public, confirm::submit)
        .get("/{lang}/account/login", Policy::Public, login::form)
        .post("/{lang}/account/login", Policy::Public, login::submit)
        .post("/{lang}/account/logout", Policy::Public, login::logout)
        .get("/{lang}/account/two-factor", Policy::Public, two_factor::code_form)
        .post("/{lang}/account/two-factor", Policy::Public, two_factor::code_submit)
        .get("/{lang}/account/two-factor/setup", Policy::Public, two_factor::setup_form)
        .post("/{lang}/account/two-factor/setup", Policy::Public, two_factor::setup_submit)
        .get("/{lang}/account/password/forgot", Policy::Public, password_reset::forgot_form)
        .post("/{lang}/account/password/forgot", Policy::Public, password_reset::forgot_submit)
        .get("/{lang}/account/password/reset", Policy::Public, password_reset::reset_form)
        .post("/{lang}/account/password/reset", Policy::Public, password_reset::reset_submit)
}

/// The stage a user reaches after their password is accepted.
pub async fn stage_after_password(state: &AppState, user: &User) -> Result<Stage, sea_orm::DbErr> {
    if user.totp_enabled_at.is_some() {
        return Ok(Stage::Totp);
    }
    let roles = hiroba_core::auth::users::roles(&state.db, user.id).await?;
    Ok(if roles.iter().any(|r| r.requires_totp()) { Stage::Enrol } else { Stage::Full })
}

/// Replace the visitor's session (if any) by a new one: a new id at every change of privilege.
pub async fn start_session(
    ctx: &Ctx,
    user_id: i64,
    stage: Stage,
    res: &mut Response,
) -> Result<(), sea_orm::DbErr> {
    if let Some(old) = &ctx.session {
        sessions::delete(&ctx.state.db, &old.id_hash).await?;
    }
    let token = sessions::create(&ctx.state.db, user_id, stage).await?;
    let secure = ctx.state.config.secure_cookies();
    res.headers_mut()
        .append(header::SET_COOKIE, cookies::set(cookies::session_name(secure), &token, None, true, secure));
    Ok(())
}

pub fn clear_session_cookie(ctx: &Ctx, res: &mut Response) {
    let secure = ctx.state.config.secure_cookies();
    res.headers_mut()
        .append(header::SET_COOKIE, cookies::set(cookies::session_name(secure), "", Some(0), true, secure));
    res.headers_mut().insert("clear-site-data", HeaderValue::from_static("\"cookies\""));
}

//! Registration: email, name, password and what the person comes for. The answer never reveals
//! whether an address already has an account; its owner gets a mail instead.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use hiroba_core::auth::tokens::{self, Purpose};
use hiroba_core::auth::users::{self, NewUser, UserError};
use hiroba_core::auth::Role;
use hiroba_core::referrals;
use hiroba_core::web::{render, see_other, Ctx, ValidForm, WebError};
use serde::Deserialize;

use super::mails;

#[derive(Deserialize, Default)]
pub struct RegisterForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
    #[serde(default)]
    kind: String,
}

#[derive(Template)]
#[template(path = "account/register.html")]
struct RegisterPage<'a> {
    ctx: &'a Ctx,
    email: &'a str,
    display_name: &'a str,
    kind: &'a str,
    kinds: &'a [Role],
    /// Message keys of the problems found, per field.
    email_error: Option<&'static str>,
    name_error: Option<&'static str>,
    password_error: Option<&'static str>,
}

pub async fn form(ctx: Ctx) -> Response {
    render(&RegisterPage {
        ctx: &ctx,
        email: "",
        display_name: "",
        kind: "worker",
        kinds: &Role::SELF_SERVICE,
        email_error: None,
        name_error: None,
        password_error: None,
    })
}

pub async fn submit(
    ctx: Ctx,
    headers: axum::http::HeaderMap,
    ValidForm(f): ValidForm<RegisterForm>,
) -> Result<Response, WebError> {
    let role = Role::SELF_SERVICE.into_iter().find(|r| r.as_str() == f.kind).unwrap_or(Role::Worker);
    let mut page = RegisterPage {
        ctx: &ctx,
        email: &f.email,
        display_name: &f.display_name,
        kind: role.as_str(),
        kinds: &Role::SELF_SERVICE,
        email_error: None,
        name_error: None,
        password_error: None,
    };
    if f.password != f.password_confirm {
        page.password_error = Some("password-mismatch");
    }
    if page.password_error.is_none() {
        let result = users::create(
            &ctx.state.db,
            NewUser {
                email: &f.email,
                display_name: &f.display_name,
                password: &f.password,
                lang: &ctx.lang,
                roles: &[role],
                confirmed: false,
            },
        )
        .await;
        match result {
            Ok(user) => {
                // Came through a supporter's link: count the registration (the count only).
                if let Some(code) = hiroba_core::web::cookies::get(&headers, referrals::COOKIE) {
                    if referrals::is_code(&ctx.state.db, code).await? {
                        referrals::count(&ctx.state.db, code, referrals::Count::Registration).await?;
                    }
                }
                let token = tokens::issue(&ctx.state.db, user.id, Purpose::Confirm).await?;
                mails::confirm(&ctx.state, &ctx.lang, &user.email, &user.display_name, &token).await?;
                return Ok(see_other(&ctx.href("/account/register/sent")));
            }
            Err(UserError::EmailTaken) => {
                let email = users::normalize_email(&f.email).unwrap_or_default();
                if let Some(existing) = users::find_by_email(&ctx.state.db, &email).await? {
                    mails::already_registered(&ctx.state, &existing.preferred_lang, &existing.email).await?;
                }
                return Ok(see_other(&ctx.href("/account/register/sent")));
            }
            Err(UserError::InvalidEmail) => page.email_error = Some("email-invalid"),
            Err(UserError::InvalidDisplayName) => page.name_error = Some("display-name-invalid"),
            Err(UserError::Password(p)) => page.password_error = Some(password_key(p)),
            Err(UserError::Db(e)) => return Err(e.into()),
        }
    }
    let mut res = render(&page);
    *res.status_mut() = StatusCode::BAD_REQUEST;
    Ok(res)
}

pub fn password_key(p: hiroba_core::auth::password::PasswordProblem) -> &'static str {
    use hiroba_core::auth::password::PasswordProblem::*;
    match p {
        TooShort => "password-too-short",
        TooLong => "password-too-long",
        TooCommon => "password-too-common",
        ContainsEmail => "password-contains-email",
    }
}

#[derive(Template)]
#[template(path = "account/register_sent.html")]
struct SentPage<'a> {
    ctx: &'a Ctx,
}

pub async fn sent(ctx: Ctx) -> Response {
    render(&SentPage { ctx: &ctx }).into_response()
}

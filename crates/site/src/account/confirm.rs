//! Confirming an email address. The link in the mail opens a page with a button: a GET never
//! changes anything (mail scanners follow links), the POST does.

use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use hiroba_core::auth::tokens::{self, Purpose};
use hiroba_core::auth::users;
use hiroba_core::web::{render, Ctx, ValidForm, WebError};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct TokenParam {
    #[serde(default)]
    token: String,
}

#[derive(Template)]
#[template(path = "account/confirm.html")]
struct ConfirmPage<'a> {
    ctx: &'a Ctx,
    token: &'a str,
    /// `None`: show the button; otherwise the message key of the outcome.
    outcome: Option<&'static str>,
}

pub async fn form(ctx: Ctx, Query(q): Query<TokenParam>) -> Result<Response, WebError> {
    let valid = tokens::peek(&ctx.state.db, &q.token, Purpose::Confirm).await?.is_some();
    let outcome = (!valid).then_some("confirm-invalid");
    let mut res = render(&ConfirmPage { ctx: &ctx, token: &q.token, outcome });
    if !valid {
        *res.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(res)
}

pub async fn submit(ctx: Ctx, ValidForm(f): ValidForm<TokenParam>) -> Result<Response, WebError> {
    match tokens::consume(&ctx.state.db, &f.token, Purpose::Confirm).await? {
        Some(user_id) => {
            users::confirm_email(&ctx.state.db, user_id).await?;
            Ok(render(&ConfirmPage { ctx: &ctx, token: "", outcome: Some("confirm-done") }))
        }
        None => {
            let mut res = render(&ConfirmPage { ctx: &ctx, token: "", outcome: Some("confirm-invalid") });
            *res.status_mut() = StatusCode::BAD_REQUEST;
            Ok(res)
        }
    }
}

//! The account page, and the one piece of special-care information an account can hold: the
//! person's status of residence, which counsellors need to give correct advice. It is written only
//! after consent, encrypted at rest, and can be erased (which also withdraws the consent).

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use hiroba_core::auth::Role;
use hiroba_core::consent::{self, Purpose};
use hiroba_core::db::entities::users;
use hiroba_core::web::{render, see_other, Ctx, CurrentUser, ValidForm, WebError};
use sea_orm::{ActiveModelTrait, Set};
use serde::Deserialize;

const COLUMN: &str = "users.residence_status";

/// Statuses of residence most migrant workers hold, as stored codes (message key `residence-<code>`).
pub const STATUSES: [&str; 10] = [
    "technical-intern",
    "specified-skilled-1",
    "specified-skilled-2",
    "student",
    "engineer-humanities",
    "permanent-resident",
    "long-term-resident",
    "spouse",
    "designated-activities",
    "other",
];

#[derive(Template)]
#[template(path = "account/profile.html")]
struct ProfilePage<'a> {
    ctx: &'a Ctx,
    me: &'a CurrentUser,
    roles: Vec<Role>,
    two_factor: bool,
    residence: Option<String>,
    statuses: &'a [&'static str],
    error: Option<&'static str>,
}

fn subject(user_id: i64) -> String {
    format!("user:{user_id}")
}

async fn page_for(ctx: &Ctx, me: &CurrentUser, error: Option<&'static str>) -> Result<Response, WebError> {
    let residence = match &me.user.residence_status {
        Some(enc) => Some(ctx.state.cipher.decrypt(COLUMN, enc).await?),
        None => None,
    };
    let mut res = render(&ProfilePage {
        ctx,
        me,
        roles: me.roles.clone(),
        two_factor: me.user.totp_enabled_at.is_some(),
        residence,
        statuses: &STATUSES,
        error,
    });
    if error.is_some() {
        *res.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(res)
}

pub async fn page(ctx: Ctx, me: CurrentUser) -> Result<Response, WebError> {
    page_for(&ctx, &me, None).await
}

#[derive(Deserialize)]
pub struct ResidenceForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    consent: Option<String>,
    #[serde(default)]
    erase: Option<String>,
}

pub async fn save_residence_status(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(f): ValidForm<ResidenceForm>,
) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let subject = subject(me.user.id);
    let mut am: users::ActiveModel = me.user.clone().into();
    if f.erase.is_some() {
        am.residence_status = Set(None);
        am.update(db.write()).await?;
        consent::withdraw(db, &subject, Purpose::ResidenceStatus).await?;
        return Ok(see_other(&ctx.href("/account")));
    }
    if !STATUSES.contains(&f.status.as_str()) {
        return page_for(&ctx, &me, Some("residence-choose")).await;
    }
    if f.consent.as_deref() == Some("yes") {
        consent::grant(db, &subject, Purpose::ResidenceStatus).await?;
    }
    let proof = match consent::require(db, &subject, Purpose::ResidenceStatus).await {
        Ok(p) => p,
        Err(consent::ConsentError::Missing) => {
            return page_for(&ctx, &me, Some("residence-consent-needed")).await
        }
        Err(e) => return Err(WebError::Internal(e.to_string())),
    };
    let enc = consent::encrypt_special(&ctx.state.cipher, &proof, COLUMN, &f.status)
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?;
    am.residence_status = Set(Some(enc));
    am.update(db.write()).await?;
    Ok(see_other(&ctx.href("/account")))
}

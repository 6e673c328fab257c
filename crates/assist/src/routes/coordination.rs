//! Coordination on a case: referrals to the directory, ADR escalation, attendant support, canned
//! replies. Every change is written to the audit log.

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use hiroba_core::audit;
use hiroba_core::web::{parse_id, render, see_other, Ctx, CurrentUser, ValidForm, WebError};
use serde::Deserialize;

use crate::cases::{self, Case};
use crate::referrals::{self, AdrRecord};

async fn load(ctx: &Ctx, id: &str) -> Result<Case, WebError> {
    cases::find(&ctx.state.db, parse_id(id)?).await?.ok_or(WebError::NotFound)
}

async fn done(ctx: &Ctx, me: &CurrentUser, action: &str, case_id: i64) -> Result<Response, WebError> {
    audit::record(&ctx.state.db, &me.actor(), action, &format!("case:{case_id}"), "").await?;
    Ok(see_other(&ctx.href(&format!("/staff/assist/cases/{case_id}"))))
}

#[derive(Template)]
#[template(path = "assist/directory.html")]
struct DirectoryPage<'a> {
    ctx: &'a Ctx,
    organisations: Vec<referrals::Organisation>,
    kinds: &'a [&'static str],
    canned: Vec<crate::entities::canned_replies::Model>,
}

pub async fn directory(ctx: Ctx, _me: CurrentUser) -> Result<Response, WebError> {
    let organisations = referrals::organisations(&ctx.state.db).await?;
    let canned = referrals::canned(&ctx.state.db, None).await?;
    Ok(render(&DirectoryPage { ctx: &ctx, organisations, kinds: &referrals::ORGANISATION_KINDS, canned }))
}

#[derive(Deserialize)]
pub struct OrganisationForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    area: String,
    #[serde(default)]
    contact: String,
}

pub async fn add_organisation(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(f): ValidForm<OrganisationForm>,
) -> Result<Response, WebError> {
    let Some(o) =
        referrals::add_organisation(&ctx.state.db, &f.name, &f.kind, &f.languages, &f.area, &f.contact)
            .await?
    else {
        return Err(WebError::BadRequest("assist-directory-invalid"));
    };
    audit::record(&ctx.state.db, &me.actor(), "assist.organisation", &format!("organisation:{}", o.id), "")
        .await?;
    Ok(see_other(&ctx.href("/staff/assist/directory")))
}

#[derive(Deserialize)]
pub struct CannedForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
}

pub async fn add_canned(
    ctx: Ctx,
    _me: CurrentUser,
    ValidForm(f): ValidForm<CannedForm>,
) -> Result<Response, WebError> {
    if ctx.state.i18n.language(&f.lang).is_none()
        || !referrals::add_canned(&ctx.state.db, &f.lang, &f.title, &f.body).await?
    {
        return Err(WebError::BadRequest("assist-directory-invalid"));
    }
    Ok(see_other(&ctx.href("/staff/assist/directory")))
}

#[derive(Deserialize)]
pub struct ReferForm {
    #[serde(default)]
    organisation: String,
}

pub async fn refer(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(f): ValidForm<ReferForm>,
) -> Result<Response, WebError> {
    let case = load(&ctx, &id).await?;
    let org: i64 = f.organisation.parse().map_err(|_| WebError::BadRequest("error-bad-form"))?;
    if !referrals::refer(&ctx.state.db, &case, org).await? {
        return Err(WebError::BadRequest("error-bad-form"));
    }
    done(&ctx, &me, "assist.referral", case.id).await
}

#[derive(Deserialize)]
pub struct OutcomeForm {
    #[serde(default)]
    outcome: String,
}

pub async fn referral_outcome(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(f): ValidForm<OutcomeForm>,
) -> Result<Response, WebError> {
    let r = referrals::set_outcome(&ctx.state.db, parse_id(&id)?, &f.outcome)
        .await?
        .ok_or(WebError::BadRequest("error-bad-form"))?;
    done(&ctx, &me, "assist.referral.outcome", r.case_id).await
}

#[derive(Deserialize)]
pub struct AdrForm {
    #[serde(default)]
    worker_mediator: String,
    #[serde(default)]
    employer_mediator: String,
    #[serde(default)]
    interpreter: String,
    #[serde(default)]
    hearing_dates: String,
    #[serde(default)]
    documents: String,
    #[serde(default)]
    outcome: String,
}

pub async fn save_adr(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(f): ValidForm<AdrForm>,
) -> Result<Response, WebError> {
    let case = load(&ctx, &id).await?;
    let r = AdrRecord {
        worker_mediator: f.worker_mediator,
        employer_mediator: f.employer_mediator,
        interpreter: f.interpreter,
        hearing_dates: f.hearing_dates,
        documents: f.documents,
        outcome: f.outcome,
    };
    match referrals::save_adr(&ctx.state.db, &ctx.state.cipher, &case, &r).await {
        Ok(()) => done(&ctx, &me, "assist.adr", case.id).await,
        Err(cases::AssistError::TooLong) => Err(WebError::BadRequest("assist-too-long")),
        Err(e) => Err(WebError::Internal(e.to_string())),
    }
}

#[derive(Deserialize)]
pub struct AttendantForm {
    #[serde(default)]
    on: Option<String>,
}

pub async fn attendant(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(f): ValidForm<AttendantForm>,
) -> Result<Response, WebError> {
    let case = load(&ctx, &id).await?;
    referrals::set_attendant_support(&ctx.state.db, &case, f.on.is_some()).await?;
    done(&ctx, &me, "assist.attendant", case.id).await
}

#[derive(Deserialize)]
pub struct CannedUse {
    #[serde(default)]
    canned: String,
}

/// Send a canned reply (in the case's language) as the counsellor's answer.
pub async fn send_canned(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(f): ValidForm<CannedUse>,
) -> Result<Response, WebError> {
    let case = load(&ctx, &id).await?;
    let canned_id: i64 = f.canned.parse().map_err(|_| WebError::BadRequest("error-bad-form"))?;
    let reply = referrals::canned(&ctx.state.db, Some(&case.lang))
        .await?
        .into_iter()
        .find(|c| c.id == canned_id)
        .ok_or(WebError::BadRequest("error-bad-form"))?;
    let message_id = cases::add_message(
        &ctx.state.db,
        &ctx.state.cipher,
        &case,
        "counsellor",
        Some(me.user.id),
        &reply.body,
    )
    .await
    .map_err(|e| WebError::Internal(e.to_string()))?;
    ctx.state.events.publish(&ctx.state.db, &format!("case:{}", case.id), message_id).await?;
    crate::notify::counsellor_answered(&ctx.state, &case)
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?;
    done(&ctx, &me, "assist.counsellor", case.id).await
}

//! The counsellors' shared inbox and case page. Opening a case writes the audit entry.

use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Response;
use hiroba_core::audit;
use hiroba_core::web::{form_field, parse_id, render, see_other, Ctx, CurrentUser, ValidForm, WebError};
use serde::Deserialize;

use crate::cases::{self, Case, InboxFilter, OpenCase};
use crate::consultations::{self as consult, Consultation, NewConsultation};

#[derive(Deserialize)]
pub struct InboxQuery {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    channel: String,
    /// `mine`: only the cases this counsellor has taken.
    #[serde(default)]
    who: String,
}

#[derive(Template)]
#[template(path = "assist/inbox.html")]
struct InboxPage<'a> {
    ctx: &'a Ctx,
    /// Each case with whether it is past its target time, and who is on it.
    cases: Vec<(Case, bool, String)>,
    lang: &'a str,
    status: &'a str,
    statuses: &'a [&'static str],
    channel: &'a str,
    channels: &'a [&'static str],
    mine: bool,
    imported: usize,
}

pub async fn inbox(ctx: Ctx, me: CurrentUser, Query(q): Query<InboxQuery>) -> Result<Response, WebError> {
    // Safety's help requests arrive here as cases.
    let imported =
        crate::intake_safety::import(&ctx.state.db, &ctx.state.cipher).await.map_err(WebError::Internal)?;
    let lang = ctx.state.i18n.language(&q.lang).map(|l| l.code.clone()).unwrap_or_default();
    let status = cases::STATUSES.iter().find(|s| **s == q.status).copied().unwrap_or("");
    let channel = cases::CHANNELS.iter().find(|c| **c == q.channel).copied().unwrap_or("");
    let mine = q.who == "mine";
    let list = cases::inbox(
        &ctx.state.db,
        &InboxFilter {
            lang: (!lang.is_empty()).then_some(lang.as_str()),
            status: (!status.is_empty()).then_some(status),
            channel: (!channel.is_empty()).then_some(channel),
            assignee: mine.then_some(me.user.id),
        },
    )
    .await?;
    let names = cases::counsellor_names(&ctx.state.db, list.iter().filter_map(|c| c.assignee_id)).await?;
    let list = list
        .into_iter()
        .map(|c| {
            let late = cases::overdue(&c, &ctx.state.config.assist_target_hours);
            let who = c.assignee_id.and_then(|a| names.get(&a).cloned()).unwrap_or_default();
            (c, late, who)
        })
        .collect();
    Ok(render(&InboxPage {
        ctx: &ctx,
        cases: list,
        lang: &lang,
        status,
        statuses: &cases::STATUSES,
        channel,
        channels: &cases::CHANNELS,
        mine,
        imported,
    }))
}

#[derive(Template)]
#[template(path = "assist/staff_case.html")]
struct CasePage<'a> {
    ctx: &'a Ctx,
    open: &'a OpenCase,
    /// The name of the counsellor on the case.
    assignee: String,
    statuses: &'a [&'static str],
    consultations: Vec<(Consultation, Vec<String>)>,
    taxonomy: crate::taxonomy::Taxonomy,
    channels: &'a [&'static str],
    kinds: &'a [&'static str],
    referrals: Vec<(crate::referrals::Referral, String)>,
    organisations: Vec<crate::referrals::Organisation>,
    outcomes: &'a [&'static str],
    adr: crate::referrals::AdrRecord,
    canned: Vec<crate::entities::canned_replies::Model>,
}

pub async fn case(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let open = cases::open_for_staff(&ctx.state.db, &ctx.state.cipher, &me.actor(), parse_id(&id)?, "inbox")
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?
        .ok_or(WebError::NotFound)?;
    let consultations = crate::consultations::of_case(&ctx.state.db, open.case.id).await?;
    let assignee = cases::counsellor_names(&ctx.state.db, open.case.assignee_id.into_iter())
        .await?
        .into_values()
        .next()
        .unwrap_or_default();
    let taxonomy = crate::taxonomy::Taxonomy::load(&ctx.state.db).await?;
    let referrals = crate::referrals::of_case(&ctx.state.db, open.case.id).await?;
    let organisations = crate::referrals::organisations(&ctx.state.db).await?;
    let adr = crate::referrals::adr(&ctx.state.db, &ctx.state.cipher, open.case.id)
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?
        .unwrap_or_default();
    let canned = crate::referrals::canned(&ctx.state.db, Some(&open.case.lang)).await?;
    Ok(render(&CasePage {
        ctx: &ctx,
        open: &open,
        assignee,
        statuses: &cases::STATUSES,
        consultations,
        taxonomy,
        channels: &cases::CHANNELS,
        kinds: &crate::consultations::KINDS,
        referrals,
        organisations,
        outcomes: &crate::referrals::OUTCOMES,
        adr,
        canned,
    }))
}

#[derive(Deserialize)]
pub struct ReplyForm {
    #[serde(default)]
    message: String,
    #[serde(default)]
    note: Option<String>,
}

async fn load(ctx: &Ctx, id: &str) -> Result<Case, WebError> {
    cases::find(&ctx.state.db, parse_id(id)?).await?.ok_or(WebError::NotFound)
}

pub async fn reply(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(f): ValidForm<ReplyForm>,
) -> Result<Response, WebError> {
    let case = load(&ctx, &id).await?;
    let author = if f.note.is_some() { "note" } else { "counsellor" };
    match cases::add_message(&ctx.state.db, &ctx.state.cipher, &case, author, Some(me.user.id), &f.message)
        .await
    {
        Ok(message_id) => {
            ctx.state.events.publish(&ctx.state.db, &format!("case:{}", case.id), message_id).await?;
            audit::record(
                &ctx.state.db,
                &me.actor(),
                &format!("assist.{author}"),
                &format!("case:{}", case.id),
                "",
            )
            .await?;
            if author == "counsellor" {
                crate::notify::counsellor_answered(&ctx.state, &case)
                    .await
                    .map_err(|e| WebError::Internal(e.to_string()))?;
            }
            Ok(see_other(&ctx.href(&format!("/staff/assist/cases/{}", case.id))))
        }
        Err(e @ (cases::AssistError::MessageMissing | cases::AssistError::TooLong)) => {
            Err(WebError::BadRequest(e.key()))
        }
        Err(e) => Err(WebError::Internal(e.to_string())),
    }
}

#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    status: String,
}

pub async fn status(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(f): ValidForm<StatusForm>,
) -> Result<Response, WebError> {
    let case = load(&ctx, &id).await?;
    if !cases::set_status(&ctx.state.db, &case, &f.status).await? {
        return Err(WebError::BadRequest("error-bad-form"));
    }
    audit::record(&ctx.state.db, &me.actor(), "assist.status", &format!("case:{}", case.id), &f.status)
        .await?;
    Ok(see_other(&ctx.href(&format!("/staff/assist/cases/{}", case.id))))
}

pub async fn claim(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let case = load(&ctx, &id).await?;
    cases::claim(&ctx.state.db, &case, me.user.id).await?;
    audit::record(&ctx.state.db, &me.actor(), "assist.claim", &format!("case:{}", case.id), "").await?;
    Ok(see_other(&ctx.href(&format!("/staff/assist/cases/{}", case.id))))
}

/// Log a consultation (a call, a visit, a coordination step) with its issues. The form sends
/// `kind`, `channel`, `duration` and one `issue` per ticked box.
pub async fn log_consultation(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let case = load(&ctx, &id).await?;
    let get = |k: &str| form_field(&fields, k);
    let issues: Vec<String> = fields.iter().filter(|(n, _)| n == "issue").map(|(_, v)| v.clone()).collect();
    let duration = match get("duration").trim() {
        "" => None,
        d => Some(d.parse::<i32>().map_err(|_| WebError::BadRequest("assist-consultation-invalid"))?),
    };
    let new = NewConsultation {
        case_id: case.id,
        kind: get("kind"),
        channel: get("channel"),
        lang: &case.lang,
        occurred_at: chrono::Utc::now(),
        duration_minutes: duration,
        counsellor_id: Some(me.user.id),
        issues: &issues,
    };
    match consult::log(&ctx.state.db, new).await {
        Ok(c) => {
            audit::record(
                &ctx.state.db,
                &me.actor(),
                "assist.consultation",
                &format!("case:{}:consultation:{}", case.id, c.id),
                "",
            )
            .await?;
            Ok(see_other(&ctx.href(&format!("/staff/assist/cases/{}", case.id))))
        }
        Err(consult::ConsultationError::Invalid) => Err(WebError::BadRequest("assist-consultation-invalid")),
        Err(consult::ConsultationError::Db(e)) => Err(e.into()),
    }
}

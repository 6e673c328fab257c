//! A counsellor opens a case for a telephone call or a visit from someone who has not written in.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use hiroba_core::audit;
use hiroba_core::web::{form_field, render, Ctx, CurrentUser, ValidForm, WebError};

use crate::cases::{self, Intake};
use crate::consultations;
use crate::taxonomy::Taxonomy;

#[derive(Template)]
#[template(path = "assist/new_case.html")]
struct NewCasePage<'a> {
    ctx: &'a Ctx,
    taxonomy: Taxonomy,
    error: Option<&'static str>,
    ticket: Option<(i64, String, String)>,
}

pub async fn form(ctx: Ctx, _me: CurrentUser) -> Result<Response, WebError> {
    let taxonomy = Taxonomy::load(&ctx.state.db).await?;
    Ok(render(&NewCasePage { ctx: &ctx, taxonomy, error: None, ticket: None }))
}

/// Fields: `name`, `contact`, `lang`, `channel` (phone or visit), `duration`, `summary`, and one
/// `issue` per ticked box.
pub async fn submit(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let get = |k: &str| form_field(&fields, k);
    let issues: Vec<String> = fields.iter().filter(|(n, _)| n == "issue").map(|(_, v)| v.clone()).collect();
    let taxonomy = Taxonomy::load(&ctx.state.db).await?;
    let bad = |key: &'static str, taxonomy| {
        let mut res = render(&NewCasePage { ctx: &ctx, taxonomy, error: Some(key), ticket: None });
        *res.status_mut() = StatusCode::BAD_REQUEST;
        res
    };
    let channel = get("channel");
    let lang = get("lang");
    if !matches!(channel, "phone" | "visit") || ctx.state.i18n.language(lang).is_none() {
        return Ok(bad("assist-consultation-invalid", taxonomy));
    }
    let duration = match get("duration").trim() {
        "" => None,
        d => match d.parse::<i32>() {
            Ok(n) if (0..=1440).contains(&n) => Some(n),
            _ => return Ok(bad("assist-consultation-invalid", taxonomy)),
        },
    };
    if issues.iter().any(|i| !taxonomy.is_offered(i)) {
        return Ok(bad("assist-consultation-invalid", taxonomy));
    }
    let contact = if get("contact").trim().is_empty() { "-" } else { get("contact") };
    let ticket = match cases::intake(
        &ctx.state.db,
        &ctx.state.cipher,
        Intake { name: get("name"), contact, lang, channel, message: get("summary"), site_id: None },
    )
    .await
    {
        Ok(t) => t,
        Err(
            e @ (cases::AssistError::MessageMissing
            | cases::AssistError::TooLong
            | cases::AssistError::ContactMissing),
        ) => return Ok(bad(e.key(), taxonomy)),
        Err(e) => return Err(WebError::Internal(e.to_string())),
    };
    if let Some((first, _)) = consultations::of_case(&ctx.state.db, ticket.case_id).await?.into_iter().next()
    {
        consultations::set_issues(&ctx.state.db, first.id, &issues)
            .await
            .map_err(|e| WebError::Internal(e.to_string()))?;
        set_first_details(&ctx, first.id, duration, me.user.id).await?;
    }
    let case = cases::find(&ctx.state.db, ticket.case_id).await?.ok_or(WebError::NotFound)?;
    cases::claim(&ctx.state.db, &case, me.user.id).await?;
    audit::record(&ctx.state.db, &me.actor(), "assist.case.create", &format!("case:{}", case.id), channel)
        .await?;
    // The number and passphrase are read out to the caller once; they are not stored readable.
    Ok(render(&NewCasePage {
        ctx: &ctx,
        taxonomy,
        error: None,
        ticket: Some((ticket.case_id, ticket.number, ticket.passphrase)),
    }))
}

async fn set_first_details(
    ctx: &Ctx,
    consultation_id: i64,
    duration: Option<i32>,
    counsellor_id: i64,
) -> Result<(), WebError> {
    use crate::entities::consultations as c;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    c::Entity::update_many()
        .col_expr(c::Column::DurationMinutes, sea_orm::sea_query::Expr::value(duration))
        .col_expr(c::Column::CounsellorId, sea_orm::sea_query::Expr::value(Some(counsellor_id)))
        .filter(c::Column::Id.eq(consultation_id))
        .exec(ctx.state.db.write())
        .await?;
    Ok(())
}

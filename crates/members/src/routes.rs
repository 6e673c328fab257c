//! Membership pages: the public overview and good practices, applying and following an
//! application, the members-only page with activity plans and reports, and the secretariat's
//! screening and member table.

use askama::Template;
use axum::extract::{Multipart, Path, Query};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use hiroba_core::audit;
use hiroba_core::mail;
use hiroba_core::web::{
    form_field, parse_id, render, render_form, see_other, Ctx, CurrentUser, ValidForm, WebError,
};
use serde::Deserialize;

use crate::membership::{self, Application, Decision, Member, MemberError, Message, CATEGORIES};
use crate::practices::{self, Practice};
use crate::reports::{self, Attachment, Report, ReportError};

// ---------------------------------------------------------------------------------------------
// Public

#[derive(Template)]
#[template(path = "members/overview.html")]
struct OverviewPage<'a> {
    ctx: &'a Ctx,
    table: Vec<(&'static str, u64)>,
    total: u64,
    mine: Option<Member>,
}

pub async fn overview(ctx: Ctx) -> Result<Response, WebError> {
    let table = membership::table(&ctx.state.db).await?;
    let total = table.iter().map(|(_, n)| n).sum();
    let mine = match &ctx.user {
        Some(u) => membership::of_user(&ctx.state.db, u.user.id).await?,
        None => None,
    };
    Ok(render(&OverviewPage { ctx: &ctx, table, total, mine }))
}

#[derive(Template)]
#[template(path = "members/practices.html")]
struct PracticesPage<'a> {
    ctx: &'a Ctx,
    practices: Vec<(Practice, hiroba_core::i18n::Markup)>,
}

pub async fn practices_page(ctx: Ctx) -> Result<Response, WebError> {
    let practices = practices::all(&ctx.state.db)
        .await?
        .into_iter()
        .map(|p| {
            let body = hiroba_core::i18n::Markup(hiroba_core::markdown::render(&p.body, false));
            (p, body)
        })
        .collect();
    Ok(render(&PracticesPage { ctx: &ctx, practices }))
}

// ---------------------------------------------------------------------------------------------
// Applying

#[derive(Template)]
#[template(path = "members/apply.html")]
struct ApplyPage<'a> {
    ctx: &'a Ctx,
    form: Application,
    error: Option<&'static str>,
}

impl ApplyPage<'_> {
    fn categories(&self) -> &'static [&'static str] {
        &CATEGORIES
    }
}

fn application_from(fields: &[(String, String)]) -> Application {
    Application {
        category: form_field(fields, "category").into(),
        name: form_field(fields, "name").into(),
        contact_name: form_field(fields, "contact_name").into(),
        email: form_field(fields, "email").into(),
        area: form_field(fields, "area").into(),
        website: form_field(fields, "website").into(),
        about: form_field(fields, "about").into(),
        agreed: form_field(fields, "agree") == "yes",
    }
}

pub async fn apply_form(ctx: Ctx, me: CurrentUser) -> Result<Response, WebError> {
    if membership::of_user(&ctx.state.db, me.user.id).await?.is_some() {
        return Ok(see_other(&ctx.href("/members/application")));
    }
    let form = Application {
        contact_name: me.user.display_name.clone(),
        email: me.user.email.clone(),
        ..Default::default()
    };
    Ok(render(&ApplyPage { ctx: &ctx, form, error: None }))
}

pub async fn apply(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let form = application_from(&fields);
    match membership::apply(&ctx.state.db, me.user.id, &form).await {
        Ok(m) => {
            audit::record(
                &ctx.state.db,
                &me.actor(),
                "members.apply",
                &format!("member:{}", m.id),
                &m.category,
            )
            .await?;
            Ok(see_other(&ctx.href("/members/application")))
        }
        Err(MemberError::Db(e)) => Err(e.into()),
        Err(MemberError::AlreadyApplied) => Ok(see_other(&ctx.href("/members/application"))),
        Err(e) => Ok(render_form(&ApplyPage { ctx: &ctx, form, error: Some(e.key()) }, true)),
    }
}

#[derive(Template)]
#[template(path = "members/application.html")]
struct ApplicationPage<'a> {
    ctx: &'a Ctx,
    member: Member,
    messages: Vec<Message>,
    /// Whether the secretariat asked for more: the application can be edited and sent again.
    edit: bool,
    form: Application,
    error: Option<&'static str>,
}

impl ApplicationPage<'_> {
    fn categories(&self) -> &'static [&'static str] {
        &CATEGORIES
    }
}

async fn application_page(
    ctx: &Ctx,
    me: &CurrentUser,
    form: Option<Application>,
    error: Option<&'static str>,
) -> Result<Response, WebError> {
    let Some(member) = membership::of_user(&ctx.state.db, me.user.id).await? else {
        return Ok(see_other(&ctx.href("/members/apply")));
    };
    let messages = membership::messages(&ctx.state.db, member.id).await?;
    let edit = member.status == membership::MORE_INFO;
    let form = form.unwrap_or_else(|| Application {
        category: member.category.clone(),
        name: member.name.clone(),
        contact_name: member.contact_name.clone(),
        email: member.email.clone(),
        area: member.area.clone(),
        website: member.website.clone(),
        about: member.about.clone(),
        agreed: false,
    });
    Ok(render_form(&ApplicationPage { ctx, member, messages, edit, form, error }, error.is_some()))
}

pub async fn application(ctx: Ctx, me: CurrentUser) -> Result<Response, WebError> {
    application_page(&ctx, &me, None, None).await
}

pub async fn resubmit(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let form = application_from(&fields);
    match membership::resubmit(&ctx.state.db, me.user.id, &form, form_field(&fields, "message")).await {
        Ok(m) => {
            audit::record(&ctx.state.db, &me.actor(), "members.resubmit", &format!("member:{}", m.id), "")
                .await?;
            Ok(see_other(&ctx.href("/members/application")))
        }
        Err(MemberError::Db(e)) => Err(e.into()),
        Err(MemberError::NotFound) => Err(WebError::NotFound),
        Err(e) => application_page(&ctx, &me, Some(form), Some(e.key())).await,
    }
}

// ---------------------------------------------------------------------------------------------
// Members only

/// A published report with the member who wrote it.
pub struct PublishedReport {
    pub report: Report,
    pub member: String,
}

#[derive(Template)]
#[template(path = "members/home.html")]
struct HomePage<'a> {
    ctx: &'a Ctx,
    reports: Vec<PublishedReport>,
    practices: Vec<Practice>,
    is_member: bool,
}

pub async fn home(ctx: Ctx, me: CurrentUser) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let mut reports = Vec::new();
    for report in reports::published(db).await? {
        let member = membership::find(db, report.member_id).await?.map(|m| m.name).unwrap_or_default();
        reports.push(PublishedReport { report, member });
    }
    let practices = practices::all(db).await?;
    let is_member =
        membership::of_user(db, me.user.id).await?.is_some_and(|m| m.status == membership::APPROVED);
    Ok(render(&HomePage { ctx: &ctx, reports, practices, is_member }))
}

#[derive(Template)]
#[template(path = "members/reports.html")]
struct ReportsPage<'a> {
    ctx: &'a Ctx,
    member: Member,
    reports: Vec<Report>,
    error: Option<&'static str>,
    form: (String, String, String, bool),
}

async fn approved_member(ctx: &Ctx, me: &CurrentUser) -> Result<Member, WebError> {
    match membership::of_user(&ctx.state.db, me.user.id).await? {
        Some(m) if m.status == membership::APPROVED => Ok(m),
        _ => Err(WebError::NotFound),
    }
}

async fn reports_page(
    ctx: &Ctx,
    member: Member,
    error: Option<&'static str>,
    form: (String, String, String, bool),
) -> Result<Response, WebError> {
    let reports = reports::of_member(&ctx.state.db, member.id).await?;
    Ok(render_form(&ReportsPage { ctx, member, reports, error, form }, error.is_some()))
}

pub async fn my_reports(ctx: Ctx, me: CurrentUser) -> Result<Response, WebError> {
    let member = approved_member(&ctx, &me).await?;
    reports_page(&ctx, member, None, ("report".into(), String::new(), String::new(), false)).await
}

/// The report form: text fields and an optional `file`, read with a size limit.
pub async fn submit_report(
    ctx: Ctx,
    me: CurrentUser,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let member = approved_member(&ctx, &me).await?;
    let (mut kind, mut period, mut body, mut published) =
        (String::new(), String::new(), String::new(), false);
    let mut attachment = None;
    let mut too_large = false;
    while let Ok(Some(mut field)) = multipart.next_field().await {
        let name = field.name().unwrap_or_default().to_string();
        if name == "file" {
            let file_name = field.file_name().unwrap_or_default().to_string();
            let mut bytes = Vec::new();
            while let Ok(Some(chunk)) = field.chunk().await {
                if bytes.len() + chunk.len() > reports::MAX_ATTACHMENT_BYTES {
                    too_large = true;
                    break;
                }
                bytes.extend_from_slice(&chunk);
            }
            if !bytes.is_empty() && !too_large {
                attachment = Some(Attachment { name: file_name, bytes });
            }
            continue;
        }
        let value = field.text().await.unwrap_or_default();
        match name.as_str() {
            "kind" => kind = value,
            "period" => period = value.trim().to_string(),
            "body" => body = value,
            "published" => published = value == "yes",
            _ => {}
        }
    }
    let form = (kind.clone(), period.clone(), body.clone(), published);
    if too_large {
        return reports_page(&ctx, member, Some(ReportError::TooLarge.key()), form).await;
    }
    match reports::submit(&ctx.state.db, member.id, &kind, &period, &body, attachment, published).await {
        Ok(r) => {
            audit::record(
                &ctx.state.db,
                &me.actor(),
                "members.report",
                &format!("member:{}:report:{}", member.id, r.id),
                &format!("{} {}", r.kind, r.period),
            )
            .await?;
            Ok(see_other(&ctx.href("/members/reports")))
        }
        Err(ReportError::Db(e)) => Err(e.into()),
        Err(e) => reports_page(&ctx, member, Some(e.key()), form).await,
    }
}

/// A report's attachment: for its member, for every member once published, for the secretariat.
pub async fn attachment(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    let report = reports::find(&ctx.state.db, id).await?.ok_or(WebError::NotFound)?;
    let own = membership::of_user(&ctx.state.db, me.user.id).await?.is_some_and(|m| m.id == report.member_id);
    if !(own || report.published || ctx.has_role("secretariat")) {
        return Err(WebError::NotFound);
    }
    let (Some(name), Some(kind), Some(bytes)) =
        (report.attachment_name, report.attachment_type, report.attachment)
    else {
        return Err(WebError::NotFound);
    };
    let ascii: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() || ".-_".contains(c) { c } else { '_' }).collect();
    let disposition = format!("attachment; filename=\"{ascii}\"");
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind_static(&kind)));
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    Ok(res)
}

/// The stored kinds are the ones `reports::sniff` gives; anything else is served as bytes.
fn kind_static(kind: &str) -> &'static str {
    [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "image/png",
        "image/jpeg",
    ]
    .into_iter()
    .find(|k| *k == kind)
    .unwrap_or("application/octet-stream")
}

// ---------------------------------------------------------------------------------------------
// The secretariat

#[derive(Deserialize)]
pub struct StatusQuery {
    #[serde(default)]
    status: String,
}

#[derive(Template)]
#[template(path = "members/admin.html")]
struct AdminPage<'a> {
    ctx: &'a Ctx,
    table: Vec<(&'static str, u64)>,
    total: u64,
    organisations: u64,
    individuals: u64,
    applications: Vec<Member>,
    status: String,
    error: Option<&'static str>,
}

const STATUSES: [&str; 4] =
    [membership::APPLIED, membership::MORE_INFO, membership::APPROVED, membership::REFUSED];

async fn admin_page(ctx: &Ctx, status: &str, error: Option<&'static str>) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let table = membership::table(db).await?;
    let total = table.iter().map(|(_, n)| n).sum();
    let individuals = table.iter().filter(|(c, _)| membership::is_individual(c)).map(|(_, n)| n).sum();
    let status =
        if STATUSES.contains(&status) { status.to_string() } else { membership::APPLIED.to_string() };
    let applications = membership::list(db, Some(&status)).await?;
    Ok(render_form(
        &AdminPage {
            ctx,
            table,
            total,
            organisations: total - individuals,
            individuals,
            applications,
            status,
            error,
        },
        error.is_some(),
    ))
}

pub async fn admin(ctx: Ctx, _me: CurrentUser, Query(q): Query<StatusQuery>) -> Result<Response, WebError> {
    admin_page(&ctx, &q.status, None).await
}

#[derive(Template)]
#[template(path = "members/admin_application.html")]
struct AdminApplicationPage<'a> {
    ctx: &'a Ctx,
    member: Member,
    messages: Vec<Message>,
    error: Option<&'static str>,
}

async fn admin_application_page(
    ctx: &Ctx,
    id: i64,
    error: Option<&'static str>,
) -> Result<Response, WebError> {
    let member = membership::find(&ctx.state.db, id).await?.ok_or(WebError::NotFound)?;
    let messages = membership::messages(&ctx.state.db, id).await?;
    Ok(render_form(&AdminApplicationPage { ctx, member, messages, error }, error.is_some()))
}

pub async fn admin_application(
    ctx: Ctx,
    _me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    admin_application_page(&ctx, parse_id(&id)?, None).await
}

/// Approve, ask for more or refuse; the applicant is told by email in their language.
pub async fn decide(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    let Some(decision) = Decision::parse(form_field(&fields, "decision")) else {
        return admin_application_page(&ctx, id, Some("members-error-decision")).await;
    };
    let message = form_field(&fields, "message");
    match membership::decide(&ctx.state.db, id, decision, message, me.user.id).await {
        Ok(member) => {
            audit::record(
                &ctx.state.db,
                &me.actor(),
                &format!("members.{}", decision.status()),
                &format!("member:{id}"),
                "",
            )
            .await?;
            tell_applicant(&ctx, &member, decision, message.trim()).await?;
            Ok(see_other(&ctx.href(&format!("/admin/members/{id}"))))
        }
        Err(MemberError::Db(e)) => Err(e.into()),
        Err(MemberError::NotFound) => Err(WebError::NotFound),
        Err(e) => admin_application_page(&ctx, id, Some(e.key())).await,
    }
}

async fn tell_applicant(
    ctx: &Ctx,
    member: &Member,
    decision: Decision,
    message: &str,
) -> Result<(), WebError> {
    let lang = hiroba_core::auth::users::find(&ctx.state.db, member.user_id)
        .await?
        .map(|u| u.preferred_lang)
        .unwrap_or_else(|| "en".into());
    let link = format!("{}/{lang}/members/application", ctx.state.config.public_url);
    let key = format!("members-mail-{}", decision.status());
    mail::enqueue_message(
        &ctx.state,
        &lang,
        &member.email,
        &key,
        &[("name", &member.name), ("message", message), ("link", &link)],
    )
    .await?;
    Ok(())
}

pub async fn add_practice(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let member_id = form_field(&fields, "member").parse::<i64>().ok();
    match practices::publish(
        &ctx.state.db,
        form_field(&fields, "title"),
        form_field(&fields, "body"),
        member_id,
        me.user.id,
    )
    .await
    {
        Ok(p) => {
            audit::record(
                &ctx.state.db,
                &me.actor(),
                "members.practice",
                &format!("practice:{}", p.number),
                "",
            )
            .await?;
            Ok(see_other(&ctx.href("/members/practices")))
        }
        Err(MemberError::Db(e)) => Err(e.into()),
        Err(e) => admin_page(&ctx, "", Some(e.key())).await,
    }
}

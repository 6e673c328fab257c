//! Newsletter pages: the archive and each issue, unsubscribing without logging in, and the
//! secretariat's writing, preview and sending with delivery counts.

use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Response;
use hiroba_core::i18n::Markup;
use hiroba_core::web::{
    form_field, parse_id, render, render_form, see_other, Ctx, CurrentUser, ValidForm, WebError,
};
use serde::Deserialize;

use crate::membership::CATEGORIES;
use crate::newsletters::{self, Newsletter, NewsletterError};

fn is_member(ctx: &Ctx) -> bool {
    ctx.has_role("member") || ctx.has_role("secretariat")
}

#[derive(Template)]
#[template(path = "members/newsletters.html")]
struct ArchivePage<'a> {
    ctx: &'a Ctx,
    issues: Vec<Newsletter>,
}

pub async fn archive(ctx: Ctx) -> Result<Response, WebError> {
    let issues = newsletters::archive(&ctx.state.db, is_member(&ctx)).await?;
    Ok(render(&ArchivePage { ctx: &ctx, issues }))
}

#[derive(Template)]
#[template(path = "members/newsletter.html")]
struct IssuePage<'a> {
    ctx: &'a Ctx,
    issue: Newsletter,
    body: Markup,
}

pub async fn issue(ctx: Ctx, Path((_, id)): Path<(String, String)>) -> Result<Response, WebError> {
    let issue = newsletters::find(&ctx.state.db, parse_id(&id)?).await?.ok_or(WebError::NotFound)?;
    if issue.status == "draft" || (issue.archive == "members" && !is_member(&ctx)) {
        return Err(WebError::NotFound);
    }
    let body = Markup(hiroba_core::markdown::render(&issue.body, ctx.furigana));
    Ok(render(&IssuePage { ctx: &ctx, issue, body }))
}

#[derive(Deserialize)]
pub struct UnsubscribeQuery {
    #[serde(default)]
    m: String,
    #[serde(default)]
    t: String,
}

#[derive(Template)]
#[template(path = "members/unsubscribe.html")]
struct UnsubscribePage<'a> {
    ctx: &'a Ctx,
    member: String,
    token: String,
    done: bool,
}

/// The link in every newsletter: a page with one button, so a mail scanner that opens links
/// does not unsubscribe anybody.
pub async fn unsubscribe_form(ctx: Ctx, Query(q): Query<UnsubscribeQuery>) -> Result<Response, WebError> {
    let id = q.m.parse::<i64>().map_err(|_| WebError::NotFound)?;
    if !hiroba_core::crypto::same_secret(&newsletters::unsubscribe_token(&ctx.state.hmac_key, id), &q.t) {
        return Err(WebError::NotFound);
    }
    let done = newsletters::is_unsubscribed(&ctx.state.db, id).await?;
    Ok(render(&UnsubscribePage { ctx: &ctx, member: q.m, token: q.t, done }))
}

pub async fn unsubscribe(
    ctx: Ctx,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let id = form_field(&fields, "m").parse::<i64>().map_err(|_| WebError::NotFound)?;
    let token = form_field(&fields, "t").to_string();
    if !newsletters::unsubscribe(&ctx.state.db, &ctx.state.hmac_key, id, &token).await? {
        return Err(WebError::NotFound);
    }
    Ok(render(&UnsubscribePage { ctx: &ctx, member: id.to_string(), token, done: true }))
}

#[derive(Template)]
#[template(path = "members/newsletters_admin.html")]
struct AdminPage<'a> {
    ctx: &'a Ctx,
    issues: Vec<Newsletter>,
    form: (String, String, String, String),
    error: Option<&'static str>,
}

impl AdminPage<'_> {
    fn categories(&self) -> &'static [&'static str] {
        &CATEGORIES
    }
}

async fn admin_page(
    ctx: &Ctx,
    form: (String, String, String, String),
    error: Option<&'static str>,
) -> Result<Response, WebError> {
    let issues = newsletters::all(&ctx.state.db).await?;
    Ok(render_form(&AdminPage { ctx, issues, form, error }, error.is_some()))
}

pub async fn admin(ctx: Ctx, _me: CurrentUser) -> Result<Response, WebError> {
    admin_page(&ctx, (String::new(), String::new(), "all".into(), "members".into()), None).await
}

fn form_of(fields: &[(String, String)]) -> (String, String, String, String) {
    let f = |k: &str| form_field(fields, k).to_string();
    (f("subject"), f("body"), f("audience"), f("archive"))
}

pub async fn create(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let form = form_of(&fields);
    match newsletters::create(&ctx.state.db, &form.0, &form.1, &form.2, &form.3, me.user.id).await {
        Ok(n) => Ok(see_other(&ctx.href(&format!("/admin/newsletters/{}", n.id)))),
        Err(NewsletterError::Db(e)) => Err(e.into()),
        Err(e) => admin_page(&ctx, form, Some(e.key())).await,
    }
}

#[derive(Template)]
#[template(path = "members/newsletter_admin.html")]
struct IssueAdminPage<'a> {
    ctx: &'a Ctx,
    issue: Newsletter,
    preview: Markup,
    counts: Vec<(&'static str, u64)>,
    form: (String, String, String, String),
    error: Option<&'static str>,
}

impl IssueAdminPage<'_> {
    fn categories(&self) -> &'static [&'static str] {
        &CATEGORIES
    }
}

async fn issue_admin_page(
    ctx: &Ctx,
    id: i64,
    form: Option<(String, String, String, String)>,
    error: Option<&'static str>,
) -> Result<Response, WebError> {
    let issue = newsletters::find(&ctx.state.db, id).await?.ok_or(WebError::NotFound)?;
    let counts = newsletters::counts(&ctx.state.db, id).await?;
    let preview = Markup(hiroba_core::markdown::render(&issue.body, ctx.furigana));
    let form = form.unwrap_or_else(|| {
        (issue.subject.clone(), issue.body.clone(), issue.audience.clone(), issue.archive.clone())
    });
    Ok(render_form(&IssueAdminPage { ctx, issue, preview, counts, form, error }, error.is_some()))
}

pub async fn admin_issue(
    ctx: Ctx,
    _me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    issue_admin_page(&ctx, parse_id(&id)?, None, None).await
}

pub async fn update(
    ctx: Ctx,
    _me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    let form = form_of(&fields);
    match newsletters::update(&ctx.state.db, id, &form.0, &form.1, &form.2, &form.3).await {
        Ok(_) => Ok(see_other(&ctx.href(&format!("/admin/newsletters/{id}")))),
        Err(NewsletterError::Db(e)) => Err(e.into()),
        Err(NewsletterError::NotFound) => Err(WebError::NotFound),
        Err(e) => issue_admin_page(&ctx, id, Some(form), Some(e.key())).await,
    }
}

pub async fn send(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(_): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    match newsletters::send(&ctx.state.db, id).await {
        Ok(n) => {
            hiroba_core::audit::record(
                &ctx.state.db,
                &me.actor(),
                "newsletters.send",
                &format!("newsletter:{id}"),
                &n.to_string(),
            )
            .await?;
            Ok(see_other(&ctx.href(&format!("/admin/newsletters/{id}"))))
        }
        Err(NewsletterError::Db(e)) => Err(e.into()),
        Err(NewsletterError::NotFound) => Err(WebError::NotFound),
        Err(e) => issue_admin_page(&ctx, id, None, Some(e.key())).await,
    }
}

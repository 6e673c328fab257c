//! The secretariat's view of the program: companies and their participation, response rates per
//! site, aggregation dates, overdue remediation plans, staff, and reminder campaigns.

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use hiroba_core::audit;
use hiroba_core::auth::Role;
use hiroba_core::web::{render, see_other, Ctx, CurrentUser, ValidForm, WebError};
use serde::Deserialize;

use crate::chain::{self, Company, NewCompany};
use crate::entities::dates;
use crate::plans::{self, Plan};
use crate::reports as frozen;
use hiroba_core::web::parse_id;

/// A response rate below this share of target workers earns a reminder.
pub const LOW_RESPONSE: f64 = 0.3;

/// A company's participation: sites, target workers, respondents over the last twelve months.
pub struct Participation {
    pub company: Company,
    pub sites: usize,
    pub target: i64,
    pub respondents: u64,
    /// Per site: name, migrant workers, respondents (the secretariat sees response rates; it never
    /// sees answers, which only ever reach companies through frozen reports).
    pub per_site: Vec<(String, i32, u64)>,
}

impl Participation {
    pub fn rate(&self) -> Option<u64> {
        (self.target > 0).then(|| (self.respondents as f64 * 100.0 / self.target as f64).round() as u64)
    }

    pub fn low(&self) -> bool {
        self.target > 0 && (self.respondents as f64) < LOW_RESPONSE * self.target as f64
    }
}

async fn participation(ctx: &Ctx) -> Result<Vec<Participation>, WebError> {
    let since =
        (chrono::Utc::now() - chrono::Duration::days(frozen::WINDOW_DAYS)).format("%Y-%m-%d").to_string();
    let mut out = Vec::new();
    for company in chain::program_companies(&ctx.state.db).await? {
        let tree = chain::tree(&ctx.state.db, company.id, None).await?;
        let mut per_site = Vec::new();
        for l in tree.iter().filter(|l| l.node.kind == "site") {
            let n = crate::chain::responses_since(&ctx.state.db, l.node.site_id.unwrap_or(0), &since).await?;
            per_site.push((l.node.name.clone(), l.node.migrant_workers, n));
        }
        out.push(Participation {
            sites: per_site.len(),
            target: i64::from(company.target_workers),
            respondents: per_site.iter().map(|s| s.2).sum(),
            per_site,
            company,
        });
    }
    Ok(out)
}

#[derive(Template)]
#[template(path = "companies/admin.html")]
struct AdminPage<'a> {
    ctx: &'a Ctx,
    companies: Vec<Participation>,
    dates: Vec<dates::Model>,
    overdue: Vec<(Plan, String)>,
    error: Option<&'static str>,
    notice: Option<&'static str>,
}

async fn page(
    ctx: &Ctx,
    error: Option<&'static str>,
    notice: Option<&'static str>,
) -> Result<Response, WebError> {
    let companies = participation(ctx).await?;
    let names: std::collections::BTreeMap<i64, String> =
        companies.iter().map(|p| (p.company.id, p.company.name.clone())).collect();
    let overdue = plans::overdue(&ctx.state.db, &frozen::today_in_japan())
        .await?
        .into_iter()
        .map(|p| {
            let name = names.get(&p.company_id).cloned().unwrap_or_default();
            (p, name)
        })
        .collect();
    let dates = frozen::dates(&ctx.state.db).await?;
    let mut res = render(&AdminPage { ctx, companies, dates, overdue, error, notice });
    if error.is_some() {
        *res.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    Ok(res)
}

#[derive(Deserialize)]
pub struct AdminQuery {
    #[serde(default)]
    sent: Option<String>,
}

pub async fn show(
    ctx: Ctx,
    _me: CurrentUser,
    axum::extract::Query(q): axum::extract::Query<AdminQuery>,
) -> Result<Response, WebError> {
    page(&ctx, None, q.sent.map(|_| "companies-reminder-sent")).await
}

#[derive(Deserialize)]
pub struct CompanyForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    contact_email: String,
    #[serde(default)]
    contract_start: String,
    #[serde(default)]
    contract_end: String,
    #[serde(default)]
    target_workers: String,
}

pub async fn admit(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(f): ValidForm<CompanyForm>,
) -> Result<Response, WebError> {
    let new = NewCompany {
        name: &f.name,
        contact_email: &f.contact_email,
        contract_start: &f.contract_start,
        contract_end: &f.contract_end,
        target_workers: &f.target_workers,
    };
    match chain::admit(&ctx.state.db, new).await {
        Ok(c) => {
            audit::record(&ctx.state.db, &me.actor(), "companies.admit", &format!("company:{}", c.id), "")
                .await?;
            Ok(see_other(&ctx.href("/admin/companies")))
        }
        Err(chain::ChainError::Db(e)) => Err(e.into()),
        Err(e) => page(&ctx, Some(e.key()), None).await,
    }
}

#[derive(Deserialize)]
pub struct MemberForm {
    #[serde(default)]
    company: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

/// Give an existing account a role in a company (it registers first, like every user).
pub async fn add_member(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(f): ValidForm<MemberForm>,
) -> Result<Response, WebError> {
    let role = match f.role.as_str() {
        "admin" => Role::CompanyAdmin,
        "viewer" => Role::CompanyViewer,
        _ => return page(&ctx, Some("companies-member-invalid"), None).await,
    };
    let company = parse_id(&f.company).map_err(|_| WebError::BadRequest("companies-member-invalid"))?;
    if chain::company(&ctx.state.db, company).await?.is_none() {
        return page(&ctx, Some("companies-member-invalid"), None).await;
    }
    let Some(user) = hiroba_core::auth::users::find_by_email(&ctx.state.db, f.email.trim()).await? else {
        return page(&ctx, Some("companies-member-unknown"), None).await;
    };
    chain::add_member(&ctx.state.db, company, user.id, &f.role).await?;
    hiroba_core::auth::users::grant_role(&ctx.state.db, user.id, role).await?;
    audit::record(&ctx.state.db, &me.actor(), "companies.member", &format!("company:{company}"), &f.role)
        .await?;
    Ok(see_other(&ctx.href("/admin/companies")))
}

#[derive(Deserialize)]
pub struct DateForm {
    #[serde(default)]
    day: String,
}

pub async fn add_date(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(f): ValidForm<DateForm>,
) -> Result<Response, WebError> {
    match frozen::add_date(&ctx.state.db, &f.day).await {
        Ok(d) => {
            audit::record(
                &ctx.state.db,
                &me.actor(),
                "companies.date.add",
                &format!("date:{}", d.id),
                &d.day,
            )
            .await?;
            Ok(see_other(&ctx.href("/admin/companies")))
        }
        Err(frozen::ReportError::Db(e)) => Err(e.into()),
        Err(e) => page(&ctx, Some(e.key()), None).await,
    }
}

pub async fn remove_date(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(_): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    match frozen::remove_date(&ctx.state.db, parse_id(&id)?).await {
        Ok(()) => {
            audit::record(&ctx.state.db, &me.actor(), "companies.date.remove", &format!("date:{id}"), "")
                .await?;
            Ok(see_other(&ctx.href("/admin/companies")))
        }
        Err(frozen::ReportError::Db(e)) => Err(e.into()),
        Err(e) => page(&ctx, Some(e.key()), None).await,
    }
}

/// The reminder to a company whose workers have not answered much: an email to its contact with
/// each site's code and flyer link, in Japanese and English (the company's working languages).
async fn reminder(ctx: &Ctx, company: &Company) -> Result<hiroba_core::mail::OutgoingMail, WebError> {
    let tree = chain::tree(&ctx.state.db, company.id, None).await?;
    let mut lines = String::new();
    for l in tree.iter().filter(|l| l.node.kind == "site") {
        if let Some(code) = &l.code {
            lines.push_str(&format!(
                "- {}: {} — {}/ja/company/{}/chain/{}/flyer\n",
                l.node.name,
                chain::printed_code(code),
                ctx.state.config.public_url,
                company.id,
                l.node.id
            ));
        }
    }
    let text = |lang: &str, key: &str| {
        let a = hiroba_core::i18n::args(&[("company", company.name.as_str()), ("sites", lines.as_str())]);
        hiroba_core::i18n::ruby::to_plain(&ctx.state.i18n.text(lang, key, Some(&a)).text)
    };
    Ok(hiroba_core::mail::OutgoingMail {
        to: company.contact_email.clone(),
        subject: format!(
            "{} / {}",
            text("ja", "companies-reminder-subject"),
            text("en", "companies-reminder-subject")
        ),
        body: format!(
            "{}\n\n---\n\n{}",
            text("ja", "companies-reminder-body"),
            text("en", "companies-reminder-body")
        ),
    })
}

pub async fn remind(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(_): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let company = chain::company(&ctx.state.db, parse_id(&id)?).await?.ok_or(WebError::NotFound)?;
    if company.customer_id.is_some() {
        return Err(WebError::NotFound);
    }
    let mail = reminder(&ctx, &company).await?;
    hiroba_core::mail::enqueue(&ctx.state.db, &mail).await?;
    audit::record(&ctx.state.db, &me.actor(), "companies.reminder", &format!("company:{}", company.id), "")
        .await?;
    Ok(see_other(&ctx.href("/admin/companies?sent=1")))
}

/// The campaign: a reminder to every company whose response rate is low.
pub async fn remind_all_low(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(_): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let mut sent = 0;
    for p in participation(&ctx).await?.into_iter().filter(Participation::low) {
        let mail = reminder(&ctx, &p.company).await?;
        hiroba_core::mail::enqueue(&ctx.state.db, &mail).await?;
        audit::record(
            &ctx.state.db,
            &me.actor(),
            "companies.reminder",
            &format!("company:{}", p.company.id),
            "campaign",
        )
        .await?;
        sent += 1;
    }
    tracing::info!(sent, "reminder campaign");
    Ok(see_other(&ctx.href("/admin/companies?sent=1")))
}

//! Fair-recruitment pages: the public list, a worker naming their recruiters after a Safety
//! self-check, the worker's fee ledger (and its bilingual print), an organisation's own figures,
//! and the secretariat's registry with the figures of every organisation.

use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Response;
use hiroba_core::web::{
    form_field, parse_id, render, render_form, see_other, Ctx, CurrentUser, ValidForm, WebError,
};
use serde::Deserialize;

use crate::figures::{self, Shown};
use crate::ledger::{self, Entry, LedgerError};
use crate::naming;
use crate::registry::{self, Org, OrgForm, RegistryError};
use hiroba_companies::disclosure::{Figure, Rules};

fn rules(ctx: &Ctx) -> Rules {
    Rules::with_threshold(ctx.state.config.disclosure_threshold).unwrap_or_default()
}

/// Words for a figure, in the reader's language.
fn figure_text(ctx: &Ctx, f: &Figure) -> String {
    match f {
        Figure::Exact { value } => value.to_string(),
        Figure::FewerThan { limit } => {
            ctx.t_plain_args("recruitment-fewer-than", &[("limit", &limit.to_string())])
        }
        Figure::AlmostAll => ctx.t_plain("recruitment-almost-all"),
        Figure::Mean { value, answered } => ctx.t_plain_args(
            "recruitment-mean-fee",
            &[("value", &ledger::format_amount(*value)), ("answered", &answered.to_string())],
        ),
        Figure::Suppressed { reason } => ctx.t_plain(reason.key()),
    }
}

// ---------------------------------------------------------------------------------------------
// Public

#[derive(Template)]
#[template(path = "recruitment/public.html")]
struct PublicPage<'a> {
    ctx: &'a Ctx,
    orgs: Vec<Org>,
}

pub async fn public_list(ctx: Ctx) -> Result<Response, WebError> {
    let orgs = registry::committed(&ctx.state.db).await?;
    Ok(render(&PublicPage { ctx: &ctx, orgs }))
}

// ---------------------------------------------------------------------------------------------
// The worker names their recruiters

#[derive(Template)]
#[template(path = "recruitment/name.html")]
struct NamePage<'a> {
    ctx: &'a Ctx,
    token: String,
    /// Per kind: the organisations of that kind.
    choices: Vec<(&'static str, Vec<Org>)>,
    chosen: Vec<i64>,
    saved: bool,
    error: Option<&'static str>,
}

async fn completed_response(ctx: &Ctx, token: &str) -> Result<hiroba_safety::store::Response, WebError> {
    match hiroba_safety::store::find(&ctx.state.db, token).await? {
        Some(r) if r.completed_day.is_some() => Ok(r),
        _ => Err(WebError::NotFound),
    }
}

async fn name_page(
    ctx: &Ctx,
    token: String,
    chosen: Vec<i64>,
    saved: bool,
    error: Option<&'static str>,
) -> Result<Response, WebError> {
    let all = registry::all(&ctx.state.db).await?;
    let choices = registry::KINDS
        .iter()
        .map(|k| (*k, all.iter().filter(|o| o.kind == *k).cloned().collect()))
        .collect();
    Ok(render_form(&NamePage { ctx, token, choices, chosen, saved, error }, error.is_some()))
}

pub async fn name_form(ctx: Ctx, Path((_, token)): Path<(String, String)>) -> Result<Response, WebError> {
    let r = completed_response(&ctx, &token).await?;
    let chosen = naming::named_by(&ctx.state.db, r.id).await?;
    name_page(&ctx, token, chosen, false, None).await
}

pub async fn name_submit(
    ctx: Ctx,
    Path((_, token)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let r = completed_response(&ctx, &token).await?;
    let mut ids = Vec::new();
    for kind in registry::KINDS {
        match form_field(&fields, kind) {
            "" => {}
            v => match v.parse::<i64>() {
                Ok(id) => ids.push(id),
                Err(_) => return name_page(&ctx, token, ids, false, Some("recruitment-error-choice")).await,
            },
        }
    }
    let day = r.completed_day.clone().unwrap_or_default();
    if !naming::name(&ctx.state.db, r.id, &day, &ids).await? {
        return name_page(&ctx, token, ids, false, Some("recruitment-error-choice")).await;
    }
    name_page(&ctx, token, ids, true, None).await
}

// ---------------------------------------------------------------------------------------------
// The worker's ledger

#[derive(Template)]
#[template(path = "recruitment/ledger.html")]
struct LedgerPage<'a> {
    ctx: &'a Ctx,
    entries: Vec<Entry>,
    totals: Vec<(String, f64)>,
    error: Option<&'static str>,
    form: Vec<(String, String)>,
}

impl LedgerPage<'_> {
    fn categories(&self) -> &'static [&'static str] {
        &ledger::CATEGORIES
    }
    fn currencies(&self) -> &'static [&'static str] {
        &ledger::CURRENCIES
    }
    fn value(&self, key: &str) -> &str {
        form_field(&self.form, key)
    }
    fn amount(&self, v: &f64) -> String {
        ledger::format_amount(*v)
    }
}

async fn ledger_view(
    ctx: &Ctx,
    me: &CurrentUser,
    error: Option<&'static str>,
    form: Vec<(String, String)>,
) -> Result<Response, WebError> {
    let entries = ledger::entries(&ctx.state.db, &ctx.state.cipher, me.user.id)
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?;
    let totals = ledger::totals(&entries);
    Ok(render_form(&LedgerPage { ctx, entries, totals, error, form }, error.is_some()))
}

pub async fn ledger_page(ctx: Ctx, me: CurrentUser) -> Result<Response, WebError> {
    let form =
        vec![("currency".to_string(), "JPY".to_string()), ("category".to_string(), "agency-fee".to_string())];
    ledger_view(&ctx, &me, None, form).await
}

pub async fn ledger_add(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let f = |k: &str| form_field(&fields, k);
    match ledger::add(
        &ctx.state.db,
        &ctx.state.cipher,
        me.user.id,
        f("day"),
        f("category"),
        f("amount"),
        f("currency"),
        f("paid_to"),
        f("note"),
    )
    .await
    {
        Ok(_) => Ok(see_other(&ctx.href("/my/fees"))),
        Err(LedgerError::Db(e)) => Err(e.into()),
        Err(LedgerError::Crypto(e)) => Err(WebError::Internal(e.to_string())),
        Err(e) => ledger_view(&ctx, &me, Some(e.key()), fields).await,
    }
}

pub async fn ledger_delete(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(_): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    if !ledger::delete(&ctx.state.db, me.user.id, parse_id(&id)?).await? {
        return Err(WebError::NotFound);
    }
    Ok(see_other(&ctx.href("/my/fees")))
}

#[derive(Template)]
#[template(path = "recruitment/ledger_print.html")]
struct LedgerPrint<'a> {
    ctx: &'a Ctx,
    name: String,
    entries: Vec<Entry>,
    totals: Vec<(String, f64)>,
    /// The worker's language beside Japanese (none when the page is in Japanese).
    second: Option<String>,
}

impl LedgerPrint<'_> {
    /// A label in Japanese (plain, with the readings in brackets removed) and in the reader's language.
    fn ja(&self, key: &str) -> String {
        hiroba_core::i18n::ruby::to_plain(&self.ctx.state.i18n.text("ja", key, None).text)
    }
    fn ja_category(&self, category: &str) -> String {
        self.ja(&format!("ledger-category-{category}"))
    }
    fn amount(&self, v: &f64) -> String {
        ledger::format_amount(*v)
    }
}

/// The ledger as a printable document in Japanese and the worker's language, for a counsellor, a
/// labour office or a repayment claim.
pub async fn ledger_print(ctx: Ctx, me: CurrentUser) -> Result<Response, WebError> {
    let entries = ledger::entries(&ctx.state.db, &ctx.state.cipher, me.user.id)
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?;
    let totals = ledger::totals(&entries);
    let second = (ctx.lang != "ja").then(|| ctx.lang.clone());
    Ok(render(&LedgerPrint { ctx: &ctx, name: me.user.display_name.clone(), entries, totals, second }))
}

// ---------------------------------------------------------------------------------------------
// Figures

/// One organisation's figures in one period, as words.
pub struct FigureRow {
    pub period: String,
    pub respondents: Option<u64>,
    pub counts: Vec<(&'static str, String)>,
    pub mean_fee: String,
    pub note: Option<&'static str>,
}

fn row(ctx: &Ctx, period: &str, shown: &Shown) -> FigureRow {
    match shown {
        Shown::Published { respondents, counts, mean_fee } => FigureRow {
            period: period.into(),
            respondents: Some(*respondents),
            counts: counts.iter().map(|(q, f)| (*q, figure_text(ctx, f))).collect(),
            mean_fee: figure_text(ctx, mean_fee),
            note: None,
        },
        Shown::Suppressed(reason) => FigureRow {
            period: period.into(),
            respondents: None,
            counts: vec![],
            mean_fee: String::new(),
            note: Some(reason.key()),
        },
        Shown::Nobody => FigureRow {
            period: period.into(),
            respondents: None,
            counts: vec![],
            mean_fee: String::new(),
            note: Some("recruitment-nobody"),
        },
    }
}

#[derive(Template)]
#[template(path = "recruitment/mine.html")]
struct MinePage<'a> {
    ctx: &'a Ctx,
    orgs: Vec<(Org, Vec<FigureRow>)>,
    questions: &'static [&'static str],
}

/// An organisation's own figures: only published ones, never another organisation's.
pub async fn mine(ctx: Ctx, me: CurrentUser) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let own = registry::orgs_of(db, me.user.id).await?;
    if own.is_empty() {
        return Err(WebError::NotFound);
    }
    let periods = figures::closed_periods(chrono::Utc::now().date_naive(), 4);
    let mut per_org: Vec<(Org, Vec<FigureRow>)> = own.into_iter().map(|o| (o, Vec::new())).collect();
    for p in &periods {
        let all = figures::for_period(db, &rules(&ctx), p).await?;
        for (org, rows) in per_org.iter_mut() {
            if let Some((_, shown)) = all.iter().find(|(o, _)| o.id == org.id) {
                rows.push(row(&ctx, p, shown));
            }
        }
    }
    Ok(render(&MinePage { ctx: &ctx, orgs: per_org, questions: &figures::QUESTIONS }))
}

#[derive(Deserialize)]
pub struct PeriodQuery {
    #[serde(default)]
    period: String,
}

#[derive(Template)]
#[template(path = "recruitment/admin.html")]
struct AdminPage<'a> {
    ctx: &'a Ctx,
    orgs: Vec<(Org, FigureRow)>,
    links: Vec<(String, String)>,
    periods: Vec<String>,
    period: String,
    questions: &'static [&'static str],
    error: Option<&'static str>,
}

impl AdminPage<'_> {
    fn kinds(&self) -> &'static [&'static str] {
        &registry::KINDS
    }
    fn monitoring(&self) -> &'static [&'static str] {
        &registry::MONITORING
    }
    fn of_kind(&self, kind: &str) -> Vec<&Org> {
        self.orgs.iter().map(|(o, _)| o).filter(|o| o.kind == kind).collect()
    }
}

async fn admin_page(ctx: &Ctx, period: &str, error: Option<&'static str>) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let periods = figures::closed_periods(chrono::Utc::now().date_naive(), 6);
    let period = if periods.iter().any(|p| p == period) { period.to_string() } else { periods[0].clone() };
    let orgs = figures::for_period(db, &rules(ctx), &period)
        .await?
        .into_iter()
        .map(|(o, s)| {
            let r = row(ctx, &period, &s);
            (o, r)
        })
        .collect::<Vec<_>>();
    let name =
        |id: i64| orgs.iter().find(|(o, _)| o.id == id).map(|(o, _)| o.name.clone()).unwrap_or_default();
    let links = registry::links(db).await?.into_iter().map(|(a, b)| (name(a), name(b))).collect();
    Ok(render_form(
        &AdminPage { ctx, orgs, links, periods, period, questions: &figures::QUESTIONS, error },
        error.is_some(),
    ))
}

pub async fn admin(ctx: Ctx, _me: CurrentUser, Query(q): Query<PeriodQuery>) -> Result<Response, WebError> {
    admin_page(&ctx, &q.period, None).await
}

fn org_form(fields: &[(String, String)]) -> OrgForm {
    let f = |k: &str| form_field(fields, k).to_string();
    OrgForm {
        kind: f("kind"),
        name: f("name"),
        country: f("country"),
        committed_on: f("committed_on"),
        training_on: f("training_on"),
        monitoring: f("monitoring"),
    }
}

async fn outcome<T>(
    ctx: &Ctx,
    me: &CurrentUser,
    r: Result<T, RegistryError>,
    action: &str,
) -> Result<Response, WebError> {
    match r {
        Ok(_) => {
            hiroba_core::audit::record(&ctx.state.db, &me.actor(), action, "recruitment", "").await?;
            Ok(see_other(&ctx.href("/admin/recruitment")))
        }
        Err(RegistryError::Db(e)) => Err(e.into()),
        Err(RegistryError::NotFound) => Err(WebError::NotFound),
        Err(e) => admin_page(ctx, "", Some(e.key())).await,
    }
}

pub async fn admin_create(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let r = registry::create(&ctx.state.db, &org_form(&fields)).await;
    outcome(&ctx, &me, r, "recruitment.org.create").await
}

pub async fn admin_update(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let r = registry::update(&ctx.state.db, parse_id(&id)?, &org_form(&fields)).await;
    outcome(&ctx, &me, r, "recruitment.org.update").await
}

pub async fn admin_link(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let (Ok(from), Ok(to)) =
        (form_field(&fields, "from").parse::<i64>(), form_field(&fields, "to").parse::<i64>())
    else {
        return admin_page(&ctx, "", Some(RegistryError::LinkInvalid.key())).await;
    };
    let r = registry::link(&ctx.state.db, from, to).await;
    outcome(&ctx, &me, r, "recruitment.link").await
}

pub async fn admin_staff(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let r = registry::add_staff(&ctx.state.db, parse_id(&id)?, form_field(&fields, "email")).await;
    outcome(&ctx, &me, r, "recruitment.staff").await
}

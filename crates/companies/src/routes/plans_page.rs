//! Remediation plans: list with each indicator's figure at the site over the dates, add, update.

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use hiroba_core::audit;
use hiroba_core::i18n::Markup;
use hiroba_core::web::{render, see_other, Ctx, CurrentUser, ValidForm, WebError};
use serde::Deserialize;

use crate::chain::{self, Access};
use crate::disclosure::Figure;
use crate::plans::{self, NewPlan, Plan};
use crate::reports as frozen;
use crate::routes::company::{access, show};
use hiroba_core::web::parse_id;

/// A plan with its site's name and the indicator's figure at that site on each frozen date.
pub struct PlanLine {
    pub plan: Plan,
    pub site: String,
    pub history: Vec<(String, Option<Figure>)>,
    pub overdue: bool,
}

#[derive(Template)]
#[template(path = "companies/plans.html")]
struct PlansPage<'a> {
    ctx: &'a Ctx,
    access: Access,
    lines: Vec<PlanLine>,
    tree: Vec<chain::Listed>,
    indicators: &'a [&'static str],
    statuses: &'a [&'static str],
    error: Option<&'static str>,
}

impl PlansPage<'_> {
    fn show(&self, f: &Figure) -> Markup {
        show(self.ctx, f)
    }
}

async fn page(ctx: &Ctx, access: Access, error: Option<&'static str>) -> Result<Response, WebError> {
    let tree = chain::tree(&ctx.state.db, access.chain, access.root).await?;
    let visible: std::collections::BTreeMap<i64, String> =
        tree.iter().map(|l| (l.node.id, l.node.name.clone())).collect();
    let dates: Vec<_> =
        frozen::dates(&ctx.state.db).await?.into_iter().filter(|d| d.state == "frozen").collect();
    let mut reports_by_date = Vec::new();
    for d in &dates {
        reports_by_date.push((d.day.clone(), frozen::for_viewer(&ctx.state.db, &access, d.id).await?));
    }
    let today = frozen::today_in_japan();
    let lines = plans::of_company(&ctx.state.db, access.chain)
        .await?
        .into_iter()
        .filter(|p| visible.contains_key(&p.node_id))
        .map(|p| {
            let history = reports_by_date
                .iter()
                .map(|(day, rows)| {
                    let figure = rows
                        .iter()
                        .rfind(|r| r.node_id == Some(p.node_id) && r.bank_version != frozen::GRIEVANCES)
                        .and_then(|r| {
                            let f = frozen::figures(r);
                            match f.respondents {
                                Some(Figure::Exact { .. }) => Some(
                                    f.by_indicator
                                        .into_iter()
                                        .find(|(i, _)| i == &p.indicator)
                                        .map(|(_, f)| f)
                                        .unwrap_or(Figure::FewerThan { limit: crate::disclosure::BAND }),
                                ),
                                other => other,
                            }
                        });
                    (day.clone(), figure)
                })
                .collect();
            PlanLine {
                site: visible[&p.node_id].clone(),
                overdue: p.status != "done" && p.due_day < today,
                plan: p,
                history,
            }
        })
        .collect();
    let mut res = render(&PlansPage {
        ctx,
        access,
        lines,
        tree,
        indicators: &hiroba_safety::bank::INDICATORS,
        statuses: &plans::STATUSES,
        error,
    });
    if error.is_some() {
        *res.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    Ok(res)
}

pub async fn list(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let access = access(&ctx, &me, &org).await?;
    page(&ctx, access, None).await
}

#[derive(Deserialize)]
pub struct PlanForm {
    #[serde(default)]
    node: String,
    #[serde(default)]
    indicator: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    due: String,
}

pub async fn add(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org)): Path<(String, String)>,
    ValidForm(f): ValidForm<PlanForm>,
) -> Result<Response, WebError> {
    let access = access(&ctx, &me, &org).await?;
    if !access.admin {
        return Err(WebError::Forbidden);
    }
    let node = parse_id(&f.node).map_err(|_| WebError::BadRequest("companies-plan-incomplete"))?;
    let tree = chain::tree(&ctx.state.db, access.chain, access.root).await?;
    if !tree.iter().any(|l| l.node.id == node) {
        return page(&ctx, access, Some("companies-plan-incomplete")).await;
    }
    let new = NewPlan {
        company_id: access.chain,
        node_id: node,
        indicator: &f.indicator,
        action: &f.action,
        owner: &f.owner,
        due_day: &f.due,
    };
    match plans::add(&ctx.state.db, new).await {
        Ok(p) => {
            audit::record(&ctx.state.db, &me.actor(), "companies.plan.add", &format!("plan:{}", p.id), "")
                .await?;
            Ok(see_other(&ctx.href(&format!("/company/{}/plans", access.org.id))))
        }
        Err(plans::PlanError::Db(e)) => Err(e.into()),
        Err(e) => page(&ctx, access, Some(e.key())).await,
    }
}

#[derive(Deserialize)]
pub struct ProgressForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    progress: String,
}

pub async fn update(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org, plan)): Path<(String, String, String)>,
    ValidForm(f): ValidForm<ProgressForm>,
) -> Result<Response, WebError> {
    let access = access(&ctx, &me, &org).await?;
    if !access.admin {
        return Err(WebError::Forbidden);
    }
    let plan = plans::find(&ctx.state.db, parse_id(&plan)?).await?.ok_or(WebError::NotFound)?;
    let tree = chain::tree(&ctx.state.db, access.chain, access.root).await?;
    if plan.company_id != access.chain || !tree.iter().any(|l| l.node.id == plan.node_id) {
        return Err(WebError::NotFound);
    }
    match plans::update(&ctx.state.db, &plan, &f.status, &f.progress).await {
        Ok(()) => {
            audit::record(
                &ctx.state.db,
                &me.actor(),
                "companies.plan.update",
                &format!("plan:{}", plan.id),
                &f.status,
            )
            .await?;
            Ok(see_other(&ctx.href(&format!("/company/{}/plans", access.org.id))))
        }
        Err(plans::PlanError::Db(e)) => Err(e.into()),
        Err(e) => page(&ctx, access, Some(e.key())).await,
    }
}

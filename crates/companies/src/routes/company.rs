//! The company's pages: dashboard, exports, the supply-chain tree, flyers, supplier invitations.
//! Every handler first resolves what the signed-in user may see of the organisation in the URL
//! ([`chain::access`]); someone outside it gets a 404, a viewer trying to change it a 403.

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use hiroba_core::audit;
use hiroba_core::i18n::Markup;
use hiroba_core::web::{parse_id, render, see_other, Ctx, CurrentUser, ValidForm, WebError};
use serde::Deserialize;

use crate::chain::{self, Access, ChainError, NewNode};
use crate::dashboard::{self, Dashboard};
use crate::disclosure::Figure;
use crate::export;

/// What `me` may see of organisation `org` (404 when they do not belong to it).
pub(crate) async fn access(ctx: &Ctx, me: &CurrentUser, org: &str) -> Result<Access, WebError> {
    chain::access(&ctx.state.db, me.user.id, parse_id(org)?).await?.ok_or(WebError::NotFound)
}

async fn admin_access(ctx: &Ctx, me: &CurrentUser, org: &str) -> Result<Access, WebError> {
    let a = access(ctx, me, org).await?;
    if !a.admin {
        return Err(WebError::Forbidden);
    }
    Ok(a)
}

/// A figure as the company sees it, with suppressed cells marked and their reason given.
pub fn show(ctx: &Ctx, f: &Figure) -> Markup {
    match f {
        Figure::Exact { value } => Markup(value.to_string()),
        Figure::FewerThan { limit } => {
            ctx.t_args("companies-fewer-than", &[("limit", limit.to_string().as_str())])
        }
        Figure::AlmostAll => ctx.t("companies-almost-all"),
        Figure::Mean { value, answered } => Markup(format!(
            "{value} <small>({})</small>",
            ctx.t_args("companies-answered", &[("count", answered.to_string().as_str())])
        )),
        Figure::Suppressed { reason } => Markup(format!(
            "<span class=\"suppressed\">{} <small>({})</small></span>",
            ctx.t("companies-suppressed"),
            ctx.t(reason.key())
        )),
    }
}

pub fn show_plain(ctx: &Ctx, f: &Figure) -> String {
    match f {
        Figure::Exact { value } => value.to_string(),
        Figure::FewerThan { limit } => {
            ctx.t_plain_args("companies-fewer-than", &[("limit", limit.to_string().as_str())])
        }
        Figure::AlmostAll => ctx.t_plain("companies-almost-all"),
        Figure::Mean { value, .. } => value.to_string(),
        Figure::Suppressed { reason } => {
            format!("{} ({})", ctx.t_plain("companies-suppressed"), ctx.t_plain(reason.key()))
        }
    }
}

#[derive(Template)]
#[template(path = "companies/choose.html")]
struct ChoosePage<'a> {
    ctx: &'a Ctx,
    orgs: Vec<Access>,
}

/// `/company`: the organisations the user belongs to (straight to the only one).
pub async fn home(ctx: Ctx, me: CurrentUser) -> Result<Response, WebError> {
    let orgs = chain::accesses(&ctx.state.db, me.user.id).await?;
    if let [only] = orgs.as_slice() {
        return Ok(see_other(&ctx.href(&format!("/company/{}", only.org.id))));
    }
    Ok(render(&ChoosePage { ctx: &ctx, orgs }))
}

#[derive(Deserialize, Default)]
pub struct DashboardQuery {
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    version: Option<String>,
}

impl DashboardQuery {
    fn date_id(&self) -> Result<Option<i64>, WebError> {
        match self.date.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(d) => d.parse().map(Some).map_err(|_| WebError::BadRequest("companies-date-unknown")),
        }
    }
}

#[derive(Template)]
#[template(path = "companies/dashboard.html")]
struct DashboardPage<'a> {
    ctx: &'a Ctx,
    access: Access,
    dash: Dashboard,
    series: Vec<dashboard::Series>,
    bank: Option<std::sync::Arc<hiroba_safety::bank::Bank>>,
    /// Assist's issue types, for the grievance categories (the secretariat may add some).
    taxonomy: hiroba_assist::taxonomy::Taxonomy,
}

impl DashboardPage<'_> {
    fn show(&self, f: &Figure) -> Markup {
        show(self.ctx, f)
    }

    fn question(&self, id: &str) -> String {
        match &self.bank {
            Some(b) => hiroba_core::i18n::ruby::to_plain(&b.text(&self.ctx.lang, id).0.text),
            None => id.to_string(),
        }
    }

    fn query(&self) -> String {
        let mut q = String::new();
        if let Some(d) = &self.dash.date {
            q.push_str(&format!("?date={}", d.id));
            if let Some(v) = &self.dash.version {
                q.push_str(&format!("&version={v}"));
            }
        }
        q
    }
}

pub async fn dashboard(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org)): Path<(String, String)>,
    Query(q): Query<DashboardQuery>,
) -> Result<Response, WebError> {
    let access = access(&ctx, &me, &org).await?;
    let date_id = q.date_id()?;
    let dash = dashboard::build(&ctx.state.db, &access, date_id, q.version.as_deref()).await?;
    if date_id.is_some() && dash.date.is_none() {
        return Err(WebError::NotFound);
    }
    let bank = match &dash.version {
        Some(v) => hiroba_safety::store::bank(&ctx.state.db, v).await?,
        None => None,
    };
    let series = dashboard::series(&dash, 600.0, 200.0);
    let taxonomy = hiroba_assist::taxonomy::Taxonomy::load(&ctx.state.db).await?;
    Ok(render(&DashboardPage { ctx: &ctx, access, dash, series, bank, taxonomy }))
}

pub async fn export_csv(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org)): Path<(String, String)>,
    Query(q): Query<DashboardQuery>,
) -> Result<Response, WebError> {
    export(ctx, me, org, q, "csv").await
}

pub async fn export_xlsx(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org)): Path<(String, String)>,
    Query(q): Query<DashboardQuery>,
) -> Result<Response, WebError> {
    export(ctx, me, org, q, "xlsx").await
}

/// The dashboard's figures as CSV or XLSX for the company's human-rights report.
async fn export(
    ctx: Ctx,
    me: CurrentUser,
    org: String,
    q: DashboardQuery,
    format: &str,
) -> Result<Response, WebError> {
    let access = access(&ctx, &me, &org).await?;
    let dash = dashboard::build(&ctx.state.db, &access, q.date_id()?, q.version.as_deref()).await?;
    let Some(date) = dash.date.clone() else { return Err(WebError::NotFound) };
    let bank = match &dash.version {
        Some(v) => hiroba_safety::store::bank(&ctx.state.db, v).await?,
        None => None,
    };
    let taxonomy = hiroba_assist::taxonomy::Taxonomy::load(&ctx.state.db).await?;
    let table = export::table(&ctx, &dash, bank.as_deref(), &taxonomy);
    let name = format!("hiroba-report-{}-{}", access.org.id, date.day);
    let (content_type, body, ext) = match format {
        "csv" => ("text/csv; charset=utf-8", export::csv(&table).into_bytes(), "csv"),
        _ => (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            export::xlsx(&table).map_err(|e| WebError::Internal(e.to_string()))?,
            "xlsx",
        ),
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}.{ext}\"")),
        ],
        body,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "companies/chain.html")]
struct ChainPage<'a> {
    ctx: &'a Ctx,
    access: Access,
    tree: Vec<chain::Listed>,
    error: Option<&'static str>,
    kinds: &'a [&'static str],
}

impl ChainPage<'_> {
    fn printed(&self, code: &str) -> String {
        chain::printed_code(code)
    }

    /// The supplier's own node: its staff manage what is under it, not the node itself.
    fn is_root(&self, l: &chain::Listed) -> bool {
        self.access.root == Some(l.node.id)
    }

    fn is_parent(&self, parent: &chain::Listed, child: &chain::Listed) -> bool {
        child.node.parent_id == Some(parent.node.id)
    }
}

async fn chain_page(ctx: &Ctx, access: Access, error: Option<&'static str>) -> Result<Response, WebError> {
    let tree = chain::tree(&ctx.state.db, access.chain, access.root).await?;
    let mut res = render(&ChainPage { ctx, access, tree, error, kinds: &chain::KINDS });
    if error.is_some() {
        *res.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    Ok(res)
}

pub async fn chain(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let access = access(&ctx, &me, &org).await?;
    chain_page(&ctx, access, None).await
}

/// Is `node` (or the top, `None`) within what this user manages?
async fn within(ctx: &Ctx, access: &Access, node: Option<i64>) -> Result<bool, WebError> {
    let Some(root) = access.root else {
        return Ok(match node {
            None => true,
            Some(n) => chain::tree(&ctx.state.db, access.chain, None).await?.iter().any(|l| l.node.id == n),
        });
    };
    let Some(n) = node else { return Ok(false) };
    Ok(chain::tree(&ctx.state.db, access.chain, Some(root)).await?.iter().any(|l| l.node.id == n))
}

fn parent_field(raw: &str) -> Result<Option<i64>, WebError> {
    match raw.trim() {
        "" => Ok(None),
        p => p.parse().map(Some).map_err(|_| WebError::BadRequest("companies-parent-invalid")),
    }
}

#[derive(Deserialize)]
pub struct NodeForm {
    #[serde(default)]
    parent: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    address: String,
    #[serde(default)]
    industry: String,
    #[serde(default)]
    migrant_workers: String,
}

async fn refused(ctx: &Ctx, access: Access, e: ChainError) -> Result<Response, WebError> {
    match e {
        ChainError::Db(e) => Err(e.into()),
        ChainError::NotFound => Err(WebError::NotFound),
        e => chain_page(ctx, access, Some(e.key())).await,
    }
}

pub async fn add_node(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org)): Path<(String, String)>,
    ValidForm(f): ValidForm<NodeForm>,
) -> Result<Response, WebError> {
    let access = admin_access(&ctx, &me, &org).await?;
    let parent = parent_field(&f.parent)?;
    if !within(&ctx, &access, parent).await? {
        return refused(&ctx, access, ChainError::ParentInvalid).await;
    }
    let new = NewNode {
        chain: access.chain,
        parent,
        kind: &f.kind,
        name: &f.name,
        address: &f.address,
        industry: &f.industry,
        migrant_workers: &f.migrant_workers,
    };
    match chain::add_node(&ctx.state.db, new).await {
        Ok(node) => {
            audit::record(
                &ctx.state.db,
                &me.actor(),
                "companies.node.add",
                &format!("node:{}", node.id),
                &f.kind,
            )
            .await?;
            Ok(see_other(&ctx.href(&format!("/company/{}/chain", access.org.id))))
        }
        Err(e) => refused(&ctx, access, e).await,
    }
}

#[derive(Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    parent: String,
}

async fn node_in_reach(
    ctx: &Ctx,
    me: &CurrentUser,
    org: &str,
    node: &str,
) -> Result<(Access, i64), WebError> {
    let access = admin_access(ctx, me, org).await?;
    let node = parse_id(node)?;
    if !within(ctx, &access, Some(node)).await? || access.root == Some(node) {
        return Err(WebError::NotFound);
    }
    Ok((access, node))
}

pub async fn move_node(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org, node)): Path<(String, String, String)>,
    ValidForm(f): ValidForm<MoveForm>,
) -> Result<Response, WebError> {
    let (access, node) = node_in_reach(&ctx, &me, &org, &node).await?;
    let parent = parent_field(&f.parent)?;
    if !within(&ctx, &access, parent).await? {
        return refused(&ctx, access, ChainError::ParentInvalid).await;
    }
    match chain::move_node(&ctx.state.db, access.chain, node, parent).await {
        Ok(()) => {
            audit::record(
                &ctx.state.db,
                &me.actor(),
                "companies.node.move",
                &format!("node:{node}"),
                &f.parent,
            )
            .await?;
            Ok(see_other(&ctx.href(&format!("/company/{}/chain", access.org.id))))
        }
        Err(e) => refused(&ctx, access, e).await,
    }
}

pub async fn delete_node(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org, node)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let (access, node) = node_in_reach(&ctx, &me, &org, &node).await?;
    match chain::delete_node(&ctx.state.db, access.chain, node).await {
        Ok(()) => {
            audit::record(&ctx.state.db, &me.actor(), "companies.node.delete", &format!("node:{node}"), "")
                .await?;
            Ok(see_other(&ctx.href(&format!("/company/{}/chain", access.org.id))))
        }
        Err(e) => refused(&ctx, access, e).await,
    }
}

pub async fn rotate_code(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org, node)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let (access, node) = node_in_reach(&ctx, &me, &org, &node).await?;
    match chain::rotate_code(&ctx.state.db, access.chain, node).await {
        Ok(_) => {
            audit::record(&ctx.state.db, &me.actor(), "companies.code.rotate", &format!("node:{node}"), "")
                .await?;
            Ok(see_other(&ctx.href(&format!("/company/{}/chain", access.org.id))))
        }
        Err(e) => refused(&ctx, access, e).await,
    }
}

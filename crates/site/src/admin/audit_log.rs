use askama::Template;
use axum::extract::Query;
use axum::response::Response;
use hiroba_core::audit::{self, AuditEntry};
use hiroba_core::web::ctx::SecretariatUser;
use hiroba_core::web::{render, Ctx, WebError};
use serde::Deserialize;

const PER_PAGE: u64 = 50;

#[derive(Deserialize)]
pub struct PageParam {
    #[serde(default)]
    page: u64,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage<'a> {
    ctx: &'a Ctx,
    entries: Vec<AuditEntry>,
    page: u64,
    has_next: bool,
    total: u64,
}

pub async fn page(
    ctx: Ctx,
    SecretariatUser(me): SecretariatUser,
    Query(q): Query<PageParam>,
) -> Result<Response, WebError> {
    let page = q.page.min(1_000_000);
    // Reading the audit log is itself an access worth recording.
    audit::record(&ctx.state.db, &me.actor(), "audit.read", &format!("audit_log:page:{page}"), "").await?;
    let (entries, total) = audit::page(&ctx.state.db, page, PER_PAGE).await?;
    let has_next = (page + 1) * PER_PAGE < total;
    Ok(render(&AuditPage { ctx: &ctx, entries, page, has_next, total }))
}

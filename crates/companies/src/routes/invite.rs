//! Inviting a supplier's staff, and accepting the invitation.

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use hiroba_core::audit;
use hiroba_core::web::{render, see_other, Ctx, CurrentUser, ValidForm, WebError};
use serde::Deserialize;

use crate::chain;
use crate::entities::nodes;
use crate::invites::{self, InviteError};
use crate::routes::company::access;
use hiroba_core::web::parse_id;

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
}

/// Field `email`: who at the supplier should manage its sites.
pub async fn invite(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org, node)): Path<(String, String, String)>,
    ValidForm(f): ValidForm<InviteForm>,
) -> Result<Response, WebError> {
    let access = access(&ctx, &me, &org).await?;
    if !access.admin {
        return Err(WebError::Forbidden);
    }
    let node_id = parse_id(&node)?;
    let reachable = chain::tree(&ctx.state.db, access.chain, access.root).await?;
    let node: nodes::Model = reachable
        .into_iter()
        .map(|l| l.node)
        .find(|n| n.id == node_id && Some(n.id) != access.root)
        .ok_or(WebError::NotFound)?;
    let token = match invites::create(&ctx.state.db, &node, &f.email).await {
        Ok(t) => t,
        Err(InviteError::NotASupplier) => return Err(WebError::BadRequest("companies-invite-not-supplier")),
        Err(InviteError::EmailInvalid) => return Err(WebError::BadRequest("companies-email-invalid")),
        Err(InviteError::Db(e)) => return Err(e.into()),
        Err(InviteError::Invalid) => return Err(WebError::NotFound),
    };
    let link = format!("{}/{}/company/join/{token}", ctx.state.config.public_url, ctx.lang);
    let args =
        [("company", access.org.name.as_str()), ("supplier", node.name.as_str()), ("link", link.as_str())];
    let mail = hiroba_core::mail::OutgoingMail {
        to: f.email.trim().to_string(),
        subject: ctx.t_plain_args("companies-invite-subject", &args),
        body: ctx.t_plain_args("companies-invite-body", &args),
    };
    hiroba_core::mail::enqueue(&ctx.state.db, &mail).await?;
    audit::record(&ctx.state.db, &me.actor(), "companies.invite", &format!("node:{node_id}"), "").await?;
    Ok(see_other(&ctx.href(&format!("/company/{}/chain?invited=1", access.org.id))))
}

#[derive(Template)]
#[template(path = "companies/join.html")]
struct JoinPage<'a> {
    ctx: &'a Ctx,
    supplier: String,
    token: String,
}

pub async fn join_page(
    ctx: Ctx,
    _me: CurrentUser,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (_, node) = invites::find(&ctx.state.db, &token).await?.ok_or(WebError::NotFound)?;
    Ok(render(&JoinPage { ctx: &ctx, supplier: node.name, token }))
}

pub async fn join(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, token)): Path<(String, String)>,
    ValidForm(_): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    match invites::accept(&ctx.state.db, &token, me.user.id).await {
        Ok(org) => {
            audit::record(&ctx.state.db, &me.actor(), "companies.join", &format!("company:{org}"), "")
                .await?;
            Ok(see_other(&ctx.href(&format!("/company/{org}/chain"))))
        }
        Err(InviteError::Db(e)) => Err(e.into()),
        Err(_) => Err(WebError::NotFound),
    }
}

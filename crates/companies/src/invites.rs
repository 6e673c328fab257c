//! A company invites a supplier by email: the invitation names the supplier's node in the chain;
//! whoever accepts it (signed in with their own account) becomes an admin of the supplier's
//! organisation and manages the subtree under that node — and sees nothing else of the chain.

use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::chain;
use crate::entities::{invites, nodes};
use hiroba_core::auth::Role;
use hiroba_core::crypto::{random_token, sha256_hex};
use hiroba_core::db::Db;

pub const VALID_DAYS: i64 = 14;

#[derive(Debug, thiserror::Error)]
pub enum InviteError {
    #[error("only a supplier can be invited")]
    NotASupplier,
    #[error("the email address is not valid")]
    EmailInvalid,
    #[error("the invitation is unknown, used or expired")]
    Invalid,
    #[error(transparent)]
    Db(#[from] sea_orm::DbErr),
}

/// Create an invitation for the supplier at `node`; returns the token for the link.
pub async fn create(db: &Db, node: &nodes::Model, email: &str) -> Result<String, InviteError> {
    if node.kind != "supplier" || node.supplier_id.is_none() {
        return Err(InviteError::NotASupplier);
    }
    let email = hiroba_core::auth::users::normalize_email(email).map_err(|_| InviteError::EmailInvalid)?;
    let token = random_token();
    invites::ActiveModel {
        token_hash: Set(sha256_hex(&token)),
        node_id: Set(node.id),
        email: Set(email),
        expires_at: Set(Utc::now() + Duration::days(VALID_DAYS)),
        accepted_at: Set(None),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    Ok(token)
}

/// The open invitation behind `token` and the supplier node it is for.
pub async fn find(db: &Db, token: &str) -> Result<Option<(invites::Model, nodes::Model)>, sea_orm::DbErr> {
    let Some(inv) = invites::Entity::find()
        .filter(invites::Column::TokenHash.eq(sha256_hex(token)))
        .one(db.read())
        .await?
        .filter(|i| i.accepted_at.is_none() && i.expires_at > Utc::now())
    else {
        return Ok(None);
    };
    let node = nodes::Entity::find_by_id(inv.node_id).one(db.read()).await?;
    Ok(node.map(|n| (inv, n)))
}

/// Accept: `user_id` becomes an admin of the supplier's organisation. Single use.
pub async fn accept(db: &Db, token: &str, user_id: i64) -> Result<i64, InviteError> {
    let (inv, node) = find(db, token).await?.ok_or(InviteError::Invalid)?;
    let supplier = node.supplier_id.ok_or(InviteError::NotASupplier)?;
    let used = invites::Entity::update_many()
        .col_expr(invites::Column::AcceptedAt, sea_orm::sea_query::Expr::value(Some(Utc::now())))
        .filter(invites::Column::Id.eq(inv.id))
        .filter(invites::Column::AcceptedAt.is_null())
        .exec(db.write())
        .await?;
    if used.rows_affected != 1 {
        return Err(InviteError::Invalid);
    }
    chain::add_member(db, supplier, user_id, "admin").await?;
    hiroba_core::auth::users::grant_role(db, user_id, Role::CompanyAdmin).await?;
    Ok(supplier)
}

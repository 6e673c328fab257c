//! The append-only audit log: who (user and role), did what, to what, why, and when.
//!
//! Modules call [`record`] for every read of a case record and every administrative change. The
//! table refuses UPDATE, DELETE and TRUNCATE at the database level (see `dialect`), so entries can
//! be added and read, never rewritten. Entries name records by id and never contain personal data.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, EntityTrait, PaginatorTrait, QueryOrder, QuerySelect, Set};

use crate::db::entities::audit_log;
use crate::db::Db;

pub use audit_log::Model as AuditEntry;

/// Who is acting: a signed-in user with the role they act in, or the system itself.
#[derive(Clone, Debug)]
pub struct Actor {
    pub user_id: Option<i64>,
    pub role: String,
}

impl Actor {
    pub fn system() -> Self {
        Actor { user_id: None, role: "system".into() }
    }
    pub fn anonymous() -> Self {
        Actor { user_id: None, role: "anonymous".into() }
    }
    pub fn user(user_id: i64, role: impl Into<String>) -> Self {
        Actor { user_id: Some(user_id), role: role.into() }
    }
}

pub async fn record(
    db: &Db,
    actor: &Actor,
    action: &str,
    target: &str,
    reason: &str,
) -> Result<(), sea_orm::DbErr> {
    audit_log::ActiveModel {
        at: Set(Utc::now()),
        actor_id: Set(actor.user_id),
        actor_role: Set(actor.role.clone()),
        action: Set(truncate(action, 64)),
        target: Set(truncate(target, 200)),
        reason: Set(truncate(reason, 500)),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    Ok(())
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// A page of entries, newest first, and the total count.
pub async fn page(db: &Db, page: u64, per_page: u64) -> Result<(Vec<AuditEntry>, u64), sea_orm::DbErr> {
    let total = audit_log::Entity::find().count(db.read()).await?;
    let rows = audit_log::Entity::find()
        .order_by_desc(audit_log::Column::Id)
        .offset(page * per_page)
        .limit(per_page)
        .all(db.read())
        .await?;
    Ok((rows, total))
}

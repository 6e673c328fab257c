//! A worker names, after a Safety self-check, the organisations of their recruitment: the sending
//! organisation, the supervising organisation and the host company, chosen from the registry.
//! Only the link between the response and the organisation is stored; the worker stays
//! anonymous, and figures are only ever shown under the disclosure rules ([`crate::figures`]).

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set, TransactionTrait};

use crate::entities::named;
use crate::registry;
use hiroba_core::db::Db;

/// The organisations a response named (org ids).
pub async fn named_by(db: &Db, response_id: i64) -> Result<Vec<i64>, sea_orm::DbErr> {
    Ok(named::Entity::find()
        .filter(named::Column::ResponseId.eq(response_id))
        .all(db.read())
        .await?
        .into_iter()
        .map(|n| n.org_id)
        .collect())
}

/// Replace what a completed response named: at most one organisation of each kind, each one in
/// the registry. Returns false (and changes nothing) when an id is unknown or two share a kind.
pub async fn name(db: &Db, response_id: i64, day: &str, org_ids: &[i64]) -> Result<bool, sea_orm::DbErr> {
    let mut kinds = Vec::new();
    for id in org_ids {
        let Some(org) = registry::find(db, *id).await? else { return Ok(false) };
        if kinds.contains(&org.kind) {
            return Ok(false);
        }
        kinds.push(org.kind);
    }
    let tx = db.write().begin().await?;
    named::Entity::delete_many().filter(named::Column::ResponseId.eq(response_id)).exec(&tx).await?;
    for id in org_ids {
        named::Entity::insert(named::ActiveModel {
            response_id: Set(response_id),
            org_id: Set(*id),
            day: Set(day.to_string()),
        })
        .exec_without_returning(&tx)
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}

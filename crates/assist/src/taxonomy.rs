//! The report's issue taxonomy, stored as data the secretariat can extend: a type, and within it
//! the kinds of issue a consultation raises. Message keys are `issue-<code>`.

use sea_orm::{EntityTrait, PaginatorTrait, QueryOrder, Set};

use crate::entities::issue_types;
use hiroba_core::db::Db;

/// (code, parent) in the report's order.
pub const DEFAULT: [(&str, Option<&str>); 19] = [
    ("residency", None),
    ("residency-entry-exit", Some("residency")),
    ("residency-change-status", Some("residency")),
    ("residency-other", Some("residency")),
    ("lifestyle", None),
    ("lifestyle-domestic", Some("lifestyle")),
    ("lifestyle-consumer-housing-phone", Some("lifestyle")),
    ("lifestyle-civil", Some("lifestyle")),
    ("labour", None),
    ("labour-termination", Some("labour")),
    ("labour-wages", Some("labour")),
    ("labour-harassment", Some("labour")),
    ("labour-other-conditions", Some("labour")),
    ("medical-welfare", None),
    ("education", None),
    ("tax-social-security", None),
    ("other", None),
    ("residency-unspecified", Some("residency")),
    ("labour-unspecified", Some("labour")),
];

/// Seed the taxonomy into an empty table (the secretariat's additions are kept).
pub async fn install(db: &Db) -> Result<(), sea_orm::DbErr> {
    if issue_types::Entity::find().count(db.read()).await? > 0 {
        return Ok(());
    }
    issue_types::Entity::insert_many(DEFAULT.iter().enumerate().map(|(i, (code, parent))| {
        issue_types::ActiveModel {
            code: Set(code.to_string()),
            parent: Set(parent.map(str::to_string)),
            position: Set(i as i32),
        }
    }))
    .exec(db.write())
    .await?;
    Ok(())
}

pub async fn all(db: &Db) -> Result<Vec<issue_types::Model>, sea_orm::DbErr> {
    issue_types::Entity::find().order_by_asc(issue_types::Column::Position).all(db.read()).await
}

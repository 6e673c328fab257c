//! The registry: sending organisations, supervising organisations and host companies, what each
//! committed to and when, and the recruitment chain between them as one graph (sending →
//! supervising → host). A committed organisation is listed publicly.

use chrono::{NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::entities::{links, orgs, staff};
use hiroba_core::db::Db;

pub use orgs::Model as Org;

pub const KINDS: [&str; 3] = ["sending", "supervising", "host"];
pub const MONITORING: [&str; 4] = ["not-started", "in-progress", "good", "concerns"];

#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("recruitment-error-kind")]
    KindInvalid,
    #[error("recruitment-error-name")]
    NameMissing,
    #[error("recruitment-error-country")]
    CountryInvalid,
    #[error("recruitment-error-date")]
    DateInvalid,
    #[error("recruitment-error-link")]
    LinkInvalid,
    #[error("recruitment-error-person")]
    UnknownPerson,
    #[error("not found")]
    NotFound,
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
}

impl RegistryError {
    pub fn key(&self) -> &'static str {
        match self {
            RegistryError::KindInvalid => "recruitment-error-kind",
            RegistryError::NameMissing => "recruitment-error-name",
            RegistryError::CountryInvalid => "recruitment-error-country",
            RegistryError::DateInvalid => "recruitment-error-date",
            RegistryError::LinkInvalid => "recruitment-error-link",
            RegistryError::UnknownPerson => "recruitment-error-person",
            RegistryError::NotFound => "error-not-found",
            RegistryError::Db(_) => "error-internal",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct OrgForm {
    pub kind: String,
    pub name: String,
    pub country: String,
    /// `YYYY-MM-DD` or empty.
    pub committed_on: String,
    pub training_on: String,
    pub monitoring: String,
}

fn day(s: &str) -> Result<Option<String>, RegistryError> {
    match s.trim() {
        "" => Ok(None),
        d => NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map(|d| Some(d.to_string()))
            .map_err(|_| RegistryError::DateInvalid),
    }
}

fn checked(f: &OrgForm) -> Result<(String, Option<String>, Option<String>), RegistryError> {
    if !KINDS.contains(&f.kind.as_str()) || !MONITORING.contains(&f.monitoring.as_str()) {
        return Err(RegistryError::KindInvalid);
    }
    if f.name.trim().is_empty() || f.name.chars().count() > 300 {
        return Err(RegistryError::NameMissing);
    }
    let country = f.country.trim().to_ascii_uppercase();
    if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(RegistryError::CountryInvalid);
    }
    Ok((country, day(&f.committed_on)?, day(&f.training_on)?))
}

pub async fn create(db: &Db, f: &OrgForm) -> Result<Org, RegistryError> {
    let (country, committed_on, training_on) = checked(f)?;
    let now = Utc::now();
    Ok(orgs::ActiveModel {
        kind: Set(f.kind.clone()),
        name: Set(f.name.trim().into()),
        country: Set(country),
        committed_on: Set(committed_on),
        training_on: Set(training_on),
        monitoring: Set(f.monitoring.clone()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db.write())
    .await?)
}

pub async fn update(db: &Db, id: i64, f: &OrgForm) -> Result<Org, RegistryError> {
    let (country, committed_on, training_on) = checked(f)?;
    let org = find(db, id).await?.ok_or(RegistryError::NotFound)?;
    if org.kind != f.kind {
        // The kind decides the links; changing it would break the chain.
        return Err(RegistryError::KindInvalid);
    }
    let mut am: orgs::ActiveModel = org.into();
    am.name = Set(f.name.trim().into());
    am.country = Set(country);
    am.committed_on = Set(committed_on);
    am.training_on = Set(training_on);
    am.monitoring = Set(f.monitoring.clone());
    am.updated_at = Set(Utc::now());
    Ok(am.update(db.write()).await?)
}

pub async fn find(db: &Db, id: i64) -> Result<Option<Org>, sea_orm::DbErr> {
    orgs::Entity::find_by_id(id).one(db.read()).await
}

pub async fn all(db: &Db) -> Result<Vec<Org>, sea_orm::DbErr> {
    orgs::Entity::find()
        .order_by_asc(orgs::Column::Kind)
        .order_by_asc(orgs::Column::Name)
        .all(db.read())
        .await
}

/// The public list: organisations with a commitment date.
pub async fn committed(db: &Db) -> Result<Vec<Org>, sea_orm::DbErr> {
    orgs::Entity::find()
        .filter(orgs::Column::CommittedOn.is_not_null())
        .order_by_asc(orgs::Column::Kind)
        .order_by_asc(orgs::Column::Country)
        .order_by_asc(orgs::Column::Name)
        .all(db.read())
        .await
}

/// Link two organisations along the chain: sending → supervising, or supervising → host.
pub async fn link(db: &Db, from: i64, to: i64) -> Result<(), RegistryError> {
    let (a, b) = (find(db, from).await?, find(db, to).await?);
    let (Some(a), Some(b)) = (a, b) else { return Err(RegistryError::NotFound) };
    let ok =
        matches!((a.kind.as_str(), b.kind.as_str()), ("sending", "supervising") | ("supervising", "host"));
    if !ok {
        return Err(RegistryError::LinkInvalid);
    }
    if links::Entity::find_by_id((from, to)).one(db.read()).await?.is_none() {
        links::ActiveModel { from_id: Set(from), to_id: Set(to) }.insert(db.write()).await?;
    }
    Ok(())
}

pub async fn links(db: &Db) -> Result<Vec<(i64, i64)>, sea_orm::DbErr> {
    Ok(links::Entity::find().all(db.read()).await?.into_iter().map(|l| (l.from_id, l.to_id)).collect())
}

/// Add a person (an existing account) who acts for the organisation and may read its figures.
pub async fn add_staff(db: &Db, org_id: i64, email: &str) -> Result<i64, RegistryError> {
    find(db, org_id).await?.ok_or(RegistryError::NotFound)?;
    let user = hiroba_core::auth::users::find_by_email(db, email.trim())
        .await?
        .ok_or(RegistryError::UnknownPerson)?;
    if staff::Entity::find_by_id((org_id, user.id)).one(db.read()).await?.is_none() {
        staff::ActiveModel { org_id: Set(org_id), user_id: Set(user.id) }.insert(db.write()).await?;
    }
    Ok(user.id)
}

/// The organisations `user_id` acts for.
pub async fn orgs_of(db: &Db, user_id: i64) -> Result<Vec<Org>, sea_orm::DbErr> {
    let ids: Vec<i64> = staff::Entity::find()
        .filter(staff::Column::UserId.eq(user_id))
        .all(db.read())
        .await?
        .into_iter()
        .map(|s| s.org_id)
        .collect();
    orgs::Entity::find()
        .filter(orgs::Column::Id.is_in(ids))
        .order_by_asc(orgs::Column::Name)
        .all(db.read())
        .await
}

pub async fn is_staff(db: &Db, org_id: i64, user_id: i64) -> Result<bool, sea_orm::DbErr> {
    Ok(staff::Entity::find_by_id((org_id, user_id)).one(db.read()).await?.is_some())
}

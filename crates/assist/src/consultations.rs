//! Consultations and the issues they raise. A case groups consultations; each consultation is a
//! contact (with the worker) or a coordination step (with others on the worker's behalf) — the
//! report counts both — with a channel, a language, a time, a duration and one or more issues.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait};

use crate::entities::{consultation_issues, consultations};
use hiroba_core::db::Db;

pub use consultations::Model as Consultation;

pub const KINDS: [&str; 2] = ["contact", "coordination"];

#[derive(Debug, thiserror::Error)]
pub enum ConsultationError {
    #[error("assist-consultation-invalid")]
    Invalid,
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
}

pub struct NewConsultation<'a> {
    pub case_id: i64,
    pub kind: &'a str,
    pub channel: &'a str,
    pub lang: &'a str,
    pub occurred_at: DateTime<Utc>,
    pub duration_minutes: Option<i32>,
    pub counsellor_id: Option<i64>,
    pub issues: &'a [String],
}

/// Log a consultation (a telephone call, a visit, a coordination step) with its issues.
pub async fn log(db: &Db, c: NewConsultation<'_>) -> Result<Consultation, ConsultationError> {
    if !KINDS.contains(&c.kind)
        || !crate::cases::CHANNELS.contains(&c.channel)
        || c.duration_minutes.is_some_and(|d| !(0..=24 * 60).contains(&d))
    {
        return Err(ConsultationError::Invalid);
    }
    let known = known_issue_codes(db).await?;
    if c.issues.iter().any(|i| !known.contains(i)) {
        return Err(ConsultationError::Invalid);
    }
    let txn = db.write().begin().await?;
    let row = consultations::ActiveModel {
        case_id: Set(c.case_id),
        kind: Set(c.kind.into()),
        channel: Set(c.channel.into()),
        lang: Set(c.lang.into()),
        occurred_at: Set(c.occurred_at),
        duration_minutes: Set(c.duration_minutes),
        counsellor_id: Set(c.counsellor_id),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for code in c.issues {
        consultation_issues::ActiveModel { consultation_id: Set(row.id), issue_code: Set(code.clone()) }
            .insert(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(row)
}

/// Set the issues of an existing consultation (the counsellor classifies the first message).
pub async fn set_issues(db: &Db, consultation_id: i64, issues: &[String]) -> Result<(), ConsultationError> {
    let known = known_issue_codes(db).await?;
    if issues.iter().any(|i| !known.contains(i)) {
        return Err(ConsultationError::Invalid);
    }
    let txn = db.write().begin().await?;
    consultation_issues::Entity::delete_many()
        .filter(consultation_issues::Column::ConsultationId.eq(consultation_id))
        .exec(&txn)
        .await?;
    for code in issues {
        consultation_issues::ActiveModel {
            consultation_id: Set(consultation_id),
            issue_code: Set(code.clone()),
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The codes a new classification may use: retired types are kept for history only.
async fn known_issue_codes(db: &Db) -> Result<Vec<String>, sea_orm::DbErr> {
    Ok(crate::taxonomy::Taxonomy::load(db).await?.offered().into_iter().map(|t| t.code.clone()).collect())
}

/// A case's consultations, oldest first, each with its issue codes.
pub async fn of_case(db: &Db, case_id: i64) -> Result<Vec<(Consultation, Vec<String>)>, sea_orm::DbErr> {
    let list = consultations::Entity::find()
        .filter(consultations::Column::CaseId.eq(case_id))
        .order_by_asc(consultations::Column::Id)
        .all(db.read())
        .await?;
    let ids: Vec<i64> = list.iter().map(|c| c.id).collect();
    let issues = consultation_issues::Entity::find()
        .filter(consultation_issues::Column::ConsultationId.is_in(ids))
        .all(db.read())
        .await?;
    Ok(list
        .into_iter()
        .map(|c| {
            let codes =
                issues.iter().filter(|i| i.consultation_id == c.id).map(|i| i.issue_code.clone()).collect();
            (c, codes)
        })
        .collect())
}

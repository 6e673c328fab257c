//! Referrals to a directory of organisations (lawyers, administrative scriveners, interpreters,
//! support groups, local governments), escalation to the bar association's ADR, canned replies,
//! and "attendant support" for complex cases.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::cases::{self, AssistError, Case};
use crate::entities::{adr, canned_replies, cases as case_entity, organisations, referrals};
use hiroba_core::crypto::FieldCipher;
use hiroba_core::db::Db;

pub const ORGANISATION_KINDS: [&str; 5] =
    ["lawyer", "scrivener", "interpreter", "support-group", "local-government"];
pub const OUTCOMES: [&str; 4] = ["pending", "accepted", "declined", "completed"];

pub use organisations::Model as Organisation;
pub use referrals::Model as Referral;

pub async fn add_organisation(
    db: &Db,
    name: &str,
    kind: &str,
    languages: &str,
    area: &str,
    contact: &str,
) -> Result<Option<Organisation>, sea_orm::DbErr> {
    let name = name.trim();
    if name.is_empty()
        || name.chars().count() > 200
        || !ORGANISATION_KINDS.contains(&kind)
        || languages.len() > 200
        || area.len() > 200
        || contact.len() > 300
    {
        return Ok(None);
    }
    Ok(Some(
        organisations::ActiveModel {
            name: Set(name.into()),
            kind: Set(kind.into()),
            languages: Set(languages.trim().into()),
            area: Set(area.trim().into()),
            contact: Set(contact.trim().into()),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(db.write())
        .await?,
    ))
}

pub async fn organisations(db: &Db) -> Result<Vec<Organisation>, sea_orm::DbErr> {
    organisations::Entity::find()
        .order_by_asc(organisations::Column::Kind)
        .order_by_asc(organisations::Column::Name)
        .all(db.read())
        .await
}

/// Refer a case: the case then waits for the referral.
pub async fn refer(db: &Db, case: &Case, organisation_id: i64) -> Result<bool, sea_orm::DbErr> {
    if organisations::Entity::find_by_id(organisation_id).one(db.read()).await?.is_none() {
        return Ok(false);
    }
    let now = Utc::now();
    referrals::ActiveModel {
        case_id: Set(case.id),
        organisation_id: Set(organisation_id),
        outcome: Set("pending".into()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    cases::set_status(db, case, "waiting-referral").await?;
    Ok(true)
}

pub async fn set_outcome(
    db: &Db,
    referral_id: i64,
    outcome: &str,
) -> Result<Option<Referral>, sea_orm::DbErr> {
    let Some(r) = referrals::Entity::find_by_id(referral_id).one(db.read()).await? else { return Ok(None) };
    if !OUTCOMES.contains(&outcome) {
        return Ok(None);
    }
    let mut am: referrals::ActiveModel = r.into();
    am.outcome = Set(outcome.into());
    am.updated_at = Set(Utc::now());
    Ok(Some(am.update(db.write()).await?))
}

/// A case's referrals with the organisation's name.
pub async fn of_case(db: &Db, case_id: i64) -> Result<Vec<(Referral, String)>, sea_orm::DbErr> {
    let list = referrals::Entity::find()
        .filter(referrals::Column::CaseId.eq(case_id))
        .order_by_asc(referrals::Column::Id)
        .all(db.read())
        .await?;
    let orgs = organisations(db).await?;
    Ok(list
        .into_iter()
        .map(|r| {
            let name =
                orgs.iter().find(|o| o.id == r.organisation_id).map(|o| o.name.clone()).unwrap_or_default();
            (r, name)
        })
        .collect())
}

/// The ADR record of a case, decrypted.
#[derive(Default, Clone, Debug, PartialEq)]
pub struct AdrRecord {
    pub worker_mediator: String,
    pub employer_mediator: String,
    pub interpreter: String,
    pub hearing_dates: String,
    pub documents: String,
    pub outcome: String,
}

const ADR: &str = "assist_adr";

pub async fn save_adr(db: &Db, cipher: &FieldCipher, case: &Case, r: &AdrRecord) -> Result<(), AssistError> {
    let fields = [
        &r.worker_mediator,
        &r.employer_mediator,
        &r.interpreter,
        &r.hearing_dates,
        &r.documents,
        &r.outcome,
    ];
    if fields.iter().any(|f| f.chars().count() > 5000) {
        return Err(AssistError::TooLong);
    }
    let enc = |v: &str, col: &'static str| {
        let v = v.trim().to_string();
        async move { cipher.encrypt(&format!("{ADR}.{col}"), &v).await }
    };
    let row = adr::ActiveModel {
        case_id: Set(case.id),
        worker_mediator: Set(enc(&r.worker_mediator, "worker_mediator").await?),
        employer_mediator: Set(enc(&r.employer_mediator, "employer_mediator").await?),
        interpreter: Set(enc(&r.interpreter, "interpreter").await?),
        hearing_dates: Set(enc(&r.hearing_dates, "hearing_dates").await?),
        documents: Set(enc(&r.documents, "documents").await?),
        outcome: Set(enc(&r.outcome, "outcome").await?),
        updated_at: Set(Utc::now()),
    };
    adr::Entity::delete_by_id(case.id).exec(db.write()).await?;
    row.insert(db.write()).await?;
    Ok(())
}

pub async fn adr(db: &Db, cipher: &FieldCipher, case_id: i64) -> Result<Option<AdrRecord>, AssistError> {
    let Some(row) = adr::Entity::find_by_id(case_id).one(db.read()).await? else { return Ok(None) };
    let dec = |v: String, col: &'static str| async move { cipher.decrypt(&format!("{ADR}.{col}"), &v).await };
    Ok(Some(AdrRecord {
        worker_mediator: dec(row.worker_mediator, "worker_mediator").await?,
        employer_mediator: dec(row.employer_mediator, "employer_mediator").await?,
        interpreter: dec(row.interpreter, "interpreter").await?,
        hearing_dates: dec(row.hearing_dates, "hearing_dates").await?,
        documents: dec(row.documents, "documents").await?,
        outcome: dec(row.outcome, "outcome").await?,
    }))
}

pub async fn set_attendant_support(db: &Db, case: &Case, on: bool) -> Result<(), sea_orm::DbErr> {
    let mut am: case_entity::ActiveModel = case.clone().into();
    am.attendant_support = Set(on);
    am.update(db.write()).await?;
    Ok(())
}

pub async fn add_canned(db: &Db, lang: &str, title: &str, body: &str) -> Result<bool, sea_orm::DbErr> {
    if title.trim().is_empty()
        || body.trim().is_empty()
        || title.chars().count() > 200
        || body.chars().count() > 10_000
    {
        return Ok(false);
    }
    canned_replies::ActiveModel {
        lang: Set(lang.into()),
        title: Set(title.trim().into()),
        body: Set(body.trim().into()),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    Ok(true)
}

pub async fn canned(db: &Db, lang: Option<&str>) -> Result<Vec<canned_replies::Model>, sea_orm::DbErr> {
    let mut q = canned_replies::Entity::find();
    if let Some(l) = lang {
        q = q.filter(canned_replies::Column::Lang.eq(l));
    }
    q.order_by_asc(canned_replies::Column::Title).all(db.read()).await
}

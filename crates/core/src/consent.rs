//! Consent for special-care personal information (health, crime victimhood, residence status).
//!
//! Such information may be written only after the person has consented for that purpose. The
//! writing code must hold a [`ConsentProof`], which only [`require`] hands out after finding a live
//! consent record, and [`encrypt_special`] takes one: forgetting the check does not compile.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::crypto::{CryptoError, FieldCipher};
use crate::db::entities::consents;
use crate::db::Db;

/// What the information is collected for; each has its own consent text (versioned).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Residence status kept in the account, to prepare consultations.
    ResidenceStatus,
    /// Details a worker gives in a consultation (health, violence, status).
    Consultation,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::ResidenceStatus => "residence_status",
            Purpose::Consultation => "consultation",
        }
    }
    /// The version of the consent text shown to the person; a new text needs a new consent.
    pub fn text_version(self) -> &'static str {
        "2026-11"
    }
}

/// Proof that a live consent exists for `subject` and `purpose`.
#[derive(Debug)]
pub struct ConsentProof {
    pub consent_id: i64,
    pub subject: String,
    pub purpose: Purpose,
}

#[derive(Debug, thiserror::Error)]
pub enum ConsentError {
    #[error("consent-missing")]
    Missing,
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
    #[error("encryption: {0}")]
    Crypto(#[from] CryptoError),
}

pub async fn grant(db: &Db, subject: &str, purpose: Purpose) -> Result<i64, sea_orm::DbErr> {
    let row = consents::ActiveModel {
        subject: Set(subject.to_string()),
        purpose: Set(purpose.as_str().into()),
        text_version: Set(purpose.text_version().into()),
        granted_at: Set(Utc::now()),
        withdrawn_at: Set(None),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    Ok(row.id)
}

pub async fn withdraw(db: &Db, subject: &str, purpose: Purpose) -> Result<(), sea_orm::DbErr> {
    consents::Entity::update_many()
        .col_expr(consents::Column::WithdrawnAt, sea_orm::sea_query::Expr::value(Utc::now()))
        .filter(consents::Column::Subject.eq(subject))
        .filter(consents::Column::Purpose.eq(purpose.as_str()))
        .filter(consents::Column::WithdrawnAt.is_null())
        .exec(db.write())
        .await?;
    Ok(())
}

pub async fn require(db: &Db, subject: &str, purpose: Purpose) -> Result<ConsentProof, ConsentError> {
    let row = consents::Entity::find()
        .filter(consents::Column::Subject.eq(subject))
        .filter(consents::Column::Purpose.eq(purpose.as_str()))
        .filter(consents::Column::TextVersion.eq(purpose.text_version()))
        .filter(consents::Column::WithdrawnAt.is_null())
        .order_by_desc(consents::Column::Id)
        .one(db.write())
        .await?
        .ok_or(ConsentError::Missing)?;
    Ok(ConsentProof { consent_id: row.id, subject: row.subject, purpose })
}

/// Encrypt special-care information; only possible with a consent proof in hand.
pub async fn encrypt_special(
    cipher: &FieldCipher,
    _proof: &ConsentProof,
    column: &str,
    plaintext: &str,
) -> Result<String, ConsentError> {
    Ok(cipher.encrypt(column, plaintext).await?)
}

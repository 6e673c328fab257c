//! Completion badges as Open Badges 3.0 credentials (W3C Verifiable Credentials), secured as a
//! VC-JWT: a compact JWS with `alg: EdDSA`, signed with the platform's Ed25519 key.
//!
//! - The key pair is derived from the installation's HMAC key, so every process has the same one
//!   and nothing else needs keeping; the public key is published as a JWK set at
//!   `/.well-known/jwks.json` and inside every credential's verification answer.
//! - `/{lang}/badges/{id}` is the public verification page; `/{lang}/badges/{id}.json` answers with
//!   the credential, its JWT, its status (valid or revoked) and the key.
//! - Any JOSE library verifies a credential outside Hiroba: for example with `jose` (npm),
//!   `jwtVerify(jwt, await importJWK(jwk, "EdDSA"))` — the browser tests do exactly that.
//! - A revoked credential keeps its signature (it was issued) but is shown and answered as revoked.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::{json, Value};

use crate::course::Course;
use crate::entities::badges;
use hiroba_core::db::Db;

pub use badges::Model as Badge;

#[derive(Debug, thiserror::Error)]
pub enum BadgeError {
    #[error("not a compact JWS")]
    Malformed,
    #[error("the signature does not verify")]
    BadSignature,
    #[error(transparent)]
    Db(#[from] sea_orm::DbErr),
}

/// The platform's signing key.
pub struct Issuer {
    key: SigningKey,
    /// The platform's public address, the credential's issuer and id prefix.
    base: String,
}

impl Issuer {
    pub fn derive(hmac_key: &[u8], public_url: &str) -> Self {
        let seed = hiroba_core::crypto::derive_key(hmac_key, "hiroba/badges/ed25519/v1");
        Issuer { key: SigningKey::from_bytes(&seed), base: public_url.trim_end_matches('/').to_string() }
    }

    pub fn verifying_key(&self) -> VerifyingKey {
        self.key.verifying_key()
    }

    /// The public key as a JWK (RFC 8037, OKP / Ed25519).
    pub fn jwk(&self) -> Value {
        json!({
            "kty": "OKP",
            "crv": "Ed25519",
            "x": URL_SAFE_NO_PAD.encode(self.verifying_key().as_bytes()),
            "kid": self.kid(),
            "alg": "EdDSA",
            "use": "sig",
        })
    }

    pub fn kid(&self) -> String {
        format!(
            "{}/.well-known/jwks.json#{}",
            self.base,
            &URL_SAFE_NO_PAD.encode(self.verifying_key().as_bytes())[..8]
        )
    }

    pub fn issuer_id(&self) -> String {
        format!("{}/", self.base)
    }

    pub fn badge_url(&self, id: &str) -> String {
        format!("{}/en/badges/{id}", self.base)
    }

    /// Sign `payload` as a compact JWS with `alg: EdDSA`.
    pub fn sign(&self, payload: &Value) -> String {
        let header = json!({ "alg": "EdDSA", "typ": "vc+jwt", "kid": self.kid() });
        let input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(payload.to_string())
        );
        let signature: Signature = self.key.sign(input.as_bytes());
        format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature.to_bytes()))
    }
}

/// Check a compact JWS against `key`; on success the payload.
pub fn verify(jwt: &str, key: &VerifyingKey) -> Result<Value, BadgeError> {
    let mut parts = jwt.split('.');
    let (Some(h), Some(p), Some(s), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return Err(BadgeError::Malformed);
    };
    let header: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(h).map_err(|_| BadgeError::Malformed)?)
            .map_err(|_| BadgeError::Malformed)?;
    if header["alg"] != "EdDSA" {
        return Err(BadgeError::BadSignature);
    }
    let sig = URL_SAFE_NO_PAD.decode(s).map_err(|_| BadgeError::Malformed)?;
    let sig = Signature::from_slice(&sig).map_err(|_| BadgeError::Malformed)?;
    key.verify(format!("{h}.{p}").as_bytes(), &sig).map_err(|_| BadgeError::BadSignature)?;
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(p).map_err(|_| BadgeError::Malformed)?)
        .map_err(|_| BadgeError::Malformed)
}

/// The Open Badges 3.0 credential for `name` completing `course` (English texts: the credential is
/// read by verifiers everywhere; the verification page shows it in the reader's language).
pub fn credential(issuer: &Issuer, id: &str, name: &str, course: &Course, at: DateTime<Utc>) -> Value {
    let texts = &course.texts["en"];
    let url = issuer.badge_url(id);
    let achievement = json!({
        "id": format!("{}/en/learn/{}#{}", issuer.base, course.def.id, course.def.version),
        "type": ["Achievement"],
        "name": texts.course.title,
        "description": texts.course.summary,
        "criteria": { "narrative": format!(
            "Completed every lesson of the {} chapters and passed every chapter's self-assessment quiz with at least {} % correct answers.",
            course.def.chapters.len(),
            (course.def.pass_mark * 100.0).round()
        ) },
    });
    let vc = json!({
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        ],
        "id": url,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": { "id": issuer.issuer_id(), "type": ["Profile"], "name": "Hiroba" },
        "validFrom": at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "name": texts.course.title,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "name": name,
            "achievement": achievement,
        },
    });
    // VC-JWT: the registered claims mirror the credential.
    let mut payload = vc.clone();
    payload["iss"] = json!(issuer.issuer_id());
    payload["jti"] = json!(url);
    payload["nbf"] = json!(at.timestamp());
    payload["iat"] = json!(at.timestamp());
    payload["sub"] = json!(format!("{url}#subject"));
    payload
}

/// Issue the learner's badge for a completed course (once; the existing one is returned after).
pub async fn issue(
    db: &Db,
    issuer: &Issuer,
    user_id: i64,
    name: &str,
    course: &Course,
) -> Result<Badge, BadgeError> {
    if let Some(b) = of(db, user_id, &course.def.id).await? {
        return Ok(b);
    }
    let id = uuid::Uuid::new_v4().simple().to_string();
    let now = Utc::now();
    let jwt = issuer.sign(&credential(issuer, &id, name, course, now));
    badges::Entity::insert(badges::ActiveModel {
        id: Set(id.clone()),
        user_id: Set(user_id),
        course_id: Set(course.def.id.clone()),
        jwt: Set(jwt),
        issued_at: Set(now),
        revoked_at: Set(None),
        revoked_reason: Set(None),
    })
    .exec_without_returning(db.write())
    .await?;
    Ok(badges::Entity::find_by_id(id).one(db.read()).await?.expect("just inserted"))
}

pub async fn of(db: &Db, user_id: i64, course: &str) -> Result<Option<Badge>, sea_orm::DbErr> {
    badges::Entity::find()
        .filter(badges::Column::UserId.eq(user_id))
        .filter(badges::Column::CourseId.eq(course))
        .one(db.read())
        .await
}

pub async fn find(db: &Db, id: &str) -> Result<Option<Badge>, sea_orm::DbErr> {
    badges::Entity::find_by_id(id.to_string()).one(db.read()).await
}

/// Revoke a badge (the secretariat, with a reason). `false` when already revoked or unknown.
pub async fn revoke(db: &Db, id: &str, reason: &str) -> Result<bool, sea_orm::DbErr> {
    let res = badges::Entity::update_many()
        .col_expr(badges::Column::RevokedAt, sea_orm::sea_query::Expr::value(Some(Utc::now())))
        .col_expr(
            badges::Column::RevokedReason,
            sea_orm::sea_query::Expr::value(Some(reason.trim().chars().take(300).collect::<String>())),
        )
        .filter(badges::Column::Id.eq(id))
        .filter(badges::Column::RevokedAt.is_null())
        .exec(db.write())
        .await?;
    Ok(res.rows_affected == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_credential_verifies_and_any_changed_byte_breaks_it() {
        let issuer = Issuer::derive(b"installation key", "https://hiroba.example");
        let dir = crate::COURSES.get_dir("sme-rights").unwrap();
        let course = &crate::course::load(dir).unwrap();
        let at = Utc::now();
        let jwt = issuer.sign(&credential(&issuer, "abc", "မောင်မောင် 王小明", course, at));
        let payload = verify(&jwt, &issuer.verifying_key()).expect("verifies");
        assert_eq!(payload["credentialSubject"]["name"], "မောင်မောင် 王小明");
        assert_eq!(payload["type"][1], "OpenBadgeCredential");
        for i in 0..jwt.len() {
            let mut bytes = jwt.clone().into_bytes();
            bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
            let Ok(tampered) = String::from_utf8(bytes) else { continue };
            if tampered == jwt {
                continue;
            }
            assert!(
                verify(&tampered, &issuer.verifying_key()).is_err(),
                "byte {i} changed and it still verified"
            );
        }
        let other = Issuer::derive(b"another installation", "https://hiroba.example");
        assert!(verify(&jwt, &other.verifying_key()).is_err(), "another key");
        assert_eq!(
            Issuer::derive(b"installation key", "x").jwk()["x"],
            issuer.jwk()["x"],
            "stable per installation"
        );
    }
}

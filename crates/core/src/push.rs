//! Web push notifications: a worker who allowed them is told on their phone that something
//! happened (a counsellor answered), with no content — the notification only says where to look,
//! since a lock screen is not private.
//!
//! The protocol is the browsers' standard one: the browser subscribes at its vendor's push service
//! with our public VAPID key (RFC 8292) and hands us an endpoint and two keys; we encrypt each
//! message for those keys (RFC 8291, `aes128gcm`, done by `web-push-native`) and POST it to the
//! endpoint (RFC 8030) with a VAPID token signed by our key.
//!
//! - The VAPID key pair is derived from the installation's HMAC key, so every server process has
//!   the same one and it survives restarts without another secret to keep.
//! - Endpoints and keys reach a person's phone: they are stored encrypted (field encryption) and
//!   found by a keyed hash of the endpoint.
//! - Sending goes through the job queue (`push.send`), so a reply never waits on a push service
//!   and a failed delivery is retried; a push service answering 404 or 410 means the subscription
//!   has ended, and it is deleted.
//! - Endpoints must be HTTPS on a known push service's host (`HIROBA_PUSH_HOSTS`), so a visitor
//!   cannot make the server POST to an address of their choosing. Plain HTTP is accepted only for
//!   a loopback address listed there, which is what the tests' push service is.

use std::net::IpAddr;
use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::Utc;
use http_body_util::Full;
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set};
use serde::{Deserialize, Serialize};

use crate::crypto::{keyed_hash, FieldCipher};
use crate::db::entities::push_subscriptions;
use crate::db::Db;
use crate::jobs::{self, JobResult, NewJob};
use crate::AppState;

pub const JOB_KIND: &str = "push.send";

/// The push services of the browsers people use (Chrome/Android, Firefox, Safari/iOS, Edge).
pub const DEFAULT_HOSTS: [&str; 4] =
    ["fcm.googleapis.com", "push.services.mozilla.com", "push.apple.com", "notify.windows.com"];

/// How long a push service should keep trying to deliver a notification to an offline phone.
const TTL: Duration = Duration::from_secs(24 * 3600);

#[derive(Debug, thiserror::Error)]
pub enum PushError {
    #[error("the subscription is not a browser's push subscription")]
    Malformed,
    #[error("the endpoint is not on a known push service")]
    EndpointRefused,
    #[error("encryption: {0}")]
    Encrypt(String),
    #[error("push service: {0}")]
    Transport(String),
    #[error(transparent)]
    Crypto(#[from] crate::crypto::CryptoError),
    #[error(transparent)]
    Db(#[from] sea_orm::DbErr),
}

/// The server's VAPID identity.
pub struct Vapid {
    key: SigningKey,
    /// Uncompressed public point, base64url: the browser's `applicationServerKey`.
    public: String,
    /// A contact for push services (`mailto:` the platform's sender address).
    subject: String,
}

impl Vapid {
    /// The key pair for this installation, derived from its HMAC key.
    pub fn derive(hmac_key: &[u8], subject: String) -> Self {
        let mut counter = 0u32;
        let key = loop {
            let seed = crate::crypto::derive_key(hmac_key, &format!("hiroba/vapid/v1/{counter}"));
            // A 32-byte string is a valid P-256 scalar but for a 2^-128 chance; then try the next.
            if let Ok(k) = SigningKey::from_slice(&seed) {
                break k;
            }
            counter += 1;
        };
        let public = URL_SAFE_NO_PAD.encode(key.verifying_key().to_encoded_point(false).as_bytes());
        Vapid { key, public, subject }
    }

    pub fn public_key(&self) -> &str {
        &self.public
    }

    /// The `Authorization` header for a request to `endpoint`: a JWT (ES256) whose audience is the
    /// push service's origin, valid 12 hours, and our public key.
    pub fn authorization(&self, endpoint: &hyper::Uri) -> String {
        let audience = format!(
            "{}://{}",
            endpoint.scheme_str().unwrap_or("https"),
            endpoint.authority().map(|a| a.as_str()).unwrap_or("")
        );
        let header = URL_SAFE_NO_PAD.encode(br#"{"typ":"JWT","alg":"ES256"}"#);
        let claims = serde_json::json!({
            "aud": audience,
            "exp": Utc::now().timestamp() + 12 * 3600,
            "sub": self.subject,
        });
        let claims = URL_SAFE_NO_PAD.encode(claims.to_string());
        let signing_input = format!("{header}.{claims}");
        let signature: Signature = self.key.sign(signing_input.as_bytes());
        format!("vapid t={signing_input}.{}, k={}", URL_SAFE_NO_PAD.encode(signature.to_bytes()), self.public)
    }
}

/// A browser's `PushSubscription.toJSON()`.
#[derive(Debug, Clone, Deserialize)]
pub struct Subscription {
    pub endpoint: String,
    pub keys: SubscriptionKeys,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SubscriptionKeys {
    pub p256dh: String,
    pub auth: String,
}

/// What a notification says. No personal content: titles and bodies are the catalogue's.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Message {
    pub title: String,
    pub body: String,
    /// Path to open when the notification is tapped (same origin).
    pub url: String,
    pub lang: String,
}

/// Delivers messages: the VAPID identity, the HTTPS client and the allowed push services.
pub struct Pusher {
    vapid: Vapid,
    hosts: Vec<String>,
    client:
        Client<hyper_rustls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>, Full<Bytes>>,
}

/// What a push service said.
#[derive(Debug, PartialEq, Eq)]
pub enum Delivery {
    Delivered,
    /// 404 or 410: the browser unsubscribed; forget the subscription.
    Gone,
}

impl Pusher {
    pub fn new(vapid: Vapid, hosts: Vec<String>) -> Self {
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_webpki_roots()
            .https_or_http()
            .enable_http1()
            .build();
        let client = Client::builder(TokioExecutor::new()).build(https);
        Pusher { vapid, hosts, client }
    }

    pub fn vapid(&self) -> &Vapid {
        &self.vapid
    }

    /// Is this endpoint on a push service we send to?
    pub fn endpoint_allowed(&self, endpoint: &str) -> bool {
        let Ok(uri) = endpoint.parse::<hyper::Uri>() else { return false };
        let Some(host) = uri.host() else { return false };
        let host = host.trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase();
        let listed =
            |h: &str| self.hosts.iter().any(|allowed| h == allowed || h.ends_with(&format!(".{allowed}")));
        match uri.scheme_str() {
            // No IP literals over HTTPS: push services are named hosts.
            Some("https") => host.parse::<IpAddr>().is_err() && listed(&host),
            Some("http") => host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback()) && listed(&host),
            _ => false,
        }
    }

    /// Check a subscription handed over by a browser.
    pub fn check(&self, sub: &Subscription) -> Result<(), PushError> {
        if sub.endpoint.len() > 2000 || !self.endpoint_allowed(&sub.endpoint) {
            return Err(PushError::EndpointRefused);
        }
        decode_keys(&sub.keys).map(|_| ())
    }

    /// Encrypt `message` for the subscription and POST it to its push service.
    pub async fn deliver(&self, sub: &Subscription, message: &Message) -> Result<Delivery, PushError> {
        if !self.endpoint_allowed(&sub.endpoint) {
            return Err(PushError::EndpointRefused);
        }
        let (public, auth) = decode_keys(&sub.keys)?;
        let uri: hyper::Uri = sub.endpoint.parse().map_err(|_| PushError::Malformed)?;
        let payload = serde_json::to_vec(message).expect("a message serialises");
        let request = web_push_native::WebPushBuilder::new(uri.clone(), public, auth)
            .with_valid_duration(TTL)
            .build(payload)
            .map_err(|e| PushError::Encrypt(e.to_string()))?;
        let (mut parts, body) = request.into_parts();
        parts.headers.insert(
            hyper::header::AUTHORIZATION,
            self.vapid.authorization(&uri).parse().map_err(|_| PushError::Malformed)?,
        );
        parts.headers.insert("Urgency", hyper::header::HeaderValue::from_static("high"));
        let request = hyper::Request::from_parts(parts, Full::new(Bytes::from(body)));
        let response = tokio::time::timeout(Duration::from_secs(15), self.client.request(request))
            .await
            .map_err(|_| PushError::Transport("timed out".into()))?
            .map_err(|e| PushError::Transport(e.to_string()))?;
        match response.status().as_u16() {
            200..=299 => Ok(Delivery::Delivered),
            404 | 410 => Ok(Delivery::Gone),
            code => Err(PushError::Transport(format!("status {code}"))),
        }
    }
}

fn decode_keys(keys: &SubscriptionKeys) -> Result<(p256::PublicKey, web_push_native::Auth), PushError> {
    let decode = |s: &str| URL_SAFE_NO_PAD.decode(s.trim_end_matches('=')).map_err(|_| PushError::Malformed);
    let public =
        p256::PublicKey::from_sec1_bytes(&decode(&keys.p256dh)?).map_err(|_| PushError::Malformed)?;
    let auth = decode(&keys.auth)?;
    if auth.len() != 16 {
        return Err(PushError::Malformed);
    }
    Ok((public, web_push_native::Auth::clone_from_slice(&auth)))
}

fn endpoint_hash(hmac_key: &[u8], endpoint: &str) -> String {
    keyed_hash(hmac_key, "push-endpoint", endpoint)
}

/// Keep a subscription for `owner` (a browser subscribing again replaces its old entry).
pub async fn subscribe(
    state: &AppState,
    owner: &str,
    lang: &str,
    sub: &Subscription,
) -> Result<(), PushError> {
    state.push.check(sub)?;
    let hash = endpoint_hash(&state.hmac_key, &sub.endpoint);
    push_subscriptions::Entity::delete_many()
        .filter(push_subscriptions::Column::EndpointHash.eq(hash.clone()))
        .exec(state.db.write())
        .await?;
    let keys = serde_json::to_string(&sub.keys).expect("keys serialise");
    push_subscriptions::Entity::insert(push_subscriptions::ActiveModel {
        owner: Set(owner.to_string()),
        endpoint_hash: Set(hash),
        endpoint: Set(state.cipher.encrypt("push_subscriptions.endpoint", &sub.endpoint).await?),
        keys: Set(state.cipher.encrypt("push_subscriptions.keys", &keys).await?),
        lang: Set(lang.to_string()),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec(state.db.write())
    .await?;
    Ok(())
}

/// Forget one browser's subscription (the worker turned notifications off on that phone).
pub async fn unsubscribe(state: &AppState, owner: &str, endpoint: &str) -> Result<u64, sea_orm::DbErr> {
    let res = push_subscriptions::Entity::delete_many()
        .filter(push_subscriptions::Column::Owner.eq(owner))
        .filter(push_subscriptions::Column::EndpointHash.eq(endpoint_hash(&state.hmac_key, endpoint)))
        .exec(state.db.write())
        .await?;
    Ok(res.rows_affected)
}

/// Forget every subscription of `owner` (consent withdrawn, record erased).
pub async fn forget(db: &Db, owner: &str) -> Result<u64, sea_orm::DbErr> {
    let res = push_subscriptions::Entity::delete_many()
        .filter(push_subscriptions::Column::Owner.eq(owner))
        .exec(db.write())
        .await?;
    Ok(res.rows_affected)
}

/// How many phones `owner` asked to be notified on.
pub async fn count(db: &Db, owner: &str) -> Result<u64, sea_orm::DbErr> {
    use sea_orm::PaginatorTrait;
    push_subscriptions::Entity::find()
        .filter(push_subscriptions::Column::Owner.eq(owner))
        .count(db.read())
        .await
}

#[derive(Serialize, Deserialize)]
struct Job {
    subscription_id: i64,
    message: Message,
}

/// Queue `message` for every phone of `owner`; `text(lang)` gives the message in the language
/// each phone subscribed in. Returns how many were queued.
pub async fn notify(
    db: &Db,
    owner: &str,
    message: impl Fn(&str) -> Message,
) -> Result<usize, sea_orm::DbErr> {
    let subs = push_subscriptions::Entity::find()
        .filter(push_subscriptions::Column::Owner.eq(owner))
        .all(db.read())
        .await?;
    for sub in &subs {
        let payload = serde_json::to_value(Job { subscription_id: sub.id, message: message(&sub.lang) })
            .expect("a job serialises");
        jobs::enqueue(db, NewJob { max_attempts: 5, ..NewJob::now(JOB_KIND, payload) }).await?;
    }
    Ok(subs.len())
}

async fn load(cipher: &FieldCipher, row: &push_subscriptions::Model) -> Result<Subscription, PushError> {
    let endpoint = cipher.decrypt("push_subscriptions.endpoint", &row.endpoint).await?;
    let keys = cipher.decrypt("push_subscriptions.keys", &row.keys).await?;
    Ok(Subscription { endpoint, keys: serde_json::from_str(&keys).map_err(|_| PushError::Malformed)? })
}

/// The `push.send` job: deliver one message to one subscription.
pub async fn send_job(state: AppState, payload: serde_json::Value) -> JobResult {
    let job: Job = serde_json::from_value(payload).map_err(|e| format!("bad payload: {e}"))?;
    let Some(row) = push_subscriptions::Entity::find_by_id(job.subscription_id)
        .one(state.db.read())
        .await
        .map_err(|e| e.to_string())?
    else {
        return Ok(()); // unsubscribed meanwhile
    };
    let sub = load(&state.cipher, &row).await.map_err(|e| e.to_string())?;
    match state.push.deliver(&sub, &job.message).await {
        Ok(Delivery::Delivered) => {
            push_subscriptions::Entity::update_many()
                .col_expr(
                    push_subscriptions::Column::LastSentAt,
                    sea_orm::sea_query::Expr::value(Some(Utc::now())),
                )
                .filter(push_subscriptions::Column::Id.eq(row.id))
                .exec(state.db.write())
                .await
                .map_err(|e| e.to_string())?;
            Ok(())
        }
        Ok(Delivery::Gone) => {
            push_subscriptions::Entity::delete_by_id(row.id)
                .exec(state.db.write())
                .await
                .map_err(|e| e.to_string())?;
            Ok(())
        }
        // Not retried: the address will not become acceptable by waiting.
        Err(PushError::EndpointRefused) => Ok(()),
        Err(e) => Err(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pusher(hosts: &[&str]) -> Pusher {
        Pusher::new(
            Vapid::derive(b"key", "mailto:a@example.org".into()),
            hosts.iter().map(|h| h.to_string()).collect(),
        )
    }

    #[test]
    fn only_known_push_services_are_sent_to() {
        let p = pusher(&DEFAULT_HOSTS);
        assert!(p.endpoint_allowed("https://fcm.googleapis.com/fcm/send/abc"));
        assert!(p.endpoint_allowed("https://updates.push.services.mozilla.com/wpush/v2/abc"));
        assert!(p.endpoint_allowed("https://web.push.apple.com/QGx"));
        for bad in [
            "http://fcm.googleapis.com/fcm/send/abc",
            "https://fcm.googleapis.com.evil.example/x",
            "https://evilfcm.googleapis.com.example/x",
            "https://127.0.0.1/x",
            "http://127.0.0.1:9000/x",
            "https://[::1]/x",
            "ftp://fcm.googleapis.com/x",
            "not a url",
        ] {
            assert!(!p.endpoint_allowed(bad), "{bad}");
        }
        let local = pusher(&["127.0.0.1"]);
        assert!(local.endpoint_allowed("http://127.0.0.1:9000/push/1"));
        assert!(!local.endpoint_allowed("http://127.0.0.2:9000/push/1"));
    }

    #[test]
    fn the_vapid_key_is_stable_for_an_installation_and_the_token_verifies() {
        use p256::ecdsa::signature::Verifier;
        let a = Vapid::derive(b"installation", "mailto:a@example.org".into());
        let b = Vapid::derive(b"installation", "mailto:a@example.org".into());
        assert_eq!(a.public_key(), b.public_key());
        assert_ne!(a.public_key(), Vapid::derive(b"another", String::new()).public_key());
        let header = a.authorization(&"https://fcm.googleapis.com/fcm/send/x".parse().unwrap());
        let (t, k) = header.strip_prefix("vapid t=").unwrap().split_once(", k=").unwrap();
        assert_eq!(k, a.public_key());
        let (signed, sig) = t.rsplit_once('.').unwrap();
        let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(&URL_SAFE_NO_PAD.decode(k).unwrap()).unwrap();
        let sig = Signature::from_slice(&URL_SAFE_NO_PAD.decode(sig).unwrap()).unwrap();
        key.verify(signed.as_bytes(), &sig).unwrap();
        let claims: serde_json::Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(signed.split('.').nth(1).unwrap()).unwrap())
                .unwrap();
        assert_eq!(claims["aud"], "https://fcm.googleapis.com");
        assert_eq!(claims["sub"], "mailto:a@example.org");
    }
}

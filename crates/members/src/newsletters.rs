//! The monthly members' newsletter.
//!
//! The secretariat writes an issue in Markdown, previews it and sends it to every member or one
//! category. Sending writes one delivery row per member — unique per issue and member, so nobody
//! is queued twice — and queues one job that works through them. Each delivery is claimed with a
//! conditional update (`queued` → `sending`) before its mail goes out and marked `sent` after, so
//! a restarted or second runner never sends it again. A delivery left `sending` longer than the
//! job lease by a process that died is *not* retried (it may have gone out): it is shown as
//! `unknown` for the secretariat to check. Delivery errors are kept per delivery, shortened, and never written to the log with the
//! address ("bounce-safe"). Every mail has an unsubscribe link that works without logging in,
//! also in the `List-Unsubscribe` header that mail programs offer as a button.

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};

use crate::entities::{newsletter_deliveries, newsletter_optouts, newsletters};
use crate::membership::{self, CATEGORIES};
use hiroba_core::db::Db;
use hiroba_core::jobs::{self, NewJob};
use hiroba_core::mail::{Mailer, OutgoingMail};

pub use newsletter_deliveries::Model as Delivery;
pub use newsletters::Model as Newsletter;

pub const SEND_JOB: &str = "newsletters.send";
/// Attempts per delivery when the mail server refuses it before accepting.
pub const MAX_ATTEMPTS: i32 = 3;

#[derive(Debug, thiserror::Error)]
pub enum NewsletterError {
    #[error("newsletter-error-subject")]
    SubjectMissing,
    #[error("newsletter-error-audience")]
    AudienceInvalid,
    #[error("newsletter-error-sent")]
    NotADraft,
    #[error("newsletter-error-nobody")]
    Nobody,
    #[error("not found")]
    NotFound,
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
}

impl NewsletterError {
    pub fn key(&self) -> &'static str {
        match self {
            NewsletterError::SubjectMissing => "newsletter-error-subject",
            NewsletterError::AudienceInvalid => "newsletter-error-audience",
            NewsletterError::NotADraft => "newsletter-error-sent",
            NewsletterError::Nobody => "newsletter-error-nobody",
            NewsletterError::NotFound => "error-not-found",
            NewsletterError::Db(_) => "error-internal",
        }
    }
}

fn check(subject: &str, body: &str, audience: &str, archive: &str) -> Result<(), NewsletterError> {
    if subject.trim().is_empty() || body.trim().is_empty() || subject.chars().count() > 300 {
        return Err(NewsletterError::SubjectMissing);
    }
    if !(audience == "all" || CATEGORIES.contains(&audience)) || !matches!(archive, "public" | "members") {
        return Err(NewsletterError::AudienceInvalid);
    }
    Ok(())
}

pub async fn create(
    db: &Db,
    subject: &str,
    body: &str,
    audience: &str,
    archive: &str,
    by: i64,
) -> Result<Newsletter, NewsletterError> {
    check(subject, body, audience, archive)?;
    let now = Utc::now();
    Ok(newsletters::ActiveModel {
        subject: Set(subject.trim().into()),
        body: Set(body.trim().replace("\r\n", "\n")),
        audience: Set(audience.into()),
        archive: Set(archive.into()),
        status: Set("draft".into()),
        created_by: Set(by),
        created_at: Set(now),
        updated_at: Set(now),
        sent_at: Set(None),
        ..Default::default()
    }
    .insert(db.write())
    .await?)
}

/// Change a draft (a sent issue stays as it went out).
pub async fn update(
    db: &Db,
    id: i64,
    subject: &str,
    body: &str,
    audience: &str,
    archive: &str,
) -> Result<Newsletter, NewsletterError> {
    check(subject, body, audience, archive)?;
    let n = find(db, id).await?.ok_or(NewsletterError::NotFound)?;
    if n.status != "draft" {
        return Err(NewsletterError::NotADraft);
    }
    let mut am: newsletters::ActiveModel = n.into();
    am.subject = Set(subject.trim().into());
    am.body = Set(body.trim().replace("\r\n", "\n"));
    am.audience = Set(audience.into());
    am.archive = Set(archive.into());
    am.updated_at = Set(Utc::now());
    Ok(am.update(db.write()).await?)
}

pub async fn find(db: &Db, id: i64) -> Result<Option<Newsletter>, sea_orm::DbErr> {
    newsletters::Entity::find_by_id(id).one(db.read()).await
}

pub async fn all(db: &Db) -> Result<Vec<Newsletter>, sea_orm::DbErr> {
    newsletters::Entity::find().order_by_desc(newsletters::Column::Id).all(db.read()).await
}

/// Issues in the archive: sent ones, members-only ones only for members.
pub async fn archive(db: &Db, member: bool) -> Result<Vec<Newsletter>, sea_orm::DbErr> {
    let mut q = newsletters::Entity::find()
        .filter(newsletters::Column::Status.ne("draft"))
        .order_by_desc(newsletters::Column::SentAt);
    if !member {
        q = q.filter(newsletters::Column::Archive.eq("public"));
    }
    q.all(db.read()).await
}

/// Start sending: the issue leaves the drafts once (a conditional change), a delivery is written
/// for every approved member of the audience who has not unsubscribed, and the job is queued.
/// Returns the number of deliveries.
pub async fn send(db: &Db, id: i64) -> Result<usize, NewsletterError> {
    let n = find(db, id).await?.ok_or(NewsletterError::NotFound)?;
    let mut recipients = Vec::new();
    let opted_out: Vec<i64> =
        newsletter_optouts::Entity::find().all(db.read()).await?.into_iter().map(|o| o.member_id).collect();
    for m in membership::list(db, Some(membership::APPROVED)).await? {
        if (n.audience == "all" || n.audience == m.category) && !opted_out.contains(&m.id) {
            let lang = hiroba_core::auth::users::find(db, m.user_id)
                .await?
                .map(|u| u.preferred_lang)
                .unwrap_or_else(|| "en".into());
            recipients.push((m, lang));
        }
    }
    if recipients.is_empty() {
        return Err(NewsletterError::Nobody);
    }
    let tx = db.write().begin().await?;
    let changed = newsletters::Entity::update_many()
        .col_expr(newsletters::Column::Status, Expr::value("sending"))
        .col_expr(newsletters::Column::SentAt, Expr::value(Utc::now()))
        .filter(newsletters::Column::Id.eq(id))
        .filter(newsletters::Column::Status.eq("draft"))
        .exec(&tx)
        .await?;
    if changed.rows_affected != 1 {
        return Err(NewsletterError::NotADraft);
    }
    for (m, lang) in &recipients {
        newsletter_deliveries::ActiveModel {
            newsletter_id: Set(id),
            member_id: Set(m.id),
            email: Set(m.email.clone()),
            lang: Set(lang.clone()),
            status: Set("queued".into()),
            attempts: Set(0),
            last_error: Set(None),
            sent_at: Set(None),
            ..Default::default()
        }
        .insert(&tx)
        .await?;
    }
    tx.commit().await?;
    let mut job = NewJob::now(SEND_JOB, serde_json::json!({ "newsletter_id": id }));
    job.dedupe_key = Some(format!("{SEND_JOB}:{id}"));
    jobs::enqueue(db, job).await?;
    Ok(recipients.len())
}

/// The unsubscribe token of a member: a keyed hash, so the link needs no login and cannot be
/// guessed for another member.
pub fn unsubscribe_token(hmac_key: &[u8], member_id: i64) -> String {
    hiroba_core::crypto::keyed_hash(hmac_key, "newsletter-unsubscribe", &member_id.to_string())
}

pub fn unsubscribe_url(public_url: &str, lang: &str, hmac_key: &[u8], member_id: i64) -> String {
    format!(
        "{}/{lang}/newsletters/unsubscribe?m={member_id}&t={}",
        public_url.trim_end_matches('/'),
        unsubscribe_token(hmac_key, member_id)
    )
}

/// Unsubscribe with a link's token; false when the token is wrong.
pub async fn unsubscribe(
    db: &Db,
    hmac_key: &[u8],
    member_id: i64,
    token: &str,
) -> Result<bool, sea_orm::DbErr> {
    let expected = unsubscribe_token(hmac_key, member_id);
    if !hiroba_core::crypto::same_secret(&expected, token) {
        return Ok(false);
    }
    if newsletter_optouts::Entity::find_by_id(member_id).one(db.read()).await?.is_none() {
        newsletter_optouts::ActiveModel { member_id: Set(member_id), at: Set(Utc::now()) }
            .insert(db.write())
            .await?;
    }
    Ok(true)
}

pub async fn is_unsubscribed(db: &Db, member_id: i64) -> Result<bool, sea_orm::DbErr> {
    Ok(newsletter_optouts::Entity::find_by_id(member_id).one(db.read()).await?.is_some())
}

/// Delivery counts of an issue by status.
pub async fn counts(db: &Db, id: i64) -> Result<Vec<(&'static str, u64)>, sea_orm::DbErr> {
    let mut out = Vec::new();
    for status in ["queued", "sending", "sent", "failed", "unknown"] {
        let n = newsletter_deliveries::Entity::find()
            .filter(newsletter_deliveries::Column::NewsletterId.eq(id))
            .filter(newsletter_deliveries::Column::Status.eq(status))
            .count(db.read())
            .await?;
        out.push((status, n));
    }
    Ok(out)
}

pub async fn deliveries(db: &Db, id: i64) -> Result<Vec<Delivery>, sea_orm::DbErr> {
    newsletter_deliveries::Entity::find()
        .filter(newsletter_deliveries::Column::NewsletterId.eq(id))
        .order_by_asc(newsletter_deliveries::Column::Id)
        .all(db.read())
        .await
}

/// What a mail of the issue says: the Markdown as plain text, then the unsubscribe link.
pub struct Writer<'a> {
    pub i18n: &'a hiroba_core::i18n::Catalog,
    pub public_url: &'a str,
    pub hmac_key: &'a [u8],
}

impl Writer<'_> {
    fn mail(&self, n: &Newsletter, d: &Delivery) -> (OutgoingMail, String) {
        let url = unsubscribe_url(self.public_url, &d.lang, self.hmac_key, d.member_id);
        let a = hiroba_core::i18n::args(&[("link", &url)]);
        let footer = hiroba_core::i18n::ruby::to_plain(
            &self.i18n.text(&d.lang, "newsletter-mail-footer", Some(&a)).text,
        );
        let body = format!("{}\n\n-- \n{footer}\n", n.body);
        (OutgoingMail { to: d.email.clone(), subject: n.subject.clone(), body }, url)
    }
}

/// What one run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Run {
    pub sent: usize,
    pub failed: usize,
    /// Deliveries found `sending` from a run that never finished: not sent again.
    pub unknown: usize,
    /// Deliveries refused this time, to try again in a later run.
    pub retry: usize,
}

/// Work through an issue's deliveries. `stop_after` ends the run early (a test's "crash").
pub async fn deliver(
    db: &Db,
    mailer: &Mailer,
    from: &str,
    writer: &Writer<'_>,
    id: i64,
    stop_after: Option<usize>,
) -> Result<Run, sea_orm::DbErr> {
    let mut run = Run::default();
    let Some(n) = find(db, id).await? else { return Ok(run) };
    // A delivery claimed longer ago than the lease was claimed by a run that died mid-way (a
    // runner working now claimed its own deliveries moments ago, and is left alone).
    let orphans = newsletter_deliveries::Entity::update_many()
        .col_expr(newsletter_deliveries::Column::Status, Expr::value("unknown"))
        .filter(newsletter_deliveries::Column::NewsletterId.eq(id))
        .filter(newsletter_deliveries::Column::Status.eq("sending"))
        .filter(newsletter_deliveries::Column::SentAt.lt(Utc::now() - jobs::LEASE))
        .exec(db.write())
        .await?;
    run.unknown = orphans.rows_affected as usize;
    // A delivery refused in this run waits for the next run (the job's backoff) before retrying.
    let mut tried: Vec<i64> = Vec::new();
    loop {
        if stop_after.is_some_and(|limit| run.sent + run.failed + tried.len() >= limit) {
            return Ok(run);
        }
        let Some(next) = newsletter_deliveries::Entity::find()
            .filter(newsletter_deliveries::Column::NewsletterId.eq(id))
            .filter(newsletter_deliveries::Column::Status.eq("queued"))
            .filter(newsletter_deliveries::Column::Id.is_not_in(tried.iter().copied()))
            .order_by_asc(newsletter_deliveries::Column::Id)
            .one(db.read())
            .await?
        else {
            break;
        };
        // Claim it: only one runner wins a delivery. `sent_at` holds the claim's time until the
        // mail has gone, for the lease above.
        let claimed = newsletter_deliveries::Entity::update_many()
            .col_expr(newsletter_deliveries::Column::Status, Expr::value("sending"))
            .col_expr(newsletter_deliveries::Column::SentAt, Expr::value(Utc::now()))
            .col_expr(newsletter_deliveries::Column::Attempts, Expr::value(next.attempts + 1))
            .filter(newsletter_deliveries::Column::Id.eq(next.id))
            .filter(newsletter_deliveries::Column::Status.eq("queued"))
            .exec(db.write())
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        let (mail, url) = writer.mail(&n, &next);
        let outcome = mailer.send_list(from, &mail, Some(&url)).await;
        let mut am: newsletter_deliveries::ActiveModel = next.clone().into();
        am.attempts = Set(next.attempts + 1);
        match outcome {
            Ok(()) => {
                am.status = Set("sent".into());
                am.sent_at = Set(Some(Utc::now()));
                run.sent += 1;
            }
            Err(e) => {
                let error: String = e.to_string().chars().take(300).collect();
                // Logged without the address: the delivery id is enough to look it up.
                tracing::warn!(newsletter = id, delivery = next.id, "newsletter delivery failed: {error}");
                am.last_error = Set(Some(error));
                if next.attempts + 1 >= MAX_ATTEMPTS {
                    am.status = Set("failed".into());
                    run.failed += 1;
                } else {
                    am.status = Set("queued".into());
                    tried.push(next.id);
                }
            }
        }
        am.update(db.write()).await?;
    }
    run.retry = tried.len();
    if run.retry > 0 {
        return Ok(run);
    }
    newsletters::Entity::update_many()
        .col_expr(newsletters::Column::Status, Expr::value("sent"))
        .filter(newsletters::Column::Id.eq(id))
        .filter(newsletters::Column::Status.eq("sending"))
        .exec(db.write())
        .await?;
    Ok(run)
}

pub async fn send_job(state: hiroba_core::AppState, payload: serde_json::Value) -> jobs::JobResult {
    let id = payload["newsletter_id"].as_i64().ok_or("payload without newsletter_id")?;
    let writer =
        Writer { i18n: &state.i18n, public_url: &state.config.public_url, hmac_key: &state.hmac_key };
    let run = deliver(&state.db, &state.mailer, &state.config.mail_from, &writer, id, None)
        .await
        .map_err(|e| e.to_string())?;
    if run.retry > 0 {
        // The job runner retries the job later, with backoff; sent deliveries are not touched.
        return Err(format!("{} deliveries refused for now, to retry", run.retry));
    }
    Ok(())
}

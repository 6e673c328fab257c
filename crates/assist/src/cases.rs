//! Cases, their people and their messages.
//!
//! A worker needs no account: a new case gets a number (`A-` and 8 digits) and a passphrase shown
//! once; only an argon2 hash of the passphrase is stored. Names, contacts and messages are
//! encrypted. A counsellor reads a case only through [`open_for_staff`], which writes the audit
//! entry first: there is no other way to get a decrypted case.

use chrono::Utc;
use rand::Rng;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};

use crate::entities::{cases, consultations, messages, people};
use hiroba_core::audit::{self, Actor};
use hiroba_core::auth::password;
use hiroba_core::crypto::FieldCipher;
use hiroba_core::db::Db;

pub use cases::Model as Case;

pub const STATUSES: [&str; 6] = ["new", "open", "waiting-worker", "waiting-referral", "resolved", "closed"];
pub const CHANNELS: [&str; 5] = ["web", "safety", "email", "phone", "visit"];

#[derive(Debug, thiserror::Error)]
pub enum AssistError {
    #[error("assist-message-missing")]
    MessageMissing,
    #[error("assist-too-long")]
    TooLong,
    #[error("assist-contact-missing")]
    ContactMissing,
    #[error("assist-consultation-invalid")]
    ConsultationInvalid,
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
    #[error("encryption: {0}")]
    Crypto(#[from] hiroba_core::crypto::CryptoError),
}

impl AssistError {
    pub fn key(&self) -> &'static str {
        match self {
            AssistError::MessageMissing => "assist-message-missing",
            AssistError::TooLong => "assist-too-long",
            AssistError::ContactMissing => "assist-contact-missing",
            AssistError::ConsultationInvalid => "assist-consultation-invalid",
            _ => "error-internal",
        }
    }
}

pub struct Intake<'a> {
    pub name: &'a str,
    pub contact: &'a str,
    pub lang: &'a str,
    pub channel: &'a str,
    pub message: &'a str,
    pub site_id: Option<i64>,
}

/// What the worker keeps to follow the case.
pub struct Ticket {
    pub case_id: i64,
    pub number: String,
    pub passphrase: String,
}

fn new_number() -> String {
    format!("A-{:08}", rand::rngs::OsRng.gen_range(0..100_000_000u32))
}

/// Four short words are easier to keep than a long code; 4 of 2048 gives 44 bits, and attempts
/// are throttled.
fn new_passphrase() -> String {
    const SYLLABLES: [&str; 32] = [
        "ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se", "so", "ta", "chi", "tsu", "te", "to", "na",
        "ni", "nu", "ne", "no", "ha", "hi", "fu", "he", "ho", "ma", "mi", "mu", "me", "mo", "ra", "ri",
    ];
    let mut rng = rand::rngs::OsRng;
    (0..4)
        .map(|_| (0..3).map(|_| SYLLABLES[rng.gen_range(0..SYLLABLES.len())]).collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

const NAME: &str = "assist_people.name";
const CONTACT: &str = "assist_people.contact";
const BODY: &str = "assist_messages.body";

/// Open a case from a worker's first message.
pub async fn intake(db: &Db, cipher: &FieldCipher, i: Intake<'_>) -> Result<Ticket, AssistError> {
    let message = i.message.trim();
    if message.is_empty() {
        return Err(AssistError::MessageMissing);
    }
    if i.contact.trim().is_empty() {
        return Err(AssistError::ContactMissing);
    }
    if message.chars().count() > 10_000 || i.name.chars().count() > 200 || i.contact.chars().count() > 300 {
        return Err(AssistError::TooLong);
    }
    let passphrase = new_passphrase();
    let hash = password::hash_async(passphrase.clone()).await;
    let name = cipher.encrypt(NAME, i.name.trim()).await?;
    let contact = cipher.encrypt(CONTACT, i.contact.trim()).await?;
    let body = cipher.encrypt(BODY, message).await?;
    let now = Utc::now();
    let txn = db.write().begin().await?;
    let person = people::ActiveModel {
        name: Set(name),
        contact: Set(contact),
        lang: Set(i.lang.into()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let mut number = new_number();
    while cases::Entity::find().filter(cases::Column::Number.eq(&number)).one(&txn).await?.is_some() {
        number = new_number();
    }
    let case = cases::ActiveModel {
        number: Set(number.clone()),
        passphrase_hash: Set(hash),
        person_id: Set(person.id),
        status: Set("new".into()),
        assignee_id: Set(None),
        attendant_support: Set(false),
        site_id: Set(i.site_id),
        lang: Set(i.lang.into()),
        channel: Set(i.channel.into()),
        created_at: Set(now),
        updated_at: Set(now),
        waiting_since: Set(Some(now)),
        solved: Set(None),
        satisfaction: Set(None),
        anonymised_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    consultations::ActiveModel {
        case_id: Set(case.id),
        kind: Set("contact".into()),
        channel: Set(i.channel.into()),
        lang: Set(i.lang.into()),
        occurred_at: Set(now),
        duration_minutes: Set(None),
        counsellor_id: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    messages::ActiveModel {
        case_id: Set(case.id),
        author: Set("worker".into()),
        author_id: Set(None),
        body: Set(body),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(Ticket { case_id: case.id, number, passphrase })
}

/// The case of a number and passphrase (the worker's way in). A wrong pair costs as much time as
/// a right one.
pub async fn find_for_worker(
    db: &Db,
    number: &str,
    passphrase: &str,
) -> Result<Option<Case>, sea_orm::DbErr> {
    let number = number.trim().to_ascii_uppercase();
    let case = cases::Entity::find().filter(cases::Column::Number.eq(number)).one(db.read()).await?;
    let hash =
        case.as_ref().map(|c| c.passphrase_hash.clone()).unwrap_or_else(|| password::DUMMY_HASH.clone());
    let ok = password::verify_async(passphrase.trim().to_lowercase(), hash).await;
    Ok(case.filter(|_| ok))
}

pub async fn find(db: &Db, id: i64) -> Result<Option<Case>, sea_orm::DbErr> {
    cases::Entity::find_by_id(id).one(db.read()).await
}

/// A message as shown: who wrote it, when, and the decrypted text.
pub struct ShownMessage {
    pub author: String,
    pub body: String,
    pub at: chrono::DateTime<Utc>,
}

async fn decrypt_messages(
    db: &Db,
    cipher: &FieldCipher,
    case_id: i64,
    with_notes: bool,
) -> Result<Vec<ShownMessage>, AssistError> {
    let rows = messages::Entity::find()
        .filter(messages::Column::CaseId.eq(case_id))
        .order_by_asc(messages::Column::Id)
        .all(db.read())
        .await?;
    let mut out = Vec::new();
    for m in rows.into_iter().filter(|m| with_notes || m.author != "note") {
        out.push(ShownMessage {
            author: m.author,
            body: cipher.decrypt(BODY, &m.body).await?,
            at: m.created_at,
        });
    }
    Ok(out)
}

/// The worker's own view: their messages and the counsellors' replies, never internal notes.
pub async fn messages_for_worker(
    db: &Db,
    cipher: &FieldCipher,
    case: &Case,
) -> Result<Vec<ShownMessage>, AssistError> {
    decrypt_messages(db, cipher, case.id, false).await
}

/// A case as a counsellor sees it.
pub struct OpenCase {
    pub case: Case,
    pub name: String,
    pub contact: String,
    pub messages: Vec<ShownMessage>,
}

/// Open a case for a counsellor: the read is written to the audit log (who, role, why) before
/// anything is decrypted.
pub async fn open_for_staff(
    db: &Db,
    cipher: &FieldCipher,
    actor: &Actor,
    case_id: i64,
    reason: &str,
) -> Result<Option<OpenCase>, AssistError> {
    let Some(case) = find(db, case_id).await? else { return Ok(None) };
    audit::record(db, actor, "assist.case.read", &format!("case:{}", case.id), reason).await?;
    let person = people::Entity::find_by_id(case.person_id)
        .one(db.read())
        .await?
        .ok_or(sea_orm::DbErr::RecordNotFound("person".into()))?;
    Ok(Some(OpenCase {
        name: cipher.decrypt(NAME, &person.name).await?,
        contact: cipher.decrypt(CONTACT, &person.contact).await?,
        messages: decrypt_messages(db, cipher, case.id, true).await?,
        case,
    }))
}

/// Add a message: from the worker (the case waits for a counsellor), a counsellor's reply (the
/// case waits for the worker) or an internal note (nothing changes for the worker).
/// The worker's email address, if the contact they left is one (for reply notifications).
pub async fn worker_email(db: &Db, cipher: &FieldCipher, case: &Case) -> Result<Option<String>, AssistError> {
    let Some(person) = people::Entity::find_by_id(case.person_id).one(db.read()).await? else {
        return Ok(None);
    };
    let contact = cipher.decrypt(CONTACT, &person.contact).await?;
    Ok(hiroba_core::auth::users::normalize_email(&contact).ok())
}

pub async fn add_message(
    db: &Db,
    cipher: &FieldCipher,
    case: &Case,
    author: &str,
    author_id: Option<i64>,
    text: &str,
) -> Result<i64, AssistError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AssistError::MessageMissing);
    }
    if text.chars().count() > 10_000 {
        return Err(AssistError::TooLong);
    }
    let body = cipher.encrypt(BODY, text).await?;
    let now = Utc::now();
    let message = messages::ActiveModel {
        case_id: Set(case.id),
        author: Set(author.into()),
        author_id: Set(author_id),
        body: Set(body),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    let mut am: cases::ActiveModel = case.clone().into();
    am.updated_at = Set(now);
    match author {
        "worker" => am.waiting_since = Set(case.waiting_since.or(Some(now))),
        "counsellor" => {
            am.waiting_since = Set(None);
            if case.status == "new" {
                am.status = Set("waiting-worker".into());
            }
        }
        _ => {}
    }
    am.update(db.write()).await?;
    Ok(message.id)
}

pub async fn set_status(db: &Db, case: &Case, status: &str) -> Result<bool, sea_orm::DbErr> {
    if !STATUSES.contains(&status) {
        return Ok(false);
    }
    let mut am: cases::ActiveModel = case.clone().into();
    am.status = Set(status.into());
    am.updated_at = Set(Utc::now());
    am.update(db.write()).await?;
    Ok(true)
}

/// Take a case: it shows who is on it, so two counsellors do not answer the same worker unknowingly.
pub async fn claim(db: &Db, case: &Case, counsellor_id: i64) -> Result<(), sea_orm::DbErr> {
    let mut am: cases::ActiveModel = case.clone().into();
    am.assignee_id = Set(Some(counsellor_id));
    if case.status == "new" {
        am.status = Set("open".into());
    }
    am.update(db.write()).await?;
    Ok(())
}

pub struct InboxFilter<'a> {
    pub lang: Option<&'a str>,
    pub status: Option<&'a str>,
    pub channel: Option<&'a str>,
    pub assignee: Option<i64>,
}

/// The shared queue: open cases, longest waiting first.
pub async fn inbox(db: &Db, f: &InboxFilter<'_>) -> Result<Vec<Case>, sea_orm::DbErr> {
    let mut q = cases::Entity::find().filter(cases::Column::Status.is_not_in(["resolved", "closed"]));
    if let Some(l) = f.lang {
        q = q.filter(cases::Column::Lang.eq(l));
    }
    if let Some(s) = f.status {
        q = q.filter(cases::Column::Status.eq(s));
    }
    if let Some(c) = f.channel {
        q = q.filter(cases::Column::Channel.eq(c));
    }
    if let Some(a) = f.assignee {
        q = q.filter(cases::Column::AssigneeId.eq(a));
    }
    q.order_by_asc(cases::Column::WaitingSince)
        .order_by_asc(cases::Column::Id)
        .limit(200)
        .all(db.read())
        .await
}

impl From<crate::consultations::ConsultationError> for AssistError {
    fn from(e: crate::consultations::ConsultationError) -> Self {
        match e {
            crate::consultations::ConsultationError::Invalid => AssistError::ConsultationInvalid,
            crate::consultations::ConsultationError::Db(e) => AssistError::Db(e),
        }
    }
}

/// Who read a case, for the worker: the day and the role (never the name).
pub async fn reads(db: &Db, case_id: i64) -> Result<Vec<(String, String)>, sea_orm::DbErr> {
    use hiroba_core::db::entities::audit_log;
    let rows = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("assist.case.read"))
        .filter(audit_log::Column::Target.eq(format!("case:{case_id}")))
        .order_by_desc(audit_log::Column::Id)
        .limit(50)
        .all(db.read())
        .await?;
    Ok(rows.into_iter().map(|r| (r.at.format("%Y-%m-%d").to_string(), r.actor_role)).collect())
}

/// The worker's answers when the case is resolved or closed.
pub async fn record_outcome(
    db: &Db,
    case: &Case,
    solved: &str,
    satisfaction: i32,
) -> Result<bool, sea_orm::DbErr> {
    if !matches!(case.status.as_str(), "resolved" | "closed")
        || !matches!(solved, "yes" | "partly" | "no")
        || !(1..=5).contains(&satisfaction)
    {
        return Ok(false);
    }
    let mut am: cases::ActiveModel = case.clone().into();
    am.solved = Set(Some(solved.into()));
    am.satisfaction = Set(Some(satisfaction));
    am.update(db.write()).await?;
    Ok(true)
}

/// Erase the personal content of a case (the worker's request, or the retention rule): the name,
/// the contact and every message go; the consultations and their issues stay, so the counts do.
pub async fn anonymise(db: &Db, cipher: &FieldCipher, case: &Case) -> Result<(), AssistError> {
    let now = Utc::now();
    let txn = db.write().begin().await?;
    messages::Entity::delete_many().filter(messages::Column::CaseId.eq(case.id)).exec(&txn).await?;
    if let Some(person) = people::Entity::find_by_id(case.person_id).one(&txn).await? {
        let mut p: people::ActiveModel = person.into();
        p.name = Set(cipher.encrypt(NAME, "").await?);
        p.contact = Set(cipher.encrypt(CONTACT, "").await?);
        p.update(&txn).await?;
    }
    let mut am: cases::ActiveModel = case.clone().into();
    am.status = Set("closed".into());
    am.anonymised_at = Set(Some(now));
    am.waiting_since = Set(None);
    // A random hash: the old passphrase no longer opens anything.
    am.passphrase_hash = Set(format!("erased:{}", hiroba_core::crypto::random_token()));
    am.update(&txn).await?;
    txn.commit().await?;
    hiroba_core::push::forget(db, &crate::notify::push_owner(case.id)).await?;
    hiroba_core::consent::withdraw(
        db,
        &format!("assist-case:{}", case.id),
        hiroba_core::consent::Purpose::Consultation,
    )
    .await?;
    Ok(())
}

/// The retention rule: erase the personal content of cases closed more than `years` ago.
pub async fn apply_retention(db: &Db, cipher: &FieldCipher, years: i64) -> Result<usize, AssistError> {
    let cutoff = Utc::now() - chrono::Duration::days(365 * years);
    let old = cases::Entity::find()
        .filter(cases::Column::Status.is_in(["resolved", "closed"]))
        .filter(cases::Column::UpdatedAt.lt(cutoff))
        .filter(cases::Column::AnonymisedAt.is_null())
        .limit(500)
        .all(db.read())
        .await?;
    for c in &old {
        anonymise(db, cipher, c).await?;
    }
    Ok(old.len())
}

/// Is the case past the target time of its stage (settings: `HIROBA_ASSIST_TARGET_HOURS`)? The
/// UN Guiding Principles ask grievance mechanisms to be predictable. Calendar hours are counted,
/// which errs on the side of the worker.
pub fn overdue(case: &Case, targets: &std::collections::BTreeMap<String, i64>) -> bool {
    match (targets.get(&case.status), case.waiting_since) {
        (Some(h), Some(since)) => Utc::now() - since > chrono::Duration::hours(*h),
        _ => false,
    }
}

/// Business sites that some case is linked to (the company program skips the others).
pub async fn sites_with_cases(db: &Db) -> Result<std::collections::BTreeSet<i64>, sea_orm::DbErr> {
    Ok(cases::Entity::find()
        .filter(cases::Column::SiteId.is_not_null())
        .all(db.read())
        .await?
        .into_iter()
        .filter_map(|c| c.site_id)
        .collect())
}

/// Grievance counts for the company program: issues of cases linked to these business sites, by
/// top-level type, for consultations in the period. The cases themselves never leave Assist;
/// disclosure control is applied by the company program.
pub async fn grievances_by_site(
    db: &Db,
    site_ids: &[i64],
    from: chrono::DateTime<Utc>,
    to: chrono::DateTime<Utc>,
) -> Result<Vec<(String, u64)>, sea_orm::DbErr> {
    use crate::entities::{consultation_issues, issue_types};
    let case_ids: Vec<i64> = cases::Entity::find()
        .filter(cases::Column::SiteId.is_in(site_ids.iter().copied()))
        .all(db.read())
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    let cons: Vec<i64> = consultations::Entity::find()
        .filter(consultations::Column::CaseId.is_in(case_ids))
        .filter(consultations::Column::OccurredAt.gte(from))
        .filter(consultations::Column::OccurredAt.lte(to))
        .all(db.read())
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    let parents: std::collections::HashMap<String, Option<String>> =
        issue_types::Entity::find().all(db.read()).await?.into_iter().map(|t| (t.code, t.parent)).collect();
    let mut counts: std::collections::BTreeMap<String, u64> = Default::default();
    for i in consultation_issues::Entity::find()
        .filter(consultation_issues::Column::ConsultationId.is_in(cons))
        .all(db.read())
        .await?
    {
        let t = parents.get(&i.issue_code).cloned().flatten().unwrap_or(i.issue_code);
        *counts.entry(t).or_default() += 1;
    }
    Ok(counts.into_iter().collect())
}

/// One message for a live update: who wrote it, when, and the text; `None` for internal notes
/// when `with_notes` is false (the worker's stream).
pub async fn message_for_event(
    db: &Db,
    cipher: &FieldCipher,
    case_id: i64,
    message_id: i64,
    with_notes: bool,
) -> Result<Option<ShownMessage>, AssistError> {
    let Some(m) = messages::Entity::find_by_id(message_id).one(db.read()).await? else { return Ok(None) };
    if m.case_id != case_id || (!with_notes && m.author == "note") {
        return Ok(None);
    }
    Ok(Some(ShownMessage { author: m.author, body: cipher.decrypt(BODY, &m.body).await?, at: m.created_at }))
}

pub async fn find_by_number(db: &Db, number: &str) -> Result<Option<Case>, sea_orm::DbErr> {
    cases::Entity::find()
        .filter(cases::Column::Number.eq(number.trim().to_ascii_uppercase()))
        .one(db.read())
        .await
}

/// The display names of counsellors, by user id (the inbox shows who is on a case).
pub async fn counsellor_names(
    db: &Db,
    ids: impl Iterator<Item = i64>,
) -> Result<std::collections::HashMap<i64, String>, sea_orm::DbErr> {
    use hiroba_core::db::entities::users;
    let ids: Vec<i64> = ids.collect();
    if ids.is_empty() {
        return Ok(Default::default());
    }
    Ok(users::Entity::find()
        .filter(users::Column::Id.is_in(ids))
        .all(db.read())
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect())
}

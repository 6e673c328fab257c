//! Friends: foreign residents and Japanese supporters find each other by area and language.
//!
//! Safety comes first, because the people here can be vulnerable:
//! - a profile has a nickname, never a required real name, and never shows an address, an email
//!   or any other contact;
//! - two people talk only after one asked and the other accepted, and then only through the
//!   platform (messages are encrypted at rest);
//! - anyone can block someone (they no longer find or reach each other, in both directions) and
//!   report a profile or a message; reports go to the secretariat's moderation queue, which can
//!   hide a profile.

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::areas;
use crate::entities::{friend_blocks, friend_contacts, friend_messages, friend_profiles, friend_reports};
use hiroba_core::crypto::FieldCipher;
use hiroba_core::db::Db;

pub use friend_contacts::Model as Contact;
pub use friend_profiles::Model as Profile;
pub use friend_reports::Model as Report;

pub const KINDS: [&str; 2] = ["resident", "supporter"];
const MESSAGE_COLUMN: &str = "friend_messages.body";

#[derive(Debug, thiserror::Error)]
pub enum FriendsError {
    #[error("friends-error-nickname")]
    NicknameInvalid,
    #[error("friends-error-area")]
    AreaInvalid,
    #[error("friends-error-languages")]
    LanguagesMissing,
    #[error("friends-error-too-long")]
    TooLong,
    #[error("friends-error-no-profile")]
    NoProfile,
    #[error("friends-error-asked")]
    AlreadyAsked,
    #[error("friends-error-message")]
    MessageEmpty,
    #[error("friends-error-reason")]
    ReasonMissing,
    #[error("not found")]
    NotFound,
    #[error("crypto: {0}")]
    Crypto(#[from] hiroba_core::crypto::CryptoError),
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
}

impl FriendsError {
    pub fn key(&self) -> &'static str {
        match self {
            FriendsError::NicknameInvalid => "friends-error-nickname",
            FriendsError::AreaInvalid => "friends-error-area",
            FriendsError::LanguagesMissing => "friends-error-languages",
            FriendsError::TooLong => "friends-error-too-long",
            FriendsError::NoProfile => "friends-error-no-profile",
            FriendsError::AlreadyAsked => "friends-error-asked",
            FriendsError::MessageEmpty => "friends-error-message",
            FriendsError::ReasonMissing => "friends-error-reason",
            FriendsError::NotFound => "error-not-found",
            FriendsError::Crypto(_) | FriendsError::Db(_) => "error-internal",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct ProfileForm {
    pub nickname: String,
    pub kind: String,
    pub prefecture: String,
    pub city: String,
    pub languages: Vec<String>,
    pub offers: String,
    pub needs: String,
    pub visible: bool,
}

/// Something that looks like an email address or a phone number: contacts are exchanged only
/// in messages, after both agreed, never on a profile anyone can read.
fn looks_like_contact(s: &str) -> bool {
    let digits = s.chars().filter(|c| c.is_ascii_digit()).count();
    s.contains('@') || digits >= 9
}

pub async fn save_profile(db: &Db, user_id: i64, f: &ProfileForm) -> Result<Profile, FriendsError> {
    let nickname = f.nickname.trim();
    if nickname.is_empty() || nickname.chars().count() > 40 || looks_like_contact(nickname) {
        return Err(FriendsError::NicknameInvalid);
    }
    if !KINDS.contains(&f.kind.as_str()) || !areas::PREFECTURES.iter().any(|(c, _, _)| *c == f.prefecture) {
        return Err(FriendsError::AreaInvalid);
    }
    let languages: Vec<&str> = f
        .languages
        .iter()
        .map(String::as_str)
        .filter(|l| areas::LANGUAGES.iter().any(|(c, _)| c == l))
        .collect();
    if languages.is_empty() {
        return Err(FriendsError::LanguagesMissing);
    }
    if f.city.chars().count() > 100 || f.offers.chars().count() > 1000 || f.needs.chars().count() > 1000 {
        return Err(FriendsError::TooLong);
    }
    if [&f.city, &f.offers, &f.needs].iter().any(|t| looks_like_contact(t)) {
        return Err(FriendsError::NicknameInvalid);
    }
    let now = Utc::now();
    let existing = friend_profiles::Entity::find_by_id(user_id).one(db.read()).await?;
    let mut am = match existing {
        Some(p) => p.into(),
        None => friend_profiles::ActiveModel {
            user_id: Set(user_id),
            hidden_by_moderator: Set(false),
            created_at: Set(now),
            ..Default::default()
        },
    };
    am.nickname = Set(nickname.into());
    am.kind = Set(f.kind.clone());
    am.prefecture = Set(f.prefecture.clone());
    am.city = Set(f.city.trim().into());
    am.languages = Set(languages.join(","));
    am.offers = Set(f.offers.trim().into());
    am.needs = Set(f.needs.trim().into());
    am.visible = Set(f.visible);
    am.updated_at = Set(now);
    let is_new = am.user_id.is_set();
    Ok(if is_new { am.insert(db.write()).await? } else { am.update(db.write()).await? })
}

pub async fn profile(db: &Db, user_id: i64) -> Result<Option<Profile>, sea_orm::DbErr> {
    friend_profiles::Entity::find_by_id(user_id).one(db.read()).await
}

/// Everyone `user_id` blocked or was blocked by.
async fn blocked_either_way(db: &Db, user_id: i64) -> Result<Vec<i64>, sea_orm::DbErr> {
    Ok(friend_blocks::Entity::find()
        .filter(
            Condition::any()
                .add(friend_blocks::Column::UserId.eq(user_id))
                .add(friend_blocks::Column::BlockedUserId.eq(user_id)),
        )
        .all(db.read())
        .await?
        .into_iter()
        .map(|b| if b.user_id == user_id { b.blocked_user_id } else { b.user_id })
        .collect())
}

/// Visible profiles in a prefecture (or everywhere) speaking a language (or any), not the
/// searcher's own, none hidden by a moderator, none blocked either way.
pub async fn search(
    db: &Db,
    me: i64,
    prefecture: &str,
    language: &str,
) -> Result<Vec<Profile>, sea_orm::DbErr> {
    let blocked = blocked_either_way(db, me).await?;
    let mut q = friend_profiles::Entity::find()
        .filter(friend_profiles::Column::Visible.eq(true))
        .filter(friend_profiles::Column::HiddenByModerator.eq(false))
        .filter(friend_profiles::Column::UserId.ne(me))
        .filter(friend_profiles::Column::UserId.is_not_in(blocked))
        .order_by_desc(friend_profiles::Column::UpdatedAt);
    if !prefecture.is_empty() {
        q = q.filter(friend_profiles::Column::Prefecture.eq(prefecture));
    }
    let found = q.all(db.read()).await?;
    Ok(found
        .into_iter()
        .filter(|p| language.is_empty() || p.languages.split(',').any(|l| l == language))
        .collect())
}

/// A profile `me` may see (visible, not hidden, not blocked either way).
pub async fn visible_profile(db: &Db, me: i64, other: i64) -> Result<Option<Profile>, sea_orm::DbErr> {
    if blocked_either_way(db, me).await?.contains(&other) {
        return Ok(None);
    }
    Ok(profile(db, other).await?.filter(|p| p.visible && !p.hidden_by_moderator))
}

/// The contact between two people, whoever asked.
pub async fn contact_between(db: &Db, a: i64, b: i64) -> Result<Option<Contact>, sea_orm::DbErr> {
    friend_contacts::Entity::find()
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(friend_contacts::Column::FromUser.eq(a))
                        .add(friend_contacts::Column::ToUser.eq(b)),
                )
                .add(
                    Condition::all()
                        .add(friend_contacts::Column::FromUser.eq(b))
                        .add(friend_contacts::Column::ToUser.eq(a)),
                ),
        )
        .one(db.read())
        .await
}

/// Ask to get in touch. Only with a profile of one's own, to someone one may see, once.
pub async fn ask(db: &Db, me: i64, other: i64) -> Result<Contact, FriendsError> {
    if profile(db, me).await?.is_none() {
        return Err(FriendsError::NoProfile);
    }
    if visible_profile(db, me, other).await?.is_none() {
        return Err(FriendsError::NotFound);
    }
    if contact_between(db, me, other).await?.is_some() {
        return Err(FriendsError::AlreadyAsked);
    }
    let now = Utc::now();
    friend_contacts::ActiveModel {
        from_user: Set(me),
        to_user: Set(other),
        status: Set("requested".into()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db.write())
    .await
    .map_err(|e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => FriendsError::AlreadyAsked,
        _ => FriendsError::Db(e),
    })
}

/// The asked person accepts or declines (only they can, only while requested).
pub async fn answer(db: &Db, me: i64, contact_id: i64, accept: bool) -> Result<(), FriendsError> {
    let changed = friend_contacts::Entity::update_many()
        .col_expr(friend_contacts::Column::Status, Expr::value(if accept { "accepted" } else { "declined" }))
        .col_expr(friend_contacts::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(friend_contacts::Column::Id.eq(contact_id))
        .filter(friend_contacts::Column::ToUser.eq(me))
        .filter(friend_contacts::Column::Status.eq("requested"))
        .exec(db.write())
        .await?;
    if changed.rows_affected == 1 {
        Ok(())
    } else {
        Err(FriendsError::NotFound)
    }
}

/// Every contact of `me`, newest first.
pub async fn contacts(db: &Db, me: i64) -> Result<Vec<Contact>, sea_orm::DbErr> {
    friend_contacts::Entity::find()
        .filter(
            Condition::any()
                .add(friend_contacts::Column::FromUser.eq(me))
                .add(friend_contacts::Column::ToUser.eq(me)),
        )
        .order_by_desc(friend_contacts::Column::UpdatedAt)
        .all(db.read())
        .await
}

/// A conversation `me` may open: accepted, one of its two people, nobody blocked.
pub async fn conversation(
    db: &Db,
    me: i64,
    contact_id: i64,
) -> Result<Option<(Contact, i64)>, sea_orm::DbErr> {
    let Some(c) = friend_contacts::Entity::find_by_id(contact_id).one(db.read()).await? else {
        return Ok(None);
    };
    let other = if c.from_user == me {
        c.to_user
    } else if c.to_user == me {
        c.from_user
    } else {
        return Ok(None);
    };
    if c.status != "accepted" || blocked_either_way(db, me).await?.contains(&other) {
        return Ok(None);
    }
    Ok(Some((c, other)))
}

/// A message, decrypted, with who wrote it.
#[derive(Debug, Clone)]
pub struct Message {
    pub id: i64,
    pub from_user: i64,
    pub body: String,
    pub at: chrono::DateTime<Utc>,
}

pub async fn messages(db: &Db, cipher: &FieldCipher, contact_id: i64) -> Result<Vec<Message>, FriendsError> {
    let rows = friend_messages::Entity::find()
        .filter(friend_messages::Column::ContactId.eq(contact_id))
        .order_by_asc(friend_messages::Column::Id)
        .all(db.read())
        .await?;
    let mut out = Vec::new();
    for r in rows {
        out.push(Message {
            id: r.id,
            from_user: r.from_user,
            body: cipher.decrypt(MESSAGE_COLUMN, &r.body).await?,
            at: r.created_at,
        });
    }
    Ok(out)
}

pub async fn send(
    db: &Db,
    cipher: &FieldCipher,
    me: i64,
    contact_id: i64,
    body: &str,
) -> Result<(), FriendsError> {
    if conversation(db, me, contact_id).await?.is_none() {
        return Err(FriendsError::NotFound);
    }
    let body = body.trim();
    if body.is_empty() {
        return Err(FriendsError::MessageEmpty);
    }
    if body.chars().count() > 4000 {
        return Err(FriendsError::TooLong);
    }
    friend_messages::ActiveModel {
        contact_id: Set(contact_id),
        from_user: Set(me),
        body: Set(cipher.encrypt(MESSAGE_COLUMN, body).await?),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    Ok(())
}

pub async fn block(db: &Db, me: i64, other: i64) -> Result<(), sea_orm::DbErr> {
    if me == other || friend_blocks::Entity::find_by_id((me, other)).one(db.read()).await?.is_some() {
        return Ok(());
    }
    friend_blocks::ActiveModel { user_id: Set(me), blocked_user_id: Set(other), created_at: Set(Utc::now()) }
        .insert(db.write())
        .await?;
    Ok(())
}

/// Report a profile (or one of its messages to `me`) to the secretariat.
pub async fn report(
    db: &Db,
    me: i64,
    other: i64,
    message_id: Option<i64>,
    reason: &str,
) -> Result<Report, FriendsError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(FriendsError::ReasonMissing);
    }
    if reason.chars().count() > 2000 {
        return Err(FriendsError::TooLong);
    }
    if profile(db, other).await?.is_none() {
        return Err(FriendsError::NotFound);
    }
    Ok(friend_reports::ActiveModel {
        reporter: Set(me),
        reported_user: Set(other),
        message_id: Set(message_id),
        reason: Set(reason.into()),
        status: Set("open".into()),
        created_at: Set(Utc::now()),
        handled_by: Set(None),
        handled_at: Set(None),
        ..Default::default()
    }
    .insert(db.write())
    .await?)
}

/// The moderation queue: open reports first, oldest first.
pub async fn open_reports(db: &Db) -> Result<Vec<Report>, sea_orm::DbErr> {
    friend_reports::Entity::find()
        .filter(friend_reports::Column::Status.eq("open"))
        .order_by_asc(friend_reports::Column::Id)
        .all(db.read())
        .await
}

/// Handle a report: `hide` hides the reported profile (it can no longer be found or contacted);
/// otherwise the report is dismissed.
pub async fn handle(db: &Db, report_id: i64, hide: bool, by: i64) -> Result<(), FriendsError> {
    let r =
        friend_reports::Entity::find_by_id(report_id).one(db.read()).await?.ok_or(FriendsError::NotFound)?;
    if hide {
        friend_profiles::Entity::update_many()
            .col_expr(friend_profiles::Column::HiddenByModerator, Expr::value(true))
            .filter(friend_profiles::Column::UserId.eq(r.reported_user))
            .exec(db.write())
            .await?;
    }
    let mut am: friend_reports::ActiveModel = r.into();
    am.status = Set(if hide { "hidden" } else { "dismissed" }.into());
    am.handled_by = Set(Some(by));
    am.handled_at = Set(Some(Utc::now()));
    am.update(db.write()).await?;
    Ok(())
}

/// The message a report is about, for the moderator (only reported messages are ever read).
pub async fn reported_message(
    db: &Db,
    cipher: &FieldCipher,
    report: &Report,
) -> Result<Option<String>, FriendsError> {
    let Some(id) = report.message_id else { return Ok(None) };
    let Some(m) = friend_messages::Entity::find_by_id(id).one(db.read()).await? else { return Ok(None) };
    // Only a message the reported person wrote, in a conversation with the reporter.
    let Some(c) = friend_contacts::Entity::find_by_id(m.contact_id).one(db.read()).await? else {
        return Ok(None);
    };
    let parties = [c.from_user, c.to_user];
    if m.from_user != report.reported_user || !parties.contains(&report.reporter) {
        return Ok(None);
    }
    Ok(Some(cipher.decrypt(MESSAGE_COLUMN, &m.body).await?))
}

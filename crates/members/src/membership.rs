//! Applications and their screening.
//!
//! An organisation or a person applies with their own account, in one of the report's categories,
//! agreeing to the code of conduct. The secretariat approves, asks for more or refuses, each with
//! a message that reaches the applicant by email and on their application page; an applicant asked
//! for more edits the application and sends it again. Approval grants the account the member role.
//! Every step is kept as a message, so the history of an application can be read back.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};

use crate::entities::{member_messages, members};
use hiroba_core::auth::{users, Role};
use hiroba_core::db::Db;

pub use member_messages::Model as Message;
pub use members::Model as Member;

/// The report's member categories, in its order. Organisations first; the last two are people.
pub const CATEGORIES: [&str; 11] = [
    "business",
    "association",
    "supervising",
    "sending",
    "recruiting",
    "local-government",
    "embassy",
    "legal",
    "npo",
    "researcher",
    "individual",
];

pub const APPLIED: &str = "applied";
pub const MORE_INFO: &str = "more-info";
pub const APPROVED: &str = "approved";
pub const REFUSED: &str = "refused";

#[derive(Debug, thiserror::Error)]
pub enum MemberError {
    #[error("members-error-category")]
    CategoryInvalid,
    #[error("members-error-name")]
    NameMissing,
    #[error("members-error-email")]
    EmailInvalid,
    #[error("members-error-website")]
    WebsiteInvalid,
    #[error("members-error-about")]
    AboutMissing,
    #[error("members-error-code")]
    CodeNotAgreed,
    #[error("members-error-too-long")]
    TooLong,
    #[error("members-error-already-applied")]
    AlreadyApplied,
    #[error("members-error-not-editable")]
    NotEditable,
    #[error("members-error-message")]
    MessageMissing,
    #[error("members-error-decided")]
    AlreadyDecided,
    #[error("not found")]
    NotFound,
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
}

impl MemberError {
    /// The message key shown to the person who filled the form.
    pub fn key(&self) -> &'static str {
        match self {
            MemberError::CategoryInvalid => "members-error-category",
            MemberError::NameMissing => "members-error-name",
            MemberError::EmailInvalid => "members-error-email",
            MemberError::WebsiteInvalid => "members-error-website",
            MemberError::AboutMissing => "members-error-about",
            MemberError::CodeNotAgreed => "members-error-code",
            MemberError::TooLong => "members-error-too-long",
            MemberError::AlreadyApplied => "members-error-already-applied",
            MemberError::NotEditable => "members-error-not-editable",
            MemberError::MessageMissing => "members-error-message",
            MemberError::AlreadyDecided => "members-error-decided",
            MemberError::NotFound => "error-not-found",
            MemberError::Db(_) => "error-internal",
        }
    }
}

/// What an applicant writes.
#[derive(Debug, Clone, Default)]
pub struct Application {
    pub category: String,
    pub name: String,
    pub contact_name: String,
    pub email: String,
    pub area: String,
    pub website: String,
    pub about: String,
    pub agreed: bool,
}

impl Application {
    /// The application with its text trimmed, or the first problem.
    fn checked(&self) -> Result<Application, MemberError> {
        let t = |s: &str| s.trim().to_string();
        let a = Application {
            category: t(&self.category),
            name: t(&self.name),
            contact_name: t(&self.contact_name),
            email: t(&self.email),
            area: t(&self.area),
            website: t(&self.website),
            about: self.about.trim().replace("\r\n", "\n"),
            agreed: self.agreed,
        };
        if !CATEGORIES.contains(&a.category.as_str()) {
            return Err(MemberError::CategoryInvalid);
        }
        if a.name.is_empty() || a.contact_name.is_empty() {
            return Err(MemberError::NameMissing);
        }
        let email = users::normalize_email(&a.email).map_err(|_| MemberError::EmailInvalid)?;
        let web_address = a.website.starts_with("https://") || a.website.starts_with("http://");
        if !a.website.is_empty() && (!web_address || a.website.contains(char::is_whitespace)) {
            return Err(MemberError::WebsiteInvalid);
        }
        if a.about.chars().count() < 20 {
            return Err(MemberError::AboutMissing);
        }
        if [&a.name, &a.contact_name, &a.area].iter().any(|s| s.chars().count() > 200)
            || a.website.len() > 500
            || a.about.chars().count() > 5000
        {
            return Err(MemberError::TooLong);
        }
        if !a.agreed {
            return Err(MemberError::CodeNotAgreed);
        }
        Ok(Application { email, ..a })
    }
}

pub async fn of_user(db: &Db, user_id: i64) -> Result<Option<Member>, sea_orm::DbErr> {
    members::Entity::find().filter(members::Column::UserId.eq(user_id)).one(db.read()).await
}

pub async fn find(db: &Db, id: i64) -> Result<Option<Member>, sea_orm::DbErr> {
    members::Entity::find_by_id(id).one(db.read()).await
}

pub async fn messages(db: &Db, member_id: i64) -> Result<Vec<Message>, sea_orm::DbErr> {
    member_messages::Entity::find()
        .filter(member_messages::Column::MemberId.eq(member_id))
        .order_by_asc(member_messages::Column::Id)
        .all(db.read())
        .await
}

async fn note<C: sea_orm::ConnectionTrait>(
    c: &C,
    member_id: i64,
    action: &str,
    message: &str,
    by: i64,
) -> Result<(), sea_orm::DbErr> {
    member_messages::ActiveModel {
        member_id: Set(member_id),
        action: Set(action.into()),
        message: Set(message.into()),
        by_user: Set(by),
        at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(c)
    .await?;
    Ok(())
}

/// A new application by the account `user_id` (one per account).
pub async fn apply(db: &Db, user_id: i64, form: &Application) -> Result<Member, MemberError> {
    let a = form.checked()?;
    let tx = db.write().begin().await?;
    if members::Entity::find().filter(members::Column::UserId.eq(user_id)).one(&tx).await?.is_some() {
        return Err(MemberError::AlreadyApplied);
    }
    let now = Utc::now();
    let member = members::ActiveModel {
        user_id: Set(user_id),
        category: Set(a.category),
        name: Set(a.name),
        contact_name: Set(a.contact_name),
        email: Set(a.email),
        area: Set(a.area),
        website: Set(a.website),
        about: Set(a.about),
        code_agreed_at: Set(now),
        status: Set(APPLIED.into()),
        applied_at: Set(now),
        updated_at: Set(now),
        decided_at: Set(None),
        ..Default::default()
    }
    .insert(&tx)
    .await
    .map_err(|e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => MemberError::AlreadyApplied,
        _ => MemberError::Db(e),
    })?;
    note(&tx, member.id, APPLIED, "", user_id).await?;
    tx.commit().await?;
    Ok(member)
}

/// The applicant answers a request for more: the edited application goes back to screening.
pub async fn resubmit(
    db: &Db,
    user_id: i64,
    form: &Application,
    message: &str,
) -> Result<Member, MemberError> {
    let a = form.checked()?;
    let member = of_user(db, user_id).await?.ok_or(MemberError::NotFound)?;
    if member.status != MORE_INFO {
        return Err(MemberError::NotEditable);
    }
    let tx = db.write().begin().await?;
    let mut am: members::ActiveModel = member.into();
    am.category = Set(a.category);
    am.name = Set(a.name);
    am.contact_name = Set(a.contact_name);
    am.email = Set(a.email);
    am.area = Set(a.area);
    am.website = Set(a.website);
    am.about = Set(a.about);
    am.code_agreed_at = Set(Utc::now());
    am.status = Set(APPLIED.into());
    am.updated_at = Set(Utc::now());
    let member = am.update(&tx).await?;
    note(&tx, member.id, "resubmitted", message.trim(), user_id).await?;
    tx.commit().await?;
    Ok(member)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    AskForMore,
    Refuse,
}

impl Decision {
    pub fn parse(s: &str) -> Option<Decision> {
        match s {
            "approve" => Some(Decision::Approve),
            "ask" => Some(Decision::AskForMore),
            "refuse" => Some(Decision::Refuse),
            _ => None,
        }
    }

    pub fn status(self) -> &'static str {
        match self {
            Decision::Approve => APPROVED,
            Decision::AskForMore => MORE_INFO,
            Decision::Refuse => REFUSED,
        }
    }
}

/// The secretariat's decision on an application waiting for one. Asking for more and refusing
/// need a message (the applicant must know why); approving grants the member role. The state
/// changes only from "applied", so two secretariat staff deciding at once cannot both win.
pub async fn decide(
    db: &Db,
    member_id: i64,
    decision: Decision,
    message: &str,
    by: i64,
) -> Result<Member, MemberError> {
    let message = message.trim();
    if decision != Decision::Approve && message.is_empty() {
        return Err(MemberError::MessageMissing);
    }
    if message.chars().count() > 5000 {
        return Err(MemberError::TooLong);
    }
    let tx = db.write().begin().await?;
    let now = Utc::now();
    let changed = members::Entity::update_many()
        .col_expr(members::Column::Status, sea_orm::sea_query::Expr::value(decision.status()))
        .col_expr(members::Column::DecidedAt, sea_orm::sea_query::Expr::value(now))
        .col_expr(members::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now))
        .filter(members::Column::Id.eq(member_id))
        .filter(members::Column::Status.eq(APPLIED))
        .exec(&tx)
        .await?;
    if changed.rows_affected != 1 {
        return Err(match members::Entity::find_by_id(member_id).one(&tx).await? {
            None => MemberError::NotFound,
            Some(_) => MemberError::AlreadyDecided,
        });
    }
    note(&tx, member_id, decision.status(), message, by).await?;
    tx.commit().await?;
    let member = find(db, member_id).await?.ok_or(MemberError::NotFound)?;
    if decision == Decision::Approve {
        users::grant_role(db, member.user_id, Role::Member).await?;
    }
    Ok(member)
}

/// Applications, newest first; only those in `status` when given.
pub async fn list(db: &Db, status: Option<&str>) -> Result<Vec<Member>, sea_orm::DbErr> {
    let mut q = members::Entity::find().order_by_desc(members::Column::UpdatedAt);
    if let Some(s) = status {
        q = q.filter(members::Column::Status.eq(s));
    }
    q.all(db.read()).await
}

/// Approved members per category, in the report's order (every category, zeros included).
pub async fn table(db: &Db) -> Result<Vec<(&'static str, u64)>, sea_orm::DbErr> {
    let mut out = Vec::new();
    for c in CATEGORIES {
        let n = members::Entity::find()
            .filter(members::Column::Status.eq(APPROVED))
            .filter(members::Column::Category.eq(c))
            .count(db.read())
            .await?;
        out.push((c, n));
    }
    Ok(out)
}

/// Whether a category is one of people rather than organisations.
pub fn is_individual(category: &str) -> bool {
    matches!(category, "researcher" | "individual")
}

//! Members' annual activity plans and half-year activity reports: a form and an optional
//! attachment, one per period (sending again replaces it). A member may publish one on the
//! members-only page; unpublished, only the member and the secretariat read it.

use chrono::{Datelike, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use crate::entities::member_reports;
use hiroba_core::db::Db;

pub use member_reports::Model as Report;

pub const MAX_ATTACHMENT_BYTES: usize = 10 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("members-report-kind")]
    KindInvalid,
    #[error("members-report-period")]
    PeriodInvalid,
    #[error("members-report-body")]
    BodyMissing,
    #[error("members-report-attachment")]
    AttachmentInvalid,
    #[error("members-report-too-large")]
    TooLarge,
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
}

impl ReportError {
    pub fn key(&self) -> &'static str {
        match self {
            ReportError::KindInvalid => "members-report-kind",
            ReportError::PeriodInvalid => "members-report-period",
            ReportError::BodyMissing => "members-report-body",
            ReportError::AttachmentInvalid => "members-report-attachment",
            ReportError::TooLarge => "members-report-too-large",
            ReportError::Db(_) => "error-internal",
        }
    }
}

/// An attachment as uploaded.
pub struct Attachment {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The kind of a document told by its first bytes (never by its name or the browser's word):
/// PDF, Office files (ZIP containers), PNG or JPEG.
pub fn sniff(name: &str, bytes: &[u8]) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(b"PK\x03\x04") && lower.ends_with(".docx") {
        Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    } else if bytes.starts_with(b"PK\x03\x04") && lower.ends_with(".xlsx") {
        Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else {
        None
    }
}

/// `2026` for a plan, `2026-H1` or `2026-H2` for a report; years near today only.
pub fn check_period(kind: &str, period: &str) -> Result<(), ReportError> {
    let this_year = Utc::now().year();
    let year_ok = |y: &str| {
        y.len() == 4 && y.parse::<i32>().is_ok_and(|y| (this_year - 5..=this_year + 1).contains(&y))
    };
    let ok = match kind {
        "plan" => year_ok(period),
        "report" => period.split_once('-').is_some_and(|(y, h)| year_ok(y) && (h == "H1" || h == "H2")),
        _ => return Err(ReportError::KindInvalid),
    };
    if ok {
        Ok(())
    } else {
        Err(ReportError::PeriodInvalid)
    }
}

/// Submit (or replace) the member's plan or report for a period.
pub async fn submit(
    db: &Db,
    member_id: i64,
    kind: &str,
    period: &str,
    body: &str,
    attachment: Option<Attachment>,
    published: bool,
) -> Result<Report, ReportError> {
    check_period(kind, period)?;
    let body = body.trim().replace("\r\n", "\n");
    if body.chars().count() < 20 {
        return Err(ReportError::BodyMissing);
    }
    if body.chars().count() > 20_000 {
        return Err(ReportError::TooLarge);
    }
    let attachment = match attachment {
        Some(a) if a.bytes.len() > MAX_ATTACHMENT_BYTES => return Err(ReportError::TooLarge),
        Some(a) => {
            let kind = sniff(&a.name, &a.bytes).ok_or(ReportError::AttachmentInvalid)?;
            let name: String = a
                .name
                .rsplit(['/', '\\'])
                .next()
                .unwrap_or("attachment")
                .chars()
                .filter(|c| !c.is_control() && *c != '"')
                .take(120)
                .collect();
            Some((name, kind, a.bytes))
        }
        None => None,
    };
    let existing = member_reports::Entity::find()
        .filter(member_reports::Column::MemberId.eq(member_id))
        .filter(member_reports::Column::Kind.eq(kind))
        .filter(member_reports::Column::Period.eq(period))
        .one(db.read())
        .await?;
    let replacing = existing.is_some();
    let mut am = match existing {
        Some(r) => r.into(),
        None => member_reports::ActiveModel {
            member_id: Set(member_id),
            kind: Set(kind.into()),
            period: Set(period.into()),
            ..Default::default()
        },
    };
    am.body = Set(body);
    am.published = Set(published);
    am.submitted_at = Set(Utc::now());
    // A new submission without a file keeps the earlier file.
    if let Some((name, kind, bytes)) = attachment {
        am.attachment_name = Set(Some(name));
        am.attachment_type = Set(Some(kind.into()));
        am.attachment = Set(Some(bytes));
    } else if am.attachment.is_not_set() {
        am.attachment_name = Set(None);
        am.attachment_type = Set(None);
        am.attachment = Set(None);
    }
    Ok(if replacing { am.update(db.write()).await? } else { am.insert(db.write()).await? })
}

/// Reports without their attachment bytes (for lists).
fn listing() -> sea_orm::Select<member_reports::Entity> {
    use member_reports::Column as C;
    member_reports::Entity::find()
        .select_only()
        .columns([
            C::Id,
            C::MemberId,
            C::Kind,
            C::Period,
            C::Body,
            C::AttachmentName,
            C::AttachmentType,
            C::Published,
            C::SubmittedAt,
        ])
        .expr_as(sea_orm::sea_query::Expr::val(Option::<Vec<u8>>::None), "attachment")
}

pub async fn of_member(db: &Db, member_id: i64) -> Result<Vec<Report>, sea_orm::DbErr> {
    listing()
        .filter(member_reports::Column::MemberId.eq(member_id))
        .order_by_desc(member_reports::Column::Period)
        .into_model::<Report>()
        .all(db.read())
        .await
}

pub async fn published(db: &Db) -> Result<Vec<Report>, sea_orm::DbErr> {
    listing()
        .filter(member_reports::Column::Published.eq(true))
        .order_by_desc(member_reports::Column::SubmittedAt)
        .into_model::<Report>()
        .all(db.read())
        .await
}

pub async fn find(db: &Db, id: i64) -> Result<Option<Report>, sea_orm::DbErr> {
    member_reports::Entity::find_by_id(id).one(db.read()).await
}

//! Events: workshops, seminars, gatherings, forums and study trips, in person, online or both,
//! public or for members only. The Field Academy's pre-tour workshop, tour, post-tour workshop and
//! debriefing are separate events linked by a series.
//!
//! Registration is with an account. When an event is full, people join a waiting list in the
//! order they came; a cancellation moves the first of them up, and they are told by email. The
//! event row is written first in each registration's transaction, which makes registrations for
//! one event take turns on both databases, so capacity is never exceeded. Times are stored in UTC
//! and shown in Japan time (UTC+9, no daylight saving), where the events take place.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDateTime, TimeZone, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    Set, TransactionTrait,
};

use crate::entities::{event_registrations, event_series, events};
use hiroba_core::db::Db;
use hiroba_core::jobs::{self, NewJob};

pub use event_registrations::Model as Registration;
pub use event_series::Model as Series;
pub use events::Model as Event;

pub const KINDS: [&str; 7] =
    ["workshop", "seminar", "gathering", "forum", "study-trip", "supporters-meeting", "friends"];
pub const FORMATS: [&str; 3] = ["in-person", "online", "hybrid"];
pub const AUDIENCES: [&str; 2] = ["public", "members"];
/// The parts of a Field Academy series ("" for an event on its own).
pub const PARTS: [&str; 5] = ["", "pre-workshop", "tour", "post-workshop", "debriefing"];

pub const REGISTERED: &str = "registered";
pub const WAITING: &str = "waiting";
pub const CANCELLED: &str = "cancelled";

/// Reminders go out this long before an event starts.
pub const REMIND_BEFORE: Duration = Duration::hours(24);
pub const REMIND_JOB: &str = "events.remind";

pub fn japan() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).expect("UTC+9")
}

/// `2026-12-10T18:30` as typed in a `datetime-local` field, in Japan time.
pub fn parse_local(s: &str) -> Option<DateTime<Utc>> {
    let naive = NaiveDateTime::parse_from_str(s.trim(), "%Y-%m-%dT%H:%M").ok()?;
    japan().from_local_datetime(&naive).single().map(|t| t.with_timezone(&Utc))
}

/// The value for a `datetime-local` field.
pub fn to_local(t: DateTime<Utc>) -> String {
    t.with_timezone(&japan()).format("%Y-%m-%dT%H:%M").to_string()
}

/// "2026-12-10 18:30–20:30" (or with both dates when it spans days), Japan time.
pub fn when(e: &Event) -> String {
    let (s, t) = (e.starts_at.with_timezone(&japan()), e.ends_at.with_timezone(&japan()));
    if s.date_naive() == t.date_naive() {
        format!("{}–{} JST", s.format("%Y-%m-%d %H:%M"), t.format("%H:%M"))
    } else {
        format!("{} – {} JST", s.format("%Y-%m-%d %H:%M"), t.format("%Y-%m-%d %H:%M"))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum EventError {
    #[error("events-error-kind")]
    KindInvalid,
    #[error("events-error-title")]
    TitleMissing,
    #[error("events-error-time")]
    TimeInvalid,
    #[error("events-error-place")]
    PlaceMissing,
    #[error("events-error-url")]
    UrlInvalid,
    #[error("events-error-capacity")]
    CapacityInvalid,
    #[error("events-error-too-long")]
    TooLong,
    #[error("events-error-past")]
    Past,
    #[error("events-error-cancelled")]
    Cancelled,
    #[error("events-error-already")]
    AlreadyRegistered,
    #[error("events-error-not-registered")]
    NotRegistered,
    #[error("not found")]
    NotFound,
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
}

impl EventError {
    pub fn key(&self) -> &'static str {
        match self {
            EventError::KindInvalid => "events-error-kind",
            EventError::TitleMissing => "events-error-title",
            EventError::TimeInvalid => "events-error-time",
            EventError::PlaceMissing => "events-error-place",
            EventError::UrlInvalid => "events-error-url",
            EventError::CapacityInvalid => "events-error-capacity",
            EventError::TooLong => "events-error-too-long",
            EventError::Past => "events-error-past",
            EventError::Cancelled => "events-error-cancelled",
            EventError::AlreadyRegistered => "events-error-already",
            EventError::NotRegistered => "events-error-not-registered",
            EventError::NotFound => "error-not-found",
            EventError::Db(_) => "error-internal",
        }
    }
}

/// What the secretariat fills in for an event.
#[derive(Debug, Clone, Default)]
pub struct EventForm {
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub lang: String,
    pub format: String,
    pub place: String,
    pub online_url: String,
    pub audience: String,
    /// Empty for no limit.
    pub capacity: String,
    /// `datetime-local` values, Japan time.
    pub starts: String,
    pub ends: String,
    /// "" (on its own), "new" (start a series named `series_title`) or a series id.
    pub series: String,
    pub series_title: String,
    pub series_part: String,
}

struct Checked {
    capacity: Option<i32>,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
}

fn check(f: &EventForm) -> Result<Checked, EventError> {
    if !KINDS.contains(&f.kind.as_str())
        || !FORMATS.contains(&f.format.as_str())
        || !AUDIENCES.contains(&f.audience.as_str())
        || !PARTS.contains(&f.series_part.as_str())
    {
        return Err(EventError::KindInvalid);
    }
    if f.title.trim().is_empty() {
        return Err(EventError::TitleMissing);
    }
    if f.title.chars().count() > 300 || f.summary.chars().count() > 20_000 || f.place.chars().count() > 500 {
        return Err(EventError::TooLong);
    }
    let (Some(starts), Some(ends)) = (parse_local(&f.starts), parse_local(&f.ends)) else {
        return Err(EventError::TimeInvalid);
    };
    if ends <= starts {
        return Err(EventError::TimeInvalid);
    }
    if f.format != "online" && f.place.trim().is_empty() {
        return Err(EventError::PlaceMissing);
    }
    let url = f.online_url.trim();
    if f.format != "in-person"
        && !(url.starts_with("https://") && !url.contains(char::is_whitespace) && url.len() <= 500)
    {
        return Err(EventError::UrlInvalid);
    }
    let capacity = match f.capacity.trim() {
        "" => None,
        c => Some(
            c.parse::<i32>().ok().filter(|n| (1..=100_000).contains(n)).ok_or(EventError::CapacityInvalid)?,
        ),
    };
    if f.series == "new" && f.series_title.trim().is_empty() {
        return Err(EventError::TitleMissing);
    }
    Ok(Checked { capacity, starts, ends })
}

async fn series_for<C: ConnectionTrait>(c: &C, f: &EventForm) -> Result<Option<i64>, EventError> {
    match f.series.as_str() {
        "" => Ok(None),
        "new" => {
            let s = event_series::ActiveModel {
                title: Set(f.series_title.trim().into()),
                created_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(c)
            .await?;
            Ok(Some(s.id))
        }
        id => {
            let id = id.parse::<i64>().map_err(|_| EventError::NotFound)?;
            event_series::Entity::find_by_id(id).one(c).await?.ok_or(EventError::NotFound)?;
            Ok(Some(id))
        }
    }
}

/// Queue the reminder for the event's start time (once per start time: the job's key names it).
async fn schedule_reminder(db: &Db, e: &Event) -> Result<(), sea_orm::DbErr> {
    let at = e.starts_at - REMIND_BEFORE;
    if at <= Utc::now() || e.cancelled_at.is_some() {
        return Ok(());
    }
    let payload = serde_json::json!({ "event_id": e.id, "starts_at": e.starts_at.timestamp() });
    let mut job = NewJob::now(REMIND_JOB, payload);
    job.run_at = at;
    job.dedupe_key = Some(format!("{REMIND_JOB}:{}:{}", e.id, e.starts_at.timestamp()));
    jobs::enqueue(db, job).await?;
    Ok(())
}

pub async fn create(db: &Db, f: &EventForm, by: i64) -> Result<Event, EventError> {
    let c = check(f)?;
    let tx = db.write().begin().await?;
    let series_id = series_for(&tx, f).await?;
    let now = Utc::now();
    let e = events::ActiveModel {
        kind: Set(f.kind.clone()),
        title: Set(f.title.trim().into()),
        summary: Set(f.summary.trim().replace("\r\n", "\n")),
        lang: Set(f.lang.clone()),
        format: Set(f.format.clone()),
        place: Set(f.place.trim().into()),
        online_url: Set(f.online_url.trim().into()),
        audience: Set(f.audience.clone()),
        capacity: Set(c.capacity),
        starts_at: Set(c.starts),
        ends_at: Set(c.ends),
        series_id: Set(series_id),
        series_part: Set(if series_id.is_some() { f.series_part.clone() } else { String::new() }),
        cancelled_at: Set(None),
        created_by: Set(by),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    tx.commit().await?;
    schedule_reminder(db, &e).await?;
    Ok(e)
}

/// Change an event. A new start time gets its own reminder; the old one finds the time changed
/// and sends nothing.
pub async fn update(db: &Db, id: i64, f: &EventForm) -> Result<Event, EventError> {
    let c = check(f)?;
    let e = find(db, id).await?.ok_or(EventError::NotFound)?;
    let tx = db.write().begin().await?;
    let series_id = series_for(&tx, f).await?;
    let mut am: events::ActiveModel = e.into();
    am.kind = Set(f.kind.clone());
    am.title = Set(f.title.trim().into());
    am.summary = Set(f.summary.trim().replace("\r\n", "\n"));
    am.lang = Set(f.lang.clone());
    am.format = Set(f.format.clone());
    am.place = Set(f.place.trim().into());
    am.online_url = Set(f.online_url.trim().into());
    am.audience = Set(f.audience.clone());
    am.capacity = Set(c.capacity);
    am.starts_at = Set(c.starts);
    am.ends_at = Set(c.ends);
    am.series_id = Set(series_id);
    am.series_part = Set(if series_id.is_some() { f.series_part.clone() } else { String::new() });
    am.updated_at = Set(Utc::now());
    let e = am.update(&tx).await?;
    tx.commit().await?;
    schedule_reminder(db, &e).await?;
    Ok(e)
}

/// Cancel an event (once). Returns everyone who held a place or waited, to be told; the reminder
/// finds the event cancelled and sends nothing.
pub async fn cancel_event(db: &Db, id: i64) -> Result<Vec<Registration>, EventError> {
    let changed = events::Entity::update_many()
        .col_expr(events::Column::CancelledAt, Expr::value(Utc::now()))
        .col_expr(events::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(events::Column::Id.eq(id))
        .filter(events::Column::CancelledAt.is_null())
        .exec(db.write())
        .await?;
    if changed.rows_affected != 1 {
        return Err(match find(db, id).await? {
            None => EventError::NotFound,
            Some(_) => EventError::Cancelled,
        });
    }
    Ok(registrations(db, id).await?)
}

pub async fn find(db: &Db, id: i64) -> Result<Option<Event>, sea_orm::DbErr> {
    events::Entity::find_by_id(id).one(db.read()).await
}

/// Whether a visitor may see the event: members-only events are for members (and the secretariat).
pub fn visible(e: &Event, member: bool) -> bool {
    e.audience == "public" || member
}

/// Events that have not ended, soonest first.
pub async fn upcoming(db: &Db, member: bool) -> Result<Vec<Event>, sea_orm::DbErr> {
    let mut q = events::Entity::find()
        .filter(events::Column::EndsAt.gt(Utc::now()))
        .filter(events::Column::CancelledAt.is_null())
        .order_by_asc(events::Column::StartsAt);
    if !member {
        q = q.filter(events::Column::Audience.eq("public"));
    }
    q.all(db.read()).await
}

/// Every event, newest first (for the secretariat).
pub async fn all(db: &Db) -> Result<Vec<Event>, sea_orm::DbErr> {
    events::Entity::find().order_by_desc(events::Column::StartsAt).all(db.read()).await
}

pub async fn series(db: &Db) -> Result<Vec<Series>, sea_orm::DbErr> {
    event_series::Entity::find().order_by_desc(event_series::Column::Id).all(db.read()).await
}

/// The events of a series, in order.
pub async fn in_series(db: &Db, series_id: i64) -> Result<Vec<Event>, sea_orm::DbErr> {
    events::Entity::find()
        .filter(events::Column::SeriesId.eq(series_id))
        .order_by_asc(events::Column::StartsAt)
        .all(db.read())
        .await
}

pub async fn series_title(db: &Db, series_id: i64) -> Result<Option<String>, sea_orm::DbErr> {
    Ok(event_series::Entity::find_by_id(series_id).one(db.read()).await?.map(|s| s.title))
}

/// Places taken (registered, not waiting).
pub async fn taken(db: &Db, event_id: i64) -> Result<u64, sea_orm::DbErr> {
    event_registrations::Entity::find()
        .filter(event_registrations::Column::EventId.eq(event_id))
        .filter(event_registrations::Column::Status.eq(REGISTERED))
        .count(db.read())
        .await
}

pub async fn registration(
    db: &Db,
    event_id: i64,
    user_id: i64,
) -> Result<Option<Registration>, sea_orm::DbErr> {
    event_registrations::Entity::find()
        .filter(event_registrations::Column::EventId.eq(event_id))
        .filter(event_registrations::Column::UserId.eq(user_id))
        .one(db.read())
        .await
}

/// Register `user_id` (again, after a cancellation): a place if one is free, else the waiting list.
pub async fn register(db: &Db, event_id: i64, user_id: i64, lang: &str) -> Result<Registration, EventError> {
    let tx = db.write().begin().await?;
    // Writing the event row first makes registrations for this event take turns.
    let touched = events::Entity::update_many()
        .col_expr(events::Column::UpdatedAt, Expr::col(events::Column::UpdatedAt).into())
        .filter(events::Column::Id.eq(event_id))
        .exec(&tx)
        .await?;
    if touched.rows_affected != 1 {
        return Err(EventError::NotFound);
    }
    let e = events::Entity::find_by_id(event_id).one(&tx).await?.ok_or(EventError::NotFound)?;
    if e.cancelled_at.is_some() {
        return Err(EventError::Cancelled);
    }
    if e.ends_at <= Utc::now() {
        return Err(EventError::Past);
    }
    let existing = event_registrations::Entity::find()
        .filter(event_registrations::Column::EventId.eq(event_id))
        .filter(event_registrations::Column::UserId.eq(user_id))
        .one(&tx)
        .await?;
    if existing.as_ref().is_some_and(|r| r.status != CANCELLED) {
        return Err(EventError::AlreadyRegistered);
    }
    let taken = event_registrations::Entity::find()
        .filter(event_registrations::Column::EventId.eq(event_id))
        .filter(event_registrations::Column::Status.eq(REGISTERED))
        .count(&tx)
        .await?;
    let status = match e.capacity {
        Some(cap) if taken >= cap as u64 => WAITING,
        _ => REGISTERED,
    };
    let now = Utc::now();
    let r = match existing {
        Some(r) => {
            let mut am: event_registrations::ActiveModel = r.into();
            am.status = Set(status.into());
            am.lang = Set(lang.into());
            // Back of the queue: the waiting order is by this time.
            am.created_at = Set(now);
            am.updated_at = Set(now);
            am.update(&tx).await?
        }
        None => {
            event_registrations::ActiveModel {
                event_id: Set(event_id),
                user_id: Set(user_id),
                status: Set(status.into()),
                attended: Set(false),
                lang: Set(lang.into()),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&tx)
            .await?
        }
    };
    tx.commit().await?;
    Ok(r)
}

/// Cancel a registration. When it held a place, the first on the waiting list moves up and is
/// returned, to be told.
pub async fn cancel(db: &Db, event_id: i64, user_id: i64) -> Result<Option<Registration>, EventError> {
    let tx = db.write().begin().await?;
    events::Entity::update_many()
        .col_expr(events::Column::UpdatedAt, Expr::col(events::Column::UpdatedAt).into())
        .filter(events::Column::Id.eq(event_id))
        .exec(&tx)
        .await?;
    let r = event_registrations::Entity::find()
        .filter(event_registrations::Column::EventId.eq(event_id))
        .filter(event_registrations::Column::UserId.eq(user_id))
        .filter(event_registrations::Column::Status.ne(CANCELLED))
        .one(&tx)
        .await?
        .ok_or(EventError::NotRegistered)?;
    let held_place = r.status == REGISTERED;
    let mut am: event_registrations::ActiveModel = r.into();
    am.status = Set(CANCELLED.into());
    am.updated_at = Set(Utc::now());
    am.update(&tx).await?;
    let mut promoted = None;
    if held_place {
        if let Some(next) = event_registrations::Entity::find()
            .filter(event_registrations::Column::EventId.eq(event_id))
            .filter(event_registrations::Column::Status.eq(WAITING))
            .order_by_asc(event_registrations::Column::CreatedAt)
            .order_by_asc(event_registrations::Column::Id)
            .one(&tx)
            .await?
        {
            let mut am: event_registrations::ActiveModel = next.into();
            am.status = Set(REGISTERED.into());
            am.updated_at = Set(Utc::now());
            promoted = Some(am.update(&tx).await?);
        }
    }
    tx.commit().await?;
    Ok(promoted)
}

/// Everyone who registered or waits (not the cancelled), in the order they came.
pub async fn registrations(db: &Db, event_id: i64) -> Result<Vec<Registration>, sea_orm::DbErr> {
    event_registrations::Entity::find()
        .filter(event_registrations::Column::EventId.eq(event_id))
        .filter(event_registrations::Column::Status.ne(CANCELLED))
        .order_by_asc(event_registrations::Column::CreatedAt)
        .order_by_asc(event_registrations::Column::Id)
        .all(db.read())
        .await
}

/// Mark who came: `attended` are the registration ids present; every other registration of the
/// event is marked absent.
pub async fn mark_attendance(db: &Db, event_id: i64, attended: &[i64]) -> Result<(), sea_orm::DbErr> {
    let tx = db.write().begin().await?;
    event_registrations::Entity::update_many()
        .col_expr(event_registrations::Column::Attended, Expr::value(false))
        .filter(event_registrations::Column::EventId.eq(event_id))
        .exec(&tx)
        .await?;
    event_registrations::Entity::update_many()
        .col_expr(event_registrations::Column::Attended, Expr::value(true))
        .filter(event_registrations::Column::EventId.eq(event_id))
        .filter(event_registrations::Column::Status.eq(REGISTERED))
        .filter(event_registrations::Column::Id.is_in(attended.iter().copied()))
        .exec(&tx)
        .await?;
    tx.commit().await
}

/// One year's totals ("about 1,400 people" in the report).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearTotals {
    pub year: i32,
    pub events: u64,
    pub registered: u64,
    pub attended: u64,
}

/// Per calendar year (Japan time) of the events' start: events held, places taken, people who came.
pub async fn yearly_totals(db: &Db) -> Result<Vec<YearTotals>, sea_orm::DbErr> {
    let all = events::Entity::find().filter(events::Column::CancelledAt.is_null()).all(db.read()).await?;
    let regs = event_registrations::Entity::find()
        .filter(event_registrations::Column::Status.eq(REGISTERED))
        .all(db.read())
        .await?;
    let mut by_year: std::collections::BTreeMap<i32, YearTotals> = Default::default();
    for e in &all {
        let year = e.starts_at.with_timezone(&japan()).year();
        let t = by_year.entry(year).or_insert(YearTotals { year, events: 0, registered: 0, attended: 0 });
        t.events += 1;
        for r in regs.iter().filter(|r| r.event_id == e.id) {
            t.registered += 1;
            t.attended += u64::from(r.attended);
        }
    }
    Ok(by_year.into_values().rev().collect())
}

/// The events as an iCalendar file (RFC 5545), with stable UIDs so calendars update in place.
pub fn calendar(events: &[Event], public_url: &str, lang: &str, name: &str) -> String {
    use icalendar::{Calendar, Component, EventLike, EventStatus};
    let host = public_url.split("://").nth(1).unwrap_or("hiroba").trim_end_matches('/');
    let mut cal = Calendar::new();
    cal.name(name);
    for e in events {
        let link = format!("{}/{lang}/events/{}", public_url.trim_end_matches('/'), e.id);
        let mut ev = icalendar::Event::new();
        ev.uid(&format!("event-{}@{host}", e.id))
            .summary(&e.title)
            .description(&format!("{}\n\n{link}", e.summary))
            .starts(e.starts_at)
            .ends(e.ends_at)
            .url(&link)
            .timestamp(e.updated_at);
        // The online link is for registered people only: never in a calendar anyone can fetch.
        if e.format != "online" && !e.place.is_empty() {
            ev.location(&e.place);
        }
        if e.cancelled_at.is_some() {
            ev.status(EventStatus::Cancelled);
        } else {
            ev.status(EventStatus::Confirmed);
        }
        cal.push(ev.done());
    }
    cal.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japan_time_in_and_out() {
        let t = parse_local("2026-12-10T18:30").unwrap();
        assert_eq!(t.to_rfc3339(), "2026-12-10T09:30:00+00:00");
        assert_eq!(to_local(t), "2026-12-10T18:30");
        assert!(parse_local("10/12/2026 18:30").is_none());
    }

    #[test]
    fn friends_gatherings_are_events() {
        assert!(KINDS.contains(&"friends") && PARTS.contains(&""));
    }
}

//! Companies assign courses to the people who work for them and for their suppliers, and follow
//! completion: by person for their own staff, as counts per supplier for the suppliers' staff (a
//! customer has no business knowing which of a supplier's employees did what).
//!
//! A company's staff are its program members (admins and viewers) and the learners its admins
//! added. A course assigned by a company reaches its own staff and the staff of every supplier
//! organisation in its chain.

use std::collections::{BTreeMap, BTreeSet};

use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::entities::{assignments, enrolments, staff};
use hiroba_companies::entities::{companies, members};
use hiroba_core::db::Db;

pub use assignments::Model as Assignment;

#[derive(Debug, thiserror::Error)]
pub enum AssignError {
    #[error("unknown course")]
    UnknownCourse,
    #[error("a date is YYYY-MM-DD")]
    DayInvalid,
    #[error("no account uses this email address")]
    UnknownPerson,
    #[error(transparent)]
    Db(#[from] sea_orm::DbErr),
}

impl AssignError {
    pub fn key(&self) -> &'static str {
        match self {
            AssignError::UnknownCourse => "learning-assign-invalid",
            AssignError::DayInvalid => "learning-assign-invalid",
            AssignError::UnknownPerson => "learning-staff-unknown",
            AssignError::Db(_) => "error-internal",
        }
    }
}

/// Add a person (an existing account) to the organisation's learning staff.
pub async fn add_staff(db: &Db, company_id: i64, email: &str) -> Result<i64, AssignError> {
    let user =
        hiroba_core::auth::users::find_by_email(db, email.trim()).await?.ok_or(AssignError::UnknownPerson)?;
    if staff::Entity::find_by_id((company_id, user.id)).one(db.read()).await?.is_none() {
        staff::Entity::insert(staff::ActiveModel {
            company_id: Set(company_id),
            user_id: Set(user.id),
            added_at: Set(Utc::now()),
        })
        .exec_without_returning(db.write())
        .await?;
    }
    hiroba_core::auth::users::grant_role(db, user.id, hiroba_core::auth::Role::Learner).await?;
    Ok(user.id)
}

/// Assign a course (again: the due date is updated).
pub async fn assign(db: &Db, company_id: i64, course: &str, due: &str) -> Result<(), AssignError> {
    if crate::course(db, course).await?.is_none() {
        return Err(AssignError::UnknownCourse);
    }
    let due = match due.trim() {
        "" => None,
        d => Some(
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| AssignError::DayInvalid)?
                .to_string(),
        ),
    };
    assignments::Entity::delete_many()
        .filter(assignments::Column::CompanyId.eq(company_id))
        .filter(assignments::Column::CourseId.eq(course))
        .exec(db.write())
        .await?;
    assignments::Entity::insert(assignments::ActiveModel {
        company_id: Set(company_id),
        course_id: Set(course.to_string()),
        due_day: Set(due),
        assigned_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec_without_returning(db.write())
    .await?;
    Ok(())
}

/// The organisation's own staff: its members and its learners.
pub async fn staff_of(db: &Db, company_id: i64) -> Result<BTreeSet<i64>, sea_orm::DbErr> {
    let mut people: BTreeSet<i64> = members::Entity::find()
        .filter(members::Column::CompanyId.eq(company_id))
        .all(db.read())
        .await?
        .into_iter()
        .map(|m| m.user_id)
        .collect();
    people.extend(
        staff::Entity::find()
            .filter(staff::Column::CompanyId.eq(company_id))
            .all(db.read())
            .await?
            .into_iter()
            .map(|s| s.user_id),
    );
    Ok(people)
}

/// The supplier organisations in a company's chain.
pub async fn suppliers_of(db: &Db, company_id: i64) -> Result<Vec<companies::Model>, sea_orm::DbErr> {
    companies::Entity::find()
        .filter(companies::Column::CustomerId.eq(company_id))
        .order_by_asc(companies::Column::Name)
        .all(db.read())
        .await
}

/// The courses assigned to an organisation: its own assignments and its customer's.
pub async fn assignments_for(db: &Db, org: &companies::Model) -> Result<Vec<Assignment>, sea_orm::DbErr> {
    let owners: Vec<i64> = std::iter::once(org.id).chain(org.customer_id).collect();
    assignments::Entity::find()
        .filter(assignments::Column::CompanyId.is_in(owners))
        .order_by_asc(assignments::Column::CourseId)
        .all(db.read())
        .await
}

/// Where a person stands in a course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    Completed(String),
}

pub async fn statuses(
    db: &Db,
    course: &str,
    people: &BTreeSet<i64>,
) -> Result<BTreeMap<i64, Status>, sea_orm::DbErr> {
    let rows = enrolments::Entity::find()
        .filter(enrolments::Column::CourseId.eq(course))
        .filter(enrolments::Column::UserId.is_in(people.iter().copied()))
        .all(db.read())
        .await?;
    let mut out: BTreeMap<i64, Status> = people.iter().map(|p| (*p, Status::NotStarted)).collect();
    for e in rows {
        out.insert(
            e.user_id,
            match e.completed_at {
                Some(t) => Status::Completed(t.format("%Y-%m-%d").to_string()),
                None => Status::InProgress,
            },
        );
    }
    Ok(out)
}

/// The courses assigned to a person through any organisation they belong to: (course, company name).
pub async fn assigned_to(db: &Db, user_id: i64) -> Result<Vec<(String, String)>, sea_orm::DbErr> {
    let mut orgs: BTreeSet<i64> = members::Entity::find()
        .filter(members::Column::UserId.eq(user_id))
        .all(db.read())
        .await?
        .into_iter()
        .map(|m| m.company_id)
        .collect();
    orgs.extend(
        staff::Entity::find()
            .filter(staff::Column::UserId.eq(user_id))
            .all(db.read())
            .await?
            .into_iter()
            .map(|s| s.company_id),
    );
    let mut out = Vec::new();
    for org in companies::Entity::find().filter(companies::Column::Id.is_in(orgs)).all(db.read()).await? {
        for a in assignments_for(db, &org).await? {
            let by = match a.company_id == org.id {
                true => org.name.clone(),
                false => companies::Entity::find_by_id(a.company_id)
                    .one(db.read())
                    .await?
                    .map(|c| c.name)
                    .unwrap_or_default(),
            };
            out.push((a.course_id, by));
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

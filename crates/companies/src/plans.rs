//! Remediation plans: for an indicator flagged at a site, what the company will do, who owns it,
//! by when, and how it is going. The dashboard's later dates show whether the indicator moved;
//! the secretariat sees the plans that are overdue.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::entities::plans;
use hiroba_core::db::Db;

pub use plans::Model as Plan;

pub const STATUSES: [&str; 3] = ["planned", "in-progress", "done"];

#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error("describe the action, its owner and a due date")]
    Incomplete,
    #[error("unknown indicator or status")]
    Invalid,
    #[error(transparent)]
    Db(#[from] sea_orm::DbErr),
}

impl PlanError {
    pub fn key(&self) -> &'static str {
        match self {
            PlanError::Incomplete => "companies-plan-incomplete",
            PlanError::Invalid => "companies-plan-invalid",
            PlanError::Db(_) => "error-internal",
        }
    }
}

pub struct NewPlan<'a> {
    pub company_id: i64,
    pub node_id: i64,
    pub indicator: &'a str,
    pub action: &'a str,
    pub owner: &'a str,
    pub due_day: &'a str,
}

pub async fn add(db: &Db, p: NewPlan<'_>) -> Result<Plan, PlanError> {
    if !hiroba_safety::bank::INDICATORS.contains(&p.indicator) {
        return Err(PlanError::Invalid);
    }
    let (action, owner, due) = (p.action.trim(), p.owner.trim(), p.due_day.trim());
    if action.is_empty() || owner.is_empty() || chrono::NaiveDate::parse_from_str(due, "%Y-%m-%d").is_err() {
        return Err(PlanError::Incomplete);
    }
    Ok(plans::ActiveModel {
        company_id: Set(p.company_id),
        node_id: Set(p.node_id),
        indicator: Set(p.indicator.to_string()),
        action: Set(action.chars().take(4000).collect()),
        owner: Set(owner.chars().take(200).collect()),
        due_day: Set(due.to_string()),
        status: Set("planned".into()),
        progress: Set(String::new()),
        created_at: Set(Utc::now()),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db.write())
    .await?)
}

pub async fn update(db: &Db, plan: &Plan, status: &str, progress: &str) -> Result<(), PlanError> {
    if !STATUSES.contains(&status) {
        return Err(PlanError::Invalid);
    }
    let mut am: plans::ActiveModel = plan.clone().into();
    am.status = Set(status.to_string());
    am.progress = Set(progress.trim().chars().take(4000).collect());
    am.updated_at = Set(Utc::now());
    am.update(db.write()).await?;
    Ok(())
}

pub async fn of_company(db: &Db, company_id: i64) -> Result<Vec<Plan>, sea_orm::DbErr> {
    plans::Entity::find()
        .filter(plans::Column::CompanyId.eq(company_id))
        .order_by_asc(plans::Column::DueDay)
        .all(db.read())
        .await
}

pub async fn find(db: &Db, id: i64) -> Result<Option<Plan>, sea_orm::DbErr> {
    plans::Entity::find_by_id(id).one(db.read()).await
}

/// Plans past their due date and not done, every company's (for the secretariat).
pub async fn overdue(db: &Db, today: &str) -> Result<Vec<Plan>, sea_orm::DbErr> {
    plans::Entity::find()
        .filter(plans::Column::DueDay.lt(today))
        .filter(plans::Column::Status.ne("done"))
        .order_by_asc(plans::Column::DueDay)
        .all(db.read())
        .await
}

//! Background jobs on the database, shared by every server process.
//!
//! A job is a row. Runners claim the next due job with a conditional
//! `UPDATE jobs SET state='running' … WHERE id = ? AND state = 'queued'` and proceed only when it
//! changed exactly one row, which makes claiming safe on both databases with any number of
//! processes. A failed job is retried with exponential backoff up to `max_attempts`, then marked
//! `failed` for the secretariat to see. A process that dies mid-job leaves it `running`; after
//! [`LEASE`] it is handed back to the queue. Jobs survive restarts because they are only rows.

use chrono::{DateTime, Duration, Utc};
use futures_util::future::BoxFuture;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use std::collections::HashMap;
use std::sync::Arc;

use crate::db::entities::jobs;
use crate::db::Db;

pub use jobs::Model as Job;

/// A running job not finished after this long is assumed orphaned by a dead process.
pub const LEASE: Duration = Duration::minutes(10);

pub type JobResult = Result<(), String>;
pub type Handler<S> = Arc<dyn Fn(S, serde_json::Value) -> BoxFuture<'static, JobResult> + Send + Sync>;

/// The job kinds a process knows how to run; modules register theirs at start.
pub struct Registry<S> {
    handlers: HashMap<&'static str, Handler<S>>,
}

impl<S> Default for Registry<S> {
    fn default() -> Self {
        Registry { handlers: HashMap::new() }
    }
}

impl<S: Clone + Send + Sync + 'static> Registry<S> {
    pub fn register<F, Fut>(&mut self, kind: &'static str, f: F)
    where
        F: Fn(S, serde_json::Value) -> Fut + Send + Sync + 'static,
        Fut: std::future::Future<Output = JobResult> + Send + 'static,
    {
        self.handlers.insert(kind, Arc::new(move |s, v| Box::pin(f(s, v))));
    }

    pub fn kinds(&self) -> Vec<&'static str> {
        self.handlers.keys().copied().collect()
    }
}

pub struct NewJob<'a> {
    pub kind: &'a str,
    pub payload: serde_json::Value,
    pub run_at: DateTime<Utc>,
    pub max_attempts: i32,
    /// Enqueueing the same key twice keeps the first job only.
    pub dedupe_key: Option<String>,
}

impl<'a> NewJob<'a> {
    pub fn now(kind: &'a str, payload: serde_json::Value) -> Self {
        NewJob { kind, payload, run_at: Utc::now(), max_attempts: 5, dedupe_key: None }
    }
}

/// Add a job. Returns `None` when a job with the same dedupe key already exists.
pub async fn enqueue(db: &Db, job: NewJob<'_>) -> Result<Option<i64>, sea_orm::DbErr> {
    let res = jobs::ActiveModel {
        kind: Set(job.kind.to_string()),
        payload: Set(job.payload.to_string()),
        state: Set("queued".into()),
        attempts: Set(0),
        max_attempts: Set(job.max_attempts.max(1)),
        run_at: Set(job.run_at),
        locked_by: Set(None),
        locked_at: Set(None),
        last_error: Set(None),
        dedupe_key: Set(job.dedupe_key),
        created_at: Set(Utc::now()),
        finished_at: Set(None),
        ..Default::default()
    }
    .insert(db.write())
    .await;
    match res {
        Ok(row) => Ok(Some(row.id)),
        Err(e) if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Claim the next due job for `worker`, or `None` when nothing is due.
pub async fn claim(db: &Db, worker: &str) -> Result<Option<Job>, sea_orm::DbErr> {
    let now = Utc::now();
    // Hand back jobs whose process died.
    jobs::Entity::update_many()
        .col_expr(jobs::Column::State, Expr::value("queued"))
        .col_expr(jobs::Column::LockedBy, Expr::value(Option::<String>::None))
        .filter(jobs::Column::State.eq("running"))
        .filter(jobs::Column::LockedAt.lt(now - LEASE))
        .exec(db.write())
        .await?;
    for _ in 0..5 {
        let Some(candidate) = jobs::Entity::find()
            .filter(jobs::Column::State.eq("queued"))
            .filter(jobs::Column::RunAt.lte(now))
            .order_by_asc(jobs::Column::RunAt)
            .order_by_asc(jobs::Column::Id)
            .limit(1)
            .one(db.write())
            .await?
        else {
            return Ok(None);
        };
        let res = jobs::Entity::update_many()
            .col_expr(jobs::Column::State, Expr::value("running"))
            .col_expr(jobs::Column::LockedBy, Expr::value(worker))
            .col_expr(jobs::Column::LockedAt, Expr::value(now))
            .col_expr(jobs::Column::Attempts, Expr::col(jobs::Column::Attempts).add(1))
            .filter(jobs::Column::Id.eq(candidate.id))
            .filter(jobs::Column::State.eq("queued"))
            .exec(db.write())
            .await?;
        if res.rows_affected == 1 {
            return jobs::Entity::find_by_id(candidate.id).one(db.write()).await;
        }
        // Another process took it first; look for the next one.
    }
    Ok(None)
}

/// Seconds to wait before attempt `n + 1`: 30 s, 2 min, 8 min, … capped at 6 h.
pub fn backoff(attempts: i32) -> Duration {
    let secs = 30i64.saturating_mul(4i64.saturating_pow(attempts.saturating_sub(1).max(0) as u32));
    Duration::seconds(secs.min(6 * 3600))
}

pub async fn finish(db: &Db, job: &Job, outcome: &JobResult) -> Result<(), sea_orm::DbErr> {
    let mut am: jobs::ActiveModel = job.clone().into();
    am.locked_by = Set(None);
    match outcome {
        Ok(()) => {
            am.state = Set("done".into());
            am.finished_at = Set(Some(Utc::now()));
            // The payload may hold an address or a name; it is not needed once done.
            am.payload = Set("{}".into());
            am.last_error = Set(None);
        }
        Err(e) if job.attempts >= job.max_attempts => {
            am.state = Set("failed".into());
            am.finished_at = Set(Some(Utc::now()));
            am.last_error = Set(Some(e.chars().take(2000).collect()));
        }
        Err(e) => {
            am.state = Set("queued".into());
            am.run_at = Set(Utc::now() + backoff(job.attempts));
            am.last_error = Set(Some(e.chars().take(2000).collect()));
        }
    }
    am.update(db.write()).await?;
    Ok(())
}

/// Run one due job if there is one. Returns whether a job ran.
pub async fn run_one<S: Clone + Send + Sync + 'static>(
    db: &Db,
    state: &S,
    registry: &Registry<S>,
    worker: &str,
) -> Result<bool, sea_orm::DbErr> {
    let Some(job) = claim(db, worker).await? else {
        return Ok(false);
    };
    let outcome = match registry.handlers.get(job.kind.as_str()) {
        None => Err(format!("no handler for job kind {:?}", job.kind)),
        Some(handler) => {
            let payload = serde_json::from_str(&job.payload).unwrap_or(serde_json::Value::Null);
            match tokio::time::timeout(
                std::time::Duration::from_secs(LEASE.num_seconds() as u64 / 2),
                handler(state.clone(), payload),
            )
            .await
            {
                Ok(r) => r,
                Err(_) => Err("timed out".into()),
            }
        }
    };
    if let Err(e) = &outcome {
        tracing::warn!(job = job.id, kind = %job.kind, attempt = job.attempts, "job failed: {e}");
    }
    finish(db, &job, &outcome).await?;
    Ok(true)
}

/// Poll for jobs until `shutdown` fires. Several runners (in one or many processes) may run.
pub async fn run_forever<S: Clone + Send + Sync + 'static>(
    db: Db,
    state: S,
    registry: Arc<Registry<S>>,
    worker: String,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        if *shutdown.borrow() {
            return;
        }
        match run_one(&db, &state, &registry, &worker).await {
            Ok(true) => continue,
            Ok(false) => {}
            Err(e) => tracing::error!("job runner: {e}"),
        }
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_millis(500)) => {}
            _ = shutdown.changed() => {}
        }
    }
}

/// Counts per state and the most recent jobs, for the secretariat's page.
pub async fn recent(db: &Db, limit: u64) -> Result<Vec<Job>, sea_orm::DbErr> {
    jobs::Entity::find().order_by_desc(jobs::Column::Id).limit(limit).all(db.read()).await
}

/// Put a failed job back in the queue (the secretariat's "retry" button).
pub async fn retry(db: &Db, id: i64) -> Result<bool, sea_orm::DbErr> {
    let res = jobs::Entity::update_many()
        .col_expr(jobs::Column::State, Expr::value("queued"))
        .col_expr(jobs::Column::RunAt, Expr::value(Utc::now()))
        .col_expr(jobs::Column::Attempts, Expr::value(0))
        .col_expr(jobs::Column::FinishedAt, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(jobs::Column::Id.eq(id))
        .filter(jobs::Column::State.eq("failed"))
        .exec(db.write())
        .await?;
    Ok(res.rows_affected == 1)
}

//! Aggregation dates and frozen reports.
//!
//! The secretariat sets the program's aggregation dates. When a date has come, a job freezes, for
//! every company in the program, a report per site, per supplier subtree and for the company as a
//! whole — one per question-bank version — over the twelve months up to the date. Figures go
//! through [`crate::disclosure`] before they are stored, so what is stored is exactly what a
//! company may see, and the stored rows never change (the tables refuse UPDATE and DELETE).
//!
//! Running once: the job is enqueued with a key per date, so only one is queued however many
//! processes schedule it; the date's state moves from `scheduled` to `frozen` in the same
//! transaction that stores the reports, with a conditional UPDATE, so a second run (a retry after
//! a crash, a stray duplicate) stores nothing.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{NaiveDate, TimeZone, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait};
use serde::{Deserialize, Serialize};

use crate::chain;
use crate::disclosure::{self, Decision, Figure, Published, Reason, Registry, Rules};
use crate::entities::{dates, groups, nodes, reports};
use hiroba_core::db::Db;
use hiroba_core::jobs::{self, JobResult, NewJob};
use hiroba_core::AppState;
use hiroba_safety::entities::{flags, indicators, responses};

pub const JOB_KIND: &str = "companies.freeze";
/// How far back a date's reports look.
pub const WINDOW_DAYS: i64 = 365;
/// The report row holding a group's grievance counts from Assist (not tied to a bank version).
pub const GRIEVANCES: &str = "assist";

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("a date is YYYY-MM-DD")]
    DayInvalid,
    #[error("that date is already set")]
    DayTaken,
    #[error("a date that was frozen cannot be removed")]
    Frozen,
    #[error(transparent)]
    Db(#[from] sea_orm::DbErr),
}

impl ReportError {
    pub fn key(&self) -> &'static str {
        match self {
            ReportError::DayInvalid => "companies-day-invalid",
            ReportError::DayTaken => "companies-day-taken",
            ReportError::Frozen => "companies-day-frozen",
            ReportError::Db(_) => "error-internal",
        }
    }
}

/// What a frozen report holds: figures already under disclosure control.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    /// `None` for the grievance row.
    pub respondents: Option<Figure>,
    /// Question id → respondents flagged on it.
    pub by_question: Vec<(String, Figure)>,
    /// ILO indicator → respondents with at least one flag on it.
    pub by_indicator: Vec<(String, Figure)>,
    /// Number question (money, hours) → mean of the answers.
    pub amounts: Vec<(String, Figure)>,
    /// Assist issue type → consultation issues raised by cases linked to the group's sites.
    pub grievances: Vec<(String, Figure)>,
}

pub async fn dates(db: &Db) -> Result<Vec<dates::Model>, sea_orm::DbErr> {
    dates::Entity::find().order_by_asc(dates::Column::Day).all(db.read()).await
}

/// The secretariat adds an aggregation date.
pub async fn add_date(db: &Db, day: &str) -> Result<dates::Model, ReportError> {
    let day = day.trim();
    NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| ReportError::DayInvalid)?;
    if dates::Entity::find().filter(dates::Column::Day.eq(day)).one(db.read()).await?.is_some() {
        return Err(ReportError::DayTaken);
    }
    use sea_orm::ActiveModelTrait;
    Ok(dates::ActiveModel {
        day: Set(day.to_string()),
        state: Set("scheduled".into()),
        frozen_at: Set(None),
        ..Default::default()
    }
    .insert(db.write())
    .await?)
}

/// Remove a date that has not been frozen yet.
pub async fn remove_date(db: &Db, id: i64) -> Result<(), ReportError> {
    let res = dates::Entity::delete_many()
        .filter(dates::Column::Id.eq(id))
        .filter(dates::Column::State.eq("scheduled"))
        .exec(db.write())
        .await?;
    if res.rows_affected == 0 {
        return Err(ReportError::Frozen);
    }
    Ok(())
}

/// Today in Japan, where the program runs: a date is due from its first minute there.
pub fn today_in_japan() -> String {
    (Utc::now() + chrono::Duration::hours(9)).format("%Y-%m-%d").to_string()
}

/// Queue the freeze of every date that has come (called at each housekeeping tick by every
/// process; the per-date key makes it one job).
pub async fn schedule_due(db: &Db) -> Result<usize, sea_orm::DbErr> {
    let due = dates::Entity::find()
        .filter(dates::Column::State.eq("scheduled"))
        .filter(dates::Column::Day.lte(today_in_japan()))
        .all(db.read())
        .await?;
    let mut queued = 0;
    for d in due {
        let job = NewJob {
            dedupe_key: Some(format!("{JOB_KIND}:{}", d.id)),
            ..NewJob::now(JOB_KIND, serde_json::json!({ "date_id": d.id }))
        };
        if jobs::enqueue(db, job).await?.is_some() {
            queued += 1;
        }
    }
    Ok(queued)
}

/// The `companies.freeze` job.
pub async fn freeze_job(state: AppState, payload: serde_json::Value) -> JobResult {
    let date_id = payload["date_id"].as_i64().ok_or("payload without date_id")?;
    let rules = Rules::with_threshold(state.config.disclosure_threshold).unwrap_or_default();
    freeze(&state.db, &rules, date_id).await.map(|_| ()).map_err(|e| e.to_string())
}

/// What a freeze did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub reports: usize,
    pub published: usize,
    pub suppressed: usize,
    /// Time spent reading responses, flags and the registry; planning and computing the
    /// figures; storing the reports (for the benchmark and the log).
    pub reading: std::time::Duration,
    pub planning: std::time::Duration,
    pub storing: std::time::Duration,
}

struct Answered {
    site: i64,
    version: String,
    /// (index into the version's number questions, the answer).
    amounts: Vec<(usize, f64)>,
}

/// The answers to the number questions `ids`, out of a response's answers (JSON object of
/// strings). Borrowing the strings avoids allocating every answer of 100,000 responses.
fn numbers(answers: &str, ids: &[String]) -> Vec<(usize, f64)> {
    let pick = |get: &dyn Fn(&str) -> Option<f64>| -> Vec<(usize, f64)> {
        ids.iter().enumerate().filter_map(|(i, q)| get(q).map(|v| (i, v))).collect()
    };
    match serde_json::from_str::<HashMap<&str, &str>>(answers) {
        Ok(map) => pick(&|q| map.get(q).and_then(|v| v.trim().parse().ok())),
        // Escaped strings cannot be borrowed: read them owned.
        Err(_) => {
            let map: HashMap<String, String> = serde_json::from_str(answers).unwrap_or_default();
            pick(&|q| map.get(q).and_then(|v| v.trim().parse().ok()))
        }
    }
}

fn day_start(day: &str) -> chrono::DateTime<Utc> {
    let d = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap_or_default();
    Utc.from_utc_datetime(&d.and_hms_opt(0, 0, 0).unwrap_or_default())
}

/// Freeze the reports of date `date_id`. `None` when it was frozen already.
pub async fn freeze(db: &Db, rules: &Rules, date_id: i64) -> Result<Option<Summary>, sea_orm::DbErr> {
    let Some(date) = dates::Entity::find_by_id(date_id).one(db.read()).await? else { return Ok(None) };
    if date.state != "scheduled" {
        return Ok(None);
    }
    let day = date.day.clone();
    let started = std::time::Instant::now();
    let from = (NaiveDate::parse_from_str(&day, "%Y-%m-%d").unwrap_or_default()
        - chrono::Duration::days(WINDOW_DAYS - 1))
    .format("%Y-%m-%d")
    .to_string();

    // Every completed response at a site in the window (a worker who said their employer is not
    // the one on the code is not counted for that site). Only the columns needed are read, and of
    // the answers only the numbers (money, hours) are kept.
    let rows: Vec<(i64, Option<i64>, String, String)> = responses::Entity::find()
        .select_only()
        .columns([
            responses::Column::Id,
            responses::Column::SiteId,
            responses::Column::BankVersion,
            responses::Column::Answers,
        ])
        .filter(responses::Column::CompletedDay.gte(from.as_str()))
        .filter(responses::Column::CompletedDay.lte(day.as_str()))
        .filter(responses::Column::SiteId.is_not_null())
        .filter(responses::Column::EmployerNotListed.eq(false))
        .into_tuple()
        .all(db.read())
        .await?;
    // Number questions (money, hours, days) of each version present.
    let mut amount_questions: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut answered: HashMap<i64, Answered> = HashMap::with_capacity(rows.len());
    for (id, site, version, answers) in rows {
        let Some(site) = site else { continue };
        if !amount_questions.contains_key(&version) {
            let ids = match hiroba_safety::store::bank(db, &version).await? {
                Some(b) => b.questions.iter().filter(|q| q.kind == "number").map(|q| q.id.clone()).collect(),
                None => vec![],
            };
            amount_questions.insert(version.clone(), ids);
        }
        let amounts = numbers(&answers, &amount_questions[&version]);
        answered.insert(id, Answered { site, version, amounts });
    }
    let versions: BTreeSet<String> = amount_questions.keys().cloned().collect();
    let mut flagged: HashMap<i64, Vec<String>> = HashMap::new();
    let flag_rows: Vec<(i64, String)> = flags::Entity::find()
        .select_only()
        .columns([flags::Column::ResponseId, flags::Column::QuestionId])
        .filter(flags::Column::Day.gte(from.as_str()))
        .filter(flags::Column::Day.lte(day.as_str()))
        .into_tuple()
        .all(db.read())
        .await?;
    for (response, question) in flag_rows {
        if answered.contains_key(&response) {
            flagged.entry(response).or_default().push(question);
        }
    }
    let mut indicated: HashMap<i64, Vec<String>> = HashMap::new();
    let indicator_rows: Vec<(i64, String)> = indicators::Entity::find()
        .select_only()
        .columns([indicators::Column::ResponseId, indicators::Column::Indicator])
        .filter(indicators::Column::Day.gte(from.as_str()))
        .filter(indicators::Column::Day.lte(day.as_str()))
        .into_tuple()
        .all(db.read())
        .await?;
    for (response, indicator) in indicator_rows {
        if answered.contains_key(&response) {
            indicated.entry(response).or_default().push(indicator);
        }
    }

    let mut registry = Registry::new(
        groups::Entity::find().order_by_asc(groups::Column::Id).all(db.read()).await?.into_iter().map(|g| {
            Published {
                key: g.key,
                responses: g.responses.split(',').filter_map(|s| s.parse().ok()).collect(),
            }
        }),
    );

    let grievance_from = day_start(&from);
    let grievance_to = day_start(&day) + chrono::Duration::days(1) - chrono::Duration::seconds(1);
    let linked = hiroba_assist::cases::sites_with_cases(db).await?;
    let reading = started.elapsed();
    let started = std::time::Instant::now();
    let mut report_rows = Vec::new();
    let mut group_rows = Vec::new();
    let mut summary = Summary::default();
    let now = Utc::now();
    for company in chain::program_companies(db).await? {
        // Only companies whose contract covers the date take part in it.
        let covered = company.contract_start.as_deref().is_none_or(|s| s <= day.as_str())
            && company.contract_end.as_deref().is_none_or(|e| e >= day.as_str());
        if !covered {
            continue;
        }
        let all = nodes::Entity::find()
            .filter(nodes::Column::CompanyId.eq(company.id))
            .order_by_asc(nodes::Column::Id)
            .all(db.read())
            .await?;
        let site_of: HashMap<i64, i64> = all.iter().filter_map(|n| n.site_id.map(|s| (s, n.id))).collect();
        for version in &versions {
            let mut direct: HashMap<i64, Vec<i64>> = HashMap::new();
            for (id, a) in &answered {
                if &a.version == version {
                    if let Some(node) = site_of.get(&a.site) {
                        direct.entry(*node).or_default().push(*id);
                    }
                }
            }
            if direct.is_empty() {
                continue;
            }
            let tree: Vec<disclosure::Node> = all
                .iter()
                .map(|n| disclosure::Node {
                    id: n.id,
                    parent: n.parent_id,
                    responses: direct.remove(&n.id).unwrap_or_default(),
                })
                .collect();
            let prefix = format!("{day}/company:{}/bank:{version}", company.id);
            for d in disclosure::plan(rules, &tree, &mut registry, &prefix) {
                let figures =
                    figures_of(rules, &d, &answered, &flagged, &indicated, &amount_questions[version]);
                if d.suppressed.is_none() && !d.responses.is_empty() {
                    summary.published += 1;
                    group_rows.push(groups::ActiveModel {
                        date_id: Set(date_id),
                        key: Set(d.key.clone()),
                        size: Set(d.responses.len() as i64),
                        responses: Set(d
                            .responses
                            .iter()
                            .map(|r| r.to_string())
                            .collect::<Vec<_>>()
                            .join(",")),
                        ..Default::default()
                    });
                } else if d.suppressed.is_some() {
                    summary.suppressed += 1;
                }
                report_rows.push(reports::ActiveModel {
                    date_id: Set(date_id),
                    company_id: Set(company.id),
                    node_id: Set(d.node),
                    bank_version: Set(version.clone()),
                    respondents: Set(if d.suppressed.is_none() { d.responses.len() as i64 } else { -1 }),
                    suppressed: Set(d.suppressed.map(|r| r.as_str().to_string())),
                    figures: Set(serde_json::to_string(&figures).expect("figures serialise")),
                    created_at: Set(now),
                    ..Default::default()
                });
            }
        }
        // Grievance counts per group of sites, from Assist: only the groups holding a site that a
        // case is linked to (most chains have none, and then nothing is walked).
        let mut groups_of_sites: Vec<(Option<i64>, Vec<i64>)> = Vec::new();
        if all.iter().any(|n| n.site_id.is_some_and(|s| linked.contains(&s))) {
            groups_of_sites.push((None, all.iter().filter_map(|n| n.site_id).collect()));
            for n in &all {
                let under = chain::subtree(&all, n.id);
                let sites: Vec<i64> =
                    all.iter().filter(|m| under.contains(&m.id)).filter_map(|m| m.site_id).collect();
                if sites.iter().any(|s| linked.contains(s)) {
                    groups_of_sites.push((Some(n.id), sites));
                }
            }
        }
        for (node, sites) in groups_of_sites {
            let counts =
                hiroba_assist::cases::grievances_by_site(db, &sites, grievance_from, grievance_to).await?;
            if counts.is_empty() {
                continue;
            }
            let figures = Figures {
                grievances: counts.into_iter().map(|(t, n)| (t, disclosure::event_count(n))).collect(),
                ..Default::default()
            };
            report_rows.push(reports::ActiveModel {
                date_id: Set(date_id),
                company_id: Set(company.id),
                node_id: Set(node),
                bank_version: Set(GRIEVANCES.into()),
                respondents: Set(-1),
                suppressed: Set(None),
                figures: Set(serde_json::to_string(&figures).expect("figures serialise")),
                created_at: Set(now),
                ..Default::default()
            });
        }
    }
    summary.reports = report_rows.len();
    summary.reading = reading;
    summary.planning = started.elapsed();
    let started = std::time::Instant::now();

    let txn = db.write().begin().await?;
    let claimed = dates::Entity::update_many()
        .col_expr(dates::Column::State, sea_orm::sea_query::Expr::value("frozen"))
        .col_expr(dates::Column::FrozenAt, sea_orm::sea_query::Expr::value(Some(now)))
        .filter(dates::Column::Id.eq(date_id))
        .filter(dates::Column::State.eq("scheduled"))
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        txn.rollback().await?;
        return Ok(None);
    }
    // Chunks keep SQLite under its limit of bound variables per statement.
    let mut rows = report_rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<_> = rows.by_ref().take(500).collect();
        reports::Entity::insert_many(chunk).exec_without_returning(&txn).await?;
    }
    for g in group_rows {
        groups::Entity::insert(g).exec_without_returning(&txn).await?;
    }
    txn.commit().await?;
    summary.storing = started.elapsed();
    tracing::info!(
        day = %day,
        reports = summary.reports,
        published = summary.published,
        suppressed = summary.suppressed,
        reading_ms = summary.reading.as_millis() as u64,
        planning_ms = summary.planning.as_millis() as u64,
        storing_ms = summary.storing.as_millis() as u64,
        "froze the company program's reports"
    );
    Ok(Some(summary))
}

fn figures_of(
    rules: &Rules,
    d: &Decision,
    answered: &HashMap<i64, Answered>,
    flagged: &HashMap<i64, Vec<String>>,
    indicated: &HashMap<i64, Vec<String>>,
    amount_questions: &[String],
) -> Figures {
    let n = d.responses.len() as u64;
    match d.suppressed {
        Some(Reason::SmallGroup) => {
            return Figures {
                respondents: Some(Figure::FewerThan { limit: rules.threshold() as u64 }),
                ..Default::default()
            }
        }
        Some(reason) => {
            return Figures { respondents: Some(Figure::Suppressed { reason }), ..Default::default() }
        }
        None => {}
    }
    let mut by_question: BTreeMap<String, u64> = BTreeMap::new();
    let mut by_indicator: BTreeMap<String, u64> = BTreeMap::new();
    for r in &d.responses {
        for q in flagged.get(r).into_iter().flatten() {
            *by_question.entry(q.clone()).or_default() += 1;
        }
        // A respondent counts once per indicator, however many questions point at it.
        let unique: BTreeSet<&String> = indicated.get(r).into_iter().flatten().collect();
        for i in unique {
            *by_indicator.entry(i.clone()).or_default() += 1;
        }
    }
    let amounts = amount_questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let values: Vec<f64> = d
                .responses
                .iter()
                .filter_map(|r| answered.get(r)?.amounts.iter().find(|(j, _)| *j == i).map(|(_, v)| *v))
                .collect();
            (q.clone(), disclosure::amount(&values))
        })
        .collect();
    Figures {
        respondents: Some(Figure::Exact { value: n }),
        by_question: by_question.into_iter().map(|(q, k)| (q, disclosure::count(n, k))).collect(),
        by_indicator: by_indicator.into_iter().map(|(i, k)| (i, disclosure::count(n, k))).collect(),
        amounts,
        grievances: vec![],
    }
}

/// A company's (or a supplier's) frozen reports for one date, those it may see only.
pub async fn for_viewer(
    db: &Db,
    access: &chain::Access,
    date_id: i64,
) -> Result<Vec<reports::Model>, sea_orm::DbErr> {
    let rows = reports::Entity::find()
        .filter(reports::Column::CompanyId.eq(access.chain))
        .filter(reports::Column::DateId.eq(date_id))
        .order_by_asc(reports::Column::Id)
        .all(db.read())
        .await?;
    let Some(root) = access.root else { return Ok(rows) };
    // A supplier sees its own subtree only: never the company, nor its customer's other suppliers.
    let all = nodes::Entity::find().filter(nodes::Column::CompanyId.eq(access.chain)).all(db.read()).await?;
    let visible = chain::subtree(&all, root);
    Ok(rows.into_iter().filter(|r| r.node_id.is_some_and(|n| visible.contains(&n))).collect())
}

pub fn figures(row: &reports::Model) -> Figures {
    serde_json::from_str(&row.figures).unwrap_or_default()
}

//! Recruitment-fee and debt figures per organisation, from the Safety answers of the workers who
//! named it, under the company program's disclosure rules ([`hiroba_companies::disclosure`]):
//! no figure about fewer than the threshold of respondents, bands for small counts, dominance for
//! amounts, and no group published whose difference with another published group is too small.
//!
//! Figures are per closed half-year (`2026-H1` is January to June). A closed period never gains
//! a response, so its figures never change and nothing can be learnt by comparing a figure with
//! itself a day later. Within a period, organisations are considered largest first and checked
//! against each other with the differencing registry, in a fixed order, so the same figures are
//! published every time they are computed.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::entities::named;
use crate::registry::{self, Org};
use hiroba_companies::disclosure::{self, Figure, Reason, Registry, Rules};
use hiroba_core::db::Db;
use hiroba_safety::entities::{flags, responses};

/// The Safety questions about recruitment fees and debt.
pub const QUESTIONS: [&str; 4] = ["fees-paid", "deposit-paid", "broker-debt", "wages-to-pay-debt"];

/// `(first day, last day)` of a half-year such as `2026-H1`.
pub fn range(period: &str) -> Option<(String, String)> {
    let (year, half) = period.split_once('-')?;
    let year: i32 = year.parse().ok().filter(|y| (2000..3000).contains(y))?;
    match half {
        "H1" => Some((format!("{year}-01-01"), format!("{year}-06-30"))),
        "H2" => Some((format!("{year}-07-01"), format!("{year}-12-31"))),
        _ => None,
    }
}

/// The last `n` half-years that have ended by `today`, newest first.
pub fn closed_periods(today: NaiveDate, n: usize) -> Vec<String> {
    let (mut year, mut half) = (today.year(), if today.month() <= 6 { 1 } else { 2 });
    let mut out = Vec::new();
    while out.len() < n {
        // Step back to the previous half-year: the current one has not ended.
        if half == 1 {
            year -= 1;
            half = 2;
        } else {
            half = 1;
        }
        out.push(format!("{year}-H{half}"));
    }
    out
}

/// What may be shown about one organisation in one period.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    Published {
        respondents: u64,
        /// (question id, flagged respondents)
        counts: Vec<(&'static str, Figure)>,
        /// The mean recruitment fee paid (yen), over those who answered.
        mean_fee: Figure,
    },
    Suppressed(Reason),
    /// Nobody named the organisation in the period.
    Nobody,
}

/// Every organisation's figures for `period`.
pub async fn for_period(db: &Db, rules: &Rules, period: &str) -> Result<Vec<(Org, Shown)>, sea_orm::DbErr> {
    let Some((from, to)) = range(period) else { return Ok(Vec::new()) };
    let rows = named::Entity::find()
        .filter(named::Column::Day.gte(from.as_str()))
        .filter(named::Column::Day.lte(to.as_str()))
        .all(db.read())
        .await?;
    let mut groups: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
    for r in &rows {
        groups.entry(r.org_id).or_default().insert(r.response_id);
    }
    let all_responses: BTreeSet<i64> = groups.values().flatten().copied().collect();
    let ids: Vec<i64> = all_responses.iter().copied().collect();
    // Flags of the fee questions, and the fee amounts answered.
    let mut flagged: BTreeMap<i64, BTreeSet<String>> = BTreeMap::new();
    let mut fees: BTreeMap<i64, f64> = BTreeMap::new();
    for chunk in ids.chunks(500) {
        for f in flags::Entity::find()
            .filter(flags::Column::ResponseId.is_in(chunk.iter().copied()))
            .filter(flags::Column::QuestionId.is_in(QUESTIONS))
            .all(db.read())
            .await?
        {
            flagged.entry(f.response_id).or_default().insert(f.question_id);
        }
        for r in responses::Entity::find()
            .filter(responses::Column::Id.is_in(chunk.iter().copied()))
            .all(db.read())
            .await?
        {
            let answers: BTreeMap<String, String> = serde_json::from_str(&r.answers).unwrap_or_default();
            if let Some(v) = answers.get("fees-paid").and_then(|v| v.parse::<f64>().ok()) {
                fees.insert(r.id, v);
            }
        }
    }
    // Largest groups first, then by id: the widest view survives differencing, deterministically.
    let mut order: Vec<(&i64, &BTreeSet<i64>)> = groups.iter().collect();
    order.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    let mut published = Registry::default();
    let mut shown: BTreeMap<i64, Shown> = BTreeMap::new();
    for (org, set) in order {
        let decision = if set.len() < rules.threshold() {
            Shown::Suppressed(Reason::SmallGroup)
        } else if published.conflict(rules, set).is_some() {
            Shown::Suppressed(Reason::Differencing)
        } else {
            published.add(disclosure::Published {
                key: format!("recruitment/{period}/org:{org}"),
                responses: set.iter().copied().collect(),
            });
            let n = set.len() as u64;
            let counts = QUESTIONS
                .iter()
                .map(|q| {
                    let k =
                        set.iter().filter(|r| flagged.get(r).is_some_and(|f| f.contains(*q))).count() as u64;
                    (*q, disclosure::count(n, k))
                })
                .collect();
            let values: Vec<f64> = set.iter().filter_map(|r| fees.get(r).copied()).collect();
            Shown::Published { respondents: n, counts, mean_fee: disclosure::amount(&values) }
        };
        shown.insert(*org, decision);
    }
    let mut out = Vec::new();
    for org in registry::all(db).await? {
        let s = shown.remove(&org.id).unwrap_or(Shown::Nobody);
        out.push((org, s));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_closed_half_years() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(closed_periods(d("2026-11-26"), 3), ["2026-H1", "2025-H2", "2025-H1"]);
        assert_eq!(closed_periods(d("2026-03-01"), 2), ["2025-H2", "2025-H1"]);
        assert_eq!(range("2026-H2"), Some(("2026-07-01".into(), "2026-12-31".into())));
        assert_eq!(range("2026-Q1"), None);
    }
}

//! Aggregate speed (run by `hiroba bench safety`): generate realistic completed responses at a
//! handful of sites with the real bank and flag rules, then time the aggregate the company program
//! asks for. Printed, never asserted.

use rand::{Rng, SeedableRng};
use sea_orm::{EntityTrait, Set, TransactionTrait};
use std::time::{Duration, Instant};

use crate::aggregates::{self, Aggregate, Scope};
use crate::bank::{self, Answers, Bank};
use crate::entities::responses;
use crate::store;
use hiroba_core::db::Db;

pub struct Report {
    pub responses: usize,
    pub fill: Duration,
    pub aggregate_all: Duration,
    pub aggregate_sites: Duration,
    pub result: Aggregate,
    /// Full submissions (start, every section, completion) per second, one after another.
    pub submissions_per_sec: f64,
}

/// A plausible answer: most workers answer "no problem"; some do not.
fn answer(q: &bank::Question, rng: &mut impl Rng) -> Option<String> {
    let risky = rng.gen_bool(0.12);
    Some(match q.kind.as_str() {
        "yes-no" => match (risky, &q.flag) {
            (true, Some(bank::Flag::Yes)) | (false, Some(bank::Flag::No)) => "yes".into(),
            (true, Some(bank::Flag::No)) | (false, _) => "no".into(),
            _ => "unsure".into(),
        },
        "choice" => match (&q.flag, risky) {
            (Some(bank::Flag::OneOf { choices }), true) => choices[rng.gen_range(0..choices.len())].clone(),
            _ => q.choices[0].clone(),
        },
        "prefecture" => format!("{:02}", rng.gen_range(1..=47)),
        "number" => {
            let (min, max) = (q.min.unwrap_or(0.0), q.max.unwrap_or(100.0));
            // A value on the harmless side of the question's rule, or (for some) on the other.
            let (lo, hi) = match (&q.flag, risky) {
                (Some(bank::Flag::Above { value }), false) => (min, value.min(max)),
                (Some(bank::Flag::Above { value }), true) => {
                    ((value + 1.0).min(max), max.min(value * 2.0 + 10.0))
                }
                (Some(bank::Flag::AtLeast { value }), false) => (min, (value - 1.0).max(min)),
                (Some(bank::Flag::AtLeast { value }), true) => (*value, max.min(value * 2.0 + 10.0)),
                (Some(bank::Flag::Below { value }), false) => (value.min(max), max.min(value * 2.0 + 1.0)),
                (Some(bank::Flag::Below { value }), true) => (min, (value - 1.0).max(min)),
                (Some(bank::Flag::BelowMinimumWage { .. }), false) => {
                    (1300.0_f64.min(max), 1800.0_f64.min(max))
                }
                (Some(bank::Flag::BelowMinimumWage { .. }), true) => (min.max(500.0), 950.0_f64.min(max)),
                _ => (min, min + (max - min) * 0.1),
            };
            let v = if hi > lo { rng.gen_range(lo..=hi) } else { lo };
            format!("{}", v.round() as i64)
        }
        _ => return None,
    })
}

/// What to generate: `n` completed responses with plausible answers and the bank's real flags,
/// completed on days spread over `days`, at `sites` (20 % with no site when `some_without_site`).
/// Token hashes start with `label`, so synthetic responses can be told apart. For benchmarks and
/// for demonstration data only.
pub struct Synthetic<'a> {
    pub sites: &'a [i64],
    pub n: usize,
    pub days: &'a [String],
    pub some_without_site: bool,
    pub label: &'a str,
    pub seed: u64,
}

pub async fn generate(db: &Db, b: &Bank, spec: Synthetic<'_>) -> Result<(), sea_orm::DbErr> {
    let Synthetic { sites, n, days, some_without_site, label, seed } = spec;
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    for chunk in 0..n.div_ceil(1000) {
        let txn = db.write().begin().await?;
        for i in 0..1000.min(n - chunk * 1000) {
            let mut answers = Answers::new();
            for q in &b.questions {
                if let Some(a) = answer(q, &mut rng) {
                    answers.insert(q.id.clone(), a);
                }
            }
            let day = days[rng.gen_range(0..days.len())].clone();
            let site =
                (!some_without_site || rng.gen_bool(0.8)).then(|| sites[rng.gen_range(0..sites.len())]);
            let flagged = bank::evaluate(b, &answers, &day, &crate::minimum_wage::on);
            let row = responses::ActiveModel {
                token_hash: Set(format!("{label}-{seed}-{chunk}-{i}")),
                bank_version: Set(b.version.clone()),
                lang: Set("my".into()),
                site_id: Set(site),
                employer_not_listed: Set(false),
                day: Set(day.clone()),
                answers: Set(serde_json::to_string(&answers).expect("serialise")),
                step: Set(b.sections.len() as i32),
                completed_day: Set(Some(day.clone())),
                ..Default::default()
            };
            let id = responses::Entity::insert(row).exec(&txn).await?.last_insert_id;
            store::store_flags(&txn, id, site, &day, &flagged).await?;
        }
        txn.commit().await?;
    }
    Ok(())
}

/// Every day of 2026, as `YYYY-MM-DD`.
pub fn days_of_2026() -> Vec<String> {
    (0..365)
        .map(|d| {
            (chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Duration::days(d))
                .format("%Y-%m-%d")
                .to_string()
        })
        .collect()
}

pub async fn run(db: &Db, b: &Bank, n: usize) -> Result<Report, sea_orm::DbErr> {
    let mut sites = Vec::new();
    for i in 0..20 {
        sites.push(
            store::create_site(db, &format!("BENCH{i:03}"), "Bench Co.", &format!("site {i}")).await?.id,
        );
    }
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let start = Instant::now();
    let days = days_of_2026();
    let spec = Synthetic { sites: &sites, n, days: &days, some_without_site: true, label: "bench", seed: 7 };
    generate(db, b, spec).await?;
    let fill = start.elapsed();
    let t = Instant::now();
    let result =
        aggregates::aggregate(db, &Scope { sites: None, from: "2026-01-01", to: "2026-12-31" }).await?;
    let aggregate_all = t.elapsed();
    let t = Instant::now();
    aggregates::aggregate(db, &Scope { sites: Some(&sites[..5]), from: "2026-04-01", to: "2026-09-30" })
        .await?;
    let aggregate_sites = t.elapsed();
    // Submission throughput through the same functions the pages call.
    let runs = 500;
    let t = Instant::now();
    for _ in 0..runs {
        let token = store::start(db, &b.version, "my", None, false).await?;
        let r = store::find(db, &token).await?.expect("just started");
        let mut answers = Answers::new();
        for q in &b.questions {
            if let Some(a) = answer(q, &mut rng) {
                answers.insert(q.id.clone(), a);
            }
        }
        for (i, section) in b.sections.iter().enumerate() {
            let part: Answers = b
                .section_questions(section)
                .filter_map(|q| answers.get(&q.id).map(|a| (q.id.clone(), a.clone())))
                .collect();
            let r = store::find(db, &token).await?.expect("draft");
            store::save_section(db, &r, &part, i as i32 + 2).await?;
        }
        let r2 = store::find(db, &token).await?.expect("draft");
        let _ = r;
        store::complete(db, &r2, b).await?;
    }
    let submissions_per_sec = runs as f64 / t.elapsed().as_secs_f64();
    Ok(Report { responses: n, fill, aggregate_all, aggregate_sites, result, submissions_per_sec })
}

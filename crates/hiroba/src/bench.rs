//! `hiroba bench …`: measurements that run inside the binary, each on a fresh database
//! (`DATABASE_URL` when set, otherwise SQLite in a temporary folder). HTTP throughput against
//! nginx is measured by the scripts in `bench/`. Figures are printed, never asserted.

use anyhow::{Context, Result};
use hiroba_core::config::Config;
use hiroba_core::db::Db;
use std::path::PathBuf;

use crate::redact;

/// A database for one benchmark, and the temporary folder to remove afterwards.
async fn database(config: &Config, name: &str) -> Result<(Db, String, PathBuf)> {
    let dir = std::env::temp_dir().join(format!("hiroba-bench-{name}-{}", std::process::id()));
    let url = if std::env::var("DATABASE_URL").is_ok() {
        config.database_url.clone()
    } else {
        format!("sqlite://{}/bench.db", dir.display())
    };
    let db = Db::connect(&url).await?;
    db.migrate().await?;
    Ok((db, redact(&url), dir))
}

async fn finish(db: Db, dir: PathBuf) {
    db.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}

pub async fn safety(config: &Config, responses: usize) -> Result<()> {
    let (db, url, dir) = database(config, "safety").await?;
    hiroba_safety::store::install_bundled(&db, &hiroba_safety::BANKS).await.map_err(anyhow::Error::msg)?;
    let bank = hiroba_safety::store::active_bank(&db).await?.context("no question bank")?;
    println!("generating {responses} responses in {url} …");
    let r = hiroba_safety::bench::run(&db, &bank, responses).await?;
    println!("generated in {:.1} s", r.fill.as_secs_f64());
    println!(
        "aggregate, all {} responses, one year: {:.1} ms",
        r.responses,
        r.aggregate_all.as_secs_f64() * 1e3
    );
    println!("aggregate, 5 sites, six months: {:.1} ms", r.aggregate_sites.as_secs_f64() * 1e3);
    println!(
        "submissions (start, 8 sections, completion), one after another: {:.0} per second",
        r.submissions_per_sec
    );
    println!("respondents {}; most flagged indicators:", r.result.respondents);
    let mut ind = r.result.by_indicator.clone();
    ind.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    for (i, n) in ind.iter().take(5) {
        println!("  {i:<28} {n}");
    }
    finish(db, dir).await;
    Ok(())
}

pub async fn search(config: &Config, articles: usize, rounds: usize) -> Result<()> {
    let (db, url, dir) = database(config, "search").await?;
    println!("filling {url} with {articles} articles …");
    let r = hiroba_portal::bench::run(&db, articles, &config.languages, rounds).await?;
    println!("filled in {:.1} s", r.fill.as_secs_f64());
    println!("{:<8} {:<22} {:>10} {:>10} {:>6}", "lang", "query", "p50 ms", "p99 ms", "hits");
    for (lang, q, p50, p99, hits) in r.queries {
        println!(
            "{lang:<8} {q:<22} {:>10.2} {:>10.2} {hits:>6}",
            p50.as_secs_f64() * 1e3,
            p99.as_secs_f64() * 1e3
        );
    }
    finish(db, dir).await;
    Ok(())
}

pub async fn companies(config: &Config, sites: usize, responses: usize) -> Result<()> {
    let (db, url, dir) = database(config, "companies").await?;
    hiroba_safety::store::install_bundled(&db, &hiroba_safety::BANKS).await.map_err(anyhow::Error::msg)?;
    let bank = hiroba_safety::store::active_bank(&db).await?.context("no question bank")?;
    println!("building a chain of {sites} sites and {responses} responses in {url} …");
    let r = hiroba_companies::bench::run(&db, &bank, sites, responses).await?;
    println!(
        "chain built in {:.1} s, responses generated in {:.1} s",
        r.build.as_secs_f64(),
        r.fill.as_secs_f64()
    );
    for (label, (took, s)) in
        [("first date", &r.first), ("second date (checked against the first)", &r.second)]
    {
        println!(
            "freeze, {label}: {:.2} s (reading {:.2} s, planning and figures {:.2} s, storing {:.2} s) for {} sites and {} responses ({} reports: {} groups published, {} suppressed)",
            took.as_secs_f64(),
            s.reading.as_secs_f64(),
            s.planning.as_secs_f64(),
            s.storing.as_secs_f64(),
            r.sites,
            r.responses,
            s.reports,
            s.published,
            s.suppressed
        );
    }
    finish(db, dir).await;
    Ok(())
}

//! Freeze speed (run by `hiroba bench companies`): a chain of suppliers and sites, realistic
//! responses over a year, then the time to freeze the reports of one date, and of a second date
//! checked against everything the first published. Printed, never asserted.

use std::time::{Duration, Instant};

use crate::chain::{self, NewCompany, NewNode};
use crate::disclosure::Rules;
use crate::reports::{self, Summary};
use hiroba_core::db::Db;
use hiroba_safety::bank::Bank;

pub struct Report {
    pub sites: usize,
    pub responses: usize,
    pub build: Duration,
    pub fill: Duration,
    pub first: (Duration, Summary),
    pub second: (Duration, Summary),
}

pub async fn run(db: &Db, bank: &Bank, sites: usize, responses: usize) -> Result<Report, sea_orm::DbErr> {
    let invalid = |e: chain::ChainError| sea_orm::DbErr::Custom(e.to_string());
    let t = Instant::now();
    let company = chain::admit(
        db,
        NewCompany {
            name: "Bench Holdings",
            contact_email: "bench@example.org",
            contract_start: "2026-01-01",
            contract_end: "2027-12-31",
            target_workers: "200000",
        },
    )
    .await
    .map_err(invalid)?;
    // Tier 1: one supplier per 20 sites; every fifth supplier has a tier-2 supplier of its own.
    let mut site_ids = Vec::new();
    let mut parent = None;
    for i in 0..sites {
        if i % 20 == 0 {
            let under = if (i / 20) % 5 == 4 { parent } else { None };
            let new = NewNode {
                chain: company.id,
                parent: under,
                kind: "supplier",
                name: "Supplier",
                address: "",
                industry: "",
                migrant_workers: "",
            };
            parent = Some(chain::add_node(db, new).await.map_err(invalid)?.id);
        }
        let new = NewNode {
            chain: company.id,
            parent,
            kind: "site",
            name: "Site",
            address: "",
            industry: "",
            migrant_workers: "100",
        };
        site_ids.push(chain::add_node(db, new).await.map_err(invalid)?.site_id.unwrap_or_default());
    }
    let build = t.elapsed();
    let t = Instant::now();
    let days = hiroba_safety::bench::days_of_2026();
    let spec = hiroba_safety::bench::Synthetic {
        sites: &site_ids,
        n: responses,
        days: &days,
        some_without_site: false,
        label: "bench",
        seed: 11,
    };
    hiroba_safety::bench::generate(db, bank, spec).await?;
    let fill = t.elapsed();
    let rules = Rules::default();
    let mut timed = Vec::new();
    for day in ["2026-12-31", "2027-01-31"] {
        let date = reports::add_date(db, day).await.map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?;
        let t = Instant::now();
        let summary = reports::freeze(db, &rules, date.id).await?.unwrap_or_default();
        timed.push((t.elapsed(), summary));
    }
    let second = timed.pop().unwrap_or_default();
    let first = timed.pop().unwrap_or_default();
    Ok(Report { sites, responses, build, fill, first, second })
}

//! Demonstration data: a company with a two-tier chain, synthetic Safety responses (marked
//! `demo-` in their token hashes) and two frozen aggregation dates, so the dashboard, the trend
//! and the disclosure rules can be seen on a fresh installation. The demo company admin account
//! administers it.

use crate::chain::{self, NewCompany, NewNode};
use crate::disclosure::Rules;
use crate::reports;
use hiroba_core::AppState;

pub const COMPANY: &str = "Hiroba Demo Foods Co., Ltd.";

pub async fn load(state: &AppState) -> Result<bool, sea_orm::DbErr> {
    let db = &state.db;
    if chain::program_companies(db).await?.iter().any(|c| c.name == COMPANY) {
        return Ok(false);
    }
    let invalid = |e: chain::ChainError| sea_orm::DbErr::Custom(e.to_string());
    let company = chain::admit(
        db,
        NewCompany {
            name: COMPANY,
            contact_email: "company-admin@demo.hiroba.example",
            contract_start: "2026-04-01",
            contract_end: "2027-03-31",
            target_workers: "180",
        },
    )
    .await
    .map_err(invalid)?;
    if let Some(admin) =
        hiroba_core::auth::users::find_by_email(db, "company-admin@demo.hiroba.example").await?
    {
        chain::add_member(db, company.id, admin.id, "admin").await?;
    }
    if let Some(viewer) =
        hiroba_core::auth::users::find_by_email(db, "company-viewer@demo.hiroba.example").await?
    {
        chain::add_member(db, company.id, viewer.id, "viewer").await?;
    }
    let node = |parent: Option<i64>, kind: &'static str, name: &'static str, workers: &'static str| NewNode {
        chain: company.id,
        parent,
        kind,
        name,
        address: "",
        industry: "食品製造 / food manufacturing",
        migrant_workers: workers,
    };
    let saitama = chain::add_node(db, node(None, "site", "Saitama factory", "60")).await.map_err(invalid)?;
    let gunma = chain::add_node(db, node(None, "site", "Gunma factory", "40")).await.map_err(invalid)?;
    let supplier =
        chain::add_node(db, node(None, "supplier", "Sakura Packaging", "0")).await.map_err(invalid)?;
    let chiba = chain::add_node(db, node(Some(supplier.id), "site", "Sakura Chiba plant", "45"))
        .await
        .map_err(invalid)?;
    let small = chain::add_node(db, node(Some(supplier.id), "site", "Sakura Kisarazu depot", "8"))
        .await
        .map_err(invalid)?;
    let Some(bank) = hiroba_safety::store::active_bank(db).await? else { return Ok(true) };
    let days = hiroba_safety::bench::days_of_2026();
    let (spring, summer) = (&days[90..180], &days[181..270]);
    for (i, (site, n, period)) in [
        (&saitama, 34, spring),
        (&gunma, 22, spring),
        (&chiba, 18, spring),
        (&small, 4, spring),
        (&saitama, 12, summer),
        (&chiba, 11, summer),
    ]
    .into_iter()
    .enumerate()
    {
        let spec = hiroba_safety::bench::Synthetic {
            sites: &[site.site_id.unwrap_or_default()],
            n,
            days: period,
            some_without_site: false,
            label: "demo",
            seed: i as u64,
        };
        hiroba_safety::bench::generate(db, &bank, spec).await?;
    }
    let rules = Rules::with_threshold(state.config.disclosure_threshold).unwrap_or_default();
    for day in ["2026-06-30", "2026-09-30"] {
        let date = reports::add_date(db, day).await.map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?;
        reports::freeze(db, &rules, date.id).await?;
    }
    reports::add_date(db, "2027-03-31").await.map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?;
    Ok(true)
}

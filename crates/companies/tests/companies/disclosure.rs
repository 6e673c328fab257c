//! A company trying to learn one worker's answer. The test builds the situations the rules exist
//! for, freezes two successive dates, and then checks every published figure with an oracle that
//! recomputes each published group from the raw responses, independently of the planner: no
//! published group, and no difference between two published groups, may concern fewer than 10
//! respondents, and no count may say "none", "exactly one" or "everyone".

use std::collections::{BTreeMap, BTreeSet};

use hiroba_companies::chain::{self, NewCompany, NewNode};
use hiroba_companies::disclosure::{Figure, Rules};
use hiroba_companies::entities::{dates, nodes, reports};
use hiroba_companies::reports as frozen;
use hiroba_core::db::Db;
use hiroba_testkit::db_test;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::{app, respond, BANK};

async fn company(db: &Db, name: &str) -> i64 {
    chain::admit(
        db,
        NewCompany {
            name,
            contact_email: "hr@example.co.jp",
            contract_start: "2026-04-01",
            contract_end: "2027-03-31",
            target_workers: "200",
        },
    )
    .await
    .unwrap()
    .id
}

async fn node(db: &Db, chain_id: i64, parent: Option<i64>, kind: &str, name: &str) -> chain::ChainNode {
    chain::add_node(
        db,
        NewNode { chain: chain_id, parent, kind, name, address: "", industry: "", migrant_workers: "20" },
    )
    .await
    .unwrap()
}

/// `n` respondents at the node's site on `day`, the first `flagged` of them flagged on
/// "passport-held"-like question `forced-overtime`.
async fn answers(db: &Db, site: &chain::ChainNode, day: &str, n: usize, flagged: usize) -> Vec<i64> {
    let mut ids = Vec::new();
    for i in 0..n {
        let q: &[&str] = if i < flagged { &["forced-overtime"] } else { &[] };
        ids.push(respond(db, site.site_id.unwrap(), day, q, &[("overtime-hours", "20")]).await);
    }
    ids
}

/// The independent oracle: the responses behind a published row, recomputed from raw data.
async fn true_group(db: &Db, row: &reports::Model) -> BTreeSet<i64> {
    use hiroba_safety::entities::responses;
    let date = dates::Entity::find_by_id(row.date_id).one(db.read()).await.unwrap().unwrap();
    let day = chrono::NaiveDate::parse_from_str(&date.day, "%Y-%m-%d").unwrap();
    let from = (day - chrono::Duration::days(frozen::WINDOW_DAYS - 1)).to_string();
    let all = nodes::Entity::find()
        .filter(nodes::Column::CompanyId.eq(row.company_id))
        .all(db.read())
        .await
        .unwrap();
    let under: BTreeSet<i64> = match row.node_id {
        Some(n) => chain::subtree(&all, n),
        None => all.iter().map(|n| n.id).collect(),
    };
    let sites: Vec<i64> = all.iter().filter(|n| under.contains(&n.id)).filter_map(|n| n.site_id).collect();
    responses::Entity::find()
        .filter(responses::Column::SiteId.is_in(sites))
        .filter(responses::Column::CompletedDay.gte(from))
        .filter(responses::Column::CompletedDay.lte(date.day))
        .filter(responses::Column::BankVersion.eq(row.bank_version.clone()))
        .all(db.read())
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect()
}

/// Every published figure and every difference between two published groups.
async fn assert_nothing_about_fewer_than_10(db: &Db) -> usize {
    let rows: Vec<reports::Model> = reports::Entity::find()
        .filter(reports::Column::BankVersion.ne(frozen::GRIEVANCES))
        .all(db.read())
        .await
        .unwrap();
    let mut published: Vec<(String, BTreeSet<i64>)> = Vec::new();
    for row in &rows {
        let f = frozen::figures(row);
        if row.suppressed.is_some() {
            assert!(
                f.by_question.is_empty() && f.by_indicator.is_empty() && f.amounts.is_empty(),
                "a suppressed group shows figures: {row:?}"
            );
            assert!(row.respondents < 0, "a suppressed group shows its exact size");
            continue;
        }
        let group = true_group(db, row).await;
        let n = group.len() as u64;
        if n == 0 {
            continue;
        }
        assert!(n >= 10, "published a group of {n}: {row:?}");
        assert_eq!(f.respondents, Some(Figure::Exact { value: n }), "the stored size is the true size");
        for (what, fig) in f.by_question.iter().chain(f.by_indicator.iter()) {
            if let Figure::Exact { value } = fig {
                assert!(*value >= 3 && n - value >= 3, "{what}: exact {value} of {n}");
            }
        }
        published.push((format!("date {} node {:?}", row.date_id, row.node_id), group));
    }
    for (i, (a, ga)) in published.iter().enumerate() {
        for (b, gb) in &published[i + 1..] {
            if ga.is_disjoint(gb) {
                continue;
            }
            for d in [ga.difference(gb).count(), gb.difference(ga).count()] {
                assert!(d == 0 || d >= 10, "{a} and {b} differ by {d} respondents");
            }
        }
    }
    published.len()
}

db_test!(a_company_cannot_learn_one_workers_answer, |backend| async move {
    let app = app(backend).await;
    let db = &app.state.db;
    let rules = Rules::default();
    let c = company(db, "Kanto Foods").await;
    let s9 = node(db, c, None, "site", "Site of 9").await;
    let s10 = node(db, c, None, "site", "Site of 10").await;
    let s11 = node(db, c, None, "site", "Site of 11").await;
    let supplier = node(db, c, None, "supplier", "Supplier").await;
    let big = node(db, c, Some(supplier.id), "site", "Supplier's big site").await;
    let small = node(db, c, Some(supplier.id), "site", "Supplier's small site").await;
    let all_yes = node(db, c, None, "site", "Everyone flagged").await;
    let one_yes = node(db, c, None, "site", "One flagged").await;
    let june = "2026-06-01";
    answers(db, &s9, june, 9, 4).await;
    answers(db, &s10, june, 10, 5).await;
    answers(db, &s11, june, 11, 5).await;
    answers(db, &big, june, 12, 6).await;
    answers(db, &small, june, 3, 3).await;
    answers(db, &all_yes, june, 10, 10).await;
    answers(db, &one_yes, june, 10, 1).await;

    let d1 = frozen::add_date(db, "2026-06-30").await.unwrap();
    let summary = frozen::freeze(db, &rules, d1.id).await.unwrap().expect("frozen");
    assert!(summary.published > 0 && summary.suppressed > 0, "{summary:?}");
    assert!(frozen::freeze(db, &rules, d1.id).await.unwrap().is_none(), "a date freezes once");

    let row = |rows: &[reports::Model], node: Option<i64>| {
        rows.iter().find(|r| r.node_id == node && r.bank_version == BANK).cloned().unwrap()
    };
    let first: Vec<reports::Model> =
        reports::Entity::find().filter(reports::Column::DateId.eq(d1.id)).all(db.read()).await.unwrap();
    assert_eq!(row(&first, Some(s9.id)).suppressed.as_deref(), Some("small-group"), "9 respondents");
    assert_eq!(row(&first, Some(s10.id)).respondents, 10, "10 respondents");
    assert_eq!(row(&first, Some(s11.id)).respondents, 11, "11 respondents");
    assert_eq!(row(&first, Some(small.id)).suppressed.as_deref(), Some("small-group"));
    assert_eq!(
        row(&first, Some(supplier.id)).suppressed.as_deref(),
        Some("complementary"),
        "the supplier minus its big site would be the small site"
    );
    let by_q = |r: &reports::Model| -> BTreeMap<String, Figure> {
        frozen::figures(r).by_question.into_iter().collect()
    };
    assert_eq!(by_q(&row(&first, Some(all_yes.id)))["forced-overtime"], Figure::AlmostAll);
    assert_eq!(by_q(&row(&first, Some(one_yes.id)))["forced-overtime"], Figure::FewerThan { limit: 3 });
    assert_eq!(
        row(&first, None).respondents,
        65,
        "the company, with the small sites rolled up: {:?}",
        row(&first, None)
    );

    // One more worker answers at the site of 10: the next date must not let the company
    // subtract the two reports.
    answers(db, &s10, "2026-07-15", 1, 1).await;
    let d2 = frozen::add_date(db, "2026-07-31").await.unwrap();
    frozen::freeze(db, &rules, d2.id).await.unwrap().expect("frozen");
    let second: Vec<reports::Model> =
        reports::Entity::find().filter(reports::Column::DateId.eq(d2.id)).all(db.read()).await.unwrap();
    assert_eq!(row(&second, Some(s10.id)).suppressed.as_deref(), Some("differencing"));
    assert_eq!(row(&second, None).suppressed.as_deref(), Some("differencing"));
    assert_eq!(row(&second, Some(s11.id)).respondents, 11, "an unchanged site is shown again");

    let checked = assert_nothing_about_fewer_than_10(db).await;
    assert!(checked >= 8, "the oracle checked {checked} published groups");

    // Frozen reports never change.
    use sea_orm::{ConnectionTrait, Statement};
    let sql = format!("UPDATE frozen_reports SET respondents = 1 WHERE id = {}", first[0].id);
    let refused = db.write().execute(Statement::from_string(db.write().get_database_backend(), sql)).await;
    assert!(refused.is_err(), "frozen_reports refuses UPDATE");
});

db_test!(a_company_with_one_small_site_is_not_shown_next_to_its_big_site, |backend| async move {
    let app = app(backend).await;
    let db = &app.state.db;
    let c = company(db, "Tokai Parts").await;
    let a = node(db, c, None, "site", "A").await;
    let b = node(db, c, None, "site", "B").await;
    answers(db, &a, "2026-05-10", 15, 5).await;
    answers(db, &b, "2026-05-10", 6, 3).await;
    let d = frozen::add_date(db, "2026-05-31").await.unwrap();
    frozen::freeze(db, &Rules::default(), d.id).await.unwrap();
    let rows: Vec<reports::Model> = reports::Entity::find().all(db.read()).await.unwrap();
    let get = |n: Option<i64>| rows.iter().find(|r| r.node_id == n && r.bank_version == BANK).unwrap();
    // The company (21) minus A (15) would be B (6): A is shown, the company is not.
    assert_eq!(get(Some(a.id)).respondents, 15);
    assert_eq!(get(Some(b.id)).suppressed.as_deref(), Some("small-group"));
    assert_eq!(get(None).suppressed.as_deref(), Some("complementary"));
    assert_nothing_about_fewer_than_10(db).await;
    // A higher threshold is allowed, a lower one is not.
    assert!(Rules::with_threshold(15).is_some() && Rules::with_threshold(5).is_none());
});

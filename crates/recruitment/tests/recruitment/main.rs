//! Fair recruitment, on SQLite and (with TEST_DATABASE_URL) PostgreSQL: the registry and its
//! chain, the public list, workers naming their recruiters, fee figures per organisation under
//! the disclosure rules (threshold, bands, differencing) and who may read them, and the worker's
//! encrypted, printable fee ledger.

use axum::http::StatusCode;
use hiroba_core::auth::Role;
use hiroba_core::db::Db;
use hiroba_recruitment::figures::{self, Shown};
use hiroba_recruitment::registry::{self, OrgForm};
use hiroba_testkit::{db_test, Backend, TestApp};
use sea_orm::{ActiveModelTrait, Set};

async fn app(backend: Backend) -> TestApp {
    let app = TestApp::new(
        backend,
        || hiroba_recruitment::routes().merge(hiroba_safety::routes()),
        &[&hiroba_recruitment::LOCALES, &hiroba_safety::LOCALES, &hiroba_companies::LOCALES],
    )
    .await;
    hiroba_safety::install_banks(&app.state).await.unwrap();
    app
}

/// A completed Safety response on `day` with `token`, flagged on `questions`, with `answers`.
async fn respond(db: &Db, token: &str, day: &str, questions: &[&str], answers: &[(&str, &str)]) -> i64 {
    use hiroba_safety::entities::{flags, responses};
    let answers: std::collections::BTreeMap<&str, &str> = answers.iter().copied().collect();
    let r = responses::ActiveModel {
        token_hash: Set(hiroba_core::crypto::sha256_hex(token)),
        bank_version: Set("2026-11".into()),
        lang: Set("vi".into()),
        site_id: Set(None),
        employer_not_listed: Set(true),
        day: Set(day.into()),
        answers: Set(serde_json::to_string(&answers).unwrap()),
        step: Set(99),
        completed_day: Set(Some(day.into())),
        ..Default::default()
    }
    .insert(db.write())
    .await
    .unwrap();
    for q in questions {
        flags::ActiveModel {
            response_id: Set(r.id),
            question_id: Set(q.to_string()),
            site_id: Set(None),
            day: Set(day.into()),
        }
        .insert(db.write())
        .await
        .unwrap();
    }
    r.id
}

fn org(kind: &str, name: &str, country: &str, committed: &str) -> OrgForm {
    OrgForm {
        kind: kind.into(),
        name: name.into(),
        country: country.into(),
        committed_on: committed.into(),
        training_on: String::new(),
        monitoring: "in-progress".into(),
    }
}

db_test!(the_registry_links_the_chain_and_lists_the_committed, |backend| async move {
    let app = app(backend).await;
    let (sec, _) = app.signed_in(&[Role::Secretariat]).await;
    let add = |f: OrgForm| {
        let fields = [
            ("kind", f.kind),
            ("name", f.name),
            ("country", f.country),
            ("committed_on", f.committed_on),
            ("training_on", f.training_on),
            ("monitoring", f.monitoring),
        ];
        let sec = &sec;
        async move {
            let body: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            sec.post_form("/en/admin/recruitment", &body).await
        }
    };
    let res = add(org("sending", "Hanoi Manpower JSC", "Viet Nam", "2026-04-01")).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.body.contains("two letters"));
    for f in [
        org("sending", "Hanoi Manpower JSC", "vn", "2026-04-01"),
        org("supervising", "Kanto Cooperative", "JP", "2026-05-10"),
        org("host", "Gunma Foods", "JP", ""),
    ] {
        assert_eq!(add(f).await.status, StatusCode::SEE_OTHER);
    }
    let all = registry::all(&app.state.db).await.unwrap();
    let id = |name: &str| all.iter().find(|o| o.name == name).unwrap().id.to_string();
    let (s, v, h) = (id("Hanoi Manpower JSC"), id("Kanto Cooperative"), id("Gunma Foods"));
    assert_eq!(all.iter().find(|o| o.name == "Hanoi Manpower JSC").unwrap().country, "VN");
    assert_eq!(
        sec.post_form("/en/admin/recruitment/links", &[("from", &s), ("to", &v)]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        sec.post_form("/en/admin/recruitment/links", &[("from", &v), ("to", &h)]).await.status,
        StatusCode::SEE_OTHER
    );
    let wrong = sec.post_form("/en/admin/recruitment/links", &[("from", &s), ("to", &h)]).await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST, "a sending organisation links to a supervising one");
    assert_eq!(registry::links(&app.state.db).await.unwrap().len(), 2);
    let page = sec.get("/en/admin/recruitment").await;
    assert!(page.body.contains("Hanoi Manpower JSC → Kanto Cooperative"));
    // The public list: committed organisations only.
    let public = app.client().get("/vi/fair-recruitment").await;
    assert!(public.body.contains("Hanoi Manpower JSC") && public.body.contains("Kanto Cooperative"));
    assert!(!public.body.contains("Gunma Foods"));
});

db_test!(fee_figures_follow_the_disclosure_rules_and_reach_only_their_organisation, |backend| async move {
    let app = app(backend).await;
    let db = &app.state.db;
    let a = registry::create(db, &org("sending", "Agency A", "VN", "2026-01-01")).await.unwrap();
    let b = registry::create(db, &org("sending", "Agency B", "ID", "")).await.unwrap();
    let c = registry::create(db, &org("supervising", "Cooperative C", "JP", "")).await.unwrap();
    let period = figures::closed_periods(chrono::Utc::now().date_naive(), 1).remove(0);
    let (day, _) = figures::range(&period).unwrap();
    // Twelve workers named A: eight paid fees (varied amounts), two paid a deposit.
    let mut a_responses = Vec::new();
    for i in 0..12 {
        let fee = if i < 8 { (300_000 + i * 50_000).to_string() } else { "0".to_string() };
        let mut flagged = vec![];
        if i < 8 {
            flagged.push("fees-paid");
        }
        if i < 2 {
            flagged.push("deposit-paid");
        }
        let r = respond(
            db,
            &format!("token-a-{i:02}-xxxxxxxxxxxxxxxxxxxx"),
            &day,
            &flagged,
            &[("fees-paid", &fee)],
        )
        .await;
        hiroba_recruitment::naming::name(db, r, &day, &[a.id]).await.unwrap();
        a_responses.push(r);
    }
    // Five named B: too few.
    for i in 0..5 {
        let r = respond(
            db,
            &format!("token-b-{i:02}-xxxxxxxxxxxxxxxxxxxx"),
            &day,
            &["fees-paid"],
            &[("fees-paid", "500000")],
        )
        .await;
        hiroba_recruitment::naming::name(db, r, &day, &[b.id]).await.unwrap();
    }
    // Eleven of A's twelve also named C: C would reveal the twelfth worker by difference.
    for r in &a_responses[..11] {
        hiroba_recruitment::naming::name(db, *r, &day, &[a.id, c.id]).await.unwrap();
    }
    let rules = hiroba_companies::disclosure::Rules::default();
    let all = figures::for_period(db, &rules, &period).await.unwrap();
    let of = |id: i64| all.iter().find(|(o, _)| o.id == id).unwrap().1.clone();
    use hiroba_companies::disclosure::{Figure, Reason};
    match of(a.id) {
        Shown::Published { respondents, counts, mean_fee } => {
            assert_eq!(respondents, 12);
            assert_eq!(counts[0], ("fees-paid", Figure::Exact { value: 8 }));
            assert_eq!(
                counts[1],
                ("deposit-paid", Figure::FewerThan { limit: 3 }),
                "a small count is a band"
            );
            assert!(matches!(mean_fee, Figure::Mean { answered: 12, .. }), "{mean_fee:?}");
        }
        other => panic!("A is published: {other:?}"),
    }
    assert_eq!(of(b.id), Shown::Suppressed(Reason::SmallGroup));
    assert_eq!(of(c.id), Shown::Suppressed(Reason::Differencing));
    // The same answer every time it is computed.
    assert_eq!(figures::for_period(db, &rules, &period).await.unwrap(), all);

    // A's staff read A's figures, not B's; others read nothing.
    let (staff, staff_user) = app.signed_in(&[Role::Learner]).await;
    registry::add_staff(db, a.id, &staff_user.email).await.unwrap();
    let mine = staff.get("/en/fair-recruitment/mine").await;
    assert_eq!(mine.status, StatusCode::OK);
    assert!(mine.body.contains("Agency A") && !mine.body.contains("Agency B"));
    assert!(mine.body.contains("fewer than 3") && mine.body.contains(&period));
    let (other, _) = app.signed_in(&[Role::Learner]).await;
    assert_eq!(other.get("/en/fair-recruitment/mine").await.status, StatusCode::NOT_FOUND);
    let (sec, _) = app.signed_in(&[Role::Secretariat]).await;
    let page = sec.get(&format!("/en/admin/recruitment?period={period}")).await;
    assert!(page.body.contains("Agency B") && page.body.contains("id=\"figures\""));
});

db_test!(a_worker_names_recruiters_with_the_private_link_only, |backend| async move {
    let app = app(backend).await;
    let db = &app.state.db;
    let s = registry::create(db, &org("sending", "Manila Placement", "PH", "")).await.unwrap();
    let s2 = registry::create(db, &org("sending", "Cebu Placement", "PH", "")).await.unwrap();
    let v = registry::create(db, &org("supervising", "Chiba Cooperative", "JP", "")).await.unwrap();
    let today = hiroba_safety::store::today();
    let token = "worker-token-0123456789abcdef";
    let r = respond(db, token, &today, &[], &[]).await;
    let anon = app.client();
    let page = anon.get(&format!("/tl/safety/r/{token}/recruiters")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Manila Placement"));
    assert_eq!(
        anon.get("/tl/safety/r/not-a-valid-token-000000000/recruiters").await.status,
        StatusCode::NOT_FOUND
    );
    // Two sending organisations at once: refused, nothing stored.
    let res = anon
        .post_form(
            &format!("/tl/safety/r/{token}/recruiters"),
            &[("sending", &s.id.to_string()), ("supervising", &s2.id.to_string())],
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(hiroba_recruitment::naming::named_by(db, r).await.unwrap().is_empty());
    let res = anon
        .post_form(
            &format!("/tl/safety/r/{token}/recruiters"),
            &[("sending", &s.id.to_string()), ("supervising", &v.id.to_string()), ("host", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("id=\"saved\""));
    let mut named = hiroba_recruitment::naming::named_by(db, r).await.unwrap();
    named.sort();
    assert_eq!(named, [s.id, v.id]);
});

db_test!(the_fee_ledger_is_private_encrypted_and_prints_in_two_languages, |backend| async move {
    let app = app(backend).await;
    let (worker, me) = app.signed_in(&[Role::Worker]).await;
    let res = worker
        .post_form(
            "/vi/my/fees",
            &[("day", "2025-03-02"), ("category", "agency-fee"), ("amount", "không"), ("currency", "VND")],
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST, "a clear error in the worker's language, nothing saved");
    for (cat, amount, cur, to) in [
        ("agency-fee", "150.000.000", "VND", "Công ty ABC"),
        ("medical", "2,500,000", "VND", "Clinic"),
        ("travel", "35000", "JPY", ""),
    ] {
        let res = worker
            .post_form(
                "/vi/my/fees",
                &[
                    ("day", "2025-03-02"),
                    ("category", cat),
                    ("amount", amount),
                    ("currency", cur),
                    ("paid_to", to),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    }
    let page = worker.get("/vi/my/fees").await;
    assert!(page.body.contains("152,500,000 VND") && page.body.contains("35,000 JPY"), "totals per currency");
    // Encrypted at rest: the payee is not in the database as text.
    use hiroba_recruitment::entities::fee_ledger;
    use sea_orm::EntityTrait;
    let rows = fee_ledger::Entity::find().all(app.state.db.read()).await.unwrap();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| !r.entry.contains("ABC") && !r.entry.contains("150000000")));
    // Another account sees nothing of it and cannot delete it.
    let (other, _) = app.signed_in(&[Role::Worker]).await;
    assert!(!other.get("/vi/my/fees").await.body.contains("ABC"));
    assert_eq!(
        other.post_form(&format!("/vi/my/fees/{}/delete", rows[0].id), &[]).await.status,
        StatusCode::NOT_FOUND
    );
    // The print: Japanese beside Vietnamese.
    let print = worker.get("/vi/my/fees/print").await;
    assert_eq!(print.status, StatusCode::OK);
    assert!(print.body.contains("<span lang=\"ja\">"), "Japanese labels");
    assert!(print.body.contains(&me.display_name));
    assert_eq!(
        worker.post_form(&format!("/vi/my/fees/{}/delete", rows[0].id), &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(!worker.get("/vi/my/fees").await.body.contains("ABC"));
});

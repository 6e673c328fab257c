//! The secretariat extends the issue taxonomy: labels per language, validation, retiring, and the
//! new kinds flowing through classification and statistics.

use axum::http::StatusCode;
use hiroba_core::auth::Role;
use hiroba_testkit::db_test;

use crate::{app, open_case};

fn labels<'a>(pairs: &[(&'a str, &'a str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(lang, label)| (format!("label-{lang}"), label.to_string())).collect()
}

async fn audit_actions(app: &hiroba_testkit::TestApp) -> Vec<String> {
    let (entries, _) = hiroba_core::audit::page(&app.state.db, 0, 1000).await.unwrap();
    entries.into_iter().map(|e| format!("{} {}", e.action, e.target)).collect()
}

db_test!(a_kind_added_by_the_secretariat_is_offered_labelled_and_counted, |backend| async move {
    let app = app(backend).await;
    let (secretariat, _) = app.signed_in(&[Role::Secretariat]).await;
    let mut form =
        vec![("code".to_string(), "labour-overtime".to_string()), ("parent".into(), "labour".into())];
    form.extend(labels(&[
        ("en", "Overtime and working hours"),
        ("ja", "[残業|ざんぎょう]と [労働|ろうどう][時間|じかん]"),
        ("vi", "Làm thêm giờ và thời gian làm việc"),
    ]));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = secretariat.post_form("/en/staff/assist/taxonomy", &pairs).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert!(audit_actions(&app)
        .await
        .contains(&"assist.taxonomy.add issue-type:labour-overtime".to_string()));

    // Counsellors see it within Labour, in their language; a language without a label shows the
    // English one marked as a fallback; Japanese gets its furigana.
    let (counsellor, _) = app.signed_in(&[Role::Counsellor]).await;
    let vi = counsellor.get("/vi/staff/assist/new").await;
    assert!(vi.body.contains("value=\"labour-overtime\"> Làm thêm giờ và thời gian làm việc"), "{}", vi.body);
    let my = counsellor.get("/my/staff/assist/new").await;
    assert!(my.body.contains("data-i18n-missing=\"issue-labour-overtime\">Overtime and working hours"));
    let ja = counsellor.get("/ja/staff/assist/new").await;
    assert!(ja.body.contains("<ruby>残業<rp>(</rp><rt>ざんぎょう</rt><rp>)</rp></ruby>"), "{}", ja.body);

    // It classifies a consultation and is counted within Labour.
    let t = open_case(&app, "Minh", "minh@example.org", "vi", "I work 90 hours of overtime").await;
    let res = counsellor
        .post_form(
            &format!("/en/staff/assist/cases/{}/consultations", t.case_id),
            &[("kind", "contact"), ("channel", "phone"), ("issue", "labour-overtime")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let year = chrono::Datelike::year(&chrono::Utc::now());
    let stats = hiroba_assist::statistics::compute(
        &app.state.db,
        chrono::Utc::now() - chrono::Duration::days(1),
        chrono::Utc::now() + chrono::Duration::days(1),
    )
    .await
    .unwrap();
    let labour = stats.within_type.iter().find(|(t, _)| t == "labour").expect("labour counted");
    assert_eq!(labour.1[0].key, "labour-overtime");
    assert_eq!(labour.1[0].count, 1);
    let page =
        counsellor.get(&format!("/vi/staff/assist/statistics?from={year}-01-01&to={year}-12-31")).await;
    assert!(page.body.contains("Làm thêm giờ và thời gian làm việc"));

    // Used, so it cannot be deleted; retired, it is no longer offered but still counted.
    let res = secretariat.post_form("/en/staff/assist/taxonomy/labour-overtime/delete", &[]).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.body.contains("cannot be deleted"));
    let res =
        secretariat.post_form("/en/staff/assist/taxonomy/labour-overtime/retired", &[("retired", "1")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let en = counsellor.get("/en/staff/assist/new").await;
    assert!(!en.body.contains("value=\"labour-overtime\""));
    let res = counsellor
        .post_form(
            &format!("/en/staff/assist/cases/{}/consultations", t.case_id),
            &[("kind", "contact"), ("channel", "phone"), ("issue", "labour-overtime")],
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST, "a retired kind classifies nothing new");
    let page =
        counsellor.get(&format!("/en/staff/assist/statistics?from={year}-01-01&to={year}-12-31")).await;
    assert!(page.body.contains("Overtime and working hours"), "past counts keep their label");

    // Labels can be corrected, and Burmese added later.
    let mut relabel = labels(&[("en", "Overtime"), ("ja", "[残業|ざんぎょう]"), ("my", "အချိန်ပို")]);
    relabel.push(("label-xx".into(), "ignored: not a served language".into()));
    let pairs: Vec<(&str, &str)> = relabel.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = secretariat.post_form("/en/staff/assist/taxonomy/labour-overtime/labels", &pairs).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let tax = hiroba_assist::taxonomy::Taxonomy::load(&app.state.db).await.unwrap();
    let t = tax.get("labour-overtime").unwrap();
    assert_eq!(t.label_in("my"), "အချိန်ပို");
    assert_eq!(t.label_in("vi"), "", "a label left out is removed");
    assert_eq!(t.label_in("xx"), "");
});

db_test!(bad_additions_are_refused_in_the_users_language_and_change_nothing, |backend| async move {
    let app = app(backend).await;
    let (secretariat, _) = app.signed_in(&[Role::Secretariat]).await;
    let before = hiroba_assist::taxonomy::Taxonomy::load(&app.state.db).await.unwrap().all().len();
    /// (code, parent, labels, what the refusal says)
    type Attempt<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)], &'a str);
    let long = "x".repeat(121);
    let cases: [Attempt; 6] = [
        ("Labour Overtime", "labour", &[("en", "x"), ("ja", "x")], "lowercase letters"),
        ("labour-wages", "labour", &[("en", "x"), ("ja", "x")], "already used"),
        ("labour-night", "labour-wages", &[("en", "x"), ("ja", "x")], "top-level type"),
        ("labour-night", "no-such", &[("en", "x"), ("ja", "x")], "top-level type"),
        ("labour-night", "labour", &[("en", "Night work"), ("ja", "  ")], "English and in Japanese"),
        ("labour-night", "labour", &[("en", &long), ("ja", "x")], "120 characters"),
    ];
    for (code, parent, given, expected) in cases {
        let mut form = vec![("code".to_string(), code.to_string()), ("parent".into(), parent.into())];
        form.extend(labels(given));
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let res = secretariat.post_form("/en/staff/assist/taxonomy", &pairs).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{code} under {parent}");
        assert!(res.body.contains(expected), "{code}: expected «{expected}»");
        assert!(res.body.contains(&format!("value=\"{code}\"")), "what was typed is kept");
    }
    // In Vietnamese, the same refusal is in Vietnamese.
    let res = secretariat
        .post_form(
            "/vi/staff/assist/taxonomy",
            &[("code", "labour-wages"), ("label-en", "x"), ("label-ja", "x")],
        )
        .await;
    assert!(res.body.contains("Mã này đã được dùng"));
    // Built-in types are the catalogue's; unknown ones are 404.
    let res = secretariat
        .post_form("/en/staff/assist/taxonomy/labour-wages/labels", &[("label-en", "Pay"), ("label-ja", "x")])
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(secretariat
        .post_form("/en/staff/assist/taxonomy/labour-wages/delete", &[])
        .await
        .body
        .contains("Built-in"));
    let res =
        secretariat.post_form("/en/staff/assist/taxonomy/nothing-here/retired", &[("retired", "1")]).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let res =
        secretariat.post_form("/en/staff/assist/taxonomy/labour/retired", &[("retired", "maybe")]).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert_eq!(hiroba_assist::taxonomy::Taxonomy::load(&app.state.db).await.unwrap().all().len(), before);
});

db_test!(
    a_new_top_level_type_retires_with_its_kinds_and_an_unused_one_can_be_deleted,
    |backend| async move {
        let app = app(backend).await;
        let (supervisor, _) = app.signed_in(&[Role::CounsellorSupervisor]).await;
        for (code, parent) in [("disaster", ""), ("disaster-housing", "disaster")] {
            let res = supervisor
                .post_form(
                    "/en/staff/assist/taxonomy",
                    &[("code", code), ("parent", parent), ("label-en", code), ("label-ja", code)],
                )
                .await;
            assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        }
        let res = supervisor.post_form("/en/staff/assist/taxonomy/disaster/delete", &[]).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "it has a kind within it");
        supervisor.post_form("/en/staff/assist/taxonomy/disaster/retired", &[("retired", "1")]).await;
        let tax = hiroba_assist::taxonomy::Taxonomy::load(&app.state.db).await.unwrap();
        assert!(!tax.is_offered("disaster") && !tax.is_offered("disaster-housing"));
        // A kind cannot come back while its type is retired.
        let res = supervisor
            .post_form("/en/staff/assist/taxonomy/disaster-housing/retired", &[("retired", "0")])
            .await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST);
        supervisor.post_form("/en/staff/assist/taxonomy/disaster/retired", &[("retired", "0")]).await;
        supervisor.post_form("/en/staff/assist/taxonomy/disaster-housing/retired", &[("retired", "0")]).await;
        let res = supervisor.post_form("/en/staff/assist/taxonomy/disaster-housing/delete", &[]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let tax = hiroba_assist::taxonomy::Taxonomy::load(&app.state.db).await.unwrap();
        assert!(tax.is_offered("disaster") && tax.get("disaster-housing").is_none());
        // The page lists the types with their usage, and counsellors are refused it.
        let page = supervisor.get("/en/staff/assist/taxonomy").await;
        assert!(page.body.contains("id=\"type-disaster\"") && page.body.contains("Wages"));
        let (counsellor, _) = app.signed_in(&[Role::Counsellor]).await;
        assert_eq!(counsellor.get("/en/staff/assist/taxonomy").await.status, StatusCode::FORBIDDEN);
    }
);

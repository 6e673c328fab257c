use axum::http::StatusCode;
use hiroba_core::auth::Role;
use hiroba_testkit::db_test;
use sea_orm::EntityTrait;
#[allow(unused_imports)]
use sea_orm::{ConnectionTrait, Statement};

use crate::{app, open_case};

db_test!(statistics_match_a_table_computed_by_hand, |backend| async move {
    use hiroba_assist::consultations::{self, NewConsultation};
    let app = app(backend).await;
    let db = &app.state.db;
    // Two people: a Vietnamese worker with two consultations, a Burmese worker with one.
    let a = open_case(&app, "A", "a@example.org", "vi", "wages").await;
    let b = open_case(&app, "B", "b@example.org", "my", "visa").await;
    let first_of = |case_id: i64| async move { consultations::of_case(db, case_id).await.unwrap()[0].0.id };
    consultations::set_issues(
        db,
        first_of(a.case_id).await,
        &["labour-wages".into(), "labour-harassment".into()],
    )
    .await
    .unwrap();
    consultations::set_issues(db, first_of(b.case_id).await, &["residency-change-status".into()])
        .await
        .unwrap();
    let (c, me) = app.signed_in(&[Role::Counsellor]).await;
    let res = c
        .post_form(
            &format!("/en/staff/assist/cases/{}/consultations", a.case_id),
            &[("kind", "coordination"), ("channel", "phone"), ("duration", "15"), ("issue", "labour-wages")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let bad = c
        .post_form(
            &format!("/en/staff/assist/cases/{}/consultations", a.case_id),
            &[("kind", "contact"), ("channel", "phone"), ("issue", "not-an-issue")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let _ = me;
    let _ = consultations::log(
        db,
        NewConsultation {
            case_id: b.case_id,
            kind: "nonsense",
            channel: "web",
            lang: "my",
            occurred_at: chrono::Utc::now(),
            duration_minutes: None,
            counsellor_id: None,
            issues: &[],
        },
    )
    .await
    .unwrap_err();

    // By hand: 2 people, 3 consultations (vi 2, my 1), 4 issues: labour 3 (wages 2, harassment 1), residency 1.
    let s = hiroba_assist::statistics::compute(
        db,
        chrono::Utc::now() - chrono::Duration::days(1),
        chrono::Utc::now() + chrono::Duration::days(1),
    )
    .await
    .unwrap();
    assert_eq!((s.people, s.consultations, s.issues), (2, 3, 4));
    let lang: Vec<(&str, u64, f64)> =
        s.by_language.iter().map(|r| (r.key.as_str(), r.count, r.percent)).collect();
    assert_eq!(lang, vec![("vi", 2, 66.7), ("my", 1, 33.3)]);
    let types: Vec<(&str, u64, f64)> =
        s.by_type.iter().map(|r| (r.key.as_str(), r.count, r.percent)).collect();
    assert_eq!(types, vec![("labour", 3, 75.0), ("residency", 1, 25.0)]);
    let labour = &s.within_type.iter().find(|(t, _)| t == "labour").unwrap().1;
    let within: Vec<(&str, u64, f64)> = labour.iter().map(|r| (r.key.as_str(), r.count, r.percent)).collect();
    assert_eq!(within, vec![("labour-wages", 2, 66.7), ("labour-harassment", 1, 33.3)]);

    let page = c.get("/en/staff/assist/statistics").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<svg class=\"chart\""));
    let csv = c.get("/en/staff/assist/statistics.csv").await;
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    assert!(csv.body.contains("type,labour,3,75.0"), "{}", csv.body);
    assert_eq!(c.get("/en/staff/assist/statistics?from=2026-13-01").await.status, StatusCode::BAD_REQUEST);
    let xlsx = c.get("/en/staff/assist/statistics.xlsx").await;
    assert_eq!(xlsx.status, StatusCode::OK);
    assert!(xlsx.header("content-type").unwrap().contains("spreadsheetml"));
    let bytes = hiroba_assist::statistics::to_xlsx(&s, &|k| k.to_string()).unwrap();
    assert!(bytes.starts_with(b"PK"), "an XLSX file is a zip archive");
});

db_test!(historical_records_import_only_when_the_file_is_clean, |backend| async move {
    let app = app(backend).await;
    let (sup, _) = app.signed_in(&[Role::CounsellorSupervisor]).await;
    let (counsellor, _) = app.signed_in(&[Role::Counsellor]).await;
    assert_eq!(
        counsellor.get("/en/staff/assist/import").await.status,
        StatusCode::FORBIDDEN,
        "supervisors only"
    );
    let upload = |text: &'static str, dry: bool| {
        let sup = sup.clone();
        async move {
            let fields: &[(&str, &str)] = if dry { &[("dry_run", "yes")] } else { &[] };
            sup.post_multipart("/en/staff/assist/import", fields, ("h.csv", "text/csv", text.as_bytes()))
                .await
        }
    };
    let bad = upload("person_key,date,channel,language,issues\nP1,2023-04-12,phone,vi,labour-wages\nP2,2023-02-30,phone,vi,labour-wages\nP3,2023-05-01,fax,vi,labour-wages\n", false).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("Line 3:") && bad.body.contains("Line 4:"), "{}", bad.body);
    let year = |y: i32| {
        (
            chrono::Utc.with_ymd_and_hms(y, 1, 1, 0, 0, 0).unwrap(),
            chrono::Utc.with_ymd_and_hms(y, 12, 31, 23, 59, 59).unwrap(),
        )
    };
    use chrono::TimeZone;
    let (from, to) = year(2023);
    assert_eq!(
        hiroba_assist::statistics::compute(&app.state.db, from, to).await.unwrap().consultations,
        0,
        "nothing imported"
    );
    let good = "person_key,date,channel,language,issues\nP1,2023-04-12,phone,vi,labour-wages;labour-harassment\nP1,2023-05-02,email,vi,labour-wages\nP2,2023-06-30,visit,my,residency-change-status\n";
    let dry = upload(good, true).await;
    assert_eq!(dry.status, StatusCode::OK);
    assert_eq!(
        hiroba_assist::statistics::compute(&app.state.db, from, to).await.unwrap().consultations,
        0,
        "a dry run imports nothing"
    );
    let done = upload(good, false).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    let s = hiroba_assist::statistics::compute(&app.state.db, from, to).await.unwrap();
    assert_eq!((s.people, s.consultations, s.issues), (2, 3, 4));
});

db_test!(counsellors_refer_escalate_to_adr_and_use_canned_replies, |backend| async move {
    use sea_orm::{ConnectionTrait, Statement};
    let app = app(backend).await;
    let t = open_case(&app, "", "LINE: nguyen", "vi", "bị đuổi việc").await;
    let (c, _) = app.signed_in(&[Role::Counsellor]).await;
    let add = c
        .post_form(
            "/en/staff/assist/directory/organisations",
            &[
                ("name", "Legal Aid Saitama"),
                ("kind", "lawyer"),
                ("languages", "ja, vi"),
                ("area", "Saitama"),
                ("contact", "048-000-0000"),
            ],
        )
        .await;
    assert_eq!(add.status, StatusCode::SEE_OTHER);
    let bad = c
        .post_form("/en/staff/assist/directory/organisations", &[("name", ""), ("kind", "astrologer")])
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let org = hiroba_assist::referrals::organisations(&app.state.db).await.unwrap().remove(0);
    let refer = c
        .post_form(
            &format!("/en/staff/assist/cases/{}/referrals", t.case_id),
            &[("organisation", &org.id.to_string())],
        )
        .await;
    assert_eq!(refer.status, StatusCode::SEE_OTHER);
    let case = hiroba_assist::cases::find(&app.state.db, t.case_id).await.unwrap().unwrap();
    assert_eq!(case.status, "waiting-referral");
    let (r, name) = hiroba_assist::referrals::of_case(&app.state.db, t.case_id).await.unwrap().remove(0);
    assert_eq!(name, "Legal Aid Saitama");
    c.post_form(&format!("/en/staff/assist/referrals/{}", r.id), &[("outcome", "accepted")]).await;
    assert_eq!(
        hiroba_assist::referrals::of_case(&app.state.db, t.case_id).await.unwrap()[0].0.outcome,
        "accepted"
    );

    let adr = c
        .post_form(
            &format!("/en/staff/assist/cases/{}/adr", t.case_id),
            &[
                ("worker_mediator", "Atty. Sato"),
                ("employer_mediator", "Atty. Kato"),
                ("interpreter", "Ms. Tran"),
                ("hearing_dates", "2026-12-10"),
                ("documents", "contract (ja, vi)"),
                ("outcome", ""),
            ],
        )
        .await;
    assert_eq!(adr.status, StatusCode::SEE_OTHER);
    let conn = app.state.db.write();
    let raw = conn
        .query_one(Statement::from_string(
            conn.get_database_backend(),
            "SELECT worker_mediator FROM assist_adr".to_string(),
        ))
        .await
        .unwrap()
        .unwrap();
    let stored: String = raw.try_get_by_index(0).unwrap();
    assert!(stored.starts_with("enc:v1:") && !stored.contains("Sato"), "ADR records are encrypted");
    let record =
        hiroba_assist::referrals::adr(&app.state.db, &app.state.cipher, t.case_id).await.unwrap().unwrap();
    assert_eq!(record.employer_mediator, "Atty. Kato");

    c.post_form(&format!("/en/staff/assist/cases/{}/attendant", t.case_id), &[("on", "yes")]).await;
    assert!(hiroba_assist::cases::find(&app.state.db, t.case_id).await.unwrap().unwrap().attendant_support);

    c.post_form(
        "/en/staff/assist/directory/canned",
        &[("lang", "vi"), ("title", "Sa thải"), ("body", "Công ty không được sa thải bạn vô cớ.")],
    )
    .await;
    let canned = hiroba_assist::referrals::canned(&app.state.db, Some("vi")).await.unwrap().remove(0);
    let sent = c
        .post_form(
            &format!("/en/staff/assist/cases/{}/canned", t.case_id),
            &[("canned", &canned.id.to_string())],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let case = hiroba_assist::cases::find(&app.state.db, t.case_id).await.unwrap().unwrap();
    let msgs =
        hiroba_assist::cases::messages_for_worker(&app.state.db, &app.state.cipher, &case).await.unwrap();
    assert_eq!(msgs.last().unwrap().body, "Công ty không được sa thải bạn vô cớ.");
    let page = c.get(&format!("/en/staff/assist/cases/{}", t.case_id)).await;
    assert!(page.body.contains("Legal Aid Saitama") && page.body.contains("Atty. Kato"));
});

db_test!(a_case_written_with_a_workplace_code_counts_for_that_site_only, |backend| async move {
    let app = app(backend).await;
    let site = hiroba_safety::store::create_site(&app.state.db, "SITE0001", "Example Foods", "Gunma plant")
        .await
        .unwrap();
    let other =
        hiroba_safety::store::create_site(&app.state.db, "SITE0002", "Other Co.", "Tokyo").await.unwrap();
    let w = app.client();
    let unknown = w
        .post_form(
            "/en/assist",
            &[("site", "NOPE"), ("contact", "a@example.org"), ("message", "wages"), ("consent", "yes")],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    let sent = w
        .post_form(
            "/en/assist",
            &[("site", "site-0001"), ("contact", "a@example.org"), ("message", "wages"), ("consent", "yes")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK);
    let case =
        hiroba_assist::entities::cases::Entity::find().one(app.state.db.read()).await.unwrap().unwrap();
    assert_eq!(case.site_id, Some(site.id));
    let first = hiroba_assist::consultations::of_case(&app.state.db, case.id).await.unwrap()[0].0.id;
    hiroba_assist::consultations::set_issues(&app.state.db, first, &["labour-wages".into()]).await.unwrap();
    let range =
        (chrono::Utc::now() - chrono::Duration::days(1), chrono::Utc::now() + chrono::Duration::days(1));
    let counts =
        hiroba_assist::cases::grievances_by_site(&app.state.db, &[site.id], range.0, range.1).await.unwrap();
    assert_eq!(counts, vec![("labour".to_string(), 1)]);
    assert!(hiroba_assist::cases::grievances_by_site(&app.state.db, &[other.id], range.0, range.1)
        .await
        .unwrap()
        .is_empty());
});

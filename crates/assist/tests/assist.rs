//! Assist's first slice, on SQLite and (with TEST_DATABASE_URL) PostgreSQL.

use axum::http::StatusCode;
use hiroba_core::auth::Role;
use hiroba_testkit::{db_test, Backend, TestApp};
use sea_orm::{ConnectionTrait, Statement};

async fn app(backend: Backend) -> TestApp {
    let app = TestApp::new(backend, hiroba_assist::routes, &[&hiroba_assist::LOCALES]).await;
    hiroba_assist::prepare(&app.state).await.unwrap();
    app
}

fn between<'a>(body: &'a str, start: &str) -> &'a str {
    body.split(start).nth(1).unwrap().split('<').next().unwrap()
}

db_test!(a_worker_writes_in_without_an_account_and_reads_the_counsellors_reply, |backend| async move {
    let app = app(backend).await;
    let worker = app.client();
    let missing = worker
        .post_form(
            "/vi/assist",
            &[("contact", "lan@example.org"), ("message", "Công ty giữ hộ chiếu của tôi")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::BAD_REQUEST, "consent is required");
    let empty = worker
        .post_form("/vi/assist", &[("contact", "lan@example.org"), ("message", "  "), ("consent", "yes")])
        .await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST);
    let sent = worker
        .post_form(
            "/vi/assist",
            &[
                ("name", "Lan"),
                ("contact", "lan@example.org"),
                ("message", "Công ty giữ hộ chiếu của tôi"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    let number = between(&sent.body, "id=\"case-number\">").to_string();
    let passphrase = between(&sent.body, "id=\"case-passphrase\">").to_string();
    assert!(number.starts_with("A-") && passphrase.len() >= 10, "{number} {passphrase}");

    // At rest: nothing readable.
    let conn = app.state.db.write();
    let b = conn.get_database_backend();
    for (sql, secret) in [
        ("SELECT name, contact FROM assist_people", "lan@example.org"),
        ("SELECT body FROM assist_messages", "hộ chiếu"),
    ] {
        let row = conn.query_one(Statement::from_string(b, sql.to_string())).await.unwrap().unwrap();
        let first: String = row.try_get_by_index(0).unwrap();
        assert!(first.starts_with("enc:v1:"), "{sql}");
        let text = format!("{row:?}");
        assert!(!text.contains(secret), "{sql} leaks");
    }
    let hash: String = conn
        .query_one(Statement::from_string(b, "SELECT passphrase_hash FROM assist_cases".to_string()))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index(0)
        .unwrap();
    assert!(hash.starts_with("$argon2id$"));

    let wrong =
        worker.post_form("/vi/assist/case", &[("number", &number), ("passphrase", "wrong-words-here")]).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let open = worker
        .post_form("/vi/assist/case", &[("number", &number.to_lowercase()), ("passphrase", &passphrase)])
        .await;
    assert_eq!(open.status, StatusCode::SEE_OTHER);
    let page = worker.get("/vi/assist/case").await;
    assert!(page.body.contains("Công ty giữ hộ chiếu của tôi"));

    // A counsellor opens the case (audited), replies, and leaves an internal note.
    let (counsellor, me) = app.signed_in(&[Role::Counsellor]).await;
    let inbox = counsellor.get("/en/staff/assist?lang=vi").await;
    assert_eq!(inbox.status, StatusCode::OK);
    assert!(inbox.body.contains(&number));
    let case_id =
        inbox.body.split("/en/staff/assist/cases/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let case = counsellor.get(&format!("/en/staff/assist/cases/{case_id}")).await;
    assert!(case.body.contains("lan@example.org"));
    let (entries, _) = hiroba_core::audit::page(&app.state.db, 0, 10).await.unwrap();
    assert!(entries.iter().any(|e| e.action == "assist.case.read"
        && e.actor_id == Some(me.id)
        && e.actor_role == "counsellor"));
    counsellor.post_form(&format!("/en/staff/assist/cases/{case_id}/claim"), &[]).await;
    let reply = counsellor
        .post_form(
            &format!("/en/staff/assist/cases/{case_id}/reply"),
            &[("message", "Không ai được giữ hộ chiếu của bạn.")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    counsellor
        .post_form(
            &format!("/en/staff/assist/cases/{case_id}/reply"),
            &[("message", "Check the employer code"), ("note", "yes")],
        )
        .await;
    let page = worker.get("/vi/assist/case").await;
    assert!(page.body.contains("Không ai được giữ hộ chiếu của bạn."), "the worker sees the reply");
    assert!(!page.body.contains("Check the employer code"), "internal notes stay internal");

    // The worker answers back from the same page.
    let back = worker.post_form("/vi/assist/case/reply", &[("message", "Cảm ơn")]).await;
    assert_eq!(back.status, StatusCode::SEE_OTHER);
    assert!(counsellor.get(&format!("/en/staff/assist/cases/{case_id}")).await.body.contains("Cảm ơn"));
});

db_test!(a_forged_case_cookie_opens_nothing, |backend| async move {
    let app = app(backend).await;
    let c = app.client();
    c.set_cookie("hiroba_case", "1.99999999999.forged");
    let page = c.get("/en/assist/case").await;
    assert!(page.body.contains("id=\"assist-case-login\""));
    let reply = c.post_form("/en/assist/case/reply", &[("message", "hi")]).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let count: i64 = app
        .state
        .db
        .read()
        .query_one(Statement::from_string(
            app.state.db.backend(),
            "SELECT COUNT(*) AS n FROM assist_messages".to_string(),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index(0)
        .unwrap();
    assert_eq!(count, 0);
});

db_test!(only_counsellors_reach_the_inbox, |backend| async move {
    let app = app(backend).await;
    for role in [Role::Worker, Role::CompanyAdmin, Role::CompanyViewer, Role::Secretariat, Role::Learner] {
        let (c, _) = app.signed_in(&[role]).await;
        assert_eq!(c.get("/en/staff/assist").await.status, StatusCode::FORBIDDEN, "{role}");
        assert_eq!(c.get("/en/staff/assist/cases/1").await.status, StatusCode::FORBIDDEN, "{role}");
    }
    assert_eq!(app.client().get("/en/staff/assist").await.status, StatusCode::SEE_OTHER, "anonymous: log in");
    let (sup, _) = app.signed_in(&[Role::CounsellorSupervisor]).await;
    assert_eq!(sup.get("/en/staff/assist").await.status, StatusCode::OK);
});

db_test!(statistics_match_a_table_computed_by_hand, |backend| async move {
    use hiroba_assist::cases::{self, Intake};
    use hiroba_assist::consultations::{self, NewConsultation};
    let app = app(backend).await;
    let db = &app.state.db;
    let cipher = &app.state.cipher;
    // Two people: a Vietnamese worker with two consultations, a Burmese worker with one.
    let a = cases::intake(
        db,
        cipher,
        Intake {
            name: "A",
            contact: "a@example.org",
            lang: "vi",
            channel: "web",
            message: "wages",
            site_id: None,
        },
    )
    .await
    .unwrap();
    let b = cases::intake(
        db,
        cipher,
        Intake {
            name: "B",
            contact: "b@example.org",
            lang: "my",
            channel: "web",
            message: "visa",
            site_id: None,
        },
    )
    .await
    .unwrap();
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
            let boundary = "csvb0undary";
            let mut body = format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"h.csv\"\r\nContent-Type: text/csv\r\n\r\n{text}\r\n");
            if dry {
                body.push_str(&format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"dry_run\"\r\n\r\nyes\r\n"
                ));
            }
            body.push_str(&format!("--{boundary}--\r\n"));
            let req = axum::http::Request::builder()
                .method("POST")
                .uri(format!("/en/staff/assist/import?csrf_token={}", sup.csrf_token()))
                .header("content-type", format!("multipart/form-data; boundary={boundary}"))
                .body(axum::body::Body::from(body))
                .unwrap();
            sup.request(req).await
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

db_test!(the_worker_sees_who_read_the_case_answers_at_closing_and_can_erase_it, |backend| async move {
    use sea_orm::EntityTrait;
    let app = app(backend).await;
    let worker = app.client();
    let sent = worker
        .post_form(
            "/my/assist",
            &[
                ("name", "Aung"),
                ("contact", "+81 90 1111 2222"),
                ("message", "ပတ်စပို့ ပြန်မပေးပါ"),
                ("consent", "yes"),
            ],
        )
        .await;
    let number = between(&sent.body, "id=\"case-number\">").to_string();
    let passphrase = between(&sent.body, "id=\"case-passphrase\">").to_string();
    worker.post_form("/my/assist/case", &[("number", &number), ("passphrase", &passphrase)]).await;
    let (counsellor, _) = app.signed_in(&[Role::Counsellor]).await;
    let case =
        hiroba_assist::entities::cases::Entity::find().one(app.state.db.read()).await.unwrap().unwrap();
    counsellor.get(&format!("/en/staff/assist/cases/{}", case.id)).await;
    let page = worker.get("/my/assist/case").await;
    let role = app.state.i18n.text("my", "role-counsellor", None).text;
    let reads = page.body.split("id=\"assist-erase\"").next().unwrap().rsplit("<h2>").next().unwrap();
    assert!(reads.contains(&role), "the read is listed by role: {reads}");

    // Closing questions only once the case is resolved or closed.
    assert_eq!(
        worker.post_form("/my/assist/case/outcome", &[("solved", "yes"), ("satisfaction", "5")]).await.status,
        StatusCode::BAD_REQUEST
    );
    counsellor
        .post_form(&format!("/en/staff/assist/cases/{}/status", case.id), &[("status", "resolved")])
        .await;
    assert_eq!(
        worker
            .post_form("/my/assist/case/outcome", &[("solved", "partly"), ("satisfaction", "4")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        worker
            .post_form("/my/assist/case/outcome", &[("solved", "maybe"), ("satisfaction", "9")])
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let case = hiroba_assist::entities::cases::Entity::find_by_id(case.id)
        .one(app.state.db.read())
        .await
        .unwrap()
        .unwrap();
    assert_eq!((case.solved.as_deref(), case.satisfaction), (Some("partly"), Some(4)));

    // Erasing: messages gone, name and contact empty, the passphrase no longer works, counts stay.
    let erased = worker.post_form("/my/assist/case/erase", &[]).await;
    assert_eq!(erased.status, StatusCode::SEE_OTHER);
    let opened = cases_open(&app, case.id).await;
    assert!(opened.messages.is_empty());
    assert_eq!((opened.name.as_str(), opened.contact.as_str()), ("", ""));
    assert!(opened.case.anonymised_at.is_some());
    assert_eq!(
        worker.post_form("/my/assist/case", &[("number", &number), ("passphrase", &passphrase)]).await.status,
        StatusCode::UNAUTHORIZED
    );
    let s = hiroba_assist::statistics::compute(
        &app.state.db,
        chrono::Utc::now() - chrono::Duration::days(1),
        chrono::Utc::now() + chrono::Duration::days(1),
    )
    .await
    .unwrap();
    assert_eq!(s.consultations, 1, "the counts stay");
});

async fn cases_open(app: &TestApp, id: i64) -> hiroba_assist::cases::OpenCase {
    hiroba_assist::cases::open_for_staff(
        &app.state.db,
        &app.state.cipher,
        &hiroba_core::audit::Actor::system(),
        id,
        "test",
    )
    .await
    .unwrap()
    .unwrap()
}

db_test!(old_closed_cases_are_anonymised_by_the_retention_rule, |backend| async move {
    use hiroba_assist::cases::{self, Intake};
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    let app = app(backend).await;
    let t = cases::intake(
        &app.state.db,
        &app.state.cipher,
        Intake {
            name: "Old",
            contact: "old@example.org",
            lang: "en",
            channel: "web",
            message: "2019",
            site_id: None,
        },
    )
    .await
    .unwrap();
    let fresh = cases::intake(
        &app.state.db,
        &app.state.cipher,
        Intake {
            name: "New",
            contact: "new@example.org",
            lang: "en",
            channel: "web",
            message: "now",
            site_id: None,
        },
    )
    .await
    .unwrap();
    let old = hiroba_assist::entities::cases::Entity::find_by_id(t.case_id)
        .one(app.state.db.read())
        .await
        .unwrap()
        .unwrap();
    let mut am: hiroba_assist::entities::cases::ActiveModel = old.into();
    am.status = Set("closed".into());
    am.updated_at = Set(chrono::Utc::now() - chrono::Duration::days(365 * 6));
    am.update(app.state.db.write()).await.unwrap();
    assert_eq!(cases::apply_retention(&app.state.db, &app.state.cipher, 5).await.unwrap(), 1);
    assert_eq!(cases_open(&app, t.case_id).await.contact, "");
    assert_eq!(cases_open(&app, fresh.case_id).await.contact, "new@example.org", "open cases are kept");
});

db_test!(a_reply_is_announced_by_mail_without_its_content_and_late_cases_are_marked, |backend| async move {
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    let app = app(backend).await;
    let t = hiroba_assist::cases::intake(
        &app.state.db,
        &app.state.cipher,
        hiroba_assist::cases::Intake {
            name: "",
            contact: "worker@example.org",
            lang: "tl",
            channel: "web",
            message: "tulong",
            site_id: None,
        },
    )
    .await
    .unwrap();
    let (c, _) = app.signed_in(&[Role::Counsellor]).await;
    c.post_form(
        &format!("/en/staff/assist/cases/{}/reply", t.case_id),
        &[("message", "Confidential advice")],
    )
    .await;
    let mut registry = hiroba_core::jobs::Registry::default();
    hiroba_core::bootstrap::register_jobs(&mut registry);
    assert_eq!(app.run_jobs(&registry).await, 1);
    let mails = app.mails();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("worker@example.org") && mails[0].contains(&t.number));
    assert!(!mails[0].contains("Confidential advice"), "the answer is not in the mail");

    let other = hiroba_assist::cases::intake(
        &app.state.db,
        &app.state.cipher,
        hiroba_assist::cases::Intake {
            name: "",
            contact: "LINE: aung",
            lang: "my",
            channel: "web",
            message: "help",
            site_id: None,
        },
    )
    .await
    .unwrap();
    let row = hiroba_assist::entities::cases::Entity::find_by_id(other.case_id)
        .one(app.state.db.read())
        .await
        .unwrap()
        .unwrap();
    let mut am: hiroba_assist::entities::cases::ActiveModel = row.into();
    am.waiting_since = Set(Some(chrono::Utc::now() - chrono::Duration::hours(30)));
    am.update(app.state.db.write()).await.unwrap();
    let inbox = c.get("/en/staff/assist").await;
    assert!(inbox.body.contains("class=\"overdue\""), "a new case waiting 30 hours is past its target");
});

db_test!(counsellors_refer_escalate_to_adr_and_use_canned_replies, |backend| async move {
    use sea_orm::{ConnectionTrait, Statement};
    let app = app(backend).await;
    let t = hiroba_assist::cases::intake(
        &app.state.db,
        &app.state.cipher,
        hiroba_assist::cases::Intake {
            name: "",
            contact: "LINE: nguyen",
            lang: "vi",
            channel: "web",
            message: "bị đuổi việc",
            site_id: None,
        },
    )
    .await
    .unwrap();
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

/// Open an event stream through the router and wait for the first chunk that contains `needle`.
async fn next_event_containing(
    app: &TestApp,
    path: &str,
    cookie: &str,
    needle: &str,
    trigger: impl std::future::Future<Output = ()>,
) -> bool {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let req = axum::http::Request::builder()
        .uri(path)
        .header("cookie", cookie)
        .body(axum::body::Body::empty())
        .unwrap();
    let res = app.router.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/event-stream"));
    let mut body = res.into_body();
    trigger.await;
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(1);
    loop {
        let Ok(Some(Ok(frame))) = tokio::time::timeout_at(deadline, body.frame()).await else { return false };
        if let Ok(data) = frame.into_data() {
            if String::from_utf8_lossy(&data).contains(needle) {
                return true;
            }
        }
    }
}

db_test!(a_chat_message_reaches_the_other_side_within_a_second, |backend| async move {
    let app = app(backend).await;
    let worker = app.client();
    let sent = worker
        .post_form(
            "/vi/assist",
            &[("contact", "chat@example.org"), ("message", "Xin chào"), ("consent", "yes")],
        )
        .await;
    let number = between(&sent.body, "id=\"case-number\">").to_string();
    let passphrase = between(&sent.body, "id=\"case-passphrase\">").to_string();
    worker.post_form("/vi/assist/case", &[("number", &number), ("passphrase", &passphrase)]).await;
    let cookie = format!("hiroba_case={}", worker.cookie("hiroba_case").unwrap());
    let case =
        hiroba_assist::cases::find_for_worker(&app.state.db, &number, &passphrase).await.unwrap().unwrap();
    let (counsellor, _) = app.signed_in(&[Role::Counsellor]).await;
    let path = format!("/en/staff/assist/cases/{}/reply", case.id);
    let got = next_event_containing(&app, "/vi/assist/case/events", &cookie, "Chúng tôi đã nhận", async {
        counsellor.post_form(&path, &[("message", "Chúng tôi đã nhận tin nhắn")]).await;
    })
    .await;
    assert!(got, "the worker's open page receives the reply within a second");
    // Internal notes never reach the worker's stream.
    let note = next_event_containing(&app, "/vi/assist/case/events", &cookie, "secret note", async {
        counsellor.post_form(&path, &[("message", "secret note"), ("note", "yes")]).await;
    })
    .await;
    assert!(!note);
    // A stream without a valid case cookie opens nothing.
    assert_eq!(app.client().get("/vi/assist/case/events").await.status, StatusCode::NOT_FOUND);
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_postgresql_a_message_sent_through_one_process_reaches_a_stream_on_another() {
    let Some(backend) = hiroba_testkit::Backend::postgres() else {
        eprintln!("skipped on_postgresql_a_message_sent_through_one_process_reaches_a_stream_on_another: TEST_DATABASE_URL is not set");
        return;
    };
    let app = app(backend).await;
    // A second "process": its own state and connection pool on the same database and key file.
    let db2 = app.db.reconnect().await;
    let state2 =
        hiroba_core::bootstrap::build_state(app.state.config.clone(), db2, &[&hiroba_assist::LOCALES])
            .await
            .unwrap();
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let listener = tokio::spawn(hiroba_core::web::events::listen(
        app.state.db.clone(),
        app.state.events.clone(),
        stop_rx,
    ));
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let t = hiroba_assist::cases::intake(
        &app.state.db,
        &app.state.cipher,
        hiroba_assist::cases::Intake {
            name: "",
            contact: "x@example.org",
            lang: "en",
            channel: "web",
            message: "hi",
            site_id: None,
        },
    )
    .await
    .unwrap();
    let worker = app.client();
    worker.post_form("/en/assist/case", &[("number", &t.number), ("passphrase", &t.passphrase)]).await;
    let cookie = format!("hiroba_case={}", worker.cookie("hiroba_case").unwrap());
    let got =
        next_event_containing(&app, "/en/assist/case/events", &cookie, "from the other process", async {
            let case = hiroba_assist::cases::find(&state2.db, t.case_id).await.unwrap().unwrap();
            let id = hiroba_assist::cases::add_message(
                &state2.db,
                &state2.cipher,
                &case,
                "counsellor",
                None,
                "from the other process",
            )
            .await
            .unwrap();
            state2.events.publish(&state2.db, &format!("case:{}", case.id), id).await.unwrap();
        })
        .await;
    let _ = stop_tx.send(true);
    let _ = listener.await;
    assert!(got, "LISTEN/NOTIFY carried the event across processes");
}

db_test!(a_counsellor_opens_a_case_for_a_telephone_call_and_filters_the_inbox, |backend| async move {
    let app = app(backend).await;
    let (c, me) = app.signed_in(&[Role::Counsellor]).await;
    assert_eq!(c.get("/en/staff/assist/new").await.status, StatusCode::OK);
    let bad =
        c.post_form("/en/staff/assist/new", &[("channel", "fax"), ("lang", "my"), ("summary", "x")]).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let res = c
        .post_form(
            "/en/staff/assist/new",
            &[
                ("channel", "phone"),
                ("lang", "my"),
                ("name", "Ko Aung"),
                ("contact", "090-0000-0000"),
                ("duration", "25"),
                ("summary", "Dismissed after an injury"),
                ("issue", "labour-termination"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let number = between(&res.body, "id=\"case-number\">").to_string();
    let case = hiroba_assist::cases::find_by_number(&app.state.db, &number).await.unwrap().unwrap();
    assert_eq!((case.channel.as_str(), case.lang.as_str(), case.assignee_id), ("phone", "my", Some(me.id)));
    let cons = hiroba_assist::consultations::of_case(&app.state.db, case.id).await.unwrap();
    assert_eq!(cons[0].0.duration_minutes, Some(25));
    assert_eq!(cons[0].1, vec!["labour-termination".to_string()]);
    let web = hiroba_assist::cases::intake(
        &app.state.db,
        &app.state.cipher,
        hiroba_assist::cases::Intake {
            name: "",
            contact: "w@example.org",
            lang: "my",
            channel: "web",
            message: "hi",
            site_id: None,
        },
    )
    .await
    .unwrap();
    let phone_only = c.get("/en/staff/assist?channel=phone").await;
    assert!(phone_only.body.contains(&number) && !phone_only.body.contains(&web.number));
    let mine = c.get("/en/staff/assist?who=mine").await;
    assert!(mine.body.contains(&number) && !mine.body.contains(&web.number));
});

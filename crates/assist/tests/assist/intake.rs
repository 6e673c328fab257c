use axum::http::StatusCode;
use hiroba_core::auth::Role;
use hiroba_testkit::{db_test, TestApp};
#[allow(unused_imports)]
use sea_orm::{ConnectionTrait, Statement};

use crate::{app, between, open_case};

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
    use hiroba_assist::cases;
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    let app = app(backend).await;
    let t = open_case(&app, "Old", "old@example.org", "en", "2019").await;
    let fresh = open_case(&app, "New", "new@example.org", "en", "now").await;
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

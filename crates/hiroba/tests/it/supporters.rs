//! The supporters program through the whole application: a supporter's link counts visits and
//! the registrations that follow them (counts only), the secretariat sees every supporter's
//! counts and records awards, and nobody else reads them. On SQLite and PostgreSQL.

use axum::http::StatusCode;
use hiroba_core::auth::Role;
use hiroba_testkit::db_test;

db_test!(a_supporter_link_counts_visits_and_registrations, |backend| async move {
    let app = crate::app(backend).await;
    let (supporter, me) = app.signed_in(&[Role::Supporter]).await;
    let page = supporter.get("/en/supporters").await;
    assert_eq!(page.status, StatusCode::OK);
    let code = hiroba_core::referrals::code_for(&app.state.db, me.id).await.unwrap();
    assert!(
        page.body.contains(&format!("/s/{code}")) && page.body.contains("<svg"),
        "the link and its QR code"
    );

    // Two visitors come through the link; one registers.
    for _ in 0..2 {
        let visitor = app.client();
        let res = visitor.get(&format!("/s/{}", code.to_lowercase())).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let cookie = res.header("set-cookie").unwrap_or_default().to_string();
        assert!(cookie.starts_with(&format!("hiroba_ref={code}")), "{cookie}");
    }
    let visitor = app.client();
    visitor.get(&format!("/s/{code}")).await;
    visitor.set_cookie("hiroba_ref", &code);
    // The same browser following the link again is not a new visit.
    visitor.get(&format!("/s/{code}")).await;
    let res = visitor
        .post_form(
            "/vi/account/register",
            &[
                ("email", "new.worker@example.org"),
                ("display_name", "Lan"),
                ("password", "a long enough passphrase 42"),
                ("password_confirm", "a long enough passphrase 42"),
                ("kind", "worker"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    // A made-up code counts nothing.
    assert_eq!(app.client().get("/s/ZZZZZZZZ").await.status, StatusCode::SEE_OTHER);
    assert_eq!(hiroba_core::referrals::totals(&app.state.db, &code).await.unwrap(), (3, 1));
    let page = supporter.get("/en/supporters").await;
    assert!(page.body.contains("<dd>3</dd>") && page.body.contains("<dd>1</dd>"));

    // The secretariat sees every supporter and records an award; others see nothing.
    let (sec, _) = app.signed_in(&[Role::Secretariat]).await;
    let res = sec
        .post_form(
            "/en/admin/supporters/awards",
            &[("user", &me.id.to_string()), ("title", "Twenty workers reached in Gunma"), ("year", "2026")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let admin = sec.get("/en/admin/supporters").await;
    assert!(admin.body.contains(&me.display_name) && admin.body.contains("Twenty workers reached in Gunma"));
    let bad = sec
        .post_form(
            "/en/admin/supporters/awards",
            &[("user", &me.id.to_string()), ("title", ""), ("year", "2026")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let (worker, _) = app.signed_in(&[Role::Worker]).await;
    assert_eq!(worker.get("/en/supporters").await.status, StatusCode::FORBIDDEN);
    assert_eq!(worker.get("/en/admin/supporters").await.status, StatusCode::FORBIDDEN);
});

use axum::http::StatusCode;
use hiroba_core::auth::Role;
use hiroba_testkit::{db_test, TestApp};
#[allow(unused_imports)]
use sea_orm::{ConnectionTrait, Statement};

use crate::{app, between, open_case};

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
    let t = open_case(&app, "", "x@example.org", "en", "hi").await;
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

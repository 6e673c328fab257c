//! The members' newsletter through a real SMTP server started by the test: each member receives
//! an issue exactly once, also when the sending stops half-way and starts again (a restart) or two
//! runners work at once; an unsubscribe link works without logging in; and the archive keeps
//! members-only issues from everyone else. On SQLite and PostgreSQL.

use std::time::Duration;

use axum::http::StatusCode;
use hiroba_core::auth::Role;
use hiroba_core::mail::Mailer;
use hiroba_members::membership::{self, Application, Decision};
use hiroba_members::newsletters::{self, Writer};
use hiroba_testkit::db_test;

use crate::smtp::{received, start_smtp};

async fn member(
    app: &hiroba_testkit::TestApp,
    i: usize,
    category: &str,
) -> (i64, hiroba_core::auth::users::User) {
    let email = format!("member{i}@example.org");
    let user = app.user(&email, &[Role::Learner]).await;
    let form = Application {
        category: category.into(),
        name: format!("Member {i}"),
        contact_name: format!("Contact {i}"),
        email,
        about: "We support migrant workers in our town every week.".into(),
        agreed: true,
        ..Default::default()
    };
    let m = membership::apply(&app.state.db, user.id, &form).await.unwrap();
    membership::decide(&app.state.db, m.id, Decision::Approve, "", 1).await.unwrap();
    let user = hiroba_core::auth::users::find(&app.state.db, user.id).await.unwrap().unwrap();
    (m.id, user)
}

async fn wait_for(server: &crate::smtp::SmtpServer, n: usize) -> Vec<String> {
    let mut got = Vec::new();
    for _ in 0..100 {
        got = received(server);
        if got.len() >= n {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    got
}

db_test!(a_newsletter_reaches_each_member_once_across_a_restart, |backend| async move {
    let Some(server) = start_smtp() else {
        if std::env::var("HIROBA_REQUIRE_SMTP_TEST").is_ok() {
            panic!("python3-aiosmtpd is required (HIROBA_REQUIRE_SMTP_TEST is set)");
        }
        eprintln!("skipped: python3-aiosmtpd is not installed");
        return;
    };
    let app = crate::app(backend).await;
    let db = &app.state.db;
    let mut members = Vec::new();
    for i in 0..6 {
        members.push(member(&app, i, if i < 5 { "npo" } else { "business" }).await);
    }
    let (sec, sec_user) = app.signed_in(&[Role::Secretariat]).await;

    // Written and previewed in the browser.
    let res = sec
        .post_form(
            "/en/admin/newsletters",
            &[
                ("subject", "Hiroba news, December"),
                ("body", "## Seminars\n\nTwo **new** seminars."),
                ("audience", "npo"),
                ("archive", "members"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let issue = newsletters::all(db).await.unwrap().remove(0);
    assert_eq!(issue.created_by, sec_user.id);
    let page = sec.get(&format!("/en/admin/newsletters/{}", issue.id)).await;
    assert!(page.body.contains("<strong>new</strong>"), "the preview renders the Markdown");

    // One member unsubscribed before: the five NPOs minus one.
    let url = newsletters::unsubscribe_url("http://x", "en", &app.state.hmac_key, members[4].0);
    let token = url.split("t=").nth(1).unwrap();
    let anon = app.client();
    let form = anon.get(&format!("/en/newsletters/unsubscribe?m={}&t={token}", members[4].0)).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        !newsletters::is_unsubscribed(db, members[4].0).await.unwrap(),
        "opening the link alone changes nothing"
    );
    let bad = anon
        .post_form("/en/newsletters/unsubscribe", &[("m", &members[3].0.to_string()), ("t", token)])
        .await;
    assert_eq!(bad.status, StatusCode::NOT_FOUND, "another member's token does not work");
    let ok = anon
        .post_form("/en/newsletters/unsubscribe", &[("m", &members[4].0.to_string()), ("t", token)])
        .await;
    assert!(ok.body.contains("id=\"unsubscribed\""));

    let res = sec.post_form(&format!("/en/admin/newsletters/{}/send", issue.id), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    // Sending twice is refused.
    assert_eq!(
        sec.post_form(&format!("/en/admin/newsletters/{}/send", issue.id), &[]).await.status,
        StatusCode::BAD_REQUEST
    );

    let mailer =
        Mailer::from_config(Some(&format!("smtp://127.0.0.1:{}", server.port)), "unused".into()).unwrap();
    let writer =
        Writer { i18n: &app.state.i18n, public_url: "https://hiroba.example", hmac_key: &app.state.hmac_key };
    let from = "Hiroba <news@hiroba.example>";
    // The first run stops after two mails: the process "dies".
    let first = newsletters::deliver(db, &mailer, from, &writer, issue.id, Some(2)).await.unwrap();
    assert_eq!(first.sent, 2);
    // A delivery claimed by a run that died mid-send: left `sending`.
    use hiroba_members::entities::newsletter_deliveries as nd;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let stuck = nd::Entity::find()
        .filter(nd::Column::Status.eq("queued"))
        .order_by_asc(nd::Column::Id)
        .one(db.read())
        .await
        .unwrap()
        .unwrap();
    nd::Entity::update_many()
        .col_expr(nd::Column::Status, sea_orm::sea_query::Expr::value("sending"))
        .col_expr(
            nd::Column::SentAt,
            sea_orm::sea_query::Expr::value(chrono::Utc::now() - chrono::Duration::hours(1)),
        )
        .filter(nd::Column::Id.eq(stuck.id))
        .exec(db.write())
        .await
        .unwrap();
    // After the restart two runners work at once; then one more run finds nothing to do.
    let (a, b) = tokio::join!(
        newsletters::deliver(db, &mailer, from, &writer, issue.id, None),
        newsletters::deliver(db, &mailer, from, &writer, issue.id, None)
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.sent + b.sent, 1, "the one left queued, sent once");
    assert_eq!(a.unknown + b.unknown, 1, "the stuck one is reported, not resent");
    let again = newsletters::deliver(db, &mailer, from, &writer, issue.id, None).await.unwrap();
    assert_eq!(again, newsletters::Run::default());

    let got = wait_for(&server, 3).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let got = if got.len() < received(&server).len() { received(&server) } else { got };
    assert_eq!(got.len(), 3, "three mails: two, then one (the stuck one is not resent)");
    let mut recipients: Vec<String> = got
        .iter()
        .filter_map(|m| m.lines().find(|l| l.starts_with("To: ")).map(|l| l[4..].trim().to_string()))
        .collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), 3, "nobody twice: {recipients:?}");
    assert!(
        !recipients.iter().any(|r| r.contains("member4@") || r.contains("member5@")),
        "not the unsubscribed, not another category"
    );
    assert!(got[0].contains("List-Unsubscribe: <https://hiroba.example/en/newsletters/unsubscribe?m="));
    assert!(crate::link_in_mail(&got[0], "/en/newsletters/unsubscribe?m=").is_some());
    let counts = newsletters::counts(db, issue.id).await.unwrap();
    assert_eq!(counts, [("queued", 0), ("sending", 0), ("sent", 3), ("failed", 0), ("unknown", 1)]);
    assert_eq!(newsletters::find(db, issue.id).await.unwrap().unwrap().status, "sent");

    // The archive: members-only issue closed to others.
    let (_, member_user) = &members[0];
    let member_client = app.client_for(member_user).await;
    assert_eq!(member_client.get(&format!("/en/newsletters/{}", issue.id)).await.status, StatusCode::OK);
    assert_eq!(anon.get(&format!("/en/newsletters/{}", issue.id)).await.status, StatusCode::NOT_FOUND);
    assert!(!anon.get("/en/newsletters").await.body.contains("Hiroba news, December"));
});

db_test!(a_refused_delivery_is_retried_later_and_then_marked_failed, |backend| async move {
    let app = crate::app(backend).await;
    let db = &app.state.db;
    member(&app, 0, "npo").await;
    let n = newsletters::create(db, "Issue", "Text", "all", "public", 1).await.unwrap();
    newsletters::send(db, n.id).await.unwrap();
    // Nothing listens on this port: every attempt is refused before acceptance.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mailer = Mailer::from_config(Some(&format!("smtp://127.0.0.1:{port}")), "unused".into()).unwrap();
    let writer =
        Writer { i18n: &app.state.i18n, public_url: "https://hiroba.example", hmac_key: &app.state.hmac_key };
    for attempt in 1..=newsletters::MAX_ATTEMPTS {
        let run = newsletters::deliver(db, &mailer, "a@b.example", &writer, n.id, None).await.unwrap();
        let done = attempt == newsletters::MAX_ATTEMPTS;
        assert_eq!((run.failed, run.retry), (usize::from(done), usize::from(!done)), "attempt {attempt}");
    }
    let d = newsletters::deliveries(db, n.id).await.unwrap().remove(0);
    assert_eq!((d.status.as_str(), d.attempts), ("failed", newsletters::MAX_ATTEMPTS));
    assert!(d.last_error.is_some());
});

//! Registration, confirmation, login, two-factor, throttling, reset and logout, as a person meets them.

use axum::http::StatusCode;
use hiroba_core::auth::{totp, Role};
use hiroba_core::web::cookies;
use hiroba_testkit::{db_test, PASSWORD};

use crate::link_in_mail;

db_test!(a_worker_registers_confirms_by_mail_logs_in_and_out, |backend| async move {
    let app = crate::app(backend).await;
    let jobs = hiroba::job_registry();
    let c = app.client();
    let form = c.get("/vi/account/register").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("<html lang=\"vi\""));

    let res = c
        .post_form(
            "/vi/account/register",
            &[
                ("email", "Lan.Nguyen@Example.org"),
                ("display_name", "Lan"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
                ("kind", "worker"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), Some("/vi/account/register/sent"));

    // Not confirmed yet: login is refused with a clear message.
    let early = c
        .post_form("/vi/account/login", &[("email", "lan.nguyen@example.org"), ("password", PASSWORD)])
        .await;
    assert_eq!(early.status, StatusCode::UNAUTHORIZED);

    assert_eq!(app.run_jobs(&jobs).await, 1, "one confirmation mail queued");
    let mails = app.mails();
    assert_eq!(mails.len(), 1);
    let link = link_in_mail(&mails[0], "/vi/account/confirm?token=").expect("confirmation link in the mail");
    let path = link.split_once("://").map(|(_, rest)| &rest[rest.find('/').unwrap()..]).unwrap().to_string();

    // Following the link changes nothing by itself (mail scanners follow links) …
    let page = c.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("form id=\"confirm\""));
    let token = path.split("token=").nth(1).unwrap().to_string();
    // … the button does.
    let done = c.post_form("/vi/account/confirm", &[("token", &token)]).await;
    assert_eq!(done.status, StatusCode::OK);
    let again = c.post_form("/vi/account/confirm", &[("token", &token)]).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "a token works once");

    let anon_session = c.cookie(cookies::session_name(false));
    assert!(anon_session.is_none());
    let login = c
        .post_form("/vi/account/login", &[("email", "lan.nguyen@example.org"), ("password", PASSWORD)])
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER, "{}", login.body);
    let cookie = login.header("set-cookie").unwrap_or_default().to_string();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    let account = c.get("/vi/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.body.contains("lan.nguyen@example.org"));

    let out = c.post_form("/vi/account/logout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = c.get("/vi/account").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER, "signed out: sent to login");
});

db_test!(a_session_copied_before_logout_is_dead_after_it, |backend| async move {
    let app = crate::app(backend).await;
    let (c, _) = app.signed_in(&[Role::Worker]).await;
    let stolen = c.cookie(cookies::session_name(false)).unwrap();
    c.post_form("/en/account/logout", &[]).await;
    let thief = app.client();
    thief.set_cookie(cookies::session_name(false), &stolen);
    assert_eq!(thief.get("/en/account").await.status, StatusCode::SEE_OTHER);
});

db_test!(login_gives_a_new_session_id_each_time, |backend| async move {
    let app = crate::app(backend).await;
    app.user("twice@example.org", &[Role::Worker]).await;
    let c = app.client();
    c.post_form("/en/account/login", &[("email", "twice@example.org"), ("password", PASSWORD)]).await;
    let first = c.cookie(cookies::session_name(false)).unwrap();
    c.post_form("/en/account/login", &[("email", "twice@example.org"), ("password", PASSWORD)]).await;
    let second = c.cookie(cookies::session_name(false)).unwrap();
    assert_ne!(first, second);
    let old = app.client();
    old.set_cookie(cookies::session_name(false), &first);
    assert_eq!(old.get("/en/account").await.status, StatusCode::SEE_OTHER, "the replaced session is gone");
});

db_test!(wrong_passwords_are_throttled_with_429, |backend| async move {
    let app = crate::app(backend).await;
    app.user("victim@example.org", &[Role::Worker]).await;
    let c = app.client();
    for _ in 0..5 {
        let r = c
            .post_form(
                "/en/account/login",
                &[("email", "victim@example.org"), ("password", "wrong password here")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        assert!(r.body.contains("role=\"alert\""));
    }
    let blocked =
        c.post_form("/en/account/login", &[("email", "victim@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(blocked.header("retry-after").is_some());
    assert!(blocked.body.contains("15"), "the page says how long to wait");
    // Another account is not affected by this one's lock.
    app.user("other@example.org", &[Role::Worker]).await;
    let ok =
        c.post_form("/en/account/login", &[("email", "other@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
});

db_test!(weak_or_mismatched_passwords_are_refused_in_the_readers_language, |backend| async move {
    let app = crate::app(backend).await;
    let c = app.client();
    let common = c
        .post_form(
            "/en/account/register",
            &[
                ("email", "a@example.org"),
                ("display_name", "A"),
                ("password", "password123"),
                ("password_confirm", "password123"),
            ],
        )
        .await;
    assert_eq!(common.status, StatusCode::BAD_REQUEST);
    assert!(common.body.contains("too common"));
    assert!(common.body.contains("value=\"a@example.org\""), "what was typed is kept");
    let short = c
        .post_form(
            "/en/account/register",
            &[
                ("email", "a@example.org"),
                ("display_name", "A"),
                ("password", "abc"),
                ("password_confirm", "abc"),
            ],
        )
        .await;
    assert!(short.body.contains("too short"));
    let mismatch = c
        .post_form(
            "/en/account/register",
            &[
                ("email", "a@example.org"),
                ("display_name", "A"),
                ("password", PASSWORD),
                ("password_confirm", "something else entirely"),
            ],
        )
        .await;
    assert_eq!(mismatch.status, StatusCode::BAD_REQUEST);
    let bad_email = c
        .post_form(
            "/en/account/register",
            &[
                ("email", "not-an-email"),
                ("display_name", "A"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(bad_email.status, StatusCode::BAD_REQUEST);
    assert!(
        hiroba_core::auth::users::find_by_email(&app.state.db, "a@example.org").await.unwrap().is_none(),
        "nothing was created"
    );
});

db_test!(registering_a_taken_address_reveals_nothing_and_mails_the_owner, |backend| async move {
    let app = crate::app(backend).await;
    app.user("taken@example.org", &[Role::Worker]).await;
    let c = app.client();
    let res = c
        .post_form(
            "/en/account/register",
            &[
                ("email", "taken@example.org"),
                ("display_name", "B"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.location(), Some("/en/account/register/sent"));
    app.run_jobs(&hiroba::job_registry()).await;
    let mails = app.mails();
    assert_eq!(mails.len(), 1);
    assert!(link_in_mail(&mails[0], "/en/account/password/forgot").is_some(), "{}", mails[0]);
});

db_test!(staff_must_set_up_two_factor_then_use_it, |backend| async move {
    let app = crate::app(backend).await;
    let user = app.user("counsellor@example.org", &[Role::Counsellor]).await;
    let c = app.client();
    let login = c
        .post_form("/en/account/login", &[("email", "counsellor@example.org"), ("password", PASSWORD)])
        .await;
    assert_eq!(login.location(), Some("/en/account/two-factor/setup"));
    // Half-signed-in: no access to anything that needs an account.
    assert_eq!(c.get("/en/account").await.status, StatusCode::SEE_OTHER);
    let setup = c.get("/en/account/two-factor/setup").await;
    assert_eq!(setup.status, StatusCode::OK);
    assert!(setup.body.contains("<svg"), "QR code shown");
    let secret =
        setup.body.split("id=\"totp-secret\">").nth(1).unwrap().split('<').next().unwrap().to_string();
    let wrong = c.post_form("/en/account/two-factor/setup", &[("code", "000000")]).await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST);
    let code = totp::current_code(&secret, &user.email).unwrap();
    let ok = c.post_form("/en/account/two-factor/setup", &[("code", &code)]).await;
    assert_eq!(ok.location(), Some("/en/account"));
    assert_eq!(c.get("/en/account").await.status, StatusCode::OK);

    // The secret is stored encrypted.
    let stored = hiroba_core::auth::users::find(&app.state.db, user.id).await.unwrap().unwrap();
    assert!(stored.totp_secret.unwrap().starts_with("enc:v1:"));

    // Next time: password, then code.
    let c2 = app.client();
    let login = c2
        .post_form("/en/account/login", &[("email", "counsellor@example.org"), ("password", PASSWORD)])
        .await;
    assert_eq!(login.location(), Some("/en/account/two-factor"));
    assert_eq!(
        c2.post_form("/en/account/two-factor", &[("code", "123")]).await.status,
        StatusCode::UNAUTHORIZED
    );
    let code = totp::current_code(&secret, &user.email).unwrap();
    let done = c2.post_form("/en/account/two-factor", &[("code", &code)]).await;
    assert_eq!(done.location(), Some("/en/account"));
    assert_eq!(c2.get("/en/account").await.status, StatusCode::OK);
});

db_test!(a_forgotten_password_is_reset_by_mail_and_old_sessions_end, |backend| async move {
    let app = crate::app(backend).await;
    let user = app.user("forgetful@example.org", &[Role::Learner]).await;
    let old_session = app.client_for(&user).await;
    let c = app.client();
    let res = c.post_form("/en/account/password/forgot", &[("email", "forgetful@example.org")]).await;
    assert_eq!(res.status, StatusCode::OK);
    let unknown = c.post_form("/en/account/password/forgot", &[("email", "nobody@example.org")]).await;
    assert!(!unknown.body.is_empty());
    assert_eq!(app.run_jobs(&hiroba::job_registry()).await, 1, "only the real account gets a mail");
    let link = link_in_mail(&app.mails()[0], "/account/password/reset?token=").unwrap();
    let token = link.split("token=").nth(1).unwrap().to_string();
    let form = c.get(&format!("/en/account/password/reset?token={token}")).await;
    assert_eq!(form.status, StatusCode::OK);
    let weak = c
        .post_form(
            "/en/account/password/reset",
            &[("token", &token), ("password", "12345678"), ("password_confirm", "12345678")],
        )
        .await;
    assert_eq!(weak.status, StatusCode::BAD_REQUEST);
    let new_password = "a new and long passphrase";
    let done = c
        .post_form(
            "/en/account/password/reset",
            &[("token", &token), ("password", new_password), ("password_confirm", new_password)],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(old_session.get("/en/account").await.status, StatusCode::SEE_OTHER, "old sessions ended");
    let reuse = c
        .post_form(
            "/en/account/password/reset",
            &[("token", &token), ("password", new_password), ("password_confirm", new_password)],
        )
        .await;
    assert_eq!(reuse.status, StatusCode::BAD_REQUEST);
    let login = c
        .post_form("/en/account/login", &[("email", "forgetful@example.org"), ("password", new_password)])
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
});

db_test!(a_form_without_its_csrf_token_is_refused_and_changes_nothing, |backend| async move {
    let app = crate::app(backend).await;
    let c = app.client();
    let res = c.post_raw("/en/account/register", "email=x%40example.org&display_name=X&password=a+long+enough+pass&password_confirm=a+long+enough+pass").await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(res.body.contains("expired"));
    let forged = c.post_raw("/en/account/register", "email=x%40example.org&display_name=X&password=a+long+enough+pass&password_confirm=a+long+enough+pass&csrf_token=forged").await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(hiroba_core::auth::users::find_by_email(&app.state.db, "x@example.org").await.unwrap().is_none());
    // A signed-in user's token does not work for another session.
    let (a, _) = app.signed_in(&[Role::Worker]).await;
    let (b, _) = app.signed_in(&[Role::Worker]).await;
    let token_a = a.csrf_token();
    let res = b.post_raw("/en/account/logout", &format!("csrf_token={token_a}")).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
});

db_test!(next_parameter_never_leaves_the_site, |backend| async move {
    let app = crate::app(backend).await;
    app.user("nav@example.org", &[Role::Worker]).await;
    let c = app.client();
    let res = c
        .post_form(
            "/en/account/login",
            &[("email", "nav@example.org"), ("password", PASSWORD), ("next", "//evil.example/x")],
        )
        .await;
    assert_eq!(res.location(), Some("/en/"));
    let c = app.client();
    let res = c
        .post_form(
            "/en/account/login",
            &[("email", "nav@example.org"), ("password", PASSWORD), ("next", "/en/account")],
        )
        .await;
    assert_eq!(res.location(), Some("/en/account"));
});

db_test!(sessions_end_after_the_idle_and_the_absolute_timeout, |backend| async move {
    use hiroba_core::db::entities::sessions;
    use sea_orm::{EntityTrait, Set};
    let app = crate::app(backend).await;
    let (idle, _) = app.signed_in(&[Role::Worker]).await;
    let (old, _) = app.signed_in(&[Role::Worker]).await;
    assert_eq!(idle.get("/en/account").await.status, StatusCode::OK);
    let now = chrono::Utc::now();
    let hash = |c: &hiroba_testkit::Client| {
        hiroba_core::crypto::sha256_hex(&c.cookie(cookies::session_name(false)).unwrap())
    };
    // Quiet for longer than the idle timeout (120 minutes by default).
    sessions::Entity::update(sessions::ActiveModel {
        id_hash: Set(hash(&idle)),
        last_seen_at: Set(now - chrono::Duration::minutes(121)),
        ..Default::default()
    })
    .exec(app.state.db.write())
    .await
    .unwrap();
    // Active all along, but logged in longer ago than the absolute timeout (24 hours).
    sessions::Entity::update(sessions::ActiveModel {
        id_hash: Set(hash(&old)),
        created_at: Set(now - chrono::Duration::hours(25)),
        ..Default::default()
    })
    .exec(app.state.db.write())
    .await
    .unwrap();
    assert_eq!(idle.get("/en/account").await.status, StatusCode::SEE_OTHER);
    assert_eq!(old.get("/en/account").await.status, StatusCode::SEE_OTHER);
    assert!(
        sessions::Entity::find_by_id(hash(&idle)).one(app.state.db.read()).await.unwrap().is_none(),
        "expired sessions are deleted"
    );
});

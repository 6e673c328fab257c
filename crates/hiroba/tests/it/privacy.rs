//! Privacy primitives: encryption at rest (checked on the raw row), consent before special-care
//! information, and an audit log the database itself refuses to rewrite.

use axum::http::StatusCode;
use hiroba_core::audit::{self, Actor};
use hiroba_core::auth::Role;
use hiroba_core::consent::{self, Purpose};
use hiroba_testkit::db_test;
use sea_orm::{ConnectionTrait, Statement};

async fn raw_residence_status(app: &hiroba_testkit::TestApp, user_id: i64) -> Option<String> {
    let db = app.state.db.write();
    let sql = format!("SELECT residence_status FROM users WHERE id = {user_id}");
    let row = db.query_one(Statement::from_string(db.get_database_backend(), sql)).await.unwrap().unwrap();
    row.try_get::<Option<String>>("", "residence_status").unwrap()
}

db_test!(residence_status_needs_consent_and_is_encrypted_at_rest, |backend| async move {
    let app = crate::app(backend).await;
    let (c, user) = app.signed_in(&[Role::Worker]).await;

    let refused = c.post_form("/en/account/residence-status", &[("status", "technical-intern")]).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.body.contains("tick the box"));
    assert_eq!(raw_residence_status(&app, user.id).await, None, "nothing written without consent");

    let saved = c
        .post_form("/en/account/residence-status", &[("status", "technical-intern"), ("consent", "yes")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let raw = raw_residence_status(&app, user.id).await.expect("stored");
    assert!(raw.starts_with("enc:v1:dek-"), "stored with its key id: {raw}");
    assert!(!raw.contains("technical"), "the raw row does not reveal the value");
    let page = c.get("/en/account").await;
    assert!(page.body.contains("value=\"technical-intern\" selected"), "the owner sees it decrypted");

    // A value moved to another column does not decrypt (the column is bound in).
    assert!(app.state.cipher.decrypt("users.totp_secret", &raw).await.is_err());

    let erased = c.post_form("/en/account/residence-status", &[("erase", "yes")]).await;
    assert_eq!(erased.status, StatusCode::SEE_OTHER);
    assert_eq!(raw_residence_status(&app, user.id).await, None);
    assert!(
        consent::require(&app.state.db, &format!("user:{}", user.id), Purpose::ResidenceStatus)
            .await
            .is_err(),
        "consent withdrawn"
    );
});

db_test!(consent_is_per_subject_and_purpose_and_can_be_withdrawn, |backend| async move {
    let app = crate::app(backend).await;
    let db = &app.state.db;
    assert!(consent::require(db, "case:1", Purpose::Consultation).await.is_err());
    consent::grant(db, "case:1", Purpose::Consultation).await.unwrap();
    let proof = consent::require(db, "case:1", Purpose::Consultation).await.unwrap();
    assert!(consent::require(db, "case:2", Purpose::Consultation).await.is_err());
    assert!(consent::require(db, "case:1", Purpose::ResidenceStatus).await.is_err());
    let enc =
        consent::encrypt_special(&app.state.cipher, &proof, "cases.health", "needs surgery").await.unwrap();
    assert_eq!(app.state.cipher.decrypt("cases.health", &enc).await.unwrap(), "needs surgery");
    consent::withdraw(db, "case:1", Purpose::Consultation).await.unwrap();
    assert!(consent::require(db, "case:1", Purpose::Consultation).await.is_err());
});

db_test!(the_database_refuses_to_change_or_delete_audit_entries, |backend| async move {
    let app = crate::app(backend).await;
    let db = &app.state.db;
    audit::record(db, &Actor::user(7, "counsellor"), "case.read", "case:42", "follow-up call").await.unwrap();
    let conn = db.write();
    let backend = conn.get_database_backend();
    for sql in ["UPDATE audit_log SET reason = 'nothing'", "DELETE FROM audit_log"] {
        let res = conn.execute(Statement::from_string(backend, sql.to_string())).await;
        assert!(res.is_err(), "{sql} must be refused");
    }
    if backend == sea_orm::DbBackend::Postgres {
        assert!(conn
            .execute(Statement::from_string(backend, "TRUNCATE audit_log".to_string()))
            .await
            .is_err());
    }
    let (entries, total) = audit::page(db, 0, 10).await.unwrap();
    assert_eq!(total, 1);
    assert_eq!(entries[0].reason, "follow-up call");
    assert_eq!(entries[0].actor_role, "counsellor");
});

db_test!(the_secretariat_reads_the_audit_log_and_that_read_is_logged, |backend| async move {
    let app = crate::app(backend).await;
    audit::record(&app.state.db, &Actor::user(3, "counsellor"), "case.read", "case:9", "intake")
        .await
        .unwrap();
    let (sec, me) = app.signed_in(&[Role::Secretariat]).await;
    let page = sec.get("/en/admin/audit").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("case:9"));
    let (entries, _) = audit::page(&app.state.db, 0, 10).await.unwrap();
    assert!(entries.iter().any(|e| e.action == "audit.read" && e.actor_id == Some(me.id)));
});

db_test!(logins_are_audited_without_personal_data, |backend| async move {
    let app = crate::app(backend).await;
    let user = app.user("audited@example.org", &[Role::Worker]).await;
    app.client()
        .post_form(
            "/en/account/login",
            &[("email", "audited@example.org"), ("password", hiroba_testkit::PASSWORD)],
        )
        .await;
    let (entries, _) = audit::page(&app.state.db, 0, 10).await.unwrap();
    let login = entries.iter().find(|e| e.action == "auth.login").expect("login audited");
    assert_eq!(login.actor_id, Some(user.id));
    assert!(!format!("{login:?}").contains("audited@example.org"));
});

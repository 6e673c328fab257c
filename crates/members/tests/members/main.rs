//! Members, on SQLite and (with TEST_DATABASE_URL) PostgreSQL: applying, screening with messages
//! and mails, the member table, activity reports with attachments and their visibility, and the
//! numbered good practices.

use axum::http::StatusCode;
use hiroba_core::auth::Role;
use hiroba_members::membership::{self, Decision, MemberError};
use hiroba_testkit::{db_test, Backend, TestApp};

async fn app(backend: Backend) -> TestApp {
    TestApp::new(backend, hiroba_members::routes, &[&hiroba_members::LOCALES]).await
}

fn registry() -> hiroba_core::jobs::Registry<hiroba_core::AppState> {
    let mut r = hiroba_core::jobs::Registry::default();
    hiroba_core::bootstrap::register_jobs(&mut r);
    r
}

const ABOUT: &str = "We run a Japanese class and a help desk for Vietnamese and Indonesian workers in Gunma.";

fn npo_form(agree: bool) -> Vec<(&'static str, &'static str)> {
    let mut f = vec![
        ("category", "npo"),
        ("name", "Gunma Friends of Workers"),
        ("contact_name", "Aiko Tanaka"),
        ("email", "office@gunma-friends.example"),
        ("area", "Gunma, Maebashi"),
        ("website", "https://gunma-friends.example"),
        ("about", ABOUT),
    ];
    if agree {
        f.push(("agree", "yes"));
    }
    f
}

db_test!(an_npo_applies_is_asked_for_more_answers_and_is_approved, |backend| async move {
    let app = app(backend).await;
    let (applicant, user) = app.signed_in(&[Role::Learner]).await;
    let (sec, _) = app.signed_in(&[Role::Secretariat]).await;
    assert_eq!(applicant.get("/en/members/home").await.status, StatusCode::FORBIDDEN, "not a member yet");

    // Without agreeing to the code of conduct: refused in the applicant's language, nothing stored.
    let res = applicant.post_form("/en/members/apply", &npo_form(false)).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.body.contains("tick the box to agree"));
    let res = applicant.post_form("/vi/members/apply", &npo_form(false)).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(membership::of_user(&app.state.db, user.id).await.unwrap().is_none());
    let mut bad = npo_form(true);
    bad[0] = ("category", "spies");
    assert_eq!(applicant.post_form("/en/members/apply", &bad).await.status, StatusCode::BAD_REQUEST);

    let res = applicant.post_form("/en/members/apply", &npo_form(true)).await;
    assert_eq!(res.location(), Some("/en/members/application"));
    let page = applicant.get("/en/members/application").await;
    assert!(page.body.contains("waiting for the secretariat"));
    // One application per account: the form leads to it.
    assert_eq!(applicant.get("/en/members/apply").await.location(), Some("/en/members/application"));

    let member = membership::of_user(&app.state.db, user.id).await.unwrap().unwrap();
    let list = sec.get("/en/admin/members").await;
    assert!(list.body.contains("Gunma Friends of Workers"));
    let path = format!("/en/admin/members/{}", member.id);
    // Asking for more needs a message; nothing changes without one.
    let res = sec.post_form(&path, &[("decision", "ask"), ("message", "  ")]).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.body.contains("the applicant needs to know why"));
    assert_eq!(membership::find(&app.state.db, member.id).await.unwrap().unwrap().status, "applied");
    let res =
        sec.post_form(&path, &[("decision", "ask"), ("message", "Which prefectures do you work in?")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    app.run_jobs(&registry()).await;
    let mails = app.decoded_mails();
    let (to, subject, body) = mails.last().expect("a mail to the applicant");
    assert_eq!(to, "office@gunma-friends.example");
    assert!(subject.contains("more information") && body.contains("Which prefectures do you work in?"));
    assert!(body.contains("/en/members/application"), "{body}");

    // The applicant answers, edits and sends again.
    let page = applicant.get("/en/members/application").await;
    assert!(page.body.contains("Which prefectures do you work in?") && page.body.contains("id=\"resubmit\""));
    let mut again = npo_form(true);
    again[4] = ("area", "Gunma and Tochigi");
    again.push(("message", "Gunma and Tochigi."));
    let res = applicant.post_form("/en/members/application", &again).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let m = membership::find(&app.state.db, member.id).await.unwrap().unwrap();
    assert_eq!((m.status.as_str(), m.area.as_str()), ("applied", "Gunma and Tochigi"));

    // Approval grants the member role and tells the applicant.
    let res = sec.post_form(&path, &[("decision", "approve"), ("message", "")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(hiroba_core::auth::users::roles(&app.state.db, user.id).await.unwrap().contains(&Role::Member));
    app.run_jobs(&registry()).await;
    assert!(app.decoded_mails().iter().any(|(_, s, _)| s.contains("approved")));
    // A second decision is refused: the application is decided.
    let res = sec.post_form(&path, &[("decision", "refuse"), ("message", "No.")]).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    let history: Vec<String> =
        membership::messages(&app.state.db, member.id).await.unwrap().into_iter().map(|m| m.action).collect();
    assert_eq!(history, ["applied", "more-info", "resubmitted", "approved"]);

    // The member table counts approved members by category; everyone can read it.
    let table = membership::table(&app.state.db).await.unwrap();
    assert_eq!(table.iter().find(|(c, _)| *c == "npo").unwrap().1, 1);
    assert_eq!(table.iter().map(|(_, n)| n).sum::<u64>(), 1);
    let public = app.client().get("/en/members").await;
    assert!(public.body.contains("1 organisations and individuals"), "{}", public.body);
    let admin = sec.get("/en/admin/members?status=approved").await;
    assert!(admin.body.contains("1 members: 1 organisations and 0 individuals"));
});

db_test!(only_one_decision_wins_when_two_are_made_at_once, |backend| async move {
    let app = app(backend).await;
    let user = app.user("researcher@example.org", &[Role::Learner]).await;
    let form = membership::Application {
        category: "researcher".into(),
        name: "R. Sato".into(),
        contact_name: "R. Sato".into(),
        email: "researcher@example.org".into(),
        about: ABOUT.into(),
        agreed: true,
        ..Default::default()
    };
    let m = membership::apply(&app.state.db, user.id, &form).await.unwrap();
    let db = &app.state.db;
    let (a, b) = tokio::join!(
        membership::decide(db, m.id, Decision::Approve, "", 1),
        membership::decide(db, m.id, Decision::Refuse, "Sorry.", 2)
    );
    let wins = [a.is_ok(), b.is_ok()].iter().filter(|x| **x).count();
    assert_eq!(wins, 1, "exactly one decision");
    assert!(matches!(a.err().or(b.err()), Some(MemberError::AlreadyDecided)));
});

/// A small real PDF header (enough for the type check).
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

async fn approved(app: &TestApp, email: &str, name: &str) -> hiroba_testkit::Client {
    let user = app.user(email, &[Role::Learner]).await;
    let form = membership::Application {
        category: "business".into(),
        name: name.into(),
        contact_name: name.into(),
        email: email.into(),
        about: ABOUT.into(),
        agreed: true,
        ..Default::default()
    };
    let m = membership::apply(&app.state.db, user.id, &form).await.unwrap();
    membership::decide(&app.state.db, m.id, Decision::Approve, "", 1).await.unwrap();
    let user = hiroba_core::auth::users::find(&app.state.db, user.id).await.unwrap().unwrap();
    app.client_for(&user).await
}

db_test!(members_send_reports_and_choose_who_reads_them, |backend| async move {
    let app = app(backend).await;
    let alpha = approved(&app, "alpha@example.com", "Alpha Foods").await;
    let beta = approved(&app, "beta@example.com", "Beta Care").await;
    let (outsider, _) = app.signed_in(&[Role::Learner]).await;
    let year = chrono::Datelike::year(&chrono::Utc::now());
    let period = format!("{year}-H1");
    let text = "We translated our work rules into Vietnamese and held two meetings with our interns.";

    // A wrong period or a file that is not a document: refused, nothing stored.
    let res = alpha
        .post_multipart(
            "/en/members/reports",
            &[("kind", "report"), ("period", "2026-Q3"), ("body", text)],
            ("r.pdf", "application/pdf", PDF),
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.body.contains("half-year"));
    let res = alpha
        .post_multipart(
            "/en/members/reports",
            &[("kind", "report"), ("period", &period), ("body", text)],
            ("virus.pdf", "application/pdf", b"MZ\x90\x00 this is an executable"),
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.body.contains("must be a PDF"));

    // A private report, then a published plan.
    let res = alpha
        .post_multipart(
            "/en/members/reports",
            &[("kind", "report"), ("period", &period), ("body", text)],
            ("report.pdf", "application/pdf", PDF),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let res = alpha
        .post_multipart(
            "/en/members/reports",
            &[
                ("kind", "plan"),
                ("period", &year.to_string()),
                ("body", "Our plan: a helpline in Vietnamese."),
                ("published", "yes"),
            ],
            ("plan.pdf", "application/pdf", PDF),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let mine = alpha.get("/en/members/reports").await;
    assert!(mine.body.contains("report.pdf") && mine.body.contains("plan.pdf"));

    // Beta sees only the published plan; the private report's file is not there for Beta.
    let home = beta.get("/en/members/home").await;
    assert!(home.body.contains("Alpha Foods") && home.body.contains("a helpline in Vietnamese"));
    assert!(!home.body.contains("translated our work rules"));
    let reports = hiroba_members::reports::of_member(&app.state.db, 1).await.unwrap();
    let private = reports.iter().find(|r| r.kind == "report").unwrap();
    let public = reports.iter().find(|r| r.kind == "plan").unwrap();
    assert_eq!(
        beta.get(&format!("/en/members/reports/{}/attachment", private.id)).await.status,
        StatusCode::NOT_FOUND
    );
    let file = beta.get(&format!("/en/members/reports/{}/attachment", public.id)).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.header("content-type"), Some("application/pdf"));
    assert_eq!(file.bytes, PDF);
    assert_eq!(
        alpha.get(&format!("/en/members/reports/{}/attachment", private.id)).await.status,
        StatusCode::OK
    );
    // Not members: no members' page, no files.
    assert_eq!(outsider.get("/en/members/home").await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        outsider.get(&format!("/en/members/reports/{}/attachment", public.id)).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.client().get("/en/members/home").await.status.as_u16() / 100, 3, "to the login");

    // Sending the same period again replaces it (and keeps the file).
    let res = alpha
        .post_multipart(
            "/en/members/reports",
            &[("kind", "report"), ("period", &period), ("body", "Updated: three meetings.")],
            ("", "application/octet-stream", b""),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let again = hiroba_members::reports::of_member(&app.state.db, 1).await.unwrap();
    assert_eq!(again.len(), 2);
    let r = again.iter().find(|r| r.kind == "report").unwrap();
    assert_eq!(
        (r.body.as_str(), r.attachment_name.as_deref()),
        ("Updated: three meetings.", Some("report.pdf"))
    );
});

db_test!(good_practices_are_numbered_and_public, |backend| async move {
    let app = app(backend).await;
    let (sec, _) = app.signed_in(&[Role::Secretariat]).await;
    for title in ["Interpreters at the health check", "Zero-fee recruitment from Viet Nam"] {
        let res = sec
            .post_form(
                "/en/admin/members/practices",
                &[("title", title), ("body", "What they did, **step by step**.")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
    }
    let res = sec.post_form("/en/admin/members/practices", &[("title", ""), ("body", "x")]).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    let page = app.client().get("/en/members/practices").await;
    assert!(page.body.contains("Good practice No. 2: Zero-fee recruitment from Viet Nam"));
    assert!(page.body.contains("id=\"practice-1\"") && page.body.contains("<strong>step by step</strong>"));
    // Publishing at once still gives distinct numbers.
    let db = &app.state.db;
    let (a, b) = tokio::join!(
        hiroba_members::practices::publish(db, "A", "a", None, 1),
        hiroba_members::practices::publish(db, "B", "b", None, 1)
    );
    let mut numbers = [a.unwrap().number, b.unwrap().number];
    numbers.sort();
    assert_eq!(numbers, [3, 4]);
});

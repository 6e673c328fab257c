//! Learning, on SQLite and (with TEST_DATABASE_URL) PostgreSQL.

use std::collections::{BTreeMap, BTreeSet};

use axum::http::StatusCode;
use hiroba_learning::course::Quiz;
use hiroba_testkit::{db_test, Backend, TestApp};

async fn app(backend: Backend) -> TestApp {
    let app =
        TestApp::new(backend, hiroba_learning::routes, &[&hiroba_learning::LOCALES, &hiroba_portal::LOCALES])
            .await;
    let installed =
        hiroba_learning::store::install_bundled(&app.state.db).await.expect("install the SME course");
    assert_eq!(installed, ["sme-rights"]);
    app
}

/// The SME course as bundled (the same texts the database was given).
fn sme() -> &'static hiroba_learning::course::Course {
    static SME: std::sync::LazyLock<hiroba_learning::course::Course> = std::sync::LazyLock::new(|| {
        hiroba_learning::course::load(hiroba_learning::COURSES.get_dir("sme-rights").expect("bundled"))
            .expect("the SME course loads")
    });
    &SME
}

/// The form fields answering `quiz` right (or wrong, choosing the first wrong choice).
fn fields(quiz: &Quiz, right: bool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for q in &quiz.questions {
        for c in &q.choices {
            if c.correct == right {
                out.push((format!("q-{}", q.id), c.id.clone()));
                if !right {
                    break;
                }
            }
        }
    }
    out
}

db_test!(a_learner_reads_lessons_fails_and_passes_a_quiz_and_resumes, |backend| async move {
    let app = app(backend).await;
    let (client, user) = app.signed_in(&[hiroba_core::auth::Role::Learner]).await;
    let course = client.get("/en/learn/sme-rights").await;
    assert_eq!(course.status, StatusCode::OK);
    assert!(course.body.contains("Protecting the rights of migrant workers"));
    assert!(course.body.contains("About 252 minutes left"), "15 × 15 + 9 × 3");
    assert!(
        course.body.contains("href=\"/en/learn/sme-rights/lessons/why-act\""),
        "start at the first lesson"
    );

    // The first lesson, then "next" leads to the chapter quiz (one lesson in chapter 1).
    let lesson = client.get("/en/learn/sme-rights/lessons/why-act").await;
    assert!(lesson.body.contains("<h1>Why act: migrant workers, your business and human rights</h1>"));
    assert!(lesson.body.contains("Lesson 1 of 15"));
    let res = client.post_form("/en/learn/sme-rights/lessons/why-act", &[]).await;
    assert_eq!(res.location(), Some("/en/learn/sme-rights/quiz/introduction"));

    // Unanswered: refused in the reader's language, nothing saved.
    let quiz = &sme().texts["en"].quizzes["introduction"];
    let res = client.post_form("/en/learn/sme-rights/quiz/introduction", &[("q-q1", "a")]).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.body.contains("Please answer every question"));
    let ja = client.post_form("/ja/learn/sme-rights/quiz/introduction", &[]).await;
    assert!(ja.body.contains("すべての") && ja.status == StatusCode::BAD_REQUEST);
    assert!(hiroba_learning::progress::attempts_at(&app.state.db, user.id, "sme-rights", "introduction")
        .await
        .unwrap()
        .is_empty());

    // Wrong answers: not passed, every answer explained, a retake offered.
    let wrong = fields(quiz, false);
    let pairs: Vec<(&str, &str)> = wrong.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = client.post_form("/en/learn/sme-rights/quiz/introduction", &pairs).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("Not passed yet.") && res.body.contains("0 of 5 correct."), "{}", res.body);
    assert!(
        res.body.contains("Japanese labour law applies to every worker employed in Japan"),
        "explanations shown"
    );
    assert!(res.body.contains("id=\"retake\""));
    // Right answers: passed; next is chapter 2's first lesson.
    let right = fields(quiz, true);
    let pairs: Vec<(&str, &str)> = right.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = client.post_form("/en/learn/sme-rights/quiz/introduction", &pairs).await;
    assert!(res.body.contains("Passed.") && res.body.contains("5 of 5 correct."));
    assert!(res.body.contains("href=\"/en/learn/sme-rights/lessons/guiding-principles\""));
    let attempts =
        hiroba_learning::progress::attempts_at(&app.state.db, user.id, "sme-rights", "introduction")
            .await
            .unwrap();
    assert_eq!(attempts.len(), 2);
    assert!(attempts[0].passed && !attempts[1].passed);

    // Progress: 2 of 24 steps, points, a one-day streak; resume where the learner left off.
    client.get("/en/learn/sme-rights/lessons/due-diligence").await;
    let p = hiroba_learning::progress::progress(&app.state.db, user.id, sme()).await.unwrap();
    assert_eq!((p.percent, p.points, p.streak_days), (8, 30, 1));
    let course = client.get("/en/learn/sme-rights").await;
    assert!(
        course.body.contains("id=\"resume\" href=\"/en/learn/sme-rights/lessons/due-diligence\""),
        "{}",
        course.body
    );
    assert!(course.body.contains("30 points") && course.body.contains("Days in a row: 1"));
    let list = client.get("/en/learn").await;
    assert!(list.body.contains("value=\"8\""), "the list shows the progress bar");

    // Unknown course, lesson or chapter: 404.
    for path in
        ["/en/learn/nothing", "/en/learn/sme-rights/lessons/nothing", "/en/learn/sme-rights/quiz/nothing"]
    {
        assert_eq!(client.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(
        client.post_form("/en/learn/sme-rights/lessons/nothing", &[]).await.status,
        StatusCode::NOT_FOUND
    );
});

db_test!(a_course_is_complete_when_every_lesson_is_read_and_every_quiz_passed, |backend| async move {
    let app = app(backend).await;
    let (client, user) = app.signed_in(&[]).await;
    let course = sme();
    let db = &app.state.db;
    for ch in &course.def.chapters {
        for l in &ch.lessons {
            hiroba_learning::progress::finish_lesson(db, user.id, "sme-rights", l).await.unwrap();
        }
    }
    assert!(
        !hiroba_learning::progress::complete_if_done(db, user.id, course).await.unwrap(),
        "quizzes still to pass"
    );
    for ch in &course.def.chapters {
        let quiz = &course.texts["ja"].quizzes[&ch.id];
        let answers: BTreeMap<String, BTreeSet<String>> = quiz
            .questions
            .iter()
            .map(|q| (q.id.clone(), q.correct().into_iter().map(str::to_string).collect()))
            .collect();
        let score = hiroba_learning::course::score(quiz, course.def.pass_mark, &answers);
        assert!(score.passed);
        hiroba_learning::progress::record_attempt(db, user.id, "sme-rights", &ch.id, "ja", &score, &answers)
            .await
            .unwrap();
    }
    assert!(hiroba_learning::progress::complete_if_done(db, user.id, course).await.unwrap());
    assert!(!hiroba_learning::progress::complete_if_done(db, user.id, course).await.unwrap(), "once");
    let e = hiroba_learning::progress::enrolment(db, user.id, "sme-rights").await.unwrap().unwrap();
    assert!(e.completed_at.is_some());
    let page = client.get("/ja/learn/sme-rights").await;
    assert!(
        page.body.contains("100%") && page.body.contains("[修了|しゅうりょう]") || page.body.contains("修了")
    );
    // The completed course has its badge: a signed Open Badges 3.0 credential anyone can check.
    let link =
        page.body.split("id=\"badge-link\" href=\"").nth(1).expect("a badge link").split('"').next().unwrap();
    let badge_id = link.rsplit('/').next().unwrap().to_string();
    let public = app.client();
    let shown = public.get(&format!("/vi/badges/{badge_id}")).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(
        shown.body.contains("Chứng chỉ này là thật") && shown.body.contains("Test Person"),
        "{}",
        shown.body
    );
    let json: serde_json::Value =
        serde_json::from_str(&public.get(&format!("/en/badges/{badge_id}/credential.json")).await.body)
            .unwrap();
    assert_eq!(json["status"], "valid");
    assert_eq!(json["credential"]["type"][1], "OpenBadgeCredential");
    assert_eq!(json["credential"]["credentialSubject"]["name"], "Test Person");
    let jwks: serde_json::Value =
        serde_json::from_str(&public.get("/.well-known/jwks.json").await.body).unwrap();
    assert_eq!(jwks["keys"][0]["x"], json["publicKeyJwk"]["x"]);
    let key = hiroba_learning::badges::Issuer::derive(&app.state.hmac_key, &app.state.config.public_url)
        .verifying_key();
    hiroba_learning::badges::verify(json["jwt"].as_str().unwrap(), &key)
        .expect("the JWT verifies with the published key");
    // Revocation: the secretariat gives a reason; verification says so from then on.
    let (secretariat, _) = app.signed_in(&[hiroba_core::auth::Role::Secretariat]).await;
    let res = secretariat.post_form(&format!("/en/admin/badges/{badge_id}/revoke"), &[("reason", " ")]).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    let res = secretariat
        .post_form(&format!("/en/admin/badges/{badge_id}/revoke"), &[("reason", "issued in error")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let json: serde_json::Value =
        serde_json::from_str(&public.get(&format!("/en/badges/{badge_id}/credential.json")).await.body)
            .unwrap();
    assert_eq!(json["status"], "revoked");
    assert_eq!(json["revocationReason"], "issued in error");
    assert!(public
        .get(&format!("/en/badges/{badge_id}"))
        .await
        .body
        .contains("This certificate has been revoked."));
    assert_eq!(public.get("/en/badges/unknown").await.status, StatusCode::NOT_FOUND);
    // In Vietnamese the course falls back to English, saying so.
    let vi = client.get("/vi/learn/sme-rights").await;
    assert!(
        vi.body.contains("Khóa học này chưa có bằng ngôn ngữ của bạn")
            && vi.body.contains("Protecting the rights")
    );
});

db_test!(the_certificate_pdf_writes_a_burmese_and_chinese_name_with_its_fonts, |backend| async move {
    let app = app(backend).await;
    let Some(_) = app.state.config.chromium.clone() else {
        eprintln!("skipped: no Chromium (set CHROMIUM_PATH) for the certificate PDF");
        return;
    };
    let issuer = hiroba_learning::badges::Issuer::derive(&app.state.hmac_key, &app.state.config.public_url);
    let name = "မောင်မောင်ဦး 王小明";
    let badge = hiroba_learning::badges::issue(&app.state.db, &issuer, 42, name, sme()).await.unwrap();
    let page = app.client().get(&format!("/en/badges/{}", badge.id)).await;
    assert!(page.body.contains("id=\"certificate-pdf\""), "the PDF is offered");
    let res = app.client().get(&format!("/en/badges/{}/certificate.pdf", badge.id)).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.bytes.starts_with(b"%PDF"));
    let dir = std::env::temp_dir().join(format!("hiroba-certificate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("certificate.pdf");
    std::fs::write(&file, &res.bytes).unwrap();
    let Ok(fonts) = std::process::Command::new("pdffonts").arg(&file).output() else {
        eprintln!("pdffonts (poppler-utils) is not installed: the fonts were not checked");
        return;
    };
    let fonts = String::from_utf8_lossy(&fonts.stdout).to_string();
    assert!(fonts.contains("Myanmar"), "a Burmese font is embedded:\n{fonts}");
    // Chromium embeds the CFF-based CJK fonts as Type 3 fonts: every font must be embedded.
    assert!(
        fonts.lines().skip(2).all(|l| l.split_whitespace().rev().nth(4) == Some("yes")),
        "every font embedded:\n{fonts}"
    );
    let info = std::process::Command::new("pdfinfo").arg(&file).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout).to_string();
    assert!(info.lines().any(|l| l.starts_with("Pages:") && l.ends_with(" 1")), "one page:\n{info}");
    let text = std::process::Command::new("pdftotext").arg(&file).arg("-").output().unwrap();
    assert!(String::from_utf8_lossy(&text.stdout).contains("王小明"));
    // Rendered to PNG for a person to look at (the Burmese must be shaped, not boxes).
    let png = dir.join("certificate");
    let _ = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "70", "-singlefile"])
        .arg(&file)
        .arg(&png)
        .status();
    eprintln!("certificate rendered to {}.png", png.display());
});

/// Complete the SME course for `user` through the domain functions.
async fn complete(app: &TestApp, user: i64) {
    let course = sme();
    for ch in &course.def.chapters {
        for l in &ch.lessons {
            hiroba_learning::progress::finish_lesson(&app.state.db, user, "sme-rights", l).await.unwrap();
        }
        let quiz = &course.texts["en"].quizzes[&ch.id];
        let answers: BTreeMap<String, BTreeSet<String>> = quiz
            .questions
            .iter()
            .map(|q| (q.id.clone(), q.correct().into_iter().map(str::to_string).collect()))
            .collect();
        let score = hiroba_learning::course::score(quiz, course.def.pass_mark, &answers);
        hiroba_learning::progress::record_attempt(
            &app.state.db,
            user,
            "sme-rights",
            &ch.id,
            "en",
            &score,
            &answers,
        )
        .await
        .unwrap();
    }
    assert!(hiroba_learning::progress::complete_if_done(&app.state.db, user, course).await.unwrap());
}

db_test!(a_company_assigns_the_course_and_follows_its_staff_and_its_suppliers, |backend| async move {
    use hiroba_companies::chain;
    use hiroba_core::auth::Role;
    let app = app(backend).await;
    let db = &app.state.db;
    let company = chain::admit(
        db,
        chain::NewCompany {
            name: "Kanto Foods",
            contact_email: "hr@kanto.example",
            contract_start: "2026-04-01",
            contract_end: "2027-03-31",
            target_workers: "50",
        },
    )
    .await
    .unwrap();
    let (admin, admin_user) = app.signed_in(&[Role::CompanyAdmin]).await;
    chain::add_member(db, company.id, admin_user.id, "admin").await.unwrap();
    let supplier = chain::add_node(
        db,
        chain::NewNode {
            chain: company.id,
            parent: None,
            kind: "supplier",
            name: "Sakura Packaging",
            address: "",
            industry: "",
            migrant_workers: "",
        },
    )
    .await
    .unwrap();
    let supplier_org = supplier.supplier_id.unwrap();
    let learner = app.user("tanaka@kanto.example", &[]).await;
    let base = format!("/en/company/{}/learning", company.id);
    // Staff and assignment, with bad input refused and nothing changed.
    let res = admin.post_form(&format!("{base}/staff"), &[("email", "nobody@nowhere.example")]).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.body.contains("must register first"));
    let res = admin.post_form(&format!("{base}/staff"), &[("email", "tanaka@kanto.example")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let res = admin.post_form(&format!("{base}/assign"), &[("course", "nothing"), ("due", "")]).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    let res =
        admin.post_form(&format!("{base}/assign"), &[("course", "sme-rights"), ("due", "2027-01-31")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    // The supplier's two learners; one completes.
    for (email, done) in [("s1@sakura.example", true), ("s2@sakura.example", false)] {
        let u = app.user(email, &[]).await;
        hiroba_learning::assignments::add_staff(db, supplier_org, email).await.unwrap();
        if done {
            complete(&app, u.id).await;
        }
    }
    complete(&app, learner.id).await;

    let page = admin.get(&base).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("due 2027-01-31"));
    let staff = page.body.split("class=\"staff\"").nth(1).unwrap().split("</table>").next().unwrap();
    assert!(staff.contains("completed on"), "the company's own learner, by person: {staff}");
    let suppliers = page.body.split("class=\"suppliers\"").nth(1).unwrap().split("</table>").next().unwrap();
    assert!(suppliers.contains("<td>Sakura Packaging</td><td>2</td><td>1</td>"), "{suppliers}");
    let csv = admin.get(&format!("{base}.csv")).await;
    assert!(csv.body.contains("\"sme-rights\",\"Sakura Packaging\",supplier,2,1,"), "{}", csv.body);
    assert!(csv.body.contains(",staff,1,1,\"completed"), "{}", csv.body);
    // The learner sees who assigned the course.
    let mine = app.client_for(&learner).await.get("/en/learn").await;
    assert!(mine.body.contains("Assigned by Kanto Foods"));
    // A viewer reads but does not assign; someone outside the company sees nothing.
    let (viewer, viewer_user) = app.signed_in(&[Role::CompanyViewer]).await;
    chain::add_member(db, company.id, viewer_user.id, "viewer").await.unwrap();
    assert_eq!(viewer.get(&base).await.status, StatusCode::OK);
    let res = viewer.post_form(&format!("{base}/assign"), &[("course", "sme-rights")]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let (stranger, _) = app.signed_in(&[Role::CompanyAdmin]).await;
    assert_eq!(stranger.get(&base).await.status, StatusCode::NOT_FOUND);
    assert_eq!(stranger.get(&format!("{base}.csv")).await.status, StatusCode::NOT_FOUND);
    // The secretariat's totals: 2 enrolled, 2 completed; Kanto Foods assigned 1 course to 5 people
    // (its admin, viewer and learner, and the supplier's two), 2 of whom completed.
    let (secretariat, _) = app.signed_in(&[Role::Secretariat]).await;
    let totals = secretariat.get("/en/admin/learning").await;
    assert_eq!(totals.status, StatusCode::OK);
    assert!(totals.body.contains("</td><td>2</td><td>2</td><td>0</td><td>0</td>"), "{}", totals.body);
    assert!(totals.body.contains("<td>Kanto Foods</td><td>1</td><td>5</td><td>2</td>"), "{}", totals.body);
});

mod authoring;

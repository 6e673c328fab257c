//! Safety as a worker and the secretariat meet it, on SQLite and (with TEST_DATABASE_URL) PostgreSQL.

use axum::http::StatusCode;
use hiroba_core::auth::Role;
use hiroba_safety::aggregates::{self, Scope};
use hiroba_safety::bank::{self, Bank};
use hiroba_safety::store;
use hiroba_testkit::{db_test, Backend, Client, TestApp};
use sea_orm::{ConnectionTrait, Statement};
use std::collections::BTreeMap;

async fn app(backend: Backend) -> TestApp {
    let app =
        TestApp::new(backend, hiroba_safety::routes, &[&hiroba_safety::LOCALES, &hiroba_portal::LOCALES])
            .await;
    hiroba_safety::install_banks(&app.state).await.unwrap();
    hiroba_safety::load_demo(&app.state).await.unwrap();
    app
}

async fn bank(app: &TestApp) -> std::sync::Arc<Bank> {
    store::active_bank(&app.state.db).await.unwrap().unwrap()
}

/// A harmless answer to every question, with `overrides` replacing some.
fn answers_for(b: &Bank, overrides: &[(&str, &str)]) -> BTreeMap<String, String> {
    let mut a = BTreeMap::new();
    for q in &b.questions {
        let v = match q.kind.as_str() {
            "yes-no" => match q.flag {
                Some(bank::Flag::No) => "yes".to_string(),
                _ => "no".to_string(),
            },
            "choice" => q.choices[0].clone(),
            "prefecture" => "13".to_string(),
            _ => match &q.flag {
                Some(bank::Flag::Below { value }) => format!("{}", *value as i64 + 1),
                Some(bank::Flag::BelowMinimumWage { .. }) => "1500".to_string(),
                _ => format!("{}", q.min.unwrap_or(0.0) as i64),
            },
        };
        a.insert(q.id.clone(), v);
    }
    for (k, v) in overrides {
        a.insert(k.to_string(), v.to_string());
    }
    a
}

/// Start, then post every section; returns the token and the last response.
async fn answer_all(
    app: &TestApp,
    c: &Client,
    lang: &str,
    site: &str,
    answers: &BTreeMap<String, String>,
) -> (String, hiroba_testkit::TestResponse) {
    let b = bank(app).await;
    let res = c.post_form(&format!("/{lang}/safety/start"), &[("site", site)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let loc = res.location().unwrap().to_string();
    let token = loc.split("/r/").nth(1).unwrap().split('/').next().unwrap().to_string();
    let mut last = None;
    for (i, section) in b.sections.iter().enumerate() {
        let fields: Vec<(String, String)> =
            b.section_questions(section).map(|q| (format!("q-{}", q.id), answers[&q.id].clone())).collect();
        let mut refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        refs.push(("go", "next"));
        let res = c.post_form(&format!("/{lang}/safety/r/{token}/step/{}", i + 1), &refs).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "step {}: {}", i + 1, res.body);
        last = Some(res);
    }
    (token, last.unwrap())
}

#[tokio::test]
async fn the_bundled_bank_is_valid_complete_and_links_real_articles() {
    let app = app(Backend::Sqlite).await;
    let b = bank(&app).await;
    let slugs: Vec<String> = hiroba_portal::CONTENT
        .get_dir("articles")
        .unwrap()
        .dirs()
        .map(|d| d.path().file_name().unwrap().to_string_lossy().to_string())
        .collect();
    let report = bank::validate(&b, &["en".to_string()], &|s| slugs.iter().any(|x| x == s));
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert!(report.missing.is_empty(), "{:?}", report.missing);
    assert!(b.questions.len() >= 30);
    let full = bank::validate(&b, &app.state.config.languages, &|_| true);
    assert!(full.missing.is_empty(), "texts missing: {:?}", full.missing);
}

db_test!(a_worker_answers_everything_and_sees_the_flags_explained, |backend| async move {
    let app = app(backend).await;
    let b = bank(&app).await;
    let c = app.client();
    let intro = c.get("/my/safety?site=demo-2026").await;
    assert_eq!(intro.status, StatusCode::OK);
    assert!(intro.body.contains("Hiroba Demo Foods"), "the code shows the company's public name");
    let passport_flag = b.question("passport-holder").and_then(|q| q.flag.clone());
    assert!(matches!(passport_flag, Some(bank::Flag::OneOf { .. })), "{passport_flag:?}");
    let company_choice = match passport_flag {
        Some(bank::Flag::OneOf { choices }) => choices[0].clone(),
        _ => unreachable!(),
    };
    let answers = answers_for(&b, &[("overtime-hours", "60"), ("passport-holder", &company_choice)]);
    let (token, last) = answer_all(&app, &c, "my", "DEMO2026", &answers).await;
    assert!(last.location().unwrap().ends_with("/result"));
    let result = c.get(&format!("/my/safety/r/{token}/result")).await;
    assert_eq!(result.status, StatusCode::OK);
    assert!(result.body.contains("<html lang=\"my\""));
    let flags = result.body.matches("class=\"flag flag-").count();
    assert_eq!(flags, 2, "{}", result.body);
    // Most serious first: the passport (violation) before or with overtime; both link articles.
    assert!(result.body.contains("/my/articles/wages-and-overtime"));
    assert!(result.body.contains("/my/articles/keep-your-passport-and-residence-card"));
    // The private link works from another device (no login), and a second completion changes nothing.
    let other = app.client();
    assert_eq!(other.get(&format!("/my/safety/r/{token}/result")).await.status, StatusCode::OK);
    let again = c.post_form(&format!("/my/safety/r/{token}/step/1"), &[("go", "next")]).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    let agg =
        aggregates::aggregate(&app.state.db, &Scope { sites: None, from: "2000-01-01", to: "2100-01-01" })
            .await
            .unwrap();
    assert_eq!(agg.respondents, 1);
    assert!(agg.by_indicator.iter().any(|(i, n)| i == "retention-of-documents" && *n == 1));
    assert!(agg.by_indicator.iter().any(|(i, n)| i == "excessive-overtime" && *n == 1));
});

db_test!(nothing_flags_when_nothing_is_wrong_and_exactly_45_hours_is_fine, |backend| async move {
    let app = app(backend).await;
    let b = bank(&app).await;
    let c = app.client();
    let (token, _) = answer_all(&app, &c, "en", "", &answers_for(&b, &[("overtime-hours", "45")])).await;
    let result = c.get(&format!("/en/safety/r/{token}/result")).await;
    assert_eq!(result.body.matches("class=\"flag flag-").count(), 0, "{}", result.body);
    assert!(result.body.contains("/safety/r/"), "still shows how to get help");
});

db_test!(a_draft_is_kept_per_section_and_resumes_from_the_link, |backend| async move {
    let app = app(backend).await;
    let b = bank(&app).await;
    let c = app.client();
    let res = c.post_form("/vi/safety/start", &[("site", "")]).await;
    let step1 = res.location().unwrap().to_string();
    let first = &b.sections[0];
    let fields: Vec<(String, String)> = b
        .section_questions(first)
        .map(|q| (format!("q-{}", q.id), answers_for(&b, &[("overtime-hours", "50")])[&q.id].clone()))
        .collect();
    let mut refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    refs.push(("go", "next"));
    assert_eq!(c.post_form(&step1, &refs).await.status, StatusCode::SEE_OTHER);
    // The phone drops; later the worker opens the link again.
    let page = app.client().get(&step1).await;
    assert!(page.body.contains("value=\"50\""), "the saved answer is back");
    assert!(page.body.contains("<progress value=\"1\" max=\"8\""));
});

db_test!(bad_input_gets_a_clear_message_and_stores_nothing_wrong, |backend| async move {
    let app = app(backend).await;
    let c = app.client();
    let unknown = c.post_form("/es/safety/start", &[("site", "NOPE99")]).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert!(unknown.body.contains("role=\"status\"") || unknown.body.contains("site-error"));
    let res = c.post_form("/es/safety/start", &[]).await;
    let step1 = res.location().unwrap().to_string();
    for bad in ["abc", "1e20", "", "-5", &"9".repeat(1_000_000)] {
        let r = c.post_form(&step1, &[("q-overtime-hours", bad), ("go", "next")]).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad:.20}");
        assert!(r.body.contains("field-error"));
    }
    let token = step1.split("/r/").nth(1).unwrap().split('/').next().unwrap();
    let r = store::find(&app.state.db, token).await.unwrap().unwrap();
    assert_eq!(r.answers, "{}", "nothing stored from invalid sections");
    assert_eq!(
        c.get("/es/safety/r/forged-token-that-is-long-enough/step/1").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(c.get(&format!("/es/safety/r/{token}/step/99")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(c.get(&format!("/es/safety/r/{token}/step/abc")).await.status, StatusCode::NOT_FOUND);
});

db_test!(responses_hold_nothing_identifying_and_help_contacts_are_encrypted, |backend| async move {
    let app = app(backend).await;
    let b = bank(&app).await;
    let c = app.client();
    let (token, last) = answer_all(&app, &c, "tl", "", &answers_for(&b, &[("wants-help", "yes")])).await;
    assert!(last.location().unwrap().ends_with("/help"), "asking for help leads to the contact form");
    let sent = c
        .post_form(
            &format!("/tl/safety/r/{token}/help"),
            &[
                ("kind", "phone"),
                ("contact", "090-1234-5678"),
                ("language", "tl"),
                ("time", "weekends"),
                ("share", "yes"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    let bad = c
        .post_form(&format!("/tl/safety/r/{token}/help"), &[("kind", "email"), ("contact", "not an email")])
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);

    let conn = app.state.db.write();
    let backend = conn.get_database_backend();
    let row = conn
        .query_one(Statement::from_string(backend, "SELECT * FROM safety_responses".to_string()))
        .await
        .unwrap()
        .unwrap();
    let columns = row.column_names();
    let mut cols: Vec<&str> = columns.iter().map(String::as_str).collect();
    cols.sort();
    assert_eq!(
        cols,
        vec![
            "answers",
            "bank_version",
            "completed_day",
            "day",
            "employer_not_listed",
            "id",
            "lang",
            "site_id",
            "step",
            "token_hash"
        ]
    );
    let stored_hash: String = row.try_get("", "token_hash").unwrap();
    assert_ne!(stored_hash, token, "only a hash of the private token is stored");
    let day: String = row.try_get("", "day").unwrap();
    assert_eq!(day.len(), 10, "the day, never the time");

    let help = conn
        .query_one(Statement::from_string(
            backend,
            "SELECT contact, preferred_time, response_id FROM safety_help_requests".to_string(),
        ))
        .await
        .unwrap()
        .unwrap();
    let contact: String = help.try_get("", "contact").unwrap();
    assert!(contact.starts_with("enc:v1:") && !contact.contains("1234"), "{contact}");
    let time: String = help.try_get("", "preferred_time").unwrap();
    assert!(!time.contains("weekends"));
    assert_eq!(
        app.state.cipher.decrypt("safety_help_requests.contact", &contact).await.unwrap(),
        "phone: 090-1234-5678"
    );
});

db_test!(an_old_response_keeps_the_meaning_of_its_bank_version, |backend| async move {
    let app = app(backend).await;
    let b = bank(&app).await;
    let c = app.client();
    let (token, _) = answer_all(&app, &c, "en", "", &answers_for(&b, &[("overtime-hours", "50")])).await;
    // A new version where 50 hours is no longer flagged (threshold 60).
    let mut v2 = (*b).clone();
    v2.version = "2099-01".into();
    for q in v2.questions.iter_mut().filter(|q| q.id == "overtime-hours") {
        q.flag = Some(bank::Flag::Above { value: 60.0 });
    }
    store::publish(&app.state.db, &v2).await.unwrap();
    assert_eq!(bank(&app).await.version, "2099-01");
    let result = c.get(&format!("/en/safety/r/{token}/result")).await;
    assert_eq!(
        result.body.matches("class=\"flag flag-").count(),
        1,
        "the old response still uses its own version"
    );
});

db_test!(every_safety_page_fits_in_14_kb_compressed, |backend| async move {
    let app = app(backend).await;
    let b = bank(&app).await;
    let c = app.client();
    let mut heaviest = (0usize, String::new());
    let css = c.get_with(&app.state.assets.url("app.css"), &[("accept-encoding", "gzip")]).await.body.len();
    for lang in app.state.config.languages.clone() {
        let mut pages = vec![format!("/{lang}/safety")];
        let (token, _) = answer_all(
            &app,
            &c,
            &lang,
            "",
            &answers_for(&b, &[("overtime-hours", "80"), ("wants-help", "yes")]),
        )
        .await;
        // Steps of a finished response redirect; measure them on a fresh draft.
        let draft = c.post_form(&format!("/{lang}/safety/start"), &[]).await.location().unwrap().to_string();
        let draft_token = draft.split("/r/").nth(1).unwrap().split('/').next().unwrap().to_string();
        for i in 1..=b.sections.len() {
            pages.push(format!("/{lang}/safety/r/{draft_token}/step/{i}"));
        }
        pages.push(format!("/{lang}/safety/r/{token}/result"));
        pages.push(format!("/{lang}/safety/r/{token}/help"));
        for p in pages {
            let res = c.get_with(&p, &[("accept-encoding", "gzip")]).await;
            assert_eq!(res.status, StatusCode::OK, "{p}");
            let total = res.body.len() + css;
            if total > heaviest.0 {
                heaviest = (total, p);
            }
        }
    }
    eprintln!("heaviest Safety page with its CSS: {} bytes gzip ({})", heaviest.0, heaviest.1);
    assert!(heaviest.0 <= 14 * 1024, "{} weighs {} bytes", heaviest.1, heaviest.0);
});

db_test!(the_secretariat_sees_the_bank_and_publishes_only_a_valid_version, |backend| async move {
    let app = app(backend).await;
    let (sec, _) = app.signed_in(&[Role::Secretariat]).await;
    let page = sec.get("/en/admin/safety").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("overtime-hours"));
    assert_eq!(sec.get("/my/admin/safety/preview/vi").await.status, StatusCode::OK);
    let bundle = sec.get("/en/admin/safety/bundle").await.body;
    // Unchanged version: refused.
    let same = sec.post_file("/en/admin/safety/upload", "bank.toml", "text/plain", bundle.as_bytes()).await;
    assert_eq!(same.status, StatusCode::BAD_REQUEST);
    // An unknown indicator: refused, with the problem named.
    let bad = bundle.replacen("2026-11", "2027-01", 1).replacen("excessive-overtime", "too-much-work", 1);
    let res = sec.post_file("/en/admin/safety/upload", "bank.toml", "text/plain", bad.as_bytes()).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.body.contains("too-much-work"));
    assert_eq!(store::versions(&app.state.db).await.unwrap().len(), 1, "nothing changed");
    let garbage =
        sec.post_file("/en/admin/safety/upload", "bank.toml", "text/plain", b"this is [not toml").await;
    assert_eq!(garbage.status, StatusCode::BAD_REQUEST);
    let (worker, _) = app.signed_in(&[Role::Worker]).await;
    assert_eq!(worker.get("/en/admin/safety").await.status, StatusCode::FORBIDDEN);
});

db_test!(a_recorded_question_plays_with_the_browsers_own_control, |backend| async move {
    let app = app(backend).await;
    let (sec, _) = app.signed_in(&[Role::Secretariat]).await;
    let mut mp3 = b"ID3\x04\0\0\0\0\0\0".to_vec();
    mp3.extend(std::iter::repeat_n(0u8, 2000));
    let res = sec
        .post_multipart(
            "/en/admin/safety/audio",
            &[("question", "overtime-hours"), ("tlang", "my")],
            ("q.mp3", "audio/mpeg", &mp3),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let c = app.client();
    let start = c.post_form("/my/safety/start", &[]).await.location().unwrap().to_string();
    let page = c.get(&start).await;
    assert!(
        page.body.contains("<audio controls preload=\"none\" src=\"/media/safety-audio/overtime-hours/my\">"),
        "{}",
        page.body
    );
    let audio = c.get("/media/safety-audio/overtime-hours/my").await;
    assert_eq!(audio.header("content-type"), Some("audio/mpeg"));
    assert_eq!(c.get("/media/safety-audio/overtime-hours/vi").await.status, StatusCode::NOT_FOUND);
});

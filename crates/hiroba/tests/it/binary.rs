//! The real binary, as an operator runs it: `serve` on a fresh database answers `/healthz`, serves
//! pages, and stops cleanly on SIGTERM; `config check` names a bad setting; `user create` works.

use hiroba_testkit::{db_test, Backend, TestDb};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_hiroba");

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The URL a separate process should use for this test's database (its own schema on PostgreSQL).
fn url_for(db: &TestDb) -> String {
    match &db.schema {
        None => db.url.clone(),
        Some(schema) => {
            let sep = if db.url.contains('?') { '&' } else { '?' };
            format!("{}{sep}options=-c%20search_path%3D{schema}", db.url)
        }
    }
}

fn http_get(port: u16, path: &str) -> Option<(u16, String)> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").ok()?;
    let mut buf = String::new();
    s.read_to_string(&mut buf).ok()?;
    let status = buf.split_whitespace().nth(1)?.parse().ok()?;
    Some((status, buf))
}

db_test!(serve_starts_answers_and_stops_on_sigterm, |backend: Backend| async move {
    let db = TestDb::new(&backend).await;
    let port = free_port();
    let mut child = Command::new(BIN)
        .arg("serve")
        .env("DATABASE_URL", url_for(&db))
        .env("HIROBA_DATA_DIR", &db.dir)
        .env("HIROBA_LISTEN", format!("127.0.0.1:{port}"))
        .env_remove("HIROBA_CONFIG")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start hiroba");
    let stdout = child.stdout.take().unwrap();
    let lines =
        std::thread::spawn(move || BufReader::new(stdout).lines().map_while(Result::ok).collect::<Vec<_>>());
    let mut healthy = false;
    for _ in 0..200 {
        if let Some((200, _)) = http_get(port, "/healthz") {
            healthy = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(healthy, "/healthz never answered 200");
    let (status, body) = http_get(port, "/my/").unwrap();
    assert_eq!(status, 200);
    assert!(body.contains("<html lang=\"my\""));
    let (status, _) = http_get(port, "/").unwrap();
    assert_eq!(status, 303);

    let killed = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    let mut exited = None;
    for _ in 0..100 {
        if let Some(status) = child.try_wait().unwrap() {
            exited = Some(status);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let status = exited.expect("hiroba did not stop after SIGTERM");
    assert!(status.success(), "exit status {status}");
    let out = lines.join().unwrap().join("\n");
    assert!(out.contains(&format!("listening on http://127.0.0.1:{port}/")), "{out}");
    assert!(out.contains("loaded demo data: 9 demo accounts"), "{out}");
    assert!(out.contains("Hiroba stopped"), "{out}");
});

#[test]
fn config_check_names_the_bad_setting() {
    let out = Command::new(BIN)
        .args(["config", "check"])
        .env("HIROBA_LISTEN", "not-an-address")
        .env("HIROBA_DATA_DIR", std::env::temp_dir())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("HIROBA_LISTEN"), "{err}");
}

db_test!(user_create_makes_a_confirmed_secretariat_account, |backend: Backend| async move {
    let db = TestDb::new(&backend).await;
    let out = Command::new(BIN)
        .args(["user", "create", "--email", "chief@example.org", "--name", "Chief"])
        .env("DATABASE_URL", url_for(&db))
        .env("HIROBA_DATA_DIR", &db.dir)
        .env("HIROBA_NEW_PASSWORD", "a long secretariat passphrase")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let user =
        hiroba_core::auth::users::find_by_email(&db.db, "chief@example.org").await.unwrap().expect("created");
    assert!(user.email_confirmed_at.is_some());
    let roles = hiroba_core::auth::users::roles(&db.db, user.id).await.unwrap();
    assert_eq!(roles, vec![hiroba_core::auth::Role::Secretariat]);

    let weak = Command::new(BIN)
        .args(["user", "create", "--email", "weak@example.org", "--name", "Weak"])
        .env("DATABASE_URL", url_for(&db))
        .env("HIROBA_DATA_DIR", &db.dir)
        .env("HIROBA_NEW_PASSWORD", "password1")
        .output()
        .unwrap();
    assert!(!weak.status.success(), "a common password is refused from the terminal too");
});

#[test]
fn learning_check_passes_the_sme_course_and_names_the_problems_of_a_broken_copy() {
    let course = concat!(env!("CARGO_MANIFEST_DIR"), "/../learning/courses/sme-rights");
    let out = Command::new(BIN).args(["learning", "check", course]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("15 lessons; texts in en, ja"));
    // A copy with a missing Japanese quiz and a single-choice question without its answer.
    let dir = tempfile::tempdir().unwrap();
    for entry in ["course.toml", "en", "ja"] {
        let from = std::path::Path::new(course).join(entry);
        let to = dir.path().join(entry);
        if from.is_dir() {
            std::fs::create_dir(&to).unwrap();
            for f in std::fs::read_dir(&from).unwrap() {
                let f = f.unwrap();
                std::fs::copy(f.path(), to.join(f.file_name())).unwrap();
            }
        } else {
            std::fs::copy(&from, &to).unwrap();
        }
    }
    std::fs::remove_file(dir.path().join("ja/quiz-laws.toml")).unwrap();
    let safety = dir.path().join("en/quiz-safety.toml");
    let text = std::fs::read_to_string(&safety).unwrap().replacen("correct = true", "correct = false", 1);
    std::fs::write(&safety, text).unwrap();
    let out = Command::new(BIN).args(["learning", "check"]).arg(dir.path()).output().unwrap();
    assert!(!out.status.success());
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("ja: the quiz of chapter laws is missing"), "{report}");
    assert!(
        report.contains("en: safety: q1: a single-choice question needs exactly one correct choice"),
        "{report}"
    );
}

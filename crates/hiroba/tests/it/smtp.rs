//! Mail goes out through a real SMTP server started by the test (Debian's python3-aiosmtpd,
//! writing what it receives into a Maildir). Skipped, saying so, when aiosmtpd is not installed;
//! `.ci/run` installs it and sets HIROBA_REQUIRE_SMTP_TEST=1 so CI never skips.

use hiroba_core::mail::{Mailer, OutgoingMail};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub(crate) struct SmtpServer {
    child: Child,
    pub(crate) port: u16,
    maildir: tempfile::TempDir,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

pub(crate) fn start_smtp() -> Option<SmtpServer> {
    let maildir = tempfile::tempdir().unwrap();
    let port = free_port();
    for python in ["/usr/bin/python3", "python3"] {
        let ok = Command::new(python)
            .args(["-c", "import aiosmtpd"])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            continue;
        }
        let child = Command::new(python)
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .arg(maildir.path().join("Maildir"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Some(SmtpServer { child, port, maildir });
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        return None;
    }
    None
}

pub(crate) fn received(server: &SmtpServer) -> Vec<String> {
    let new = server.maildir.path().join("Maildir").join("new");
    std::fs::read_dir(new)
        .map(|d| d.flatten().filter_map(|e| std::fs::read_to_string(e.path()).ok()).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn mail_is_delivered_through_a_real_smtp_server() {
    let Some(server) = start_smtp() else {
        if std::env::var("HIROBA_REQUIRE_SMTP_TEST").is_ok() {
            panic!("python3-aiosmtpd is required (HIROBA_REQUIRE_SMTP_TEST is set)");
        }
        eprintln!("skipped mail_is_delivered_through_a_real_smtp_server: python3-aiosmtpd is not installed");
        return;
    };
    let mailer =
        Mailer::from_config(Some(&format!("smtp://127.0.0.1:{}", server.port)), "unused".into()).unwrap();
    let mail = OutgoingMail {
        to: "worker@example.org".into(),
        subject: "Xác nhận địa chỉ email của bạn".into(),
        body: "Xin chào Lan,\n\nhttps://hiroba.example/vi/account/confirm?token=abc\n".into(),
    };
    mailer.send("Hiroba <no-reply@hiroba.example>", &mail).await.expect("SMTP delivery");
    let mut got = Vec::new();
    for _ in 0..50 {
        got = received(&server);
        if !got.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(got.len(), 1, "one message received");
    assert!(got[0].contains("To: worker@example.org"));
    assert!(got[0].contains("From: Hiroba <no-reply@hiroba.example>"));
    assert!(crate::link_in_mail(&got[0], "/vi/account/confirm?token=abc").is_some(), "{}", got[0]);
}

/// A worker's mail goes through a real SMTP server into the mailbox the mail server delivers to,
/// and from there into `hiroba mail receive`, as a Postfix `pipe` transport would hand it over.
#[tokio::test]
async fn a_mail_through_a_real_smtp_server_becomes_a_consultation_and_its_reply_joins_the_case() {
    let Some(server) = start_smtp() else {
        if std::env::var("HIROBA_REQUIRE_SMTP_TEST").is_ok() {
            panic!("python3-aiosmtpd is required (HIROBA_REQUIRE_SMTP_TEST is set)");
        }
        eprintln!("skipped: python3-aiosmtpd is not installed");
        return;
    };
    let test_db = hiroba_testkit::TestDb::new(&hiroba_testkit::Backend::Sqlite).await;
    let mailer =
        Mailer::from_config(Some(&format!("smtp://127.0.0.1:{}", server.port)), "unused".into()).unwrap();
    let deliver = |subject: &'static str, from: &'static str| {
        let mailer = mailer.clone();
        async move {
            let mail = OutgoingMail {
                to: "soudan@hiroba.example".into(),
                subject: subject.into(),
                body: "Tôi chưa được trả lương tháng trước.\n".into(),
            };
            mailer.send(from, &mail).await.expect("SMTP delivery");
        }
    };
    let pipe = |raw: String| {
        let dir = test_db.dir.clone();
        let url = test_db.url.clone();
        async move {
            use std::io::Write;
            let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_hiroba"))
                .args(["mail", "receive", "--lang", "vi"])
                .env("DATABASE_URL", url)
                .env("HIROBA_DATA_DIR", dir)
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            child.stdin.take().unwrap().write_all(raw.as_bytes()).unwrap();
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8_lossy(&out.stdout).to_string()
        }
    };
    let wait_for = |n: usize| {
        let mut got = Vec::new();
        for _ in 0..100 {
            got = received(&server);
            if got.len() >= n {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        got
    };
    deliver("Lương", "Lan <lan@example.org>").await;
    let first = wait_for(1).remove(0);
    let out = pipe(first).await;
    assert!(out.starts_with("opened case"), "{out}");
    let db = &test_db.db;
    use sea_orm::EntityTrait;
    let case = hiroba_assist::entities::cases::Entity::find().one(db.read()).await.unwrap().unwrap();
    assert_eq!(case.channel, "email");
    assert_eq!(case.lang, "vi");

    // The sender answers, keeping the case number in the subject: the message joins the case.
    let subject: &'static str = Box::leak(format!("Re: [{}] Hiroba", case.number).into_boxed_str());
    deliver(subject, "lan@example.org").await;
    let reply = wait_for(2).into_iter().find(|m| m.contains(&case.number)).unwrap();
    assert!(pipe(reply).await.starts_with(&format!("added to case {}", case.id)));
    // Somebody else using the same number cannot write into that case: a new case is opened.
    deliver(subject, "intruder@example.org").await;
    let intrusion = wait_for(3).into_iter().find(|m| m.contains("intruder@example.org")).unwrap();
    assert!(pipe(intrusion).await.starts_with("opened case"));
    let cases = hiroba_assist::entities::cases::Entity::find().all(db.read()).await.unwrap();
    assert_eq!(cases.len(), 2);
}

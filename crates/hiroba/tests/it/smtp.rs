//! Mail goes out through a real SMTP server started by the test (Debian's python3-aiosmtpd,
//! writing what it receives into a Maildir). Skipped, saying so, when aiosmtpd is not installed;
//! `.ci/run` installs it and sets HIROBA_REQUIRE_SMTP_TEST=1 so CI never skips.

use hiroba_core::mail::{Mailer, OutgoingMail};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

struct SmtpServer {
    child: Child,
    port: u16,
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

fn start_smtp() -> Option<SmtpServer> {
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

fn received(server: &SmtpServer) -> Vec<String> {
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

//! Outgoing mail through SMTP (lettre), or into `data/mail/` as `.eml` files in development.
//!
//! Modules never send directly: they enqueue a `mail.send` job ([`enqueue`]), so a mail survives a
//! restart and a slow SMTP server never holds up a page.

use lettre::message::{header::ContentType, Mailbox};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

use crate::db::Db;
use crate::jobs::{self, NewJob};

pub const JOB_KIND: &str = "mail.send";

#[derive(Clone)]
pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Folder(PathBuf),
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("HIROBA_SMTP_URL: {0}")]
    Url(String),
    #[error("address: {0}")]
    Address(String),
    #[error("building the message: {0}")]
    Build(String),
    #[error("sending: {0}")]
    Send(String),
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl Mailer {
    pub fn from_config(smtp_url: Option<&str>, folder: PathBuf) -> Result<Self, MailError> {
        match smtp_url {
            Some(url) => Ok(Mailer::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| MailError::Url(e.to_string()))?
                    .build(),
            )),
            None => Ok(Mailer::Folder(folder)),
        }
    }

    pub async fn send(&self, from: &str, mail: &OutgoingMail) -> Result<(), MailError> {
        self.send_list(from, mail, None).await
    }

    /// Send a mail of a mailing list: with `unsubscribe` (an https address), the message carries
    /// `List-Unsubscribe` (RFC 2369), so mail programs offer to unsubscribe; the address opens a
    /// page that needs no login. (No RFC 8058 one-click POST: every POST here carries a CSRF token.)
    pub async fn send_list(
        &self,
        from: &str,
        mail: &OutgoingMail,
        unsubscribe: Option<&str>,
    ) -> Result<(), MailError> {
        let from: Mailbox =
            from.parse().map_err(|e: lettre::address::AddressError| MailError::Address(e.to_string()))?;
        let to: Mailbox =
            mail.to.parse().map_err(|e: lettre::address::AddressError| MailError::Address(e.to_string()))?;
        let mut builder =
            Message::builder().from(from).to(to).subject(&mail.subject).header(ContentType::TEXT_PLAIN);
        if let Some(url) = unsubscribe {
            builder = builder.raw_header(lettre::message::header::HeaderValue::new(
                lettre::message::header::HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{url}>"),
            ));
        }
        let msg = builder.body(mail.body.clone()).map_err(|e| MailError::Build(e.to_string()))?;
        match self {
            Mailer::Smtp(t) => t.send(msg).await.map(|_| ()).map_err(|e| MailError::Send(e.to_string())),
            Mailer::Folder(dir) => {
                tokio::fs::create_dir_all(dir).await.map_err(|e| MailError::Send(e.to_string()))?;
                AsyncFileTransport::<Tokio1Executor>::new(dir)
                    .send(msg)
                    .await
                    .map(|_| ())
                    .map_err(|e| MailError::Send(e.to_string()))
            }
        }
    }
}

/// Queue a mail for sending by the job runner.
pub async fn enqueue(db: &Db, mail: &OutgoingMail) -> Result<(), sea_orm::DbErr> {
    let payload = serde_json::to_value(mail).expect("mail serialises");
    jobs::enqueue(db, NewJob::now(JOB_KIND, payload)).await?;
    Ok(())
}

/// Queue a mail written from the catalogue: `<key>-subject` and `<key>-body` in `lang`, with
/// `pairs` as arguments and furigana turned into plain text (mail is plain text).
pub async fn enqueue_message(
    state: &crate::AppState,
    lang: &str,
    to: &str,
    key: &str,
    pairs: &[(&str, &str)],
) -> Result<(), sea_orm::DbErr> {
    // The Fluent arguments are not Send: the mail is written before anything is awaited.
    let mail = {
        let a = crate::i18n::args(pairs);
        let text = |part: &str| {
            crate::i18n::ruby::to_plain(&state.i18n.text(lang, &format!("{key}-{part}"), Some(&a)).text)
        };
        OutgoingMail { to: to.to_string(), subject: text("subject"), body: text("body") }
    };
    enqueue(&state.db, &mail).await
}

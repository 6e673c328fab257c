//! Consultations by email. A real deployment lets its mail server hand each incoming message to
//! `hiroba mail receive` (for example Postfix's `pipe` transport, or a `.forward` line
//! `|/usr/local/bin/hiroba mail receive`), which reads the message on standard input:
//!
//! - a message whose subject carries a case number (`[A-12345678]`) and whose sender is that
//!   case's contact adds a message to the case;
//! - any other message opens a new case (channel `email`), and the sender gets the case number and
//!   passphrase by mail.
//!
//! A sender can never write into somebody else's case by guessing its number.

use mail_parser::MessageParser;

use crate::cases::{self, AssistError, Intake, Ticket};
use hiroba_core::crypto::FieldCipher;
use hiroba_core::db::Db;

pub const MAX_BYTES: usize = 10 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub from: String,
    pub subject: String,
    pub text: String,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum MailError {
    #[error("not a mail message")]
    Unreadable,
    #[error("the message has no sender address")]
    NoSender,
    #[error("the message has no text")]
    NoText,
    #[error("the message is larger than 10 MB")]
    TooLarge,
}

/// Read a raw RFC 5322 message (any MIME structure and charset, including ISO-2022-JP).
pub fn parse(raw: &[u8]) -> Result<Incoming, MailError> {
    if raw.len() > MAX_BYTES {
        return Err(MailError::TooLarge);
    }
    let msg = MessageParser::default().parse(raw).ok_or(MailError::Unreadable)?;
    let from = msg
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .and_then(|a| hiroba_core::auth::users::normalize_email(a).ok())
        .ok_or(MailError::NoSender)?;
    let text = msg.body_text(0).map(|t| t.trim().to_string()).unwrap_or_default();
    if text.is_empty() {
        return Err(MailError::NoText);
    }
    Ok(Incoming {
        from,
        subject: msg.subject().unwrap_or("").trim().to_string(),
        text: text.chars().take(10_000).collect(),
    })
}

/// The case number in a subject like `Re: [A-12345678] …`.
pub fn case_number(subject: &str) -> Option<String> {
    let start = subject.find("[A-")?;
    let rest = &subject[start + 1..];
    let end = rest.find(']')?;
    let n = &rest[..end];
    (n.len() == 10 && n[2..].bytes().all(|b| b.is_ascii_digit())).then(|| n.to_string())
}

/// What receiving a mail did. (No `Debug`: a ticket holds a passphrase.)
pub enum Received {
    AddedTo { case_id: i64, message_id: i64 },
    Opened(Ticket),
}

pub async fn receive(
    db: &Db,
    cipher: &FieldCipher,
    mail: &Incoming,
    lang: &str,
) -> Result<Received, AssistError> {
    if let Some(number) = case_number(&mail.subject) {
        if let Some(case) = cases::find_by_number(db, &number).await? {
            if cases::worker_email(db, cipher, &case).await?.as_deref() == Some(mail.from.as_str()) {
                let message_id = cases::add_message(db, cipher, &case, "worker", None, &mail.text).await?;
                return Ok(Received::AddedTo { case_id: case.id, message_id });
            }
        }
    }
    let ticket = cases::intake(
        db,
        cipher,
        Intake { name: "", contact: &mail.from, lang, channel: "email", message: &mail.text, site_id: None },
    )
    .await?;
    Ok(Received::Opened(ticket))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_plain_and_japanese_mail() {
        let raw = b"From: Lan <Lan@Example.org>\r\nSubject: Re: [A-12345678] question\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nC\xc3\xb4ng ty gi\xe1\xbb\xaf h\xe1\xbb\x99 chi\xe1\xba\xbfu\r\n";
        let m = parse(raw).unwrap();
        assert_eq!(m.from, "lan@example.org");
        assert_eq!(case_number(&m.subject).as_deref(), Some("A-12345678"));
        assert!(m.text.starts_with("Công ty"));
        // ISO-2022-JP, as many Japanese phones still send.
        let jis = b"From: a@example.jp\r\nSubject: =?ISO-2022-JP?B?GyRCQkUkYSQ/GyhC?=\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\n\r\n\x1b$B;D6H\x1b(B\r\n";
        let m = parse(jis).unwrap();
        assert_eq!(m.text, "残業");
        assert_eq!(parse(b"no headers at all"), Err(MailError::NoSender));
        assert_eq!(case_number("[A-1234] x"), None);
    }
}

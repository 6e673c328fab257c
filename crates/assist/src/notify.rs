//! Telling a worker that a counsellor answered: by email if they left an address, and on every
//! phone where they allowed notifications. Neither carries the answer itself — mail and lock
//! screens are not private — only where to read it, in the worker's language.

use hiroba_core::i18n::{self, ruby};
use hiroba_core::push::{self, Message};
use hiroba_core::AppState;

use crate::cases::{self, AssistError, Case};

/// The push subscriptions of a case are owned by the case, not by an account.
pub fn push_owner(case_id: i64) -> String {
    format!("assist-case:{case_id}")
}

pub async fn counsellor_answered(state: &AppState, case: &Case) -> Result<(), AssistError> {
    if let Some(email) = cases::worker_email(&state.db, &state.cipher, case).await? {
        let link = format!("{}/{}/assist/case", state.config.public_url, case.lang);
        // Fluent arguments are not Send: build the texts before the next await.
        let (subject, body) = {
            let a = i18n::args(&[("number", case.number.as_str()), ("link", link.as_str())]);
            let text = |key: &str| ruby::to_plain(&state.i18n.text(&case.lang, key, Some(&a)).text);
            (text("assist-mail-reply-subject"), text("assist-mail-reply-body"))
        };
        hiroba_core::mail::enqueue(&state.db, &hiroba_core::mail::OutgoingMail { to: email, subject, body })
            .await?;
    }
    push::notify(&state.db, &push_owner(case.id), |lang| {
        let text = |key: &str| ruby::to_plain(&state.i18n.text(lang, key, None).text);
        Message {
            title: text("assist-push-title"),
            body: text("assist-push-reply"),
            url: format!("/{lang}/assist/case"),
            lang: lang.to_string(),
        }
    })
    .await?;
    Ok(())
}

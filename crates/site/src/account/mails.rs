//! The account mails, written in the recipient's language and queued for the job runner.

use hiroba_core::i18n::{args, ruby};
use hiroba_core::mail::{self, OutgoingMail};
use hiroba_core::AppState;

fn text(state: &AppState, lang: &str, key: &str, pairs: &[(&str, &str)]) -> String {
    let a = args(pairs);
    ruby::to_plain(&state.i18n.text(lang, key, Some(&a)).text)
}

async fn queue(
    state: &AppState,
    lang: &str,
    to: &str,
    kind: &str,
    pairs: &[(&str, &str)],
) -> Result<(), sea_orm::DbErr> {
    let mail = OutgoingMail {
        to: to.to_string(),
        subject: text(state, lang, &format!("mail-{kind}-subject"), pairs),
        body: text(state, lang, &format!("mail-{kind}-body"), pairs),
    };
    mail::enqueue(&state.db, &mail).await
}

pub async fn confirm(
    state: &AppState,
    lang: &str,
    to: &str,
    name: &str,
    token: &str,
) -> Result<(), sea_orm::DbErr> {
    let link = format!("{}/{lang}/account/confirm?token={token}", state.config.public_url);
    queue(state, lang, to, "confirm", &[("name", name), ("link", &link)]).await
}

pub async fn already_registered(state: &AppState, lang: &str, to: &str) -> Result<(), sea_orm::DbErr> {
    let login = format!("{}/{lang}/account/login", state.config.public_url);
    let reset = format!("{}/{lang}/account/password/forgot", state.config.public_url);
    queue(state, lang, to, "already-registered", &[("login", &login), ("reset", &reset)]).await
}

pub async fn reset(
    state: &AppState,
    lang: &str,
    to: &str,
    name: &str,
    token: &str,
) -> Result<(), sea_orm::DbErr> {
    let link = format!("{}/{lang}/account/password/reset?token={token}", state.config.public_url);
    queue(state, lang, to, "reset", &[("name", name), ("link", &link)]).await
}

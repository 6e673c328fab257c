//! The account mails, written in the recipient's language and queued for the job runner.

use hiroba_core::mail;
use hiroba_core::AppState;

async fn queue(
    state: &AppState,
    lang: &str,
    to: &str,
    kind: &str,
    pairs: &[(&str, &str)],
) -> Result<(), sea_orm::DbErr> {
    mail::enqueue_message(state, lang, to, &format!("mail-{kind}"), pairs).await
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

//! Integration tests of the whole application, each on SQLite and (with `TEST_DATABASE_URL`) on
//! PostgreSQL. One test binary, so the application links once.

mod accounts;
mod binary;
mod errors;
mod i18n;
mod jobs;
mod keys;
mod newsletters;
mod privacy;
mod routes_matrix;
mod smtp;
mod supporters;

use hiroba_testkit::{Backend, TestApp};

pub async fn app(backend: Backend) -> TestApp {
    let app = TestApp::new(backend, hiroba::modules, &hiroba::locales()).await;
    hiroba::prepare(&app.state).await.expect("prepare modules");
    app
}

/// The first link in a mail that contains `path`, with quoted-printable soft breaks undone.
pub fn link_in_mail(mail: &str, path: &str) -> Option<String> {
    let unfolded = mail.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    unfolded
        .split_whitespace()
        .find(|w| w.contains(path))
        .map(|w| w.trim_matches(|c: char| c == '<' || c == '>').to_string())
}

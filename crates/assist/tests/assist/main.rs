//! Assist, on SQLite and (with TEST_DATABASE_URL) PostgreSQL. One test binary, in modules.

use hiroba_testkit::{Backend, TestApp};

pub async fn app(backend: Backend) -> TestApp {
    let app = TestApp::new(backend, hiroba_assist::routes, &[&hiroba_assist::LOCALES]).await;
    hiroba_assist::prepare(&app.state).await.unwrap();
    app
}

/// Opens a case as a worker would through the web form, with no workplace code.
pub async fn open_case(
    app: &TestApp,
    name: &str,
    contact: &str,
    lang: &str,
    message: &str,
) -> hiroba_assist::cases::Ticket {
    let intake = hiroba_assist::cases::Intake { name, contact, lang, channel: "web", message, site_id: None };
    hiroba_assist::cases::intake(&app.state.db, &app.state.cipher, intake).await.unwrap()
}

pub fn between<'a>(body: &'a str, start: &str) -> &'a str {
    body.split(start).nth(1).unwrap().split('<').next().unwrap()
}

mod intake;
mod live;
mod push;
mod records;
mod staff;
mod taxonomy;

//! Assist, on SQLite and (with TEST_DATABASE_URL) PostgreSQL. One test binary, in modules.

use hiroba_testkit::{Backend, TestApp};

pub async fn app(backend: Backend) -> TestApp {
    let app = TestApp::new(backend, hiroba_assist::routes, &[&hiroba_assist::LOCALES]).await;
    hiroba_assist::prepare(&app.state).await.unwrap();
    app
}

pub fn between<'a>(body: &'a str, start: &str) -> &'a str {
    body.split(start).nth(1).unwrap().split('<').next().unwrap()
}

mod intake;
mod live;
mod records;
mod staff;

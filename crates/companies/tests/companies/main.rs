//! The company program, on SQLite and (with TEST_DATABASE_URL) PostgreSQL.

use hiroba_core::db::Db;
use hiroba_testkit::{Backend, TestApp};
use sea_orm::{ActiveModelTrait, Set};

pub async fn app(backend: Backend) -> TestApp {
    let app = TestApp::new(
        backend,
        routes,
        &[&hiroba_companies::LOCALES, &hiroba_safety::LOCALES, &hiroba_assist::LOCALES],
    )
    .await;
    hiroba_safety::install_banks(&app.state).await.unwrap();
    hiroba_assist::prepare(&app.state).await.unwrap();
    app
}

/// The program with Safety, where a flyer's code leads.
fn routes() -> hiroba_core::web::Routes {
    hiroba_companies::routes().merge(hiroba_safety::routes())
}

pub const BANK: &str = "2026-11";

/// One worker's completed Safety response at `site` on `day`, flagged on `questions` (each
/// question's indicators as the bank says), with `answers` as given.
pub async fn respond(db: &Db, site: i64, day: &str, questions: &[&str], answers: &[(&str, &str)]) -> i64 {
    use hiroba_safety::entities::{flags, indicators, responses};
    let bank = hiroba_safety::store::bank(db, BANK).await.unwrap().unwrap();
    let answers: std::collections::BTreeMap<&str, &str> = answers.iter().copied().collect();
    let r = responses::ActiveModel {
        token_hash: Set(hiroba_core::crypto::random_token()),
        bank_version: Set(BANK.into()),
        lang: Set("vi".into()),
        site_id: Set(Some(site)),
        employer_not_listed: Set(false),
        day: Set(day.into()),
        answers: Set(serde_json::to_string(&answers).unwrap()),
        step: Set(99),
        completed_day: Set(Some(day.into())),
        ..Default::default()
    }
    .insert(db.write())
    .await
    .unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for q in questions {
        flags::ActiveModel {
            response_id: Set(r.id),
            question_id: Set(q.to_string()),
            site_id: Set(Some(site)),
            day: Set(day.into()),
        }
        .insert(db.write())
        .await
        .unwrap();
        for i in &bank.question(q).unwrap().indicators {
            if seen.insert(i.clone()) {
                indicators::ActiveModel {
                    response_id: Set(r.id),
                    indicator: Set(i.clone()),
                    site_id: Set(Some(site)),
                    day: Set(day.into()),
                }
                .insert(db.write())
                .await
                .unwrap();
            }
        }
    }
    r.id
}

mod disclosure;
mod web;

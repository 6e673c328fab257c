//! Demo data: one account per role, so every part of the platform can be tried at once.
//! Loaded by `hiroba demo`, and by `hiroba serve` on an empty database unless `HIROBA_DEMO_DATA`
//! is false. The passwords are public (they are in the README): never load this in production.

use hiroba_core::auth::users::{self, NewUser, UserError};
use hiroba_core::auth::Role;
use hiroba_core::AppState;

/// One password for every demo account, so the README can name it once.
pub const DEMO_PASSWORD: &str = "hiroba-demo-2026";

pub struct DemoAccount {
    pub email: &'static str,
    pub password: &'static str,
    pub name: &'static str,
    pub lang: &'static str,
    pub role: Role,
}

pub const ACCOUNTS: [DemoAccount; 9] = [
    DemoAccount {
        email: "secretariat@demo.hiroba.example",
        password: DEMO_PASSWORD,
        name: "Sato Yuki",
        lang: "ja",
        role: Role::Secretariat,
    },
    DemoAccount {
        email: "counsellor@demo.hiroba.example",
        password: DEMO_PASSWORD,
        name: "Nguyen Thi Lan",
        lang: "vi",
        role: Role::Counsellor,
    },
    DemoAccount {
        email: "supervisor@demo.hiroba.example",
        password: DEMO_PASSWORD,
        name: "Tanaka Ken",
        lang: "ja",
        role: Role::CounsellorSupervisor,
    },
    DemoAccount {
        email: "company-admin@demo.hiroba.example",
        password: DEMO_PASSWORD,
        name: "Suzuki Hana",
        lang: "ja",
        role: Role::CompanyAdmin,
    },
    DemoAccount {
        email: "company-viewer@demo.hiroba.example",
        password: DEMO_PASSWORD,
        name: "Ito Mei",
        lang: "en",
        role: Role::CompanyViewer,
    },
    DemoAccount {
        email: "member@demo.hiroba.example",
        password: DEMO_PASSWORD,
        name: "Maria Santos",
        lang: "pt-BR",
        role: Role::Member,
    },
    DemoAccount {
        email: "learner@demo.hiroba.example",
        password: DEMO_PASSWORD,
        name: "Budi Santoso",
        lang: "id",
        role: Role::Learner,
    },
    DemoAccount {
        email: "supporter@demo.hiroba.example",
        password: DEMO_PASSWORD,
        name: "Jose Reyes",
        lang: "tl",
        role: Role::Supporter,
    },
    DemoAccount {
        email: "worker@demo.hiroba.example",
        password: DEMO_PASSWORD,
        name: "Aung Aung",
        lang: "my",
        role: Role::Worker,
    },
];

/// Has the database any account yet? (Demo data is only loaded into an empty one.)
pub async fn is_empty(state: &AppState) -> Result<bool, sea_orm::DbErr> {
    use sea_orm::{EntityTrait, PaginatorTrait};
    Ok(hiroba_core::db::entities::users::Entity::find().count(state.db.read()).await? == 0)
}

/// Create the demo accounts that do not exist yet. Returns how many were created.
pub async fn load(state: &AppState) -> Result<usize, UserError> {
    let mut created = 0;
    for a in &ACCOUNTS {
        let res = users::create(
            &state.db,
            NewUser {
                email: a.email,
                display_name: a.name,
                password: a.password,
                lang: a.lang,
                roles: &[a.role],
                confirmed: true,
            },
        )
        .await;
        match res {
            Ok(_) => created += 1,
            Err(UserError::EmailTaken) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(created)
}

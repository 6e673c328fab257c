//! Demo data: the demo member's approved membership, one shared activity plan and two good
//! practices, so the members' pages are not empty on a fresh installation.

use chrono::Datelike;
use hiroba_core::auth::users;
use hiroba_core::AppState;

use crate::membership::{self, Application, Decision};

pub const MEMBER_EMAIL: &str = "member@demo.hiroba.example";
const SECRETARIAT_EMAIL: &str = "secretariat@demo.hiroba.example";

/// Load once (nothing when the demo member has a membership already). Returns whether it loaded.
pub async fn load(state: &AppState) -> Result<bool, membership::MemberError> {
    let db = &state.db;
    let (Some(member), Some(sec)) =
        (users::find_by_email(db, MEMBER_EMAIL).await?, users::find_by_email(db, SECRETARIAT_EMAIL).await?)
    else {
        return Ok(false);
    };
    if membership::of_user(db, member.id).await?.is_some() {
        return Ok(false);
    }
    let form = Application {
        category: "npo".into(),
        name: "Kanagawa Migrant Support Network".into(),
        contact_name: member.display_name.clone(),
        email: MEMBER_EMAIL.into(),
        area: "Kanagawa, Yokohama".into(),
        website: "https://kanagawa-support.example".into(),
        about: "Counselling in Portuguese, Spanish and Tagalog; Japanese classes on Sundays; \
                accompanying workers to the labour standards office."
            .into(),
        agreed: true,
    };
    let m = membership::apply(db, member.id, &form).await?;
    membership::decide(db, m.id, Decision::Approve, "Welcome to the network.", sec.id).await?;
    let year = chrono::Utc::now().year();
    crate::reports::submit(
        db,
        m.id,
        "plan",
        &year.to_string(),
        "Monthly counselling days in three languages, two seminars with local employers on the \
         employer-pays principle, and a joint visit to a supervising organisation.",
        None,
        true,
    )
    .await
    .map_err(|e| membership::MemberError::Db(sea_orm::DbErr::Custom(e.to_string())))?;
    for (title, body) in [
        (
            "Interpreters at the annual health check",
            "A food factory in Gunma booked Vietnamese and Indonesian interpreters for the annual \
             health check, so every worker understood the results and what to do next.",
        ),
        (
            "Zero-fee recruitment, checked with the workers",
            "A care provider asked every new worker, in their own language and without the agency \
             present, what they had paid before coming, and repaid the fees it found.",
        ),
    ] {
        crate::practices::publish(db, title, body, Some(m.id), sec.id).await?;
    }
    Ok(true)
}

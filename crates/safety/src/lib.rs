//! Safety: the anonymous self-diagnosis.
//!
//! A worker answers simple questions, section by section, with no account and no JavaScript,
//! and learns privately which answers may point to a serious legal violation or forced labour,
//! with a plain explanation and a link to the portal article and to Assist.
//!
//! Rules this module enforces:
//! - The bank is versioned data ([`bank`]); a response records its version.
//! - A response holds no IP address, user agent or account: a random token (stored hashed), the
//!   day (never the time), the language, the optional business site and the answers. Its result
//!   can be reopened from the private link for 30 days ([`store::RESULT_DAYS`]).
//! - A help request's contact is encrypted and kept apart from the answers; the answers reach a
//!   counsellor only if the worker ticks that they may.
//! - Nothing a worker answers is shown to an employer: companies get only [`aggregates`], through
//!   the company program's disclosure control.

pub mod aggregates;
pub mod audio;
pub mod bank;
pub mod bench;
pub mod entities;
pub mod minimum_wage;
mod routes;
pub mod store;

use hiroba_core::auth::Policy;
use hiroba_core::web::{AdminSection, Routes};

pub static LOCALES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/locales");
/// The bundled bank versions, one folder each.
pub static BANKS: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/banks");

pub fn routes() -> Routes {
    use routes::*;
    Routes::new()
        .get("/{lang}/safety", Policy::Public, answer::intro)
        .post("/{lang}/safety/start", Policy::Public, answer::start)
        .get("/{lang}/safety/r/{token}/step/{step}", Policy::Public, answer::step_form)
        .post("/{lang}/safety/r/{token}/step/{step}", Policy::Public, answer::step_submit)
        .get("/{lang}/safety/r/{token}/result", Policy::Public, result::page)
        .get("/{lang}/safety/r/{token}/help", Policy::Public, result::help_form)
        .post("/{lang}/safety/r/{token}/help", Policy::Public, result::help_submit)
        .get("/{lang}/admin/safety", Policy::SECRETARIAT, admin::page)
        .get("/{lang}/admin/safety/preview/{tlang}", Policy::SECRETARIAT, admin::preview)
        .get("/{lang}/admin/safety/bundle", Policy::SECRETARIAT, admin::bundle)
        .post_upload("/{lang}/admin/safety/upload", Policy::SECRETARIAT, 2 * 1024 * 1024, admin::upload)
        .post_upload(
            "/{lang}/admin/safety/audio",
            Policy::SECRETARIAT,
            audio::MAX_BYTES + 65536,
            admin::upload_audio,
        )
        .get("/media/safety-audio/{question}/{lang}", Policy::Public, admin::audio)
        .admin_section(AdminSection {
            title: "safety-admin-title",
            text: "safety-admin-section",
            path: "/admin/safety",
        })
}

/// Store the bundled bank versions the database lacks (run at every start; idempotent).
pub async fn install_banks(state: &hiroba_core::AppState) -> Result<Vec<String>, String> {
    store::install_bundled(&state.db, &BANKS).await
}

/// Demo data: one business site with a code that workers can type.
pub async fn load_demo(state: &hiroba_core::AppState) -> Result<(), sea_orm::DbErr> {
    if store::site_by_code(&state.db, "DEMO2026").await?.is_none() {
        store::create_site(&state.db, "DEMO2026", "Hiroba Demo Foods Co., Ltd.", "Saitama factory").await?;
    }
    Ok(())
}

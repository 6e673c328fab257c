//! Assist: the consultation and grievance service.
//!
//! This first slice covers intake from the web form and from Safety's help requests, the worker's
//! own case page (case number and passphrase, no account), and the counsellors' shared inbox with
//! replies, internal notes, claiming and statuses. Rules enforced here:
//! - names, contacts and messages are encrypted at rest;
//! - a counsellor can only obtain a decrypted case through `cases::open_for_staff`, which writes
//!   the audit entry (who, role, why) first;
//! - only counsellors and their supervisors reach `/staff/assist`; companies never see a case.

pub mod cases;
pub mod consultations;
pub mod entities;
pub mod hours;
pub mod import;
pub mod inbound_mail;
pub mod intake_safety;
pub mod notify;
pub mod referrals;
mod routes;
pub mod statistics;
pub mod taxonomy;

use hiroba_core::auth::{Policy, Role};
use hiroba_core::web::{AdminSection, Routes};

pub static LOCALES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/locales");

/// Importing history changes the statistics: supervisors only.
pub const SUPERVISORS: Policy = Policy::AnyOf(&[Role::CounsellorSupervisor]);

/// The issue taxonomy is the secretariat's to extend; counsellor supervisors may too.
pub const TAXONOMY_EDITORS: Policy = Policy::AnyOf(&[Role::Secretariat, Role::CounsellorSupervisor]);

pub const STAFF: Policy = Policy::AnyOf(&[Role::Counsellor, Role::CounsellorSupervisor]);

pub fn routes() -> Routes {
    use routes::*;
    Routes::new()
        .get("/{lang}/assist", Policy::Public, worker::form)
        .post("/{lang}/assist", Policy::Public, worker::submit)
        .get("/{lang}/assist/case", Policy::Public, worker::case_page)
        .post("/{lang}/assist/case", Policy::Public, worker::case_login)
        .post("/{lang}/assist/case/reply", Policy::Public, worker::reply)
        .get("/{lang}/assist/case/events", Policy::Public, live::worker)
        .get("/{lang}/staff/assist/cases/{id}/events", STAFF, live::staff)
        .post("/{lang}/assist/case/outcome", Policy::Public, worker::outcome)
        .post("/{lang}/assist/case/erase", Policy::Public, worker::erase)
        .post("/{lang}/assist/case/push", Policy::Public, worker::push_subscribe)
        .post("/{lang}/assist/case/push/remove", Policy::Public, worker::push_unsubscribe)
        .get("/{lang}/staff/assist", STAFF, staff::inbox)
        .get("/{lang}/staff/assist/new", STAFF, new_case::form)
        .post("/{lang}/staff/assist/new", STAFF, new_case::submit)
        .get("/{lang}/staff/assist/cases/{id}", STAFF, staff::case)
        .post("/{lang}/staff/assist/cases/{id}/reply", STAFF, staff::reply)
        .post("/{lang}/staff/assist/cases/{id}/status", STAFF, staff::status)
        .post("/{lang}/staff/assist/cases/{id}/claim", STAFF, staff::claim)
        .post("/{lang}/staff/assist/cases/{id}/consultations", STAFF, staff::log_consultation)
        .get("/{lang}/staff/assist/statistics", STAFF, stats::page)
        .get("/{lang}/staff/assist/directory", STAFF, coordination::directory)
        .post("/{lang}/staff/assist/directory/organisations", STAFF, coordination::add_organisation)
        .post("/{lang}/staff/assist/directory/canned", STAFF, coordination::add_canned)
        .post("/{lang}/staff/assist/cases/{id}/referrals", STAFF, coordination::refer)
        .post("/{lang}/staff/assist/referrals/{id}", STAFF, coordination::referral_outcome)
        .post("/{lang}/staff/assist/cases/{id}/adr", STAFF, coordination::save_adr)
        .post("/{lang}/staff/assist/cases/{id}/attendant", STAFF, coordination::attendant)
        .post("/{lang}/staff/assist/cases/{id}/canned", STAFF, coordination::send_canned)
        .get("/{lang}/staff/assist/import", SUPERVISORS, import_page::form)
        .post_upload("/{lang}/staff/assist/import", SUPERVISORS, 20 * 1024 * 1024, import_page::submit)
        .get("/{lang}/staff/assist/statistics.csv", STAFF, stats::csv)
        .get("/{lang}/staff/assist/statistics.xlsx", STAFF, stats::xlsx)
        .get("/{lang}/staff/assist/taxonomy", TAXONOMY_EDITORS, taxonomy_page::show)
        .post("/{lang}/staff/assist/taxonomy", TAXONOMY_EDITORS, taxonomy_page::add)
        .post("/{lang}/staff/assist/taxonomy/{code}/labels", TAXONOMY_EDITORS, taxonomy_page::relabel)
        .post("/{lang}/staff/assist/taxonomy/{code}/retired", TAXONOMY_EDITORS, taxonomy_page::retire)
        .post("/{lang}/staff/assist/taxonomy/{code}/delete", TAXONOMY_EDITORS, taxonomy_page::delete)
        .admin_section(AdminSection {
            title: "taxonomy-title",
            text: "taxonomy-admin-section",
            path: "/staff/assist/taxonomy",
        })
        .admin_section(AdminSection {
            title: "assist-inbox-title",
            text: "assist-admin-section",
            path: "/staff/assist",
        })
}

/// Seed the issue taxonomy (idempotent) at start.
pub async fn prepare(state: &hiroba_core::AppState) -> Result<(), sea_orm::DbErr> {
    taxonomy::install(&state.db).await
}

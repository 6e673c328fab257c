//! The company collaboration program: companies map their business sites and suppliers as a
//! tree, print flyers with each site's worker code, and on the program's aggregation dates read
//! frozen, anonymous reports of what their workers flagged — under the rules of [`disclosure`].

pub mod bench;
pub mod chain;
pub mod dashboard;
pub mod demo;
pub mod disclosure;
pub mod entities;
pub mod export;
pub mod invites;
pub mod plans;
pub mod reports;
mod routes;

use hiroba_core::auth::{Policy, Role};
use hiroba_core::jobs::Registry;
use hiroba_core::web::{AdminSection, Routes};
use hiroba_core::AppState;

pub static LOCALES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/locales");

/// Company staff: what each may do within their organisation is decided per organisation
/// ([`chain::Access`]); these policies only keep everyone else out.
pub const COMPANY_STAFF: Policy = Policy::AnyOf(&[Role::CompanyAdmin, Role::CompanyViewer]);
pub const COMPANY_ADMINS: Policy = Policy::AnyOf(&[Role::CompanyAdmin]);
pub const SECRETARIAT: Policy = Policy::AnyOf(&[Role::Secretariat]);

pub fn routes() -> Routes {
    use routes::*;
    Routes::new()
        .get("/{lang}/company", COMPANY_STAFF, company::home)
        .get("/{lang}/company/{id}", COMPANY_STAFF, company::dashboard)
        .get("/{lang}/company/{id}/report.csv", COMPANY_STAFF, company::export_csv)
        .get("/{lang}/company/{id}/report.xlsx", COMPANY_STAFF, company::export_xlsx)
        .get("/{lang}/company/{id}/chain", COMPANY_STAFF, company::chain)
        .post("/{lang}/company/{id}/chain", COMPANY_ADMINS, company::add_node)
        .post("/{lang}/company/{id}/chain/{node}/move", COMPANY_ADMINS, company::move_node)
        .post("/{lang}/company/{id}/chain/{node}/delete", COMPANY_ADMINS, company::delete_node)
        .post("/{lang}/company/{id}/chain/{node}/code", COMPANY_ADMINS, company::rotate_code)
        .post("/{lang}/company/{id}/chain/{node}/invite", COMPANY_ADMINS, invite::invite)
        .get("/{lang}/company/{id}/chain/{node}/flyer", COMPANY_STAFF, flyer::flyer)
        .get("/{lang}/company/{id}/chain/{node}/flyer.pdf", COMPANY_STAFF, flyer::flyer_pdf)
        .get("/{lang}/company/{id}/plans", COMPANY_STAFF, plans_page::list)
        .post("/{lang}/company/{id}/plans", COMPANY_ADMINS, plans_page::add)
        .post("/{lang}/company/{id}/plans/{plan}", COMPANY_ADMINS, plans_page::update)
        .get("/{lang}/company/join/{token}", Policy::SignedIn, invite::join_page)
        .post("/{lang}/company/join/{token}", Policy::SignedIn, invite::join)
        .get("/{lang}/admin/companies", SECRETARIAT, admin::show)
        .post("/{lang}/admin/companies", SECRETARIAT, admin::admit)
        .post("/{lang}/admin/companies/members", SECRETARIAT, admin::add_member)
        .post("/{lang}/admin/companies/dates", SECRETARIAT, admin::add_date)
        .post("/{lang}/admin/companies/dates/{id}/delete", SECRETARIAT, admin::remove_date)
        .post("/{lang}/admin/companies/{id}/reminder", SECRETARIAT, admin::remind)
        .post("/{lang}/admin/companies/reminders", SECRETARIAT, admin::remind_all_low)
        .admin_section(AdminSection {
            title: "companies-admin-title",
            text: "companies-admin-section",
            path: "/admin/companies",
        })
}

pub fn register_jobs(registry: &mut Registry<AppState>) {
    registry.register(reports::JOB_KIND, reports::freeze_job);
}

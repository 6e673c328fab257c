//! Members: organisations and individuals who join the network (the report's "689 organisations
//! and individuals"), apply online in a category and agree to the code of conduct; the
//! secretariat screens the applications ([`membership`]). Members submit an annual activity plan
//! and half-year activity reports and may publish them to the other members ([`reports`]); the
//! secretariat publishes numbered good practices ([`practices`]).

pub mod demo;
pub mod entities;
pub mod membership;
mod newsletter_pages;
pub mod newsletters;
pub mod practices;
pub mod reports;
mod routes;
pub mod supporters;

use hiroba_core::auth::{Policy, Role};
use hiroba_core::web::{AdminSection, Routes};

pub static LOCALES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/locales");

/// Members-only pages: members, and the secretariat that runs them.
pub const MEMBERS: Policy = Policy::AnyOf(&[Role::Member, Role::Secretariat]);

pub fn register_jobs(registry: &mut hiroba_core::jobs::Registry<hiroba_core::AppState>) {
    registry.register(newsletters::SEND_JOB, newsletters::send_job);
}

pub fn routes() -> Routes {
    use routes::*;
    let n = {
        use newsletter_pages::*;
        Routes::new()
            .get("/{lang}/newsletters", Policy::Public, archive)
            .get("/{lang}/newsletters/unsubscribe", Policy::Public, unsubscribe_form)
            .post("/{lang}/newsletters/unsubscribe", Policy::Public, unsubscribe)
            .get("/{lang}/newsletters/{id}", Policy::Public, issue)
            .get("/{lang}/admin/newsletters", Policy::SECRETARIAT, admin)
            .post("/{lang}/admin/newsletters", Policy::SECRETARIAT, create)
            .get("/{lang}/admin/newsletters/{id}", Policy::SECRETARIAT, admin_issue)
            .post("/{lang}/admin/newsletters/{id}", Policy::SECRETARIAT, update)
            .post("/{lang}/admin/newsletters/{id}/send", Policy::SECRETARIAT, send)
            .admin_section(AdminSection {
                title: "newsletter-admin-title",
                text: "newsletter-admin-section",
                path: "/admin/newsletters",
            })
    };
    let s = Routes::new()
        .get("/s/{code}", Policy::Public, supporters::referral)
        .get("/{lang}/supporters", Policy::AnyOf(&[Role::Supporter]), supporters::mine)
        .get("/{lang}/admin/supporters", Policy::SECRETARIAT, supporters::admin)
        .post("/{lang}/admin/supporters/awards", Policy::SECRETARIAT, supporters::award)
        .admin_section(AdminSection {
            title: "supporters-admin-title",
            text: "supporters-admin-section",
            path: "/admin/supporters",
        });
    Routes::new()
        .merge(n)
        .merge(s)
        .get("/{lang}/members", Policy::Public, overview)
        .get("/{lang}/members/practices", Policy::Public, practices_page)
        .get("/{lang}/members/apply", Policy::SignedIn, apply_form)
        .post("/{lang}/members/apply", Policy::SignedIn, apply)
        .get("/{lang}/members/application", Policy::SignedIn, application)
        .post("/{lang}/members/application", Policy::SignedIn, resubmit)
        .get("/{lang}/members/home", MEMBERS, home)
        .get("/{lang}/members/reports", Policy::AnyOf(&[Role::Member]), my_reports)
        .post_upload(
            "/{lang}/members/reports",
            Policy::AnyOf(&[Role::Member]),
            reports::MAX_ATTACHMENT_BYTES + 65536,
            submit_report,
        )
        .get("/{lang}/members/reports/{id}/attachment", MEMBERS, attachment)
        .get("/{lang}/admin/members", Policy::SECRETARIAT, admin)
        .get("/{lang}/admin/members/{id}", Policy::SECRETARIAT, admin_application)
        .post("/{lang}/admin/members/{id}", Policy::SECRETARIAT, decide)
        .post("/{lang}/admin/members/practices", Policy::SECRETARIAT, add_practice)
        .admin_section(AdminSection {
            title: "members-admin-title",
            text: "members-admin-section",
            path: "/admin/members",
        })
}

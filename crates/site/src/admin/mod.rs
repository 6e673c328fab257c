//! The secretariat's dashboard: the platform's health (jobs, translations, audit log) and, as the
//! modules land, their own sections. Every route here requires the secretariat role, and every
//! handler also takes a [`SecretariatUser`], the capability only that role can obtain.

mod audit_log;
mod dashboard;
mod jobs;
mod translations;

use hiroba_core::auth::Policy;
use hiroba_core::web::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/admin", Policy::SECRETARIAT, dashboard::page)
        .get("/{lang}/admin/audit", Policy::SECRETARIAT, audit_log::page)
        .get("/{lang}/admin/jobs", Policy::SECRETARIAT, jobs::page)
        .post("/{lang}/admin/jobs/{id}/retry", Policy::SECRETARIAT, jobs::retry)
        .get("/{lang}/admin/translations", Policy::SECRETARIAT, translations::page)
}

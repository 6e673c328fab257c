//! The company collaboration program: companies map their business sites and suppliers as a
//! tree, print flyers with each site's worker code, and on the program's aggregation dates read
//! frozen, anonymous reports of what their workers flagged — under the rules of [`disclosure`].

pub mod chain;
pub mod disclosure;
pub mod entities;
pub mod reports;

use hiroba_core::auth::{Policy, Role};
use hiroba_core::jobs::Registry;
use hiroba_core::web::Routes;
use hiroba_core::AppState;

pub static LOCALES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/locales");

/// Company staff: what each may do within their organisation is decided per organisation
/// ([`chain::Access`]); these policies only keep everyone else out.
pub const COMPANY_STAFF: Policy = Policy::AnyOf(&[Role::CompanyAdmin, Role::CompanyViewer]);
pub const COMPANY_ADMINS: Policy = Policy::AnyOf(&[Role::CompanyAdmin]);
pub const SECRETARIAT: Policy = Policy::AnyOf(&[Role::Secretariat]);

pub fn routes() -> Routes {
    Routes::new()
}

pub fn register_jobs(registry: &mut Registry<AppState>) {
    registry.register(reports::JOB_KIND, reports::freeze_job);
}

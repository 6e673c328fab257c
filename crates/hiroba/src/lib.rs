//! Wiring: which modules make up Hiroba. The binary (`main.rs`) and the integration tests both
//! build the application from here, so they can never disagree.

use hiroba_core::include_dir::Dir;
use hiroba_core::jobs::Registry;
use hiroba_core::web::Routes;
use hiroba_core::AppState;

/// Every module's routes (the platform's own are added by `hiroba_core::web::stack::app`).
pub fn modules() -> Routes {
    hiroba_site::routes()
}

/// Every module's catalogue folder.
pub fn locales() -> Vec<&'static Dir<'static>> {
    vec![&hiroba_site::LOCALES]
}

/// Every job kind the modules run.
pub fn job_registry() -> Registry<AppState> {
    let mut r = Registry::default();
    hiroba_core::bootstrap::register_jobs(&mut r);
    r
}

/// The whole application router.
pub fn app(state: AppState) -> axum::Router {
    hiroba_core::web::stack::app(state, modules())
}

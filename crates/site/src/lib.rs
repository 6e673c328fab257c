//! The platform's own pages: the home page that introduces the services, the account pages
//! (registration, confirmation, login with two-factor, password reset, the account itself) and the
//! secretariat's dashboard, which the domain modules fill.

pub mod account;
pub mod admin;
pub mod demo;
mod home;

use hiroba_core::auth::Policy;
use hiroba_core::web::Routes;

pub static LOCALES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/locales");

pub fn routes() -> Routes {
    Routes::new().get("/{lang}/", Policy::Public, home::page).merge(account::routes()).merge(admin::routes())
}

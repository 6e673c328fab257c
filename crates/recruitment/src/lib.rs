//! Fair recruitment (zero fees): the registry of sending organisations, supervising
//! organisations and host companies that commit to the zero-fee guidelines and the chain between
//! them ([`registry`]); workers naming them after a Safety self-check ([`naming`]); recruitment-fee
//! and debt figures per organisation under the company program's disclosure rules ([`figures`]);
//! and a worker's private, printable ledger of the fees and costs they paid ([`ledger`]).

pub mod demo;
pub mod entities;
pub mod figures;
pub mod ledger;
pub mod naming;
pub mod registry;
mod routes;

use hiroba_core::auth::Policy;
use hiroba_core::web::{AdminSection, Routes};

pub static LOCALES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/locales");

pub fn routes() -> Routes {
    use routes::*;
    Routes::new()
        .get("/{lang}/fair-recruitment", Policy::Public, public_list)
        .get("/{lang}/fair-recruitment/mine", Policy::SignedIn, mine)
        .get("/{lang}/safety/r/{token}/recruiters", Policy::Public, name_form)
        .post("/{lang}/safety/r/{token}/recruiters", Policy::Public, name_submit)
        .get("/{lang}/my/fees", Policy::SignedIn, ledger_page)
        .post("/{lang}/my/fees", Policy::SignedIn, ledger_add)
        .post("/{lang}/my/fees/{id}/delete", Policy::SignedIn, ledger_delete)
        .get("/{lang}/my/fees/print", Policy::SignedIn, ledger_print)
        .get("/{lang}/admin/recruitment", Policy::SECRETARIAT, admin)
        .post("/{lang}/admin/recruitment", Policy::SECRETARIAT, admin_create)
        .post("/{lang}/admin/recruitment/links", Policy::SECRETARIAT, admin_link)
        .post("/{lang}/admin/recruitment/{id}", Policy::SECRETARIAT, admin_update)
        .post("/{lang}/admin/recruitment/{id}/staff", Policy::SECRETARIAT, admin_staff)
        .admin_section(AdminSection {
            title: "recruitment-admin-title",
            text: "recruitment-admin-section",
            path: "/admin/recruitment",
        })
}

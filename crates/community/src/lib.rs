//! Community: the network's events — workshops, seminars, gatherings, forums and the Field
//! Academy's study trips — with registration, waiting lists, reminders, attendance, calendar files
//! and the yearly totals ([`events`], [`mails`]).

pub mod demo;
pub mod entities;
pub mod events;
pub mod mails;
mod routes;

use hiroba_core::auth::Policy;
use hiroba_core::jobs::Registry;
use hiroba_core::web::{AdminSection, Routes};
use hiroba_core::AppState;

pub static LOCALES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/locales");

pub fn register_jobs(registry: &mut Registry<AppState>) {
    registry.register(events::REMIND_JOB, mails::remind_job);
}

pub fn routes() -> Routes {
    use routes::*;
    Routes::new()
        .get("/{lang}/events", Policy::Public, list)
        .get("/{lang}/events/feed.ics", Policy::Public, feed)
        .get("/{lang}/events/{id}", Policy::Public, event)
        .get("/{lang}/events/{id}/event.ics", Policy::Public, event_ics)
        .post("/{lang}/events/{id}/register", Policy::SignedIn, register)
        .post("/{lang}/events/{id}/cancel", Policy::SignedIn, cancel)
        .get("/{lang}/admin/events", Policy::SECRETARIAT, admin)
        .post("/{lang}/admin/events", Policy::SECRETARIAT, create)
        .get("/{lang}/admin/events/{id}", Policy::SECRETARIAT, admin_event)
        .post("/{lang}/admin/events/{id}", Policy::SECRETARIAT, update)
        .post("/{lang}/admin/events/{id}/attendance", Policy::SECRETARIAT, attendance)
        .admin_section(AdminSection {
            title: "events-admin-title",
            text: "events-admin-section",
            path: "/admin/events",
        })
}

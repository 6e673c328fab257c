//! Community: the network's events — workshops, seminars, gatherings, forums and the Field
//! Academy's study trips — with registration, waiting lists, reminders, attendance, calendar files
//! and the yearly totals ([`events`], [`mails`]); and Friends, where foreign residents and
//! Japanese supporters find each other safely ([`friends`]).

pub mod areas;
pub mod demo;
pub mod entities;
pub mod events;
mod friend_pages;
pub mod friends;
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
    let friends = {
        use friend_pages::*;
        Routes::new()
            .get("/{lang}/friends", Policy::SignedIn, home)
            .get("/{lang}/friends/profile", Policy::SignedIn, profile_form)
            .post("/{lang}/friends/profile", Policy::SignedIn, save_profile)
            .get("/{lang}/friends/contacts", Policy::SignedIn, contacts)
            .get("/{lang}/friends/contacts/{id}", Policy::SignedIn, conversation)
            .post("/{lang}/friends/contacts/{id}", Policy::SignedIn, send)
            .post("/{lang}/friends/contacts/{id}/answer", Policy::SignedIn, answer)
            .get("/{lang}/friends/{id}", Policy::SignedIn, person)
            .post("/{lang}/friends/{id}/ask", Policy::SignedIn, ask)
            .post("/{lang}/friends/{id}/block", Policy::SignedIn, block)
            .post("/{lang}/friends/{id}/report", Policy::SignedIn, report)
            .get("/{lang}/admin/friends", Policy::SECRETARIAT, moderation)
            .post("/{lang}/admin/friends/{id}", Policy::SECRETARIAT, moderate)
            .admin_section(AdminSection {
                title: "friends-admin-title",
                text: "friends-admin-section",
                path: "/admin/friends",
            })
    };
    use routes::*;
    Routes::new()
        .merge(friends)
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
        .post("/{lang}/admin/events/{id}/cancel", Policy::SECRETARIAT, cancel_event)
        .admin_section(AdminSection {
            title: "events-admin-title",
            text: "events-admin-section",
            path: "/admin/events",
        })
}

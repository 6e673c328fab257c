//! The home page: what the platform offers, in the reader's language.

use askama::Template;
use axum::response::Response;
use hiroba_core::web::{render, Ctx};

/// One service on the home page: its message keys.
pub struct Service {
    pub title: &'static str,
    pub text: &'static str,
    /// Where the service lives (after the language prefix), once its module is there.
    pub path: Option<&'static str>,
}

const SERVICES: [Service; 9] = [
    Service { title: "home-portal-title", text: "home-portal-text", path: Some("/articles") },
    Service { title: "home-safety-title", text: "home-safety-text", path: Some("/safety") },
    Service { title: "home-assist-title", text: "home-assist-text", path: Some("/assist") },
    Service {
        title: "home-recruitment-title",
        text: "home-recruitment-text",
        path: Some("/fair-recruitment"),
    },
    Service { title: "home-friends-title", text: "home-friends-text", path: Some("/friends") },
    Service { title: "home-events-title", text: "home-events-text", path: Some("/events") },
    Service { title: "home-learning-title", text: "home-learning-text", path: Some("/learn") },
    Service { title: "home-members-title", text: "home-members-text", path: Some("/members") },
    Service { title: "home-companies-title", text: "home-companies-text", path: None },
];

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    ctx: &'a Ctx,
    services: &'a [Service],
}

pub async fn page(ctx: Ctx) -> Response {
    render(&HomePage { ctx: &ctx, services: &SERVICES })
}

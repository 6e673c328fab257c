//! The home page: what the platform offers, in the reader's language.

use askama::Template;
use axum::response::Response;
use hiroba_core::web::{render, Ctx};

/// One service on the home page: its message keys.
pub struct Service {
    pub title: &'static str,
    pub text: &'static str,
}

const SERVICES: [Service; 6] = [
    Service { title: "home-portal-title", text: "home-portal-text" },
    Service { title: "home-safety-title", text: "home-safety-text" },
    Service { title: "home-assist-title", text: "home-assist-text" },
    Service { title: "home-friends-title", text: "home-friends-text" },
    Service { title: "home-learning-title", text: "home-learning-text" },
    Service { title: "home-companies-title", text: "home-companies-text" },
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

//! The web kit the modules share: per-request context ([`Ctx`]), route registration with
//! policies ([`Routes`]), the localized error type ([`WebError`]), form extraction, static assets
//! and the middleware stack ([`stack`]).

pub mod assets;
pub mod cookies;
pub mod ctx;
pub mod error;
pub mod events;
pub mod extract;
pub mod hits;
pub mod middleware;
pub mod page_cache;
pub mod pdf;
pub mod routes;
pub mod stack;

pub use ctx::{Ctx, CurrentUser};
pub use error::WebError;
pub use extract::{form_field, parse_id, ValidForm};
pub use routes::{AdminSection, RouteSpec, Routes};

use askama::Template;
use axum::response::{Html, IntoResponse, Response};

/// Render a template into an HTML response, or a localized 500 page if rendering fails.
pub fn render<T: Template>(t: &T) -> Response {
    match t.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => WebError::Internal(format!("template: {e}")).into_response(),
    }
}

/// Render a form page; with `refused` (the input was refused and the page says why) the status is
/// 400, so a refused form is never mistaken for a success.
pub fn render_form<T: Template>(t: &T, refused: bool) -> Response {
    let mut res = render(t);
    if refused && res.status() == axum::http::StatusCode::OK {
        *res.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    res
}

/// A 303 redirect (after a successful POST, so reloading does not resubmit).
pub fn see_other(location: &str) -> Response {
    axum::response::Redirect::to(location).into_response()
}

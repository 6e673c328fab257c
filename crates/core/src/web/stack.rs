//! Assembling the application: the platform's own routes (root redirect, health, metrics, static
//! files, the furigana switch), the modules' routes, the 404 fallback and the middleware stack.

use askama::Template;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Router;
use serde::Deserialize;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;

use super::{cookies, middleware, see_other, Ctx, Routes, WebError};
use crate::auth::Policy;
use crate::AppState;

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorTemplate<'a> {
    pub ctx: &'a Ctx,
    pub status: u16,
    pub key: &'static str,
}

/// `/`: send the reader to their language.
async fn root(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let lang = middleware::negotiated_language(&state, &headers);
    let mut res = Redirect::to(&format!("/{lang}/")).into_response();
    res.headers_mut().insert(header::VARY, "accept-language, cookie".parse().expect("static"));
    res
}

async fn healthz(State(state): State<AppState>) -> Response {
    match state.db.read().ping().await {
        Ok(()) => (StatusCode::OK, "ok\n").into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response(),
    }
}

async fn metrics(State(state): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")],
        state.metrics.render(),
    )
        .into_response()
}

#[derive(Deserialize)]
struct FuriganaForm {
    show: String,
    next: Option<String>,
}

/// Turn furigana on or off. Like the language switcher this is a GET that only sets the reader's
/// own display preference (a cookie) and changes nothing on the server, so the page that carries
/// the switch needs no CSRF token and can be served from the page cache.
async fn furigana(ctx: Ctx, Query(form): Query<FuriganaForm>) -> Result<Response, WebError> {
    let value = match form.show.as_str() {
        "on" => "on",
        "off" => "off",
        _ => return Err(WebError::BadRequest("error-bad-form")),
    };
    let next = safe_next(&ctx, form.next.as_deref());
    let mut res = see_other(&next);
    res.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(
            cookies::FURIGANA,
            value,
            Some(365 * 24 * 3600),
            false,
            ctx.state.config.secure_cookies(),
        ),
    );
    Ok(res)
}

/// A `next=` target is only followed when it is a path on this site (no open redirect).
pub fn safe_next(ctx: &Ctx, next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_string(),
        _ => ctx.href("/"),
    }
}

/// The service worker, served from the root so its scope is the whole site, never cached for long
/// (a new version must reach readers), with the languages served filled in.
async fn service_worker(State(state): State<AppState>) -> Response {
    let langs: Vec<String> = state.i18n.languages().iter().map(|l| format!("{:?}", l.code)).collect();
    let body = include_str!("../../static/sw.js")
        .replace(
            r#"const LANGS = ["ja", "en", "zh-Hans", "es", "pt-BR", "id", "tl", "my", "vi"];"#,
            &format!("const LANGS = [{}];", langs.join(", ")),
        )
        .replace(
            r#"const ICON = "/static/icon-192.png";"#,
            &format!("const ICON = {:?};", state.assets.url("icon-192.png")),
        );
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "no-cache")], body)
        .into_response()
}

/// The web app manifest of a language: the portal installs on an Android home screen.
async fn manifest(ctx: Ctx) -> Response {
    let body = serde_json::json!({
        "name": ctx.t_plain("app-name"),
        "short_name": ctx.t_plain("site-name"),
        "description": ctx.t_plain("app-description"),
        "lang": ctx.lang,
        "dir": ctx.dir,
        "start_url": ctx.href("/"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5d4b",
        "icons": [
            { "src": ctx.asset("icon-192.png"), "sizes": "192x192", "type": "image/png", "purpose": "any maskable" },
            { "src": ctx.asset("icon-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "any maskable" },
            { "src": ctx.asset("favicon.svg"), "sizes": "any", "type": "image/svg+xml" }
        ]
    });
    ([(header::CONTENT_TYPE, "application/manifest+json; charset=utf-8")], body.to_string()).into_response()
}

#[derive(Template)]
#[template(path = "offline.html")]
struct OfflinePage<'a> {
    ctx: &'a Ctx,
}

/// Shown by the service worker when there is no connection and no saved copy of a page.
async fn offline(ctx: Ctx) -> Response {
    super::render(&OfflinePage { ctx: &ctx })
}

async fn not_found() -> WebError {
    WebError::NotFound
}

/// The platform's own routes, with their policies.
pub fn platform_routes() -> Routes {
    Routes::new()
        .get("/", Policy::Public, root)
        .get("/healthz", Policy::Public, healthz)
        .get("/metrics", Policy::Public, metrics)
        .get("/static/{file}", Policy::Public, super::assets::serve)
        .get("/{lang}/furigana", Policy::Public, furigana)
        .get("/sw.js", Policy::Public, service_worker)
        .get("/{lang}/manifest.webmanifest", Policy::Public, manifest)
        .get("/{lang}/offline", Policy::Public, offline)
}

/// The whole application: platform routes plus `modules`, under the middleware stack.
pub fn app(state: AppState, modules: Routes) -> Router {
    let routes = platform_routes().merge(modules);
    let _ = state.admin_sections.set(routes.sections().to_vec());
    let limit = state.config.body_limit_bytes;
    let timeout = Duration::from_secs(state.config.request_timeout_secs);
    routes
        .into_router()
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::csrf_guard))
        .layer(CatchPanicLayer::new())
        .layer(DefaultBodyLimit::max(limit))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, timeout))
        .layer(axum::middleware::from_fn(middleware::render_errors))
        .layer(axum::middleware::from_fn_with_state(state.clone(), super::page_cache::page_cache))
        .layer(axum::middleware::from_fn_with_state(state.clone(), super::hits::count_hits))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::context))
        .layer(CompressionLayer::new())
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::security_headers))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::observe))
        .with_state(state)
}

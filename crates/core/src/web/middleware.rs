//! The middleware that every request passes through, in the order `stack::app` applies them:
//! `observe` (metrics and logs) → security headers → compression → [`context`] →
//! [`render_errors`] → timeout, body limit, panic catcher → [`csrf_guard`] → the route's
//! [`enforce_policy`] → handler.

use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use super::cookies;
use super::ctx::{Ctx, CurrentUser};
use super::error::{ErrorPage, WebError};
use crate::auth::sessions::{self, Lifetimes, Stage};
use crate::auth::{csrf, users, Policy};
use crate::i18n::negotiate;
use crate::AppState;

pub fn lifetimes(state: &AppState) -> Lifetimes {
    Lifetimes {
        idle: chrono::Duration::minutes(state.config.session_idle_minutes),
        absolute: chrono::Duration::hours(state.config.session_absolute_hours),
    }
}

/// The reader's language when the URL does not give it: cookie, then `Accept-Language`, then English.
pub fn negotiated_language(state: &AppState, headers: &HeaderMap) -> String {
    let codes: Vec<&str> = state.i18n.languages().iter().map(|l| l.code.as_str()).collect();
    if let Some(c) = cookies::get(headers, cookies::LANG).filter(|c| codes.contains(c)) {
        return c.to_string();
    }
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
    negotiate::from_accept_language(accept, &codes).unwrap_or("en").to_string()
}

fn client_address(state: &AppState, req: &Request) -> String {
    if state.config.trust_proxy {
        if let Some(xff) = req.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok()) {
            if let Some(first) = xff.split(',').next() {
                return first.trim().to_string();
            }
        }
    }
    req.extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// Build the [`Ctx`] of the request.
pub async fn context(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    // Static files, health and metrics need no language or session.
    if path.starts_with("/static/") || path == "/healthz" || path == "/metrics" {
        return next.run(req).await;
    }
    let headers = req.headers().clone();
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let (lang, rest) = match state.i18n.language(first) {
        Some(l) => {
            let mut rest = path[1 + first.len()..].to_string();
            if rest.is_empty() {
                rest.push('/');
            }
            if let Some(q) = req.uri().query() {
                rest.push('?');
                rest.push_str(q);
            }
            (l.code.clone(), rest)
        }
        None => (negotiated_language(&state, &headers), "/".to_string()),
    };
    let dir = state.i18n.language(&lang).map(|l| l.dir.clone()).unwrap_or_else(|| "ltr".into());
    let furigana = cookies::get(&headers, cookies::FURIGANA) != Some("off");

    let secure = state.config.secure_cookies();
    let mut session = None;
    let mut user = None;
    if let Some(token) = cookies::get(&headers, cookies::session_name(secure)) {
        match sessions::lookup(&state.db, token, lifetimes(&state)).await {
            Ok(Some(s)) => {
                if s.stage == Stage::Full {
                    if let Ok(Some(u)) = users::find(&state.db, s.user_id).await {
                        if u.disabled_at.is_none() {
                            let roles = users::roles(&state.db, u.id).await.unwrap_or_default();
                            user = Some(CurrentUser { user: u, roles });
                        }
                    }
                }
                session = Some(s);
            }
            Ok(None) => {}
            Err(e) => tracing::error!("session lookup: {e}"),
        }
    }

    let existing_anon = cookies::get(&headers, cookies::ANON_CSRF).map(str::to_string);
    let (csrf_binding, new_anon) = match (&session, existing_anon) {
        (Some(s), _) => (format!("session:{}", s.id_hash), None),
        (None, Some(a)) => (format!("anon:{a}"), None),
        (None, None) => {
            let a = crate::crypto::random_token();
            (format!("anon:{a}"), Some(a))
        }
    };
    let csrf_used = Arc::new(AtomicBool::new(false));
    let client = client_address(&state, &req);
    let url_has_lang = state.i18n.language(first).is_some();
    let remember_lang = url_has_lang && cookies::get(&headers, cookies::LANG) != Some(lang.as_str());
    let ctx = Ctx {
        state: state.clone(),
        lang: lang.clone(),
        dir,
        furigana,
        rest,
        user,
        session,
        csrf_binding,
        csrf_used: csrf_used.clone(),
        client,
        url_has_lang,
    };
    req.extensions_mut().insert(ctx);
    let mut res = next.run(req).await;
    if let Some(a) = new_anon {
        if csrf_used.load(Ordering::Relaxed) {
            res.headers_mut()
                .append(header::SET_COOKIE, cookies::set(cookies::ANON_CSRF, &a, None, true, secure));
        }
    }
    // Remember the language of pages read, not of manifests, feeds or files.
    let is_page = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html"));
    if remember_lang && is_page {
        res.headers_mut().append(
            header::SET_COOKIE,
            cookies::set(cookies::LANG, &lang, Some(365 * 24 * 3600), false, secure),
        );
    }
    res
}

/// Check a route's declared policy. Anonymous visitors are sent to sign in; signed-in users
/// without the role get 403.
pub async fn enforce_policy(policy: Policy, req: Request, next: Next) -> Response {
    if policy == Policy::Public {
        return next.run(req).await;
    }
    let Some(ctx) = req.extensions().get::<Ctx>() else {
        return WebError::Internal("policy check without context".into()).into_response();
    };
    let roles = ctx.user.as_ref().map(|u| u.roles.as_slice());
    if policy.allows(roles) {
        return next.run(req).await;
    }
    if ctx.user.is_none() {
        let target = format!("/{}/account/login?next={}", ctx.lang, ctx.current_path_encoded());
        return axum::response::Redirect::to(&target).into_response();
    }
    WebError::Forbidden.into_response()
}

/// Routes under `/{lang}/` answer 404 when the first segment is not a language we serve.
pub async fn require_language(req: Request, next: Next) -> Response {
    match req.extensions().get::<Ctx>() {
        Some(ctx) if ctx.url_has_lang => next.run(req).await,
        _ => WebError::NotFound.into_response(),
    }
}

/// Refuse state-changing requests without the visitor's CSRF token (form field or header).
pub async fn csrf_guard(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let Some(ctx) = req.extensions().get::<Ctx>().cloned() else {
        // Only /healthz-like routes run without context, and they take no POST.
        return WebError::Csrf.into_response();
    };
    if let Some(presented) = req.headers().get(csrf::HEADER).and_then(|v| v.to_str().ok()) {
        if csrf::verify(&state.hmac_key, &ctx.csrf_binding, presented) {
            return next.run(req).await;
        }
        return WebError::Csrf.into_response();
    }
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        // File uploads (multipart) carry the token in the form's action URL, so it can be checked
        // before a large body is read.
        let in_query = req
            .uri()
            .query()
            .and_then(|q| form_urlencoded_field(q.as_bytes(), csrf::FIELD))
            .is_some_and(|t| csrf::verify(&state.hmac_key, &ctx.csrf_binding, &t));
        return if in_query { next.run(req).await } else { WebError::Csrf.into_response() };
    }
    let (parts, body) = req.into_parts();
    let bytes: Bytes = match http_body_util::Limited::new(body, state.config.body_limit_bytes).collect().await
    {
        Ok(c) => c.to_bytes(),
        Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
    };
    let presented = form_urlencoded_field(&bytes, csrf::FIELD);
    match presented {
        Some(token) if csrf::verify(&state.hmac_key, &ctx.csrf_binding, &token) => {
            next.run(Request::from_parts(parts, Body::from(bytes))).await
        }
        _ => WebError::Csrf.into_response(),
    }
}

fn form_urlencoded_field(body: &[u8], name: &str) -> Option<String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body).ok()?;
    pairs.into_iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

/// Turn every error response into a page in the reader's language, keeping its status.
pub async fn render_errors(req: Request, next: Next) -> Response {
    let ctx = req.extensions().get::<Ctx>().cloned();
    let res = next.run(req).await;
    let status = res.status();
    if status.as_u16() < 400 {
        return res;
    }
    let marked = res.extensions().get::<ErrorPage>().cloned();
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html"));
    if marked.is_none() && is_html {
        return res;
    }
    let Some(ctx) = ctx else { return res };
    let key = marked.map(|m| m.key).unwrap_or(match status.as_u16() {
        404 => "error-not-found",
        405 => "error-method",
        408 => "error-timeout",
        413 => "error-too-large",
        500..=599 => "error-internal",
        _ => "error-bad-request",
    });
    let retry_after = res.headers().get(header::RETRY_AFTER).cloned();
    let page = super::stack::ErrorTemplate { ctx: &ctx, status: status.as_u16(), key };
    let mut out = super::render(&page);
    *out.status_mut() = status;
    if let Some(r) = retry_after {
        out.headers_mut().insert(header::RETRY_AFTER, r);
    }
    out
}

/// Count and log each request by its route template (never its raw path, which may hold tokens).
pub async fn observe(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().to_string();
    let res = next.run(req).await;
    let route = res
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let elapsed = start.elapsed();
    let status = res.status().as_u16();
    state
        .metrics
        .http_requests
        .get_or_create(&crate::metrics::HttpLabels {
            method: method.clone(),
            route: route.clone(),
            status: format!("{}xx", status / 100),
        })
        .inc();
    state.metrics.http_duration.observe(elapsed.as_secs_f64());
    tracing::info!(target: "hiroba::http", %method, %route, status, ms = elapsed.as_millis() as u64);
    res
}

/// Security headers on every response. The CSP allows no inline script at all.
pub async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let set = |h: &mut HeaderMap, name: &'static str, value: &'static str| {
        if !h.contains_key(name) {
            h.insert(name, HeaderValue::from_static(value));
        }
    };
    set(
        h,
        "content-security-policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
    set(h, "x-content-type-options", "nosniff");
    set(h, "referrer-policy", "same-origin");
    set(h, "x-frame-options", "DENY");
    set(h, "cross-origin-opener-policy", "same-origin");
    set(h, "permissions-policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    if state.config.secure_cookies() {
        set(h, "strict-transport-security", "max-age=63072000; includeSubDomains");
    }
    res
}

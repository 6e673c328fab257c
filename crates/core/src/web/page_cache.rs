//! A small in-memory cache of compressed pages for anonymous readers.
//!
//! Most readers are anonymous workers reading the same pages; rendering and above all compressing
//! each request is where the time goes. A page is cached when it was a `200` HTML answer to an
//! anonymous `GET`, carried no per-visitor content (no CSRF token was used) and set no cookie. It
//! is kept, already compressed with brotli and gzip, for [`TTL`]; modules that publish content call
//! [`PageCache::clear`]. Signed-in visitors always get a fresh page.

use axum::body::{Body, Bytes};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use http_body_util::BodyExt;
use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use super::assets::{preferred_encoding, Assets};
use super::hits::CountHit;
use super::Ctx;
use crate::AppState;

pub const TTL: Duration = Duration::from_secs(60);
const MAX_ENTRIES: usize = 4096;
const MAX_PAGE_BYTES: usize = 512 * 1024;

struct CachedPage {
    created: Instant,
    content_type: HeaderValue,
    identity: Bytes,
    gzip: Bytes,
    brotli: Bytes,
    /// The route template, so metrics name cached answers like fresh ones.
    route: Option<MatchedPath>,
    /// A view to count each time the page is served.
    hit: Option<CountHit>,
}

#[derive(Default)]
pub struct PageCache {
    entries: RwLock<HashMap<String, Arc<CachedPage>>>,
}

impl PageCache {
    pub fn clear(&self) {
        self.entries.write().expect("page cache lock").clear();
    }

    fn get(&self, key: &str) -> Option<Arc<CachedPage>> {
        let entries = self.entries.read().expect("page cache lock");
        entries.get(key).filter(|p| p.created.elapsed() < TTL).cloned()
    }

    fn put(&self, key: String, page: CachedPage) {
        let mut entries = self.entries.write().expect("page cache lock");
        if entries.len() >= MAX_ENTRIES {
            entries.retain(|_, p| p.created.elapsed() < TTL);
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
        }
        entries.insert(key, Arc::new(page));
    }
}

fn respond(page: &CachedPage, encoding: Option<&'static str>) -> Response {
    let body = match encoding {
        Some("br") => page.brotli.clone(),
        Some("gzip") => page.gzip.clone(),
        _ => page.identity.clone(),
    };
    let mut res = Response::new(Body::from(body));
    if let Some(route) = &page.route {
        res.extensions_mut().insert(route.clone());
    }
    if let Some(hit) = &page.hit {
        res.extensions_mut().insert(hit.clone());
    }
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, page.content_type.clone());
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding, cookie"));
    if let Some(enc) = encoding {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(enc));
    }
    res
}

pub async fn page_cache(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let Some(ctx) = req.extensions().get::<Ctx>().cloned() else {
        return next.run(req).await;
    };
    if req.method() != Method::GET || ctx.session.is_some() {
        return next.run(req).await;
    }
    let key = format!("{}|{}", req.uri(), ctx.furigana);
    let encoding = preferred_encoding(req.headers());
    if let Some(page) = state.page_cache.get(&key) {
        return respond(&page, encoding);
    }
    let res = next.run(req).await;
    let cacheable = res.status() == StatusCode::OK
        && !res.headers().contains_key(header::SET_COOKIE)
        && !res.headers().contains_key(header::CONTENT_ENCODING)
        && !ctx.csrf_used.load(Ordering::Relaxed)
        && res
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("text/html"));
    if !cacheable {
        return res;
    }
    let (parts, body) = res.into_parts();
    let Ok(collected) = http_body_util::Limited::new(body, MAX_PAGE_BYTES).collect().await else {
        return Response::from_parts(parts, Body::empty());
    };
    let identity = collected.to_bytes();
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .cloned()
        .unwrap_or(HeaderValue::from_static("text/html; charset=utf-8"));
    let page = CachedPage {
        route: parts.extensions.get::<MatchedPath>().cloned(),
        hit: parts.extensions.get::<CountHit>().cloned(),
        created: Instant::now(),
        content_type,
        gzip: Bytes::from(Assets::gzip_fast(&identity)),
        brotli: Bytes::from(Assets::brotli_fast(&identity)),
        identity,
    };
    let res = respond(&page, encoding);
    state.page_cache.put(key, page);
    res
}

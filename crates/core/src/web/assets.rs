//! Static files, embedded in the binary and served under content-hashed names
//! (`/static/app.3f2a9c1e.css`) with a one-year immutable cache lifetime. Each is compressed with
//! gzip and brotli once, at start, so no request pays for compression.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::io::Write;

use crate::AppState;

struct Asset {
    content_type: &'static str,
    raw: Vec<u8>,
    gzip: Vec<u8>,
    brotli: Vec<u8>,
}

pub struct Assets {
    /// Logical name (`app.css`) → hashed name (`app.3f2a9c1e.css`).
    names: HashMap<String, String>,
    by_hashed: HashMap<String, Asset>,
}

const FILES: &[(&str, &str, &[u8])] = &[
    ("app.css", "text/css; charset=utf-8", include_bytes!("../../static/app.css")),
    ("app.js", "text/javascript; charset=utf-8", include_bytes!("../../static/app.js")),
    ("favicon.svg", "image/svg+xml", include_bytes!("../../static/favicon.svg")),
    ("icon-192.png", "image/png", include_bytes!("../../static/icon-192.png")),
    ("icon-512.png", "image/png", include_bytes!("../../static/icon-512.png")),
];

pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(data).expect("in-memory gzip");
    enc.finish().expect("in-memory gzip")
}

pub fn brotli(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        w.write_all(data).expect("in-memory brotli");
    }
    out
}

impl Assets {
    /// Compression for pages rendered at run time (the page cache): good ratio, modest cost.
    pub fn gzip_fast(data: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
        enc.write_all(data).expect("in-memory gzip");
        enc.finish().expect("in-memory gzip")
    }

    pub fn brotli_fast(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut w = brotli::CompressorWriter::new(&mut out, 4096, 6, 22);
            w.write_all(data).expect("in-memory brotli");
        }
        out
    }
}

impl Default for Assets {
    fn default() -> Self {
        Self::new()
    }
}

impl Assets {
    pub fn new() -> Self {
        let mut names = HashMap::new();
        let mut by_hashed = HashMap::new();
        for (name, content_type, raw) in FILES {
            let hash = &crate::crypto::sha256_hex(&String::from_utf8_lossy(raw))[..10];
            let hashed = match name.rsplit_once('.') {
                Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
                None => format!("{name}.{hash}"),
            };
            names.insert(name.to_string(), hashed.clone());
            by_hashed.insert(
                hashed,
                Asset { content_type, raw: raw.to_vec(), gzip: gzip(raw), brotli: brotli(raw) },
            );
        }
        Assets { names, by_hashed }
    }

    pub fn url(&self, name: &str) -> String {
        match self.names.get(name) {
            Some(h) => format!("/static/{h}"),
            None => format!("/static/{name}"),
        }
    }
}

/// Which pre-compressed variant the client accepts: brotli, then gzip, then none.
pub fn preferred_encoding(headers: &HeaderMap) -> Option<&'static str> {
    let accept = headers.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or("");
    let accepts = |enc: &str| {
        accept.split(',').any(|part| {
            let mut it = part.trim().split(';');
            it.next().map(str::trim) == Some(enc) && !it.any(|p| p.trim() == "q=0")
        })
    };
    if accepts("br") {
        Some("br")
    } else if accepts("gzip") {
        Some("gzip")
    } else {
        None
    }
}

pub async fn serve(State(state): State<AppState>, Path(file): Path<String>, headers: HeaderMap) -> Response {
    let Some(asset) = state.assets.by_hashed.get(&file) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (body, encoding) = match preferred_encoding(&headers) {
        Some("br") => (asset.brotli.clone(), Some("br")),
        Some("gzip") => (asset.gzip.clone(), Some("gzip")),
        _ => (asset.raw.clone(), None),
    };
    let mut res = Response::new(Body::from(body));
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if let Some(enc) = encoding {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(enc));
    }
    res
}

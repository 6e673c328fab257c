//! Reading and writing the few cookies the platform uses.

use axum::http::{header, HeaderMap, HeaderValue};

pub const LANG: &str = "lang";
pub const FURIGANA: &str = "furigana";
pub const ANON_CSRF: &str = "hiroba_csrf";

/// The session cookie: `__Host-` prefixed (and `Secure`) when served over TLS.
pub fn session_name(secure: bool) -> &'static str {
    if secure {
        "__Host-hiroba_session"
    } else {
        "hiroba_session"
    }
}

pub fn get<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A `Set-Cookie` value. `max_age` of `None` makes a browser-session cookie; `Some(0)` deletes.
pub fn set(name: &str, value: &str, max_age: Option<i64>, http_only: bool, secure: bool) -> HeaderValue {
    let mut s = format!("{name}={value}; Path=/; SameSite=Lax");
    if let Some(age) = max_age {
        s.push_str(&format!("; Max-Age={age}"));
    }
    if http_only {
        s.push_str("; HttpOnly");
    }
    if secure {
        s.push_str("; Secure");
    }
    HeaderValue::from_str(&s).expect("cookie values are ASCII tokens")
}

//! Errors as the user sees them: a status code and a message key, rendered as a page in the
//! reader's language by `middleware::render_errors`. Handlers return `Result<_, WebError>`; axum's
//! own rejections (bad form, body too large, timeout) are turned into the same pages.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("sign-in required")]
    SignInRequired,
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    #[error("form expired")]
    Csrf,
    #[error("too many requests")]
    TooManyRequests { retry_after_secs: i64 },
    #[error("internal: {0}")]
    Internal(String),
}

/// Put on an error response so `render_errors` knows which page to draw.
#[derive(Clone, Debug)]
pub struct ErrorPage {
    pub key: &'static str,
}

impl WebError {
    pub fn status(&self) -> StatusCode {
        match self {
            WebError::NotFound => StatusCode::NOT_FOUND,
            WebError::Forbidden | WebError::Csrf => StatusCode::FORBIDDEN,
            WebError::SignInRequired => StatusCode::UNAUTHORIZED,
            WebError::BadRequest(_) => StatusCode::BAD_REQUEST,
            WebError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            WebError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The catalogue key of the message shown.
    pub fn key(&self) -> &'static str {
        match self {
            WebError::NotFound => "error-not-found",
            WebError::Forbidden => "error-forbidden",
            WebError::SignInRequired => "error-sign-in-required",
            WebError::BadRequest(key) => key,
            WebError::Csrf => "error-csrf",
            WebError::TooManyRequests { .. } => "error-too-many-requests",
            WebError::Internal(_) => "error-internal",
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        if let WebError::Internal(detail) = &self {
            tracing::error!("internal error: {detail}");
        }
        let mut res = self.status().into_response();
        if let WebError::TooManyRequests { retry_after_secs } = self {
            res.headers_mut().insert(axum::http::header::RETRY_AFTER, retry_after_secs.into());
        }
        res.extensions_mut().insert(ErrorPage { key: self.key() });
        res
    }
}

impl From<sea_orm::DbErr> for WebError {
    fn from(e: sea_orm::DbErr) -> Self {
        WebError::Internal(format!("database: {e}"))
    }
}

impl From<crate::crypto::CryptoError> for WebError {
    fn from(e: crate::crypto::CryptoError) -> Self {
        WebError::Internal(format!("crypto: {e}"))
    }
}

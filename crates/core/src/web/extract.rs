//! Form extraction that fails as a localized 400 page instead of axum's plain-text rejection.

use axum::extract::{FromRequest, Request};
use axum::Form;
use serde::de::DeserializeOwned;

use super::WebError;

pub struct ValidForm<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ValidForm<T> {
    type Rejection = WebError;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Form::<T>::from_request(req, state).await {
            Ok(Form(v)) => Ok(ValidForm(v)),
            Err(_) => Err(WebError::BadRequest("error-bad-form")),
        }
    }
}

/// The value of field `name` in a form read as a list of pairs (`""` when absent), for forms whose
/// fields repeat or are named after data (`issue`, `label-<lang>`, `q-<question>`).
pub fn form_field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

/// A record id from the URL; anything that is not one is a 404, like an id that does not exist.
pub fn parse_id(raw: &str) -> Result<i64, WebError> {
    raw.parse().map_err(|_| WebError::NotFound)
}

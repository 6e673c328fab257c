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

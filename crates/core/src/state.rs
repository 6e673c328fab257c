//! The application state every handler receives.

use std::ops::Deref;
use std::sync::Arc;

use crate::config::Config;
use crate::crypto::FieldCipher;
use crate::db::Db;
use crate::i18n::Catalog;
use crate::mail::Mailer;
use crate::metrics::Metrics;
use crate::web::assets::Assets;

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub config: Config,
    pub db: Db,
    pub i18n: Catalog,
    pub cipher: FieldCipher,
    pub mailer: Mailer,
    pub metrics: Metrics,
    pub assets: Assets,
    pub page_cache: crate::web::page_cache::PageCache,
    pub hits: crate::web::hits::HitCounter,
    /// Live events (new messages) for server-sent events, across processes on PostgreSQL.
    pub events: std::sync::Arc<crate::web::events::Hub>,
    /// The modules' entries on the secretariat dashboard (set when the router is built).
    pub admin_sections: std::sync::OnceLock<Vec<crate::web::AdminSection>>,
    pub hmac_key: Vec<u8>,
    /// Web push: VAPID identity and the client that talks to push services.
    pub push: crate::push::Pusher,
}

impl AppState {
    pub fn new(inner: Inner) -> Self {
        AppState(Arc::new(inner))
    }
}

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

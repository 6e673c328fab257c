//! Prometheus metrics at `/metrics`. Labels are route templates and status classes, never
//! addresses, ids or anything personal.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;
use std::sync::Mutex;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct HttpLabels {
    pub method: String,
    pub route: String,
    pub status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct LangLabels {
    pub lang: String,
}

pub struct Metrics {
    registry: Mutex<Registry>,
    pub http_requests: Family<HttpLabels, Counter>,
    pub http_duration: Histogram,
    pub i18n_fallbacks: Family<LangLabels, Counter>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("hiroba");
        let http_requests = Family::<HttpLabels, Counter>::default();
        let http_duration = Histogram::new(exponential_buckets(0.0005, 2.0, 16));
        let i18n_fallbacks = Family::<LangLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests by route template and status class",
            http_requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "Time to answer an HTTP request",
            http_duration.clone(),
        );
        registry.register(
            "i18n_fallbacks",
            "Messages shown in a fallback language because the reader's language lacked them",
            i18n_fallbacks.clone(),
        );
        Metrics { registry: Mutex::new(registry), http_requests, http_duration, i18n_fallbacks }
    }
}

impl Metrics {
    pub fn render(&self) -> String {
        let mut out = String::new();
        let reg = self.registry.lock().expect("metrics registry");
        prometheus_client::encoding::text::encode(&mut out, &reg).expect("encoding to a String");
        out
    }
}

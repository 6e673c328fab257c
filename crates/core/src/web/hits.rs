//! Counting page views without tracking readers: no cookie, no address, no identifier; only
//! "this page was shown once more today". Handlers attach a [`CountHit`] to their response; the
//! count is taken in memory (also when the page cache answers) and the module that owns the key
//! drains the counts into its table every few seconds ([`HitCounter::drain`]).

use std::collections::HashMap;
use std::sync::Mutex;

/// Response extension: count one view of this key (e.g. `article:12:my`).
#[derive(Clone, Debug)]
pub struct CountHit(pub String);

#[derive(Default)]
pub struct HitCounter {
    counts: Mutex<HashMap<String, u64>>,
}

impl HitCounter {
    pub fn record(&self, key: &str) {
        *self.counts.lock().expect("hit counter").entry(key.to_string()).or_default() += 1;
    }

    /// Take the counts whose key starts with `prefix`, leaving the others.
    pub fn drain(&self, prefix: &str) -> Vec<(String, u64)> {
        let mut counts = self.counts.lock().expect("hit counter");
        let keys: Vec<String> = counts.keys().filter(|k| k.starts_with(prefix)).cloned().collect();
        keys.into_iter().filter_map(|k| counts.remove(&k).map(|n| (k, n))).collect()
    }

    /// Put counts back (when writing them failed), so none are lost.
    pub fn restore(&self, items: Vec<(String, u64)>) {
        let mut counts = self.counts.lock().expect("hit counter");
        for (k, n) in items {
            *counts.entry(k).or_default() += n;
        }
    }
}

/// Record the [`CountHit`] of every response that carries one (fresh or from the page cache).
pub async fn count_hits(
    axum::extract::State(state): axum::extract::State<crate::AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let res = next.run(req).await;
    if let Some(hit) = res.extensions().get::<CountHit>() {
        state.hits.record(&hit.0);
    }
    res
}

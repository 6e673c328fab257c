//! Route registration with a declared policy. [`Routes`] is the only way modules add routes, and
//! each method takes a [`Policy`]: a route without a policy cannot be written. The collected
//! [`RouteSpec`]s drive the route × role matrix test.

use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{self, MethodRouter};
use axum::Router;
use std::collections::BTreeMap;

use super::middleware::{enforce_policy, require_language};
use crate::auth::Policy;
use crate::AppState;

#[derive(Clone, Debug)]
pub struct RouteSpec {
    pub method: Method,
    /// The axum path, e.g. `/{lang}/account/login`.
    pub path: String,
    pub policy: Policy,
}

/// A module's entry on the secretariat's dashboard.
#[derive(Clone, Debug)]
pub struct AdminSection {
    /// Message keys of its title and one-line description.
    pub title: &'static str,
    pub text: &'static str,
    /// Path after the language prefix, e.g. `/admin/portal`.
    pub path: &'static str,
}

#[derive(Default)]
pub struct Routes {
    methods: BTreeMap<String, MethodRouter<AppState>>,
    specs: Vec<RouteSpec>,
    sections: Vec<AdminSection>,
}

impl Routes {
    pub fn new() -> Self {
        Self::default()
    }

    fn add(mut self, method: Method, path: &str, policy: Policy, mr: MethodRouter<AppState>) -> Self {
        assert!(
            !self.specs.iter().any(|s| s.method == method && s.path == path),
            "route {method} {path} registered twice"
        );
        let mut guarded =
            mr.route_layer(axum::middleware::from_fn(move |req, next| enforce_policy(policy, req, next)));
        if path.starts_with("/{lang}/") {
            guarded = guarded.route_layer(axum::middleware::from_fn(require_language));
        }
        let entry = self.methods.remove(path).unwrap_or_default();
        self.methods.insert(path.to_string(), entry.merge(guarded));
        self.specs.push(RouteSpec { method, path: path.to_string(), policy });
        self
    }

    pub fn get<H, T>(self, path: &str, policy: Policy, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::GET, path, policy, routing::get(handler))
    }

    pub fn post<H, T>(self, path: &str, policy: Policy, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::POST, path, policy, routing::post(handler))
    }

    /// Put a link to the module's secretariat pages on the dashboard.
    pub fn admin_section(mut self, section: AdminSection) -> Self {
        self.sections.push(section);
        self
    }

    pub fn sections(&self) -> &[AdminSection] {
        &self.sections
    }

    /// A POST that takes a large body (a file upload): `limit` replaces the default body limit.
    pub fn post_upload<H, T>(self, path: &str, policy: Policy, limit: usize, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(
            Method::POST,
            path,
            policy,
            routing::post(handler).layer(axum::extract::DefaultBodyLimit::max(limit)),
        )
    }

    pub fn merge(mut self, other: Routes) -> Self {
        for spec in &other.specs {
            assert!(
                !self.specs.iter().any(|s| s.method == spec.method && s.path == spec.path),
                "route {} {} registered twice",
                spec.method,
                spec.path
            );
        }
        for (path, mr) in other.methods {
            let entry = self.methods.remove(&path).unwrap_or_default();
            self.methods.insert(path, entry.merge(mr));
        }
        self.specs.extend(other.specs);
        self.sections.extend(other.sections);
        self
    }

    pub fn specs(&self) -> &[RouteSpec] {
        &self.specs
    }

    pub fn into_router(self) -> Router<AppState> {
        self.methods
            .into_iter()
            .fold(Router::new(), |r, (path, mr)| r.route(&path, mr))
            .route_layer(axum::middleware::from_fn(tag_route))
    }
}

/// Copy the matched route template onto the response, so metrics and logs can name the route
/// without ever seeing the raw path (which may contain tokens).
async fn tag_route(req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    let matched = req.extensions().get::<axum::extract::MatchedPath>().cloned();
    let mut res = next.run(req).await;
    if let Some(m) = matched {
        res.extensions_mut().insert(m);
    }
    res
}

//! The request context: language, furigana, the signed-in user, CSRF token and session stage.
//! Built once per request by `middleware::context`, read by handlers and templates.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::audit::Actor;
use crate::auth::sessions::Session;
use crate::auth::{csrf, users::User, Role};
use crate::i18n::{self, ruby, Markup};
use crate::web::WebError;
use crate::AppState;

#[derive(Clone)]
pub struct CurrentUser {
    pub user: User,
    pub roles: Vec<Role>,
}

impl CurrentUser {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
    /// The audit actor, acting in the most privileged role held.
    pub fn actor(&self) -> Actor {
        let role = self.roles.iter().max().map(|r| r.as_str()).unwrap_or("none");
        Actor::user(self.user.id, role)
    }
}

pub struct LanguageLink {
    pub code: String,
    pub name: String,
    pub href: String,
    pub current: bool,
}

#[derive(Clone)]
pub struct Ctx {
    pub state: AppState,
    pub lang: String,
    pub dir: String,
    pub furigana: bool,
    /// The path after the language prefix, with its query (`/account/login?next=…`), so the
    /// language switcher keeps the reader on the same page.
    pub rest: String,
    /// Fully signed-in user (two-factor done where required).
    pub user: Option<CurrentUser>,
    /// Any session, including one waiting for its two-factor code.
    pub session: Option<Session>,
    pub(crate) csrf_binding: String,
    pub(crate) csrf_used: Arc<AtomicBool>,
    pub client: String,
    /// Whether the URL started with a language we serve (otherwise `lang` was negotiated).
    pub url_has_lang: bool,
}

impl Ctx {
    /// A message as HTML (furigana per the reader's choice; fallbacks marked).
    pub fn t(&self, key: &str) -> Markup {
        self.t_with(key, None)
    }

    pub fn t_args(&self, key: &str, pairs: &[(&str, &str)]) -> Markup {
        let a = i18n::args(pairs);
        self.t_with(key, Some(&a))
    }

    pub fn t_with(&self, key: &str, args: Option<&fluent_bundle::FluentArgs>) -> Markup {
        let tr = self.state.i18n.text(&self.lang, key, args);
        let html = ruby::to_html(&tr.text, self.furigana);
        match tr.fallback_from {
            None => Markup(html),
            Some(from) => {
                self.state
                    .metrics
                    .i18n_fallbacks
                    .get_or_create(&crate::metrics::LangLabels { lang: self.lang.clone() })
                    .inc();
                let lang_attr = if from == "none" { "und".to_string() } else { from };
                Markup(format!(
                    "<span class=\"i18n-fallback\" lang=\"{lang_attr}\" data-i18n-missing=\"{}\">{html}</span>",
                    key.replace('"', "")
                ))
            }
        }
    }

    /// The message `<prefix><suffix>` (e.g. `topic-` + `work`), for keys built from data.
    pub fn t_key(&self, prefix: &str, suffix: &str) -> Markup {
        self.t(&format!("{prefix}{suffix}"))
    }

    pub fn t_plain_key(&self, prefix: &str, suffix: &str) -> String {
        self.t_plain(&format!("{prefix}{suffix}"))
    }

    /// A message as plain text, for attributes and `<title>` (askama escapes it).
    pub fn t_plain(&self, key: &str) -> String {
        ruby::to_plain(&self.state.i18n.text(&self.lang, key, None).text)
    }

    pub fn t_plain_args(&self, key: &str, pairs: &[(&str, &str)]) -> String {
        let a = i18n::args(pairs);
        ruby::to_plain(&self.state.i18n.text(&self.lang, key, Some(&a)).text)
    }

    /// The CSRF token for forms on this page.
    pub fn csrf_token(&self) -> String {
        self.csrf_used.store(true, Ordering::Relaxed);
        csrf::token_for(&self.state.hmac_key, &self.csrf_binding)
    }

    pub fn csrf_field(&self) -> &'static str {
        csrf::FIELD
    }

    /// A link to `path` (starting with `/`) in the reader's language.
    pub fn href(&self, path: &str) -> String {
        format!("/{}{}", self.lang, path)
    }

    pub fn asset(&self, name: &str) -> String {
        self.state.assets.url(name)
    }

    pub fn language_links(&self) -> Vec<LanguageLink> {
        self.state
            .i18n
            .languages()
            .iter()
            .map(|l| LanguageLink {
                code: l.code.clone(),
                name: l.native_name.clone(),
                href: format!("/{}{}", l.code, self.rest),
                current: l.code == self.lang,
            })
            .collect()
    }

    pub fn is_japanese(&self) -> bool {
        self.lang == "ja"
    }

    pub fn signed_in(&self) -> bool {
        self.user.is_some()
    }

    pub fn display_name(&self) -> &str {
        self.user.as_ref().map(|u| u.user.display_name.as_str()).unwrap_or("")
    }

    pub fn has_role(&self, role: &str) -> bool {
        match (&self.user, role.parse::<Role>()) {
            (Some(u), Ok(r)) => u.has(r),
            _ => false,
        }
    }

    /// The secretariat sees untranslated messages outlined.
    pub fn shows_translation_gaps(&self) -> bool {
        self.has_role("secretariat")
    }

    pub fn actor(&self) -> Actor {
        self.user.as_ref().map(CurrentUser::actor).unwrap_or_else(Actor::anonymous)
    }

    /// A path in the same language, URL-encoded for a `next=` parameter.
    pub fn current_path_encoded(&self) -> String {
        percent_encoding::utf8_percent_encode(&self.href(&self.rest), percent_encoding::NON_ALPHANUMERIC)
            .to_string()
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or_else(|| WebError::Internal("request context missing".into()))
    }
}

/// Extracting a `CurrentUser` fails (to the login page) when nobody is signed in.
impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, s: &S) -> Result<Self, Self::Rejection> {
        let ctx = Ctx::from_request_parts(parts, s).await?;
        ctx.user.ok_or(WebError::SignInRequired)
    }
}

/// The capability to act as secretariat: only obtainable by a signed-in secretariat user.
pub struct SecretariatUser(pub CurrentUser);

impl<S: Send + Sync> FromRequestParts<S> for SecretariatUser {
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, s: &S) -> Result<Self, Self::Rejection> {
        let user = CurrentUser::from_request_parts(parts, s).await?;
        if user.has(Role::Secretariat) {
            Ok(SecretariatUser(user))
        } else {
            Err(WebError::Forbidden)
        }
    }
}

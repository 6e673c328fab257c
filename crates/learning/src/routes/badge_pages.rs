//! Badges: the public verification page, the credential as JSON, the key set, the certificate
//! PDF and revocation.

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use hiroba_core::i18n::Markup;
use hiroba_core::web::{form_field, render, see_other, Ctx, CurrentUser, ValidForm, WebError};

use super::texts;
use crate::badges::{self, Badge, Issuer};

pub(crate) fn issuer(ctx: &Ctx) -> Issuer {
    Issuer::derive(&ctx.state.hmac_key, &ctx.state.config.public_url)
}

#[derive(Template)]
#[template(path = "learning/badge.html")]
struct BadgePage<'a> {
    ctx: &'a Ctx,
    badge: Badge,
    /// The verified credential (`None`: the signature did not verify).
    credential: Option<serde_json::Value>,
    course_title: String,
    can_revoke: bool,
    pdf: bool,
}

impl BadgePage<'_> {
    fn subject(&self) -> String {
        self.credential
            .as_ref()
            .and_then(|c| c["credentialSubject"]["name"].as_str())
            .unwrap_or("")
            .to_string()
    }
}

/// The public verification page of a badge.
pub async fn badge_page(ctx: Ctx, Path((_, id)): Path<(String, String)>) -> Result<Response, WebError> {
    let badge = badges::find(&ctx.state.db, &id).await?.ok_or(WebError::NotFound)?;
    let credential = badges::verify(&badge.jwt, &issuer(&ctx).verifying_key()).ok();
    let course_title = crate::course(&ctx.state.db, &badge.course_id)
        .await?
        .map(|c| texts(&ctx, &c).0.course.title.clone())
        .unwrap_or_else(|| badge.course_id.clone());
    let can_revoke = ctx.has_role("secretariat");
    let pdf = ctx.state.config.chromium.is_some();
    Ok(render(&BadgePage { ctx: &ctx, badge, credential, course_title, can_revoke, pdf }))
}

/// The badge for machines: the credential, its JWT, its status and the key that signed it.
pub async fn badge_json(ctx: Ctx, Path((_, id)): Path<(String, String)>) -> Result<Response, WebError> {
    let badge = badges::find(&ctx.state.db, &id).await?.ok_or(WebError::NotFound)?;
    let issuer = issuer(&ctx);
    let credential = badges::verify(&badge.jwt, &issuer.verifying_key()).ok();
    let body = serde_json::json!({
        "status": if badge.revoked_at.is_some() { "revoked" } else if credential.is_some() { "valid" } else { "invalid" },
        "revokedAt": badge.revoked_at.map(|t| t.to_rfc3339()),
        "revocationReason": badge.revoked_reason,
        "jwt": badge.jwt,
        "credential": credential,
        "publicKeyJwk": issuer.jwk(),
    });
    Ok(axum::response::IntoResponse::into_response((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )))
}

/// The platform's public keys (JWK set), for verifiers.
pub async fn jwks(ctx: Ctx) -> Response {
    let body = serde_json::json!({ "keys": [issuer(&ctx).jwk()] });
    axum::response::IntoResponse::into_response((
        [(axum::http::header::CONTENT_TYPE, "application/jwk-set+json")],
        body.to_string(),
    ))
}

/// The secretariat revokes a badge (field `reason`); verification shows it from then on.
pub async fn revoke_badge(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let reason = form_field(&fields, "reason").trim();
    if reason.is_empty() {
        return Err(WebError::BadRequest("badge-reason-missing"));
    }
    if badges::find(&ctx.state.db, &id).await?.is_none() {
        return Err(WebError::NotFound);
    }
    badges::revoke(&ctx.state.db, &id, reason).await?;
    hiroba_core::audit::record(
        &ctx.state.db,
        &me.actor(),
        "learning.badge.revoke",
        &format!("badge:{id}"),
        reason,
    )
    .await?;
    Ok(see_other(&ctx.href(&format!("/badges/{id}"))))
}

#[derive(Template)]
#[template(path = "learning/certificate_pdf.html")]
struct CertificatePdf<'a> {
    ctx: &'a Ctx,
    badge: Badge,
    name: String,
    course_title: String,
    url: String,
    qr: Markup,
    css: &'static str,
}

/// The certificate's own stylesheet (Chromium prints a file: there is no server to fetch from).
const CERTIFICATE_CSS: &str = "@page{size:A4 landscape;margin:16mm}\
body{font-family:'Noto Sans','Noto Sans CJK JP','Noto Sans CJK SC','Noto Sans Myanmar',sans-serif;color:#111;margin:0}\
.certificate{border:6px double #0b5d4b;padding:12mm;text-align:center;min-height:120mm}\
.issuer{font-size:14pt;letter-spacing:.2em;color:#0b5d4b;margin:0}h1{font-size:30pt;margin:6mm 0}\
.name{font-size:28pt;font-weight:700;margin:8mm 0 4mm;line-height:1.6}.course{font-size:15pt;margin:0 0 4mm}\
.date{font-size:12pt}.verify{display:flex;gap:6mm;align-items:center;justify-content:center;margin-top:8mm;font-size:9pt;text-align:left}\
.qr svg{width:32mm;height:32mm}ruby rt{font-size:.5em}";

/// The certificate as a PDF, where the server has Chromium: the learner's name in whatever script
/// it is written, with the fonts embedded.
pub async fn certificate_pdf(ctx: Ctx, Path((_, id)): Path<(String, String)>) -> Result<Response, WebError> {
    let Some(chromium) = ctx.state.config.chromium.clone() else { return Err(WebError::NotFound) };
    let badge = badges::find(&ctx.state.db, &id).await?.ok_or(WebError::NotFound)?;
    let credential =
        badges::verify(&badge.jwt, &issuer(&ctx).verifying_key()).map_err(|_| WebError::NotFound)?;
    let name = credential["credentialSubject"]["name"].as_str().unwrap_or("").to_string();
    let course_title = crate::course(&ctx.state.db, &badge.course_id)
        .await?
        .map(|c| texts(&ctx, &c).0.course.title.clone())
        .unwrap_or_else(|| badge.course_id.clone());
    let url = format!("{}{}", ctx.state.config.public_url, ctx.href(&format!("/badges/{}", badge.id)));
    let qr = hiroba_core::auth::totp::qr_svg(&url).ok_or_else(|| WebError::Internal("QR code".into()))?;
    let file_name = format!("certificate-{}.pdf", badge.id);
    let html =
        CertificatePdf { ctx: &ctx, badge, name, course_title, url, qr: Markup(qr), css: CERTIFICATE_CSS }
            .render()
            .map_err(|e| WebError::Internal(format!("template: {e}")))?;
    let pdf = hiroba_core::web::pdf::print_html(&chromium, &html).await.map_err(WebError::Internal)?;
    Ok(axum::response::IntoResponse::into_response((
        [
            (axum::http::header::CONTENT_TYPE, "application/pdf".to_string()),
            (axum::http::header::CONTENT_DISPOSITION, format!("inline; filename=\"{file_name}\"")),
        ],
        pdf,
    )))
}

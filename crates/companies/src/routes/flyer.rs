//! A site's flyer: one printable page with the QR code of the Safety link, the worker code in
//! large type, and the promise that answers never reach the employer — in the workers' language
//! and in Japanese. The page's print stylesheet makes it one A4 sheet; printing it to PDF from the
//! browser gives the PDF.

use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Response;
use hiroba_core::i18n::Markup;
use hiroba_core::web::{render, Ctx, CurrentUser, WebError};
use serde::Deserialize;

use crate::chain;
use crate::routes::company::{access, parse_id};

#[derive(Deserialize)]
pub struct FlyerQuery {
    /// The workers' language; the flyer also says everything in Japanese.
    #[serde(default, rename = "for")]
    for_lang: String,
}

#[derive(Template)]
#[template(path = "companies/flyer.html")]
struct FlyerPage<'a> {
    ctx: &'a Ctx,
    /// (language, text dir) of the flyer's two columns: the workers' language, then Japanese.
    langs: Vec<(String, String)>,
    site: String,
    code: String,
    link: String,
    qr: Markup,
}

impl FlyerPage<'_> {
    /// A message in one of the flyer's languages (Japanese with furigana: it is read by workers).
    fn text(&self, lang: &str, key: &str) -> Markup {
        let tr = self.ctx.state.i18n.text(lang, key, None);
        Markup(hiroba_core::i18n::ruby::to_html(&tr.text, true))
    }
}

pub async fn flyer(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org, node)): Path<(String, String, String)>,
    Query(q): Query<FlyerQuery>,
) -> Result<Response, WebError> {
    let access = access(&ctx, &me, &org).await?;
    let node = parse_id(&node)?;
    let listed = chain::tree(&ctx.state.db, access.chain, access.root)
        .await?
        .into_iter()
        .find(|l| l.node.id == node)
        .ok_or(WebError::NotFound)?;
    let code = listed.code.ok_or(WebError::NotFound)?;
    let lang = if q.for_lang.is_empty() { ctx.lang.clone() } else { q.for_lang.clone() };
    let Some(language) = ctx.state.i18n.language(&lang) else {
        return Err(WebError::BadRequest("companies-language-unknown"));
    };
    let mut langs = vec![(language.code.clone(), language.dir.clone())];
    if lang != "ja" {
        langs.push(("ja".into(), "ltr".into()));
    }
    let link = format!("{}/{}/safety?site={}", ctx.state.config.public_url, lang, code);
    let qr = hiroba_core::auth::totp::qr_svg(&link).ok_or_else(|| WebError::Internal("QR code".into()))?;
    Ok(render(&FlyerPage {
        ctx: &ctx,
        langs,
        site: listed.node.name,
        code: chain::printed_code(&code),
        link,
        qr: Markup(qr),
    }))
}

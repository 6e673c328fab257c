//! A site's flyer: one printable page with the QR code of the Safety link, the worker code in
//! large type, and the promise that answers never reach the employer — in the workers' language
//! and in Japanese. The page's print stylesheet makes it one A4 sheet. Where the server has a
//! Chromium (`HIROBA_CHROMIUM`), `flyer.pdf` prints the same page to PDF on the server, with the
//! system's fonts (Noto covers every launch language, Burmese shaping included).

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use hiroba_core::i18n::Markup;
use hiroba_core::web::{render, Ctx, CurrentUser, WebError};
use serde::Deserialize;

use crate::chain;
use crate::routes::company::access;
use hiroba_core::web::parse_id;

#[derive(Deserialize)]
pub struct FlyerQuery {
    /// The workers' language; the flyer also says everything in Japanese.
    #[serde(default, rename = "for")]
    for_lang: String,
}

/// What both the page and the PDF show.
struct Flyer {
    /// (language, text dir) of the flyer's columns: the workers' language, then Japanese.
    langs: Vec<(String, String)>,
    site: String,
    code: String,
    link: String,
    qr: Markup,
}

#[derive(Template)]
#[template(path = "companies/flyer.html")]
struct FlyerPage<'a> {
    ctx: &'a Ctx,
    langs: Vec<(String, String)>,
    site: String,
    code: String,
    link: String,
    qr: Markup,
    pdf: bool,
    pdf_link: String,
}

#[derive(Template)]
#[template(path = "companies/flyer_pdf.html")]
struct FlyerPdf<'a> {
    ctx: &'a Ctx,
    langs: Vec<(String, String)>,
    site: String,
    code: String,
    link: String,
    qr: Markup,
    css: &'static str,
}

/// A message in one of the flyer's languages (Japanese with furigana: workers read it).
fn text(ctx: &Ctx, lang: &str, key: &str) -> Markup {
    let tr = ctx.state.i18n.text(lang, key, None);
    Markup(hiroba_core::i18n::ruby::to_html(&tr.text, true))
}

impl FlyerPage<'_> {
    fn text(&self, lang: &str, key: &str) -> Markup {
        text(self.ctx, lang, key)
    }
}

impl FlyerPdf<'_> {
    fn text(&self, lang: &str, key: &str) -> Markup {
        text(self.ctx, lang, key)
    }
}

/// The PDF's own stylesheet (a file printed by Chromium has no server to fetch one from).
const PDF_CSS: &str = "@page{size:A4;margin:14mm}\
body{font-family:'Noto Sans','Noto Sans CJK JP','Noto Sans Myanmar',sans-serif;color:#111;margin:0;font-size:12pt;line-height:1.5}\
h1{font-size:21pt;margin:0 0 4mm}ruby rt{font-size:.55em}\
.flyer-top{display:flex;gap:8mm;align-items:center;justify-content:space-between}\
.flyer-qr svg{width:62mm;height:62mm}\
.flyer-code{font:700 32pt/1.1 'DejaVu Sans Mono',monospace;letter-spacing:.08em;border:2px solid #111;padding:1mm 4mm;display:inline-block}\
.flyer-site{color:#444}.flyer-link{font-size:8.5pt;word-break:break-all}\
.flyer-cols{display:grid;grid-template-columns:1fr 1fr;gap:8mm;margin-top:4mm}\
.flyer-cols section{border-top:3px solid #0b5d4b}.flyer-promise{font-weight:700}";

async fn flyer_of(
    ctx: &Ctx,
    me: &CurrentUser,
    org: &str,
    node: &str,
    q: &FlyerQuery,
) -> Result<Flyer, WebError> {
    let access = access(ctx, me, org).await?;
    let node = parse_id(node)?;
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
    Ok(Flyer { langs, site: listed.node.name, code: chain::printed_code(&code), link, qr: Markup(qr) })
}

pub async fn flyer(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org, node)): Path<(String, String, String)>,
    Query(q): Query<FlyerQuery>,
) -> Result<Response, WebError> {
    let f = flyer_of(&ctx, &me, &org, &node, &q).await?;
    let pdf_link =
        format!("{}?for={}", ctx.href(&format!("/company/{org}/chain/{node}/flyer.pdf")), f.langs[0].0);
    Ok(render(&FlyerPage {
        ctx: &ctx,
        langs: f.langs,
        site: f.site,
        code: f.code,
        link: f.link,
        qr: f.qr,
        pdf: ctx.state.config.chromium.is_some(),
        pdf_link,
    }))
}

pub async fn flyer_pdf(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org, node)): Path<(String, String, String)>,
    Query(q): Query<FlyerQuery>,
) -> Result<Response, WebError> {
    let Some(chromium) = ctx.state.config.chromium.clone() else { return Err(WebError::NotFound) };
    let f = flyer_of(&ctx, &me, &org, &node, &q).await?;
    let file_name = format!("flyer-{}-{}.pdf", f.code, f.langs[0].0);
    let html = FlyerPdf {
        ctx: &ctx,
        langs: f.langs,
        site: f.site,
        code: f.code,
        link: f.link,
        qr: f.qr,
        css: PDF_CSS,
    }
    .render()
    .map_err(|e| WebError::Internal(format!("template: {e}")))?;
    let pdf = hiroba_core::web::pdf::print_html(&chromium, &html).await.map_err(WebError::Internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file_name}\"")),
        ],
        pdf,
    )
        .into_response())
}

//! Which messages each language still lacks (they are shown in English, then Japanese, meanwhile).

use askama::Template;
use axum::response::Response;
use hiroba_core::web::ctx::SecretariatUser;
use hiroba_core::web::{render, Ctx};

pub struct Gap {
    pub code: String,
    pub name: String,
    pub total: usize,
    pub missing: Vec<String>,
}

pub fn gaps(ctx: &Ctx) -> Vec<Gap> {
    let i18n = &ctx.state.i18n;
    let reference = i18n.keys("en").cloned().unwrap_or_default();
    i18n.languages()
        .iter()
        .map(|l| {
            let have = i18n.keys(&l.code).cloned().unwrap_or_default();
            Gap {
                code: l.code.clone(),
                name: l.native_name.clone(),
                total: reference.len(),
                missing: reference.difference(&have).cloned().collect(),
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "admin/translations.html")]
struct TranslationsPage<'a> {
    ctx: &'a Ctx,
    gaps: Vec<Gap>,
}

pub async fn page(ctx: Ctx, _: SecretariatUser) -> Response {
    let gaps = gaps(&ctx);
    render(&TranslationsPage { ctx: &ctx, gaps })
}

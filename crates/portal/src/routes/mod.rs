//! The portal's pages. Handlers are thin: they call `articles`, `search` or `views` and render.

pub mod edit;
pub mod feed;
pub mod media;
pub mod read;
pub mod search_page;
pub mod stats;

use hiroba_core::i18n::Markup;
use hiroba_core::web::Ctx;

use crate::articles::{self, Article, Translation};
use crate::markdown;

/// An article in a list: its title and summary in the reader's language, or a marked fallback.
pub struct Card {
    pub slug: String,
    pub title: Markup,
    pub summary: Markup,
    /// The language the card is written in.
    pub lang: String,
    pub fallback: bool,
    pub date: String,
}

pub fn card(ctx: &Ctx, article: &Article, translations: &[Translation]) -> Option<Card> {
    let (t, fallback) = articles::pick(article, translations, &ctx.lang)?;
    Some(Card {
        slug: article.slug.clone(),
        title: Markup(markdown::inline_html(&t.title, ctx.furigana)),
        summary: Markup(markdown::inline_html(&t.summary, ctx.furigana)),
        lang: t.lang.clone(),
        fallback: fallback.is_some(),
        date: article.published_at.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
    })
}

/// The native name of a language, for "shown in English" notices.
pub fn language_name(ctx: &Ctx, code: &str) -> String {
    ctx.state.i18n.language(code).map(|l| l.native_name.clone()).unwrap_or_else(|| code.to_string())
}

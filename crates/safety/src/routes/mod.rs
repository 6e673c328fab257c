//! Safety's pages: answering (intro, sections), the result, asking for help, and the
//! secretariat's bank editor.

pub mod admin;
pub mod answer;
pub mod result;

use crate::bank::{Bank, Question};
use hiroba_core::i18n::Markup;
use hiroba_core::web::Ctx;

/// A question as shown in a form or a preview: its texts in the reader's language (or a marked
/// fallback), its choices and the current answer.
pub struct ShownQuestion {
    pub id: String,
    pub kind: String,
    pub unit: Option<String>,
    pub text: Markup,
    pub hint: Option<Markup>,
    pub fallback: bool,
    /// (choice id, label) — for `choice` and `prefecture`.
    pub choices: Vec<(String, String)>,
    pub value: String,
    pub error: Option<&'static str>,
    pub optional: bool,
    /// The recording of the question in the reader's language, if there is one.
    pub audio: Option<String>,
}

pub fn show(
    ctx: &Ctx,
    bank: &Bank,
    q: &Question,
    value: &str,
    error: Option<&'static str>,
    audio: &std::collections::BTreeSet<String>,
) -> ShownQuestion {
    let (t, fallback) = bank.text(&ctx.lang, &q.id);
    let choices = match q.kind.as_str() {
        "choice" => q
            .choices
            .iter()
            .map(|c| {
                let label = t
                    .choices
                    .get(c)
                    .cloned()
                    .or_else(|| bank.text("en", &q.id).0.choices.get(c).cloned())
                    .unwrap_or_else(|| c.clone());
                (c.clone(), hiroba_core::markdown::strip_ruby(&label))
            })
            .collect(),
        "prefecture" => crate::minimum_wage::PREFECTURES
            .iter()
            .map(|p| {
                let label = if ctx.lang == "ja" {
                    p.name_ja.clone()
                } else {
                    format!("{} ({})", p.name_en, p.name_ja)
                };
                (p.code.clone(), label)
            })
            .collect(),
        _ => vec![],
    };
    ShownQuestion {
        id: q.id.clone(),
        kind: q.kind.clone(),
        unit: q.unit.clone(),
        text: Markup(hiroba_core::markdown::inline_html(&t.text, ctx.furigana)),
        hint: t.hint.as_deref().map(|h| Markup(hiroba_core::markdown::inline_html(h, ctx.furigana))),
        fallback,
        choices,
        value: value.to_string(),
        error,
        optional: q.optional,
        audio: audio.contains(&q.id).then(|| format!("/media/safety-audio/{}/{}", q.id, ctx.lang)),
    }
}

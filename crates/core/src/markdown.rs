//! Markdown with furigana (article bodies, lessons, newsletters, good practices), rendered to
//! sanitised HTML.
//!
//! Authors write ruby as `{漢字|かんじ}`. It becomes `<ruby>` (or the bare base text when the reader
//! has turned furigana off) before Markdown is rendered by pulldown-cmark; the result then goes
//! through ammonia, an allow-list HTML sanitiser, so no author can inject script, event handlers,
//! `javascript:` links, styles or frames, whatever they type.

use crate::i18n::ruby::{self, escape_html};
use pulldown_cmark::{html, Event, Options, Parser, Tag, TagEnd, TextMergeStream};
use std::collections::HashSet;
use std::sync::LazyLock;

/// Plain text of a title or summary without the ruby markers (for `<title>`, feeds, search).
pub fn strip_ruby(text: &str) -> String {
    ruby::to_plain_with(text, ruby::BRACES)
}

/// Escaped HTML of plain text, with `{base|reading}` turned into ruby (or the base alone when
/// the reader has turned furigana off). Used for titles, summaries and the text of bodies.
pub fn inline_html(text: &str, furigana: bool) -> String {
    ruby::to_html_with(text, furigana, ruby::BRACES)
}

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let tags: HashSet<&str> = [
        "p",
        "br",
        "h2",
        "h3",
        "h4",
        "ul",
        "ol",
        "li",
        "strong",
        "em",
        "a",
        "blockquote",
        "code",
        "pre",
        "hr",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "ruby",
        "rt",
        "rp",
        "del",
        "img",
        "figure",
    ]
    .into_iter()
    .collect();
    let mut b = ammonia::Builder::default();
    b.tags(tags)
        .add_tag_attributes("img", ["src", "srcset", "sizes", "alt", "loading", "decoding"])
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"))
        .clean_content_tags(["script", "style"].into_iter().collect());
    b
});

/// A responsive image uploaded to the portal (`![alt](media:ID)` in Markdown).
fn media_image(id: &str, alt: &str) -> String {
    let mut alt_html = String::new();
    escape_html(alt, &mut alt_html);
    let src = |w: u32| format!("/media/images/{id}/{w}");
    format!(
        "<figure><img src=\"{}\" srcset=\"{} 320w, {} 640w, {} 1024w\" sizes=\"(min-width: 46rem) 44rem, 100vw\" alt=\"{alt_html}\" loading=\"lazy\" decoding=\"async\"></figure>",
        src(640),
        src(320),
        src(640),
        src(1024)
    )
}

/// Render an article body to sanitised HTML.
///
/// Authors write Markdown, not HTML: raw HTML in the source is dropped, images are only the
/// portal's own uploads (`media:ID`), ruby is expanded inside text, and the result still goes
/// through ammonia as a second line of defence.
pub fn render(body: &str, furigana: bool) -> String {
    let parser =
        TextMergeStream::new(Parser::new_ext(body, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH));
    let mut events: Vec<Event> = Vec::new();
    let mut image: Option<(String, String)> = None;
    for ev in parser {
        match ev {
            Event::Html(_) | Event::InlineHtml(_) => {}
            Event::Start(Tag::Image { dest_url, .. }) => {
                image = Some((
                    dest_url.strip_prefix("media:").filter(|id| is_media_id(id)).unwrap_or("").to_string(),
                    String::new(),
                ));
            }
            Event::End(TagEnd::Image) => {
                if let Some((id, alt)) = image.take() {
                    if !id.is_empty() {
                        events.push(Event::Html(media_image(&id, &alt).into()));
                    }
                }
            }
            Event::Text(t) if image.is_some() => {
                if let Some((_, alt)) = image.as_mut() {
                    alt.push_str(&t);
                }
            }
            Event::Text(t) => events.push(Event::Html(inline_html(&t, furigana).into())),
            other if image.is_some() => drop(other),
            other => events.push(other),
        }
    }
    let mut raw = String::with_capacity(body.len() * 2);
    html::push_html(&mut raw, events.into_iter());
    SANITIZER.clean(&raw).to_string()
}

/// Media ids are the random tokens [`crate::media`] makes: URL-safe base64 characters.
pub fn is_media_id(id: &str) -> bool {
    (8..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The plain text of a body, for search and feeds.
pub fn plain_text(body: &str) -> String {
    let html = render(body, false);
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ruby_is_rendered_or_dropped() {
        let md = "{日本|にほん}で{働|はたら}く";
        assert_eq!(render(md, true), "<p><ruby>日本<rp>(</rp><rt>にほん</rt><rp>)</rp></ruby>で<ruby>働<rp>(</rp><rt>はたら</rt><rp>)</rp></ruby>く</p>\n");
        assert_eq!(render(md, false), "<p>日本で働く</p>\n");
        assert_eq!(strip_ruby("{残業|ざんぎょう}代"), "残業代");
    }

    #[test]
    fn script_event_handlers_and_javascript_links_are_neutralised() {
        let evil = "Hi <script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) \
                    <a href=\"javascript:alert(4)\" onclick=\"x()\">a</a> <iframe src=//x></iframe> <b style=\"x\">b</b> \
                    {<script>|x}";
        let out = render(evil, true);
        for bad in ["<script", "onerror", "javascript:", "onclick", "<iframe", "style=", "<img"] {
            assert!(!out.contains(bad), "{bad} survived: {out}");
        }
        assert!(!out.contains("<ruby>"), "HTML in a ruby base is dropped with the rest: {out}");
    }

    #[test]
    fn only_uploaded_images_are_shown() {
        let out = render("![A map](media:abcdefgh12) ![x](https://tracker.example/p.gif)", true);
        assert!(out.contains("srcset=\"/media/images/abcdefgh12/320 320w"), "{out}");
        assert!(out.contains("alt=\"A map\""));
        assert!(!out.contains("tracker.example"));
    }

    #[test]
    fn links_and_lists_survive() {
        let out = render("## Title\n\n- one\n- [two](/en/articles/paid-leave)\n", true);
        assert!(out.contains("<h2>Title</h2>"));
        assert!(out.contains("<a href=\"/en/articles/paid-leave\" rel=\"noopener noreferrer\">two</a>"));
    }

    #[test]
    fn inline_titles_are_escaped_with_ruby() {
        assert_eq!(
            inline_html("<b>{休|やす}み</b>", true),
            "&lt;b&gt;<ruby>休<rp>(</rp><rt>やす</rt><rp>)</rp></ruby>み&lt;/b&gt;"
        );
        assert_eq!(inline_html("A & B", false), "A &amp; B");
    }
}

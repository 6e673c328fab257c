//! Furigana for simple Japanese.
//!
//! Messages write ruby as `[漢字|かんじ]`. [`to_html`] escapes the text and turns each marker into
//! `<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>`, or into the bare base text when the reader
//! has turned furigana off. [`to_plain`] gives the base text for attributes and mail subjects.
//!
//! Portal articles write the same markers with braces, `{漢字|かんじ}` (square brackets are
//! Markdown's); [`to_html_with`] and [`to_plain_with`] take the delimiters.

use std::fmt::Write;

/// The characters around a ruby marker.
#[derive(Clone, Copy)]
pub struct Markers {
    pub open: char,
    pub close: char,
}

/// `[漢字|かんじ]`, in Fluent catalogues (braces are Fluent syntax there).
pub const BRACKETS: Markers = Markers { open: '[', close: ']' };
/// `{漢字|かんじ}`, in Markdown (brackets are link syntax there).
pub const BRACES: Markers = Markers { open: '{', close: '}' };

enum Piece<'a> {
    Text(&'a str),
    Ruby { base: &'a str, reading: &'a str },
}

fn pieces(s: &str, m: Markers) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(open) = rest.find(m.open) {
        let after = &rest[open + 1..];
        let Some(close) = after.find(m.close) else { break };
        let inner = &after[..close];
        match inner.split_once('|') {
            Some((base, reading))
                if !base.is_empty() && !reading.is_empty() && !inner.contains([m.open, '\n']) =>
            {
                out.push(Piece::Text(&rest[..open]));
                out.push(Piece::Ruby { base, reading });
                rest = &after[close + 1..];
            }
            _ => {
                out.push(Piece::Text(&rest[..open + 1]));
                rest = after;
            }
        }
    }
    out.push(Piece::Text(rest));
    out
}

pub fn escape_html(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// Escaped HTML with `<ruby>` (furigana on) or base text only (furigana off).
pub fn to_html(s: &str, furigana: bool) -> String {
    to_html_with(s, furigana, BRACKETS)
}

pub fn to_html_with(s: &str, furigana: bool, markers: Markers) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for p in pieces(s, markers) {
        match p {
            Piece::Text(t) => escape_html(t, &mut out),
            Piece::Ruby { base, reading } if furigana => {
                out.push_str("<ruby>");
                escape_html(base, &mut out);
                out.push_str("<rp>(</rp><rt>");
                escape_html(reading, &mut out);
                out.push_str("</rt><rp>)</rp></ruby>");
            }
            Piece::Ruby { base, .. } => escape_html(base, &mut out),
        }
    }
    out
}

/// Plain text without furigana (for attributes, titles and mail subjects).
pub fn to_plain(s: &str) -> String {
    to_plain_with(s, BRACKETS)
}

pub fn to_plain_with(s: &str, markers: Markers) -> String {
    let mut out = String::with_capacity(s.len());
    for p in pieces(s, markers) {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Ruby { base, .. } => out.push_str(base),
        }
    }
    out
}

/// Plain text with readings in brackets, for plain-text mail: `漢字(かんじ)`.
pub fn to_plain_with_readings(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for p in pieces(s, BRACKETS) {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Ruby { base, reading } => {
                let _ = write!(out, "{base}({reading})");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ruby_on_and_off() {
        let s = "[日本|にほん]で[働|はたら]く";
        assert_eq!(
            to_html(s, true),
            "<ruby>日本<rp>(</rp><rt>にほん</rt><rp>)</rp></ruby>で<ruby>働<rp>(</rp><rt>はたら</rt><rp>)</rp></ruby>く"
        );
        assert_eq!(to_html(s, false), "日本で働く");
        assert_eq!(to_plain(s), "日本で働く");
        assert_eq!(to_plain_with_readings(s), "日本(にほん)で働(はたら)く");
    }

    #[test]
    fn text_is_escaped_and_stray_brackets_survive() {
        assert_eq!(to_html("<b>[x] a|b [", true), "&lt;b&gt;[x] a|b [");
        assert_eq!(to_html("[<i>|x]", true), "<ruby>&lt;i&gt;<rp>(</rp><rt>x</rt><rp>)</rp></ruby>");
    }
}

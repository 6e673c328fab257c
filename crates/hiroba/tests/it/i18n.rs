//! Nine languages from the first page: complete catalogues, no text outside them, the right
//! language for each reader, furigana that can be turned off.

use axum::http::StatusCode;
use hiroba_core::config::DEFAULT_LANGUAGES;
use hiroba_testkit::db_test;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn files_with_ext(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                files_with_ext(&p, ext, out);
            } else if p.extension().is_some_and(|x| x == ext) {
                out.push(p);
            }
        }
    }
}

fn templates() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for krate in std::fs::read_dir(workspace()).unwrap().flatten() {
        files_with_ext(&krate.path().join("templates"), "html", &mut out);
    }
    assert!(out.len() >= 10, "templates not found");
    out
}

/// Remove `open … close` spans from `s`.
fn strip(s: &str, open: &str, close: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find(open) {
        out.push_str(&rest[..i]);
        match rest[i + open.len()..].find(close) {
            Some(j) => rest = &rest[i + open.len() + j + close.len()..],
            None => {
                rest = "";
                break;
            }
        }
        out.push(' ');
    }
    out.push_str(rest);
    out
}

#[tokio::test]
async fn every_catalogue_has_every_key() {
    let app = crate::app(hiroba_testkit::Backend::Sqlite).await;
    let i18n = &app.state.i18n;
    let en = i18n.keys("en").unwrap().clone();
    let mut problems = Vec::new();
    for lang in DEFAULT_LANGUAGES {
        let have = i18n.keys(lang).unwrap_or_else(|| panic!("no catalogue for {lang}"));
        let missing: Vec<_> = en.difference(have).collect();
        let extra: Vec<_> = have.difference(&en).collect();
        if !missing.is_empty() {
            problems.push(format!("{lang} lacks {missing:?}"));
        }
        if !extra.is_empty() {
            problems.push(format!("{lang} has keys English lacks: {extra:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn every_key_a_template_uses_exists_in_english() {
    let app = crate::app(hiroba_testkit::Backend::Sqlite).await;
    let en = app.state.i18n.keys("en").unwrap();
    let mut missing = BTreeSet::new();
    for path in templates() {
        let text = std::fs::read_to_string(&path).unwrap();
        for call in [".t(\"", ".t_plain(\"", ".t_args(\""] {
            for piece in text.split(call).skip(1) {
                let key = piece.split('"').next().unwrap();
                if !en.contains(key) {
                    missing.insert(format!("{}: {key}", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "keys used but not in the English catalogue: {missing:?}");
}

#[test]
fn templates_hold_no_user_facing_text_outside_the_catalogue() {
    let attr_names = ["alt=\"", "title=\"", "placeholder=\"", "aria-label=\"", "label=\""];
    let mut problems = Vec::new();
    for path in templates() {
        let raw = std::fs::read_to_string(&path).unwrap();
        let no_code = strip(&strip(&strip(&raw, "{#", "#}"), "{%", "%}"), "{{", "}}");
        for attr in attr_names {
            for piece in no_code.split(attr).skip(1) {
                let value = piece.split('"').next().unwrap_or("");
                if value.chars().any(char::is_alphabetic) {
                    problems.push(format!("{}: literal {attr}{value}\"", path.display()));
                }
            }
        }
        let text = strip(&strip(&no_code, "<", ">"), "&", ";");
        let words: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if words.chars().any(char::is_alphabetic) {
            problems.push(format!("{}: literal text {words:?}", path.display()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

db_test!(the_root_redirects_by_cookie_then_accept_language, |backend| async move {
    let app = crate::app(backend).await;
    let c = app.client();
    let res = c.get_with("/", &[("accept-language", "my-MM,my;q=0.9,en;q=0.5")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.location(), Some("/my/"));
    let res = c.get_with("/", &[("accept-language", "fr-FR")]).await;
    assert_eq!(res.location(), Some("/en/"), "English when nothing matches");
    // Reading a page in Vietnamese remembers the choice.
    c.get("/vi/").await;
    let res = c.get_with("/", &[("accept-language", "ja")]).await;
    assert_eq!(res.location(), Some("/vi/"));
});

db_test!(
    every_language_has_its_home_page_with_lang_and_a_switcher_that_keeps_the_page,
    |backend| async move {
        let app = crate::app(backend).await;
        let c = app.client();
        for lang in DEFAULT_LANGUAGES {
            let res = c.get(&format!("/{lang}/account/login")).await;
            assert_eq!(res.status, StatusCode::OK, "{lang}");
            assert!(res.body.contains(&format!("<html lang=\"{lang}\" dir=\"ltr\">")), "{lang}");
            for other in DEFAULT_LANGUAGES {
                assert!(
                    res.body.contains(&format!("href=\"/{other}/account/login\" hreflang=\"{other}\"")),
                    "{lang} → {other}"
                );
            }
            assert!(!res.body.contains("i18n-fallback"), "{lang}: untranslated message on the login page");
            let home = c.get(&format!("/{lang}/")).await;
            assert_eq!(home.status, StatusCode::OK);
            assert!(!home.body.contains("i18n-fallback"), "{lang}: untranslated message on the home page");
        }
        let burmese = c.get("/my/").await;
        assert!(burmese.body.contains("မြန်မာ"));
    }
);

db_test!(simple_japanese_shows_furigana_until_the_reader_turns_it_off, |backend| async move {
    let app = crate::app(backend).await;
    let c = app.client();
    let page = c.get("/ja/").await;
    assert!(page.body.contains("<ruby>"), "furigana on by default");
    assert!(page.body.contains("id=\"furigana-toggle\""));
    let off = c.get("/ja/furigana?show=off&next=%2Fja%2Faccount%2Flogin").await;
    assert_eq!(off.status, StatusCode::SEE_OTHER);
    assert_eq!(off.location(), Some("/ja/account/login"));
    let page = c.get("/ja/").await;
    assert!(!page.body.contains("<ruby>"), "furigana off");
    c.get("/ja/furigana?show=on").await;
    assert!(c.get("/ja/").await.body.contains("<ruby>"));
    let bad = c.get("/ja/furigana?show=sideways").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
});

db_test!(a_missing_message_falls_back_to_english_marked_for_the_secretariat, |backend| async move {
    let app = crate::app(backend).await;
    let (c, _) = app.signed_in(&[hiroba_core::auth::Role::Worker]).await;
    let ctx_lang = "my";
    let tr = app.state.i18n.text(ctx_lang, "home-title", None);
    assert!(tr.fallback_from.is_none());
    let tr = app.state.i18n.text(ctx_lang, "no-such-key-anywhere", None);
    assert_eq!(tr.fallback_from.as_deref(), Some("none"));
    let _ = c;
    let (sec, _) = app.signed_in(&[hiroba_core::auth::Role::Secretariat]).await;
    let page = sec.get("/my/admin/translations").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("class=\"show-i18n-gaps\""));
});

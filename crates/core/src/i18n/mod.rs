//! Languages and messages.
//!
//! Every user-facing string comes from a Project Fluent catalogue. Each module embeds its own
//! `locales/<lang>/<module>.ftl` files; [`Catalog`] merges them per language. The languages served
//! are a setting (`languages`), and each language describes itself in its catalogue
//! (`language-name`, `language-dir`), so a tenth language is a new folder of `.ftl` files and one
//! line of settings, with no code change.
//!
//! A message missing in the reader's language falls back to English, then Japanese; the fallback
//! is rendered inside `<span class="i18n-fallback">` so the secretariat sees what is untranslated.
//!
//! Simple Japanese carries furigana written as `[漢字|かんじ]` inside messages; see [`ruby`].

pub mod negotiate;
pub mod ruby;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::Dir;
use std::collections::{BTreeSet, HashMap};
use std::fmt;
use unic_langid::LanguageIdentifier;

pub const FALLBACKS: [&str; 2] = ["en", "ja"];

/// HTML that is already escaped and safe to insert as is.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Markup(pub String);

impl fmt::Display for Markup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl askama::filters::HtmlSafe for Markup {}

impl Markup {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A language the platform serves.
#[derive(Clone, Debug)]
pub struct Language {
    /// The URL prefix and BCP 47 tag, e.g. `zh-Hans`.
    pub code: String,
    /// The language's own name for itself, e.g. `မြန်မာ`.
    pub native_name: String,
    /// `ltr` or `rtl`.
    pub dir: String,
}

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("language {0:?} is in the settings but no catalogue folder locales/{0}/ exists")]
    NoCatalogue(String),
    #[error("{file}: Fluent syntax error: {detail}")]
    Syntax { file: String, detail: String },
    #[error("{file}: message {key:?} is defined twice")]
    Duplicate { file: String, key: String },
    #[error("language {lang}: {key} must be set in the catalogue")]
    Meta { lang: String, key: &'static str },
    #[error("language tag {0:?} is not valid BCP 47")]
    Tag(String),
}

struct LangCatalog {
    bundle: FluentBundle<FluentResource>,
    keys: BTreeSet<String>,
}

pub struct Catalog {
    languages: Vec<Language>,
    by_code: HashMap<String, LangCatalog>,
}

/// One translated message, with the language it actually came from.
pub struct Translated {
    pub text: String,
    /// `Some(lang)` when the reader's language lacked the message.
    pub fallback_from: Option<String>,
}

impl Catalog {
    /// Build the catalogue of `languages` from the modules' embedded `locales` folders.
    pub fn load(languages: &[String], sources: &[&Dir<'static>]) -> Result<Self, I18nError> {
        let mut by_code = HashMap::new();
        let mut wanted: Vec<String> = languages.to_vec();
        for f in FALLBACKS {
            if !wanted.iter().any(|l| l == f) {
                wanted.push(f.to_string());
            }
        }
        for code in &wanted {
            let langid: LanguageIdentifier = code.parse().map_err(|_| I18nError::Tag(code.clone()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Isolation marks (U+2068/2069) would end up inside attributes and mails; all nine
            // launch languages are left-to-right, and placeables hold plain text.
            bundle.set_use_isolating(false);
            let mut keys = BTreeSet::new();
            let mut found = false;
            for dir in sources {
                let Some(lang_dir) = dir.get_dir(code.as_str()) else {
                    continue;
                };
                found = true;
                let mut files: Vec<_> = lang_dir.files().collect();
                files.sort_by_key(|f| f.path());
                for file in files {
                    let name = file.path().display().to_string();
                    let text = file.contents_utf8().unwrap_or_default().to_string();
                    let res = FluentResource::try_new(text).map_err(|(_, errs)| I18nError::Syntax {
                        file: name.clone(),
                        detail: format!("{errs:?}"),
                    })?;
                    for entry in res.entries() {
                        if let fluent_syntax::ast::Entry::Message(m) = entry {
                            if !keys.insert(m.id.name.to_string()) {
                                return Err(I18nError::Duplicate {
                                    file: name.clone(),
                                    key: m.id.name.to_string(),
                                });
                            }
                        }
                    }
                    bundle
                        .add_resource(res)
                        .map_err(|e| I18nError::Syntax { file: name, detail: format!("{e:?}") })?;
                }
            }
            if !found {
                return Err(I18nError::NoCatalogue(code.clone()));
            }
            by_code.insert(code.clone(), LangCatalog { bundle, keys });
        }
        let mut langs = Vec::new();
        for code in languages {
            let meta = |key: &'static str| -> Result<String, I18nError> {
                let c = &by_code[code];
                let msg = c
                    .bundle
                    .get_message(key)
                    .and_then(|m| m.value())
                    .ok_or(I18nError::Meta { lang: code.clone(), key })?;
                let mut errs = vec![];
                Ok(c.bundle.format_pattern(msg, None, &mut errs).into_owned())
            };
            let dir = meta("language-dir")?;
            if dir != "ltr" && dir != "rtl" {
                return Err(I18nError::Meta { lang: code.clone(), key: "language-dir" });
            }
            langs.push(Language { code: code.clone(), native_name: meta("language-name")?, dir });
        }
        Ok(Catalog { languages: langs, by_code })
    }

    /// The languages served, in settings order.
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// Every message key of a language (for the completeness test and the secretariat's gaps page).
    pub fn keys(&self, code: &str) -> Option<&BTreeSet<String>> {
        self.by_code.get(code).map(|c| &c.keys)
    }

    /// Look a message up in `lang`, then English, then Japanese. A key found nowhere comes back as
    /// itself, so a page never breaks over a missing message.
    pub fn text(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> Translated {
        let mut chain = vec![lang];
        chain.extend(FALLBACKS.iter().filter(|f| **f != lang));
        for (i, code) in chain.iter().enumerate() {
            let Some(c) = self.by_code.get(*code) else {
                continue;
            };
            if let Some(pattern) = c.bundle.get_message(key).and_then(|m| m.value()) {
                let mut errs = vec![];
                let text = c.bundle.format_pattern(pattern, args, &mut errs).into_owned();
                if !errs.is_empty() {
                    tracing::warn!(key, lang = code, "Fluent formatting error: {errs:?}");
                }
                return Translated { text, fallback_from: (i > 0).then(|| code.to_string()) };
            }
        }
        tracing::warn!(key, lang, "message missing in every catalogue");
        Translated { text: key.to_string(), fallback_from: Some("none".into()) }
    }
}

/// Arguments for a message: `args(&[("name", "Aung")])`.
pub fn args<'a>(pairs: &[(&'a str, &'a str)]) -> FluentArgs<'a> {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(*k, FluentValue::from(*v));
    }
    a
}

/// Numeric argument (Fluent chooses plural forms from numbers, not strings).
pub fn num_arg<'a>(args: &mut FluentArgs<'a>, key: &'a str, n: i64) {
    args.set(key, FluentValue::from(n));
}

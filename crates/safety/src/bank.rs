//! The question bank: versioned data, never code.
//!
//! A bank version is a folder `banks/<version>/` with `bank.toml` (sections, questions, answer
//! kinds, flag rules, severity, ILO indicators, the Japanese rule, the portal article) and one
//! `<lang>.toml` of texts per language. The same content can be uploaded as one bundle file
//! (`bank.toml` plus `[texts.<lang>]` tables). [`validate`] checks a bank before it is stored;
//! responses record the version they were answered in, so editing a bank never changes the
//! meaning of an old answer.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The eleven ILO indicators of forced labour; message keys `indicator-<id>`.
pub const INDICATORS: [&str; 11] = [
    "abuse-of-vulnerability",
    "deception",
    "restriction-of-movement",
    "isolation",
    "physical-sexual-violence",
    "intimidation-threats",
    "retention-of-documents",
    "withholding-of-wages",
    "debt-bondage",
    "abusive-conditions",
    "excessive-overtime",
];

pub const SEVERITIES: [&str; 3] = ["violation", "forced-labour", "advice"];

/// The question whose "yes" asks Assist to contact the worker.
pub const WANTS_HELP: &str = "wants-help";

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(tag = "when", rename_all = "kebab-case")]
pub enum Flag {
    Yes,
    No,
    OneOf { choices: Vec<String> },
    Above { value: f64 },
    AtLeast { value: f64 },
    Below { value: f64 },
    BelowMinimumWage { prefecture: String },
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Question {
    pub id: String,
    pub section: String,
    /// `yes-no`, `choice`, `number` or `prefecture`.
    pub kind: String,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
    #[serde(default)]
    pub choices: Vec<String>,
    #[serde(default)]
    pub flag: Option<Flag>,
    #[serde(default)]
    pub severity: Option<String>,
    #[serde(default)]
    pub indicators: Vec<String>,
    #[serde(default)]
    pub law: Option<String>,
    #[serde(default)]
    pub article: Option<String>,
    #[serde(default)]
    pub optional: bool,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct QuestionText {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub hint: Option<String>,
    #[serde(default)]
    pub explanation: Option<String>,
    #[serde(default)]
    pub choices: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Texts {
    #[serde(default)]
    pub sections: BTreeMap<String, String>,
    #[serde(default)]
    pub question: BTreeMap<String, QuestionText>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Bank {
    pub version: String,
    pub sections: Vec<String>,
    #[serde(rename = "question")]
    pub questions: Vec<Question>,
    /// Texts per language.
    #[serde(default)]
    pub texts: BTreeMap<String, Texts>,
}

#[derive(Debug, thiserror::Error)]
pub enum BankError {
    #[error("{0}: {1}")]
    Parse(String, String),
}

impl Bank {
    /// Parse a bank from its structure file and its language files.
    pub fn from_parts(structure: &str, texts: &[(String, String)]) -> Result<Bank, BankError> {
        let mut bank: Bank =
            toml::from_str(structure).map_err(|e| BankError::Parse("bank.toml".into(), e.to_string()))?;
        for (lang, text) in texts {
            let t: Texts =
                toml::from_str(text).map_err(|e| BankError::Parse(format!("{lang}.toml"), e.to_string()))?;
            bank.texts.insert(lang.clone(), t);
        }
        Ok(bank)
    }

    /// Parse an uploaded bundle (the structure plus `[texts.<lang>]` tables in one file).
    pub fn from_bundle(bundle: &str) -> Result<Bank, BankError> {
        toml::from_str(bundle).map_err(|e| BankError::Parse("bundle".into(), e.to_string()))
    }

    pub fn to_bundle(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn section_questions<'a>(&'a self, section: &'a str) -> impl Iterator<Item = &'a Question> + 'a {
        self.questions.iter().filter(move |q| q.section == section)
    }

    /// The text of a question in `lang`, falling back to English then Japanese.
    pub fn text(&self, lang: &str, id: &str) -> (QuestionText, bool) {
        for (i, l) in [lang, "en", "ja"].iter().enumerate() {
            if let Some(t) = self.texts.get(*l).and_then(|t| t.question.get(id)) {
                if !t.text.is_empty() {
                    return (t.clone(), i > 0);
                }
            }
        }
        (QuestionText::default(), true)
    }

    pub fn section_title(&self, lang: &str, id: &str) -> String {
        [lang, "en", "ja"]
            .iter()
            .find_map(|l| self.texts.get(*l).and_then(|t| t.sections.get(id)).cloned())
            .unwrap_or_else(|| id.to_string())
    }
}

/// What [`validate`] found: errors stop a bank from being published; warnings do not.
#[derive(Debug, Default, Clone)]
pub struct Report {
    pub errors: Vec<String>,
    /// Texts missing per language: (language, question or section id).
    pub missing: Vec<(String, String)>,
}

impl Report {
    pub fn ok(&self) -> bool {
        self.errors.is_empty() && self.missing.is_empty()
    }
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Check a bank: structure, flag rules, indicators, severities, texts in every language and
/// (with `article_exists`) the portal articles it links to.
pub fn validate(bank: &Bank, languages: &[String], article_exists: &dyn Fn(&str) -> bool) -> Report {
    let mut r = Report::default();
    if !is_id(&bank.version.replace('.', "-")) {
        r.errors.push(format!("version {:?} is not a valid version name", bank.version));
    }
    if bank.questions.len() < 30 {
        r.errors.push(format!("{} questions; at least 30 are required", bank.questions.len()));
    }
    let mut seen = BTreeSet::new();
    let mut covered = BTreeSet::new();
    for q in &bank.questions {
        let at = format!("question {}", q.id);
        if !is_id(&q.id) || !seen.insert(q.id.clone()) {
            r.errors.push(format!("{at}: the id is invalid or used twice"));
        }
        if !bank.sections.contains(&q.section) {
            r.errors.push(format!("{at}: unknown section {}", q.section));
        }
        match q.kind.as_str() {
            "yes-no" | "prefecture" => {}
            "choice" if q.choices.len() >= 2 => {}
            "choice" => r.errors.push(format!("{at}: a choice question needs at least two choices")),
            "number" if q.min.is_some() && q.max.is_some() && q.min < q.max => {}
            "number" => r.errors.push(format!("{at}: a number question needs min < max")),
            other => r.errors.push(format!("{at}: unknown kind {other:?}")),
        }
        if let Some(flag) = &q.flag {
            let fits = match (flag, q.kind.as_str()) {
                (Flag::Yes | Flag::No, "yes-no") => true,
                (Flag::OneOf { choices }, "choice") => {
                    choices.iter().all(|c| q.choices.contains(c)) && !choices.is_empty()
                }
                (Flag::Above { .. } | Flag::AtLeast { .. } | Flag::Below { .. }, "number") => true,
                (Flag::BelowMinimumWage { prefecture }, "number") => {
                    bank.question(prefecture).is_some_and(|p| p.kind == "prefecture")
                }
                _ => false,
            };
            if !fits {
                r.errors.push(format!("{at}: its flag rule does not fit a {} question", q.kind));
            }
            match &q.severity {
                Some(s) if SEVERITIES.contains(&s.as_str()) => {}
                _ => r.errors.push(format!(
                    "{at}: a flagging question needs a severity (violation, forced-labour, advice)"
                )),
            }
            match &q.article {
                Some(slug) if article_exists(slug) => {}
                Some(slug) => r.errors.push(format!("{at}: portal article {slug:?} does not exist")),
                None => r.errors.push(format!("{at}: a flagging question needs a portal article")),
            }
        }
        for i in &q.indicators {
            if INDICATORS.contains(&i.as_str()) {
                covered.insert(i.clone());
            } else {
                r.errors.push(format!("{at}: unknown indicator {i:?}"));
            }
        }
    }
    for i in INDICATORS {
        if !covered.contains(i) {
            r.errors.push(format!("indicator {i} is not covered by any question"));
        }
    }
    match bank.questions.last() {
        Some(q) if q.id == WANTS_HELP && q.kind == "yes-no" => {}
        _ => r.errors.push(format!("the last question must be {WANTS_HELP:?} (yes-no)")),
    }
    for lang in languages {
        let texts = bank.texts.get(lang);
        for s in &bank.sections {
            if texts.and_then(|t| t.sections.get(s)).is_none_or(|t| t.trim().is_empty()) {
                r.missing.push((lang.clone(), format!("section {s}")));
            }
        }
        for q in &bank.questions {
            let t = texts.and_then(|t| t.question.get(&q.id));
            let lacks_text = t.is_none_or(|t| t.text.trim().is_empty());
            let lacks_expl = q.flag.is_some()
                && t.and_then(|t| t.explanation.as_ref()).is_none_or(|e| e.trim().is_empty());
            let lacks_choice = q.choices.iter().any(|c| t.and_then(|t| t.choices.get(c)).is_none());
            if lacks_text || lacks_expl || lacks_choice {
                r.missing.push((lang.clone(), q.id.clone()));
            }
        }
    }
    r
}

/// An answer as stored (JSON): yes/no/unsure, a choice id, a number or a prefecture code.
pub type Answers = BTreeMap<String, String>;

/// A flagged answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Flagged {
    pub question: String,
    pub severity: String,
    pub indicators: Vec<String>,
}

fn severity_rank(s: &str) -> usize {
    SEVERITIES.iter().position(|x| *x == s).unwrap_or(SEVERITIES.len())
}

/// The flags of a set of answers, most serious first. `minimum_wage(prefecture, day)` gives the
/// hourly minimum wage in force that day.
pub fn evaluate(
    bank: &Bank,
    answers: &Answers,
    day: &str,
    minimum_wage: &dyn Fn(&str, &str) -> Option<u32>,
) -> Vec<Flagged> {
    let mut out = Vec::new();
    for q in &bank.questions {
        let (Some(flag), Some(answer)) = (&q.flag, answers.get(&q.id)) else { continue };
        let number = || answer.parse::<f64>().ok();
        let hit = match flag {
            Flag::Yes => answer == "yes",
            Flag::No => answer == "no",
            Flag::OneOf { choices } => choices.iter().any(|c| c == answer),
            Flag::Above { value } => number().is_some_and(|n| n > *value),
            Flag::AtLeast { value } => number().is_some_and(|n| n >= *value),
            Flag::Below { value } => number().is_some_and(|n| n < *value),
            Flag::BelowMinimumWage { prefecture } => {
                match (number(), answers.get(prefecture).and_then(|p| minimum_wage(p, day))) {
                    (Some(n), Some(min)) => n < min as f64,
                    _ => false,
                }
            }
        };
        if hit {
            out.push(Flagged {
                question: q.id.clone(),
                severity: q.severity.clone().unwrap_or_else(|| "advice".into()),
                indicators: q.indicators.clone(),
            });
        }
    }
    out.sort_by_key(|f| severity_rank(&f.severity));
    out
}

/// Check one answer against its question; returns the normalised value or a message key.
pub fn check_answer(q: &Question, raw: &str) -> Result<Option<String>, &'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return if q.optional { Ok(None) } else { Err("safety-answer-missing") };
    }
    if raw.len() > 32 {
        return Err("safety-answer-invalid");
    }
    match q.kind.as_str() {
        "yes-no" if matches!(raw, "yes" | "no" | "unsure") => Ok(Some(raw.to_string())),
        "choice" if q.choices.iter().any(|c| c == raw) => Ok(Some(raw.to_string())),
        "prefecture" if crate::minimum_wage::is_prefecture(raw) => Ok(Some(raw.to_string())),
        "number" => {
            let mut cleaned: String = raw.chars().filter(|c| !matches!(c, ',' | ' ' | '¥' | '円')).collect();
            // Many languages group thousands with dots ("650.000" yen): a dot followed by groups
            // of exactly three digits is a separator, not a decimal point.
            let groups: Vec<&str> = cleaned.split('.').collect();
            if groups.len() > 1
                && groups[1..].iter().all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
                && !groups[0].is_empty()
                && groups[0].len() <= 3
            {
                cleaned = groups.concat();
            }
            let n: f64 = cleaned.parse().map_err(|_| "safety-answer-not-number")?;
            if !n.is_finite() || Some(n) < q.min || Some(n) > q.max {
                return Err("safety-answer-out-of-range");
            }
            Ok(Some(if n.fract() == 0.0 { format!("{}", n as i64) } else { format!("{n}") }))
        }
        _ => Err("safety-answer-invalid"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(id: &str, kind: &str, flag: Option<Flag>) -> Question {
        Question {
            id: id.into(),
            section: "work".into(),
            kind: kind.into(),
            unit: None,
            min: Some(0.0),
            max: Some(744.0),
            choices: vec!["me".into(), "company".into()],
            flag,
            severity: Some("violation".into()),
            indicators: vec![],
            law: None,
            article: None,
            optional: false,
        }
    }

    fn bank(questions: Vec<Question>) -> Bank {
        Bank { version: "t".into(), sections: vec!["work".into()], questions, texts: BTreeMap::new() }
    }

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn each_rule_type_and_edge_values() {
        let b = bank(vec![
            q("ot", "number", Some(Flag::Above { value: 45.0 })),
            q("fee", "number", Some(Flag::AtLeast { value: 1.0 })),
            q("sleep", "number", Some(Flag::Below { value: 6.0 })),
            q("passport", "choice", Some(Flag::OneOf { choices: vec!["company".into()] })),
            q("paid", "yes-no", Some(Flag::No)),
            q("hit", "yes-no", Some(Flag::Yes)),
            Question { kind: "prefecture".into(), flag: None, ..q("pref", "prefecture", None) },
            q("wage", "number", Some(Flag::BelowMinimumWage { prefecture: "pref".into() })),
        ]);
        let mw = |p: &str, _: &str| if p == "13" { Some(1226) } else { None };
        let flagged = |a: &[(&str, &str)]| {
            evaluate(&b, &answers(a), "2026-11-25", &mw).into_iter().map(|f| f.question).collect::<Vec<_>>()
        };
        assert!(flagged(&[("ot", "45")]).is_empty(), "exactly 45 hours is within the limit");
        assert_eq!(flagged(&[("ot", "46")]), vec!["ot"]);
        assert_eq!(flagged(&[("fee", "1")]), vec!["fee"]);
        assert!(flagged(&[("fee", "0")]).is_empty());
        assert_eq!(flagged(&[("sleep", "5")]), vec!["sleep"]);
        assert_eq!(flagged(&[("passport", "company")]), vec!["passport"]);
        assert!(flagged(&[("passport", "me")]).is_empty());
        assert_eq!(flagged(&[("paid", "no")]), vec!["paid"]);
        assert!(flagged(&[("paid", "unsure")]).is_empty(), "not sure never flags by itself");
        assert_eq!(flagged(&[("hit", "yes")]), vec!["hit"]);
        assert_eq!(flagged(&[("pref", "13"), ("wage", "1100")]), vec!["wage"]);
        assert!(flagged(&[("pref", "13"), ("wage", "1226")]).is_empty(), "exactly the minimum is legal");
        assert!(flagged(&[("wage", "500")]).is_empty(), "no prefecture, no comparison");
    }

    #[test]
    fn answers_are_checked() {
        let num = q("ot", "number", None);
        assert_eq!(check_answer(&num, " 1,200 "), Err("safety-answer-out-of-range"));
        assert_eq!(check_answer(&num, "60"), Ok(Some("60".into())));
        assert_eq!(check_answer(&num, "1.5"), Ok(Some("1.5".into())));
        let fee = Question { max: Some(10_000_000.0), ..q("fee", "number", None) };
        assert_eq!(check_answer(&fee, "650.000"), Ok(Some("650000".into())), "dot as thousands separator");
        assert_eq!(check_answer(&fee, "¥650,000"), Ok(Some("650000".into())));
        assert_eq!(check_answer(&num, "abc"), Err("safety-answer-not-number"));
        assert_eq!(check_answer(&num, "1e20"), Err("safety-answer-out-of-range"));
        assert_eq!(check_answer(&num, "NaN"), Err("safety-answer-out-of-range"));
        assert_eq!(check_answer(&num, ""), Err("safety-answer-missing"));
        let yn = q("x", "yes-no", None);
        assert_eq!(check_answer(&yn, "maybe"), Err("safety-answer-invalid"));
        assert_eq!(check_answer(&yn, &"y".repeat(1_000_000)), Err("safety-answer-invalid"));
        let ch = q("c", "choice", None);
        assert_eq!(check_answer(&ch, "company"), Ok(Some("company".into())));
        assert_eq!(check_answer(&ch, "nobody"), Err("safety-answer-invalid"));
    }
}

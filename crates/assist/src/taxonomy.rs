//! The report's issue taxonomy, stored as data the secretariat can extend: a type, and within it
//! the kinds of issue a consultation raises.
//!
//! The built-in types are labelled by the catalogue (`issue-<code>`, in every language, tested for
//! completeness like any message). A type the secretariat adds carries its labels with it, one per
//! language; English and Japanese are required, and a language without its own label shows the
//! English one marked as a fallback, as an untranslated message would be. Types are never deleted
//! once a consultation used them: they are retired, so past statistics keep their rows.

use std::collections::BTreeMap;

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set};

use crate::entities::{consultation_issues, issue_types};
use hiroba_core::db::Db;
use hiroba_core::i18n::{ruby, Markup};
use hiroba_core::web::Ctx;

/// (code, parent) in the report's order.
pub const DEFAULT: [(&str, Option<&str>); 19] = [
    ("residency", None),
    ("residency-entry-exit", Some("residency")),
    ("residency-change-status", Some("residency")),
    ("residency-other", Some("residency")),
    ("lifestyle", None),
    ("lifestyle-domestic", Some("lifestyle")),
    ("lifestyle-consumer-housing-phone", Some("lifestyle")),
    ("lifestyle-civil", Some("lifestyle")),
    ("labour", None),
    ("labour-termination", Some("labour")),
    ("labour-wages", Some("labour")),
    ("labour-harassment", Some("labour")),
    ("labour-other-conditions", Some("labour")),
    ("medical-welfare", None),
    ("education", None),
    ("tax-social-security", None),
    ("other", None),
    ("residency-unspecified", Some("residency")),
    ("labour-unspecified", Some("labour")),
];

/// Languages a type the secretariat adds must be labelled in before it is offered.
pub const REQUIRED_LABELS: [&str; 2] = ["en", "ja"];
pub const LABEL_MAX: usize = 120;

#[derive(Debug, thiserror::Error)]
pub enum TaxonomyError {
    #[error("a code is 3 to 48 lowercase letters, digits and single hyphens")]
    CodeInvalid,
    #[error("that code is already used")]
    CodeTaken,
    #[error("the parent must be a top-level type that is offered")]
    ParentInvalid,
    #[error("a label is missing in {0}")]
    LabelMissing(&'static str),
    #[error("a label is longer than {LABEL_MAX} characters")]
    LabelTooLong,
    #[error("built-in types are labelled by the catalogue")]
    BuiltIn,
    #[error("no such type")]
    NotFound,
    #[error("consultations or kinds use this type; retire it instead")]
    InUse,
    #[error(transparent)]
    Db(#[from] sea_orm::DbErr),
}

impl TaxonomyError {
    /// The message shown to the secretariat.
    pub fn key(&self) -> &'static str {
        match self {
            Self::CodeInvalid => "taxonomy-code-invalid",
            Self::CodeTaken => "taxonomy-code-taken",
            Self::ParentInvalid => "taxonomy-parent-invalid",
            Self::LabelMissing(_) => "taxonomy-label-missing",
            Self::LabelTooLong => "taxonomy-label-too-long",
            Self::BuiltIn => "taxonomy-builtin",
            Self::NotFound => "taxonomy-not-found",
            Self::InUse => "taxonomy-in-use",
            Self::Db(_) => "error-internal",
        }
    }
}

#[derive(Debug, Clone)]
pub struct IssueType {
    pub code: String,
    pub parent: Option<String>,
    pub position: i32,
    /// Language → label for a type the secretariat added; `None` for the built-in ones.
    pub labels: Option<BTreeMap<String, String>>,
    pub retired: bool,
}

impl IssueType {
    pub fn is_custom(&self) -> bool {
        self.labels.is_some()
    }

    /// The stored label in `lang`, or the English one (then `true`: it is a fallback).
    fn stored_label(&self, lang: &str) -> Option<(&str, bool)> {
        let labels = self.labels.as_ref()?;
        match labels.get(lang) {
            Some(l) => Some((l, false)),
            None => labels.get("en").map(|l| (l.as_str(), true)),
        }
    }

    /// The stored label in `lang` exactly, for the editing form.
    pub fn label_in(&self, lang: &str) -> &str {
        self.labels.as_ref().and_then(|l| l.get(lang)).map(String::as_str).unwrap_or("")
    }
}

/// The whole taxonomy, read once per request.
pub struct Taxonomy {
    /// Top-level types by position, each followed by its kinds by position.
    types: Vec<IssueType>,
}

impl Taxonomy {
    pub async fn load(db: &Db) -> Result<Self, sea_orm::DbErr> {
        let rows =
            issue_types::Entity::find().order_by_asc(issue_types::Column::Position).all(db.read()).await?;
        let all: Vec<IssueType> = rows
            .into_iter()
            .map(|r| IssueType {
                labels: r.labels.as_deref().and_then(|j| serde_json::from_str(j).ok()),
                code: r.code,
                parent: r.parent,
                position: r.position,
                retired: r.retired,
            })
            .collect();
        let mut types = Vec::with_capacity(all.len());
        for top in all.iter().filter(|t| t.parent.is_none()) {
            types.push(top.clone());
            types.extend(all.iter().filter(|t| t.parent.as_deref() == Some(&top.code)).cloned());
        }
        Ok(Self { types })
    }

    /// Every type, retired ones included (statistics, imports of history, the editor).
    pub fn all(&self) -> &[IssueType] {
        &self.types
    }

    /// The types a counsellor can choose for a new consultation.
    pub fn offered(&self) -> Vec<&IssueType> {
        self.types.iter().filter(|t| !t.retired).collect()
    }

    pub fn get(&self, code: &str) -> Option<&IssueType> {
        self.types.iter().find(|t| t.code == code)
    }

    pub fn is_offered(&self, code: &str) -> bool {
        self.get(code).is_some_and(|t| !t.retired)
    }

    /// The type's label as HTML in the reader's language (furigana as the reader chose).
    pub fn label(&self, ctx: &Ctx, code: &str) -> Markup {
        match self.get(code).and_then(|t| t.stored_label(&ctx.lang)) {
            Some((text, false)) => Markup(ruby::to_html(text, ctx.furigana)),
            Some((text, true)) => Markup(format!(
                "<span class=\"i18n-fallback\" lang=\"en\" data-i18n-missing=\"issue-{}\">{}</span>",
                code.replace('"', ""),
                ruby::to_html(text, false)
            )),
            None => ctx.t_key("issue-", code),
        }
    }

    /// The label as plain text, for attributes, CSV headings and spreadsheets.
    pub fn label_plain(&self, ctx: &Ctx, code: &str) -> String {
        match self.get(code).and_then(|t| t.stored_label(&ctx.lang)) {
            Some((text, _)) => ruby::to_plain(text),
            None => ctx.t_plain_key("issue-", code),
        }
    }
}

/// Seed the taxonomy into an empty table (the secretariat's additions are kept).
pub async fn install(db: &Db) -> Result<(), sea_orm::DbErr> {
    if issue_types::Entity::find().count(db.read()).await? > 0 {
        return Ok(());
    }
    issue_types::Entity::insert_many(DEFAULT.iter().enumerate().map(|(i, (code, parent))| {
        issue_types::ActiveModel {
            code: Set(code.to_string()),
            parent: Set(parent.map(str::to_string)),
            position: Set(i as i32),
            labels: Set(None),
            retired: Set(false),
        }
    }))
    .exec(db.write())
    .await?;
    Ok(())
}

fn valid_code(code: &str) -> bool {
    (3..=48).contains(&code.len())
        && code.split('-').all(|part| {
            !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Trim the labels, drop empty ones and languages the platform does not serve, and check them.
fn checked_labels(
    labels: &BTreeMap<String, String>,
    languages: &[String],
) -> Result<BTreeMap<String, String>, TaxonomyError> {
    let cleaned: BTreeMap<String, String> = labels
        .iter()
        .filter(|(lang, _)| languages.contains(lang))
        .map(|(lang, label)| (lang.clone(), label.trim().to_string()))
        .filter(|(_, label)| !label.is_empty())
        .collect();
    if let Some(missing) = REQUIRED_LABELS.iter().find(|l| !cleaned.contains_key(**l)) {
        return Err(TaxonomyError::LabelMissing(missing));
    }
    if cleaned.values().any(|l| l.chars().count() > LABEL_MAX) {
        return Err(TaxonomyError::LabelTooLong);
    }
    Ok(cleaned)
}

/// A type the secretariat adds: a new top-level type (`parent: None`) or a kind within one.
pub struct NewType<'a> {
    pub code: &'a str,
    pub parent: Option<&'a str>,
    pub labels: &'a BTreeMap<String, String>,
}

pub async fn add(db: &Db, languages: &[String], new: NewType<'_>) -> Result<(), TaxonomyError> {
    let code = new.code.trim();
    if !valid_code(code) {
        return Err(TaxonomyError::CodeInvalid);
    }
    let labels = checked_labels(new.labels, languages)?;
    let taxonomy = Taxonomy::load(db).await?;
    if taxonomy.get(code).is_some() {
        return Err(TaxonomyError::CodeTaken);
    }
    if let Some(parent) = new.parent {
        match taxonomy.get(parent) {
            Some(p) if p.parent.is_none() && !p.retired => {}
            _ => return Err(TaxonomyError::ParentInvalid),
        }
    }
    let position = taxonomy.all().iter().map(|t| t.position).max().unwrap_or(0) + 1;
    issue_types::Entity::insert(issue_types::ActiveModel {
        code: Set(code.to_string()),
        parent: Set(new.parent.map(str::to_string)),
        position: Set(position),
        labels: Set(Some(serde_json::to_string(&labels).expect("a map of strings serialises"))),
        retired: Set(false),
    })
    .exec_without_returning(db.write())
    .await?;
    Ok(())
}

/// Replace the labels of a type the secretariat added.
pub async fn relabel(
    db: &Db,
    languages: &[String],
    code: &str,
    labels: &BTreeMap<String, String>,
) -> Result<(), TaxonomyError> {
    let row = issue_types::Entity::find_by_id(code).one(db.read()).await?.ok_or(TaxonomyError::NotFound)?;
    if row.labels.is_none() {
        return Err(TaxonomyError::BuiltIn);
    }
    let labels = checked_labels(labels, languages)?;
    issue_types::Entity::update_many()
        .col_expr(
            issue_types::Column::Labels,
            sea_orm::sea_query::Expr::value(Some(serde_json::to_string(&labels).expect("serialises"))),
        )
        .filter(issue_types::Column::Code.eq(code))
        .exec(db.write())
        .await?;
    Ok(())
}

/// Stop (or start again) offering a type for new consultations; counts made with it stay.
/// Retiring a top-level type retires the kinds within it too.
pub async fn set_retired(db: &Db, code: &str, retired: bool) -> Result<(), TaxonomyError> {
    let row = issue_types::Entity::find_by_id(code).one(db.read()).await?.ok_or(TaxonomyError::NotFound)?;
    if !retired {
        if let Some(parent) = &row.parent {
            let p = issue_types::Entity::find_by_id(parent.as_str()).one(db.read()).await?;
            if p.is_none_or(|p| p.retired) {
                return Err(TaxonomyError::ParentInvalid);
            }
        }
    }
    let mut which = sea_orm::Condition::any().add(issue_types::Column::Code.eq(code));
    if retired {
        which = which.add(issue_types::Column::Parent.eq(code));
    }
    issue_types::Entity::update_many()
        .col_expr(issue_types::Column::Retired, sea_orm::sea_query::Expr::value(retired))
        .filter(which)
        .exec(db.write())
        .await?;
    Ok(())
}

/// How many consultations raised each issue code, ever (the editor shows it; a used type can only
/// be retired).
pub async fn usage(db: &Db) -> Result<BTreeMap<String, u64>, sea_orm::DbErr> {
    let mut out = BTreeMap::new();
    for row in consultation_issues::Entity::find().all(db.read()).await? {
        *out.entry(row.issue_code).or_default() += 1;
    }
    Ok(out)
}

/// Delete a type the secretariat added by mistake: only while no consultation used it and it has
/// no kinds within it.
pub async fn remove(db: &Db, code: &str) -> Result<(), TaxonomyError> {
    let row = issue_types::Entity::find_by_id(code).one(db.read()).await?.ok_or(TaxonomyError::NotFound)?;
    if row.labels.is_none() {
        return Err(TaxonomyError::BuiltIn);
    }
    let used = consultation_issues::Entity::find()
        .filter(consultation_issues::Column::IssueCode.eq(code))
        .count(db.read())
        .await?;
    let children =
        issue_types::Entity::find().filter(issue_types::Column::Parent.eq(code)).count(db.read()).await?;
    if used > 0 || children > 0 {
        return Err(TaxonomyError::InUse);
    }
    issue_types::Entity::delete_by_id(code).exec(db.write()).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn codes_are_short_lowercase_words_joined_by_hyphens() {
        for ok in ["labour-overtime", "abc", "tax-2026", "a-b-c"] {
            assert!(super::valid_code(ok), "{ok}");
        }
        for bad in ["", "ab", "Labour", "labour--x", "-labour", "labour-", "労働", "a b c", &"x".repeat(49)]
        {
            assert!(!super::valid_code(bad), "{bad}");
        }
    }
}

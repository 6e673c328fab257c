//! Search that works in every script, the same feature on SQLite and PostgreSQL.
//!
//! Japanese, Chinese and Burmese have no spaces between words, so word-based full-text search
//! (stemming, tokenising on spaces) cannot find `残業代` inside `残業代が払われない`. Trigram indexes
//! find any substring of three characters or more, in any script, and are built into both
//! databases: SQLite FTS5's `trigram` tokenizer and PostgreSQL's `pg_trgm` (see
//! `hiroba_migration::dialect::create_search_table`). We chose them over an embedded engine such as
//! tantivy because the index then lives in the same transaction-safe database every server
//! process shares, with nothing to keep in step.
//!
//! Accents and case: text is indexed and queried in a normal form (lower case; accents removed
//! from Latin letters only, so `lương` finds `luong`, `Aviso` finds `aviso`, while Japanese
//! が/か and Burmese vowel signs stay distinct). Terms shorter than three characters still work
//! (the database scans instead of using the index). Title hits rank before body hits.

use sea_orm::sea_query::{Alias, Expr, Query};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult};
use std::collections::HashMap;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use hiroba_core::db::Db;

pub const TABLE: &str = "portal_search";

fn is_latin(c: char) -> bool {
    matches!(c as u32, 0x0041..=0x024F | 0x1E00..=0x1EFF)
}

/// Lower case, with accents removed from Latin letters (and đ → d).
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_base_latin = false;
    for c in text.nfd() {
        if is_combining_mark(c) {
            if !last_base_latin {
                out.push(c);
            }
            continue;
        }
        last_base_latin = is_latin(c);
        match c {
            'đ' | 'Đ' => out.push('d'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out.nfc().collect()
}

/// Put (or replace) one document translation in the index.
pub async fn index(db: &Db, doc_id: i64, lang: &str, title: &str, body: &str) -> Result<(), DbErr> {
    remove(db, doc_id, Some(lang)).await?;
    let stmt = Query::insert()
        .into_table(Alias::new(TABLE))
        .columns([Alias::new("doc_id"), Alias::new("lang"), Alias::new("title"), Alias::new("body")])
        .values_panic([doc_id.into(), lang.into(), normalize(title).into(), normalize(body).into()])
        .to_owned();
    let conn = db.write();
    conn.execute(conn.get_database_backend().build(&stmt)).await?;
    Ok(())
}

/// Remove a document from the index (one language, or all).
pub async fn remove(db: &Db, doc_id: i64, lang: Option<&str>) -> Result<(), DbErr> {
    let mut stmt = Query::delete()
        .from_table(Alias::new(TABLE))
        .and_where(Expr::col(Alias::new("doc_id")).eq(doc_id))
        .to_owned();
    if let Some(lang) = lang {
        stmt.and_where(Expr::col(Alias::new("lang")).eq(lang));
    }
    let conn = db.write();
    conn.execute(conn.get_database_backend().build(&stmt)).await?;
    Ok(())
}

#[derive(Debug, FromQueryResult)]
struct Hit {
    doc_id: i64,
    lang: String,
    in_title: i32,
}

/// One document found, with where it matched best.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub doc_id: i64,
    pub in_title: bool,
    /// The language whose text matched (the reader's own preferred when several did).
    pub lang: String,
}

/// The query's terms, normalised, without LIKE wildcards; empty when there is nothing to search.
pub fn terms(query: &str) -> Vec<String> {
    normalize(query)
        .split_whitespace()
        .map(|t| t.chars().filter(|c| !matches!(c, '%' | '_' | '\\')).collect::<String>())
        .filter(|t| !t.is_empty())
        .take(8)
        .collect()
}

/// Documents whose title or body contain every term, in `langs`, title hits first. The caller
/// orders equal ranks (for example by date) and keeps only what the reader may see.
pub async fn search(db: &Db, query: &str, langs: &[&str], limit: u64) -> Result<Vec<Found>, DbErr> {
    let terms = terms(query);
    if terms.is_empty() {
        return Ok(vec![]);
    }
    let title = || Expr::col(Alias::new("title"));
    let body = || Expr::col(Alias::new("body"));
    let mut all_in_title = Expr::value(true);
    let mut stmt = Query::select();
    stmt.columns([Alias::new("doc_id"), Alias::new("lang")]).from(Alias::new(TABLE));
    for t in &terms {
        let pattern = format!("%{t}%");
        stmt.and_where(title().like(pattern.clone()).or(body().like(pattern.clone())));
        all_in_title = all_in_title.and(title().like(pattern));
    }
    stmt.expr_as(Expr::case(all_in_title, 1).finally(0), Alias::new("in_title"));
    stmt.and_where(Expr::col(Alias::new("lang")).is_in(langs.iter().map(|l| l.to_string())));
    stmt.limit(limit * langs.len().max(1) as u64);
    let conn = db.read();
    let hits = Hit::find_by_statement(conn.get_database_backend().build(&stmt)).all(conn).await?;
    // One result per document: its best match, preferring the reader's language order.
    let mut best: HashMap<i64, (bool, usize, String)> = HashMap::new();
    for h in hits {
        let rank = langs.iter().position(|l| *l == h.lang).unwrap_or(usize::MAX);
        let entry = best.entry(h.doc_id).or_insert((false, usize::MAX, h.lang.clone()));
        let in_title = h.in_title == 1;
        if in_title && !entry.0 {
            entry.0 = true;
        }
        if rank < entry.1 {
            entry.1 = rank;
            entry.2 = h.lang;
        }
    }
    let mut found: Vec<Found> =
        best.into_iter().map(|(doc_id, (in_title, _, lang))| Found { doc_id, in_title, lang }).collect();
    found.sort_by_key(|f| (!f.in_title, f.doc_id));
    found.truncate(limit as usize);
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_latin_accents_only() {
        assert_eq!(normalize("Lương TỐI THIỂU"), "luong toi thieu");
        assert_eq!(normalize("Đăng ký"), "dang ky");
        assert_eq!(normalize("Férias remuneradas"), "ferias remuneradas");
        assert_eq!(normalize("Año"), "ano");
        assert_eq!(normalize("がんばる"), "がんばる", "dakuten stay");
        assert_eq!(normalize("လုပ်ခွင်"), "လုပ်ခွင်", "Burmese vowel signs stay");
        assert_eq!(normalize("残業代"), "残業代");
    }

    #[test]
    fn terms_drop_wildcards() {
        assert_eq!(terms(" 100% _x\\ "), vec!["100", "x"]);
        assert!(terms("  %% ").is_empty());
    }
}

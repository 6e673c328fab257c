//! Importing historical consultation records from CSV, so an organisation moving to Hiroba keeps
//! its years of statistics.
//!
//! The format, one row per consultation, with a header line:
//!
//! ```text
//! person_key,date,channel,language,issues
//! P-0001,2023-04-12,phone,vi,labour-wages;labour-harassment
//! ```
//!
//! `person_key` is the organisation's own key for a person (rows with the same key belong to one
//! person and one case); `date` is `YYYY-MM-DD`; `channel` one of web, safety, email, phone, visit;
//! `language` one of the platform's languages; `issues` issue codes separated by `;`. A dry run
//! reports every bad row with its line number, and nothing is imported until the file is clean.

use chrono::{NaiveDate, TimeZone, Utc};
use serde::Deserialize;
use std::collections::{BTreeSet, HashMap};

use crate::cases::{self, Intake, CHANNELS};
use crate::consultations::{self, NewConsultation};
use hiroba_core::crypto::FieldCipher;
use hiroba_core::db::Db;

/// The header line of the format.
pub const HEADER: &str = "person_key,date,channel,language,issues";

#[derive(Debug, Deserialize)]
struct Record {
    person_key: String,
    date: String,
    channel: String,
    language: String,
    issues: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// 1-based line in the file (the header is line 1).
    pub line: usize,
    pub message: String,
}

struct Row {
    person_key: String,
    date: NaiveDate,
    channel: String,
    language: String,
    issues: Vec<String>,
}

pub const MAX_ROWS: usize = 200_000;

fn check(text: &str, languages: &[String], issue_codes: &BTreeSet<String>) -> (Vec<Row>, Vec<Problem>) {
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(text.as_bytes());
    match reader.headers() {
        Ok(h) if h.iter().collect::<Vec<_>>() == ["person_key", "date", "channel", "language", "issues"] => {}
        _ => {
            problems.push(Problem {
                line: 1,
                message: "the header must be: person_key,date,channel,language,issues".into(),
            });
            return (rows, problems);
        }
    }
    for (i, result) in reader.deserialize::<Record>().enumerate() {
        let line = i + 2;
        if i >= MAX_ROWS {
            problems.push(Problem { line, message: format!("more than {MAX_ROWS} rows; split the file") });
            break;
        }
        let rec = match result {
            Ok(r) => r,
            Err(e) => {
                problems.push(Problem { line, message: format!("unreadable row: {e}") });
                continue;
            }
        };
        let mut bad = Vec::new();
        if rec.person_key.is_empty() || rec.person_key.len() > 100 {
            bad.push("person_key is empty or longer than 100 characters".to_string());
        }
        let date = NaiveDate::parse_from_str(&rec.date, "%Y-%m-%d");
        if date.is_err() {
            bad.push(format!("date {:?} is not YYYY-MM-DD", rec.date));
        }
        if !CHANNELS.contains(&rec.channel.as_str()) {
            bad.push(format!("channel {:?} is not one of {}", rec.channel, CHANNELS.join(", ")));
        }
        if !languages.contains(&rec.language) {
            bad.push(format!("language {:?} is not served", rec.language));
        }
        let issues: Vec<String> =
            rec.issues.split(';').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
        if issues.is_empty() {
            bad.push("no issue".to_string());
        }
        for code in issues.iter().filter(|c| !issue_codes.contains(*c)) {
            bad.push(format!("unknown issue {code:?}"));
        }
        match (bad.is_empty(), date) {
            (true, Ok(date)) => rows.push(Row {
                person_key: rec.person_key,
                date,
                channel: rec.channel,
                language: rec.language,
                issues,
            }),
            _ => problems.push(Problem { line, message: bad.join("; ") }),
        }
    }
    (rows, problems)
}

/// The outcome: the problems found (nothing imported), or how many consultations were imported.
pub enum Outcome {
    Problems(Vec<Problem>),
    DryRunClean { rows: usize },
    Imported { people: usize, consultations: usize },
}

pub async fn run(
    db: &Db,
    cipher: &FieldCipher,
    text: &str,
    languages: &[String],
    dry_run: bool,
) -> Result<Outcome, cases::AssistError> {
    let codes: BTreeSet<String> =
        crate::taxonomy::Taxonomy::load(db).await?.all().iter().map(|t| t.code.clone()).collect();
    let (rows, problems) = check(text, languages, &codes);
    if !problems.is_empty() {
        return Ok(Outcome::Problems(problems));
    }
    if dry_run {
        return Ok(Outcome::DryRunClean { rows: rows.len() });
    }
    let mut cases_by_person: HashMap<String, i64> = HashMap::new();
    for row in &rows {
        let case_id = match cases_by_person.get(&row.person_key) {
            Some(id) => *id,
            None => {
                let t = cases::intake(
                    db,
                    cipher,
                    Intake {
                        name: &format!("import:{}", row.person_key),
                        contact: "-",
                        lang: &row.language,
                        channel: &row.channel,
                        message: "(imported record)",
                        site_id: None,
                    },
                )
                .await?;
                // The intake's own first consultation stands for this row.
                let first = consultations::of_case(db, t.case_id).await?;
                if let Some((c, _)) = first.first() {
                    consultations::set_issues(db, c.id, &row.issues).await?;
                    retime(db, c.id, row.date).await?;
                }
                cases::set_status(db, &cases::find(db, t.case_id).await?.expect("just made"), "closed")
                    .await?;
                cases_by_person.insert(row.person_key.clone(), t.case_id);
                continue;
            }
        };
        consultations::log(
            db,
            NewConsultation {
                case_id,
                kind: "contact",
                channel: &row.channel,
                lang: &row.language,
                occurred_at: Utc.from_utc_datetime(&row.date.and_hms_opt(12, 0, 0).expect("noon")),
                duration_minutes: None,
                counsellor_id: None,
                issues: &row.issues,
            },
        )
        .await?;
    }
    Ok(Outcome::Imported { people: cases_by_person.len(), consultations: rows.len() })
}

async fn retime(db: &Db, consultation_id: i64, date: NaiveDate) -> Result<(), sea_orm::DbErr> {
    use crate::entities::consultations as c;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    c::Entity::update_many()
        .col_expr(
            c::Column::OccurredAt,
            sea_orm::sea_query::Expr::value(
                Utc.from_utc_datetime(&date.and_hms_opt(12, 0, 0).expect("noon")),
            ),
        )
        .filter(c::Column::Id.eq(consultation_id))
        .exec(db.write())
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bad_row_is_reported_with_its_line() {
        let codes: BTreeSet<String> =
            ["labour-wages".to_string(), "residency".to_string()].into_iter().collect();
        let langs = vec!["vi".to_string(), "my".to_string()];
        let text = "person_key,date,channel,language,issues\nP1,2023-04-12,phone,vi,labour-wages\nP2,2023-13-01,fax,xx,nope\nP3,2023-05-01,web,my,\n";
        let (rows, problems) = check(text, &langs, &codes);
        assert_eq!(rows.len(), 1);
        assert_eq!(problems.iter().map(|p| p.line).collect::<Vec<_>>(), vec![3, 4]);
        assert!(
            problems[0].message.contains("date")
                && problems[0].message.contains("channel")
                && problems[0].message.contains("language")
                && problems[0].message.contains("nope")
        );
        let (_, p) = check("a,b\n1,2\n", &langs, &codes);
        assert_eq!(p[0].line, 1);
    }
}

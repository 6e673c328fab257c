//! Statistics like the report's: for a period, the number of people who sought consultation, of
//! consultations and of issues, with breakdowns by language and by issue type (and within each
//! type), with percentages rounded to one decimal as the report prints them.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::{BTreeMap, BTreeSet};

use crate::entities::{cases, consultation_issues, consultations, issue_types};
use hiroba_core::db::Db;

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub key: String,
    pub count: u64,
    /// Share of the total, in percent, one decimal.
    pub percent: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Statistics {
    pub people: u64,
    pub consultations: u64,
    pub issues: u64,
    /// Consultations by language.
    pub by_language: Vec<Row>,
    /// Issues by top-level type.
    pub by_type: Vec<Row>,
    /// Issues by detailed kind, within each type (type, rows).
    pub within_type: Vec<(String, Vec<Row>)>,
    /// The workers' answers at closing, for cases with a consultation in the period:
    /// solved yes / partly / no, and the average satisfaction (1–5) of those who answered.
    pub solved: Vec<Row>,
    pub satisfaction: Option<f64>,
}

pub fn percent(part: u64, total: u64) -> f64 {
    if total == 0 {
        return 0.0;
    }
    (part as f64 * 1000.0 / total as f64).round() / 10.0
}

fn rows(counts: BTreeMap<String, u64>, total: u64) -> Vec<Row> {
    let mut out: Vec<Row> =
        counts.into_iter().map(|(key, count)| Row { percent: percent(count, total), key, count }).collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
    out
}

/// Statistics of the consultations that took place between `from` and `to` (inclusive).
pub async fn compute(
    db: &Db,
    from: chrono::DateTime<chrono::Utc>,
    to: chrono::DateTime<chrono::Utc>,
) -> Result<Statistics, sea_orm::DbErr> {
    let list = consultations::Entity::find()
        .filter(consultations::Column::OccurredAt.gte(from))
        .filter(consultations::Column::OccurredAt.lte(to))
        .all(db.read())
        .await?;
    let case_ids: BTreeSet<i64> = list.iter().map(|c| c.case_id).collect();
    let period_cases = cases::Entity::find()
        .filter(cases::Column::Id.is_in(case_ids.iter().copied()))
        .all(db.read())
        .await?;
    let people: BTreeSet<i64> = period_cases.iter().map(|c| c.person_id).collect();
    let mut solved: BTreeMap<String, u64> = BTreeMap::new();
    for c in &period_cases {
        if let Some(s) = &c.solved {
            *solved.entry(s.clone()).or_default() += 1;
        }
    }
    let answered: Vec<i32> = period_cases.iter().filter_map(|c| c.satisfaction).collect();
    let satisfaction = (!answered.is_empty())
        .then(|| (answered.iter().sum::<i32>() as f64 * 10.0 / answered.len() as f64).round() / 10.0);
    let solved_total = solved.values().sum();
    let ids: Vec<i64> = list.iter().map(|c| c.id).collect();
    let issues = consultation_issues::Entity::find()
        .filter(consultation_issues::Column::ConsultationId.is_in(ids))
        .all(db.read())
        .await?;
    let parents: BTreeMap<String, Option<String>> =
        issue_types::Entity::find().all(db.read()).await?.into_iter().map(|t| (t.code, t.parent)).collect();
    let type_of = |code: &str| parents.get(code).cloned().flatten().unwrap_or_else(|| code.to_string());

    let mut by_language: BTreeMap<String, u64> = BTreeMap::new();
    for c in &list {
        *by_language.entry(c.lang.clone()).or_default() += 1;
    }
    let mut by_type: BTreeMap<String, u64> = BTreeMap::new();
    let mut within: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for i in &issues {
        let t = type_of(&i.issue_code);
        *by_type.entry(t.clone()).or_default() += 1;
        if parents.get(&i.issue_code).is_some_and(|p| p.is_some()) {
            *within.entry(t).or_default().entry(i.issue_code.clone()).or_default() += 1;
        }
    }
    let total_issues = issues.len() as u64;
    let within_type = within
        .into_iter()
        .map(|(t, counts)| {
            let n = by_type.get(&t).copied().unwrap_or(0);
            (t, rows(counts, n))
        })
        .collect();
    Ok(Statistics {
        people: people.len() as u64,
        consultations: list.len() as u64,
        issues: total_issues,
        by_language: rows(by_language, list.len() as u64),
        by_type: rows(by_type, total_issues),
        within_type,
        solved: rows(solved, solved_total),
        satisfaction,
    })
}

/// The statistics as CSV (section, key, count, percent), for spreadsheets.
pub fn to_csv(s: &Statistics) -> String {
    let mut out = String::from("section,key,count,percent\n");
    out.push_str(&format!(
        "total,people,{},\ntotal,consultations,{},\ntotal,issues,{},\n",
        s.people, s.consultations, s.issues
    ));
    for r in &s.by_language {
        out.push_str(&format!("language,{},{},{:.1}\n", r.key, r.count, r.percent));
    }
    for r in &s.by_type {
        out.push_str(&format!("type,{},{},{:.1}\n", r.key, r.count, r.percent));
    }
    for r in &s.solved {
        out.push_str(&format!("solved,{},{},{:.1}\n", r.key, r.count, r.percent));
    }
    if let Some(avg) = s.satisfaction {
        out.push_str(&format!("satisfaction,average,,{avg:.1}\n"));
    }
    for (t, rs) in &s.within_type {
        for r in rs {
            out.push_str(&format!("{t},{},{},{:.1}\n", r.key, r.count, r.percent));
        }
    }
    out
}

/// The statistics as an Excel workbook: one sheet of totals, breakdowns by language, type, kind
/// within type and answers at closing, with labels in the reader's language (`label`).
pub fn to_xlsx(
    s: &Statistics,
    label: &dyn Fn(&str) -> String,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = book.add_worksheet();
    sheet.set_name("Assist")?;
    let mut row = 0u32;
    let heading = |sheet: &mut rust_xlsxwriter::Worksheet,
                   row: &mut u32,
                   text: &str|
     -> Result<(), rust_xlsxwriter::XlsxError> {
        *row += 1;
        sheet.write_string_with_format(*row, 0, text, &bold)?;
        *row += 1;
        Ok(())
    };
    for (key, n) in [
        ("assist-stat-people", s.people),
        ("assist-stat-consultations", s.consultations),
        ("assist-stat-issues", s.issues),
    ] {
        sheet.write_string(row, 0, label(key))?;
        sheet.write_number(row, 1, n as f64)?;
        row += 1;
    }
    let sections: [(&str, &Vec<Row>, &str); 3] = [
        ("assist-by-language", &s.by_language, ""),
        ("assist-by-type", &s.by_type, "issue-"),
        ("assist-stat-outcomes", &s.solved, "assist-outcome-"),
    ];
    for (title, rows, prefix) in sections {
        heading(sheet, &mut row, &label(title))?;
        for r in rows {
            let name = if prefix.is_empty() { r.key.clone() } else { label(&format!("{prefix}{}", r.key)) };
            sheet.write_string(row, 0, name)?;
            sheet.write_number(row, 1, r.count as f64)?;
            sheet.write_number(row, 2, r.percent)?;
            row += 1;
        }
    }
    for (t, rows) in &s.within_type {
        heading(sheet, &mut row, &label(&format!("issue-{t}")))?;
        for r in rows {
            sheet.write_string(row, 0, label(&format!("issue-{}", r.key)))?;
            sheet.write_number(row, 1, r.count as f64)?;
            sheet.write_number(row, 2, r.percent)?;
            row += 1;
        }
    }
    sheet.set_column_width(0, 48)?;
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    #[test]
    fn percentages_round_to_one_decimal_like_the_report() {
        assert_eq!(super::percent(1, 3), 33.3);
        assert_eq!(super::percent(2, 3), 66.7);
        assert_eq!(super::percent(0, 0), 0.0);
        assert_eq!(super::percent(5, 5), 100.0);
    }
}

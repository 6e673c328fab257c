//! The dashboard as a table for spreadsheets: one row per figure, labelled in the reader's
//! language, with bands and suppressed cells written out as words (never as a number).

use hiroba_core::web::Ctx;

use crate::dashboard::Dashboard;
use crate::routes::company::show_plain;

pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub fn table(
    ctx: &Ctx,
    dash: &Dashboard,
    bank: Option<&hiroba_safety::bank::Bank>,
    taxonomy: &hiroba_assist::taxonomy::Taxonomy,
) -> Table {
    let header = [
        "companies-col-date",
        "companies-col-group",
        "companies-col-measure",
        "companies-col-item",
        "companies-col-value",
    ]
    .iter()
    .map(|k| ctx.t_plain(k))
    .collect();
    let day = dash.date.as_ref().map(|d| d.day.clone()).unwrap_or_default();
    let question = |id: &str| match bank {
        Some(b) => hiroba_core::i18n::ruby::to_plain(&b.text(&ctx.lang, id).0.text),
        None => id.to_string(),
    };
    let mut rows = Vec::new();
    let groups = dash
        .top
        .iter()
        .map(|t| (dash.top_name.clone(), t))
        .chain(dash.lines.iter().map(|l| (l.listed.node.name.clone(), l)));
    for (name, line) in groups {
        let mut push = |measure: &str, item: String, value: String| {
            rows.push(vec![day.clone(), name.clone(), ctx.t_plain(measure), item, value]);
        };
        if let Some(r) = &line.respondents {
            push("companies-respondents", String::new(), show_plain(ctx, r));
        }
        for (i, f) in &line.figures.by_indicator {
            push("companies-indicators", ctx.t_plain(&format!("indicator-{i}")), show_plain(ctx, f));
        }
        for (q, f) in &line.figures.by_question {
            push("companies-questions", question(q), show_plain(ctx, f));
        }
        for (q, f) in &line.figures.amounts {
            push("companies-amounts", question(q), show_plain(ctx, f));
        }
        for (t, f) in &line.grievances {
            push("companies-grievances", taxonomy.label_plain(ctx, t), show_plain(ctx, f));
        }
    }
    Table { header, rows }
}

pub fn csv(t: &Table) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(&t.header);
    for r in &t.rows {
        let _ = w.write_record(r);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

pub fn xlsx(t: &Table) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (c, h) in t.header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, h, &bold)?;
    }
    for (r, row) in t.rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            match v.parse::<f64>() {
                Ok(n) if c == row.len() - 1 => sheet.write_number(r as u32 + 1, c as u16, n)?,
                _ => sheet.write_string(r as u32 + 1, c as u16, v)?,
            };
        }
    }
    sheet.set_column_width(1, 32)?;
    sheet.set_column_width(3, 48)?;
    book.save_to_buffer()
}

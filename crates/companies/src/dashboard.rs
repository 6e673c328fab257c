//! What a company's dashboard shows, built only from frozen reports (which hold nothing but
//! figures that passed disclosure control): per date, the sites against their target workers,
//! the indicators ranked, grievance counts, and the trend across dates.

use std::collections::{BTreeMap, BTreeSet};

use crate::chain::{self, Access, Listed};
use crate::disclosure::Figure;
use crate::entities::{dates, reports};
use crate::reports::{self as frozen, Figures, GRIEVANCES};
use hiroba_core::db::Db;

/// One line of the sites table.
pub struct SiteLine {
    pub listed: Listed,
    pub respondents: Option<Figure>,
    pub suppressed: Option<String>,
    pub figures: Figures,
    pub grievances: Vec<(String, Figure)>,
}

/// One point of the trend: a date and the top group's respondents and indicator figures.
pub struct TrendPoint {
    pub day: String,
    pub respondents: Option<Figure>,
    pub indicators: BTreeMap<String, Figure>,
}

pub struct Dashboard {
    pub dates: Vec<dates::Model>,
    /// The date shown (the latest frozen one unless asked).
    pub date: Option<dates::Model>,
    /// Bank versions reported on that date; the one shown.
    pub versions: Vec<String>,
    pub version: Option<String>,
    /// The viewer's top group: the whole company, or the supplier's subtree.
    pub top: Option<SiteLine>,
    pub top_name: String,
    pub lines: Vec<SiteLine>,
    /// Indicators of the top group, most flagged first.
    pub ranked: Vec<(String, Figure)>,
    pub trend: Vec<TrendPoint>,
}

fn by_node(rows: &[reports::Model], version: &str) -> BTreeMap<Option<i64>, reports::Model> {
    rows.iter().filter(|r| r.bank_version == version).map(|r| (r.node_id, r.clone())).collect()
}

fn line(
    listed: Option<Listed>,
    report: Option<&reports::Model>,
    grievance: Option<&reports::Model>,
) -> SiteLine {
    let figures = report.map(frozen::figures).unwrap_or_default();
    SiteLine {
        respondents: figures.respondents.clone(),
        suppressed: report.and_then(|r| r.suppressed.clone()),
        grievances: grievance.map(|g| frozen::figures(g).grievances).unwrap_or_default(),
        figures,
        listed: listed.unwrap_or_else(|| Listed {
            node: chain::ChainNode {
                id: 0,
                company_id: 0,
                parent_id: None,
                kind: "company".into(),
                name: String::new(),
                address: String::new(),
                industry: String::new(),
                migrant_workers: 0,
                site_id: None,
                supplier_id: None,
                created_at: chrono::Utc::now(),
            },
            depth: 0,
            code: None,
        }),
    }
}

pub async fn build(
    db: &Db,
    access: &Access,
    date_id: Option<i64>,
    version: Option<&str>,
) -> Result<Dashboard, sea_orm::DbErr> {
    let all_dates: Vec<dates::Model> =
        frozen::dates(db).await?.into_iter().filter(|d| d.state == "frozen").collect();
    let date = match date_id {
        Some(id) => all_dates.iter().find(|d| d.id == id).cloned(),
        None => all_dates.last().cloned(),
    };
    let tree = chain::tree(db, access.chain, access.root).await?;
    let top_key = access.root;
    let top_name = match access.root {
        None => access.org.name.clone(),
        Some(_) => tree.first().map(|l| l.node.name.clone()).unwrap_or_default(),
    };
    let mut dash = Dashboard {
        dates: all_dates.clone(),
        date: date.clone(),
        versions: vec![],
        version: None,
        top: None,
        top_name,
        lines: vec![],
        ranked: vec![],
        trend: vec![],
    };
    let Some(date) = date else { return Ok(dash) };
    let rows = frozen::for_viewer(db, access, date.id).await?;
    let versions: BTreeSet<String> =
        rows.iter().filter(|r| r.bank_version != GRIEVANCES).map(|r| r.bank_version.clone()).collect();
    dash.versions = versions.iter().cloned().collect();
    let chosen =
        version.filter(|v| versions.contains(*v)).map(str::to_string).or_else(|| versions.last().cloned());
    let grievances = by_node(&rows, GRIEVANCES);
    if let Some(v) = &chosen {
        let reports = by_node(&rows, v);
        let top_listed = access.root.and_then(|r| tree.iter().find(|l| l.node.id == r).cloned());
        let top = line(top_listed, reports.get(&top_key), grievances.get(&top_key));
        let mut ranked = top.figures.by_indicator.clone();
        ranked.sort_by(|a, b| {
            let n = top.figures.respondents.as_ref().map(|f| f.sort_value(0) as u64).unwrap_or(0);
            b.1.sort_value(n).total_cmp(&a.1.sort_value(n)).then(a.0.cmp(&b.0))
        });
        dash.ranked = ranked;
        dash.top = Some(top);
        dash.lines = tree
            .iter()
            .map(|l| line(Some(l.clone()), reports.get(&Some(l.node.id)), grievances.get(&Some(l.node.id))))
            .collect();
    } else {
        dash.lines =
            tree.iter().map(|l| line(Some(l.clone()), None, grievances.get(&Some(l.node.id)))).collect();
    }
    dash.version = chosen.clone();
    for d in &all_dates {
        let rows = frozen::for_viewer(db, access, d.id).await?;
        let top = rows.iter().find(|r| r.node_id == top_key && Some(&r.bank_version) == chosen.as_ref());
        let figures = top.map(frozen::figures).unwrap_or_default();
        dash.trend.push(TrendPoint {
            day: d.day.clone(),
            respondents: figures.respondents,
            indicators: figures.by_indicator.into_iter().collect(),
        });
    }
    Ok(dash)
}

/// The trend as polylines for an SVG drawn on the server: one line per indicator among the
/// top group's most flagged, over the dates (x), in percent of respondents (y, 0–100).
pub struct Series {
    pub key: String,
    pub points: String,
    pub colour: &'static str,
}

pub const COLOURS: [&str; 4] = ["#0b5d4b", "#b4461d", "#3b5ba5", "#8a6d00"];

pub fn series(dash: &Dashboard, width: f64, height: f64) -> Vec<Series> {
    let n = dash.trend.len();
    if n == 0 {
        return vec![];
    }
    let x = |i: usize| if n == 1 { width / 2.0 } else { i as f64 * width / (n - 1) as f64 };
    dash.ranked
        .iter()
        .take(COLOURS.len())
        .enumerate()
        .map(|(c, (key, _))| {
            let points = dash
                .trend
                .iter()
                .enumerate()
                .filter_map(|(i, p)| {
                    let total = match p.respondents.as_ref()? {
                        Figure::Exact { value } if *value > 0 => *value as f64,
                        _ => return None,
                    };
                    let value = p.indicators.get(key)?.sort_value(total as u64);
                    Some(format!("{:.1},{:.1}", x(i), height - value / total * height))
                })
                .collect::<Vec<_>>()
                .join(" ");
            Series { key: key.clone(), points, colour: COLOURS[c] }
        })
        .collect()
}

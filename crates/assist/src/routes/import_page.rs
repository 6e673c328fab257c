//! Uploading historical records (CSV): a dry run lists every bad row; nothing is imported until
//! the file is clean.

use askama::Template;
use axum::extract::Multipart;
use axum::http::StatusCode;
use axum::response::Response;
use hiroba_core::audit;
use hiroba_core::web::{render, Ctx, CurrentUser, WebError};

use crate::import::{self, Outcome, Problem};

#[derive(Template)]
#[template(path = "assist/import.html")]
struct ImportPage<'a> {
    ctx: &'a Ctx,
    problems: Vec<Problem>,
    clean_rows: Option<usize>,
    imported: Option<(usize, usize)>,
    /// The CSV header line (not translated: it is the file format).
    header: &'static str,
}

pub async fn form(ctx: Ctx, _me: CurrentUser) -> Response {
    render(&ImportPage {
        ctx: &ctx,
        problems: vec![],
        clean_rows: None,
        imported: None,
        header: import::HEADER,
    })
}

pub async fn submit(ctx: Ctx, me: CurrentUser, mut multipart: Multipart) -> Result<Response, WebError> {
    let (mut text, mut dry_run) = (None, false);
    while let Ok(Some(field)) = multipart.next_field().await {
        match field.name() {
            Some("file") => text = field.text().await.ok(),
            Some("dry_run") => dry_run = true,
            _ => {}
        }
    }
    let Some(text) = text else { return Err(WebError::BadRequest("error-bad-form")) };
    let outcome = import::run(&ctx.state.db, &ctx.state.cipher, &text, &ctx.state.config.languages, dry_run)
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?;
    let page = match outcome {
        Outcome::Problems(problems) => {
            let mut res = render(&ImportPage {
                ctx: &ctx,
                problems,
                clean_rows: None,
                imported: None,
                header: import::HEADER,
            });
            *res.status_mut() = StatusCode::BAD_REQUEST;
            return Ok(res);
        }
        Outcome::DryRunClean { rows } => ImportPage {
            ctx: &ctx,
            problems: vec![],
            clean_rows: Some(rows),
            imported: None,
            header: import::HEADER,
        },
        Outcome::Imported { people, consultations } => {
            audit::record(
                &ctx.state.db,
                &me.actor(),
                "assist.import",
                &format!("consultations:{consultations}"),
                "",
            )
            .await?;
            ImportPage {
                ctx: &ctx,
                problems: vec![],
                clean_rows: None,
                imported: Some((people, consultations)),
                header: import::HEADER,
            }
        }
    };
    Ok(render(&page))
}

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use hiroba_core::jobs::{self, Job};
use hiroba_core::web::ctx::SecretariatUser;
use hiroba_core::web::{render, see_other, Ctx, WebError};

#[derive(Template)]
#[template(path = "admin/jobs.html")]
struct JobsPage<'a> {
    ctx: &'a Ctx,
    jobs: Vec<Job>,
}

pub async fn page(ctx: Ctx, _: SecretariatUser) -> Result<Response, WebError> {
    let jobs = jobs::recent(&ctx.state.db, 100).await?;
    Ok(render(&JobsPage { ctx: &ctx, jobs }))
}

pub async fn retry(
    ctx: Ctx,
    SecretariatUser(me): SecretariatUser,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
    if jobs::retry(&ctx.state.db, id).await? {
        hiroba_core::audit::record(&ctx.state.db, &me.actor(), "jobs.retry", &format!("job:{id}"), "")
            .await?;
    }
    Ok(see_other(&ctx.href("/admin/jobs")))
}

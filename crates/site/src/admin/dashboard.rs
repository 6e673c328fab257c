use askama::Template;
use axum::response::Response;
use hiroba_core::auth::Role;
use hiroba_core::db::entities::{jobs, user_roles};
use hiroba_core::web::ctx::SecretariatUser;
use hiroba_core::web::{render, Ctx, WebError};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct DashboardPage<'a> {
    ctx: &'a Ctx,
    role_counts: Vec<(Role, u64)>,
    jobs_queued: u64,
    jobs_failed: u64,
    missing_translations: usize,
    sections: Vec<hiroba_core::web::AdminSection>,
}

pub async fn page(ctx: Ctx, _: SecretariatUser) -> Result<Response, WebError> {
    let db = ctx.state.db.read();
    let mut role_counts = Vec::new();
    for role in Role::ALL {
        let n =
            user_roles::Entity::find().filter(user_roles::Column::Role.eq(role.as_str())).count(db).await?;
        role_counts.push((role, n));
    }
    let jobs_queued = jobs::Entity::find().filter(jobs::Column::State.eq("queued")).count(db).await?;
    let jobs_failed = jobs::Entity::find().filter(jobs::Column::State.eq("failed")).count(db).await?;
    let missing_translations = super::translations::gaps(&ctx).iter().map(|g| g.missing.len()).sum();
    let sections = ctx.state.admin_sections.get().cloned().unwrap_or_default();
    Ok(render(&DashboardPage {
        ctx: &ctx,
        role_counts,
        jobs_queued,
        jobs_failed,
        missing_translations,
        sections,
    }))
}

//! Wiring: which modules make up Hiroba. The binary (`main.rs`) and the integration tests both
//! build the application from here, so they can never disagree.

use hiroba_core::include_dir::Dir;
use hiroba_core::jobs::Registry;
use hiroba_core::web::Routes;
use hiroba_core::AppState;

/// Every module's routes (the platform's own are added by `hiroba_core::web::stack::app`).
pub fn modules() -> Routes {
    hiroba_site::routes()
        .merge(hiroba_portal::routes())
        .merge(hiroba_safety::routes())
        .merge(hiroba_assist::routes())
        .merge(hiroba_companies::routes())
        .merge(hiroba_learning::routes())
        .merge(hiroba_members::routes())
        .merge(hiroba_community::routes())
        .merge(hiroba_recruitment::routes())
}

/// Every module's catalogue folder.
pub fn locales() -> Vec<&'static Dir<'static>> {
    vec![
        &hiroba_site::LOCALES,
        &hiroba_portal::LOCALES,
        &hiroba_safety::LOCALES,
        &hiroba_assist::LOCALES,
        &hiroba_companies::LOCALES,
        &hiroba_learning::LOCALES,
        &hiroba_members::LOCALES,
        &hiroba_community::LOCALES,
        &hiroba_recruitment::LOCALES,
    ]
}

/// Every job kind the modules run.
pub fn job_registry() -> Registry<AppState> {
    let mut r = Registry::default();
    hiroba_core::bootstrap::register_jobs(&mut r);
    hiroba_companies::register_jobs(&mut r);
    hiroba_community::register_jobs(&mut r);
    hiroba_members::register_jobs(&mut r);
    r
}

/// The whole application router.
pub fn app(state: AppState) -> axum::Router {
    hiroba_core::web::stack::app(state, modules())
}

/// Load every module's demo data into an empty database. Returns a line per module.
pub async fn load_demo(state: &AppState) -> anyhow::Result<Vec<String>> {
    let mut out = Vec::new();
    let n = hiroba_site::demo::load(state).await?;
    out.push(format!("{n} demo accounts (password {})", hiroba_site::demo::DEMO_PASSWORD));
    let n = hiroba_portal::load_demo(state).await?;
    out.push(format!("{n} portal articles"));
    hiroba_safety::load_demo(state).await?;
    out.push("a business site with the Safety code DEMO2026".into());
    if hiroba_companies::demo::load(state).await? {
        out.push(format!(
            "the company program: {} with a two-tier chain and two frozen reports",
            hiroba_companies::demo::COMPANY
        ));
    }
    if hiroba_members::demo::load(state).await.map_err(|e| anyhow::anyhow!("{e:?}"))? {
        out.push("an approved member with a shared plan, and two good practices".into());
    }
    if hiroba_community::demo::load(state).await.map_err(|e| anyhow::anyhow!("{e:?}"))? {
        out.push(format!(
            "events (\"{}\", a Field Academy series, a Friends gathering) and two Friends profiles",
            hiroba_community::demo::SEMINAR
        ));
    }
    if hiroba_recruitment::demo::load(state).await.map_err(|e| anyhow::anyhow!("{e:?}"))? {
        out.push("a fair-recruitment registry of six organisations along two chains".into());
    }
    Ok(out)
}

/// Work every module does at each start (idempotent): installing bundled data such as new
/// question-bank versions.
pub async fn prepare(state: &AppState) -> anyhow::Result<()> {
    let installed = hiroba_safety::install_banks(state).await.map_err(anyhow::Error::msg)?;
    for v in installed {
        tracing::info!(version = %v, "installed Safety question bank");
    }
    hiroba_assist::prepare(state).await?;
    for id in
        hiroba_learning::store::install_bundled(&state.db).await.map_err(|e| anyhow::anyhow!("{e:?}"))?
    {
        tracing::info!(course = %id, "installed bundled course");
    }
    Ok(())
}

/// Periodic work of the modules that is not a queued job (flushing view counts).
pub async fn tick(state: &AppState) {
    if let Err(e) = hiroba_portal::views::flush(state).await {
        tracing::warn!("flushing page views: {e}");
    }
    if let Err(e) = hiroba_safety::store::flush_visits(&state.db, &state.hits).await {
        tracing::warn!("flushing Safety visits: {e}");
    }
    if let Err(e) =
        hiroba_assist::cases::apply_retention(&state.db, &state.cipher, state.config.assist_retention_years)
            .await
    {
        tracing::warn!("applying the Assist retention rule: {e}");
    }
    if let Err(e) = hiroba_companies::reports::schedule_due(&state.db).await {
        tracing::warn!("scheduling the company program's reports: {e}");
    }
    if let Err(e) = hiroba_safety::store::purge_stale_drafts(&state.db).await {
        tracing::warn!("purging stale Safety drafts: {e}");
    }
}

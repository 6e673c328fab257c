//! Portal: practical information about living and working in Japan, in every language the
//! platform serves, light enough for a cheap phone on a prepaid connection.
//!
//! - Reading: `/{lang}/articles`, `/{lang}/articles/{slug}`, `/{lang}/topics/{topic}`,
//!   `/{lang}/countries/{code}`, `/{lang}/search?q=`, `/{lang}/feed.atom`, `/sitemap.xml`.
//! - Editing (secretariat): `/{lang}/admin/portal/…`: drafts, review, publication, a translation
//!   dashboard (missing / outdated / up to date), previews in any language, revision history,
//!   reader statistics.
//!
//! Rules this module enforces: article bodies are sanitised ([`markdown`]); a reader always gets a
//! page (their language, else English, else Japanese, marked as such); views are counted per
//! article, language and day with no cookie and no address ([`views`]); search works for any
//! script on both databases ([`search`]).

pub mod articles;
pub mod bench;
pub mod entities;
pub mod import;
pub use hiroba_core::markdown;
pub mod media;
pub mod model;
mod routes;
pub mod search;
pub mod views;

use hiroba_core::auth::Policy;
use hiroba_core::web::{AdminSection, Routes};

pub static LOCALES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The starter content (twelve articles in every language), in the import folder format.
pub static CONTENT: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/content");

pub fn routes() -> Routes {
    use routes::media as media_routes;
    use routes::*;
    Routes::new()
        .get("/{lang}/articles", Policy::Public, read::index)
        .get("/{lang}/articles/{slug}", Policy::Public, read::show)
        .get("/{lang}/topics/{topic}", Policy::Public, read::topic)
        .get("/{lang}/countries/{code}", Policy::Public, read::country)
        .get("/{lang}/search", Policy::Public, search_page::page)
        .get("/{lang}/feed.atom", Policy::Public, feed::atom)
        .get("/sitemap.xml", Policy::Public, feed::sitemap)
        .get("/{lang}/admin/portal", Policy::SECRETARIAT, edit::dashboard)
        .get("/{lang}/admin/portal/stats", Policy::SECRETARIAT, stats::page)
        .get("/{lang}/admin/portal/new", Policy::SECRETARIAT, edit::new_form)
        .post("/{lang}/admin/portal/new", Policy::SECRETARIAT, edit::new_submit)
        .get("/{lang}/admin/portal/{id}", Policy::SECRETARIAT, edit::show)
        .post("/{lang}/admin/portal/{id}/settings", Policy::SECRETARIAT, edit::settings)
        .post("/{lang}/admin/portal/{id}/status", Policy::SECRETARIAT, edit::status)
        .get("/{lang}/admin/portal/{id}/edit/{tlang}", Policy::SECRETARIAT, edit::translation_form)
        .post("/{lang}/admin/portal/{id}/edit/{tlang}", Policy::SECRETARIAT, edit::translation_submit)
        .get("/{lang}/admin/portal/{id}/preview/{tlang}", Policy::SECRETARIAT, edit::preview)
        .get("/{lang}/admin/portal/{id}/revisions", Policy::SECRETARIAT, edit::revisions)
        .post_upload(
            "/{lang}/admin/portal/{id}/images",
            Policy::SECRETARIAT,
            crate::media::MAX_IMAGE_BYTES + 65536,
            media_routes::upload_image,
        )
        .post_upload(
            "/{lang}/admin/portal/{id}/video",
            Policy::SECRETARIAT,
            crate::media::MAX_VIDEO_BYTES + 65536,
            media_routes::upload_video,
        )
        .post("/{lang}/admin/portal/{id}/subtitles", Policy::SECRETARIAT, media_routes::save_subtitles)
        .post("/{lang}/admin/portal/{id}/poster", Policy::SECRETARIAT, media_routes::set_poster)
        .get("/media/images/{id}/{width}", Policy::Public, media_routes::image)
        .get("/media/videos/{file}", Policy::Public, media_routes::video)
        .get("/media/subtitles/{id}/{file}", Policy::Public, media_routes::subtitles)
        .admin_section(AdminSection {
            title: "portal-admin-title",
            text: "portal-admin-section",
            path: "/admin/portal",
        })
        .admin_section(AdminSection {
            title: "portal-stats-title",
            text: "portal-stats-section",
            path: "/admin/portal/stats",
        })
}

/// Load the starter content into an empty portal (demo data).
pub async fn load_demo(state: &hiroba_core::AppState) -> Result<usize, import::ImportError> {
    let n = import::import(&state.db, &CONTENT, &state.config.languages).await?;
    state.page_cache.clear();
    Ok(n)
}

//! Learning: courses for the staff of companies and SMEs, with lessons, a self-assessment quiz
//! per chapter and a pass mark, progress (resume, time left, points and streak).
//!
//! Courses are data (see [`course`] for the folder format), stored in the database as those files
//! ([`store`]): the secretariat writes and translates them in the browser or imports a folder, and
//! the bundled SME course is installed at the first start. Completing a course earns a verifiable
//! badge ([`badges`]); companies assign courses to their staff and suppliers ([`assignments`]).

pub mod assignments;
pub mod badges;
pub mod course;
pub mod entities;
pub mod progress;
mod routes;
pub mod store;

use std::sync::Arc;

use hiroba_core::auth::Policy;
use hiroba_core::web::{AdminSection, Routes};

use course::Course;

pub static LOCALES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The courses shipped with Hiroba, one folder each, installed by [`store::install_bundled`] (see [`course`] for the format).
pub static COURSES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/courses");

/// Languages every published course must have in full.
pub const REQUIRED_LANGUAGES: [&str; 2] = ["en", "ja"];

/// A published course, as learners see it.
pub async fn course(db: &hiroba_core::db::Db, id: &str) -> Result<Option<Arc<Course>>, sea_orm::DbErr> {
    store::published(db, id).await
}

/// Every published course.
pub async fn courses(db: &hiroba_core::db::Db) -> Result<Vec<Arc<Course>>, sea_orm::DbErr> {
    store::all_published(db).await
}

/// Anyone with an account can learn.
pub const LEARNERS: Policy = Policy::SignedIn;

pub fn routes() -> Routes {
    use routes::{authoring, badge_pages::*, company_pages::*, *};
    Routes::new()
        .get("/{lang}/learn", LEARNERS, list)
        .get("/{lang}/learn/{course}", LEARNERS, course_page)
        .get("/{lang}/learn/{course}/lessons/{lesson}", LEARNERS, lesson)
        .post("/{lang}/learn/{course}/lessons/{lesson}", LEARNERS, finish_lesson)
        .get("/{lang}/learn/{course}/lessons/{lesson}/subtitles.vtt", LEARNERS, subtitles)
        .get("/{lang}/learn/{course}/quiz/{chapter}", LEARNERS, quiz)
        .post("/{lang}/learn/{course}/quiz/{chapter}", LEARNERS, answer_quiz)
        .get("/{lang}/badges/{id}", Policy::Public, badge_page)
        .get("/{lang}/badges/{id}/credential.json", Policy::Public, badge_json)
        .get("/{lang}/badges/{id}/certificate.pdf", Policy::Public, certificate_pdf)
        .get("/.well-known/jwks.json", Policy::Public, jwks)
        .post("/{lang}/admin/badges/{id}/revoke", Policy::SECRETARIAT, revoke_badge)
        .get("/{lang}/admin/learning", Policy::SECRETARIAT, admin_totals)
        .get("/{lang}/admin/learning/courses", Policy::SECRETARIAT, authoring::courses)
        .post("/{lang}/admin/learning/courses", Policy::SECRETARIAT, authoring::create_course)
        .get("/{lang}/admin/learning/courses/{course}", Policy::SECRETARIAT, authoring::course)
        .post("/{lang}/admin/learning/courses/{course}/publish", Policy::SECRETARIAT, authoring::publish)
        .get("/{lang}/admin/learning/courses/{course}/edit", Policy::SECRETARIAT, authoring::edit)
        .post("/{lang}/admin/learning/courses/{course}/edit", Policy::SECRETARIAT, authoring::save)
        .post_upload(
            "/{lang}/admin/learning/courses/{course}/video",
            Policy::SECRETARIAT,
            hiroba_portal::media::MAX_VIDEO_BYTES + 65536,
            authoring::upload_video,
        )
        .get("/{lang}/company/{id}/learning", hiroba_companies::COMPANY_STAFF, company_learning)
        .get("/{lang}/company/{id}/learning.csv", hiroba_companies::COMPANY_STAFF, company_learning_csv)
        .post("/{lang}/company/{id}/learning/staff", hiroba_companies::COMPANY_ADMINS, add_learner)
        .post("/{lang}/company/{id}/learning/assign", hiroba_companies::COMPANY_ADMINS, assign_course)
        .admin_section(AdminSection {
            title: "learning-admin-title",
            text: "learning-admin-section",
            path: "/admin/learning",
        })
}

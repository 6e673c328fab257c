//! Learning: courses for the staff of companies and SMEs, with lessons, a self-assessment quiz
//! per chapter and a pass mark, progress (resume, time left, points and streak).
//!
//! Courses are data (see [`course`] for the folder format); the bundled SME course is loaded at
//! first use. Certificates and verifiable badges, company assignments and browser authoring come
//! next.

pub mod assignments;
pub mod badges;
pub mod course;
pub mod entities;
pub mod progress;
mod routes;

use std::sync::LazyLock;

use hiroba_core::auth::Policy;
use hiroba_core::web::{AdminSection, Routes};

use course::Course;

pub static LOCALES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The courses shipped with Hiroba, one folder each (see [`course`] for the format).
pub static COURSES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/courses");

/// Languages every published course must have in full.
pub const REQUIRED_LANGUAGES: [&str; 2] = ["en", "ja"];

static CATALOG: LazyLock<Vec<Course>> = LazyLock::new(|| {
    COURSES
        .dirs()
        .filter_map(|dir| match course::load(dir) {
            Ok(c) => {
                let problems = course::validate(&c, &REQUIRED_LANGUAGES);
                if problems.is_empty() {
                    Some(c)
                } else {
                    tracing::error!(course = %c.def.id, ?problems, "course not published");
                    None
                }
            }
            Err(e) => {
                tracing::error!("course folder {}: {e}", dir.path().display());
                None
            }
        })
        .collect()
});

/// The published courses.
pub fn courses() -> &'static [Course] {
    &CATALOG
}

pub fn course(id: &str) -> Option<&'static Course> {
    CATALOG.iter().find(|c| c.def.id == id)
}

/// Anyone with an account can learn.
pub const LEARNERS: Policy = Policy::SignedIn;

pub fn routes() -> Routes {
    use routes::{badge_pages::*, company_pages::*, *};
    Routes::new()
        .get("/{lang}/learn", LEARNERS, list)
        .get("/{lang}/learn/{course}", LEARNERS, course_page)
        .get("/{lang}/learn/{course}/lessons/{lesson}", LEARNERS, lesson)
        .post("/{lang}/learn/{course}/lessons/{lesson}", LEARNERS, finish_lesson)
        .get("/{lang}/learn/{course}/quiz/{chapter}", LEARNERS, quiz)
        .post("/{lang}/learn/{course}/quiz/{chapter}", LEARNERS, answer_quiz)
        .get("/{lang}/badges/{id}", Policy::Public, badge_page)
        .get("/{lang}/badges/{id}/credential.json", Policy::Public, badge_json)
        .get("/{lang}/badges/{id}/certificate.pdf", Policy::Public, certificate_pdf)
        .get("/.well-known/jwks.json", Policy::Public, jwks)
        .post("/{lang}/admin/badges/{id}/revoke", Policy::SECRETARIAT, revoke_badge)
        .get("/{lang}/admin/learning", Policy::SECRETARIAT, admin_totals)
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

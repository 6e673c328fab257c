//! Companies assign courses and follow completion; the secretariat sees the totals.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use hiroba_core::i18n::Markup;
use hiroba_core::web::{form_field, render, see_other, Ctx, CurrentUser, ValidForm, WebError};

use super::texts;

/// One assigned course on the company's learning page.
pub struct AssignedCourse {
    pub assignment: crate::assignments::Assignment,
    pub title: String,
    /// Own staff: (name, status).
    pub people: Vec<(String, crate::assignments::Status)>,
    /// Suppliers: (name, people, completed) — counts only.
    pub suppliers: Vec<(String, usize, usize)>,
}

impl AssignedCourse {
    pub fn completed(&self) -> usize {
        self.people.iter().filter(|(_, s)| matches!(s, crate::assignments::Status::Completed(_))).count()
    }
}

#[derive(Template)]
#[template(path = "learning/company.html")]
struct CompanyLearningPage<'a> {
    ctx: &'a Ctx,
    org_id: i64,
    org_name: String,
    admin: bool,
    courses: Vec<(String, String)>,
    assigned: Vec<AssignedCourse>,
    staff_count: usize,
    error: Option<&'static str>,
}

impl CompanyLearningPage<'_> {
    fn status(&self, s: &crate::assignments::Status) -> Markup {
        match s {
            crate::assignments::Status::NotStarted => self.ctx.t("learning-status-not-started"),
            crate::assignments::Status::InProgress => self.ctx.t("learning-status-in-progress"),
            crate::assignments::Status::Completed(day) => {
                self.ctx.t_args("learning-status-completed", &[("day", day.as_str())])
            }
        }
    }
}

async fn org_access(
    ctx: &Ctx,
    me: &CurrentUser,
    org: &str,
) -> Result<hiroba_companies::chain::Access, WebError> {
    let id: i64 = org.parse().map_err(|_| WebError::NotFound)?;
    hiroba_companies::chain::access(&ctx.state.db, me.user.id, id).await?.ok_or(WebError::NotFound)
}

async fn company_report(
    ctx: &Ctx,
    access: &hiroba_companies::chain::Access,
) -> Result<Vec<AssignedCourse>, WebError> {
    use crate::assignments as a;
    let db = &ctx.state.db;
    let own = a::staff_of(db, access.org.id).await?;
    let suppliers =
        if access.org.customer_id.is_none() { a::suppliers_of(db, access.org.id).await? } else { vec![] };
    let mut out = Vec::new();
    for assignment in a::assignments_for(db, &access.org).await? {
        let Some(course) = crate::course(db, &assignment.course_id).await? else { continue };
        let statuses = a::statuses(db, &course.def.id, &own).await?;
        let mut people = Vec::new();
        for (user_id, status) in statuses {
            let name = hiroba_core::auth::users::find(db, user_id)
                .await?
                .map(|u| u.display_name)
                .unwrap_or_default();
            people.push((name, status));
        }
        people.sort_by(|x, y| x.0.cmp(&y.0));
        let mut per_supplier = Vec::new();
        for s in &suppliers {
            let theirs = a::staff_of(db, s.id).await?;
            let done = a::statuses(db, &course.def.id, &theirs)
                .await?
                .values()
                .filter(|st| matches!(st, a::Status::Completed(_)))
                .count();
            per_supplier.push((s.name.clone(), theirs.len(), done));
        }
        out.push(AssignedCourse {
            title: texts(ctx, &course).0.course.title.clone(),
            assignment,
            people,
            suppliers: per_supplier,
        });
    }
    Ok(out)
}

async fn company_page(
    ctx: &Ctx,
    access: hiroba_companies::chain::Access,
    error: Option<&'static str>,
) -> Result<Response, WebError> {
    let assigned = company_report(ctx, &access).await?;
    let courses = crate::courses(&ctx.state.db)
        .await?
        .iter()
        .map(|c| (c.def.id.clone(), texts(ctx, c).0.course.title.clone()))
        .collect();
    let staff_count = crate::assignments::staff_of(&ctx.state.db, access.org.id).await?.len();
    let mut res = render(&CompanyLearningPage {
        ctx,
        org_id: access.org.id,
        org_name: access.org.name.clone(),
        admin: access.admin,
        courses,
        assigned,
        staff_count,
        error,
    });
    if error.is_some() {
        *res.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    Ok(res)
}

pub async fn company_learning(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let access = org_access(&ctx, &me, &org).await?;
    company_page(&ctx, access, None).await
}

/// The organisation's admin, or a 403 (a 404 for someone outside it).
async fn org_admin(
    ctx: &Ctx,
    me: &CurrentUser,
    org: &str,
) -> Result<hiroba_companies::chain::Access, WebError> {
    let access = org_access(ctx, me, org).await?;
    if !access.admin {
        return Err(WebError::Forbidden);
    }
    Ok(access)
}

/// After an admin's change: audited and back to the page, or the page again with the reason.
async fn after_change(
    ctx: &Ctx,
    me: &CurrentUser,
    access: hiroba_companies::chain::Access,
    action: &str,
    outcome: Result<String, crate::assignments::AssignError>,
) -> Result<Response, WebError> {
    match outcome {
        Ok(target) => {
            hiroba_core::audit::record(&ctx.state.db, &me.actor(), action, &target, "").await?;
            Ok(see_other(&ctx.href(&format!("/company/{}/learning", access.org.id))))
        }
        Err(crate::assignments::AssignError::Db(e)) => Err(e.into()),
        Err(e) => company_page(ctx, access, Some(e.key())).await,
    }
}

/// Field `email`: a person with an account joins the organisation's learners.
pub async fn add_learner(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let access = org_admin(&ctx, &me, &org).await?;
    let outcome = crate::assignments::add_staff(&ctx.state.db, access.org.id, form_field(&fields, "email"))
        .await
        .map(|user| format!("user:{user}"));
    after_change(&ctx, &me, access, "learning.staff.add", outcome).await
}

/// Fields `course` and `due` (optional, YYYY-MM-DD).
pub async fn assign_course(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let access = org_admin(&ctx, &me, &org).await?;
    let course = form_field(&fields, "course");
    let outcome =
        crate::assignments::assign(&ctx.state.db, access.org.id, course, form_field(&fields, "due"))
            .await
            .map(|()| format!("course:{course}"));
    after_change(&ctx, &me, access, "learning.assign", outcome).await
}

/// The same report as CSV: one line per own staff member and course, one per supplier and course.
pub async fn company_learning_csv(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let access = org_access(&ctx, &me, &org).await?;
    let report = company_report(&ctx, &access).await?;
    let mut out = String::from("course,who,kind,people,completed,status\n");
    let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    for a in &report {
        for (name, status) in &a.people {
            let (done, text) = match status {
                crate::assignments::Status::Completed(day) => (1, format!("completed {day}")),
                crate::assignments::Status::InProgress => (0, "in progress".to_string()),
                crate::assignments::Status::NotStarted => (0, "not started".to_string()),
            };
            out.push_str(&format!(
                "{},{},staff,1,{done},{}\n",
                q(&a.assignment.course_id),
                q(name),
                q(&text)
            ));
        }
        for (name, people, done) in &a.suppliers {
            out.push_str(&format!("{},{},supplier,{people},{done},\n", q(&a.assignment.course_id), q(name)));
        }
    }
    Ok(axum::response::IntoResponse::into_response((
        [
            (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"learning-{}.csv\"", access.org.id),
            ),
        ],
        out,
    )))
}

/// One line of the secretariat's totals.
pub struct CourseTotals {
    pub title: String,
    pub enrolled: usize,
    pub completed: usize,
    pub badges: usize,
    pub revoked: usize,
}

#[derive(Template)]
#[template(path = "learning/admin.html")]
struct AdminPage<'a> {
    ctx: &'a Ctx,
    courses: Vec<CourseTotals>,
    /// (company, courses assigned, people, completed)
    companies: Vec<(String, usize, usize, usize)>,
}

/// The secretariat's totals: per course, and per company with assignments.
pub async fn admin_totals(ctx: Ctx, _me: CurrentUser) -> Result<Response, WebError> {
    use crate::entities::{assignments, badges as badge_rows, enrolments};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let db = &ctx.state.db;
    let mut courses = Vec::new();
    for c in crate::courses(db).await? {
        let enrolled = enrolments::Entity::find()
            .filter(enrolments::Column::CourseId.eq(c.def.id.as_str()))
            .all(db.read())
            .await?;
        let issued = badge_rows::Entity::find()
            .filter(badge_rows::Column::CourseId.eq(c.def.id.as_str()))
            .all(db.read())
            .await?;
        courses.push(CourseTotals {
            title: texts(&ctx, &c).0.course.title.clone(),
            enrolled: enrolled.len(),
            completed: enrolled.iter().filter(|e| e.completed_at.is_some()).count(),
            badges: issued.len(),
            revoked: issued.iter().filter(|b| b.revoked_at.is_some()).count(),
        });
    }
    let mut by_company: BTreeMap<i64, Vec<String>> = BTreeMap::new();
    for a in assignments::Entity::find().all(db.read()).await? {
        by_company.entry(a.company_id).or_default().push(a.course_id);
    }
    let mut companies = Vec::new();
    for (company_id, assigned) in by_company {
        let Some(company) = hiroba_companies::chain::company(db, company_id).await? else { continue };
        let mut people = crate::assignments::staff_of(db, company_id).await?;
        for s in crate::assignments::suppliers_of(db, company_id).await? {
            people.extend(crate::assignments::staff_of(db, s.id).await?);
        }
        let mut completed = 0;
        for course in &assigned {
            completed += crate::assignments::statuses(db, course, &people)
                .await?
                .values()
                .filter(|s| matches!(s, crate::assignments::Status::Completed(_)))
                .count();
        }
        companies.push((company.name, assigned.len(), people.len(), completed));
    }
    Ok(render(&AdminPage { ctx: &ctx, courses, companies }))
}

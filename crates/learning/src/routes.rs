//! The learner's pages: the course list, a course with its progress, a lesson, a chapter's quiz
//! and its results. Every page works without JavaScript; the video player is the browser's own.

use std::collections::{BTreeMap, BTreeSet};

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use hiroba_core::i18n::Markup;
use hiroba_core::web::{render, see_other, Ctx, CurrentUser, ValidForm, WebError};

use crate::badges::{self, Badge, Issuer};
use crate::course::{self, Course, Kind, Lesson, Quiz, Score, Texts};
use crate::progress::{self, Next, Progress};

/// The course's texts in the reader's language, or English with the language named as missing.
fn texts<'a>(ctx: &Ctx, course: &'a Course) -> (&'a Texts, bool) {
    match course.texts.get(&ctx.lang) {
        Some(t) => (t, false),
        None => (&course.texts["en"], true),
    }
}

fn find(id: &str) -> Result<&'static Course, WebError> {
    crate::course(id).ok_or(WebError::NotFound)
}

/// A course with what the learner has done, for the list and the course page.
pub struct CourseLine {
    pub course: &'static Course,
    pub progress: Progress,
}

impl CourseLine {
    pub fn title(&self, lang: &str) -> &str {
        let t = self.course.texts.get(lang).unwrap_or(&self.course.texts["en"]);
        &t.course.title
    }
}

#[derive(Template)]
#[template(path = "learning/list.html")]
struct ListPage<'a> {
    ctx: &'a Ctx,
    lines: Vec<CourseLine>,
    /// (course, company that assigned it)
    assigned: Vec<(String, String)>,
}

impl ListPage<'_> {
    fn assigned_by(&self, course: &str) -> Vec<&str> {
        self.assigned.iter().filter(|(c, _)| c == course).map(|(_, by)| by.as_str()).collect()
    }
}

pub async fn list(ctx: Ctx, me: CurrentUser) -> Result<Response, WebError> {
    let mut lines = Vec::new();
    for course in crate::courses() {
        lines.push(CourseLine {
            course,
            progress: progress::progress(&ctx.state.db, me.user.id, course).await?,
        });
    }
    let assigned = crate::assignments::assigned_to(&ctx.state.db, me.user.id).await?;
    Ok(render(&ListPage { ctx: &ctx, lines, assigned }))
}

#[derive(Template)]
#[template(path = "learning/course.html")]
struct CoursePage<'a> {
    ctx: &'a Ctx,
    course: &'static Course,
    texts: &'static Texts,
    fallback: bool,
    progress: Progress,
    /// Where the "continue" button leads.
    resume: String,
    badge: Option<Badge>,
}

impl CoursePage<'_> {
    fn lesson_title<'b>(&'b self, id: &'b str) -> &'b str {
        self.texts.lessons.get(id).map(|l| l.meta.title.as_str()).unwrap_or(id)
    }

    fn minutes(&self, id: &str) -> u32 {
        self.texts.lessons.get(id).map(|l| l.meta.minutes).unwrap_or(0)
    }

    fn chapter_number(&self, id: &str) -> usize {
        self.course.def.chapters.iter().position(|c| c.id == id).map(|i| i + 1).unwrap_or(0)
    }
}

fn step_link(ctx: &Ctx, course: &Course, next: &Next) -> String {
    match next {
        Next::Lesson(l) => ctx.href(&format!("/learn/{}/lessons/{l}", course.def.id)),
        Next::Quiz(c) => ctx.href(&format!("/learn/{}/quiz/{c}", course.def.id)),
        Next::Done => ctx.href(&format!("/learn/{}", course.def.id)),
    }
}

pub async fn course_page(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let course = find(&id)?;
    let (texts, fallback) = texts(&ctx, course);
    let progress = progress::progress(&ctx.state.db, me.user.id, course).await?;
    // Resume where the learner left off, unless that lesson is done: then the next step.
    let resume = match &progress.last_lesson {
        Some(l) if !progress.lessons_done.contains(l) => step_link(&ctx, course, &Next::Lesson(l.clone())),
        _ => step_link(&ctx, course, &progress.next),
    };
    // A completed course has its badge (issued here too, should the quiz page not have).
    let badge = if progress.completed {
        Some(
            badges::issue(&ctx.state.db, &issuer(&ctx), me.user.id, &me.user.display_name, course)
                .await
                .map_err(|e| WebError::Internal(e.to_string()))?,
        )
    } else {
        None
    };
    Ok(render(&CoursePage { ctx: &ctx, course, texts, fallback, progress, resume, badge }))
}

#[derive(Template)]
#[template(path = "learning/lesson.html")]
struct LessonPage<'a> {
    ctx: &'a Ctx,
    course: &'static Course,
    course_title: &'static str,
    id: String,
    lesson: &'static Lesson,
    body: Markup,
    fallback: bool,
    done: bool,
    position: (usize, usize),
}

pub async fn lesson(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id, lesson_id)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let course = find(&id)?;
    let (texts, fallback) = texts(&ctx, course);
    let lesson = texts.lessons.get(&lesson_id).ok_or(WebError::NotFound)?;
    progress::opened(&ctx.state.db, me.user.id, &course.def.id, Some(&lesson_id)).await?;
    let progress = progress::progress(&ctx.state.db, me.user.id, course).await?;
    let all: Vec<&String> = course.def.chapters.iter().flat_map(|c| c.lessons.iter()).collect();
    let position = (all.iter().position(|l| **l == lesson_id).map(|i| i + 1).unwrap_or(0), all.len());
    let body = Markup(hiroba_portal::markdown::render(&lesson.markdown, ctx.furigana));
    Ok(render(&LessonPage {
        ctx: &ctx,
        course,
        course_title: &texts.course.title,
        done: progress.lessons_done.contains(&lesson_id),
        id: lesson_id,
        lesson,
        body,
        fallback,
        position,
    }))
}

/// "Done, next": the lesson is finished; go on to the next step of the course.
pub async fn finish_lesson(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id, lesson_id)): Path<(String, String, String)>,
    ValidForm(_): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let course = find(&id)?;
    if !course.def.chapters.iter().any(|c| c.lessons.contains(&lesson_id)) {
        return Err(WebError::NotFound);
    }
    progress::finish_lesson(&ctx.state.db, me.user.id, &course.def.id, &lesson_id).await?;
    // The next step after this lesson in course order: the following lesson, or the chapter quiz.
    let chapter = course.def.chapters.iter().find(|c| c.lessons.contains(&lesson_id)).expect("checked above");
    let at = chapter.lessons.iter().position(|l| *l == lesson_id).unwrap_or(0);
    let next = match chapter.lessons.get(at + 1) {
        Some(l) => Next::Lesson(l.clone()),
        None => Next::Quiz(chapter.id.clone()),
    };
    Ok(see_other(&step_link(&ctx, course, &next)))
}

#[derive(Template)]
#[template(path = "learning/quiz.html")]
struct QuizPage<'a> {
    ctx: &'a Ctx,
    course: &'static Course,
    course_title: &'static str,
    chapter: String,
    chapter_number: usize,
    quiz: &'static Quiz,
    fallback: bool,
    /// After submitting: the score and what was chosen.
    result: Option<(Score, BTreeMap<String, BTreeSet<String>>)>,
    error: Option<&'static str>,
    next: Option<String>,
    attempts: usize,
}

impl QuizPage<'_> {
    fn chosen(&self, question: &str, choice: &str) -> bool {
        self.result.as_ref().is_some_and(|(_, a)| a.get(question).is_some_and(|s| s.contains(choice)))
    }

    fn right(&self, question: &str) -> bool {
        self.result.as_ref().is_some_and(|(s, _)| s.per_question.get(question).copied().unwrap_or(false))
    }

    fn is_multiple(&self, kind: &Kind) -> bool {
        *kind == Kind::Multiple
    }

    fn pass_percent(&self) -> u32 {
        (self.course.def.pass_mark * 100.0).round() as u32
    }
}

fn chapter_quiz(
    ctx: &Ctx,
    course: &'static Course,
    chapter: &str,
) -> Result<(&'static Quiz, bool, usize), WebError> {
    let (texts, fallback) = texts(ctx, course);
    let quiz = texts.quizzes.get(chapter).ok_or(WebError::NotFound)?;
    let number =
        course.def.chapters.iter().position(|c| c.id == chapter).map(|i| i + 1).ok_or(WebError::NotFound)?;
    Ok((quiz, fallback, number))
}

pub async fn quiz(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id, chapter)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let course = find(&id)?;
    let (quiz, fallback, chapter_number) = chapter_quiz(&ctx, course, &chapter)?;
    let attempts = progress::attempts_at(&ctx.state.db, me.user.id, &course.def.id, &chapter).await?.len();
    let (texts, _) = texts(&ctx, course);
    Ok(render(&QuizPage {
        ctx: &ctx,
        course,
        course_title: &texts.course.title,
        chapter,
        chapter_number,
        quiz,
        fallback,
        result: None,
        error: None,
        next: None,
        attempts,
    }))
}

/// Fields `q-<question id>`, one per chosen choice. Every question must be answered.
pub async fn answer_quiz(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id, chapter)): Path<(String, String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let course = find(&id)?;
    let (quiz, fallback, chapter_number) = chapter_quiz(&ctx, course, &chapter)?;
    let (texts, _) = texts(&ctx, course);
    let mut answers: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, value) in &fields {
        if let Some(q) = name.strip_prefix("q-") {
            let Some(question) = quiz.questions.iter().find(|x| x.id == q) else { continue };
            if question.choices.iter().any(|c| &c.id == value) {
                answers.entry(q.to_string()).or_default().insert(value.clone());
            }
        }
    }
    let unanswered = quiz.questions.iter().any(|q| !answers.contains_key(&q.id));
    let attempts = progress::attempts_at(&ctx.state.db, me.user.id, &course.def.id, &chapter).await?.len();
    let page = |result, error, next, attempts| QuizPage {
        ctx: &ctx,
        course,
        course_title: &texts.course.title,
        chapter: chapter.clone(),
        chapter_number,
        quiz,
        fallback,
        result,
        error,
        next,
        attempts,
    };
    if unanswered {
        let mut res = render(&page(None, Some("learning-quiz-unanswered"), None, attempts));
        *res.status_mut() = axum::http::StatusCode::BAD_REQUEST;
        return Ok(res);
    }
    let score = course::score(quiz, course.def.pass_mark, &answers);
    progress::record_attempt(
        &ctx.state.db,
        me.user.id,
        &course.def.id,
        &chapter,
        &ctx.lang,
        &score,
        &answers,
    )
    .await?;
    if progress::complete_if_done(&ctx.state.db, me.user.id, course).await? {
        badges::issue(&ctx.state.db, &issuer(&ctx), me.user.id, &me.user.display_name, course)
            .await
            .map_err(|e| WebError::Internal(e.to_string()))?;
    }
    let progress = progress::progress(&ctx.state.db, me.user.id, course).await?;
    let next = score.passed.then(|| step_link(&ctx, course, &progress.next));
    Ok(render(&page(Some((score, answers)), None, next, attempts + 1)))
}

fn issuer(ctx: &Ctx) -> Issuer {
    Issuer::derive(&ctx.state.hmac_key, &ctx.state.config.public_url)
}

#[derive(Template)]
#[template(path = "learning/badge.html")]
struct BadgePage<'a> {
    ctx: &'a Ctx,
    badge: Badge,
    /// The verified credential (`None`: the signature did not verify).
    credential: Option<serde_json::Value>,
    course_title: String,
    can_revoke: bool,
    pdf: bool,
}

impl BadgePage<'_> {
    fn subject(&self) -> String {
        self.credential
            .as_ref()
            .and_then(|c| c["credentialSubject"]["name"].as_str())
            .unwrap_or("")
            .to_string()
    }
}

/// The public verification page of a badge.
pub async fn badge_page(ctx: Ctx, Path((_, id)): Path<(String, String)>) -> Result<Response, WebError> {
    let badge = badges::find(&ctx.state.db, &id).await?.ok_or(WebError::NotFound)?;
    let credential = badges::verify(&badge.jwt, &issuer(&ctx).verifying_key()).ok();
    let course_title = crate::course(&badge.course_id)
        .map(|c| texts(&ctx, c).0.course.title.clone())
        .unwrap_or_else(|| badge.course_id.clone());
    let can_revoke = ctx.has_role("secretariat");
    let pdf = ctx.state.config.chromium.is_some();
    Ok(render(&BadgePage { ctx: &ctx, badge, credential, course_title, can_revoke, pdf }))
}

/// The badge for machines: the credential, its JWT, its status and the key that signed it.
pub async fn badge_json(ctx: Ctx, Path((_, id)): Path<(String, String)>) -> Result<Response, WebError> {
    let badge = badges::find(&ctx.state.db, &id).await?.ok_or(WebError::NotFound)?;
    let issuer = issuer(&ctx);
    let credential = badges::verify(&badge.jwt, &issuer.verifying_key()).ok();
    let body = serde_json::json!({
        "status": if badge.revoked_at.is_some() { "revoked" } else if credential.is_some() { "valid" } else { "invalid" },
        "revokedAt": badge.revoked_at.map(|t| t.to_rfc3339()),
        "revocationReason": badge.revoked_reason,
        "jwt": badge.jwt,
        "credential": credential,
        "publicKeyJwk": issuer.jwk(),
    });
    Ok(axum::response::IntoResponse::into_response((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )))
}

/// The platform's public keys (JWK set), for verifiers.
pub async fn jwks(ctx: Ctx) -> Response {
    let body = serde_json::json!({ "keys": [issuer(&ctx).jwk()] });
    axum::response::IntoResponse::into_response((
        [(axum::http::header::CONTENT_TYPE, "application/jwk-set+json")],
        body.to_string(),
    ))
}

/// The secretariat revokes a badge (field `reason`); verification shows it from then on.
pub async fn revoke_badge(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let reason = fields.iter().find(|(k, _)| k == "reason").map(|(_, v)| v.trim()).unwrap_or("");
    if reason.is_empty() {
        return Err(WebError::BadRequest("badge-reason-missing"));
    }
    if badges::find(&ctx.state.db, &id).await?.is_none() {
        return Err(WebError::NotFound);
    }
    badges::revoke(&ctx.state.db, &id, reason).await?;
    hiroba_core::audit::record(
        &ctx.state.db,
        &me.actor(),
        "learning.badge.revoke",
        &format!("badge:{id}"),
        reason,
    )
    .await?;
    Ok(see_other(&ctx.href(&format!("/badges/{id}"))))
}

#[derive(Template)]
#[template(path = "learning/certificate_pdf.html")]
struct CertificatePdf<'a> {
    ctx: &'a Ctx,
    badge: Badge,
    name: String,
    course_title: String,
    url: String,
    qr: Markup,
    css: &'static str,
}

/// The certificate's own stylesheet (Chromium prints a file: there is no server to fetch from).
const CERTIFICATE_CSS: &str = "@page{size:A4 landscape;margin:16mm}\
body{font-family:'Noto Sans','Noto Sans CJK JP','Noto Sans CJK SC','Noto Sans Myanmar',sans-serif;color:#111;margin:0}\
.certificate{border:6px double #0b5d4b;padding:12mm;text-align:center;min-height:120mm}\
.issuer{font-size:14pt;letter-spacing:.2em;color:#0b5d4b;margin:0}h1{font-size:30pt;margin:6mm 0}\
.name{font-size:28pt;font-weight:700;margin:8mm 0 4mm;line-height:1.6}.course{font-size:15pt;margin:0 0 4mm}\
.date{font-size:12pt}.verify{display:flex;gap:6mm;align-items:center;justify-content:center;margin-top:8mm;font-size:9pt;text-align:left}\
.qr svg{width:32mm;height:32mm}ruby rt{font-size:.5em}";

/// The certificate as a PDF, where the server has Chromium: the learner's name in whatever script
/// it is written, with the fonts embedded.
pub async fn certificate_pdf(ctx: Ctx, Path((_, id)): Path<(String, String)>) -> Result<Response, WebError> {
    let Some(chromium) = ctx.state.config.chromium.clone() else { return Err(WebError::NotFound) };
    let badge = badges::find(&ctx.state.db, &id).await?.ok_or(WebError::NotFound)?;
    let credential =
        badges::verify(&badge.jwt, &issuer(&ctx).verifying_key()).map_err(|_| WebError::NotFound)?;
    let name = credential["credentialSubject"]["name"].as_str().unwrap_or("").to_string();
    let course_title = crate::course(&badge.course_id)
        .map(|c| texts(&ctx, c).0.course.title.clone())
        .unwrap_or_else(|| badge.course_id.clone());
    let url = format!("{}{}", ctx.state.config.public_url, ctx.href(&format!("/badges/{}", badge.id)));
    let qr = hiroba_core::auth::totp::qr_svg(&url).ok_or_else(|| WebError::Internal("QR code".into()))?;
    let file_name = format!("certificate-{}.pdf", badge.id);
    let html =
        CertificatePdf { ctx: &ctx, badge, name, course_title, url, qr: Markup(qr), css: CERTIFICATE_CSS }
            .render()
            .map_err(|e| WebError::Internal(format!("template: {e}")))?;
    let pdf = hiroba_core::web::pdf::print_html(&chromium, &html).await.map_err(WebError::Internal)?;
    Ok(axum::response::IntoResponse::into_response((
        [
            (axum::http::header::CONTENT_TYPE, "application/pdf".to_string()),
            (axum::http::header::CONTENT_DISPOSITION, format!("inline; filename=\"{file_name}\"")),
        ],
        pdf,
    )))
}

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
        let Some(course) = crate::course(&assignment.course_id) else { continue };
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
            title: texts(ctx, course).0.course.title.clone(),
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
    let courses =
        crate::courses().iter().map(|c| (c.def.id.clone(), texts(ctx, c).0.course.title.clone())).collect();
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

fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

/// Field `email`: a person with an account joins the organisation's learners.
pub async fn add_learner(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let access = org_access(&ctx, &me, &org).await?;
    if !access.admin {
        return Err(WebError::Forbidden);
    }
    match crate::assignments::add_staff(&ctx.state.db, access.org.id, field(&fields, "email")).await {
        Ok(user) => {
            hiroba_core::audit::record(
                &ctx.state.db,
                &me.actor(),
                "learning.staff.add",
                &format!("user:{user}"),
                "",
            )
            .await?;
            Ok(see_other(&ctx.href(&format!("/company/{}/learning", access.org.id))))
        }
        Err(crate::assignments::AssignError::Db(e)) => Err(e.into()),
        Err(e) => company_page(&ctx, access, Some(e.key())).await,
    }
}

/// Fields `course` and `due` (optional, YYYY-MM-DD).
pub async fn assign_course(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, org)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let access = org_access(&ctx, &me, &org).await?;
    if !access.admin {
        return Err(WebError::Forbidden);
    }
    let course = field(&fields, "course");
    match crate::assignments::assign(&ctx.state.db, access.org.id, course, field(&fields, "due")).await {
        Ok(()) => {
            hiroba_core::audit::record(
                &ctx.state.db,
                &me.actor(),
                "learning.assign",
                &format!("course:{course}"),
                "",
            )
            .await?;
            Ok(see_other(&ctx.href(&format!("/company/{}/learning", access.org.id))))
        }
        Err(crate::assignments::AssignError::Db(e)) => Err(e.into()),
        Err(e) => company_page(&ctx, access, Some(e.key())).await,
    }
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
    for c in crate::courses() {
        let enrolled = enrolments::Entity::find()
            .filter(enrolments::Column::CourseId.eq(c.def.id.as_str()))
            .all(db.read())
            .await?;
        let issued = badge_rows::Entity::find()
            .filter(badge_rows::Column::CourseId.eq(c.def.id.as_str()))
            .all(db.read())
            .await?;
        courses.push(CourseTotals {
            title: texts(&ctx, c).0.course.title.clone(),
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

//! The learner's pages: the course list, a course with its progress, a lesson, a chapter's quiz
//! and its results. Every page works without JavaScript; the video player is the browser's own.

pub mod authoring;
pub mod badge_pages;
pub mod company_pages;

use std::collections::{BTreeMap, BTreeSet};

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use hiroba_core::i18n::Markup;
use hiroba_core::web::{render, see_other, Ctx, CurrentUser, ValidForm, WebError};

use self::badge_pages::issuer;
use crate::badges::{self, Badge};
use crate::course::{self, Course, Kind, Lesson, Quiz, Score, Texts};
use crate::progress::{self, Next, Progress};

/// The course's texts in the reader's language, or English with the language named as missing.
pub(crate) fn texts<'a>(ctx: &Ctx, course: &'a Course) -> (&'a Texts, bool) {
    match course.texts.get(&ctx.lang) {
        Some(t) => (t, false),
        None => (&course.texts["en"], true),
    }
}

async fn find(ctx: &Ctx, id: &str) -> Result<std::sync::Arc<Course>, WebError> {
    crate::course(&ctx.state.db, id).await?.ok_or(WebError::NotFound)
}

/// A course with what the learner has done, for the list and the course page.
pub struct CourseLine {
    pub course: std::sync::Arc<Course>,
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
    for course in crate::courses(&ctx.state.db).await? {
        let progress = progress::progress(&ctx.state.db, me.user.id, &course).await?;
        lines.push(CourseLine { course, progress });
    }
    let assigned = crate::assignments::assigned_to(&ctx.state.db, me.user.id).await?;
    Ok(render(&ListPage { ctx: &ctx, lines, assigned }))
}

#[derive(Template)]
#[template(path = "learning/course.html")]
struct CoursePage<'a> {
    ctx: &'a Ctx,
    course: &'a Course,
    texts: &'a Texts,
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
    let course = find(&ctx, &id).await?;
    let course = &*course;
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
    course: &'a Course,
    course_title: &'a str,
    id: String,
    lesson: &'a Lesson,
    body: Markup,
    /// The lesson's video file, and the languages with subtitles for it (code, name).
    video: Option<String>,
    tracks: Vec<(String, String)>,
    fallback: bool,
    done: bool,
    position: (usize, usize),
}

pub async fn lesson(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id, lesson_id)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let course = find(&ctx, &id).await?;
    let course = &*course;
    let (texts, fallback) = texts(&ctx, course);
    let lesson = texts.lessons.get(&lesson_id).ok_or(WebError::NotFound)?;
    progress::opened(&ctx.state.db, me.user.id, &course.def.id, Some(&lesson_id)).await?;
    let progress = progress::progress(&ctx.state.db, me.user.id, course).await?;
    let all: Vec<&String> = course.def.chapters.iter().flat_map(|c| c.lessons.iter()).collect();
    let position = (all.iter().position(|l| **l == lesson_id).map(|i| i + 1).unwrap_or(0), all.len());
    let body = Markup(hiroba_core::markdown::render(&lesson.markdown, ctx.furigana));
    let video = lesson.meta.video.clone().or_else(|| course.def.videos.get(&lesson_id).cloned());
    let tracks = course
        .subtitles
        .iter()
        .filter(|(_, t)| t.contains_key(&lesson_id))
        .map(|(l, _)| {
            let name = ctx.state.i18n.language(l).map(|x| x.native_name.clone()).unwrap_or_else(|| l.clone());
            (l.clone(), name)
        })
        .collect();
    Ok(render(&LessonPage {
        ctx: &ctx,
        video,
        tracks,
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

/// A lesson video's subtitles in the language of the path (`/{lang}/…/subtitles.vtt`).
pub async fn subtitles(
    ctx: Ctx,
    _me: CurrentUser,
    Path((lang, id, lesson_id)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    use axum::response::IntoResponse;
    let course = find(&ctx, &id).await?;
    let vtt = course.subtitles.get(&lang).and_then(|t| t.get(&lesson_id)).ok_or(WebError::NotFound)?.clone();
    Ok(([(axum::http::header::CONTENT_TYPE, "text/vtt; charset=utf-8")], vtt).into_response())
}

/// "Done, next": the lesson is finished; go on to the next step of the course.
pub async fn finish_lesson(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id, lesson_id)): Path<(String, String, String)>,
    ValidForm(_): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let course = find(&ctx, &id).await?;
    let course = &*course;
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
    course: &'a Course,
    course_title: &'a str,
    chapter: String,
    chapter_number: usize,
    quiz: &'a Quiz,
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

fn chapter_quiz<'c>(
    ctx: &Ctx,
    course: &'c Course,
    chapter: &str,
) -> Result<(&'c Quiz, bool, usize), WebError> {
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
    let course = find(&ctx, &id).await?;
    let course = &*course;
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
    let course = find(&ctx, &id).await?;
    let course = &*course;
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

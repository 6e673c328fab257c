//! The secretariat writes and translates courses in the browser: a dashboard of every course and
//! the state of each language, a course page with every file of the course, an editor per file
//! (the source text beside a translation), publishing, and a video per lesson.
//!
//! The editor works on the files of the folder format itself, so what is written here can be
//! exported and reviewed as text, and a folder written elsewhere can be imported.

use askama::Template;
use axum::extract::{Multipart, Path, Query};
use axum::response::Response;
use hiroba_core::audit;
use hiroba_core::web::ctx::SecretariatUser;
use hiroba_core::web::{form_field, render_form, see_other, Ctx, CurrentUser, ValidForm, WebError};
use serde::Deserialize;

use crate::course::CourseDef;
use crate::store::{self, FileKind, StoreError, StoredFile, TranslationState};

/// One course on the dashboard: its title and, per language, how many files are missing or outdated.
pub struct CourseSummary {
    pub row: store::CourseRow,
    pub title: String,
    /// (language, missing, outdated)
    pub languages: Vec<(String, usize, usize)>,
}

#[derive(Template)]
#[template(path = "learning/authoring/courses.html")]
struct CoursesPage<'a> {
    ctx: &'a Ctx,
    courses: Vec<CourseSummary>,
    error: Option<&'static str>,
    form: (String, String, String),
}

/// The commands for courses written as folders (not translated: they are typed as they are).
const COMMANDS: &str = "hiroba learning check courses/my-course\nhiroba learning import courses/my-course\nhiroba learning export my-course /tmp/my-course";

fn languages(ctx: &Ctx) -> Vec<String> {
    ctx.state.i18n.languages().iter().map(|l| l.code.clone()).collect()
}

/// The names (`why-act.md`, `quiz-introduction.toml`, …) a course has in every language, in
/// reading order; subtitles only for lessons with a video.
fn names(def: &CourseDef) -> Vec<(String, FileKind)> {
    let mut out = vec![("course.toml".to_string(), FileKind::Texts)];
    for chapter in &def.chapters {
        for lesson in &chapter.lessons {
            out.push((format!("{lesson}.md"), FileKind::Lesson(lesson.clone())));
            if def.videos.contains_key(lesson) {
                out.push((format!("{lesson}.vtt"), FileKind::Subtitles(lesson.clone())));
            }
        }
        out.push((format!("quiz-{}.toml", chapter.id), FileKind::Quiz(chapter.id.clone())));
    }
    out
}

fn structure(files: &[StoredFile]) -> Option<CourseDef> {
    let f = files.iter().find(|f| f.path == "course.toml")?;
    crate::course::parse::<CourseDef>("course.toml", &f.content).ok()
}

fn source_title(files: &[StoredFile], source_lang: &str) -> Option<String> {
    let f = files.iter().find(|f| f.path == format!("{source_lang}/course.toml"))?;
    crate::course::parse::<crate::course::CourseText>("", &f.content).ok().map(|t| t.title)
}

async fn courses_page(
    ctx: &Ctx,
    error: Option<&'static str>,
    form: (String, String, String),
) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let langs = languages(ctx);
    let mut courses = Vec::new();
    for row in store::rows(db).await? {
        let files = store::files(db, &row.id).await?;
        let def = structure(&files);
        let mut per_lang = Vec::new();
        for lang in &langs {
            let (mut missing, mut outdated) = (0, 0);
            for (name, _) in def.as_ref().map(names).unwrap_or_default() {
                match store::state_of(&files, &row.source_lang, lang, &name) {
                    TranslationState::Missing => missing += 1,
                    TranslationState::Outdated => outdated += 1,
                    _ => {}
                }
            }
            per_lang.push((lang.clone(), missing, outdated));
        }
        let title = source_title(&files, &row.source_lang).unwrap_or_else(|| row.id.clone());
        courses.push(CourseSummary { row, title, languages: per_lang });
    }
    Ok(render_form(&CoursesPage { ctx, courses, error, form }, error.is_some()))
}

pub async fn courses(ctx: Ctx, _me: SecretariatUser) -> Result<Response, WebError> {
    courses_page(&ctx, None, Default::default()).await
}

pub async fn create_course(
    ctx: Ctx,
    SecretariatUser(me): SecretariatUser,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let id = form_field(&fields, "id").trim().to_string();
    let title = form_field(&fields, "title").to_string();
    let summary = form_field(&fields, "summary").to_string();
    match store::create(&ctx.state.db, &id, &title, &summary, me.user.id).await {
        Ok(()) => {
            audit::record(&ctx.state.db, &me.actor(), "learning.course.create", &format!("course:{id}"), "")
                .await?;
            Ok(see_other(&ctx.href(&format!("/admin/learning/courses/{id}"))))
        }
        Err(StoreError::Db(e)) => Err(e.into()),
        Err(e) => courses_page(&ctx, Some(e.key()), (id, title, summary)).await,
    }
}

/// One row of the course page: a file name and its state in every language.
pub struct FileRow {
    pub name: String,
    pub kind: FileKind,
    pub states: Vec<(String, TranslationState)>,
}

#[derive(Template)]
#[template(path = "learning/authoring/course.html")]
struct CoursePage<'a> {
    ctx: &'a Ctx,
    row: store::CourseRow,
    title: String,
    rows: Vec<FileRow>,
    /// Lessons in order, with their video file if any.
    lessons: Vec<(String, Option<String>)>,
    /// Why the course cannot be published (empty: it can).
    problems: Vec<String>,
    error: Option<&'static str>,
    /// Whether the structure (`course.toml`) parses; if not, only it can be edited.
    broken: bool,
}

impl CoursePage<'_> {
    fn kind_key(&self, kind: &FileKind) -> &'static str {
        match kind {
            FileKind::Structure => "learning-author-structure",
            FileKind::Texts => "learning-author-texts",
            FileKind::Lesson(_) => "learning-author-lesson",
            FileKind::Quiz(_) => "learning-author-quiz",
            FileKind::Subtitles(_) => "learning-author-subtitles",
        }
    }
}

async fn course_page(
    ctx: &Ctx,
    id: &str,
    error: Option<&'static str>,
    problems: Option<Vec<String>>,
) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let row = store::row(db, id).await?.ok_or(WebError::NotFound)?;
    let files = store::files(db, id).await?;
    let def = structure(&files);
    let langs = languages(ctx);
    let rows = def
        .as_ref()
        .map(names)
        .unwrap_or_default()
        .into_iter()
        .map(|(name, kind)| FileRow {
            states: langs
                .iter()
                .map(|l| (l.clone(), store::state_of(&files, &row.source_lang, l, &name)))
                .collect(),
            name,
            kind,
        })
        .collect();
    let lessons = def
        .as_ref()
        .map(|d| {
            d.chapters
                .iter()
                .flat_map(|c| c.lessons.iter())
                .map(|l| (l.clone(), d.videos.get(l).cloned()))
                .collect()
        })
        .unwrap_or_default();
    let problems = match problems {
        Some(p) => p,
        // The files read above, checked as they are: no second read.
        None => store::problems_of(&store::Files::from(files.clone())),
    };
    let title = source_title(&files, &row.source_lang).unwrap_or_else(|| row.id.clone());
    Ok(render_form(
        &CoursePage { ctx, title, rows, lessons, problems, error, broken: def.is_none(), row },
        error.is_some(),
    ))
}

fn store_error(e: StoreError) -> WebError {
    match e {
        StoreError::Db(e) => e.into(),
        StoreError::NotFound => WebError::NotFound,
        e => WebError::Internal(e.to_string()),
    }
}

pub async fn course(
    ctx: Ctx,
    _me: SecretariatUser,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    course_page(&ctx, &id, None, None).await
}

/// Publish (only a course without problems) or withdraw it from learners.
pub async fn publish(
    ctx: Ctx,
    SecretariatUser(me): SecretariatUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let publish = form_field(&fields, "publish") == "1";
    match store::set_published(&ctx.state.db, &id, publish).await {
        Ok(()) => {
            let action = if publish { "learning.course.publish" } else { "learning.course.withdraw" };
            audit::record(&ctx.state.db, &me.actor(), action, &format!("course:{id}"), "").await?;
            Ok(see_other(&ctx.href(&format!("/admin/learning/courses/{id}"))))
        }
        Err(StoreError::Problems(p)) => {
            course_page(&ctx, &id, Some("learning-author-problems"), Some(p)).await
        }
        Err(e) => Err(store_error(e)),
    }
}

#[derive(Deserialize)]
pub struct FileQuery {
    #[serde(default)]
    file: String,
}

#[derive(Template)]
#[template(path = "learning/authoring/edit.html")]
struct EditPage<'a> {
    ctx: &'a Ctx,
    course: String,
    path: String,
    /// The language of the file (empty for the structure).
    lang: String,
    text: String,
    state: TranslationState,
    /// For a translation: the source file it follows.
    source: Option<StoredFile>,
    revisions: Vec<store::Revision>,
    error: Option<&'static str>,
    problems: Vec<String>,
}

/// A starting text for a file that does not exist yet: the source text to translate, or a
/// skeleton of the format.
fn starting_text(kind: &FileKind, source: Option<&StoredFile>) -> String {
    if let Some(s) = source {
        return s.content.clone();
    }
    match kind {
        FileKind::Structure => String::new(),
        FileKind::Texts => "title = \"\"\nsummary = \"\"\n".into(),
        FileKind::Lesson(_) => "+++\ntitle = \"\"\nminutes = 15\n+++\n\n".into(),
        FileKind::Quiz(_) => "[[question]]\nid = \"q1\"\nkind = \"single\"\ntext = \"\"\n\n[[question.choice]]\nid = \"a\"\ntext = \"\"\ncorrect = true\nexplanation = \"\"\n\n[[question.choice]]\nid = \"b\"\ntext = \"\"\ncorrect = false\nexplanation = \"\"\n".into(),
        FileKind::Subtitles(_) => "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n\n".into(),
    }
}

async fn edit_page(
    ctx: &Ctx,
    course: &str,
    path: &str,
    text: Option<String>,
    error: Option<&'static str>,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let row = store::row(db, course).await?.ok_or(WebError::NotFound)?;
    let (lang, kind) = store::kind_of(path).ok_or(WebError::NotFound)?;
    if !lang.is_empty() && ctx.state.i18n.language(&lang).is_none() {
        return Err(WebError::NotFound);
    }
    let files = store::files(db, course).await?;
    let current = files.iter().find(|f| f.path == path);
    let name = path.split_once('/').map(|(_, n)| n).unwrap_or(path);
    let source = if lang.is_empty() || lang == row.source_lang {
        None
    } else {
        files.iter().find(|f| f.path == format!("{}/{name}", row.source_lang)).cloned()
    };
    let state = if lang.is_empty() {
        TranslationState::Source
    } else {
        store::state_of(&files, &row.source_lang, &lang, name)
    };
    let text = text
        .or_else(|| current.map(|f| f.content.clone()))
        .unwrap_or_else(|| starting_text(&kind, source.as_ref()));
    let revisions = store::revisions(db, course, path).await?;
    Ok(render_form(
        &EditPage {
            ctx,
            course: course.to_string(),
            path: path.to_string(),
            lang,
            text,
            state,
            source,
            revisions,
            error,
            problems,
        },
        error.is_some(),
    ))
}

pub async fn edit(
    ctx: Ctx,
    _me: SecretariatUser,
    Path((_, id)): Path<(String, String)>,
    Query(q): Query<FileQuery>,
) -> Result<Response, WebError> {
    edit_page(&ctx, &id, &q.file, None, None, vec![]).await
}

/// Save a file. A translation records the source version shown to the translator
/// (`source_version`), so a source edited meanwhile leaves it outdated rather than up to date.
pub async fn save(
    ctx: Ctx,
    SecretariatUser(me): SecretariatUser,
    Path((_, id)): Path<(String, String)>,
    Query(q): Query<FileQuery>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let text = form_field(&fields, "text").to_string();
    let (lang, _) = store::kind_of(&q.file).ok_or(WebError::NotFound)?;
    if !lang.is_empty() && ctx.state.i18n.language(&lang).is_none() {
        return Err(WebError::NotFound);
    }
    let from = form_field(&fields, "source_version").parse::<i32>().ok();
    match store::save(&ctx.state.db, &id, &q.file, &text, from, me.user.id).await {
        Ok(()) => {
            audit::record(
                &ctx.state.db,
                &me.actor(),
                "learning.course.save",
                &format!("course:{id}:{}", q.file),
                "",
            )
            .await?;
            Ok(see_other(&ctx.href(&format!("/admin/learning/courses/{id}"))))
        }
        Err(StoreError::Db(e)) => Err(e.into()),
        Err(StoreError::NotFound) => Err(WebError::NotFound),
        Err(StoreError::Problems(p)) => {
            edit_page(&ctx, &id, &q.file, Some(text), Some("learning-author-problems"), p).await
        }
        Err(e) => edit_page(&ctx, &id, &q.file, Some(text), Some(e.key()), vec![]).await,
    }
}

/// Attach an uploaded video to a lesson: the file is stored with the portal's videos and named in
/// the course structure (`[videos]`), one video for every language.
pub async fn upload_video(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    Query(q): Query<LessonQuery>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let files = store::files(db, &id).await?;
    let Some(def) = structure(&files) else { return Err(WebError::NotFound) };
    if !def.chapters.iter().any(|c| c.lessons.contains(&q.lesson)) {
        return Err(WebError::NotFound);
    }
    let dir = hiroba_portal::media::videos_dir(&ctx.state.config.data_dir);
    let name = match hiroba_portal::media::receive_video(&dir, &mut multipart, &id).await {
        Ok(name) => name,
        Err(hiroba_portal::media::MediaError::Io(e)) => return Err(WebError::Internal(e.to_string())),
        Err(e) => return course_page(&ctx, &id, Some(e.key()), None).await,
    };
    let current =
        files.iter().find(|f| f.path == "course.toml").map(|f| f.content.clone()).unwrap_or_default();
    let text = with_video(&current, &q.lesson, &name);
    match store::save(db, &id, "course.toml", &text, None, me.user.id).await {
        Ok(()) => {
            audit::record(
                db,
                &me.actor(),
                "learning.course.video",
                &format!("course:{id}:{}", q.lesson),
                &name,
            )
            .await?;
            Ok(see_other(&ctx.href(&format!("/admin/learning/courses/{id}"))))
        }
        Err(StoreError::Problems(p)) => {
            course_page(&ctx, &id, Some("learning-author-problems"), Some(p)).await
        }
        Err(e) => Err(store_error(e)),
    }
}

#[derive(Deserialize)]
pub struct LessonQuery {
    #[serde(default)]
    lesson: String,
}

/// `course.toml` with `lesson = "file"` in its `[videos]` table, keeping the author's comments and
/// layout: the line is replaced, or added under the table, which is added at the end if absent.
pub fn with_video(course_toml: &str, lesson: &str, file: &str) -> String {
    let line = format!("{lesson} = \"{file}\"");
    let mut out: Vec<String> = Vec::new();
    let mut in_videos = false;
    let mut done = false;
    for l in course_toml.lines() {
        let t = l.trim();
        if t.starts_with('[') {
            in_videos = t == "[videos]";
        }
        if in_videos && t.split('=').next().map(str::trim) == Some(lesson) {
            if !done {
                out.push(line.clone());
                done = true;
            }
            continue;
        }
        out.push(l.to_string());
        if t == "[videos]" && !done {
            out.push(line.clone());
            done = true;
        }
    }
    if !done {
        out.push(String::new());
        out.push("[videos]".into());
        out.push(line);
    }
    out.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::with_video;

    #[test]
    fn a_video_is_named_in_the_structure_keeping_comments() {
        let toml = "# comment\nid = \"c\"\nversion = \"1\"\npass_mark = 0.8\n\n[[chapter]]\nid = \"a\"\nlessons = [\"l1\"]\n";
        let once = with_video(toml, "l1", "c-1.mp4");
        assert!(once.starts_with("# comment\n") && once.ends_with("[videos]\nl1 = \"c-1.mp4\"\n"));
        let twice = with_video(&once, "l1", "c-2.webm");
        assert_eq!(twice.matches("l1 =").count(), 1);
        assert!(twice.contains("l1 = \"c-2.webm\""));
        let def: crate::course::CourseDef = toml::from_str(&with_video(&twice, "l2", "c-3.mp4")).unwrap();
        assert_eq!(def.videos.len(), 2);
    }
}

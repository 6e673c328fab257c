//! Courses in the database, stored as the files of their folder format (see [`crate::course`]).
//!
//! Keeping the files rather than a table per concept means one parser for everything: a course
//! imported from a folder, written in the browser or exported for review is the same text. Every
//! file has a `version`, bumped when its text changes; a translated file also records the
//! `source_version` of its source-language counterpart it was translated from. When the source is
//! edited its version moves past that number, and the translation shows as *outdated* until a
//! translator saves it again — the portal's rule for articles.
//!
//! Learners only ever see a published course, and a published course can only be changed into
//! another valid one: every save is checked against the whole course first.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, LazyLock, RwLock};

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};

use crate::course::{self, Course, CourseDef, CourseError, Folder};
use crate::entities::{course_files, course_revisions, courses};
use hiroba_core::db::Db;

pub use course_files::Model as StoredFile;
pub use course_revisions::Model as Revision;
pub use courses::Model as CourseRow;

/// The language every course is written in first; translations follow it.
pub const SOURCE_LANG: &str = "en";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("learning-author-id-invalid")]
    IdInvalid,
    #[error("learning-author-id-taken")]
    IdTaken,
    #[error("learning-author-file-invalid")]
    FileInvalid,
    #[error("learning-author-source-first")]
    SourceFirst,
    #[error("learning-author-title-missing")]
    TitleMissing,
    /// The text does not parse, or the course would no longer be valid: the problems, for the
    /// author, in the words of the course checker.
    #[error("learning-author-problems")]
    Problems(Vec<String>),
    #[error("not found")]
    NotFound,
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
}

impl StoreError {
    /// The message key shown to the author.
    pub fn key(&self) -> &'static str {
        match self {
            StoreError::IdInvalid => "learning-author-id-invalid",
            StoreError::IdTaken => "learning-author-id-taken",
            StoreError::FileInvalid => "learning-author-file-invalid",
            StoreError::SourceFirst => "learning-author-source-first",
            StoreError::TitleMissing => "learning-author-title-missing",
            StoreError::Problems(_) => "learning-author-problems",
            StoreError::NotFound => "error-not-found",
            StoreError::Db(_) => "error-internal",
        }
    }
}

/// What a file of a course is, read from its path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileKind {
    /// `course.toml`: id, version, pass mark, chapters and their lessons.
    Structure,
    /// `<lang>/course.toml`: title and summary.
    Texts,
    Lesson(String),
    Quiz(String),
    Subtitles(String),
}

/// A course id, lesson id or chapter id: lowercase letters, digits and hyphens.
pub fn is_slug(s: &str) -> bool {
    (2..=64).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
}

fn is_lang(s: &str) -> bool {
    (2..=16).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// The language and kind of the file at `path`, or `None` for a path the format does not have.
pub fn kind_of(path: &str) -> Option<(String, FileKind)> {
    if path == "course.toml" {
        return Some((String::new(), FileKind::Structure));
    }
    let (lang, name) = path.split_once('/')?;
    if !is_lang(lang) {
        return None;
    }
    let kind = if name == "course.toml" {
        FileKind::Texts
    } else if let Some(chapter) = name.strip_prefix("quiz-").and_then(|n| n.strip_suffix(".toml")) {
        FileKind::Quiz(chapter.to_string())
    } else if let Some(lesson) = name.strip_suffix(".md") {
        FileKind::Lesson(lesson.to_string())
    } else if let Some(lesson) = name.strip_suffix(".vtt") {
        FileKind::Subtitles(lesson.to_string())
    } else {
        return None;
    };
    match &kind {
        FileKind::Quiz(id) | FileKind::Lesson(id) | FileKind::Subtitles(id) if !is_slug(id) => None,
        _ => Some((lang.to_string(), kind)),
    }
}

/// The files a language of `def` can have, in reading order.
pub fn paths_of(def: &CourseDef, lang: &str) -> Vec<String> {
    let mut out = vec![format!("{lang}/course.toml")];
    for chapter in &def.chapters {
        for lesson in &chapter.lessons {
            out.push(format!("{lang}/{lesson}.md"));
            out.push(format!("{lang}/{lesson}.vtt"));
        }
        out.push(format!("{lang}/quiz-{}.toml", chapter.id));
    }
    out
}

/// Check one file on its own: it parses as what its path says it is.
pub fn check_file(path: &str, text: &str) -> Result<(), StoreError> {
    let (_, kind) = kind_of(path).ok_or(StoreError::FileInvalid)?;
    let one = |e: CourseError| StoreError::Problems(vec![e.to_string()]);
    match kind {
        FileKind::Structure => {
            let def: CourseDef = course::parse(path, text).map_err(one)?;
            if !is_slug(&def.id) {
                return Err(StoreError::Problems(vec![format!(
                    "course.toml: id {:?} is not a slug",
                    def.id
                )]));
            }
            let bad: Vec<String> = def
                .chapters
                .iter()
                .flat_map(|c| std::iter::once(&c.id).chain(c.lessons.iter()))
                .filter(|id| !is_slug(id))
                .map(|id| format!("course.toml: {id:?} is not a slug (a-z, 0-9 and -)"))
                .collect();
            if !bad.is_empty() {
                return Err(StoreError::Problems(bad));
            }
        }
        FileKind::Texts => {
            let t: course::CourseText = course::parse(path, text).map_err(one)?;
            if t.title.trim().is_empty() {
                return Err(StoreError::TitleMissing);
            }
        }
        FileKind::Lesson(_) => {
            let l = course::lesson(path, text).map_err(one)?;
            if l.meta.title.trim().is_empty() {
                return Err(StoreError::TitleMissing);
            }
        }
        FileKind::Quiz(_) => {
            let q: course::Quiz = course::parse(path, text).map_err(one)?;
            let problems = course::check_quiz(&q);
            if !problems.is_empty() {
                return Err(StoreError::Problems(problems));
            }
        }
        FileKind::Subtitles(_) => {
            course::check_vtt(text).map_err(|p| StoreError::Problems(vec![format!("{path}: {p}")]))?
        }
    }
    Ok(())
}

/// A course's files held in memory, read as a folder.
pub struct Files(pub BTreeMap<String, String>);

impl Folder for Files {
    fn read(&self, rel: &str) -> Option<String> {
        self.0.get(rel).cloned()
    }

    fn languages(&self) -> Vec<String> {
        let langs: std::collections::BTreeSet<String> =
            self.0.keys().filter_map(|p| p.split_once('/').map(|(l, _)| l.to_string())).collect();
        langs.into_iter().collect()
    }
}

fn digest(files: &BTreeMap<String, String>) -> String {
    let mut all = String::new();
    for (path, text) in files {
        all.push_str(path);
        all.push('\0');
        all.push_str(text);
        all.push('\0');
    }
    hiroba_core::crypto::sha256_hex(&all)
}

async fn files_of<C: ConnectionTrait>(db: &C, course: &str) -> Result<Vec<StoredFile>, sea_orm::DbErr> {
    course_files::Entity::find()
        .filter(course_files::Column::CourseId.eq(course))
        .order_by_asc(course_files::Column::Path)
        .all(db)
        .await
}

/// Every file of a course (for the authoring pages).
pub async fn files(db: &Db, course: &str) -> Result<Vec<StoredFile>, sea_orm::DbErr> {
    files_of(db.read(), course).await
}

pub async fn row(db: &Db, course: &str) -> Result<Option<CourseRow>, sea_orm::DbErr> {
    courses::Entity::find_by_id(course).one(db.read()).await
}

pub async fn rows(db: &Db) -> Result<Vec<CourseRow>, sea_orm::DbErr> {
    courses::Entity::find().order_by_asc(courses::Column::Id).all(db.read()).await
}

/// Parsed courses by (id, digest): a save changes the digest, so every server process reloads a
/// course it changed or another process changed, and two databases (tests) never mix.
type ParsedCourses = HashMap<(String, String), Arc<Course>>;
static PARSED: LazyLock<RwLock<ParsedCourses>> = LazyLock::new(Default::default);

async fn parsed(db: &Db, row: &CourseRow) -> Result<Option<Arc<Course>>, sea_orm::DbErr> {
    let key = (row.id.clone(), row.digest.clone());
    if let Some(c) = PARSED.read().expect("course cache").get(&key) {
        return Ok(Some(c.clone()));
    }
    let files = Files(files_of(db.read(), &row.id).await?.into_iter().map(|f| (f.path, f.content)).collect());
    match course::load(&files) {
        Ok(c) => {
            let c = Arc::new(c);
            let mut cache = PARSED.write().expect("course cache");
            cache.retain(|(id, _), _| id != &row.id);
            cache.insert(key, c.clone());
            Ok(Some(c))
        }
        Err(e) => {
            tracing::error!(course = %row.id, "stored course does not load: {e}");
            Ok(None)
        }
    }
}

/// A published course, as learners see it.
pub async fn published(db: &Db, id: &str) -> Result<Option<Arc<Course>>, sea_orm::DbErr> {
    match row(db, id).await? {
        Some(r) if r.published => parsed(db, &r).await,
        _ => Ok(None),
    }
}

/// Every published course, in id order.
pub async fn all_published(db: &Db) -> Result<Vec<Arc<Course>>, sea_orm::DbErr> {
    let mut out = Vec::new();
    for r in courses::Entity::find()
        .filter(courses::Column::Published.eq(true))
        .order_by_asc(courses::Column::Id)
        .all(db.read())
        .await?
    {
        out.extend(parsed(db, &r).await?);
    }
    Ok(out)
}

/// A course in any state, for its authors (a draft may not load yet: `Err` lists why).
pub async fn draft(db: &Db, id: &str) -> Result<Result<Course, String>, StoreError> {
    let stored = files(db, id).await?;
    if stored.is_empty() {
        return Err(StoreError::NotFound);
    }
    let files = Files(stored.into_iter().map(|f| (f.path, f.content)).collect());
    Ok(course::load(&files).map_err(|e| e.to_string()))
}

/// The problems that stop `files` from being published.
fn problems_of(files: &Files) -> Vec<String> {
    match course::load(files) {
        Ok(c) => course::validate(&c, &crate::REQUIRED_LANGUAGES),
        Err(e) => vec![e.to_string()],
    }
}

/// Write one file inside a transaction: a new version and a revision when the text changed.
async fn put<C: ConnectionTrait>(
    tx: &C,
    course: &str,
    path: &str,
    text: &str,
    source_version: Option<i32>,
    by: Option<i64>,
) -> Result<i32, sea_orm::DbErr> {
    let lang = kind_of(path).map(|(l, _)| l).unwrap_or_default();
    let now = Utc::now();
    let existing = course_files::Entity::find_by_id((course.to_string(), path.to_string())).one(tx).await?;
    let version = match existing {
        Some(f) if f.content == text => {
            // Unchanged text: a translator confirming it still matches the source.
            if f.source_version != source_version {
                let mut am: course_files::ActiveModel = f.clone().into();
                am.source_version = Set(source_version);
                am.update(tx).await?;
            }
            return Ok(f.version);
        }
        Some(f) => {
            let version = f.version + 1;
            let mut am: course_files::ActiveModel = f.into();
            am.content = Set(text.to_string());
            am.version = Set(version);
            am.source_version = Set(source_version);
            am.updated_at = Set(now);
            am.updated_by = Set(by);
            am.update(tx).await?;
            version
        }
        None => {
            course_files::ActiveModel {
                course_id: Set(course.into()),
                path: Set(path.into()),
                lang: Set(lang),
                content: Set(text.into()),
                version: Set(1),
                source_version: Set(source_version),
                updated_at: Set(now),
                updated_by: Set(by),
            }
            .insert(tx)
            .await?;
            1
        }
    };
    course_revisions::ActiveModel {
        course_id: Set(course.into()),
        path: Set(path.into()),
        version: Set(version),
        content: Set(text.into()),
        saved_by: Set(by),
        saved_at: Set(now),
        ..Default::default()
    }
    .insert(tx)
    .await?;
    Ok(version)
}

async fn refresh_digest<C: ConnectionTrait>(tx: &C, course: &str) -> Result<(), sea_orm::DbErr> {
    let files: BTreeMap<String, String> =
        files_of(tx, course).await?.into_iter().map(|f| (f.path, f.content)).collect();
    let row = courses::Entity::find_by_id(course)
        .one(tx)
        .await?
        .ok_or(sea_orm::DbErr::RecordNotFound(format!("course {course}")))?;
    let mut am: courses::ActiveModel = row.into();
    am.digest = Set(digest(&files));
    am.updated_at = Set(Utc::now());
    am.update(tx).await?;
    Ok(())
}

/// What an import did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Imported {
    pub created: bool,
    /// Files whose text was new or changed.
    pub changed: Vec<String>,
}

/// Import a course folder: the course is created (published when `publish`) or its files are
/// updated to the folder's texts. A translation changed in the same import as its source counts as
/// translated from the new source; one left as it was keeps its old source version and so shows
/// as outdated. A folder with problems is refused whole.
pub async fn import(
    db: &Db,
    folder: &dyn Folder,
    publish: bool,
    by: Option<i64>,
) -> Result<Imported, StoreError> {
    let course = course::load(folder).map_err(|e| StoreError::Problems(vec![e.to_string()]))?;
    let problems = course::validate(&course, &crate::REQUIRED_LANGUAGES);
    if !problems.is_empty() {
        return Err(StoreError::Problems(problems));
    }
    let id = course.def.id.clone();
    if !is_slug(&id) {
        return Err(StoreError::IdInvalid);
    }
    let mut texts: Vec<(String, String)> =
        vec![("course.toml".into(), folder.read("course.toml").unwrap_or_default())];
    let mut langs = folder.languages();
    // The source language first, so translations can point at its new versions.
    langs.sort_by_key(|l| l != SOURCE_LANG);
    for lang in &langs {
        for path in paths_of(&course.def, lang) {
            if let Some(text) = folder.read(&path) {
                check_file(&path, &text)?;
                texts.push((path, text));
            }
        }
    }
    let tx = db.write().begin().await?;
    let existing = courses::Entity::find_by_id(&id).one(&tx).await?;
    let created = existing.is_none();
    if created {
        let now = Utc::now();
        courses::ActiveModel {
            id: Set(id.clone()),
            source_lang: Set(SOURCE_LANG.into()),
            published: Set(publish),
            digest: Set(String::new()),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&tx)
        .await?;
    }
    let before: HashMap<String, StoredFile> =
        files_of(&tx, &id).await?.into_iter().map(|f| (f.path.clone(), f)).collect();
    let mut source_versions: HashMap<String, (i32, bool)> = HashMap::new();
    let mut changed = Vec::new();
    for (path, text) in &texts {
        let old = before.get(path);
        let is_changed = old.is_none_or(|f| &f.content != text);
        let lang = kind_of(path).map(|(l, _)| l).unwrap_or_default();
        let name = path.split_once('/').map(|(_, n)| n.to_string()).unwrap_or_default();
        let source_version = if lang.is_empty() || lang == SOURCE_LANG {
            None
        } else {
            match (source_versions.get(&name), old) {
                // Translated along with its source in this import, or new: from the current source.
                (Some((v, _)), _) if is_changed => Some(*v),
                (Some(_), Some(f)) => f.source_version,
                (Some((v, _)), None) => Some(*v),
                (None, _) => None,
            }
        };
        let version = put(&tx, &id, path, text, source_version, by).await?;
        if lang == SOURCE_LANG {
            source_versions.insert(name, (version, is_changed));
        }
        if is_changed {
            changed.push(path.clone());
        }
    }
    refresh_digest(&tx, &id).await?;
    tx.commit().await?;
    Ok(Imported { created, changed })
}

/// Install the courses bundled with Hiroba that this database does not have yet (at each start).
/// A course already stored is left to its authors.
pub async fn install_bundled(db: &Db) -> Result<Vec<String>, StoreError> {
    let mut installed = Vec::new();
    for dir in crate::COURSES.dirs() {
        let def: CourseDef = match dir.read("course.toml").map(|t| course::parse("course.toml", &t)) {
            Some(Ok(def)) => def,
            _ => continue,
        };
        if row(db, &def.id).await?.is_none() {
            import(db, dir, true, None).await?;
            installed.push(def.id);
        }
    }
    Ok(installed)
}

/// Start a course: its structure with no chapters yet and its title in the source language.
pub async fn create(db: &Db, id: &str, title: &str, summary: &str, by: i64) -> Result<(), StoreError> {
    if !is_slug(id) {
        return Err(StoreError::IdInvalid);
    }
    if title.trim().is_empty() {
        return Err(StoreError::TitleMissing);
    }
    let tx = db.write().begin().await?;
    if courses::Entity::find_by_id(id).one(&tx).await?.is_some() {
        return Err(StoreError::IdTaken);
    }
    let now = Utc::now();
    courses::ActiveModel {
        id: Set(id.into()),
        source_lang: Set(SOURCE_LANG.into()),
        published: Set(false),
        digest: Set(String::new()),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&tx)
    .await?;
    let structure = format!("id = \"{id}\"\nversion = \"1\"\npass_mark = 0.8\nchapter = []\n");
    put(&tx, id, "course.toml", &structure, None, Some(by)).await?;
    let texts =
        toml::to_string(&course::CourseText { title: title.trim().into(), summary: summary.trim().into() })
            .map_err(|e| StoreError::Problems(vec![e.to_string()]))?;
    put(&tx, id, &format!("{SOURCE_LANG}/course.toml"), &texts, None, Some(by)).await?;
    refresh_digest(&tx, id).await?;
    tx.commit().await?;
    Ok(())
}

/// Save one file written in the browser. A translation is saved as translated from
/// `translated_from`, the source version the translator was shown. A published course must stay
/// valid, so the whole course is checked with the new text first; nothing changes on a problem.
pub async fn save(
    db: &Db,
    id: &str,
    path: &str,
    text: &str,
    translated_from: Option<i32>,
    by: i64,
) -> Result<(), StoreError> {
    let text = text.replace("\r\n", "\n");
    check_file(path, &text)?;
    let (lang, kind) = kind_of(path).ok_or(StoreError::FileInvalid)?;
    let tx = db.write().begin().await?;
    let row = courses::Entity::find_by_id(id).one(&tx).await?.ok_or(StoreError::NotFound)?;
    let mut all: BTreeMap<String, String> =
        files_of(&tx, id).await?.into_iter().map(|f| (f.path, f.content)).collect();
    if kind == FileKind::Structure {
        let def: CourseDef =
            course::parse(path, &text).map_err(|e| StoreError::Problems(vec![e.to_string()]))?;
        if def.id != id {
            return Err(StoreError::Problems(vec![format!("course.toml: the id must stay {id:?}")]));
        }
    }
    let source_version = if lang.is_empty() || lang == row.source_lang {
        None
    } else {
        let name = path.split_once('/').map(|(_, n)| n).unwrap_or_default();
        let source = format!("{}/{name}", row.source_lang);
        if !all.contains_key(&source) {
            return Err(StoreError::SourceFirst);
        }
        translated_from
    };
    all.insert(path.to_string(), text.clone());
    if row.published {
        let problems = problems_of(&Files(all));
        if !problems.is_empty() {
            return Err(StoreError::Problems(problems));
        }
    }
    put(&tx, id, path, &text, source_version, Some(by)).await?;
    refresh_digest(&tx, id).await?;
    tx.commit().await?;
    Ok(())
}

/// Publish (after checking the whole course) or withdraw a course.
pub async fn set_published(db: &Db, id: &str, publish: bool) -> Result<(), StoreError> {
    let row = row(db, id).await?.ok_or(StoreError::NotFound)?;
    if publish {
        let files = Files(files(db, id).await?.into_iter().map(|f| (f.path, f.content)).collect());
        let problems = problems_of(&files);
        if !problems.is_empty() {
            return Err(StoreError::Problems(problems));
        }
    }
    let mut am: courses::ActiveModel = row.into();
    am.published = Set(publish);
    am.updated_at = Set(Utc::now());
    am.update(db.write()).await?;
    Ok(())
}

pub async fn revisions(db: &Db, id: &str, path: &str) -> Result<Vec<Revision>, sea_orm::DbErr> {
    course_revisions::Entity::find()
        .filter(course_revisions::Column::CourseId.eq(id))
        .filter(course_revisions::Column::Path.eq(path))
        .order_by_desc(course_revisions::Column::Version)
        .all(db.read())
        .await
}

/// The portal's states (missing, outdated, up to date, source) and their wording.
pub use hiroba_portal::articles::TranslationState;

/// The state of `<lang>/<name>` among a course's stored files.
pub fn state_of(files: &[StoredFile], source_lang: &str, lang: &str, name: &str) -> TranslationState {
    let find = |l: &str| {
        files.iter().find(|f| f.lang == l && f.path.split_once('/').is_some_and(|(_, n)| n == name))
    };
    let Some(file) = find(lang) else { return TranslationState::Missing };
    if lang == source_lang {
        return TranslationState::Source;
    }
    match (find(source_lang), file.source_version) {
        (Some(src), Some(from)) if from >= src.version => TranslationState::UpToDate,
        (None, _) => TranslationState::UpToDate,
        _ => TranslationState::Outdated,
    }
}

/// Write a stored course back into a folder on disk, for review as text.
pub async fn export(db: &Db, id: &str, dir: &std::path::Path) -> Result<usize, StoreError> {
    let stored = files(db, id).await?;
    if stored.is_empty() {
        return Err(StoreError::NotFound);
    }
    for f in &stored {
        let target = dir.join(&f.path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| StoreError::Problems(vec![e.to_string()]))?;
        }
        std::fs::write(&target, &f.content).map_err(|e| StoreError::Problems(vec![e.to_string()]))?;
    }
    Ok(stored.len())
}

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

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};

use crate::course::{self, CourseDef, Folder};
use crate::entities::{course_files, course_revisions, courses};
use hiroba_core::db::Db;

mod layout;
mod published;

pub use layout::{check_file, is_slug, kind_of, paths_of, FileKind, Files};
pub use published::{all_published, published};

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

pub(super) async fn files_of<C: ConnectionTrait>(
    db: &C,
    course: &str,
) -> Result<Vec<StoredFile>, sea_orm::DbErr> {
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

/// The problems that stop `files` from being published.
pub fn problems_of(files: &Files) -> Vec<String> {
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
        let problems = problems_of(&Files::from(files(db, id).await?));
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

//! The folder format's files as the store sees them: what a path names, which paths a language
//! of a course has, the check of one file on its own, and a set of files read as a folder.

use std::collections::BTreeMap;

use super::{StoreError, StoredFile};
use crate::course::{self, CourseDef, CourseError, Folder};

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

impl From<Vec<StoredFile>> for Files {
    fn from(stored: Vec<StoredFile>) -> Self {
        Files(stored.into_iter().map(|f| (f.path, f.content)).collect())
    }
}

//! The course format, so that a course can be written, reviewed and versioned as text.
//!
//! ```text
//! <course>/course.toml            id, version, pass_mark, [[chapter]] id + lessons
//! <course>/<lang>/course.toml     title, summary
//! <course>/<lang>/<lesson>.md     +++ TOML front matter (title, minutes, video) +++ then Markdown
//! <course>/<lang>/quiz-<chapter>.toml
//!     [[question]] id, kind ("single" | "multiple"), text
//!     [[question.choice]] id, text, correct, explanation
//! ```
//!
//! A question is answered correctly when exactly its correct choices are chosen; a chapter is
//! passed when the share of correct answers reaches the course's pass mark. The correct choices
//! are the same in every language (checked by [`validate`]), so a score never depends on the
//! language the quiz was taken in.

use std::collections::{BTreeMap, BTreeSet};

use include_dir::Dir;
use serde::Deserialize;

#[derive(Debug, thiserror::Error)]
pub enum CourseError {
    #[error("{0}: missing")]
    Missing(String),
    #[error("{0}: {1}")]
    Invalid(String, String),
}

#[derive(Debug, Clone, Deserialize)]
pub struct CourseDef {
    pub id: String,
    pub version: String,
    pub pass_mark: f64,
    #[serde(rename = "chapter", default)]
    pub chapters: Vec<ChapterDef>,
    /// Lesson id → the file name of its video (uploaded media, one video for every language;
    /// subtitles per language are `<lang>/<lesson>.vtt`).
    #[serde(default)]
    pub videos: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ChapterDef {
    pub id: String,
    pub lessons: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
pub struct CourseText {
    pub title: String,
    pub summary: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LessonMeta {
    pub title: String,
    pub minutes: u32,
    /// A video only for this language (a dubbed version), in place of the course's video for the
    /// lesson; `None` almost always.
    #[serde(default)]
    pub video: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Lesson {
    pub meta: LessonMeta,
    pub markdown: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Single,
    Multiple,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Choice {
    pub id: String,
    pub text: String,
    pub correct: bool,
    pub explanation: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    pub text: String,
    #[serde(rename = "choice")]
    pub choices: Vec<Choice>,
}

impl Question {
    pub fn correct(&self) -> BTreeSet<&str> {
        self.choices.iter().filter(|c| c.correct).map(|c| c.id.as_str()).collect()
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Quiz {
    #[serde(rename = "question")]
    pub questions: Vec<Question>,
}

/// One language's texts of a course.
#[derive(Debug, Clone)]
pub struct Texts {
    pub course: CourseText,
    pub lessons: BTreeMap<String, Lesson>,
    pub quizzes: BTreeMap<String, Quiz>,
}

#[derive(Debug, Clone)]
pub struct Course {
    pub def: CourseDef,
    /// Language → texts, for the languages the course folder has.
    pub texts: BTreeMap<String, Texts>,
    /// Language → lesson id → WebVTT subtitles of the lesson's video. A language can have
    /// subtitles before (or without) translated texts.
    pub subtitles: BTreeMap<String, BTreeMap<String, String>>,
}

pub(crate) fn parse<T: serde::de::DeserializeOwned>(path: &str, text: &str) -> Result<T, CourseError> {
    toml::from_str(text).map_err(|e| CourseError::Invalid(path.to_string(), e.to_string()))
}

/// `+++\n<toml>\n+++\n<markdown>`
pub(crate) fn lesson(path: &str, text: &str) -> Result<Lesson, CourseError> {
    let rest = text
        .strip_prefix("+++\n")
        .ok_or_else(|| CourseError::Invalid(path.into(), "no +++ front matter".into()))?;
    let (front, markdown) = rest
        .split_once("\n+++\n")
        .ok_or_else(|| CourseError::Invalid(path.into(), "front matter not closed by +++".into()))?;
    Ok(Lesson { meta: parse(path, front)?, markdown: markdown.trim().to_string() })
}

/// Where a course's files come from: the folders bundled into the binary, or a folder on disk
/// (an author checking their work with `hiroba learning check`).
pub trait Folder {
    /// The text of the file at `rel` (`en/why-act.md`), if it exists.
    fn read(&self, rel: &str) -> Option<String>;
    /// The language folders present.
    fn languages(&self) -> Vec<String>;
}

impl Folder for Dir<'_> {
    fn read(&self, rel: &str) -> Option<String> {
        self.get_file(self.path().join(rel)).and_then(|f| f.contents_utf8()).map(str::to_string)
    }

    fn languages(&self) -> Vec<String> {
        self.dirs().filter_map(|d| d.path().file_name().map(|n| n.to_string_lossy().to_string())).collect()
    }
}

impl Folder for std::path::PathBuf {
    fn read(&self, rel: &str) -> Option<String> {
        std::fs::read_to_string(self.join(rel)).ok()
    }

    fn languages(&self) -> Vec<String> {
        let mut out: Vec<String> = std::fs::read_dir(self)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .filter(|e| e.path().is_dir())
                    .map(|e| e.file_name().to_string_lossy().to_string())
                    .collect()
            })
            .unwrap_or_default();
        out.sort();
        out
    }
}

/// Read a course folder (the folder whose `course.toml` names the course).
pub fn load(folder: &dyn Folder) -> Result<Course, CourseError> {
    let def: CourseDef = parse(
        "course.toml",
        &folder.read("course.toml").ok_or_else(|| CourseError::Missing("course.toml".into()))?,
    )?;
    let mut texts = BTreeMap::new();
    let mut subtitles = BTreeMap::new();
    for lang in folder.languages() {
        let here = |name: &str| format!("{lang}/{name}");
        let mut tracks = BTreeMap::new();
        for id in def.chapters.iter().flat_map(|c| c.lessons.iter()) {
            let path = here(&format!("{id}.vtt"));
            if let Some(text) = folder.read(&path) {
                check_vtt(&text).map_err(|p| CourseError::Invalid(path.clone(), p))?;
                tracks.insert(id.clone(), text);
            }
        }
        if !tracks.is_empty() {
            subtitles.insert(lang.clone(), tracks);
        }
        let path = here("course.toml");
        let Some(course_text) = folder.read(&path) else {
            // Subtitles alone are fine; lessons or quizzes need the course's title too.
            let has_texts = def.chapters.iter().any(|c| {
                folder.read(&here(&format!("quiz-{}.toml", c.id))).is_some()
                    || c.lessons.iter().any(|l| folder.read(&here(&format!("{l}.md"))).is_some())
            });
            if has_texts {
                return Err(CourseError::Missing(path));
            }
            continue;
        };
        let course: CourseText = parse(&path, &course_text)?;
        let mut lessons = BTreeMap::new();
        let mut quizzes = BTreeMap::new();
        for chapter in &def.chapters {
            for id in &chapter.lessons {
                let path = here(&format!("{id}.md"));
                if let Some(text) = folder.read(&path) {
                    lessons.insert(id.clone(), lesson(&path, &text)?);
                }
            }
            let path = here(&format!("quiz-{}.toml", chapter.id));
            if let Some(text) = folder.read(&path) {
                quizzes.insert(chapter.id.clone(), parse(&path, &text)?);
            }
        }
        texts.insert(lang, Texts { course, lessons, quizzes });
    }
    Ok(Course { def, texts, subtitles })
}

/// Every problem of a course, as sentences for the author; empty when it is ready to publish.
/// `required` languages must have every lesson and quiz.
pub fn validate(course: &Course, required: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    let def = &course.def;
    if !(0.5..=1.0).contains(&def.pass_mark) {
        problems.push(format!("pass_mark {} is not between 0.5 and 1", def.pass_mark));
    }
    let mut lesson_ids = BTreeSet::new();
    for (lesson, file) in &def.videos {
        if !def.chapters.iter().any(|c| c.lessons.contains(lesson)) {
            problems.push(format!("videos: {lesson} is not a lesson of the course"));
        }
        if !hiroba_portal::media::is_video_file(file) {
            problems.push(format!("videos: {file:?} is not the name of an uploaded video"));
        }
    }
    for ch in &def.chapters {
        if ch.lessons.is_empty() {
            problems.push(format!("chapter {} has no lesson", ch.id));
        }
        for l in &ch.lessons {
            if !lesson_ids.insert(l) {
                problems.push(format!("lesson {l} appears twice"));
            }
        }
    }
    for lang in required {
        let Some(t) = course.texts.get(*lang) else {
            problems.push(format!("{lang}: no texts"));
            continue;
        };
        for ch in &def.chapters {
            for l in &ch.lessons {
                match t.lessons.get(l) {
                    None => problems.push(format!("{lang}: lesson {l} is missing")),
                    Some(lesson) if lesson.meta.title.trim().is_empty() || lesson.markdown.len() < 200 => {
                        problems.push(format!("{lang}: lesson {l} has no title or too little text"))
                    }
                    Some(_) => {}
                }
            }
            match t.quizzes.get(&ch.id) {
                None => problems.push(format!("{lang}: the quiz of chapter {} is missing", ch.id)),
                Some(q) => {
                    problems.extend(check_quiz(q).into_iter().map(|p| format!("{lang}: {}: {p}", ch.id)))
                }
            }
        }
    }
    // The same questions and the same correct answers in every language.
    let mut langs = course.texts.iter();
    if let Some((first_lang, first)) = langs.next() {
        for (lang, t) in langs {
            for (chapter, quiz) in &t.quizzes {
                let Some(reference) = first.quizzes.get(chapter) else { continue };
                let key = |q: &Quiz| -> Vec<(String, Vec<String>)> {
                    q.questions
                        .iter()
                        .map(|x| (x.id.clone(), x.correct().into_iter().map(str::to_string).collect()))
                        .collect()
                };
                if key(quiz) != key(reference) {
                    problems.push(format!(
                        "{lang}: the quiz of chapter {chapter} does not have the questions or correct answers of {first_lang}"
                    ));
                }
            }
        }
    }
    problems
}

pub(crate) fn check_quiz(quiz: &Quiz) -> Vec<String> {
    let mut problems = Vec::new();
    if quiz.questions.len() < 5 {
        problems.push(format!("{} questions; at least 5 are needed", quiz.questions.len()));
    }
    let mut ids = BTreeSet::new();
    for q in &quiz.questions {
        if !ids.insert(&q.id) {
            problems.push(format!("question {} appears twice", q.id));
        }
        let correct = q.choices.iter().filter(|c| c.correct).count();
        match q.kind {
            Kind::Single if correct != 1 => {
                problems.push(format!("{}: a single-choice question needs exactly one correct choice", q.id))
            }
            Kind::Multiple if correct == 0 || correct == q.choices.len() => {
                problems.push(format!("{}: a multiple-choice question needs correct and wrong choices", q.id))
            }
            _ => {}
        }
        if q.choices.len() < 2 {
            problems.push(format!("{}: fewer than two choices", q.id));
        }
        let mut choice_ids = BTreeSet::new();
        for c in &q.choices {
            if !choice_ids.insert(&c.id) {
                problems.push(format!("{}: choice {} appears twice", q.id, c.id));
            }
            if c.explanation.trim().is_empty() || c.text.trim().is_empty() {
                problems.push(format!("{}: choice {} needs a text and an explanation", q.id, c.id));
            }
        }
    }
    problems
}

/// Check WebVTT subtitles: the `WEBVTT` signature, then cues whose timings read
/// `hh:mm:ss.ttt --> hh:mm:ss.ttt` (hours optional) and end after they start. Browsers drop a
/// file with a broken header silently, so an author hears of it here instead.
pub fn check_vtt(text: &str) -> Result<(), String> {
    let text = text.trim_start_matches('\u{feff}');
    if text.len() > 512 * 1024 {
        return Err("the subtitles are longer than 512 KB".into());
    }
    let mut lines = text.lines();
    let header = lines.next().unwrap_or_default();
    if !(header == "WEBVTT" || header.starts_with("WEBVTT ") || header.starts_with("WEBVTT\t")) {
        return Err("WebVTT subtitles must start with the line WEBVTT".into());
    }
    let mut cues = 0;
    for (n, line) in text.lines().enumerate().filter(|(_, l)| l.contains("-->")) {
        let mut parts = line.split("-->");
        let start = parts.next().map(str::trim).and_then(vtt_time);
        let end = parts.next().and_then(|p| p.split_whitespace().next()).and_then(vtt_time);
        match (start, end) {
            (Some(s), Some(e)) if e > s => cues += 1,
            _ => return Err(format!("line {}: a cue timing must read 00:00:01.000 --> 00:00:04.000", n + 1)),
        }
    }
    if cues == 0 {
        return Err("the subtitles have no cue".into());
    }
    Ok(())
}

/// `mm:ss.ttt` or `hh:mm:ss.ttt` in milliseconds.
fn vtt_time(s: &str) -> Option<u64> {
    let (clock, millis) = s.split_once('.')?;
    if millis.len() != 3 {
        return None;
    }
    let parts: Vec<&str> = clock.split(':').collect();
    let nums: Option<Vec<u64>> = parts.iter().map(|p| p.parse().ok()).collect();
    let nums = nums?;
    let (h, m, sec) = match nums.as_slice() {
        [m, s] => (0, *m, *s),
        [h, m, s] => (*h, *m, *s),
        _ => return None,
    };
    if m > 59 || sec > 59 {
        return None;
    }
    Some(((h * 60 + m) * 60 + sec) * 1000 + millis.parse::<u64>().ok()?)
}

/// The result of one attempt at a quiz.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub correct: usize,
    pub total: usize,
    pub passed: bool,
    /// Question id → answered correctly.
    pub per_question: BTreeMap<String, bool>,
}

/// Score an attempt: `answers` maps a question id to the choice ids chosen. A question counts as
/// correct only when exactly its correct choices were chosen (no partial credit).
pub fn score(quiz: &Quiz, pass_mark: f64, answers: &BTreeMap<String, BTreeSet<String>>) -> Score {
    let per_question: BTreeMap<String, bool> = quiz
        .questions
        .iter()
        .map(|q| {
            let chosen: BTreeSet<&str> =
                answers.get(&q.id).map(|s| s.iter().map(String::as_str).collect()).unwrap_or_default();
            (q.id.clone(), !chosen.is_empty() && chosen == q.correct())
        })
        .collect();
    let correct = per_question.values().filter(|ok| **ok).count();
    let total = quiz.questions.len();
    // Compare in whole questions to avoid rounding: correct / total >= pass_mark.
    let passed = total > 0 && (correct as f64) >= (pass_mark * total as f64) - 1e-9;
    Score { correct, total, passed, per_question }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sme() -> Course {
        load(crate::COURSES.get_dir("sme-rights").expect("the SME course folder"))
            .expect("the SME course loads")
    }

    #[test]
    fn the_sme_course_is_complete_in_japanese_and_english() {
        let course = sme();
        assert_eq!(course.def.chapters.len(), 9);
        assert_eq!(course.def.chapters.iter().map(|c| c.lessons.len()).sum::<usize>(), 15, "fifteen lessons");
        let problems = validate(&course, &["en", "ja"]);
        assert!(problems.is_empty(), "{problems:#?}");
        for lang in ["en", "ja"] {
            let t = &course.texts[lang];
            let minutes: u32 = t.lessons.values().map(|l| l.meta.minutes).sum();
            assert_eq!(minutes, 15 * 15, "{lang}: about fifteen minutes each");
            assert!(
                t.lessons.values().all(|l| l.meta.video.is_none()) && course.def.videos.is_empty(),
                "no fake videos: the slot stays empty"
            );
        }
    }

    #[test]
    fn webvtt_subtitles_are_checked() {
        assert!(check_vtt("WEBVTT\n\n00:01.000 --> 00:04.000\nHello\n").is_ok());
        assert!(check_vtt("\u{feff}WEBVTT - Lesson 1\n\n1\n00:00:01.000 --> 00:00:04.500 align:start\nHi\n")
            .is_ok());
        assert!(check_vtt("<script>alert(1)</script>").is_err());
        assert!(check_vtt("WEBVTT\n\nno cues at all").is_err());
        assert!(check_vtt("WEBVTT\n\n00:04.000 --> 00:01.000\nbackwards").is_err());
        assert!(check_vtt("WEBVTT\n\n00:01,000 --> 00:04,000\nSRT commas").is_err());
        assert!(check_vtt("WEBVTTX\n\n00:01.000 --> 00:04.000\nx").is_err());
    }

    fn answers(pairs: &[(&str, &[&str])]) -> BTreeMap<String, BTreeSet<String>> {
        pairs.iter().map(|(q, c)| (q.to_string(), c.iter().map(|s| s.to_string()).collect())).collect()
    }

    #[test]
    fn exact_answers_score_and_the_pass_mark_decides() {
        let course = sme();
        let quiz = &course.texts["en"].quizzes["introduction"];
        let right: Vec<(String, Vec<String>)> = quiz
            .questions
            .iter()
            .map(|q| (q.id.clone(), q.correct().into_iter().map(str::to_string).collect()))
            .collect();
        let all: BTreeMap<String, BTreeSet<String>> =
            right.iter().map(|(q, c)| (q.clone(), c.iter().cloned().collect())).collect();
        let s = score(quiz, 0.8, &all);
        assert_eq!((s.correct, s.total, s.passed), (5, 5, true));
        // Four of five reaches 80 %; three of five does not.
        let mut four = all.clone();
        four.insert("q1".into(), ["c".to_string()].into());
        assert!(score(quiz, 0.8, &four).passed);
        let mut three = four.clone();
        three.insert("q3".into(), ["b".to_string()].into());
        let s = score(quiz, 0.8, &three);
        assert_eq!((s.correct, s.passed), (3, false));
        // A multiple-choice question is right only with exactly its correct choices.
        let partial = answers(&[("q2", &["a", "b"])]);
        assert!(!score(quiz, 0.8, &partial).per_question["q2"]);
        let over = answers(&[("q2", &["a", "b", "c", "d"])]);
        assert!(!score(quiz, 0.8, &over).per_question["q2"]);
        let exact = answers(&[("q2", &["a", "b", "c"])]);
        assert!(score(quiz, 0.8, &exact).per_question["q2"]);
        // Nothing chosen is wrong, even where every choice would be wrong.
        assert!(!score(quiz, 0.8, &BTreeMap::new()).passed);
    }
}

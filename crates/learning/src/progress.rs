//! A learner's way through a course: lessons finished, quiz attempts, where to resume, how much is
//! left, and the points and streak that keep people going. A course is complete when every lesson
//! is finished and every chapter's quiz passed.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::course::{Course, Score};
use crate::entities::{attempts, enrolments, lessons};
use hiroba_core::db::Db;

/// Minutes a chapter quiz takes, for the time left.
pub const QUIZ_MINUTES: u32 = 3;
pub const POINTS_PER_LESSON: u32 = 10;
pub const POINTS_PER_QUIZ: u32 = 20;

/// What to do next in a course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    Lesson(String),
    Quiz(String),
    Done,
}

#[derive(Debug, Clone)]
pub struct Progress {
    pub lessons_done: BTreeSet<String>,
    pub chapters_passed: BTreeSet<String>,
    /// Share of steps (lessons and quizzes) done, 0–100.
    pub percent: u32,
    pub minutes_left: u32,
    pub next: Next,
    /// The lesson last opened, to resume.
    pub last_lesson: Option<String>,
    pub points: u32,
    /// Consecutive days, up to today, with some learning done (Japan time).
    pub streak_days: u32,
    pub completed: bool,
}

fn japan_day(t: chrono::DateTime<Utc>) -> chrono::NaiveDate {
    (t + Duration::hours(9)).date_naive()
}

pub async fn progress(db: &Db, user_id: i64, course: &Course) -> Result<Progress, sea_orm::DbErr> {
    let id = &course.def.id;
    let done = lessons::Entity::find()
        .filter(lessons::Column::UserId.eq(user_id))
        .filter(lessons::Column::CourseId.eq(id.as_str()))
        .all(db.read())
        .await?;
    let tries = attempts::Entity::find()
        .filter(attempts::Column::UserId.eq(user_id))
        .filter(attempts::Column::CourseId.eq(id.as_str()))
        .all(db.read())
        .await?;
    let enrolment = enrolments::Entity::find_by_id((user_id, id.clone())).one(db.read()).await?;
    let lessons_done: BTreeSet<String> = done.iter().map(|l| l.lesson_id.clone()).collect();
    let chapters_passed: BTreeSet<String> =
        tries.iter().filter(|a| a.passed).map(|a| a.chapter_id.clone()).collect();

    let texts = course.texts.get("en").or_else(|| course.texts.values().next());
    let minutes_of =
        |lesson: &str| texts.and_then(|t| t.lessons.get(lesson)).map(|l| l.meta.minutes).unwrap_or(15);
    let (mut steps, mut steps_done, mut minutes_left) = (0u32, 0u32, 0u32);
    let mut next = Next::Done;
    for chapter in &course.def.chapters {
        for lesson in &chapter.lessons {
            steps += 1;
            if lessons_done.contains(lesson) {
                steps_done += 1;
            } else {
                minutes_left += minutes_of(lesson);
                if next == Next::Done {
                    next = Next::Lesson(lesson.clone());
                }
            }
        }
        steps += 1;
        if chapters_passed.contains(&chapter.id) {
            steps_done += 1;
        } else {
            minutes_left += QUIZ_MINUTES;
            if next == Next::Done {
                next = Next::Quiz(chapter.id.clone());
            }
        }
    }
    let percent = (steps_done * 100).checked_div(steps).unwrap_or(0);
    let points =
        lessons_done.len() as u32 * POINTS_PER_LESSON + chapters_passed.len() as u32 * POINTS_PER_QUIZ;
    let active_days: BTreeSet<chrono::NaiveDate> = done
        .iter()
        .map(|l| japan_day(l.completed_at))
        .chain(tries.iter().map(|a| japan_day(a.created_at)))
        .collect();
    let mut day = japan_day(Utc::now());
    // A streak survives until the end of the day after the last activity.
    if !active_days.contains(&day) {
        day = day.pred_opt().unwrap_or(day);
    }
    let mut streak_days = 0;
    while active_days.contains(&day) {
        streak_days += 1;
        day = day.pred_opt().unwrap_or(day);
    }
    Ok(Progress {
        completed: next == Next::Done,
        lessons_done,
        chapters_passed,
        percent,
        minutes_left,
        next,
        last_lesson: enrolment.and_then(|e| e.last_lesson),
        points,
        streak_days,
    })
}

/// Remember that the learner opened `lesson` (enrolling them on first visit).
pub async fn opened(db: &Db, user_id: i64, course: &str, lesson: Option<&str>) -> Result<(), sea_orm::DbErr> {
    let now = Utc::now();
    match enrolments::Entity::find_by_id((user_id, course.to_string())).one(db.read()).await? {
        Some(e) => {
            let mut am: enrolments::ActiveModel = e.into();
            if let Some(l) = lesson {
                am.last_lesson = Set(Some(l.to_string()));
            }
            am.last_seen_at = Set(now);
            am.update(db.write()).await?;
        }
        None => {
            enrolments::Entity::insert(enrolments::ActiveModel {
                user_id: Set(user_id),
                course_id: Set(course.to_string()),
                started_at: Set(now),
                last_lesson: Set(lesson.map(str::to_string)),
                last_seen_at: Set(now),
                completed_at: Set(None),
            })
            .exec_without_returning(db.write())
            .await?;
        }
    }
    Ok(())
}

/// Mark a lesson finished (idempotent).
pub async fn finish_lesson(db: &Db, user_id: i64, course: &str, lesson: &str) -> Result<(), sea_orm::DbErr> {
    let exists =
        lessons::Entity::find_by_id((user_id, course.to_string(), lesson.to_string())).one(db.read()).await?;
    if exists.is_none() {
        lessons::Entity::insert(lessons::ActiveModel {
            user_id: Set(user_id),
            course_id: Set(course.to_string()),
            lesson_id: Set(lesson.to_string()),
            completed_at: Set(Utc::now()),
        })
        .exec_without_returning(db.write())
        .await?;
    }
    Ok(())
}

/// Keep an attempt at a chapter's quiz.
pub async fn record_attempt(
    db: &Db,
    user_id: i64,
    course: &str,
    chapter: &str,
    lang: &str,
    score: &Score,
    answers: &BTreeMap<String, BTreeSet<String>>,
) -> Result<(), sea_orm::DbErr> {
    attempts::ActiveModel {
        user_id: Set(user_id),
        course_id: Set(course.to_string()),
        chapter_id: Set(chapter.to_string()),
        lang: Set(lang.to_string()),
        correct: Set(score.correct as i32),
        total: Set(score.total as i32),
        passed: Set(score.passed),
        answers: Set(serde_json::to_string(answers).expect("answers serialise")),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    Ok(())
}

/// Set the enrolment's completion time once every step is done; `true` when it just completed.
pub async fn complete_if_done(db: &Db, user_id: i64, course: &Course) -> Result<bool, sea_orm::DbErr> {
    if !progress(db, user_id, course).await?.completed {
        return Ok(false);
    }
    opened(db, user_id, &course.def.id, None).await?;
    let res = enrolments::Entity::update_many()
        .col_expr(enrolments::Column::CompletedAt, sea_orm::sea_query::Expr::value(Some(Utc::now())))
        .filter(enrolments::Column::UserId.eq(user_id))
        .filter(enrolments::Column::CourseId.eq(course.def.id.as_str()))
        .filter(enrolments::Column::CompletedAt.is_null())
        .exec(db.write())
        .await?;
    Ok(res.rows_affected == 1)
}

/// The learner's attempts at a chapter, newest first.
pub async fn attempts_at(
    db: &Db,
    user_id: i64,
    course: &str,
    chapter: &str,
) -> Result<Vec<attempts::Model>, sea_orm::DbErr> {
    attempts::Entity::find()
        .filter(attempts::Column::UserId.eq(user_id))
        .filter(attempts::Column::CourseId.eq(course))
        .filter(attempts::Column::ChapterId.eq(chapter))
        .order_by_desc(attempts::Column::Id)
        .all(db.read())
        .await
}

pub async fn enrolment(
    db: &Db,
    user_id: i64,
    course: &str,
) -> Result<Option<enrolments::Model>, sea_orm::DbErr> {
    enrolments::Entity::find_by_id((user_id, course.to_string())).one(db.read()).await
}

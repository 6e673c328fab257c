//! Learners' view of the store: published courses, parsed once per content and kept in memory.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, RwLock};

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::{files_of, row, CourseRow, Files};
use crate::course::{self, Course};
use crate::entities::courses;
use hiroba_core::db::Db;

/// Parsed courses by (id, digest): a save changes the digest, so every server process reloads a
/// course it changed or another process changed, and two databases (tests) never mix.
type ParsedCourses = HashMap<(String, String), Arc<Course>>;
static PARSED: LazyLock<RwLock<ParsedCourses>> = LazyLock::new(Default::default);

async fn parsed(db: &Db, row: &CourseRow) -> Result<Option<Arc<Course>>, sea_orm::DbErr> {
    let key = (row.id.clone(), row.digest.clone());
    if let Some(c) = PARSED.read().expect("course cache").get(&key) {
        return Ok(Some(c.clone()));
    }
    match course::load(&Files::from(files_of(db.read(), &row.id).await?)) {
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

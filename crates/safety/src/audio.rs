//! Recorded questions: the secretariat uploads a short recording per question and language; the
//! question shows the browser's own `<audio>` control, which loads nothing until pressed.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use std::collections::BTreeSet;

use crate::entities::audio;
use hiroba_core::db::Db;

pub const MAX_BYTES: usize = 3 * 1024 * 1024;

/// The audio type of a file, by its first bytes: MP3, MP4/M4A, Ogg or WebM.
pub fn content_type(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(b"ID3") || (head.len() > 1 && head[0] == 0xFF && head[1] & 0xE0 == 0xE0) {
        Some("audio/mpeg")
    } else if head.len() >= 12 && &head[4..8] == b"ftyp" {
        Some("audio/mp4")
    } else if head.starts_with(b"OggS") {
        Some("audio/ogg")
    } else if head.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]) {
        Some("audio/webm")
    } else {
        None
    }
}

pub async fn save(db: &Db, question: &str, lang: &str, bytes: Vec<u8>) -> Result<bool, sea_orm::DbErr> {
    let Some(ct) = content_type(&bytes) else { return Ok(false) };
    audio::Entity::delete_many()
        .filter(audio::Column::QuestionId.eq(question))
        .filter(audio::Column::Lang.eq(lang))
        .exec(db.write())
        .await?;
    audio::Entity::insert(audio::ActiveModel {
        question_id: Set(question.into()),
        lang: Set(lang.into()),
        content_type: Set(ct.into()),
        bytes: Set(bytes),
        updated_at: Set(chrono::Utc::now()),
    })
    .exec(db.write())
    .await?;
    Ok(true)
}

pub async fn get(db: &Db, question: &str, lang: &str) -> Result<Option<audio::Model>, sea_orm::DbErr> {
    audio::Entity::find_by_id((question.to_string(), lang.to_string())).one(db.read()).await
}

/// The questions that have a recording in `lang`.
pub async fn available(db: &Db, lang: &str) -> Result<BTreeSet<String>, sea_orm::DbErr> {
    let ids: Vec<String> = audio::Entity::find()
        .select_only()
        .column(audio::Column::QuestionId)
        .filter(audio::Column::Lang.eq(lang))
        .into_tuple()
        .all(db.read())
        .await?;
    Ok(ids.into_iter().collect())
}

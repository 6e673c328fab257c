//! Media for articles: images resized to small responsive variants on upload, uploaded videos
//! served with HTTP range requests, and WebVTT subtitles per language.
//!
//! Images are decoded with limits (size and dimensions), flattened onto white and re-encoded as
//! JPEG at 320, 640 and 1024 pixels wide (never enlarged), so a phone downloads the smallest that
//! fits its screen (`srcset`). They are stored in the database, which every server process
//! shares. Videos are large and live as files under `<data dir>/media/videos/` (on several servers,
//! that folder must be shared storage); they are never loaded before the reader presses play.

use image::{imageops::FilterType, ImageReader, Limits};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use std::io::Cursor;

use hiroba_core::db::Db;

pub const WIDTHS: [u32; 3] = [320, 640, 1024];
pub const MAX_IMAGE_BYTES: usize = 15 * 1024 * 1024;
pub const MAX_VIDEO_BYTES: usize = 500 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    #[error("portal-media-not-image")]
    NotAnImage,
    #[error("portal-media-too-large")]
    TooLarge,
    #[error("portal-media-not-video")]
    NotAVideo,
    #[error("portal-media-not-vtt")]
    NotVtt,
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
    #[error("storage: {0}")]
    Io(#[from] std::io::Error),
}

impl MediaError {
    pub fn key(&self) -> &'static str {
        match self {
            MediaError::NotAnImage => "portal-media-not-image",
            MediaError::TooLarge => "portal-media-too-large",
            MediaError::NotAVideo => "portal-media-not-video",
            MediaError::NotVtt => "portal-media-not-vtt",
            MediaError::Db(_) | MediaError::Io(_) => "error-internal",
        }
    }
}

pub fn new_id() -> String {
    use rand::RngCore;
    let mut b = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Resize an uploaded image into its JPEG variants: `(width, bytes)` for each of [`WIDTHS`].
pub fn variants(bytes: &[u8]) -> Result<Vec<(u32, Vec<u8>)>, MediaError> {
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err(MediaError::TooLarge);
    }
    let mut reader =
        ImageReader::new(Cursor::new(bytes)).with_guessed_format().map_err(|_| MediaError::NotAnImage)?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(8000);
    limits.max_image_height = Some(8000);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let img = reader.decode().map_err(|_| MediaError::NotAnImage)?;
    let rgba = img.to_rgba8();
    // Flatten transparency onto white: JPEG has no alpha.
    let mut rgb = image::RgbImage::new(rgba.width(), rgba.height());
    for (x, y, p) in rgba.enumerate_pixels() {
        let a = p[3] as u32;
        let mix = |c: u8| ((c as u32 * a + 255 * (255 - a)) / 255) as u8;
        rgb.put_pixel(x, y, image::Rgb([mix(p[0]), mix(p[1]), mix(p[2])]));
    }
    let mut out = Vec::new();
    for w in WIDTHS {
        let target = w.min(rgb.width()).max(1);
        let h = ((rgb.height() as u64 * target as u64) / rgb.width().max(1) as u64).max(1) as u32;
        let resized = if target == rgb.width() {
            rgb.clone()
        } else {
            image::imageops::resize(&rgb, target, h, FilterType::Triangle)
        };
        let mut buf = Vec::new();
        let mut enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut buf, 72);
        enc.encode_image(&resized).map_err(|_| MediaError::NotAnImage)?;
        out.push((w, buf));
    }
    Ok(out)
}

/// Store an uploaded image for an article; returns its id for `![alt](media:ID)`.
pub async fn store_image(db: &Db, article_id: i64, bytes: Vec<u8>) -> Result<String, MediaError> {
    let variants =
        tokio::task::spawn_blocking(move || variants(&bytes)).await.map_err(|_| MediaError::NotAnImage)??;
    let id = new_id();
    for (w, data) in variants {
        crate::entities::portal_media::ActiveModel {
            article_id: Set(Some(article_id)),
            name: Set(id.clone()),
            width: Set(w as i32),
            content_type: Set("image/jpeg".into()),
            bytes: Set(data),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(db.write())
        .await?;
    }
    Ok(id)
}

pub async fn image(
    db: &Db,
    id: &str,
    width: i32,
) -> Result<Option<crate::entities::portal_media::Model>, sea_orm::DbErr> {
    crate::entities::portal_media::Entity::find()
        .filter(crate::entities::portal_media::Column::Name.eq(id))
        .filter(crate::entities::portal_media::Column::Width.eq(width))
        .one(db.read())
        .await
}

/// The distinct images of an article (their ids), for the editor.
pub async fn images_of(db: &Db, article_id: i64) -> Result<Vec<String>, sea_orm::DbErr> {
    let rows = crate::entities::portal_media::Entity::find()
        .filter(crate::entities::portal_media::Column::ArticleId.eq(article_id))
        .filter(crate::entities::portal_media::Column::Width.eq(320))
        .all(db.read())
        .await?;
    Ok(rows.into_iter().map(|r| r.name).collect())
}

/// Where uploaded videos live: `<data dir>/media/videos/`.
pub fn videos_dir(data_dir: &std::path::Path) -> std::path::PathBuf {
    data_dir.join("media").join("videos")
}

/// A stored video's file name: letters, digits and hyphens, then `.mp4` or `.webm`.
pub fn is_video_file(name: &str) -> bool {
    let (stem, ext) = name.rsplit_once('.').unwrap_or(("", ""));
    matches!(ext, "mp4" | "webm")
        && !stem.is_empty()
        && stem.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Stream the `file` field of an upload into `dir` (never whole in memory), check by its first
/// bytes that it is MP4 or WebM, and keep it as `<prefix>-<random>.<ext>`. Returns the file name.
pub async fn receive_video(
    dir: &std::path::Path,
    multipart: &mut axum::extract::Multipart,
    prefix: &str,
) -> Result<String, MediaError> {
    use tokio::io::AsyncWriteExt;
    tokio::fs::create_dir_all(dir).await?;
    let tmp = dir.join(format!("{}.part", new_id()));
    let mut head = Vec::new();
    let mut written = 0usize;
    let mut got_file = false;
    while let Ok(Some(mut field)) = multipart.next_field().await {
        if field.name() != Some("file") {
            continue;
        }
        got_file = true;
        let mut out = tokio::fs::File::create(&tmp).await?;
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    written += chunk.len();
                    if head.len() < 16 {
                        head.extend_from_slice(&chunk[..chunk.len().min(16 - head.len())]);
                    }
                    if out.write_all(&chunk).await.is_err() {
                        break;
                    }
                }
                Ok(None) => break,
                Err(_) => {
                    let _ = tokio::fs::remove_file(&tmp).await;
                    return Err(MediaError::TooLarge);
                }
            }
        }
        let _ = out.flush().await;
        break;
    }
    let Some(ext) = video_extension(&head).filter(|_| got_file && written > 0) else {
        let _ = tokio::fs::remove_file(&tmp).await;
        return Err(MediaError::NotAVideo);
    };
    let name = format!("{prefix}-{}.{ext}", new_id());
    tokio::fs::rename(&tmp, dir.join(&name)).await?;
    Ok(name)
}

/// Check a video upload by its first bytes: MP4 (`ftyp` box) or WebM (EBML header).
pub fn video_extension(head: &[u8]) -> Option<&'static str> {
    if head.len() >= 12 && &head[4..8] == b"ftyp" {
        Some("mp4")
    } else if head.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]) {
        Some("webm")
    } else {
        None
    }
}

/// A WebVTT file must start with `WEBVTT`; it is stored as text and served as `text/vtt`.
pub fn check_vtt(text: &str) -> Result<(), MediaError> {
    let t = text.trim_start_matches('\u{feff}');
    if t.starts_with("WEBVTT") && t.len() < 512 * 1024 {
        Ok(())
    } else {
        Err(MediaError::NotVtt)
    }
}

pub async fn save_subtitles(db: &Db, article_id: i64, lang: &str, vtt: &str) -> Result<(), MediaError> {
    use crate::entities::video_subtitles as vs;
    check_vtt(vtt)?;
    vs::Entity::delete_many()
        .filter(vs::Column::ArticleId.eq(article_id))
        .filter(vs::Column::Lang.eq(lang))
        .exec(db.write())
        .await?;
    vs::ActiveModel {
        article_id: Set(article_id),
        lang: Set(lang.into()),
        vtt: Set(vtt.replace("\r\n", "\n")),
        updated_at: Set(chrono::Utc::now()),
    }
    .insert(db.write())
    .await?;
    Ok(())
}

pub async fn subtitles(
    db: &Db,
    article_id: i64,
) -> Result<Vec<crate::entities::video_subtitles::Model>, sea_orm::DbErr> {
    use crate::entities::video_subtitles as vs;
    vs::Entity::find().filter(vs::Column::ArticleId.eq(article_id)).all(db.read()).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbaImage::from_pixel(w, h, image::Rgba([10, 90, 70, 128]));
        let mut buf = Vec::new();
        image::DynamicImage::ImageRgba8(img)
            .write_to(&mut Cursor::new(&mut buf), image::ImageFormat::Png)
            .unwrap();
        buf
    }

    #[test]
    fn images_become_three_jpeg_widths_never_enlarged() {
        let v = variants(&png(2000, 1000)).unwrap();
        let dims: Vec<(u32, u32)> = v
            .iter()
            .map(|(_, b)| image::load_from_memory(b).map(|i| (i.width(), i.height())).unwrap())
            .collect();
        assert_eq!(dims, vec![(320, 160), (640, 320), (1024, 512)]);
        assert!(v.iter().all(|(_, b)| b.starts_with(&[0xFF, 0xD8])), "JPEG");
        let small = variants(&png(200, 100)).unwrap();
        assert!(small.iter().all(|(_, b)| image::load_from_memory(b).unwrap().width() == 200));
        assert!(matches!(variants(b"not an image"), Err(MediaError::NotAnImage)));
    }

    #[test]
    fn videos_and_subtitles_are_checked() {
        assert_eq!(video_extension(b"\0\0\0\x18ftypmp42\0\0\0\0"), Some("mp4"));
        assert_eq!(video_extension(&[0x1A, 0x45, 0xDF, 0xA3, 0]), Some("webm"));
        assert_eq!(video_extension(b"<html>"), None);
        assert!(check_vtt("WEBVTT\n\n00:00.000 --> 00:01.000\nHello").is_ok());
        assert!(check_vtt("<script>").is_err());
    }
}

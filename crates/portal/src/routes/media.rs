//! Serving and uploading media: responsive images, videos (with range requests) and subtitles.

use axum::body::Body;
use axum::extract::{Multipart, Path, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use hiroba_core::audit;
use hiroba_core::web::ctx::SecretariatUser;
use hiroba_core::web::{see_other, Ctx, ValidForm, WebError};
use sea_orm::{ActiveModelTrait, Set};
use serde::Deserialize;
use tower::ServiceExt;

use crate::entities::articles as article_entity;
use crate::markdown::is_media_id;
use crate::media::{self, MediaError};

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

pub async fn image(ctx: Ctx, Path((id, width)): Path<(String, String)>) -> Result<Response, WebError> {
    let width: i32 = width.parse().map_err(|_| WebError::NotFound)?;
    if !is_media_id(&id) {
        return Err(WebError::NotFound);
    }
    let row = media::image(&ctx.state.db, &id, width).await?.ok_or(WebError::NotFound)?;
    Ok((
        [(header::CONTENT_TYPE, row.content_type.clone()), (header::CACHE_CONTROL, IMMUTABLE.to_string())],
        row.bytes,
    )
        .into_response())
}

fn videos_dir(ctx: &Ctx) -> std::path::PathBuf {
    media::videos_dir(&ctx.state.config.data_dir)
}

/// Videos are served by tower-http's `ServeFile`, which answers `Range` requests, so a phone can
/// seek and resume without downloading the whole file.
pub async fn video(ctx: Ctx, Path(file): Path<String>, req: Request) -> Result<Response, WebError> {
    if !media::is_video_file(&file) {
        return Err(WebError::NotFound);
    }
    let path = videos_dir(&ctx).join(&file);
    if !path.exists() {
        return Err(WebError::NotFound);
    }
    let res = tower_http::services::ServeFile::new(path)
        .oneshot(req)
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?;
    let mut res = res.map(Body::new);
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(IMMUTABLE));
    Ok(res)
}

pub async fn subtitles(ctx: Ctx, Path((id, file)): Path<(String, String)>) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
    let lang = file.strip_suffix(".vtt").ok_or(WebError::NotFound)?;
    let track = media::subtitles(&ctx.state.db, id)
        .await?
        .into_iter()
        .find(|s| s.lang == lang)
        .ok_or(WebError::NotFound)?;
    Ok(([(header::CONTENT_TYPE, "text/vtt; charset=utf-8")], track.vtt).into_response())
}

async fn article(ctx: &Ctx, id: &str) -> Result<crate::articles::Article, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
    crate::articles::find(&ctx.state.db, id).await?.ok_or(WebError::NotFound)
}

fn back(ctx: &Ctx, id: i64, problem: Option<&MediaError>) -> Response {
    match problem {
        None => see_other(&ctx.href(&format!("/admin/portal/{id}#media"))),
        Some(e) => see_other(&ctx.href(&format!("/admin/portal/{id}?media_error={}#media", e.key()))),
    }
}

/// Read the `file` field of an upload into memory, up to `max` bytes.
async fn file_field(multipart: &mut Multipart, max: usize) -> Result<Option<Vec<u8>>, MediaError> {
    while let Ok(Some(mut field)) = multipart.next_field().await {
        if field.name() != Some("file") {
            continue;
        }
        let mut data = Vec::new();
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    if data.len() + chunk.len() > max {
                        return Err(MediaError::TooLarge);
                    }
                    data.extend_from_slice(&chunk);
                }
                Ok(None) => return Ok(Some(data)),
                Err(_) => return Err(MediaError::TooLarge),
            }
        }
    }
    Ok(None)
}

pub async fn upload_image(
    ctx: Ctx,
    SecretariatUser(me): SecretariatUser,
    Path((_, id)): Path<(String, String)>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let a = article(&ctx, &id).await?;
    let bytes = match file_field(&mut multipart, media::MAX_IMAGE_BYTES).await {
        Ok(Some(b)) if !b.is_empty() => b,
        Ok(_) => return Ok(back(&ctx, a.id, Some(&MediaError::NotAnImage))),
        Err(e) => return Ok(back(&ctx, a.id, Some(&e))),
    };
    match media::store_image(&ctx.state.db, a.id, bytes).await {
        Ok(image_id) => {
            audit::record(
                &ctx.state.db,
                &me.actor(),
                "portal.image",
                &format!("article:{}:{image_id}", a.id),
                "",
            )
            .await?;
            Ok(back(&ctx, a.id, None))
        }
        Err(MediaError::Db(e)) => Err(e.into()),
        Err(e) => Ok(back(&ctx, a.id, Some(&e))),
    }
}

/// Stream an uploaded video to disk (never whole in memory), check it is MP4 or WebM, attach it.
pub async fn upload_video(
    ctx: Ctx,
    SecretariatUser(me): SecretariatUser,
    Path((_, id)): Path<(String, String)>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let a = article(&ctx, &id).await?;
    let name = match media::receive_video(&videos_dir(&ctx), &mut multipart, &a.id.to_string()).await {
        Ok(name) => name,
        Err(MediaError::Io(e)) => return Err(WebError::Internal(e.to_string())),
        Err(e) => return Ok(back(&ctx, a.id, Some(&e))),
    };
    let mut am: article_entity::ActiveModel = a.clone().into();
    am.video_file = Set(Some(name.clone()));
    am.kind = Set("video".into());
    am.update(ctx.state.db.write()).await?;
    audit::record(&ctx.state.db, &me.actor(), "portal.video", &format!("article:{}:{name}", a.id), "")
        .await?;
    ctx.state.page_cache.clear();
    Ok(back(&ctx, a.id, None))
}

#[derive(Deserialize)]
pub struct SubtitlesForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    vtt: String,
}

pub async fn save_subtitles(
    ctx: Ctx,
    SecretariatUser(me): SecretariatUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(f): ValidForm<SubtitlesForm>,
) -> Result<Response, WebError> {
    let a = article(&ctx, &id).await?;
    if ctx.state.i18n.language(&f.lang).is_none() {
        return Ok(back(&ctx, a.id, Some(&MediaError::NotVtt)));
    }
    match media::save_subtitles(&ctx.state.db, a.id, &f.lang, &f.vtt).await {
        Ok(()) => {
            audit::record(
                &ctx.state.db,
                &me.actor(),
                "portal.subtitles",
                &format!("article:{}:{}", a.id, f.lang),
                "",
            )
            .await?;
            ctx.state.page_cache.clear();
            Ok(back(&ctx, a.id, None))
        }
        Err(MediaError::Db(e)) => Err(e.into()),
        Err(e) => Ok(back(&ctx, a.id, Some(&e))),
    }
}

/// Used as poster: the 640 px variant of an article's chosen image.
pub async fn set_poster(
    ctx: Ctx,
    SecretariatUser(_): SecretariatUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(f): ValidForm<PosterForm>,
) -> Result<Response, WebError> {
    let a = article(&ctx, &id).await?;
    let row = media::image(&ctx.state.db, &f.image, 640).await?.filter(|r| r.article_id == Some(a.id));
    let Some(row) = row else { return Ok((StatusCode::BAD_REQUEST, "").into_response()) };
    let mut am: article_entity::ActiveModel = a.clone().into();
    am.thumbnail_id = Set(Some(row.id));
    am.update(ctx.state.db.write()).await?;
    ctx.state.page_cache.clear();
    Ok(back(&ctx, a.id, None))
}

#[derive(Deserialize)]
pub struct PosterForm {
    #[serde(default)]
    image: String,
}

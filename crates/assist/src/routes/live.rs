//! Live chat: new messages of a case pushed to the open page as server-sent events. Without
//! JavaScript nothing changes: reloading the page shows them. Events carry only a message id
//! between processes; the text is read (and decrypted) here, for a viewer allowed to see it.

use axum::extract::Path;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, Stream};
use hiroba_core::web::{Ctx, CurrentUser, WebError};
use std::convert::Infallible;
use tokio::sync::broadcast::error::RecvError;

use crate::cases;

fn stream_for(ctx: Ctx, case_id: i64, with_notes: bool) -> impl Stream<Item = Result<Event, Infallible>> {
    let rx = ctx.state.events.subscribe();
    let closing = ctx.state.events.closing();
    let topic = format!("case:{case_id}");
    stream::unfold((rx, closing, ctx, topic), move |(mut rx, mut closing, ctx, topic)| async move {
        loop {
            if *closing.borrow() {
                return None;
            }
            let received = tokio::select! {
                r = rx.recv() => r,
                _ = closing.changed() => return None,
            };
            match received {
                Ok(ev) if ev.topic == topic => {
                    let Ok(Some(m)) = cases::message_for_event(
                        &ctx.state.db,
                        &ctx.state.cipher,
                        case_id,
                        ev.id,
                        with_notes,
                    )
                    .await
                    else {
                        continue;
                    };
                    let data = serde_json::json!({
                        // Staff see "Worker"; the worker sees "You".
                        "author": if with_notes && m.author == "worker" { ctx.t_plain("role-worker") } else { ctx.t_plain_key("assist-from-", &m.author) },
                        "kind": m.author,
                        "body": m.body,
                        "at": m.at.format("%Y-%m-%d %H:%M").to_string(),
                    });
                    let event = Event::default().event("message").data(data.to_string());
                    return Some((Ok(event), (rx, closing, ctx, topic)));
                }
                Ok(_) | Err(RecvError::Lagged(_)) => continue,
                Err(RecvError::Closed) => return None,
            }
        }
    })
}

/// The worker's stream (the case of their signed case cookie; never internal notes).
pub async fn worker(ctx: Ctx, headers: axum::http::HeaderMap) -> Result<Response, WebError> {
    let case = super::worker::current_case(&ctx, &headers).await?.ok_or(WebError::NotFound)?;
    Ok(Sse::new(stream_for(ctx, case.id, false)).keep_alive(KeepAlive::default()).into_response())
}

/// A counsellor's stream of a case (notes included).
pub async fn staff(
    ctx: Ctx,
    _me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
    let case = cases::find(&ctx.state.db, id).await?.ok_or(WebError::NotFound)?;
    Ok(Sse::new(stream_for(ctx, case.id, true)).keep_alive(KeepAlive::default()).into_response())
}

//! The events' mails, written in the language the person registered in and queued for sending.

use hiroba_core::mail;
use hiroba_core::AppState;

use crate::events::{self, Event, Registration};

/// What happened to a registration: `registered`, `waiting`, `promoted`, `reminder`, `cancelled`.
pub async fn tell(state: &AppState, r: &Registration, kind: &str, e: &Event) -> Result<(), sea_orm::DbErr> {
    let Some(user) = hiroba_core::auth::users::find(&state.db, r.user_id).await? else { return Ok(()) };
    let lang = if state.i18n.language(&r.lang).is_some() { r.lang.clone() } else { "en".into() };
    let base = state.config.public_url.trim_end_matches('/');
    let link = format!("{base}/{lang}/events/{}", e.id);
    let ics = format!("{link}/event.ics");
    // The online link only for those with a place.
    let has_place = r.status == events::REGISTERED;
    let place = match e.format.as_str() {
        "online" if has_place => e.online_url.clone(),
        "hybrid" if has_place => format!("{} / {}", e.place, e.online_url),
        "online" => "online".into(),
        _ => e.place.clone(),
    };
    let when = events::when(e);
    let pairs = [
        ("name", user.display_name.as_str()),
        ("title", e.title.as_str()),
        ("when", when.as_str()),
        ("place", place.as_str()),
        ("link", link.as_str()),
        ("ics", ics.as_str()),
    ];
    mail::enqueue_message(state, &lang, &user.email, &format!("events-mail-{kind}"), &pairs).await
}

/// The reminder job: a day before, everyone with a place hears again when and where. A job for
/// a start time the event no longer has, or a cancelled event, sends nothing.
pub async fn remind_job(state: AppState, payload: serde_json::Value) -> hiroba_core::jobs::JobResult {
    let id = payload["event_id"].as_i64().ok_or("payload without event_id")?;
    let starts = payload["starts_at"].as_i64().ok_or("payload without starts_at")?;
    let Some(e) = events::find(&state.db, id).await.map_err(|e| e.to_string())? else { return Ok(()) };
    if e.cancelled_at.is_some() || e.starts_at.timestamp() != starts {
        return Ok(());
    }
    for r in events::registrations(&state.db, id).await.map_err(|e| e.to_string())? {
        if r.status == events::REGISTERED {
            tell(&state, &r, "reminder", &e).await.map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

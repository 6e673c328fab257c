//! Event pages: the list and each event (with its calendar file and registration), the public
//! calendar feed, and the secretariat's pages to create events, see registrations, mark who came
//! and read the yearly totals.

use askama::Template;
use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use hiroba_core::i18n::Markup;
use hiroba_core::web::{
    form_field, parse_id, render, render_form, see_other, Ctx, CurrentUser, ValidForm, WebError,
};

use crate::events::{self, Event, EventError, EventForm, Registration, YearTotals};
use crate::mails;

fn is_member(ctx: &Ctx) -> bool {
    ctx.has_role("member") || ctx.has_role("secretariat")
}

/// An event the visitor may see, or not found (members-only events stay closed to others).
async fn visible_event(ctx: &Ctx, id: &str) -> Result<Event, WebError> {
    let e = events::find(&ctx.state.db, parse_id(id)?).await?.ok_or(WebError::NotFound)?;
    if events::visible(&e, is_member(ctx)) {
        Ok(e)
    } else {
        Err(WebError::NotFound)
    }
}

#[derive(Template)]
#[template(path = "community/list.html")]
struct ListPage<'a> {
    ctx: &'a Ctx,
    events: Vec<Event>,
}

impl ListPage<'_> {
    fn when(&self, e: &Event) -> String {
        events::when(e)
    }
}

pub async fn list(ctx: Ctx) -> Result<Response, WebError> {
    let events = events::upcoming(&ctx.state.db, is_member(&ctx)).await?;
    Ok(render(&ListPage { ctx: &ctx, events }))
}

#[derive(Template)]
#[template(path = "community/event.html")]
struct EventPage<'a> {
    ctx: &'a Ctx,
    event: Event,
    summary: Markup,
    when: String,
    taken: u64,
    mine: Option<Registration>,
    /// The series' title and its events, for a Field Academy session.
    series: Option<(String, Vec<Event>)>,
    error: Option<&'static str>,
    ended: bool,
}

impl EventPage<'_> {
    fn places_left(&self) -> Option<i64> {
        self.event.capacity.map(|c| (c as i64 - self.taken as i64).max(0))
    }
}

async fn event_page(ctx: &Ctx, event: Event, error: Option<&'static str>) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let taken = events::taken(db, event.id).await?;
    let mine = match &ctx.user {
        Some(u) => {
            events::registration(db, event.id, u.user.id).await?.filter(|r| r.status != events::CANCELLED)
        }
        None => None,
    };
    let series = match event.series_id {
        Some(s) => {
            let title = events::series_title(db, s).await?.unwrap_or_default();
            let member = is_member(ctx);
            let sessions =
                events::in_series(db, s).await?.into_iter().filter(|e| events::visible(e, member)).collect();
            Some((title, sessions))
        }
        None => None,
    };
    let summary = Markup(hiroba_core::markdown::render(&event.summary, ctx.furigana));
    let when = events::when(&event);
    let ended = event.ends_at <= chrono::Utc::now();
    Ok(render_form(
        &EventPage { ctx, event, summary, when, taken, mine, series, error, ended },
        error.is_some(),
    ))
}

pub async fn event(ctx: Ctx, Path((_, id)): Path<(String, String)>) -> Result<Response, WebError> {
    let e = visible_event(&ctx, &id).await?;
    event_page(&ctx, e, None).await
}

pub async fn register(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(_): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let e = visible_event(&ctx, &id).await?;
    match events::register(&ctx.state.db, e.id, me.user.id, &ctx.lang).await {
        Ok(r) => {
            mails::tell(&ctx.state, &r, &r.status, &e).await?;
            Ok(see_other(&ctx.href(&format!("/events/{}", e.id))))
        }
        Err(EventError::Db(err)) => Err(err.into()),
        Err(err) => event_page(&ctx, e, Some(err.key())).await,
    }
}

pub async fn cancel(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(_): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let e = visible_event(&ctx, &id).await?;
    match events::cancel(&ctx.state.db, e.id, me.user.id).await {
        Ok(promoted) => {
            if let Some(r) = events::registration(&ctx.state.db, e.id, me.user.id).await? {
                mails::tell(&ctx.state, &r, "cancelled", &e).await?;
            }
            if let Some(p) = promoted {
                mails::tell(&ctx.state, &p, "promoted", &e).await?;
            }
            Ok(see_other(&ctx.href(&format!("/events/{}", e.id))))
        }
        Err(EventError::Db(err)) => Err(err.into()),
        Err(err) => event_page(&ctx, e, Some(err.key())).await,
    }
}

fn ics_response(body: String, file: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file}\"")),
        ],
        body,
    )
        .into_response()
}

pub async fn event_ics(ctx: Ctx, Path((_, id)): Path<(String, String)>) -> Result<Response, WebError> {
    let e = visible_event(&ctx, &id).await?;
    let name = ctx.t_plain("events-title");
    let body = events::calendar(std::slice::from_ref(&e), &ctx.state.config.public_url, &ctx.lang, &name);
    Ok(ics_response(body, &format!("event-{}.ics", e.id)))
}

/// The calendar feed of upcoming public events, to subscribe to.
pub async fn feed(ctx: Ctx) -> Result<Response, WebError> {
    let upcoming = events::upcoming(&ctx.state.db, false).await?;
    let name = ctx.t_plain("events-title");
    Ok(ics_response(
        events::calendar(&upcoming, &ctx.state.config.public_url, &ctx.lang, &name),
        "events.ics",
    ))
}

// ---------------------------------------------------------------------------------------------
// The secretariat

#[derive(Template)]
#[template(path = "community/admin.html")]
struct AdminPage<'a> {
    ctx: &'a Ctx,
    events: Vec<(Event, usize, usize)>,
    totals: Vec<YearTotals>,
    series: Vec<events::Series>,
    form: EventForm,
    error: Option<&'static str>,
}

impl AdminPage<'_> {
    fn kinds(&self) -> &'static [&'static str] {
        &events::KINDS
    }
    fn formats(&self) -> &'static [&'static str] {
        &events::FORMATS
    }
    fn audiences(&self) -> &'static [&'static str] {
        &events::AUDIENCES
    }
    fn parts(&self) -> &'static [&'static str] {
        &events::PARTS[1..]
    }
    fn when(&self, e: &Event) -> String {
        events::when(e)
    }
    fn languages(&self) -> Vec<(String, String)> {
        self.ctx.state.i18n.languages().iter().map(|l| (l.code.clone(), l.native_name.clone())).collect()
    }
}

async fn admin_page(ctx: &Ctx, form: EventForm, error: Option<&'static str>) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let mut rows = Vec::new();
    for e in events::all(db).await? {
        let regs = events::registrations(db, e.id).await?;
        let registered = regs.iter().filter(|r| r.status == events::REGISTERED).count();
        let waiting = regs.len() - registered;
        rows.push((e, registered, waiting));
    }
    let totals = events::yearly_totals(db).await?;
    let series = events::series(db).await?;
    Ok(render_form(&AdminPage { ctx, events: rows, totals, series, form, error }, error.is_some()))
}

fn form_from(fields: &[(String, String)]) -> EventForm {
    let f = |k: &str| form_field(fields, k).to_string();
    EventForm {
        kind: f("kind"),
        title: f("title"),
        summary: f("summary"),
        lang: f("lang"),
        format: f("format"),
        place: f("place"),
        online_url: f("online_url"),
        audience: f("audience"),
        capacity: f("capacity"),
        starts: f("starts"),
        ends: f("ends"),
        series: f("series"),
        series_title: f("series_title"),
        series_part: f("series_part"),
    }
}

pub async fn admin(ctx: Ctx, _me: CurrentUser) -> Result<Response, WebError> {
    let form = EventForm {
        kind: "seminar".into(),
        lang: ctx.lang.clone(),
        format: "in-person".into(),
        audience: "public".into(),
        ..Default::default()
    };
    admin_page(&ctx, form, None).await
}

pub async fn create(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let mut form = form_from(&fields);
    if ctx.state.i18n.language(&form.lang).is_none() {
        form.lang = ctx.lang.clone();
    }
    match events::create(&ctx.state.db, &form, me.user.id).await {
        Ok(e) => {
            hiroba_core::audit::record(
                &ctx.state.db,
                &me.actor(),
                "events.create",
                &format!("event:{}", e.id),
                "",
            )
            .await?;
            Ok(see_other(&ctx.href(&format!("/admin/events/{}", e.id))))
        }
        Err(EventError::Db(e)) => Err(e.into()),
        Err(e) => admin_page(&ctx, form, Some(e.key())).await,
    }
}

/// A registration with the person's name and email, for the secretariat's list.
pub struct Person {
    pub registration: Registration,
    pub name: String,
    pub email: String,
}

#[derive(Template)]
#[template(path = "community/admin_event.html")]
struct AdminEventPage<'a> {
    ctx: &'a Ctx,
    event: Event,
    when: String,
    people: Vec<Person>,
    admin: AdminPage<'a>,
}

async fn admin_event_page(
    ctx: &Ctx,
    id: i64,
    form: Option<EventForm>,
    error: Option<&'static str>,
) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let event = events::find(db, id).await?.ok_or(WebError::NotFound)?;
    let mut people = Vec::new();
    for r in events::registrations(db, id).await? {
        let u = hiroba_core::auth::users::find(db, r.user_id).await?;
        let (name, email) = u.map(|u| (u.display_name, u.email)).unwrap_or_default();
        people.push(Person { registration: r, name, email });
    }
    let form = form.unwrap_or_else(|| EventForm {
        kind: event.kind.clone(),
        title: event.title.clone(),
        summary: event.summary.clone(),
        lang: event.lang.clone(),
        format: event.format.clone(),
        place: event.place.clone(),
        online_url: event.online_url.clone(),
        audience: event.audience.clone(),
        capacity: event.capacity.map(|c| c.to_string()).unwrap_or_default(),
        starts: events::to_local(event.starts_at),
        ends: events::to_local(event.ends_at),
        series: event.series_id.map(|s| s.to_string()).unwrap_or_default(),
        series_title: String::new(),
        series_part: event.series_part.clone(),
    });
    let series = events::series(db).await?;
    let admin = AdminPage { ctx, events: vec![], totals: vec![], series, form, error };
    let when = events::when(&event);
    Ok(render_form(&AdminEventPage { ctx, event, when, people, admin }, error.is_some()))
}

pub async fn admin_event(
    ctx: Ctx,
    _me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    admin_event_page(&ctx, parse_id(&id)?, None, None).await
}

pub async fn update(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    let form = form_from(&fields);
    match events::update(&ctx.state.db, id, &form).await {
        Ok(e) => {
            hiroba_core::audit::record(
                &ctx.state.db,
                &me.actor(),
                "events.update",
                &format!("event:{}", e.id),
                "",
            )
            .await?;
            Ok(see_other(&ctx.href(&format!("/admin/events/{id}"))))
        }
        Err(EventError::Db(e)) => Err(e.into()),
        Err(EventError::NotFound) => Err(WebError::NotFound),
        Err(e) => admin_event_page(&ctx, id, Some(form), Some(e.key())).await,
    }
}

/// Cancel the event and tell everyone who registered or waited.
pub async fn cancel_event(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(_): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    match events::cancel_event(&ctx.state.db, id).await {
        Ok(people) => {
            let e = events::find(&ctx.state.db, id).await?.ok_or(WebError::NotFound)?;
            for r in &people {
                mails::tell(&ctx.state, r, "event-cancelled", &e).await?;
            }
            hiroba_core::audit::record(
                &ctx.state.db,
                &me.actor(),
                "events.cancel",
                &format!("event:{id}"),
                &people.len().to_string(),
            )
            .await?;
            Ok(see_other(&ctx.href(&format!("/admin/events/{id}"))))
        }
        Err(EventError::Db(e)) => Err(e.into()),
        Err(EventError::NotFound) => Err(WebError::NotFound),
        Err(e) => admin_event_page(&ctx, id, None, Some(e.key())).await,
    }
}

/// The attendance form: one checkbox `came` per registration id.
pub async fn attendance(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    events::find(&ctx.state.db, id).await?.ok_or(WebError::NotFound)?;
    let came: Vec<i64> =
        fields.iter().filter(|(k, _)| k == "came").filter_map(|(_, v)| v.parse().ok()).collect();
    events::mark_attendance(&ctx.state.db, id, &came).await?;
    hiroba_core::audit::record(
        &ctx.state.db,
        &me.actor(),
        "events.attendance",
        &format!("event:{id}"),
        &came.len().to_string(),
    )
    .await?;
    Ok(see_other(&ctx.href(&format!("/admin/events/{id}"))))
}

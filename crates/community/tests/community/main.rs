//! Events, on SQLite and (with TEST_DATABASE_URL) PostgreSQL: creating, registration with
//! capacity and a waiting list (also under concurrency), mails, members-only events, calendar
//! files read back with an iCalendar parser, reminders, attendance and yearly totals, and the
//! Field Academy's linked sessions.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use hiroba_community::events::{self, EventForm};
use hiroba_core::auth::Role;
use hiroba_testkit::{db_test, Backend, TestApp};

async fn app(backend: Backend) -> TestApp {
    TestApp::new(backend, hiroba_community::routes, &[&hiroba_community::LOCALES]).await
}

pub fn registry() -> hiroba_core::jobs::Registry<hiroba_core::AppState> {
    let mut r = hiroba_core::jobs::Registry::default();
    hiroba_core::bootstrap::register_jobs(&mut r);
    r
}

fn seminar(title: &str, capacity: &str, in_days: i64) -> EventForm {
    let start = Utc::now() + Duration::days(in_days);
    EventForm {
        kind: "seminar".into(),
        title: title.into(),
        summary: "How **zero-fee** recruitment works in practice.".into(),
        lang: "en".into(),
        format: "hybrid".into(),
        place: "JICA Ichigaya, Tokyo".into(),
        online_url: "https://meet.example/zero-fees".into(),
        audience: "public".into(),
        capacity: capacity.into(),
        starts: events::to_local(start),
        ends: events::to_local(start + Duration::hours(2)),
        ..Default::default()
    }
}

fn pairs(f: &EventForm) -> Vec<(&'static str, String)> {
    vec![
        ("kind", f.kind.clone()),
        ("title", f.title.clone()),
        ("summary", f.summary.clone()),
        ("lang", f.lang.clone()),
        ("format", f.format.clone()),
        ("place", f.place.clone()),
        ("online_url", f.online_url.clone()),
        ("audience", f.audience.clone()),
        ("capacity", f.capacity.clone()),
        ("starts", f.starts.clone()),
        ("ends", f.ends.clone()),
        ("series", f.series.clone()),
        ("series_title", f.series_title.clone()),
        ("series_part", f.series_part.clone()),
    ]
}

db_test!(registration_fills_places_then_a_waiting_list_that_moves_up, |backend| async move {
    let app = app(backend).await;
    let (sec, admin) = app.signed_in(&[Role::Secretariat]).await;

    // A bad form is refused in the author's language; nothing is created.
    let mut bad = seminar("Zero fees", "2", 10);
    bad.ends = bad.starts.clone();
    let body: Vec<(&str, String)> = pairs(&bad);
    let body: Vec<(&str, &str)> = body.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = sec.post_form("/en/admin/events", &body).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.body.contains("the end must be after the start"));
    assert!(events::all(&app.state.db).await.unwrap().is_empty());

    let good = pairs(&seminar("Zero fees in practice", "2", 10));
    let good: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = sec.post_form("/en/admin/events", &good).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let e = events::all(&app.state.db).await.unwrap().remove(0);
    assert_eq!(e.created_by, admin.id);

    // Three people register for two places: the third waits.
    let mut clients = Vec::new();
    for (i, lang) in ["en", "id", "vi"].iter().enumerate() {
        let user = app.user(&format!("person{i}@example.org"), &[Role::Learner]).await;
        let c = app.client_for(&user).await;
        let res = c.post_form(&format!("/{lang}/events/{}/register", e.id), &[]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        clients.push((c, user, *lang));
    }
    let page = clients[2].0.get(&format!("/en/events/{}", e.id)).await;
    assert!(page.body.contains("You are on the waiting list"));
    assert!(!page.body.contains("meet.example"), "the online link only for those with a place");
    let page = clients[0].0.get(&format!("/en/events/{}", e.id)).await;
    assert!(
        page.body.contains("You are registered.") && page.body.contains("https://meet.example/zero-fees")
    );
    assert!(page.body.contains("0 of 2 places left"));
    // Registering twice is refused, nothing changes.
    let again = clients[0].0.post_form(&format!("/en/events/{}/register", e.id), &[]).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert!(again.body.contains("registered already"));

    app.run_jobs(&registry()).await;
    let mails = app.decoded_mails();
    assert_eq!(mails.len(), 3);
    assert!(mails.iter().any(|(to, s, b)| to == "person0@example.org"
        && s.starts_with("Registered")
        && b.contains("meet.example")));
    let (_, waiting_subject, waiting_body) = mails.iter().find(|m| m.0 == "person2@example.org").unwrap();
    assert!(!waiting_subject.is_empty() && !waiting_body.contains("meet.example"), "{waiting_body}");

    // The first cancels: the one waiting moves up and hears of it.
    let res = clients[0].0.post_form(&format!("/en/events/{}/cancel", e.id), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let regs = events::registrations(&app.state.db, e.id).await.unwrap();
    let statuses: Vec<(i64, &str)> = regs.iter().map(|r| (r.user_id, r.status.as_str())).collect();
    assert_eq!(statuses, [(clients[1].1.id, "registered"), (clients[2].1.id, "registered")]);
    app.run_jobs(&registry()).await;
    let mails = app.decoded_mails();
    assert_eq!(mails.len(), 5, "a cancellation and a promotion");
    assert!(
        mails.iter().any(|(to, _, b)| to == "person2@example.org" && b.contains("meet.example")),
        "promoted: now the link"
    );

    // The secretariat marks who came; the yearly totals count them.
    let list = sec.get(&format!("/en/admin/events/{}", e.id)).await;
    assert!(list.body.contains("person1@example.org") && list.body.contains("person2@example.org"));
    let came = regs[0].id.to_string();
    let res = sec.post_form(&format!("/en/admin/events/{}/attendance", e.id), &[("came", &came)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let totals = events::yearly_totals(&app.state.db).await.unwrap();
    assert_eq!((totals[0].events, totals[0].registered, totals[0].attended), (1, 2, 1));
    let admin_page = sec.get("/en/admin/events").await;
    assert!(admin_page.body.contains("id=\"totals\""));

    // The secretariat cancels the event: everyone still registered hears of it, once.
    let before = app.decoded_mails().len();
    let res = sec.post_form(&format!("/en/admin/events/{}/cancel", e.id), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(
        sec.post_form(&format!("/en/admin/events/{}/cancel", e.id), &[]).await.status,
        StatusCode::BAD_REQUEST
    );
    app.run_jobs(&registry()).await;
    let mails = app.decoded_mails();
    assert_eq!(mails.len() - before, 2);
    // In the language each person registered in (Indonesian and Vietnamese here), naming the event.
    assert!(mails[before..].iter().all(|(_, s, _)| s.contains("Zero fees in practice")));
    let tos: Vec<&str> = mails[before..].iter().map(|(to, _, _)| to.as_str()).collect();
    assert!(tos.contains(&"person1@example.org") && tos.contains(&"person2@example.org"));
    let again = clients[0].0.post_form(&format!("/en/events/{}/register", e.id), &[]).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert!(!events::upcoming(&app.state.db, true).await.unwrap().iter().any(|x| x.id == e.id));
});

db_test!(capacity_holds_when_many_register_at_once, |backend| async move {
    let app = app(backend).await;
    let e = events::create(&app.state.db, &seminar("Popular", "3", 5), 1).await.unwrap();
    let mut users = Vec::new();
    for i in 0..12 {
        users.push(app.user(&format!("rush{i}@example.org"), &[Role::Learner]).await.id);
    }
    let db = &app.state.db;
    let results = futures_join(users.iter().map(|u| events::register(db, e.id, *u, "en"))).await;
    assert!(
        results.iter().all(|r| r.is_ok()),
        "{:?}",
        results.iter().filter(|r| r.is_err()).collect::<Vec<_>>()
    );
    let regs = events::registrations(db, e.id).await.unwrap();
    assert_eq!(regs.iter().filter(|r| r.status == "registered").count(), 3);
    assert_eq!(regs.iter().filter(|r| r.status == "waiting").count(), 9);
});

/// Run the futures at once (on one task, interleaved at every await).
async fn futures_join<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    let mut set = Vec::new();
    for f in futures {
        set.push(Box::pin(f));
    }
    let mut out = Vec::new();
    // join_all without a dependency: poll them together through tokio's join on pairs.
    while !set.is_empty() {
        let batch: Vec<_> = set.drain(..set.len().min(4)).collect();
        let mut it = batch.into_iter();
        match (it.next(), it.next(), it.next(), it.next()) {
            (Some(a), Some(b), Some(c), Some(d)) => {
                let (a, b, c, d) = tokio::join!(a, b, c, d);
                out.extend([a, b, c, d]);
            }
            (Some(a), Some(b), Some(c), None) => {
                let (a, b, c) = tokio::join!(a, b, c);
                out.extend([a, b, c]);
            }
            (Some(a), Some(b), None, None) => {
                let (a, b) = tokio::join!(a, b);
                out.extend([a, b]);
            }
            (Some(a), None, None, None) => out.push(a.await),
            _ => {}
        }
    }
    out
}

db_test!(members_only_events_stay_closed_and_calendars_parse, |backend| async move {
    let app = app(backend).await;
    let db = &app.state.db;
    let public = events::create(db, &seminar("Open seminar", "", 3), 1).await.unwrap();
    let mut closed = seminar("Members' workshop", "", 4);
    closed.audience = "members".into();
    closed.kind = "workshop".into();
    let closed = events::create(db, &closed, 1).await.unwrap();
    let (learner, _) = app.signed_in(&[Role::Learner]).await;
    let (member, _) = app.signed_in(&[Role::Member]).await;
    let anon = app.client();
    for c in [&learner, &anon] {
        assert_eq!(c.get(&format!("/en/events/{}", closed.id)).await.status, StatusCode::NOT_FOUND);
        assert_eq!(c.get(&format!("/en/events/{}/event.ics", closed.id)).await.status, StatusCode::NOT_FOUND);
        assert!(!c.get("/en/events").await.body.contains("Members&#x27; workshop"));
        assert!(!c.get("/en/events").await.body.contains("Members' workshop"));
    }
    assert_eq!(
        learner.post_form(&format!("/en/events/{}/register", closed.id), &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(member.get(&format!("/en/events/{}", closed.id)).await.status, StatusCode::OK);
    assert_eq!(
        member.post_form(&format!("/en/events/{}/register", closed.id), &[]).await.status,
        StatusCode::SEE_OTHER
    );
    // Without an account: a link to sign in, and back.
    let page = anon.get(&format!("/en/events/{}", public.id)).await;
    assert!(page.body.contains(&format!("/en/account/login?next=/en/events/{}", public.id)));

    // The calendar file, read back with an iCalendar parser.
    use icalendar::{Calendar, CalendarComponent, Component, EventLike};
    let ics = anon.get(&format!("/en/events/{}/event.ics", public.id)).await;
    assert_eq!(ics.header("content-type"), Some("text/calendar; charset=utf-8"));
    let cal: Calendar = ics.body.parse().expect("a valid iCalendar file");
    let evs: Vec<&icalendar::Event> = cal
        .components
        .iter()
        .filter_map(|c| if let CalendarComponent::Event(e) = c { Some(e) } else { None })
        .collect();
    assert_eq!(evs.len(), 1);
    assert_eq!(evs[0].get_summary(), Some("Open seminar"));
    assert_eq!(evs[0].get_location(), Some("JICA Ichigaya, Tokyo"));
    assert!(evs[0].get_uid().unwrap().starts_with(&format!("event-{}@", public.id)));
    let start = match evs[0].get_start() {
        Some(icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(t))) => t,
        other => panic!("a UTC start: {other:?}"),
    };
    assert_eq!(start.timestamp(), public.starts_at.timestamp());
    assert!(!ics.body.contains("meet.example"), "no online link in a calendar anyone can fetch");
    // The feed lists public events only.
    let feed = anon.get("/en/events/feed.ics").await;
    let cal: Calendar = feed.body.parse().unwrap();
    assert_eq!(cal.components.iter().filter(|c| matches!(c, CalendarComponent::Event(_))).count(), 1);
});

db_test!(reminders_go_to_those_with_a_place_and_follow_the_start_time, |backend| async move {
    let app = app(backend).await;
    let db = &app.state.db;
    let e = events::create(db, &seminar("Forum", "1", 3), 1).await.unwrap();
    let a = app.user("a@example.org", &[Role::Learner]).await;
    let b = app.user("b@example.org", &[Role::Learner]).await;
    events::register(db, e.id, a.id, "ja").await.unwrap();
    events::register(db, e.id, b.id, "en").await.unwrap();
    // One reminder is queued for a day before (and not run before then).
    assert_eq!(app.run_jobs(&registry()).await, 0);
    let payload = serde_json::json!({ "event_id": e.id, "starts_at": e.starts_at.timestamp() });
    hiroba_community::mails::remind_job(app.state.clone(), payload.clone()).await.unwrap();
    app.run_jobs(&registry()).await;
    let mails = app.decoded_mails();
    assert_eq!(mails.len(), 1, "only the person with a place");
    assert_eq!(mails[0].0, "a@example.org");
    // The event moves: the old reminder sends nothing.
    let mut moved = seminar("Forum", "1", 4);
    moved.title = "Forum".into();
    events::update(db, e.id, &moved).await.unwrap();
    hiroba_community::mails::remind_job(app.state.clone(), payload).await.unwrap();
    app.run_jobs(&registry()).await;
    assert_eq!(app.decoded_mails().len(), 1);
});

db_test!(field_academy_sessions_link_to_each_other, |backend| async move {
    let app = app(backend).await;
    let (sec, _) = app.signed_in(&[Role::Secretariat]).await;
    let parts = ["pre-workshop", "tour", "post-workshop", "debriefing"];
    for (i, part) in parts.iter().enumerate() {
        let mut f = seminar(&format!("Field Academy Gunma: {part}"), "20", 10 + i as i64);
        f.kind = "study-trip".into();
        f.series_part = part.to_string();
        if i == 0 {
            f.series = "new".into();
            f.series_title = "Field Academy 2026: Gunma".into();
        } else {
            f.series = events::series(&app.state.db).await.unwrap()[0].id.to_string();
        }
        let body = pairs(&f);
        let body: Vec<(&str, &str)> = body.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(sec.post_form("/en/admin/events", &body).await.status, StatusCode::SEE_OTHER);
    }
    let all = events::all(&app.state.db).await.unwrap();
    assert_eq!(all.len(), 4);
    let tour = all.iter().find(|e| e.series_part == "tour").unwrap();
    let page = app.client().get(&format!("/en/events/{}", tour.id)).await;
    assert!(page.body.contains("Field Academy 2026: Gunma"));
    for other in all.iter().filter(|e| e.id != tour.id) {
        assert!(page.body.contains(&format!("href=\"/en/events/{}\"", other.id)), "links to {}", other.title);
    }
    assert!(page.body.contains("aria-current=\"page\""));
});

mod friends;

use axum::http::StatusCode;
use hiroba_core::auth::Role;
use hiroba_testkit::db_test;
#[allow(unused_imports)]
use sea_orm::{ConnectionTrait, Statement};

use crate::{app, between, open_case};

db_test!(only_counsellors_reach_the_inbox, |backend| async move {
    let app = app(backend).await;
    for role in [Role::Worker, Role::CompanyAdmin, Role::CompanyViewer, Role::Secretariat, Role::Learner] {
        let (c, _) = app.signed_in(&[role]).await;
        assert_eq!(c.get("/en/staff/assist").await.status, StatusCode::FORBIDDEN, "{role}");
        assert_eq!(c.get("/en/staff/assist/cases/1").await.status, StatusCode::FORBIDDEN, "{role}");
    }
    assert_eq!(app.client().get("/en/staff/assist").await.status, StatusCode::SEE_OTHER, "anonymous: log in");
    let (sup, _) = app.signed_in(&[Role::CounsellorSupervisor]).await;
    assert_eq!(sup.get("/en/staff/assist").await.status, StatusCode::OK);
});

db_test!(a_reply_is_announced_by_mail_without_its_content_and_late_cases_are_marked, |backend| async move {
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    let app = app(backend).await;
    let t = open_case(&app, "", "worker@example.org", "tl", "tulong").await;
    let (c, _) = app.signed_in(&[Role::Counsellor]).await;
    c.post_form(
        &format!("/en/staff/assist/cases/{}/reply", t.case_id),
        &[("message", "Confidential advice")],
    )
    .await;
    let mut registry = hiroba_core::jobs::Registry::default();
    hiroba_core::bootstrap::register_jobs(&mut registry);
    assert_eq!(app.run_jobs(&registry).await, 1);
    let mails = app.mails();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("worker@example.org") && mails[0].contains(&t.number));
    assert!(!mails[0].contains("Confidential advice"), "the answer is not in the mail");

    let other = open_case(&app, "", "LINE: aung", "my", "help").await;
    let row = hiroba_assist::entities::cases::Entity::find_by_id(other.case_id)
        .one(app.state.db.read())
        .await
        .unwrap()
        .unwrap();
    let mut am: hiroba_assist::entities::cases::ActiveModel = row.into();
    am.waiting_since = Set(Some(chrono::Utc::now() - chrono::Duration::hours(30)));
    am.update(app.state.db.write()).await.unwrap();
    let inbox = c.get("/en/staff/assist").await;
    assert!(inbox.body.contains("class=\"overdue\""), "a new case waiting 30 hours is past its target");
});

db_test!(a_counsellor_opens_a_case_for_a_telephone_call_and_filters_the_inbox, |backend| async move {
    let app = app(backend).await;
    let (c, me) = app.signed_in(&[Role::Counsellor]).await;
    assert_eq!(c.get("/en/staff/assist/new").await.status, StatusCode::OK);
    let bad =
        c.post_form("/en/staff/assist/new", &[("channel", "fax"), ("lang", "my"), ("summary", "x")]).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let res = c
        .post_form(
            "/en/staff/assist/new",
            &[
                ("channel", "phone"),
                ("lang", "my"),
                ("name", "Ko Aung"),
                ("contact", "090-0000-0000"),
                ("duration", "25"),
                ("summary", "Dismissed after an injury"),
                ("issue", "labour-termination"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let number = between(&res.body, "id=\"case-number\">").to_string();
    let case = hiroba_assist::cases::find_by_number(&app.state.db, &number).await.unwrap().unwrap();
    assert_eq!((case.channel.as_str(), case.lang.as_str(), case.assignee_id), ("phone", "my", Some(me.id)));
    let cons = hiroba_assist::consultations::of_case(&app.state.db, case.id).await.unwrap();
    assert_eq!(cons[0].0.duration_minutes, Some(25));
    assert_eq!(cons[0].1, vec!["labour-termination".to_string()]);
    let web = open_case(&app, "", "w@example.org", "my", "hi").await;
    let phone_only = c.get("/en/staff/assist?channel=phone").await;
    assert!(phone_only.body.contains(&number) && !phone_only.body.contains(&web.number));
    let mine = c.get("/en/staff/assist?who=mine").await;
    assert!(mine.body.contains("<td>Test Person</td>"), "the inbox shows who is on a case by name");
    assert!(mine.body.contains(&number) && !mine.body.contains(&web.number));
});

db_test!(a_safety_help_request_becomes_a_case_once_with_its_workplace, |backend| async move {
    use hiroba_safety::store;
    let app = app(backend).await;
    hiroba_safety::install_banks(&app.state).await.unwrap();
    let site = store::create_site(&app.state.db, "HELP0001", "Help Co.", "Osaka").await.unwrap();
    let bank = store::active_bank(&app.state.db).await.unwrap().unwrap();
    let token = store::start(&app.state.db, &bank.version, "my", Some(&site), false).await.unwrap();
    let response = store::find(&app.state.db, &token).await.unwrap().unwrap();
    store::request_help(
        &app.state.db,
        &app.state.cipher,
        &response,
        store::HelpRequest {
            contact: "phone: 090-2222-3333",
            preferred_lang: "my",
            preferred_time: "evening",
            share_answers: true,
        },
    )
    .await
    .unwrap();
    let (c, _) = app.signed_in(&[Role::Counsellor]).await;
    let inbox = c.get("/en/staff/assist").await;
    assert!(inbox.body.contains("role=\"status\""), "the import is announced");
    // A second look imports nothing more: each request becomes one case.
    c.get("/en/staff/assist").await;
    use sea_orm::EntityTrait;
    let all = hiroba_assist::entities::cases::Entity::find().all(app.state.db.read()).await.unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(
        (all[0].channel.as_str(), all[0].lang.as_str(), all[0].site_id),
        ("safety", "my", Some(site.id))
    );
    let open = hiroba_assist::cases::open_for_staff(
        &app.state.db,
        &app.state.cipher,
        &hiroba_core::audit::Actor::system(),
        all[0].id,
        "test",
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(open.contact, "phone: 090-2222-3333");
});

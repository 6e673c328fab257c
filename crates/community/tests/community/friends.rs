//! Friends: profiles without contact details, finding people by area and language, contact only
//! after both agree, blocking both ways, reports and moderation.

use axum::http::StatusCode;
use hiroba_community::friends;
use hiroba_core::auth::Role;
use hiroba_testkit::db_test;

fn profile<'a>(nickname: &'a str, prefecture: &'a str, langs: &'a [&'a str]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("nickname", nickname),
        ("kind", "resident"),
        ("prefecture", prefecture),
        ("city", "Maebashi"),
        ("offers", "Cooking together on Sundays"),
        ("needs", "Japanese practice"),
        ("visible", "yes"),
    ];
    for l in langs {
        f.push(("languages", l));
    }
    f
}

db_test!(people_get_in_touch_only_after_both_agree, |backend| async move {
    let app = crate::app(backend).await;
    let (lan, lan_user) = app.signed_in(&[Role::Worker]).await;
    let (yuki, yuki_user) = app.signed_in(&[Role::Supporter]).await;
    let (third, _) = app.signed_in(&[Role::Worker]).await;

    // Contact details are refused on a profile, in the person's language; nothing is stored.
    let res = lan.post_form("/vi/friends/profile", &profile("lan@example.org", "gunma", &["vi"])).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(friends::profile(&app.state.db, lan_user.id).await.unwrap().is_none());
    let mut with_phone = profile("Lan", "gunma", &["vi"]);
    with_phone[5] = ("needs", "call me 090-1234-5678");
    assert_eq!(lan.post_form("/vi/friends/profile", &with_phone).await.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        lan.post_form("/vi/friends/profile", &profile("Lan", "gunma", &["vi", "ja"])).await.status,
        StatusCode::SEE_OTHER
    );
    let mut y = profile("Yuki", "gunma", &["ja", "en"]);
    y[1] = ("kind", "supporter");
    assert_eq!(yuki.post_form("/ja/friends/profile", &y).await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        third.post_form("/en/friends/profile", &profile("Tom", "osaka", &["en"])).await.status,
        StatusCode::SEE_OTHER
    );

    // Search by area and language.
    let found = yuki.get("/en/friends?prefecture=gunma&language=vi").await;
    assert!(found.body.contains("Lan") && !found.body.contains("Tom"));
    assert!(!yuki.get("/en/friends?prefecture=gunma&language=my").await.body.contains(">Lan<"));
    let ja = yuki.get("/ja/friends?prefecture=gunma").await;
    assert!(ja.body.contains("群馬県"), "prefectures in kanji for Japanese readers");

    // A profile never shows a contact: no email anywhere, and no conversation before both agree.
    let page = yuki.get(&format!("/en/friends/{}", lan_user.id)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains(&lan_user.email) && page.body.contains("Cooking together"));
    let res = yuki.post_form(&format!("/en/friends/{}/ask", lan_user.id), &[]).await;
    assert!(res.body.contains("Your request was sent"));
    let contact = friends::contact_between(&app.state.db, lan_user.id, yuki_user.id).await.unwrap().unwrap();
    // Lan hears of it by mail: Yuki's nickname and a link, nothing else.
    app.run_jobs(&crate::registry()).await;
    let mails = app.decoded_mails();
    let (to, subject, body) = mails.last().expect("a mail to Lan");
    assert_eq!(to, &lan_user.email);
    assert!(
        subject.contains("get in touch") && body.contains("Yuki") && !body.contains(&yuki_user.email),
        "{body}"
    );
    assert_eq!(
        yuki.get(&format!("/en/friends/contacts/{}", contact.id)).await.status,
        StatusCode::NOT_FOUND,
        "not before an answer"
    );
    assert_eq!(
        yuki.post_form(&format!("/en/friends/contacts/{}", contact.id), &[("body", "Hello")]).await.status,
        StatusCode::NOT_FOUND
    );
    // Only the asked person answers.
    assert_eq!(
        yuki.post_form(&format!("/en/friends/contacts/{}/answer", contact.id), &[("answer", "accept")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let res =
        lan.post_form(&format!("/vi/friends/contacts/{}/answer", contact.id), &[("answer", "accept")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let res = yuki
        .post_form(
            &format!("/en/friends/contacts/{}", contact.id),
            &[("body", "Shall we meet at the Maebashi event?")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    app.run_jobs(&crate::registry()).await;
    let mails = app.decoded_mails();
    assert!(
        mails.iter().any(|(to, s, _)| to == &yuki_user.email && s.contains("Lan agreed")),
        "the asker hears of the answer"
    );
    let (_, _, body) = mails.iter().rev().find(|(to, _, _)| to == &lan_user.email).unwrap();
    assert!(!body.contains("Maebashi event"), "a message mail never carries the message: {body}");
    let convo = lan.get(&format!("/vi/friends/contacts/{}", contact.id)).await;
    assert!(convo.body.contains("Shall we meet at the Maebashi event?"));
    assert_eq!(
        third.get(&format!("/en/friends/contacts/{}", contact.id)).await.status,
        StatusCode::NOT_FOUND,
        "only the two"
    );
    // Messages are encrypted at rest.
    use hiroba_community::entities::friend_messages;
    use sea_orm::EntityTrait;
    let stored = friend_messages::Entity::find().all(app.state.db.read()).await.unwrap();
    assert!(!stored[0].body.contains("Maebashi"));

    // Lan reports the message; the moderator reads it and hides Yuki's profile.
    let message_id = stored[0].id.to_string();
    let res = lan
        .post_form(
            &format!("/vi/friends/{}/report", yuki_user.id),
            &[("reason", "Pushy"), ("message", &message_id)],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let (sec, _) = app.signed_in(&[Role::Secretariat]).await;
    let queue = sec.get("/en/admin/friends").await;
    assert!(queue.body.contains("Pushy") && queue.body.contains("Shall we meet at the Maebashi event?"));
    let report = friends::open_reports(&app.state.db).await.unwrap().remove(0);
    assert_eq!(
        sec.post_form(&format!("/en/admin/friends/{}", report.id), &[("action", "hide")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(!third.get("/en/friends?prefecture=gunma").await.body.contains("Yuki"), "hidden from search");
    assert_eq!(third.get(&format!("/en/friends/{}", yuki_user.id)).await.status, StatusCode::NOT_FOUND);
    assert!(friends::open_reports(&app.state.db).await.unwrap().is_empty());
    // Workers cannot reach the queue.
    assert_eq!(lan.get("/en/admin/friends").await.status, StatusCode::FORBIDDEN);
});

db_test!(blocking_works_both_ways, |backend| async move {
    let app = crate::app(backend).await;
    let (a, a_user) = app.signed_in(&[Role::Worker]).await;
    let (b, b_user) = app.signed_in(&[Role::Worker]).await;
    a.post_form("/en/friends/profile", &profile("Ana", "aichi", &["pt"])).await;
    b.post_form("/en/friends/profile", &profile("Bea", "aichi", &["pt"])).await;
    a.post_form(&format!("/en/friends/{}/ask", b_user.id), &[]).await;
    assert_eq!(
        a.post_form(&format!("/en/friends/{}/block", b_user.id), &[]).await.status,
        StatusCode::SEE_OTHER
    );
    // Neither finds nor reaches the other any more; the pending request is gone from both lists.
    assert!(!a.get("/en/friends?prefecture=aichi").await.body.contains("Bea"));
    assert!(!b.get("/en/friends?prefecture=aichi").await.body.contains("Ana"));
    assert_eq!(b.get(&format!("/en/friends/{}", a_user.id)).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        b.post_form(&format!("/en/friends/{}/ask", a_user.id), &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(!b.get("/en/friends/contacts").await.body.contains("Ana"));
    // Without a profile of one's own, nobody is shown.
    let (c, _) = app.signed_in(&[Role::Worker]).await;
    let page = c.get("/en/friends?prefecture=aichi").await;
    assert!(!page.body.contains("Ana") && page.body.contains("/en/friends/profile"));
});

//! Web push, end to end against a push service started by the test on loopback: the test plays
//! the phone's browser (its own P-256 key pair and auth secret, as `pushManager.subscribe` makes)
//! and the push service (it records what it receives, then answers as told).

use std::sync::{Arc, Mutex};

use axum::http::{HeaderMap, StatusCode};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hiroba_core::auth::Role;
use hiroba_testkit::db_test;
use rand::RngCore;

use crate::{app, open_case};

/// A request as the push service received it: headers and encrypted body.
type Received = (HeaderMap, Vec<u8>);

#[derive(Clone, Default)]
struct PushService {
    received: Arc<Mutex<Vec<Received>>>,
    /// The status the service answers with next.
    answer: Arc<Mutex<u16>>,
}

async fn start_push_service() -> (PushService, String) {
    let service = PushService { answer: Arc::new(Mutex::new(201)), ..Default::default() };
    let recorder = service.clone();
    let router = axum::Router::new().route(
        "/push/{id}",
        axum::routing::post(move |headers: HeaderMap, body: axum::body::Bytes| {
            let recorder = recorder.clone();
            async move {
                recorder.received.lock().unwrap().push((headers, body.to_vec()));
                StatusCode::from_u16(*recorder.answer.lock().unwrap()).unwrap()
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (service, format!("http://{addr}/push/phone-1"))
}

/// What a phone's browser holds: its private key and auth secret, and the subscription it hands
/// to the page.
struct Phone {
    secret: p256::SecretKey,
    auth: [u8; 16],
    subscription: String,
}

fn phone(endpoint: &str) -> Phone {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    let secret = p256::SecretKey::from_slice(&bytes).unwrap();
    let mut auth = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut auth);
    use p256::elliptic_curve::sec1::ToEncodedPoint;
    let public = secret.public_key().to_encoded_point(false);
    let subscription = serde_json::json!({
        "endpoint": endpoint,
        "expirationTime": null,
        "keys": { "p256dh": URL_SAFE_NO_PAD.encode(public.as_bytes()), "auth": URL_SAFE_NO_PAD.encode(auth) },
    })
    .to_string();
    Phone { secret, auth, subscription }
}

fn jobs() -> hiroba_core::jobs::Registry<hiroba_core::AppState> {
    let mut registry = hiroba_core::jobs::Registry::default();
    hiroba_core::bootstrap::register_jobs(&mut registry);
    registry
}

db_test!(a_counsellors_answer_reaches_the_workers_phone_encrypted_and_signed, |backend| async move {
    use p256::ecdsa::signature::Verifier;
    let app = app(backend).await;
    let (service, endpoint) = start_push_service().await;
    let phone = phone(&endpoint);
    let t = open_case(&app, "Lan", "-", "vi", "Công ty giữ hộ chiếu của tôi").await;
    let worker = app.client();
    worker.post_form("/vi/assist/case", &[("number", &t.number), ("passphrase", &t.passphrase)]).await;
    let page = worker.get("/vi/assist/case").await;
    let vapid_key = crate::between(&page.body, "data-push-key=\"").split('"').next().unwrap().to_string();
    assert!(page.body.contains("Thông báo cho tôi trên điện thoại này"), "offered in Vietnamese");
    let res = worker.post_form("/vi/assist/case/push", &[("subscription", &phone.subscription)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let owner = hiroba_assist::notify::push_owner(t.case_id);
    assert_eq!(hiroba_core::push::count(&app.state.db, &owner).await.unwrap(), 1);
    // The same phone subscribing again replaces its entry.
    worker.post_form("/vi/assist/case/push", &[("subscription", &phone.subscription)]).await;
    assert_eq!(hiroba_core::push::count(&app.state.db, &owner).await.unwrap(), 1);

    // Stored encrypted: the raw row holds neither the endpoint nor the keys.
    use sea_orm::{ConnectionTrait, Statement};
    let raw = app
        .state
        .db
        .read()
        .query_one(Statement::from_string(
            app.state.db.read().get_database_backend(),
            "SELECT endpoint, keys FROM push_subscriptions",
        ))
        .await
        .unwrap()
        .unwrap();
    let stored: String = raw.try_get("", "endpoint").unwrap();
    let keys: String = raw.try_get("", "keys").unwrap();
    assert!(!stored.contains("127.0.0.1") && !keys.contains(&URL_SAFE_NO_PAD.encode(phone.auth)));

    // A counsellor answers; the job runner delivers.
    let (counsellor, _) = app.signed_in(&[Role::Counsellor]).await;
    let res = counsellor
        .post_form(
            &format!("/en/staff/assist/cases/{}/reply", t.case_id),
            &[("message", "Chúng tôi sẽ gọi cho bạn")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.run_jobs(&jobs()).await, 1, "one push job (no email address was given)");
    let (headers, body) = service.received.lock().unwrap().pop().expect("the push service got a request");
    assert_eq!(headers["content-encoding"], "aes128gcm");
    assert_eq!(headers["ttl"], "86400");
    // VAPID (RFC 8292): a JWT for the push service's origin, signed by the key the page offered.
    let authorization = headers["authorization"].to_str().unwrap();
    let (token, k) = authorization.strip_prefix("vapid t=").unwrap().split_once(", k=").unwrap();
    assert_eq!(k, vapid_key);
    let (signed, signature) = token.rsplit_once('.').unwrap();
    let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(&URL_SAFE_NO_PAD.decode(k).unwrap()).unwrap();
    let signature = p256::ecdsa::Signature::from_slice(&URL_SAFE_NO_PAD.decode(signature).unwrap()).unwrap();
    key.verify(signed.as_bytes(), &signature).expect("the VAPID token verifies");
    let claims: serde_json::Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(signed.split('.').nth(1).unwrap()).unwrap()).unwrap();
    assert_eq!(claims["aud"], endpoint.trim_end_matches("/push/phone-1"));
    let exp = claims["exp"].as_i64().unwrap() - chrono::Utc::now().timestamp();
    assert!(exp > 0 && exp <= 24 * 3600, "expires within a day: {exp}");
    // RFC 8291: only the phone can read it; it says where to look, in Vietnamese, and nothing else.
    let plain =
        web_push_native::decrypt(body, &phone.secret, &web_push_native::Auth::clone_from_slice(&phone.auth))
            .expect("the phone decrypts the message");
    let message: hiroba_core::push::Message = serde_json::from_slice(&plain).unwrap();
    assert_eq!(message.url, "/vi/assist/case");
    assert_eq!(message.body, "Tư vấn viên đã trả lời bạn. Hãy mở hồ sơ của bạn để đọc.");
    assert!(!String::from_utf8_lossy(&plain).contains("gọi cho bạn"), "never the answer itself");

    // A push service failing is retried later; one saying the subscription is gone ends it.
    *service.answer.lock().unwrap() = 503;
    counsellor.post_form(&format!("/en/staff/assist/cases/{}/reply", t.case_id), &[("message", "2")]).await;
    app.run_jobs(&jobs()).await;
    let queued = hiroba_core::jobs::recent(&app.state.db, 10).await.unwrap();
    assert!(queued.iter().any(|j| j.kind == "push.send" && j.state == "queued" && j.attempts == 1));
    *service.answer.lock().unwrap() = 410;
    counsellor.post_form(&format!("/en/staff/assist/cases/{}/reply", t.case_id), &[("message", "3")]).await;
    app.run_jobs(&jobs()).await;
    assert_eq!(hiroba_core::push::count(&app.state.db, &owner).await.unwrap(), 0, "410: forgotten");
});

db_test!(subscriptions_are_checked_removable_and_erased_with_the_case, |backend| async move {
    let app = app(backend).await;
    let t = open_case(&app, "Aung", "-", "my", "passport").await;
    let worker = app.client();
    // Without the case open in this browser nothing is stored.
    let p = phone("http://127.0.0.1:9/push/x");
    worker.post_form("/my/assist/case/push", &[("subscription", &p.subscription)]).await;
    let owner = hiroba_assist::notify::push_owner(t.case_id);
    assert_eq!(hiroba_core::push::count(&app.state.db, &owner).await.unwrap(), 0);
    worker.post_form("/my/assist/case", &[("number", &t.number), ("passphrase", &t.passphrase)]).await;
    // An endpoint that is not a push service, keys that are not keys, not JSON: refused in Burmese.
    let other_host = phone("http://10.0.0.8/admin").subscription;
    let bad_key = p.subscription.replace("\"auth\":\"", "\"auth\":\"AA");
    for bad in [other_host.as_str(), bad_key.as_str(), "not json", ""] {
        let res = worker.post_form("/my/assist/case/push", &[("subscription", bad)]).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(res.body.contains("ဤဘရောက်ဇာ၏ အသိပေးချက် အချက်အလက်ကို လက်မခံပါ"));
    }
    assert_eq!(hiroba_core::push::count(&app.state.db, &owner).await.unwrap(), 0);
    worker.post_form("/my/assist/case/push", &[("subscription", &p.subscription)]).await;
    let q = phone("http://127.0.0.1:9/push/y");
    worker.post_form("/my/assist/case/push", &[("subscription", &q.subscription)]).await;
    assert_eq!(hiroba_core::push::count(&app.state.db, &owner).await.unwrap(), 2);
    worker.post_form("/my/assist/case/push/remove", &[("endpoint", "http://127.0.0.1:9/push/y")]).await;
    assert_eq!(hiroba_core::push::count(&app.state.db, &owner).await.unwrap(), 1);
    // Withdrawing consent erases the subscriptions with the rest.
    worker.post_form("/my/assist/case/erase", &[]).await;
    assert_eq!(hiroba_core::push::count(&app.state.db, &owner).await.unwrap(), 0);
});

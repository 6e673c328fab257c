//! Bad input gets a clear page in the reader's language with the right status, changes nothing,
//! and never a 500.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use hiroba_core::auth::Role;
use hiroba_testkit::db_test;

db_test!(unknown_pages_are_404_in_the_readers_language, |backend| async move {
    let app = crate::app(backend).await;
    let c = app.client();
    let res = c.get("/vi/no/such/page").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res.body.contains("<html lang=\"vi\""));
    assert!(res.body.contains("role=\"alert\""));
    let fresh = app.client();
    let res = fresh.get_with("/xx/", &[("accept-language", "my")]).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res.body.contains("<html lang=\"my\""), "unknown language prefix: the reader's own language");
});

db_test!(garbage_sent_to_every_form_never_causes_a_500, |backend| async move {
    let app = crate::app(backend).await;
    let (c, _) = app.signed_in(&[Role::Secretariat]).await;
    let bodies = [
        "",
        "email=%ZZ&password=%",
        "email[]=1&email[]=2",
        "code=\u{0}\u{0}&token=../../etc/passwd",
        "show=1&next=javascript:alert(1)",
        "status=<script>&consent=yes",
        "password=%F0%9F%92%A9%F0%9F%92%A9%F0%9F%92%A9%F0%9F%92%A9&password_confirm=x",
    ];
    for spec in app.routes.iter().filter(|s| s.method == Method::POST) {
        let path = spec.path.replace("{lang}", "my").replace("{id}", "999999");
        for body in bodies {
            let token = c.csrf_token();
            let sep = if body.is_empty() { "" } else { "&" };
            let res = c.post_raw(&path, &format!("{body}{sep}csrf_token={token}")).await;
            assert!(!res.status.is_server_error(), "{path} with {body:?}: {}", res.status);
        }
    }
});

db_test!(wrong_content_types_and_methods_get_localized_pages, |backend| async move {
    let app = crate::app(backend).await;
    let c = app.client();
    let token = c.csrf_token();
    let res = c
        .request(
            Request::builder()
                .method(Method::POST)
                .uri("/es/account/login")
                .header("content-type", "application/json")
                .header("x-csrf-token", token)
                .body(Body::from("{\"email\":1}"))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.body.contains("<html lang=\"es\""));
    let res = c
        .request(
            Request::builder().method(Method::DELETE).uri("/es/account/login").body(Body::empty()).unwrap(),
        )
        .await;
    assert!(
        res.status == StatusCode::METHOD_NOT_ALLOWED || res.status == StatusCode::FORBIDDEN,
        "{}",
        res.status
    );
    assert!(res.body.contains("<html lang=\"es\""));
});

db_test!(a_body_over_the_limit_is_refused_with_413, |backend| async move {
    let app = crate::app(backend).await;
    let c = app.client();
    let big = format!("email={}&csrf_token={}", "a".repeat(3 * 1024 * 1024), c.csrf_token());
    let res = c.post_raw("/en/account/login", &big).await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(res.body.contains("<html lang=\"en\""));
});

db_test!(every_page_carries_security_headers_and_no_inline_script, |backend| async move {
    let app = crate::app(backend).await;
    let c = app.client();
    for path in ["/en/", "/en/account/login", "/en/account/register", "/en/nowhere"] {
        let res = c.get(path).await;
        let csp = res.header("content-security-policy").unwrap_or_default();
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(res.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(res.header("x-frame-options"), Some("DENY"));
        assert!(!res.body.contains("<script>"), "{path} has inline script");
    }
});

db_test!(static_files_are_hashed_precompressed_and_cached_for_a_year, |backend| async move {
    let app = crate::app(backend).await;
    let c = app.client();
    let css = app.state.assets.url("app.css");
    assert!(css.len() > "/static/app.css".len(), "content hash in the name: {css}");
    let res = c.get_with(&css, &[("accept-encoding", "gzip, br")]).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.header("content-encoding"), Some("br"));
    assert!(res.header("cache-control").unwrap().contains("immutable"));
    let res = c.get_with("/en/", &[("accept-encoding", "gzip")]).await;
    assert_eq!(res.header("content-encoding"), Some("gzip"), "pages are compressed");
});

db_test!(health_and_metrics_answer, |backend| async move {
    let app = crate::app(backend).await;
    let c = app.client();
    assert_eq!(c.get("/healthz").await.status, StatusCode::OK);
    c.get("/en/").await;
    let m = c.get("/metrics").await;
    assert_eq!(m.status, StatusCode::OK);
    assert!(m.body.contains("hiroba_http_requests_total"), "{}", m.body);
    assert!(m.body.contains("route=\"/{lang}/\""));
});

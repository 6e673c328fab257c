//! Every route × every role (and anonymous): the answer must match the route's declared policy.
//! Routes are only registrable with a policy, so a new route is covered here automatically.

use axum::http::{Method, StatusCode};
use hiroba_core::auth::Role;
use hiroba_testkit::db_test;

fn concrete(path: &str) -> String {
    path.replace("{lang}", "en")
        .replace("{id}", "1")
        .replace("{file}", "missing.css")
        .replace("{slug}", "paid-leave")
        .replace("{topic}", "work")
        .replace("{code}", "VN")
        .replace("{tlang}", "vi")
        .replace("{token}", "an-unknown-token-of-forty-characters-xx")
        .replace("{step}", "1")
        .replace("{width}", "320")
        .replace("{node}", "1")
        .replace("{plan}", "1")
        .replace("{course}", "sme-rights")
        .replace("{lesson}", "why-act")
        .replace("{chapter}", "introduction")
}

fn sent_to_login(res: &hiroba_testkit::TestResponse) -> bool {
    res.status == StatusCode::SEE_OTHER && res.location().is_some_and(|l| l.contains("/account/login?next="))
}

db_test!(every_route_answers_every_role_as_its_policy_says, |backend| async move {
    let app = crate::app(backend).await;
    assert!(app.routes.len() >= 20, "route table looks incomplete: {}", app.routes.len());
    let mut users = Vec::new();
    for role in Role::ALL {
        users.push((role, app.user(&format!("{}@matrix.example", role.as_str()), &[role]).await));
    }
    let mut failures = Vec::new();
    let mut checked = 0;
    for spec in &app.routes {
        let path = concrete(&spec.path);
        let principals: Vec<Option<(Role, &hiroba_core::auth::users::User)>> =
            std::iter::once(None).chain(users.iter().map(|(r, u)| Some((*r, u)))).collect();
        for principal in principals {
            let client = match principal {
                None => app.client(),
                Some((_, user)) => app.client_for(user).await,
            };
            let res = if spec.method == Method::GET {
                client.get(&path).await
            } else {
                client.post_form(&path, &[]).await
            };
            checked += 1;
            let roles: Option<Vec<Role>> = principal.map(|(r, _)| vec![r]);
            let allowed = spec.policy.allows(roles.as_deref());
            let who = principal.map(|(r, _)| r.as_str()).unwrap_or("anonymous");
            let ok = if res.status.is_server_error() {
                false
            } else if allowed {
                // A handler may still answer 400/401/404 to an empty form; only the policy's own
                // answers (403, or a redirect to log in) mean "refused".
                res.status != StatusCode::FORBIDDEN && !sent_to_login(&res)
            } else if principal.is_none() {
                sent_to_login(&res)
            } else {
                res.status == StatusCode::FORBIDDEN
            };
            if !ok {
                failures.push(format!(
                    "{} {} as {who}: policy {:?} but got {} {:?}",
                    spec.method,
                    path,
                    spec.policy,
                    res.status,
                    res.location()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {checked} checks failed:\n{}", failures.len(), failures.join("\n"));
});

db_test!(admin_pages_are_refused_to_a_counsellor_and_shown_to_the_secretariat, |backend| async move {
    let app = crate::app(backend).await;
    let (counsellor, _) = app.signed_in(&[Role::Counsellor]).await;
    assert_eq!(counsellor.get("/en/admin/audit").await.status, StatusCode::FORBIDDEN);
    let (secretariat, _) = app.signed_in(&[Role::Secretariat]).await;
    let res = secretariat.get("/en/admin/audit").await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("Audit log"));
});

//! The program as its users go through it: the secretariat admits a company and sets dates; the
//! company admin (in Japanese) maps a chain and invites a supplier; the supplier's admin (in
//! English) adds a tier-2 site and sees nothing else; reports are frozen once, even by two
//! processes; the dashboard, exports, flyers and plans show only controlled figures.

use axum::http::StatusCode;
use hiroba_companies::entities::{dates, nodes, reports};
use hiroba_companies::reports as frozen;
use hiroba_core::auth::Role;
use hiroba_testkit::{db_test, Client, TestApp};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{app, respond};

/// The secretariat admits "Kanto Foods" and gives `admin` its admin role; returns the company id.
async fn admitted(app: &TestApp, admin_email: &str) -> (Client, i64) {
    let (secretariat, _) = app.signed_in(&[Role::Secretariat]).await;
    let res = secretariat
        .post_form(
            "/en/admin/companies",
            &[
                ("name", "Kanto Foods"),
                ("contact_email", "hr@kanto-foods.example"),
                ("contract_start", "2026-04-01"),
                ("contract_end", "2027-03-31"),
                ("target_workers", "120"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let company = hiroba_companies::chain::program_companies(&app.state.db).await.unwrap()[0].id;
    let res = secretariat
        .post_form(
            "/en/admin/companies/members",
            &[("company", &company.to_string()), ("email", admin_email), ("role", "admin")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    (secretariat, company)
}

async fn node_named(app: &TestApp, name: &str) -> nodes::Model {
    nodes::Entity::find()
        .filter(nodes::Column::Name.eq(name))
        .one(app.state.db.read())
        .await
        .unwrap()
        .unwrap()
}

async fn add(client: &Client, lang: &str, org: i64, parent: &str, kind: &str, name: &str) -> u16 {
    client
        .post_form(
            &format!("/{lang}/company/{org}/chain"),
            &[
                ("parent", parent),
                ("kind", kind),
                ("name", name),
                ("industry", "食品"),
                ("migrant_workers", "30"),
            ],
        )
        .await
        .status
        .as_u16()
}

db_test!(a_company_and_its_supplier_build_a_two_tier_chain_and_stay_apart, |backend| async move {
    let app = app(backend).await;
    let admin = app.user("admin@kanto-foods.example", &[]).await;
    let (_, company) = admitted(&app, "admin@kanto-foods.example").await;
    let ja = app.client_for(&admin).await;
    assert_eq!(ja.get("/ja/company").await.location(), Some(format!("/ja/company/{company}").as_str()));

    // The company maps its own site, a supplier, and a second supplier.
    assert_eq!(add(&ja, "ja", company, "", "site", "本社工場").await, 303);
    assert_eq!(add(&ja, "ja", company, "", "supplier", "Sakura Packaging").await, 303);
    assert_eq!(add(&ja, "ja", company, "", "supplier", "Other Supplier").await, 303);
    let supplier = node_named(&app, "Sakura Packaging").await;
    let other = node_named(&app, "Other Supplier").await;
    assert_eq!(add(&ja, "ja", company, &other.id.to_string(), "site", "Other's site").await, 303);
    let own_site = node_named(&app, "本社工場").await;
    // Bad input is refused in Japanese and changes nothing.
    let before = nodes::Entity::find().count(app.state.db.read()).await.unwrap();
    let res = ja
        .post_form(
            &format!("/ja/company/{company}/chain"),
            &[("kind", "site"), ("name", " "), ("parent", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.body.contains("[名前|なまえ]") || res.body.contains("<ruby>名前"), "{}", res.body);
    let under_site = add(&ja, "ja", company, &own_site.id.to_string(), "site", "x").await;
    assert_eq!(under_site, 400, "a site has nothing under it");
    assert_eq!(nodes::Entity::find().count(app.state.db.read()).await.unwrap(), before);

    // The company invites the supplier's staff by email.
    let res = ja
        .post_form(
            &format!("/ja/company/{company}/chain/{}/invite", supplier.id),
            &[("email", "ops@sakura-packaging.example")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let mut registry = hiroba_core::jobs::Registry::default();
    hiroba_core::bootstrap::register_jobs(&mut registry);
    app.run_jobs(&registry).await;
    let (_, subject, body) = app
        .decoded_mails()
        .into_iter()
        .find(|m| m.0 == "ops@sakura-packaging.example")
        .expect("invitation mail");
    assert!(subject.contains("Sakura Packaging"), "{subject}");
    let token = body.split("/company/join/").nth(1).unwrap().split_whitespace().next().unwrap().to_string();

    // The supplier's admin joins with their own account, in English.
    let (en, _) = app.signed_in(&[]).await;
    let page = en.get(&format!("/en/company/join/{token}")).await;
    assert!(page.body.contains("Sakura Packaging"));
    let res = en.post_form(&format!("/en/company/join/{token}"), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let supplier_org = supplier.supplier_id.unwrap();
    assert_eq!(res.location(), Some(format!("/en/company/{supplier_org}/chain").as_str()));
    assert_eq!(
        en.post_form(&format!("/en/company/join/{token}"), &[]).await.status,
        StatusCode::NOT_FOUND,
        "once"
    );
    // Tier 2: the supplier adds its own site under itself.
    assert_eq!(
        add(&en, "en", supplier_org, &supplier.id.to_string(), "site", "Sakura Chiba plant").await,
        303
    );
    let chain = en.get(&format!("/en/company/{supplier_org}/chain")).await;
    assert!(chain.body.contains("Sakura Chiba plant"));
    // Supplier isolation: not its customer's sites, nor the other supplier, nor the company.
    for hidden in ["本社工場", "Other Supplier", "Other&#x27;s site", "Other's site"] {
        assert!(!chain.body.contains(hidden), "the supplier sees {hidden}");
    }
    assert_eq!(en.get(&format!("/en/company/{company}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(en.get(&format!("/en/company/{company}/chain")).await.status, StatusCode::NOT_FOUND);
    let flyer = format!("/en/company/{supplier_org}/chain/{}/flyer", own_site.id);
    assert_eq!(en.get(&flyer).await.status, StatusCode::NOT_FOUND, "not the customer's flyer");
    for (path, fields) in [
        (format!("/en/company/{supplier_org}/chain/{}/delete", own_site.id), vec![]),
        (format!("/en/company/{supplier_org}/chain/{}/move", other.id), vec![("parent", "")]),
        (format!("/en/company/{supplier_org}/chain"), vec![("kind", "site"), ("name", "x"), ("parent", "")]),
    ] {
        let res = en.post_form(&path, &fields).await;
        assert!(
            res.status == StatusCode::NOT_FOUND || res.status == StatusCode::BAD_REQUEST,
            "{path}: {}",
            res.status
        );
    }
    // The company sees the whole chain, tier 2 included.
    let whole = ja.get(&format!("/ja/company/{company}/chain")).await;
    assert!(whole.body.contains("Sakura Chiba plant") && whole.body.contains("Other Supplier"));

    // Moving a subtree; a node cannot go under its own subtree.
    let tier2 = node_named(&app, "Sakura Chiba plant").await;
    let res = ja
        .post_form(
            &format!("/ja/company/{company}/chain/{}/move", supplier.id),
            &[("parent", &other.id.to_string())],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let res = ja
        .post_form(
            &format!("/ja/company/{company}/chain/{}/move", other.id),
            &[("parent", &supplier.id.to_string())],
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST, "a cycle is refused");
    assert_eq!(node_named(&app, "Sakura Packaging").await.parent_id, Some(other.id));
    assert_eq!(
        node_named(&app, "Sakura Chiba plant").await.parent_id,
        Some(supplier.id),
        "the subtree moved along"
    );

    // A site with answers cannot be deleted; one without can. A viewer changes nothing.
    respond(&app.state.db, tier2.site_id.unwrap(), "2026-06-01", &[], &[]).await;
    let res = ja.post_form(&format!("/ja/company/{company}/chain/{}/delete", tier2.id), &[]).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.body.contains("[削除|さくじょ]") || res.body.contains("削除"));
    let (viewer, viewer_user) = app.signed_in(&[Role::CompanyViewer]).await;
    hiroba_companies::chain::add_member(&app.state.db, company, viewer_user.id, "viewer").await.unwrap();
    let res = viewer.post_form(&format!("/en/company/{company}/chain/{}/delete", own_site.id), &[]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = ja.post_form(&format!("/ja/company/{company}/chain/{}/delete", own_site.id), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);

    // A new code replaces the old one for the flyers.
    let before = node_named(&app, "Sakura Chiba plant").await;
    let old = hiroba_safety::entities::sites::Entity::find_by_id(before.site_id.unwrap())
        .one(app.state.db.read())
        .await
        .unwrap()
        .unwrap()
        .code;
    en.post_form(&format!("/en/company/{supplier_org}/chain/{}/code", before.id), &[]).await;
    let new = hiroba_safety::entities::sites::Entity::find_by_id(before.site_id.unwrap())
        .one(app.state.db.read())
        .await
        .unwrap()
        .unwrap()
        .code;
    assert_ne!(old, new);
    assert!(hiroba_safety::store::site_by_code(&app.state.db, &old).await.unwrap().is_none());
});

db_test!(a_flyer_has_the_qr_code_the_code_and_the_promise_in_two_languages, |backend| async move {
    let app = app(backend).await;
    let admin = app.user("admin@kanto-foods.example", &[]).await;
    let (_, company) = admitted(&app, "admin@kanto-foods.example").await;
    let client = app.client_for(&admin).await;
    add(&client, "en", company, "", "site", "Gunma plant").await;
    let site = node_named(&app, "Gunma plant").await;
    let code = hiroba_safety::entities::sites::Entity::find_by_id(site.site_id.unwrap())
        .one(app.state.db.read())
        .await
        .unwrap()
        .unwrap()
        .code;
    let res = client.get(&format!("/en/company/{company}/chain/{}/flyer?for=vi", site.id)).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("<svg"), "a QR code");
    assert!(res.body.contains(&format!("{}-{}", &code[..4], &code[4..])), "the code, printed in two groups");
    assert!(res.body.contains(&format!("/vi/safety?site={code}")), "the Safety link of the language");
    assert!(
        res.body.contains("Câu trả lời của bạn không bao giờ đến tay chủ sử dụng lao động"),
        "the promise in Vietnamese"
    );
    assert!(res.body.contains("[会社|かいしゃ]") || res.body.contains("<ruby>会社"), "and in Japanese");
    let my = client.get(&format!("/en/company/{company}/chain/{}/flyer?for=my", site.id)).await;
    assert!(my.body.contains("lang=\"my\"") && my.body.contains("သင့်အဖြေများသည် အလုပ်ရှင်ထံ"));
    // Printed to PDF on the server by Chromium: one page, the code and the promise in Burmese.
    match &app.state.config.chromium {
        None => eprintln!("skipped the server-side PDF: no Chromium (set CHROMIUM_PATH)"),
        Some(_) => {
            let res = client.get(&format!("/en/company/{company}/chain/{}/flyer.pdf?for=my", site.id)).await;
            assert_eq!(res.status, StatusCode::OK);
            assert!(res.bytes.starts_with(b"%PDF"), "a PDF");
            let dir = tempfile::tempdir().unwrap();
            let file = dir.path().join("flyer.pdf");
            std::fs::write(&file, &res.bytes).unwrap();
            if let Ok(info) = std::process::Command::new("pdfinfo").arg(&file).output() {
                let info = String::from_utf8_lossy(&info.stdout);
                assert!(
                    info.lines().any(|l| l.starts_with("Pages:") && l.ends_with(" 1")),
                    "one page: {info}"
                );
            }
            match std::process::Command::new("pdftotext").arg(&file).arg("-").output() {
                Ok(out) => {
                    let text = String::from_utf8_lossy(&out.stdout);
                    assert!(
                        text.contains(&format!("{}-{}", &code[..4], &code[4..])),
                        "the code in the PDF: {text}"
                    );
                    assert!(text.contains("Gunma plant"));
                }
                Err(_) => {
                    eprintln!("pdftotext (poppler-utils) is not installed: the PDF's text was not read")
                }
            }
        }
    }
    let bad = client.get(&format!("/en/company/{company}/chain/{}/flyer?for=xx", site.id)).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    // The code on the flyer opens Safety for that site.
    let safety = app.client().get(&format!("/vi/safety?site={code}")).await;
    assert_eq!(safety.status, StatusCode::OK);
    assert!(
        safety.body.contains("Gunma plant") || safety.body.contains("Kanto Foods"),
        "Safety knows the site"
    );
});

db_test!(
    dates_freeze_once_even_with_two_processes_and_the_dashboard_shows_only_controlled_figures,
    |backend| async move {
        let app = app(backend).await;
        let admin = app.user("admin@kanto-foods.example", &[]).await;
        let (secretariat, company) = admitted(&app, "admin@kanto-foods.example").await;
        let client = app.client_for(&admin).await;
        for name in ["Site A", "Site B", "Site C", "Site D"] {
            add(&client, "en", company, "", "site", name).await;
        }
        let a = node_named(&app, "Site A").await;
        let b = node_named(&app, "Site B").await;
        let c = node_named(&app, "Site C").await;
        for i in 0..14 {
            let q: &[&str] = if i < 6 { &["forced-overtime", "wages-unpaid"] } else { &["wages-unpaid"] };
            respond(
                &app.state.db,
                a.site_id.unwrap(),
                "2026-06-01",
                q,
                &[("overtime-hours", &(20 + i).to_string())],
            )
            .await;
        }
        for _ in 0..12 {
            respond(&app.state.db, b.site_id.unwrap(), "2026-06-02", &[], &[]).await;
        }
        for _ in 0..4 {
            respond(&app.state.db, c.site_id.unwrap(), "2026-06-03", &["wages-unpaid"], &[]).await;
        }
        // Site D's 7 and site C's 4 together are 11: the company's figure reveals neither.
        let d = node_named(&app, "Site D").await;
        for _ in 0..7 {
            respond(&app.state.db, d.site_id.unwrap(), "2026-06-03", &[], &[]).await;
        }
        // Two workers at site A asked Assist for help about wages in June.
        for name in ["Worker one", "Worker two"] {
            let intake = hiroba_assist::cases::Intake {
                name,
                contact: "-",
                lang: "vi",
                channel: "web",
                message: "My wages were not paid",
                site_id: a.site_id,
            };
            let ticket =
                hiroba_assist::cases::intake(&app.state.db, &app.state.cipher, intake).await.unwrap();
            let (first, _) =
                hiroba_assist::consultations::of_case(&app.state.db, ticket.case_id).await.unwrap().remove(0);
            hiroba_assist::consultations::set_issues(&app.state.db, first.id, &["labour-wages".into()])
                .await
                .unwrap();
            use hiroba_assist::entities::consultations as c;
            c::Entity::update_many()
                .col_expr(
                    c::Column::OccurredAt,
                    sea_orm::sea_query::Expr::value(chrono::Utc::now() - chrono::Duration::days(160)),
                )
                .filter(c::Column::Id.eq(first.id))
                .exec(app.state.db.write())
                .await
                .unwrap();
        }
        // Dates: a bad one is refused; a past one is due.
        assert_eq!(
            secretariat.post_form("/en/admin/companies/dates", &[("day", "June")]).await.status,
            StatusCode::BAD_REQUEST
        );
        let res = secretariat.post_form("/en/admin/companies/dates", &[("day", "2026-06-30")]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(
            secretariat.post_form("/en/admin/companies/dates", &[("day", "2026-06-30")]).await.status,
            StatusCode::BAD_REQUEST
        );

        // Two "processes", each with its own pool and state, both schedule and both run jobs.
        let mut states = vec![app.state.clone()];
        let second = app.db.reconnect().await;
        let locales: Vec<&'static hiroba_core::include_dir::Dir<'static>> =
            vec![&hiroba_companies::LOCALES, &hiroba_safety::LOCALES, &hiroba_assist::LOCALES];
        states.push(
            hiroba_core::bootstrap::build_state(app.state.config.clone(), second, &locales).await.unwrap(),
        );
        let mut registry = hiroba_core::jobs::Registry::default();
        hiroba_core::bootstrap::register_jobs(&mut registry);
        hiroba_companies::register_jobs(&mut registry);
        let registry = std::sync::Arc::new(registry);
        let mut handles = Vec::new();
        for (p, state) in states.into_iter().enumerate() {
            let registry = registry.clone();
            handles.push(tokio::spawn(async move {
                hiroba_companies::reports::schedule_due(&state.db).await.unwrap();
                while hiroba_core::jobs::run_one(&state.db, &state, &registry, &format!("proc-{p}"))
                    .await
                    .unwrap()
                {}
            }));
        }
        for h in handles {
            h.await.unwrap();
        }
        let freezes = hiroba_core::jobs::recent(&app.state.db, 50).await.unwrap();
        assert_eq!(freezes.iter().filter(|j| j.kind == frozen::JOB_KIND).count(), 1, "one freeze job");
        let date = dates::Entity::find().one(app.state.db.read()).await.unwrap().unwrap();
        assert_eq!(date.state, "frozen");
        let rows = reports::Entity::find()
            .filter(reports::Column::DateId.eq(date.id))
            .all(app.state.db.read())
            .await
            .unwrap();
        // Company + 4 sites, one bank version, each exactly once; grievances for the company and A.
        assert_eq!(rows.iter().filter(|r| r.bank_version != frozen::GRIEVANCES).count(), 5, "{rows:?}");
        assert_eq!(rows.iter().filter(|r| r.bank_version == frozen::GRIEVANCES).count(), 2, "{rows:?}");
        // Removing a frozen date is refused.
        let res = secretariat.post_form(&format!("/en/admin/companies/dates/{}/delete", date.id), &[]).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST);

        // The dashboard: respondents, ranked indicators, the small site marked with its reason.
        let dash = client.get(&format!("/en/company/{company}")).await;
        assert_eq!(dash.status, StatusCode::OK);
        assert!(dash.body.contains("id=\"top-respondents\">37<"), "the company's 37 respondents");
        assert!(dash.body.contains("Withholding of wages"));
        let grievances = dash
            .body
            .split("id=\"grievances\"")
            .nth(1)
            .expect("grievance table")
            .split("</table>")
            .next()
            .unwrap();
        assert!(
            grievances.contains("Labour") && grievances.contains("fewer than 3"),
            "two cases: a band: {grievances}"
        );
        let c_row =
            dash.body.split(&format!("id=\"node-{}\"", c.id)).nth(1).unwrap().split("</tr>").next().unwrap();
        assert!(c_row.contains("fewer than 10"), "site C (4 respondents): {c_row}");
        let a_row =
            dash.body.split(&format!("id=\"node-{}\"", a.id)).nth(1).unwrap().split("</tr>").next().unwrap();
        assert!(
            a_row.contains(">14<") && a_row.contains("almost all"),
            "site A: 14 answered, all of them on wages: {a_row}"
        );
        // Exports carry the same controlled figures, never a small exact number.
        let csv = client.get(&format!("/en/company/{company}/report.csv")).await;
        assert_eq!(csv.status, StatusCode::OK);
        assert!(csv.body.contains("Site C") && csv.body.contains("fewer than 10"));
        assert!(!csv.body.lines().any(|l| l.contains("Site C") && l.ends_with(",4")), "{}", csv.body);
        let xlsx = client.get(&format!("/en/company/{company}/report.xlsx")).await;
        assert_eq!(xlsx.status, StatusCode::OK);
        assert_eq!(
            xlsx.header("content-type"),
            Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        );
        // An unknown date is a 404, a malformed one a 400; nobody else's company is visible.
        assert_eq!(
            client.get(&format!("/en/company/{company}?date=999")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            client.get(&format!("/en/company/{company}?date=x")).await.status,
            StatusCode::BAD_REQUEST
        );
        let (stranger, _) = app.signed_in(&[Role::CompanyAdmin]).await;
        assert_eq!(stranger.get(&format!("/en/company/{company}")).await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            stranger.get(&format!("/en/company/{company}/report.csv")).await.status,
            StatusCode::NOT_FOUND
        );
    }
);

db_test!(a_remediation_plan_is_followed_and_the_secretariat_sees_it_overdue, |backend| async move {
    let app = app(backend).await;
    let admin = app.user("admin@kanto-foods.example", &[]).await;
    let (secretariat, company) = admitted(&app, "admin@kanto-foods.example").await;
    let client = app.client_for(&admin).await;
    add(&client, "en", company, "", "site", "Site A").await;
    let a = node_named(&app, "Site A").await;
    let res = client
        .post_form(
            &format!("/en/company/{company}/plans"),
            &[
                ("node", &a.id.to_string()),
                ("indicator", "excessive-overtime"),
                ("action", "Cap overtime at 45 hours and record hours with the time clock"),
                ("owner", "Plant manager"),
                ("due", "2026-01-31"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let bad = client
        .post_form(
            &format!("/en/company/{company}/plans"),
            &[("node", &a.id.to_string()), ("indicator", "nonsense")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let page = client.get(&format!("/en/company/{company}/plans")).await;
    assert!(page.body.contains("Cap overtime at 45 hours") && page.body.contains("overdue"));
    let admin_page = secretariat.get("/en/admin/companies").await;
    assert!(admin_page.body.contains("Plant manager"), "overdue plans are listed for the secretariat");
    let plan = hiroba_companies::plans::of_company(&app.state.db, company).await.unwrap().remove(0);
    let res = client
        .post_form(
            &format!("/en/company/{company}/plans/{}", plan.id),
            &[("status", "done"), ("progress", "Time clocks installed")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(
        !secretariat.get("/en/admin/companies").await.body.contains("Plant manager"),
        "done is not overdue"
    );
    // A low response rate earns a reminder to the company's contact.
    let res = secretariat.post_form(&format!("/en/admin/companies/{company}/reminder"), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let mut registry = hiroba_core::jobs::Registry::default();
    hiroba_core::bootstrap::register_jobs(&mut registry);
    app.run_jobs(&registry).await;
    let (_, subject, body) =
        app.decoded_mails().into_iter().find(|m| m.0 == "hr@kanto-foods.example").expect("reminder");
    assert!(subject.contains("Kanto Foods") && body.contains("Site A"), "{subject}\n{body}");
    assert!(body.contains("[事業所|じぎょうしょ]") || body.contains("事業所"), "in Japanese, then English");
    // The campaign reaches every company with a low response rate (this one: no answers yet).
    let before = app.decoded_mails().len();
    let res = secretariat.post_form("/en/admin/companies/reminders", &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    app.run_jobs(&registry).await;
    assert_eq!(app.decoded_mails().len(), before + 1);
});

//! The portal as readers and editors meet it, on SQLite and (with TEST_DATABASE_URL) PostgreSQL.

use axum::http::StatusCode;
use hiroba_core::auth::Role;
use hiroba_portal::articles::{self, ArticleFields, TranslationInput, TranslationState};
use hiroba_portal::model::Status;
use hiroba_portal::{search, views};
use hiroba_testkit::{db_test, Backend, TestApp};

async fn app(backend: Backend) -> TestApp {
    TestApp::new(backend, hiroba_portal::routes, &[&hiroba_portal::LOCALES]).await
}

fn langs(app: &TestApp) -> Vec<String> {
    app.state.config.languages.clone()
}

/// A published article with the given translations (the first is the source).
async fn article(app: &TestApp, slug: &str, texts: &[(&str, &str, &str)]) -> articles::Article {
    let a = articles::create(
        &app.state.db,
        ArticleFields {
            slug,
            kind: "article",
            topic: "work",
            countries: &[],
            author: "Hiroba",
            source_lang: texts[0].0,
            video_url: None,
        },
        &langs(app),
    )
    .await
    .unwrap();
    for (lang, title, body) in texts {
        articles::save_translation(
            &app.state.db,
            &a,
            lang,
            TranslationInput { title, summary: "", body, note: "" },
            None,
            &langs(app),
        )
        .await
        .unwrap();
    }
    articles::set_status(&app.state.db, &a, Status::Published).await.unwrap();
    articles::find(&app.state.db, a.id).await.unwrap().unwrap()
}

db_test!(an_edited_source_marks_its_translations_outdated, |backend| async move {
    let app = app(backend).await;
    let a = article(
        &app,
        "paid-leave",
        &[("en", "Paid leave", "Ten days."), ("vi", "Nghỉ phép có lương", "Mười ngày.")],
    )
    .await;
    let ts = articles::translations(&app.state.db, a.id).await.unwrap();
    assert_eq!(articles::state_of(&a, &ts, "en"), TranslationState::Source);
    assert_eq!(articles::state_of(&a, &ts, "vi"), TranslationState::UpToDate);
    assert_eq!(articles::state_of(&a, &ts, "my"), TranslationState::Missing);

    articles::save_translation(
        &app.state.db,
        &a,
        "en",
        TranslationInput {
            title: "Paid leave",
            summary: "",
            body: "Ten days, rising to twenty.",
            note: "more detail",
        },
        Some(1),
        &langs(&app),
    )
    .await
    .unwrap();
    let ts = articles::translations(&app.state.db, a.id).await.unwrap();
    assert_eq!(articles::state_of(&a, &ts, "vi"), TranslationState::Outdated);

    articles::save_translation(
        &app.state.db,
        &a,
        "vi",
        TranslationInput {
            title: "Nghỉ phép có lương",
            summary: "",
            body: "Mười ngày, tăng lên hai mươi.",
            note: "",
        },
        Some(2),
        &langs(&app),
    )
    .await
    .unwrap();
    let ts = articles::translations(&app.state.db, a.id).await.unwrap();
    assert_eq!(articles::state_of(&a, &ts, "vi"), TranslationState::UpToDate);

    let history = articles::revisions(&app.state.db, a.id).await.unwrap();
    assert_eq!(history.len(), 4, "every save is a revision");
    assert_eq!(history[0].editor_id, Some(2));
    assert_eq!(history[1].note, "more detail");
});

db_test!(a_translation_needs_its_source_first, |backend| async move {
    let app = app(backend).await;
    let a = articles::create(
        &app.state.db,
        ArticleFields {
            slug: "x-y-z",
            kind: "article",
            topic: "money",
            countries: &["VN".into()],
            author: "A",
            source_lang: "ja",
            video_url: None,
        },
        &langs(&app),
    )
    .await
    .unwrap();
    let res = articles::save_translation(
        &app.state.db,
        &a,
        "en",
        TranslationInput { title: "T", summary: "", body: "", note: "" },
        None,
        &langs(&app),
    )
    .await;
    assert!(matches!(res, Err(articles::PortalError::SourceFirst)));
    assert!(matches!(
        articles::set_status(&app.state.db, &a, Status::Published).await,
        Err(articles::PortalError::SourceFirst)
    ));
    let bad = articles::create(
        &app.state.db,
        ArticleFields {
            slug: "Bad Slug!",
            kind: "article",
            topic: "work",
            countries: &[],
            author: "A",
            source_lang: "en",
            video_url: None,
        },
        &langs(&app),
    )
    .await;
    assert!(matches!(bad, Err(articles::PortalError::SlugInvalid)));
});

db_test!(markdown_from_authors_cannot_run_script, |backend| async move {
    let app = app(backend).await;
    let body = "Hello <script>alert(1)</script>\n\n[x](javascript:alert(2)) <a href=\"#\" onmouseover=\"steal()\">y</a> <img src=x onerror=alert(3)>";
    article(&app, "evil", &[("en", "Title <script>alert(4)</script>", body)]).await;
    let page = app.client().get("/en/articles/evil").await;
    assert_eq!(page.status, StatusCode::OK);
    for bad in ["<script>alert", "javascript:", "onmouseover", "onerror"] {
        assert!(!page.body.contains(bad), "{bad} survived");
    }
    assert!(page.body.contains("Title &lt;script&gt;"), "the title is text");
});

db_test!(simple_japanese_articles_show_furigana_that_can_be_turned_off, |backend| async move {
    let app = app(backend).await;
    article(
        &app,
        "overtime",
        &[
            ("en", "Overtime", "Overtime pay."),
            ("ja", "{残業|ざんぎょう}の お{金|かね}", "{残業代|ざんぎょうだい}は もらえます。"),
        ],
    )
    .await;
    let c = app.client();
    let page = c.get("/ja/articles/overtime").await;
    assert!(
        page.body.contains("<ruby>残業代<rp>(</rp><rt>ざんぎょうだい</rt><rp>)</rp></ruby>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<h1><ruby>残業<rp>"));
    c.get("/ja/furigana?show=off&next=%2Fja%2Farticles%2Fovertime").await;
    let page = c.get("/ja/articles/overtime").await;
    assert!(!page.body.contains("<ruby>"));
    assert!(page.body.contains("残業代は もらえます。"));
});

db_test!(a_missing_translation_falls_back_to_english_and_says_so, |backend| async move {
    let app = app(backend).await;
    article(&app, "only-english", &[("en", "Only in English", "Body.")]).await;
    let page = app.client().get("/my/articles/only-english").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<html lang=\"my\""));
    assert!(page.body.contains("<article lang=\"en\""), "the text is marked as English");
    assert!(page.body.contains("role=\"note\""), "the reader is told");
    // The switcher keeps the reader on the same article.
    assert!(page.body.contains("href=\"/vi/articles/only-english\" hreflang=\"vi\""));
});

db_test!(drafts_and_unpublished_articles_are_not_shown, |backend| async move {
    let app = app(backend).await;
    let a = article(&app, "soon", &[("en", "Soon", "Body.")]).await;
    articles::set_status(&app.state.db, &a, Status::Unpublished).await.unwrap();
    app.state.page_cache.clear();
    assert_eq!(app.client().get("/en/articles/soon").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.client().get("/en/articles/no-such-thing").await.status, StatusCode::NOT_FOUND);
    let s = app.client().get("/en/search?q=soon").await;
    assert!(!s.body.contains("/en/articles/soon"), "unpublished articles are not found by search");
});

db_test!(search_finds_substrings_in_every_script_and_ignores_latin_accents, |backend| async move {
    let app = app(backend).await;
    let a1 =
        article(&app, "ja-wages", &[("ja", "残業代が払われない", "会社が残業代を払わないときの相談先。")])
            .await;
    let a2 =
        article(&app, "zh-wages", &[("zh-Hans", "加班费没有支付", "如果公司不支付加班费，请咨询。")]).await;
    let a3 =
        article(&app, "my-safety", &[("my", "လုပ်ခွင်ဘေးကင်းရေး", "အလုပ်ရှင်သည် ဘေးကင်းရေး ပစ္စည်းများ ပေးရမည်။")]).await;
    let a4 =
        article(&app, "vi-wages", &[("vi", "Lương làm thêm giờ", "Công ty phải trả lương làm thêm giờ.")])
            .await;
    let a5 =
        article(&app, "pt-leave", &[("pt-BR", "Férias remuneradas", "Você tem direito a férias.")]).await;
    let a6 = article(&app, "pt-body", &[("pt-BR", "Outro assunto", "Sobre férias e descanso.")]).await;
    let db = &app.state.db;
    let ids = |found: Vec<search::Found>| found.into_iter().map(|f| f.doc_id).collect::<Vec<_>>();
    assert_eq!(ids(search::search(db, "払われ", &["ja"], 10).await.unwrap()), vec![a1.id]);
    assert_eq!(ids(search::search(db, "加班费", &["zh-Hans"], 10).await.unwrap()), vec![a2.id]);
    assert_eq!(ids(search::search(db, "ခွင်ဘေး", &["my"], 10).await.unwrap()), vec![a3.id]);
    assert_eq!(ids(search::search(db, "luong lam them", &["vi"], 10).await.unwrap()), vec![a4.id]);
    assert_eq!(ids(search::search(db, "LƯƠNG", &["vi"], 10).await.unwrap()), vec![a4.id]);
    // Title hits rank before body hits.
    assert_eq!(ids(search::search(db, "FERIAS", &["pt-BR"], 10).await.unwrap()), vec![a5.id, a6.id]);
    // A two-character term still works (scan instead of index).
    assert_eq!(ids(search::search(db, "相談", &["ja"], 10).await.unwrap()), vec![a1.id]);
    assert!(search::search(db, "%%", &["ja"], 10).await.unwrap().is_empty());

    // Through the page, in the reader's language.
    let page = app.client().get("/my/search?q=%E1%80%81%E1%80%BD%E1%80%84%E1%80%BA").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("/my/articles/my-safety"), "{}", page.body);
});

db_test!(views_are_counted_per_article_language_and_day_without_cookies, |backend| async move {
    let app = app(backend).await;
    let a = article(&app, "counted", &[("en", "Counted", "Body.")]).await;
    let c = app.client();
    for _ in 0..3 {
        let res = c.get("/vi/articles/counted").await;
        assert_eq!(res.status, StatusCode::OK);
    }
    let other = app.client();
    let res = other.get_with("/vi/articles/counted", &[("accept-encoding", "gzip")]).await;
    assert!(
        res.headers.get_all("set-cookie").iter().all(|v| !v.to_str().unwrap().contains("hiroba_csrf")),
        "no tracking cookie"
    );
    assert_eq!(views::flush(&app.state).await.unwrap(), 1);
    assert_eq!(views::total(&app.state, None).await.unwrap(), 4, "cached answers are counted too");
    c.get("/en/articles/counted").await;
    views::flush(&app.state).await.unwrap();
    let (by_lang, by_day) = views::breakdown(&app.state, "2000-01-01").await.unwrap();
    assert_eq!(by_lang.iter().find(|r| r.key == "vi").unwrap().total, Some(4));
    assert_eq!(by_lang.iter().find(|r| r.key == "en").unwrap().total, Some(1));
    assert_eq!(by_day.len(), 1);
    assert_eq!(by_day[0].key, views::today());
    let _ = a;
});

db_test!(every_demo_article_page_fits_in_14_kb_compressed_in_every_language, |backend| async move {
    let app = app(backend).await;
    let n = hiroba_portal::load_demo(&app.state).await.unwrap();
    assert!(n >= 12, "starter content: {n} articles");
    let c = app.client();
    let mut heaviest = (0, String::new());
    for a in articles::published(&app.state.db, None, None).await.unwrap() {
        for lang in langs(&app) {
            let path = format!("/{lang}/articles/{}", a.slug);
            let res = c.get_with(&path, &[("accept-encoding", "gzip")]).await;
            assert_eq!(res.status, StatusCode::OK, "{path}");
            let bytes = res.body.len();
            if bytes > heaviest.0 {
                heaviest = (bytes, path);
            }
        }
    }
    eprintln!("heaviest article page: {} bytes gzip ({})", heaviest.0, heaviest.1);
    assert!(heaviest.0 <= 14 * 1024, "{} is {} bytes compressed", heaviest.1, heaviest.0);
});

db_test!(the_feed_and_sitemap_list_published_articles_with_alternates, |backend| async move {
    let app = app(backend).await;
    article(&app, "feed-me", &[("en", "Feed me", "Body."), ("tl", "Pakainin mo ako", "Katawan.")]).await;
    let c = app.client();
    let feed = c.get("/tl/feed.atom").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(feed.header("content-type").unwrap().starts_with("application/atom+xml"));
    assert!(feed.body.contains("<title>Pakainin mo ako</title>"));
    assert!(feed.body.contains("/tl/articles/feed-me"));
    let map = c.get("/sitemap.xml").await;
    assert!(
        map.body.contains("<loc>http://127.0.0.1:8080/tl/articles/feed-me</loc>"),
        "{}",
        &map.body[..500.min(map.body.len())]
    );
    assert!(map.body.contains("hreflang=\"en\" href=\"http://127.0.0.1:8080/en/articles/feed-me\""));
    assert!(!map.body.contains("/my/articles/feed-me"), "no duplicate fallback pages");
});

db_test!(the_secretariat_writes_translates_publishes_and_unpublishes, |backend| async move {
    let app = app(backend).await;
    let (sec, _) = app.signed_in(&[Role::Secretariat]).await;
    let res = sec
        .post_form(
            "/en/admin/portal/new",
            &[
                ("slug", "new-rules"),
                ("kind", "article"),
                ("topic", "work"),
                ("countries", "vn, mm"),
                ("author", "JP-MIRAI"),
                ("source_lang", "en"),
                ("video_url", ""),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let a = articles::find_by_slug(&app.state.db, "new-rules").await.unwrap().unwrap();
    assert_eq!(a.countries, "VN,MM");
    let edit = format!("/en/admin/portal/{}/edit/en", a.id);
    assert_eq!(sec.get(&edit).await.status, StatusCode::OK);
    let saved = sec
        .post_form(
            &edit,
            &[
                ("title", "New rules"),
                ("summary", "What changes."),
                ("body", "## From April\n\nText."),
                ("note", "first"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let empty =
        sec.post_form(&format!("/en/admin/portal/{}/edit/vi", a.id), &[("title", ""), ("body", "x")]).await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST, "a title is required");
    assert_eq!(app.client().get("/en/articles/new-rules").await.status, StatusCode::NOT_FOUND, "draft");
    assert_eq!(
        sec.get(&format!("/en/admin/portal/{}/preview/vi", a.id)).await.status,
        StatusCode::OK,
        "preview in any language"
    );
    let publish =
        sec.post_form(&format!("/en/admin/portal/{}/status", a.id), &[("status", "published")]).await;
    assert_eq!(publish.status, StatusCode::SEE_OTHER);
    assert_eq!(app.client().get("/en/articles/new-rules").await.status, StatusCode::OK);
    let dash = sec.get("/en/admin/portal").await;
    assert!(dash.body.contains("state-missing"));
    let unpublish =
        sec.post_form(&format!("/en/admin/portal/{}/status", a.id), &[("status", "unpublished")]).await;
    assert_eq!(unpublish.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.client().get("/en/articles/new-rules").await.status,
        StatusCode::NOT_FOUND,
        "the page cache was emptied"
    );
    let (entries, _) = hiroba_core::audit::page(&app.state.db, 0, 20).await.unwrap();
    assert!(entries.iter().any(|e| e.action == "portal.published"));
    let (worker, _) = app.signed_in(&[Role::Worker]).await;
    assert_eq!(worker.get("/en/admin/portal").await.status, StatusCode::FORBIDDEN);
});

fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_pixel(w, h, image::Rgb([200, 30, 30]));
    let mut buf = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut std::io::Cursor::new(&mut buf), image::ImageFormat::Png)
        .unwrap();
    buf
}

db_test!(uploaded_images_become_responsive_variants_in_the_article, |backend| async move {
    let app = app(backend).await;
    let a = article(&app, "with-image", &[("en", "With image", "Before.")]).await;
    let (sec, _) = app.signed_in(&[Role::Secretariat]).await;
    let res = sec
        .post_file(&format!("/en/admin/portal/{}/images", a.id), "map.png", "image/png", &png(1600, 900))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert!(!res.location().unwrap().contains("media_error"));
    let ids = hiroba_portal::media::images_of(&app.state.db, a.id).await.unwrap();
    assert_eq!(ids.len(), 1);
    let body = format!("Before.\n\n![Evacuation map](media:{})\n", ids[0]);
    articles::save_translation(
        &app.state.db,
        &a,
        "en",
        TranslationInput { title: "With image", summary: "", body: &body, note: "" },
        None,
        &langs(&app),
    )
    .await
    .unwrap();
    app.state.page_cache.clear();
    let page = app.client().get("/en/articles/with-image").await;
    assert!(
        page.body
            .contains(&format!("srcset=\"/media/images/{0}/320 320w, /media/images/{0}/640 640w", ids[0])),
        "{}",
        page.body
    );
    let img = app.client().get(&format!("/media/images/{}/320", ids[0])).await;
    assert_eq!(img.status, StatusCode::OK);
    assert_eq!(img.header("content-type"), Some("image/jpeg"));
    assert!(img.header("cache-control").unwrap().contains("immutable"));

    let bad = sec
        .post_file(
            &format!("/en/admin/portal/{}/images", a.id),
            "x.png",
            "image/png",
            b"<svg onload=alert(1)>",
        )
        .await;
    assert!(bad.location().unwrap().contains("media_error=portal-media-not-image"));
    let no_token = sec.post_raw(&format!("/en/admin/portal/{}/images", a.id), "x").await;
    assert_eq!(no_token.status, StatusCode::FORBIDDEN);
});

db_test!(uploaded_videos_are_served_with_range_requests_and_subtitles, |backend| async move {
    let app = app(backend).await;
    let a = article(&app, "with-video", &[("en", "With video", "Watch.")]).await;
    let (sec, _) = app.signed_in(&[Role::Secretariat]).await;
    let mut mp4 = b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom".to_vec();
    mp4.extend(std::iter::repeat_n(7u8, 100_000));
    let res = sec.post_file(&format!("/en/admin/portal/{}/video", a.id), "clip.mp4", "video/mp4", &mp4).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let a = articles::find(&app.state.db, a.id).await.unwrap().unwrap();
    let file = a.video_file.clone().expect("video attached");
    let sub = sec
        .post_form(
            &format!("/en/admin/portal/{}/subtitles", a.id),
            &[("lang", "vi"), ("vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\nXin chào")],
        )
        .await;
    assert_eq!(sub.status, StatusCode::SEE_OTHER);
    let bad = sec
        .post_form(&format!("/en/admin/portal/{}/subtitles", a.id), &[("lang", "vi"), ("vtt", "<script>")])
        .await;
    assert!(bad.location().unwrap().contains("portal-media-not-vtt"));

    let page = app.client().get("/vi/articles/with-video").await;
    assert!(page.body.contains("preload=\"none\""), "never loads before play");
    assert!(page.body.contains(&format!("src=\"/media/subtitles/{}/vi.vtt\" default", a.id)));
    let part = app.client().get_with(&format!("/media/videos/{file}"), &[("range", "bytes=0-99")]).await;
    assert_eq!(part.status, StatusCode::PARTIAL_CONTENT);
    assert_eq!(part.header("content-range"), Some(format!("bytes 0-99/{}", mp4.len()).as_str()));
    assert_eq!(part.body.len(), 100);
    let vtt = app.client().get(&format!("/media/subtitles/{}/vi.vtt", a.id)).await;
    assert!(vtt.header("content-type").unwrap().starts_with("text/vtt"));
    assert!(vtt.body.contains("Xin chào"));
    let not_video = sec
        .post_file(
            &format!("/en/admin/portal/{}/video", a.id),
            "x.mp4",
            "video/mp4",
            b"<html>not a video</html>",
        )
        .await;
    assert!(not_video.location().unwrap().contains("portal-media-not-video"));
    assert_eq!(app.client().get("/media/videos/..%2Fsecret-keys.toml").await.status, StatusCode::NOT_FOUND);
});

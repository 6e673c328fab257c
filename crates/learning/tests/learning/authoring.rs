//! Courses stored in the database: importing folders with outdated-translation tracking, and
//! writing, translating, publishing and adding videos with subtitles in the browser.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use hiroba_core::auth::Role;
use hiroba_learning::store::{self, Files, StoreError, TranslationState};
use hiroba_testkit::db_test;

use super::app;

/// The bundled SME course's files, as a folder held in memory.
fn sme_files() -> BTreeMap<String, String> {
    use hiroba_learning::course::Folder;
    let dir = hiroba_learning::COURSES.get_dir("sme-rights").unwrap();
    let def = &super::sme().def;
    let mut files = BTreeMap::new();
    files.insert("course.toml".to_string(), dir.read("course.toml").unwrap());
    for lang in ["en", "ja"] {
        for path in store::paths_of(def, lang) {
            if let Some(text) = dir.read(&path) {
                files.insert(path, text);
            }
        }
    }
    files
}

async fn state(app: &hiroba_testkit::TestApp, path: &str) -> TranslationState {
    let files = store::files(&app.state.db, "sme-rights").await.unwrap();
    let (lang, name) = path.split_once('/').unwrap();
    store::state_of(&files, "en", lang, name)
}

db_test!(imports_track_outdated_translations_and_refuse_a_broken_folder, |backend| async move {
    let app = app(backend).await;
    let db = &app.state.db;
    assert!(store::install_bundled(db).await.unwrap().is_empty(), "installed once");
    assert_eq!(state(&app, "ja/why-act.md").await, TranslationState::UpToDate);
    assert_eq!(state(&app, "en/why-act.md").await, TranslationState::Source);
    assert_eq!(state(&app, "vi/why-act.md").await, TranslationState::Missing);

    // The same folder again changes nothing.
    let same = store::import(db, &Files(sme_files()), false, None).await.unwrap();
    assert!(!same.created && same.changed.is_empty(), "{same:?}");

    // English changed alone: its Japanese translation is now outdated, the rest is not.
    let mut files = sme_files();
    files.get_mut("en/why-act.md").unwrap().push_str("\n\nA new closing paragraph about remedy.\n");
    let done = store::import(db, &Files(files.clone()), false, None).await.unwrap();
    assert_eq!(done.changed, ["en/why-act.md"]);
    assert_eq!(state(&app, "ja/why-act.md").await, TranslationState::Outdated);
    assert_eq!(state(&app, "ja/guiding-principles.md").await, TranslationState::UpToDate);
    // Learners read the new text at once (every process reloads a changed course).
    let course = hiroba_learning::course(db, "sme-rights").await.unwrap().unwrap();
    assert!(course.texts["en"].lessons["why-act"].markdown.ends_with("about remedy."));

    // Both changed in one import: the translation follows the new source.
    files.get_mut("ja/why-act.md").unwrap().push_str("\n\n[救済|きゅうさい]に ついての [段落|だんらく]。\n");
    store::import(db, &Files(files.clone()), false, None).await.unwrap();
    assert_eq!(state(&app, "ja/why-act.md").await, TranslationState::UpToDate);

    // A folder with a problem is refused whole: nothing changes.
    let before = store::files(db, "sme-rights").await.unwrap();
    let mut broken = files.clone();
    broken.get_mut("en/why-act.md").unwrap().push_str("\nAnother line.\n");
    let quiz = broken.get_mut("ja/quiz-introduction.toml").unwrap();
    *quiz = quiz.replacen("correct = true", "correct = false", 1);
    match store::import(db, &Files(broken), false, None).await {
        Err(StoreError::Problems(p)) => assert!(p.iter().any(|x| x.contains("introduction")), "{p:?}"),
        other => panic!("expected problems, got {other:?}"),
    }
    assert_eq!(store::files(db, "sme-rights").await.unwrap(), before);
    // Every saved text is kept as a revision.
    let revisions = store::revisions(db, "sme-rights", "en/why-act.md").await.unwrap();
    assert_eq!(revisions.iter().map(|r| r.version).collect::<Vec<_>>(), [2, 1]);
});

const QUIZ_EN: &str = r#"
[[question]]
id = "q1"
kind = "single"
text = "Who pays recruitment fees under the employer-pays principle?"
[[question.choice]]
id = "a"
text = "The employer"
correct = true
explanation = "Workers pay no recruitment fees or related costs."
[[question.choice]]
id = "b"
text = "The worker"
correct = false
explanation = "Charging workers creates debt, an indicator of forced labour."
"#;

/// A quiz of five questions in `lang`, the same correct answers in every language.
fn quiz(lang: &str) -> String {
    let one = if lang == "ja" {
        QUIZ_EN.replace(
            "Who pays recruitment fees under the employer-pays principle?",
            "[手数料|てすうりょう]は だれが [払|はら]いますか。",
        )
    } else {
        QUIZ_EN.to_string()
    };
    (1..=5).map(|n| one.replace("id = \"q1\"", &format!("id = \"q{n}\""))).collect()
}

fn lesson(title: &str) -> String {
    format!(
        "+++\ntitle = \"{title}\"\nminutes = 10\n+++\n\n{}",
        "Workers should never pay to get a job. ".repeat(8)
    )
}

db_test!(
    the_secretariat_writes_translates_and_publishes_a_course_with_a_subtitled_video,
    |backend| async move {
        let app = app(backend).await;
        let (sec, _) = app.signed_in(&[Role::Secretariat]).await;
        let (learner, _) = app.signed_in(&[Role::Learner]).await;

        // A bad address is refused in the author's language, and nothing is created.
        let res = sec.post_form("/ja/admin/learning/courses", &[("id", "Fees!"), ("title", "Fees")]).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST);
        assert!(res.body.contains("[小文字|こもじ]") || res.body.contains("こもじ"), "{}", res.body);
        assert!(store::row(&app.state.db, "Fees!").await.unwrap().is_none());

        let res = sec
            .post_form(
                "/en/admin/learning/courses",
                &[("id", "zero-fees"), ("title", "Zero fees"), ("summary", "Why workers pay nothing.")],
            )
            .await;
        assert_eq!(res.location(), Some("/en/admin/learning/courses/zero-fees"));
        let page = sec.get("/en/admin/learning/courses/zero-fees").await;
        assert!(page.body.contains("Draft (learners do not see it)"));
        assert!(page.body.contains("chapter"), "problems listed: {}", page.body);
        assert_eq!(
            learner.get("/en/learn/zero-fees").await.status,
            StatusCode::NOT_FOUND,
            "a draft is hidden"
        );

        // Structure, then the texts in English and Japanese.
        let edit = |file: &str| format!("/en/admin/learning/courses/zero-fees/edit?file={file}");
        let structure = "id = \"zero-fees\"\nversion = \"1\"\npass_mark = 0.8\n\n[[chapter]]\nid = \"fees\"\nlessons = [\"who-pays\"]\n";
        assert_eq!(
            sec.post_form(&edit("course.toml"), &[("text", structure)]).await.status,
            StatusCode::SEE_OTHER
        );
        // A translation before its source is refused.
        let res = sec.post_form(&edit("ja/who-pays.md"), &[("text", &lesson("だれが [払|はら]う"))]).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST);
        assert!(res.body.contains("Write the English text first"));
        for (file, text) in [
            ("en/who-pays.md", lesson("Who pays")),
            ("en/quiz-fees.toml", quiz("en")),
            ("ja/course.toml", "title = \"[手数料|てすうりょう]ゼロ\"\nsummary = \"\"\n".to_string()),
            ("ja/who-pays.md", lesson("だれが [払|はら]う")),
            ("ja/quiz-fees.toml", quiz("ja")),
        ] {
            let res = sec.post_form(&edit(file), &[("text", &text), ("source_version", "1")]).await;
            assert_eq!(res.status, StatusCode::SEE_OTHER, "{file}: {}", res.body);
        }
        // A TOML mistake is shown with its line, the text kept, nothing saved.
        let res = sec.post_form(&edit("en/quiz-fees.toml"), &[("text", "[[question]\nid = ")]).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST);
        assert!(
            res.body.contains("The course has problems. Nothing was changed.") && res.body.contains("line 1")
        );

        let res = sec.post_form("/en/admin/learning/courses/zero-fees/publish", &[("publish", "1")]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let course = learner.get("/en/learn/zero-fees").await;
        assert_eq!(course.status, StatusCode::OK);
        assert!(course.body.contains("Zero fees"));
        assert!(learner.get("/ja/learn/zero-fees").await.body.contains("てすうりょう"));

        // A published course only changes into a valid one: a Japanese quiz whose answers differ is refused.
        let wrong = quiz("ja")
            .replacen(
                "correct = true\nexplanation = \"Workers",
                "correct = false\nexplanation = \"Workers",
                1,
            )
            .replacen(
                "correct = false\nexplanation = \"Charging",
                "correct = true\nexplanation = \"Charging",
                1,
            );
        assert_ne!(wrong, quiz("ja"));
        let res =
            sec.post_form(&edit("ja/quiz-fees.toml"), &[("text", &wrong), ("source_version", "1")]).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST);
        assert!(res.body.contains("id=\"problems\""));
        let stored = store::files(&app.state.db, "zero-fees").await.unwrap();
        assert_eq!(stored.iter().find(|f| f.path == "ja/quiz-fees.toml").unwrap().content, quiz("ja"));

        // The English lesson changes: the Japanese one is outdated until a translator saves it
        // against the new source version (saving against the old one leaves it outdated).
        let res = sec
            .post_form(&edit("en/who-pays.md"), &[("text", &format!("{}\nUpdated.", lesson("Who pays")))])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let page = sec.get("/en/admin/learning/courses/zero-fees").await;
        assert!(page.body.contains("class=\"state-outdated\"><a href=\"/en/admin/learning/courses/zero-fees/edit?file=ja/who-pays.md\""), "{}", page.body);
        let form = sec.get(&edit("ja/who-pays.md")).await;
        assert!(
            form.body.contains("name=\"source_version\" value=\"2\"") && form.body.contains("Updated."),
            "the new source beside"
        );
        sec.post_form(
            &edit("ja/who-pays.md"),
            &[("text", &lesson("だれが [払|はら]う")), ("source_version", "1")],
        )
        .await;
        let files = store::files(&app.state.db, "zero-fees").await.unwrap();
        assert_eq!(store::state_of(&files, "en", "ja", "who-pays.md"), TranslationState::Outdated);
        sec.post_form(
            &edit("ja/who-pays.md"),
            &[("text", &lesson("だれが [払|はら]う")), ("source_version", "2")],
        )
        .await;
        let files = store::files(&app.state.db, "zero-fees").await.unwrap();
        assert_eq!(store::state_of(&files, "en", "ja", "who-pays.md"), TranslationState::UpToDate);

        // A video for the lesson, with English and Vietnamese subtitles.
        let not_video = sec
            .post_file(
                "/en/admin/learning/courses/zero-fees/video?lesson=who-pays",
                "x.mp4",
                "video/mp4",
                b"plain text",
            )
            .await;
        assert_eq!(not_video.status, StatusCode::BAD_REQUEST);
        let mp4 = [&[0, 0, 0, 0x18][..], b"ftypisom", &[0u8; 64][..]].concat();
        let res = sec
            .post_file(
                "/en/admin/learning/courses/zero-fees/video?lesson=who-pays",
                "who-pays.mp4",
                "video/mp4",
                &mp4,
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let structure = &store::files(&app.state.db, "zero-fees").await.unwrap()[0];
        assert!(
            structure.path == "course.toml"
                && structure.content.contains("[videos]\nwho-pays = \"zero-fees-")
        );
        let bad_vtt = sec
            .post_form(&edit("en/who-pays.vtt"), &[("text", "WEBVTT\n\n00:04.000 --> 00:01.000\nBackwards")])
            .await;
        assert_eq!(bad_vtt.status, StatusCode::BAD_REQUEST);
        let vtt = "WEBVTT\n\n00:00.000 --> 00:03.000\nWorkers pay nothing.\n";
        assert_eq!(
            sec.post_form(&edit("en/who-pays.vtt"), &[("text", vtt)]).await.status,
            StatusCode::SEE_OTHER
        );
        let vi = "WEBVTT\n\n00:00.000 --> 00:03.000\nNgười lao động không phải trả gì.\n";
        let res = sec.post_form(&edit("vi/who-pays.vtt"), &[("text", vi), ("source_version", "1")]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let page = learner.get("/vi/learn/zero-fees/lessons/who-pays").await;
        assert!(page
            .body
            .contains("<video controls preload=\"none\" playsinline><source src=\"/media/videos/zero-fees-"));
        assert!(page.body.contains("<track kind=\"subtitles\" srclang=\"vi\" label=\"Tiếng Việt\" src=\"/vi/learn/zero-fees/lessons/who-pays/subtitles.vtt\" default>"), "{}", page.body);
        assert!(page.body.contains("srclang=\"en\""));
        let track = learner.get("/vi/learn/zero-fees/lessons/who-pays/subtitles.vtt").await;
        assert_eq!(track.header("content-type"), Some("text/vtt; charset=utf-8"));
        assert!(track.body.contains("không phải trả gì"));
        assert_eq!(
            learner.get("/ja/learn/zero-fees/lessons/who-pays/subtitles.vtt").await.status,
            StatusCode::NOT_FOUND
        );

        // Learners cannot author; withdrawing hides the course again.
        assert_eq!(learner.get("/en/admin/learning/courses").await.status, StatusCode::FORBIDDEN);
        sec.post_form("/en/admin/learning/courses/zero-fees/publish", &[("publish", "0")]).await;
        assert_eq!(learner.get("/en/learn/zero-fees").await.status, StatusCode::NOT_FOUND);
        let list = sec.get("/en/admin/learning/courses").await;
        assert!(list.body.contains("zero-fees") && list.body.contains("sme-rights"));
    }
);

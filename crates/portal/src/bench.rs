//! Search latency over many articles (run by `hiroba bench search`): fills a database with
//! `n` articles in several scripts and times queries in each script. Timings are printed, never
//! asserted: the machine may be busy.

use std::time::{Duration, Instant};

use crate::articles::{self, ArticleFields, TranslationInput};
use crate::model::Status;
use crate::search;
use hiroba_core::db::Db;

/// Fragments of real text in several scripts, combined to make distinct articles.
const WORDS: [(&str, &[&str]); 5] = [
    (
        "ja",
        &["残業代", "有給休暇", "在留カード", "技能実習", "健康保険", "地震", "給料", "相談", "会社", "寮"],
    ),
    ("my", &["လုပ်ခွင်", "လစာ", "အချိန်ပို", "နေထိုင်ခွင့်", "ကျန်းမာရေး", "ငလျင်", "ပတ်စပို့", "အကူအညီ", "ကုမ္ပဏီ", "အဆောင်"]),
    (
        "vi",
        &[
            "lương",
            "làm thêm giờ",
            "nghỉ phép",
            "thẻ lưu trú",
            "bảo hiểm",
            "động đất",
            "công ty",
            "ký túc xá",
            "tư vấn",
            "hộ chiếu",
        ],
    ),
    (
        "zh-Hans",
        &["加班费", "带薪休假", "在留卡", "技能实习", "健康保险", "地震", "工资", "咨询", "公司", "宿舍"],
    ),
    (
        "pt-BR",
        &[
            "salário",
            "hora extra",
            "férias",
            "cartão de residente",
            "seguro",
            "terremoto",
            "empresa",
            "alojamento",
            "consulta",
            "passaporte",
        ],
    ),
];

pub struct Report {
    pub articles: usize,
    pub fill: Duration,
    /// (language, query, median, p99, hits of the last run)
    pub queries: Vec<(String, String, Duration, Duration, usize)>,
}

fn text(lang_words: &[&str], i: usize, len: usize) -> String {
    (0..len).map(|k| lang_words[(i * 7 + k * 3) % lang_words.len()]).collect::<Vec<_>>().join(" ")
        + &format!(" #{i}")
}

pub async fn run(
    db: &Db,
    n: usize,
    languages: &[String],
    rounds: usize,
) -> Result<Report, articles::PortalError> {
    let start = Instant::now();
    for i in 0..n {
        let (lang, words) = WORDS[i % WORDS.len()];
        let slug = format!("bench-{i}");
        let a = articles::create(
            db,
            ArticleFields {
                slug: &slug,
                kind: "article",
                topic: "work",
                countries: &[],
                author: "bench",
                source_lang: lang,
                video_url: None,
            },
            languages,
        )
        .await?;
        let title = text(words, i, 3);
        let body = text(words, i + 1, 80);
        articles::save_translation(
            db,
            &a,
            lang,
            TranslationInput { title: &title, summary: "", body: &body, note: "" },
            None,
            languages,
        )
        .await?;
        articles::set_status(db, &a, Status::Published).await?;
    }
    let fill = start.elapsed();
    let mut queries = Vec::new();
    for (lang, words) in WORDS {
        for q in [words[0], words[5]] {
            let mut times = Vec::with_capacity(rounds);
            let mut hits = 0;
            for _ in 0..rounds {
                let t = Instant::now();
                hits = search::search(db, q, &[lang, "en", "ja"], 50).await?.len();
                times.push(t.elapsed());
            }
            times.sort();
            let p50 = times[times.len() / 2];
            let p99 = times[(times.len() * 99 / 100).min(times.len() - 1)];
            queries.push((lang.to_string(), q.to_string(), p50, p99, hits));
        }
    }
    Ok(Report { articles: n, fill, queries })
}

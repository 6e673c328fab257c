//! Storing banks, responses, flags, help requests and daily counts.

use chrono::{FixedOffset, Utc};
use sea_orm::sea_query::{Expr, OnConflict, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    Set, TransactionTrait,
};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, RwLock};

use crate::bank::{self, Answers, Bank, Flagged};
use crate::entities::{banks, daily, flags, help_requests, indicators, responses, sites};
use hiroba_core::consent;
use hiroba_core::crypto::{random_token, sha256_hex, FieldCipher};
use hiroba_core::db::Db;

pub use responses::Model as Response;
pub use sites::Model as Site;

/// Today in Japan. Responses keep only the day, never the time.
pub fn today() -> String {
    Utc::now().with_timezone(&FixedOffset::east_opt(9 * 3600).expect("offset")).format("%Y-%m-%d").to_string()
}

fn day_minus(days: i64) -> String {
    (Utc::now() - chrono::Duration::days(days))
        .with_timezone(&FixedOffset::east_opt(9 * 3600).expect("offset"))
        .format("%Y-%m-%d")
        .to_string()
}

/// How long the private link to a result works.
pub const RESULT_DAYS: i64 = 30;

static BANKS: LazyLock<RwLock<HashMap<String, Arc<Bank>>>> = LazyLock::new(Default::default);

/// Store every bundled bank version the database does not have yet (a migration-safe import:
/// a version, once stored, is never changed).
pub async fn install_bundled(db: &Db, dir: &include_dir::Dir<'_>) -> Result<Vec<String>, String> {
    let mut installed = Vec::new();
    let mut versions: Vec<_> = dir.dirs().collect();
    versions.sort_by_key(|d| d.path());
    for v in versions {
        let Some(structure) = v.get_file(v.path().join("bank.toml")).and_then(|f| f.contents_utf8()) else {
            continue;
        };
        let texts: Vec<(String, String)> = v
            .files()
            .filter_map(|f| {
                let name = f.path().file_stem()?.to_str()?.to_string();
                (name != "bank").then(|| (name, f.contents_utf8().unwrap_or_default().to_string()))
            })
            .collect();
        let b = Bank::from_parts(structure, &texts).map_err(|e| e.to_string())?;
        if banks::Entity::find_by_id(b.version.clone())
            .one(db.read())
            .await
            .map_err(|e| e.to_string())?
            .is_none()
        {
            publish(db, &b).await.map_err(|e| e.to_string())?;
            installed.push(b.version.clone());
        }
    }
    Ok(installed)
}

pub async fn publish(db: &Db, b: &Bank) -> Result<(), sea_orm::DbErr> {
    banks::ActiveModel {
        version: Set(b.version.clone()),
        content: Set(serde_json::to_string(b).expect("bank serialises")),
        published_at: Set(Utc::now()),
    }
    .insert(db.write())
    .await?;
    Ok(())
}

pub async fn bank(db: &Db, version: &str) -> Result<Option<Arc<Bank>>, sea_orm::DbErr> {
    if let Some(b) = BANKS.read().expect("bank cache").get(version) {
        return Ok(Some(b.clone()));
    }
    let Some(row) = banks::Entity::find_by_id(version.to_string()).one(db.read()).await? else {
        return Ok(None);
    };
    let b: Arc<Bank> =
        Arc::new(serde_json::from_str(&row.content).map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?);
    BANKS.write().expect("bank cache").insert(version.to_string(), b.clone());
    Ok(Some(b))
}

/// The bank new responses use: the most recently published.
pub async fn active_bank(db: &Db) -> Result<Option<Arc<Bank>>, sea_orm::DbErr> {
    let Some(row) = banks::Entity::find().order_by_desc(banks::Column::PublishedAt).one(db.read()).await?
    else {
        return Ok(None);
    };
    bank(db, &row.version).await
}

pub async fn versions(db: &Db) -> Result<Vec<banks::Model>, sea_orm::DbErr> {
    banks::Entity::find().order_by_desc(banks::Column::PublishedAt).all(db.read()).await
}

pub async fn site_by_code(db: &Db, code: &str) -> Result<Option<Site>, sea_orm::DbErr> {
    let code = normalize_code(code);
    if code.is_empty() || code.len() > 16 {
        return Ok(None);
    }
    sites::Entity::find().filter(sites::Column::Code.eq(code)).one(db.read()).await
}

/// Codes are typed on phones: ignore case, spaces and hyphens.
pub fn normalize_code(code: &str) -> String {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_uppercase()
}

pub async fn create_site(db: &Db, code: &str, company: &str, name: &str) -> Result<Site, sea_orm::DbErr> {
    sites::ActiveModel {
        code: Set(normalize_code(code)),
        company_name: Set(company.into()),
        name: Set(name.into()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db.write())
    .await
}

/// Which daily counter to add one to.
#[derive(Clone, Copy)]
pub enum Count {
    Visit,
    Start,
    Completion,
    HelpRequest,
}

pub async fn count(db: &Db, lang: &str, what: Count, n: i64) -> Result<(), sea_orm::DbErr> {
    let col = match what {
        Count::Visit => daily::Column::Visits,
        Count::Start => daily::Column::Starts,
        Count::Completion => daily::Column::Completions,
        Count::HelpRequest => daily::Column::HelpRequests,
    };
    let mut values = [0i64; 4];
    values[what as usize] = n;
    let stmt = Query::insert()
        .into_table(daily::Entity)
        .columns([
            daily::Column::Day,
            daily::Column::Lang,
            daily::Column::Visits,
            daily::Column::Starts,
            daily::Column::Completions,
            daily::Column::HelpRequests,
        ])
        .values_panic([
            today().into(),
            lang.into(),
            values[0].into(),
            values[1].into(),
            values[2].into(),
            values[3].into(),
        ])
        .on_conflict(
            OnConflict::columns([daily::Column::Day, daily::Column::Lang])
                .value(col, Expr::col((daily::Entity, col)).add(n))
                .to_owned(),
        )
        .to_owned();
    let conn = db.write();
    conn.execute(conn.get_database_backend().build(&stmt)).await?;
    Ok(())
}

pub async fn daily_counts(db: &Db, since: &str) -> Result<Vec<daily::Model>, sea_orm::DbErr> {
    daily::Entity::find()
        .filter(daily::Column::Day.gte(since))
        .order_by_desc(daily::Column::Day)
        .all(db.read())
        .await
}

/// Start a response; returns the private token (only its hash is stored).
pub async fn start(
    db: &Db,
    bank_version: &str,
    lang: &str,
    site: Option<&Site>,
    not_listed: bool,
) -> Result<String, sea_orm::DbErr> {
    let token = random_token();
    responses::ActiveModel {
        token_hash: Set(sha256_hex(&token)),
        bank_version: Set(bank_version.into()),
        lang: Set(lang.into()),
        site_id: Set(site.map(|s| s.id)),
        employer_not_listed: Set(not_listed && site.is_none()),
        day: Set(today()),
        answers: Set("{}".into()),
        step: Set(1),
        completed_day: Set(None),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    count(db, lang, Count::Start, 1).await?;
    Ok(token)
}

/// The response of a private token, while its link is valid (30 days after completion).
pub async fn find(db: &Db, token: &str) -> Result<Option<Response>, sea_orm::DbErr> {
    if token.len() < 20 || token.len() > 64 {
        return Ok(None);
    }
    let row = responses::Entity::find()
        .filter(responses::Column::TokenHash.eq(sha256_hex(token)))
        .one(db.read())
        .await?;
    Ok(row.filter(|r| r.completed_day.as_deref().is_none_or(|d| d >= day_minus(RESULT_DAYS).as_str())))
}

pub fn answers_of(r: &Response) -> Answers {
    serde_json::from_str(&r.answers).unwrap_or_default()
}

/// Save the answers of one section (the draft) and where the worker is.
pub async fn save_section(db: &Db, r: &Response, answers: &Answers, step: i32) -> Result<(), sea_orm::DbErr> {
    let mut all = answers_of(r);
    all.extend(answers.clone());
    let mut am: responses::ActiveModel = r.clone().into();
    am.answers = Set(serde_json::to_string(&all).expect("answers serialise"));
    am.step = Set(step);
    am.update(db.write()).await?;
    Ok(())
}

/// Finish a response: store its flags and indicators (for aggregates) and count it. Runs once.
pub async fn complete(db: &Db, r: &Response, b: &Bank) -> Result<Vec<Flagged>, sea_orm::DbErr> {
    let answers = answers_of(r);
    let flagged = bank::evaluate(b, &answers, &r.day, &crate::minimum_wage::on);
    if r.completed_day.is_some() {
        return Ok(flagged);
    }
    let day = today();
    let txn = db.write().begin().await?;
    let res = responses::Entity::update_many()
        .col_expr(responses::Column::CompletedDay, Expr::value(day.clone()))
        .filter(responses::Column::Id.eq(r.id))
        .filter(responses::Column::CompletedDay.is_null())
        .exec(&txn)
        .await?;
    if res.rows_affected == 1 {
        store_flags(&txn, r.id, r.site_id, &day, &flagged).await?;
    }
    txn.commit().await?;
    if res.rows_affected == 1 {
        count(db, &r.lang, Count::Completion, 1).await?;
    }
    Ok(flagged)
}

pub async fn store_flags<C: ConnectionTrait>(
    conn: &C,
    response_id: i64,
    site_id: Option<i64>,
    day: &str,
    flagged: &[Flagged],
) -> Result<(), sea_orm::DbErr> {
    let mut inds: Vec<&String> = flagged.iter().flat_map(|f| f.indicators.iter()).collect();
    inds.sort();
    inds.dedup();
    if !flagged.is_empty() {
        flags::Entity::insert_many(flagged.iter().map(|f| flags::ActiveModel {
            response_id: Set(response_id),
            question_id: Set(f.question.clone()),
            site_id: Set(site_id),
            day: Set(day.into()),
        }))
        .exec(conn)
        .await?;
    }
    if !inds.is_empty() {
        indicators::Entity::insert_many(inds.into_iter().map(|i| indicators::ActiveModel {
            response_id: Set(response_id),
            indicator: Set(i.clone()),
            site_id: Set(site_id),
            day: Set(day.into()),
        }))
        .exec(conn)
        .await?;
    }
    Ok(())
}

/// A help request: the contact is encrypted, kept apart from the answers, and the answers are
/// linked only if the worker allowed it (with a consent record).
pub struct HelpRequest<'a> {
    pub contact: &'a str,
    pub preferred_lang: &'a str,
    pub preferred_time: &'a str,
    pub share_answers: bool,
}

pub async fn request_help(
    db: &Db,
    cipher: &FieldCipher,
    r: &Response,
    req: HelpRequest<'_>,
) -> Result<i64, String> {
    let contact =
        cipher.encrypt("safety_help_requests.contact", req.contact).await.map_err(|e| e.to_string())?;
    let time = cipher
        .encrypt("safety_help_requests.preferred_time", req.preferred_time)
        .await
        .map_err(|e| e.to_string())?;
    let row = help_requests::ActiveModel {
        response_id: Set(req.share_answers.then_some(r.id)),
        contact: Set(contact),
        preferred_lang: Set(req.preferred_lang.into()),
        preferred_time: Set(time),
        share_answers: Set(req.share_answers),
        day: Set(today()),
        state: Set("new".into()),
        ..Default::default()
    }
    .insert(db.write())
    .await
    .map_err(|e| e.to_string())?;
    if req.share_answers {
        // The answers may hold special-care information (violence, health): record the consent.
        consent::grant(db, &format!("safety-intake:{}", row.id), consent::Purpose::Consultation)
            .await
            .map_err(|e| e.to_string())?;
    }
    count(db, &r.lang, Count::HelpRequest, 1).await.map_err(|e| e.to_string())?;
    Ok(row.id)
}

pub async fn help_requests_count(db: &Db) -> Result<u64, sea_orm::DbErr> {
    help_requests::Entity::find().count(db.read()).await
}

/// Drafts never finished are deleted after [`RESULT_DAYS`]; finished responses keep only what
/// aggregates need (their private link stops working, see [`find`]).
pub async fn purge_stale_drafts(db: &Db) -> Result<u64, sea_orm::DbErr> {
    Ok(responses::Entity::delete_many()
        .filter(responses::Column::CompletedDay.is_null())
        .filter(responses::Column::Day.lt(day_minus(RESULT_DAYS)))
        .exec(db.write())
        .await?
        .rows_affected)
}

/// Help requests Assist has not taken yet.
pub async fn new_help_requests(db: &Db) -> Result<Vec<help_requests::Model>, sea_orm::DbErr> {
    help_requests::Entity::find()
        .filter(help_requests::Column::State.eq("new"))
        .order_by_asc(help_requests::Column::Id)
        .all(db.read())
        .await
}

/// Mark a help request as taken by Assist; `false` when another process took it first.
pub async fn take_help_request(db: &Db, id: i64) -> Result<bool, sea_orm::DbErr> {
    let res = help_requests::Entity::update_many()
        .col_expr(help_requests::Column::State, Expr::value("taken"))
        .filter(help_requests::Column::Id.eq(id))
        .filter(help_requests::Column::State.eq("new"))
        .exec(db.write())
        .await?;
    Ok(res.rows_affected == 1)
}

pub const VISIT_PREFIX: &str = "safety-visit:";

/// Write the visits counted in memory since the last flush.
pub async fn flush_visits(db: &Db, hits: &hiroba_core::web::hits::HitCounter) -> Result<(), sea_orm::DbErr> {
    let items = hits.drain(VISIT_PREFIX);
    for (i, (key, n)) in items.iter().enumerate() {
        if let Err(e) = count(db, &key[VISIT_PREFIX.len()..], Count::Visit, *n as i64).await {
            hits.restore(items[i..].to_vec());
            return Err(e);
        }
    }
    Ok(())
}

/// The business site of a response (for Assist, when the worker shared their answers).
pub async fn response_site(db: &Db, response_id: i64) -> Result<Option<i64>, sea_orm::DbErr> {
    Ok(responses::Entity::find_by_id(response_id).one(db.read()).await?.and_then(|r| r.site_id))
}

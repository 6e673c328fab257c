//! The secretariat's editorial pages: translation dashboard, new article, settings, workflow,
//! translation editor (with the source beside it), preview in any language, revision history.
//! Every change is written to the audit log and empties the page cache.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use hiroba_core::audit;
use hiroba_core::web::ctx::SecretariatUser;
use hiroba_core::web::{parse_id, render, see_other, Ctx, ValidForm, WebError};
use serde::Deserialize;

use crate::articles::{
    self, Article, ArticleFields, PortalError, Revision, Translation, TranslationInput, TranslationState,
};
use crate::model::{self, Status};

async fn load(ctx: &Ctx, id: &str) -> Result<Article, WebError> {
    articles::find(&ctx.state.db, parse_id(id)?).await?.ok_or(WebError::NotFound)
}

fn languages(ctx: &Ctx) -> Vec<String> {
    ctx.state.config.languages.clone()
}

pub struct DashboardRow {
    pub article: Article,
    pub title: String,
    pub states: Vec<(String, TranslationState)>,
}

#[derive(Template)]
#[template(path = "portal/admin/dashboard.html")]
struct DashboardPage<'a> {
    ctx: &'a Ctx,
    languages: Vec<String>,
    rows: Vec<DashboardRow>,
    missing: usize,
    outdated: usize,
}

pub async fn dashboard(ctx: Ctx, _: SecretariatUser) -> Result<Response, WebError> {
    let langs = languages(&ctx);
    let mut rows = Vec::new();
    let (mut missing, mut outdated) = (0, 0);
    for (article, ts) in articles::all_with_translations(&ctx.state.db).await? {
        let states: Vec<(String, TranslationState)> =
            langs.iter().map(|l| (l.clone(), articles::state_of(&article, &ts, l))).collect();
        missing += states.iter().filter(|(_, s)| *s == TranslationState::Missing).count();
        outdated += states.iter().filter(|(_, s)| *s == TranslationState::Outdated).count();
        let title = articles::pick(&article, &ts, &ctx.lang)
            .map(|(t, _)| crate::markdown::strip_ruby(&t.title))
            .unwrap_or_else(|| article.slug.clone());
        rows.push(DashboardRow { article, title, states });
    }
    Ok(render(&DashboardPage { ctx: &ctx, languages: langs, rows, missing, outdated }))
}

#[derive(Deserialize, Default)]
pub struct SettingsForm {
    #[serde(default)]
    slug: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    topic: String,
    #[serde(default)]
    countries: String,
    #[serde(default)]
    author: String,
    #[serde(default)]
    source_lang: String,
    #[serde(default)]
    video_url: String,
}

impl SettingsForm {
    /// The article fields of this form, for `slug` (a new article's, or the existing one's).
    fn fields<'a>(&'a self, slug: &'a str, countries: &'a [String]) -> ArticleFields<'a> {
        ArticleFields {
            slug,
            kind: &self.kind,
            topic: &self.topic,
            countries,
            author: &self.author,
            source_lang: &self.source_lang,
            video_url: Some(self.video_url.trim()),
        }
    }

    fn countries(&self) -> Vec<String> {
        self.countries
            .split([',', ' '])
            .map(|c| c.trim().to_ascii_uppercase())
            .filter(|c| !c.is_empty())
            .collect()
    }
}

#[derive(Template)]
#[template(path = "portal/admin/new.html")]
struct NewPage<'a> {
    ctx: &'a Ctx,
    form: &'a SettingsForm,
    error: Option<&'static str>,
    topics: &'static [&'static str],
    kinds: &'static [&'static str],
    languages: Vec<String>,
}

pub async fn new_form(ctx: Ctx, _: SecretariatUser) -> Response {
    let form = SettingsForm {
        kind: "article".into(),
        author: "Hiroba".into(),
        source_lang: ctx.lang.clone(),
        ..Default::default()
    };
    render(&NewPage {
        ctx: &ctx,
        form: &form,
        error: None,
        topics: &model::TOPICS,
        kinds: &model::KINDS,
        languages: languages(&ctx),
    })
}

pub async fn new_submit(
    ctx: Ctx,
    SecretariatUser(me): SecretariatUser,
    ValidForm(f): ValidForm<SettingsForm>,
) -> Result<Response, WebError> {
    let countries = f.countries();
    let fields = f.fields(f.slug.trim(), &countries);
    match articles::create(&ctx.state.db, fields, &languages(&ctx)).await {
        Ok(a) => {
            audit::record(&ctx.state.db, &me.actor(), "portal.create", &format!("article:{}", a.id), "")
                .await?;
            Ok(see_other(&ctx.href(&format!("/admin/portal/{}/edit/{}", a.id, a.source_lang))))
        }
        Err(PortalError::Db(e)) => Err(e.into()),
        Err(e) => {
            let mut res = render(&NewPage {
                ctx: &ctx,
                form: &f,
                error: Some(e.key()),
                topics: &model::TOPICS,
                kinds: &model::KINDS,
                languages: languages(&ctx),
            });
            *res.status_mut() = StatusCode::BAD_REQUEST;
            Ok(res)
        }
    }
}

#[derive(Template)]
#[template(path = "portal/admin/article.html")]
struct ArticleAdminPage<'a> {
    ctx: &'a Ctx,
    article: &'a Article,
    states: Vec<(String, TranslationState)>,
    topics: &'static [&'static str],
    kinds: &'static [&'static str],
    languages: Vec<String>,
    statuses: [Status; 4],
    error: Option<&'static str>,
    /// (image id, the Markdown that places it).
    images: Vec<(String, String)>,
    media_error: Option<String>,
}

async fn article_admin(
    ctx: &Ctx,
    article: &Article,
    error: Option<&'static str>,
) -> Result<Response, WebError> {
    let ts = articles::translations(&ctx.state.db, article.id).await?;
    let langs = languages(ctx);
    let states = langs.iter().map(|l| (l.clone(), articles::state_of(article, &ts, l))).collect();
    let images = crate::media::images_of(&ctx.state.db, article.id)
        .await?
        .into_iter()
        .map(|id| {
            let snippet = format!("![…](media:{id})");
            (id, snippet)
        })
        .collect();
    // `?media_error=<key>` after a failed upload (only known keys are shown).
    let media_error = ctx
        .rest
        .split_once("media_error=")
        .map(|(_, k)| k.split(['&', '#']).next().unwrap_or("").to_string())
        .filter(|k| {
            [
                "portal-media-not-image",
                "portal-media-too-large",
                "portal-media-not-video",
                "portal-media-not-vtt",
            ]
            .contains(&k.as_str())
        });
    let mut res = render(&ArticleAdminPage {
        ctx,
        article,
        states,
        topics: &model::TOPICS,
        kinds: &model::KINDS,
        languages: langs,
        statuses: Status::ALL,
        error,
        images,
        media_error,
    });
    if error.is_some() {
        *res.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(res)
}

pub async fn show(
    ctx: Ctx,
    _: SecretariatUser,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let article = load(&ctx, &id).await?;
    article_admin(&ctx, &article, None).await
}

pub async fn settings(
    ctx: Ctx,
    SecretariatUser(me): SecretariatUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(f): ValidForm<SettingsForm>,
) -> Result<Response, WebError> {
    let article = load(&ctx, &id).await?;
    let countries = f.countries();
    let fields = f.fields(&article.slug, &countries);
    match articles::update_settings(&ctx.state.db, &article, fields, &languages(&ctx)).await {
        Ok(()) => changed(&ctx, &me, "portal.settings", &article).await,
        Err(PortalError::Db(e)) => Err(e.into()),
        Err(e) => article_admin(&ctx, &article, Some(e.key())).await,
    }
}

/// After a change: record it, empty the page cache (readers must see it), back to the article.
async fn changed(
    ctx: &Ctx,
    me: &hiroba_core::web::CurrentUser,
    action: &str,
    article: &Article,
) -> Result<Response, WebError> {
    audit::record(&ctx.state.db, &me.actor(), action, &format!("article:{}", article.id), "").await?;
    ctx.state.page_cache.clear();
    Ok(see_other(&ctx.href(&format!("/admin/portal/{}", article.id))))
}

#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    status: String,
}

pub async fn status(
    ctx: Ctx,
    SecretariatUser(me): SecretariatUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(f): ValidForm<StatusForm>,
) -> Result<Response, WebError> {
    let article = load(&ctx, &id).await?;
    let Some(status) = Status::parse(&f.status) else {
        return article_admin(&ctx, &article, Some("error-bad-form")).await;
    };
    match articles::set_status(&ctx.state.db, &article, status).await {
        Ok(()) => changed(&ctx, &me, &format!("portal.{}", status.as_str()), &article).await,
        Err(PortalError::Db(e)) => Err(e.into()),
        Err(e) => article_admin(&ctx, &article, Some(e.key())).await,
    }
}

#[derive(Template)]
#[template(path = "portal/admin/translation.html")]
struct TranslationPage<'a> {
    ctx: &'a Ctx,
    article: &'a Article,
    tlang: &'a str,
    source: Option<&'a Translation>,
    title: &'a str,
    summary: &'a str,
    body: &'a str,
    state: TranslationState,
    error: Option<&'static str>,
}

fn check_lang(ctx: &Ctx, tlang: &str) -> Result<(), WebError> {
    if ctx.state.i18n.language(tlang).is_some() {
        Ok(())
    } else {
        Err(WebError::NotFound)
    }
}

pub async fn translation_form(
    ctx: Ctx,
    _: SecretariatUser,
    Path((_, id, tlang)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    check_lang(&ctx, &tlang)?;
    let article = load(&ctx, &id).await?;
    let ts = articles::translations(&ctx.state.db, article.id).await?;
    let current = ts.iter().find(|t| t.lang == tlang);
    let source = ts.iter().find(|t| t.lang == article.source_lang && t.lang != tlang);
    let page = TranslationPage {
        ctx: &ctx,
        article: &article,
        tlang: &tlang,
        source,
        title: current.map(|t| t.title.as_str()).unwrap_or(""),
        summary: current.map(|t| t.summary.as_str()).unwrap_or(""),
        body: current.map(|t| t.body.as_str()).unwrap_or(""),
        state: articles::state_of(&article, &ts, &tlang),
        error: None,
    };
    Ok(render(&page))
}

#[derive(Deserialize)]
pub struct TranslationForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    note: String,
}

pub async fn translation_submit(
    ctx: Ctx,
    SecretariatUser(me): SecretariatUser,
    Path((_, id, tlang)): Path<(String, String, String)>,
    ValidForm(f): ValidForm<TranslationForm>,
) -> Result<Response, WebError> {
    check_lang(&ctx, &tlang)?;
    let article = load(&ctx, &id).await?;
    let input = TranslationInput { title: &f.title, summary: &f.summary, body: &f.body, note: &f.note };
    match articles::save_translation(
        &ctx.state.db,
        &article,
        &tlang,
        input,
        Some(me.user.id),
        &languages(&ctx),
    )
    .await
    {
        Ok(saved) => {
            audit::record(
                &ctx.state.db,
                &me.actor(),
                "portal.edit",
                &format!("article:{}:{}:v{}", article.id, tlang, saved.version),
                "",
            )
            .await?;
            ctx.state.page_cache.clear();
            Ok(see_other(&ctx.href(&format!("/admin/portal/{}", article.id))))
        }
        Err(PortalError::Db(e)) => Err(e.into()),
        Err(e) => {
            let ts = articles::translations(&ctx.state.db, article.id).await?;
            let source = ts.iter().find(|t| t.lang == article.source_lang && t.lang != tlang);
            let mut res = render(&TranslationPage {
                ctx: &ctx,
                article: &article,
                tlang: &tlang,
                source,
                title: &f.title,
                summary: &f.summary,
                body: &f.body,
                state: articles::state_of(&article, &ts, &tlang),
                error: Some(e.key()),
            });
            *res.status_mut() = StatusCode::BAD_REQUEST;
            Ok(res)
        }
    }
}

/// The article as a reader of `tlang` would see it, whatever its status.
pub async fn preview(
    ctx: Ctx,
    _: SecretariatUser,
    Path((_, id, tlang)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    check_lang(&ctx, &tlang)?;
    let article = load(&ctx, &id).await?;
    super::read::article_page(&ctx, &article, &tlang, true).await
}

#[derive(Template)]
#[template(path = "portal/admin/revisions.html")]
struct RevisionsPage<'a> {
    ctx: &'a Ctx,
    article: &'a Article,
    revisions: Vec<Revision>,
}

pub async fn revisions(
    ctx: Ctx,
    _: SecretariatUser,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let article = load(&ctx, &id).await?;
    let revisions = articles::revisions(&ctx.state.db, article.id).await?;
    Ok(render(&RevisionsPage { ctx: &ctx, article: &article, revisions }))
}

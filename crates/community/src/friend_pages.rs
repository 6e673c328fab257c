//! Friends pages: one's profile, finding people by area and language, contact requests and
//! conversations, blocking and reporting, and the secretariat's moderation queue.

use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Response;
use hiroba_core::web::{
    form_field, parse_id, render, render_form, see_other, Ctx, CurrentUser, ValidForm, WebError,
};
use serde::Deserialize;

use crate::areas;
use crate::friends::{self, Contact, FriendsError, Profile, ProfileForm, Report};

fn friends_error(e: FriendsError) -> WebError {
    match e {
        FriendsError::Db(e) => e.into(),
        FriendsError::NotFound => WebError::NotFound,
        e => WebError::Internal(e.to_string()),
    }
}

/// Helpers every Friends template uses.
pub trait Places {
    fn ctx(&self) -> &Ctx;
    fn prefecture(&self, code: &str) -> &'static str {
        areas::prefecture_name(code, &self.ctx().lang)
    }
    fn languages_of(&self, p: &Profile) -> String {
        p.languages.split(',').map(areas::language_name).collect::<Vec<_>>().join(", ")
    }
    fn prefectures(&self) -> Vec<(&'static str, &'static str)> {
        areas::PREFECTURES.iter().map(|(c, _, _)| (*c, self.prefecture(c))).collect()
    }
    fn all_languages(&self) -> &'static [(&'static str, &'static str)] {
        &areas::LANGUAGES
    }
}

#[derive(Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    prefecture: String,
    #[serde(default)]
    language: String,
}

#[derive(Template)]
#[template(path = "community/friends.html")]
struct FriendsPage<'a> {
    ctx: &'a Ctx,
    mine: Option<Profile>,
    found: Vec<Profile>,
    prefecture: String,
    language: String,
    requests: usize,
}

impl Places for FriendsPage<'_> {
    fn ctx(&self) -> &Ctx {
        self.ctx
    }
}

pub async fn home(ctx: Ctx, me: CurrentUser, Query(q): Query<SearchQuery>) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let mine = friends::profile(db, me.user.id).await?;
    let found = if mine.is_some() {
        friends::search(db, me.user.id, &q.prefecture, &q.language).await?
    } else {
        vec![]
    };
    let requests = friends::contacts(db, me.user.id)
        .await?
        .iter()
        .filter(|c| c.to_user == me.user.id && c.status == "requested")
        .count();
    Ok(render(&FriendsPage {
        ctx: &ctx,
        mine,
        found,
        prefecture: q.prefecture,
        language: q.language,
        requests,
    }))
}

#[derive(Template)]
#[template(path = "community/friend_profile.html")]
struct ProfilePage<'a> {
    ctx: &'a Ctx,
    form: ProfileForm,
    error: Option<&'static str>,
}

impl Places for ProfilePage<'_> {
    fn ctx(&self) -> &Ctx {
        self.ctx
    }
}

impl ProfilePage<'_> {
    fn speaks(&self, code: &str) -> bool {
        self.form.languages.iter().any(|l| l == code)
    }
}

pub async fn profile_form(ctx: Ctx, me: CurrentUser) -> Result<Response, WebError> {
    let form = match friends::profile(&ctx.state.db, me.user.id).await? {
        Some(p) => ProfileForm {
            nickname: p.nickname,
            kind: p.kind,
            prefecture: p.prefecture,
            city: p.city,
            languages: p.languages.split(',').map(str::to_string).collect(),
            offers: p.offers,
            needs: p.needs,
            visible: p.visible,
        },
        None => ProfileForm { kind: "resident".into(), visible: true, ..Default::default() },
    };
    Ok(render(&ProfilePage { ctx: &ctx, form, error: None }))
}

pub async fn save_profile(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let form = ProfileForm {
        nickname: form_field(&fields, "nickname").into(),
        kind: form_field(&fields, "kind").into(),
        prefecture: form_field(&fields, "prefecture").into(),
        city: form_field(&fields, "city").into(),
        languages: fields.iter().filter(|(k, _)| k == "languages").map(|(_, v)| v.clone()).collect(),
        offers: form_field(&fields, "offers").into(),
        needs: form_field(&fields, "needs").into(),
        visible: form_field(&fields, "visible") == "yes",
    };
    match friends::save_profile(&ctx.state.db, me.user.id, &form).await {
        Ok(_) => Ok(see_other(&ctx.href("/friends"))),
        Err(FriendsError::Db(e)) => Err(e.into()),
        Err(e) => Ok(render_form(&ProfilePage { ctx: &ctx, form, error: Some(e.key()) }, true)),
    }
}

#[derive(Template)]
#[template(path = "community/friend.html")]
struct PersonPage<'a> {
    ctx: &'a Ctx,
    person: Profile,
    contact: Option<Contact>,
    error: Option<&'static str>,
    notice: Option<&'static str>,
}

impl Places for PersonPage<'_> {
    fn ctx(&self) -> &Ctx {
        self.ctx
    }
}

async fn person_page(
    ctx: &Ctx,
    me: i64,
    other: i64,
    error: Option<&'static str>,
    notice: Option<&'static str>,
) -> Result<Response, WebError> {
    let person = friends::visible_profile(&ctx.state.db, me, other).await?.ok_or(WebError::NotFound)?;
    let contact = friends::contact_between(&ctx.state.db, me, other).await?;
    Ok(render_form(&PersonPage { ctx, person, contact, error, notice }, error.is_some()))
}

pub async fn person(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let me_has_profile = friends::profile(&ctx.state.db, me.user.id).await?.is_some();
    if !me_has_profile {
        return Ok(see_other(&ctx.href("/friends/profile")));
    }
    person_page(&ctx, me.user.id, parse_id(&id)?, None, None).await
}

/// Tell `to` by mail, in their language, that something happened on Friends; the mail names only
/// the other person's nickname and a link, never what they wrote.
async fn notify(ctx: &Ctx, to: i64, kind: &str, from: i64, path: &str) -> Result<(), WebError> {
    let db = &ctx.state.db;
    let (Some(user), Some(profile)) =
        (hiroba_core::auth::users::find(db, to).await?, friends::profile(db, from).await?)
    else {
        return Ok(());
    };
    let lang = user.preferred_lang.clone();
    let link = format!("{}/{lang}{path}", ctx.state.config.public_url.trim_end_matches('/'));
    let pairs = [("nickname", profile.nickname.as_str()), ("link", link.as_str())];
    hiroba_core::mail::enqueue_message(
        &ctx.state,
        &lang,
        &user.email,
        &format!("friends-mail-{kind}"),
        &pairs,
    )
    .await?;
    Ok(())
}

pub async fn ask(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(_): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let other = parse_id(&id)?;
    match friends::ask(&ctx.state.db, me.user.id, other).await {
        Ok(_) => {
            notify(&ctx, other, "asked", me.user.id, &format!("/friends/{}", me.user.id)).await?;
            person_page(&ctx, me.user.id, other, None, Some("friends-asked")).await
        }
        Err(FriendsError::NotFound) => Err(WebError::NotFound),
        Err(FriendsError::Db(e)) => Err(e.into()),
        Err(e) => person_page(&ctx, me.user.id, other, Some(e.key()), None).await,
    }
}

pub async fn block(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(_): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    friends::block(&ctx.state.db, me.user.id, parse_id(&id)?).await?;
    Ok(see_other(&ctx.href("/friends?blocked=1")))
}

pub async fn report(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let other = parse_id(&id)?;
    let message = form_field(&fields, "message").parse::<i64>().ok();
    match friends::report(&ctx.state.db, me.user.id, other, message, form_field(&fields, "reason")).await {
        Ok(_) => {
            if friends::visible_profile(&ctx.state.db, me.user.id, other).await?.is_some() {
                person_page(&ctx, me.user.id, other, None, Some("friends-reported")).await
            } else {
                Ok(see_other(&ctx.href("/friends")))
            }
        }
        Err(FriendsError::NotFound) => Err(WebError::NotFound),
        Err(FriendsError::Db(e)) => Err(e.into()),
        Err(e) => person_page(&ctx, me.user.id, other, Some(e.key()), None).await,
    }
}

/// One contact in the list: the other person's nickname and who asked.
pub struct ContactRow {
    pub contact: Contact,
    pub other: i64,
    pub nickname: String,
    pub incoming: bool,
}

#[derive(Template)]
#[template(path = "community/friend_contacts.html")]
struct ContactsPage<'a> {
    ctx: &'a Ctx,
    rows: Vec<ContactRow>,
}

pub async fn contacts(ctx: Ctx, me: CurrentUser) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let mut rows = Vec::new();
    for c in friends::contacts(db, me.user.id).await? {
        let (other, incoming) =
            if c.from_user == me.user.id { (c.to_user, false) } else { (c.from_user, true) };
        // Blocked either way or hidden: the contact disappears from the list.
        let Some(p) = friends::visible_profile(db, me.user.id, other).await? else { continue };
        rows.push(ContactRow { contact: c, other, nickname: p.nickname, incoming });
    }
    Ok(render(&ContactsPage { ctx: &ctx, rows }))
}

pub async fn answer(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let accept = form_field(&fields, "answer") == "accept";
    let id = parse_id(&id)?;
    friends::answer(&ctx.state.db, me.user.id, id, accept).await.map_err(friends_error)?;
    // Only an acceptance is told: a person who declines is not named to the one who asked.
    if accept {
        if let Some((_, asker)) = friends::conversation(&ctx.state.db, me.user.id, id).await? {
            notify(&ctx, asker, "accepted", me.user.id, &format!("/friends/contacts/{id}")).await?;
        }
    }
    Ok(see_other(&ctx.href("/friends/contacts")))
}

#[derive(Template)]
#[template(path = "community/friend_conversation.html")]
struct ConversationPage<'a> {
    ctx: &'a Ctx,
    contact_id: i64,
    me: i64,
    other: Profile,
    messages: Vec<friends::Message>,
    error: Option<&'static str>,
}

async fn conversation_page(
    ctx: &Ctx,
    me: i64,
    contact_id: i64,
    error: Option<&'static str>,
) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let (_, other) = friends::conversation(db, me, contact_id).await?.ok_or(WebError::NotFound)?;
    let other = friends::profile(db, other).await?.ok_or(WebError::NotFound)?;
    let messages = friends::messages(db, &ctx.state.cipher, contact_id).await.map_err(friends_error)?;
    Ok(render_form(&ConversationPage { ctx, contact_id, me, other, messages, error }, error.is_some()))
}

pub async fn conversation(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    conversation_page(&ctx, me.user.id, parse_id(&id)?, None).await
}

pub async fn send(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    match friends::send(&ctx.state.db, &ctx.state.cipher, me.user.id, id, form_field(&fields, "body")).await {
        Ok(()) => {
            if let Some((_, other)) = friends::conversation(&ctx.state.db, me.user.id, id).await? {
                notify(&ctx, other, "message", me.user.id, &format!("/friends/contacts/{id}")).await?;
            }
            Ok(see_other(&ctx.href(&format!("/friends/contacts/{id}"))))
        }
        Err(FriendsError::NotFound) => Err(WebError::NotFound),
        Err(FriendsError::Db(e)) => Err(e.into()),
        Err(FriendsError::Crypto(e)) => Err(WebError::Internal(e.to_string())),
        Err(e) => conversation_page(&ctx, me.user.id, id, Some(e.key())).await,
    }
}

/// A report with what the moderator needs to decide.
pub struct QueueItem {
    pub report: Report,
    pub profile: Option<Profile>,
    pub message: Option<String>,
}

#[derive(Template)]
#[template(path = "community/friends_admin.html")]
struct ModerationPage<'a> {
    ctx: &'a Ctx,
    items: Vec<QueueItem>,
}

impl Places for ModerationPage<'_> {
    fn ctx(&self) -> &Ctx {
        self.ctx
    }
}

pub async fn moderation(ctx: Ctx, _me: CurrentUser) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let mut items = Vec::new();
    for report in friends::open_reports(db).await? {
        let profile = friends::profile(db, report.reported_user).await?;
        let message =
            friends::reported_message(db, &ctx.state.cipher, &report).await.map_err(friends_error)?;
        items.push(QueueItem { report, profile, message });
    }
    Ok(render(&ModerationPage { ctx: &ctx, items }))
}

pub async fn moderate(
    ctx: Ctx,
    me: CurrentUser,
    Path((_, id)): Path<(String, String)>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    let hide = form_field(&fields, "action") == "hide";
    friends::handle(&ctx.state.db, id, hide, me.user.id).await.map_err(friends_error)?;
    hiroba_core::audit::record(
        &ctx.state.db,
        &me.actor(),
        if hide { "friends.hide" } else { "friends.dismiss" },
        &format!("friend_report:{id}"),
        "",
    )
    .await?;
    Ok(see_other(&ctx.href("/admin/friends")))
}

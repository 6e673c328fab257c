//! The supporters program: a supporter shares a personal link to the portal and sees how many
//! visits and registrations came through it (counts only, see [`hiroba_core::referrals`]); the
//! secretariat sees the counts of every supporter, holds supporters' meetings as events and
//! records good practice awards.

use askama::Template;
use axum::extract::Path;
use axum::http::header;
use axum::response::Response;
use chrono::{Datelike, Utc};
use hiroba_core::auth::{users, Role};
use hiroba_core::referrals;
use hiroba_core::web::{form_field, render, render_form, see_other, Ctx, CurrentUser, ValidForm, WebError};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::entities::supporter_awards;

pub use supporter_awards::Model as Award;

/// `/s/<code>`: count the visit, remember the code for a registration, and go to the home page.
/// A browser that already came through this link (it carries the code) is not counted again.
pub async fn referral(
    ctx: Ctx,
    headers: axum::http::HeaderMap,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let code = code.to_ascii_uppercase();
    let mut res = see_other(&ctx.href("/"));
    if referrals::is_code(&ctx.state.db, &code).await? {
        let returning = hiroba_core::web::cookies::get(&headers, referrals::COOKIE) == Some(code.as_str());
        if !returning {
            referrals::count(&ctx.state.db, &code, referrals::Count::Visit).await?;
        }
        let cookie = hiroba_core::web::cookies::set(
            referrals::COOKIE,
            &code,
            Some(referrals::COOKIE_DAYS * 86_400),
            true,
            ctx.state.config.public_url.starts_with("https://"),
        );
        res.headers_mut().append(header::SET_COOKIE, cookie);
    }
    Ok(res)
}

pub async fn awards_of(db: &hiroba_core::db::Db, user_id: i64) -> Result<Vec<Award>, sea_orm::DbErr> {
    supporter_awards::Entity::find()
        .filter(supporter_awards::Column::UserId.eq(user_id))
        .order_by_desc(supporter_awards::Column::Year)
        .all(db.read())
        .await
}

#[derive(Template)]
#[template(path = "members/supporter.html")]
struct SupporterPage<'a> {
    ctx: &'a Ctx,
    link: String,
    qr: hiroba_core::i18n::Markup,
    visits: i64,
    registrations: i64,
    awards: Vec<Award>,
}

/// The supporter's own page: the link (and its QR code to show on a phone), the counts, awards.
pub async fn mine(ctx: Ctx, me: CurrentUser) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let code = referrals::code_for(db, me.user.id).await?;
    let link = format!("{}/s/{code}", ctx.state.config.public_url.trim_end_matches('/'));
    let qr = hiroba_core::auth::totp::qr_svg(&link).ok_or_else(|| WebError::Internal("QR code".into()))?;
    let (visits, registrations) = referrals::totals(db, &code).await?;
    let awards = awards_of(db, me.user.id).await?;
    Ok(render(&SupporterPage {
        ctx: &ctx,
        link,
        qr: hiroba_core::i18n::Markup(qr),
        visits,
        registrations,
        awards,
    }))
}

/// One supporter on the secretariat's page.
pub struct SupporterRow {
    pub user_id: i64,
    pub name: String,
    pub visits: i64,
    pub registrations: i64,
    pub awards: Vec<Award>,
}

#[derive(Template)]
#[template(path = "members/supporters_admin.html")]
struct AdminPage<'a> {
    ctx: &'a Ctx,
    rows: Vec<SupporterRow>,
    year: i32,
    error: Option<&'static str>,
}

async fn admin_page(ctx: &Ctx, error: Option<&'static str>) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let mut rows = Vec::new();
    for (user_id, code) in referrals::codes(db).await? {
        let Some(user) = users::find(db, user_id).await? else { continue };
        let (visits, registrations) = referrals::totals(db, &code).await?;
        rows.push(SupporterRow {
            user_id,
            name: user.display_name,
            visits,
            registrations,
            awards: awards_of(db, user_id).await?,
        });
    }
    // Supporters who have not opened their page yet have no code; list them too.
    for user in users::with_role(db, Role::Supporter).await? {
        if !rows.iter().any(|r| r.user_id == user.id) {
            rows.push(SupporterRow {
                user_id: user.id,
                name: user.display_name,
                visits: 0,
                registrations: 0,
                awards: awards_of(db, user.id).await?,
            });
        }
    }
    rows.sort_by(|a, b| {
        b.registrations.cmp(&a.registrations).then(b.visits.cmp(&a.visits)).then(a.name.cmp(&b.name))
    });
    Ok(render_form(&AdminPage { ctx, rows, year: Utc::now().year(), error }, error.is_some()))
}

pub async fn admin(ctx: Ctx, _me: CurrentUser) -> Result<Response, WebError> {
    admin_page(&ctx, None).await
}

/// Record a good practice award for a supporter.
pub async fn award(
    ctx: Ctx,
    me: CurrentUser,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let title = form_field(&fields, "title").trim().to_string();
    let year = form_field(&fields, "year")
        .parse::<i32>()
        .ok()
        .filter(|y| (2000..=Utc::now().year() + 1).contains(y));
    let user = match form_field(&fields, "user").parse::<i64>() {
        Ok(id) => users::find(db, id).await?,
        Err(_) => None,
    };
    let (Some(user), Some(year)) = (user, year) else {
        return admin_page(&ctx, Some("supporters-error-award")).await;
    };
    if title.is_empty() || title.chars().count() > 300 {
        return admin_page(&ctx, Some("supporters-error-award")).await;
    }
    supporter_awards::ActiveModel {
        user_id: Set(user.id),
        title: Set(title),
        year: Set(year),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    hiroba_core::audit::record(db, &me.actor(), "supporters.award", &format!("user:{}", user.id), "").await?;
    Ok(see_other(&ctx.href("/admin/supporters")))
}

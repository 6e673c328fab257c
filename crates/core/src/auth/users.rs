//! User accounts: creation, lookup, roles, confirmation and credentials.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait};

use super::password::{self, PasswordProblem};
use super::Role;
use crate::db::entities::{user_roles, users};
use crate::db::Db;

pub use users::Model as User;

#[derive(Debug, thiserror::Error)]
pub enum UserError {
    #[error("email-invalid")]
    InvalidEmail,
    #[error("email-taken")]
    EmailTaken,
    #[error("display-name-invalid")]
    InvalidDisplayName,
    #[error("{0}")]
    Password(#[from] PasswordProblem),
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
}

/// Lower-cased, trimmed, and a syntactically valid address.
pub fn normalize_email(raw: &str) -> Result<String, UserError> {
    let email = raw.trim().to_lowercase();
    if email.len() > 254 || email.parse::<lettre::Address>().is_err() {
        return Err(UserError::InvalidEmail);
    }
    Ok(email)
}

pub fn check_display_name(raw: &str) -> Result<String, UserError> {
    let name = raw.trim();
    let n = name.chars().count();
    if n == 0 || n > 100 || name.chars().any(|c| c.is_control()) {
        return Err(UserError::InvalidDisplayName);
    }
    Ok(name.to_string())
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password: &'a str,
    pub lang: &'a str,
    pub roles: &'a [Role],
    /// Accounts made by the secretariat from the terminal are confirmed already.
    pub confirmed: bool,
}

pub async fn create(db: &Db, new: NewUser<'_>) -> Result<User, UserError> {
    let email = normalize_email(new.email)?;
    let display_name = check_display_name(new.display_name)?;
    password::check_new_password(new.password, &email)?;
    if find_by_email(db, &email).await?.is_some() {
        return Err(UserError::EmailTaken);
    }
    let hash = password::hash_async(new.password.to_string()).await;
    let now = Utc::now();
    let txn = db.write().begin().await?;
    let user = users::ActiveModel {
        email: Set(email),
        display_name: Set(display_name),
        password_hash: Set(hash),
        preferred_lang: Set(new.lang.to_string()),
        email_confirmed_at: Set(new.confirmed.then_some(now)),
        totp_secret: Set(None),
        totp_enabled_at: Set(None),
        residence_status: Set(None),
        disabled_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| match e.sql_err() {
        // Two registrations racing for one address: the unique index decides.
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => UserError::EmailTaken,
        _ => UserError::Db(e),
    })?;
    for role in new.roles {
        user_roles::ActiveModel {
            user_id: Set(user.id),
            role: Set(role.as_str().into()),
            granted_at: Set(now),
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(user)
}

pub async fn find(db: &Db, id: i64) -> Result<Option<User>, sea_orm::DbErr> {
    users::Entity::find_by_id(id).one(db.read()).await
}

pub async fn find_by_email(db: &Db, email: &str) -> Result<Option<User>, sea_orm::DbErr> {
    users::Entity::find().filter(users::Column::Email.eq(email.trim().to_lowercase())).one(db.read()).await
}

pub async fn roles(db: &Db, user_id: i64) -> Result<Vec<Role>, sea_orm::DbErr> {
    let rows =
        user_roles::Entity::find().filter(user_roles::Column::UserId.eq(user_id)).all(db.read()).await?;
    let mut roles: Vec<Role> = rows.iter().filter_map(|r| r.role.parse().ok()).collect();
    roles.sort();
    Ok(roles)
}

/// Every account holding `role`, by name.
pub async fn with_role(db: &Db, role: Role) -> Result<Vec<User>, sea_orm::DbErr> {
    let ids: Vec<i64> = user_roles::Entity::find()
        .filter(user_roles::Column::Role.eq(role.as_str()))
        .all(db.read())
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    users::Entity::find()
        .filter(users::Column::Id.is_in(ids))
        .order_by_asc(users::Column::DisplayName)
        .all(db.read())
        .await
}

pub async fn grant_role(db: &Db, user_id: i64, role: Role) -> Result<(), sea_orm::DbErr> {
    let exists = user_roles::Entity::find_by_id((user_id, role.as_str().to_string())).one(db.write()).await?;
    if exists.is_none() {
        user_roles::ActiveModel {
            user_id: Set(user_id),
            role: Set(role.as_str().into()),
            granted_at: Set(Utc::now()),
        }
        .insert(db.write())
        .await?;
    }
    Ok(())
}

pub async fn confirm_email(db: &Db, user_id: i64) -> Result<(), sea_orm::DbErr> {
    users::Entity::update_many()
        .col_expr(users::Column::EmailConfirmedAt, sea_orm::sea_query::Expr::value(Utc::now()))
        .filter(users::Column::Id.eq(user_id))
        .filter(users::Column::EmailConfirmedAt.is_null())
        .exec(db.write())
        .await?;
    Ok(())
}

pub async fn set_password(db: &Db, user: &User, new_password: &str) -> Result<(), UserError> {
    password::check_new_password(new_password, &user.email)?;
    let hash = password::hash_async(new_password.to_string()).await;
    let mut am: users::ActiveModel = user.clone().into();
    am.password_hash = Set(hash);
    am.update(db.write()).await?;
    Ok(())
}

/// Store an (already encrypted) TOTP secret and mark two-factor as enabled.
pub async fn enable_totp(db: &Db, user: &User, encrypted_secret: String) -> Result<(), sea_orm::DbErr> {
    let mut am: users::ActiveModel = user.clone().into();
    am.totp_secret = Set(Some(encrypted_secret));
    am.totp_enabled_at = Set(Some(Utc::now()));
    am.update(db.write()).await?;
    Ok(())
}

pub async fn set_preferred_lang(db: &Db, user: &User, lang: &str) -> Result<(), sea_orm::DbErr> {
    let mut am: users::ActiveModel = user.clone().into();
    am.preferred_lang = Set(lang.to_string());
    am.update(db.write()).await?;
    Ok(())
}

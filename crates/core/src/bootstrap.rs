//! Assembling an [`AppState`] from settings: database (migrated), keys, catalogue, mailer.

use include_dir::Dir;

use crate::config::Config;
use crate::crypto::{CryptoError, FieldCipher};
use crate::db::{Db, DbOpenError};
use crate::i18n::{Catalog, I18nError};
use crate::jobs::{JobResult, Registry};
use crate::mail::{self, MailError, Mailer, OutgoingMail};
use crate::metrics::Metrics;
use crate::state::Inner;
use crate::web::assets::Assets;
use crate::AppState;

#[derive(Debug, thiserror::Error)]
pub enum BootError {
    #[error(transparent)]
    Open(#[from] DbOpenError),
    #[error("migrations: {0}")]
    Migrate(sea_orm::DbErr),
    #[error(transparent)]
    Keys(#[from] CryptoError),
    #[error("catalogue: {0}")]
    I18n(#[from] I18nError),
    #[error(transparent)]
    Mail(#[from] MailError),
}

/// Connect to `config.database_url` and apply migrations.
pub async fn open_database(config: &Config) -> Result<Db, BootError> {
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await.map_err(BootError::Migrate)?;
    Ok(db)
}

/// Build the state on an open, migrated database. `sources` are the modules' `locales` folders.
pub async fn build_state(
    config: Config,
    db: Db,
    sources: &[&'static Dir<'static>],
) -> Result<AppState, BootError> {
    let mut all: Vec<&Dir<'static>> = vec![&crate::LOCALES];
    all.extend_from_slice(sources);
    let i18n = Catalog::load(&config.languages, &all)?;
    let cipher = FieldCipher::open(db.clone(), &config.secret_key_file).await?;
    let hmac_key = cipher.hmac_key();
    let mailer = Mailer::from_config(config.smtp_url.as_deref(), config.mail_dir())?;
    let sender_address = config.mail_from.rsplit('<').next().unwrap_or_default().trim_end_matches('>').trim();
    let vapid = crate::push::Vapid::derive(&hmac_key, format!("mailto:{sender_address}"));
    let push = crate::push::Pusher::new(vapid, config.push_hosts.clone());
    Ok(AppState::new(Inner {
        config,
        db,
        i18n,
        cipher,
        mailer,
        metrics: Metrics::default(),
        assets: Assets::new(),
        page_cache: Default::default(),
        hits: Default::default(),
        events: Default::default(),
        admin_sections: Default::default(),
        hmac_key,
        push,
    }))
}

async fn send_mail(state: AppState, payload: serde_json::Value) -> JobResult {
    let mail: OutgoingMail = serde_json::from_value(payload).map_err(|e| format!("bad payload: {e}"))?;
    state.mailer.send(&state.config.mail_from, &mail).await.map_err(|e| e.to_string())
}

/// The job kinds the foundation itself runs.
pub fn register_jobs(registry: &mut Registry<AppState>) {
    registry.register(mail::JOB_KIND, send_mail);
    registry.register(crate::push::JOB_KIND, crate::push::send_job);
}

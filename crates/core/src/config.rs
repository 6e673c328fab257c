//! Typed configuration: defaults < file < environment, validated once at start.
//!
//! Every error names the setting (the environment variable, or the file key) so an operator can fix
//! it without reading code.

use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// The nine launch languages. A tenth is a catalogue folder plus one entry in `languages`.
pub const DEFAULT_LANGUAGES: [&str; 9] = ["ja", "en", "zh-Hans", "es", "pt-BR", "id", "tl", "my", "vi"];

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    pub secret_key_file: PathBuf,
    /// The address people use to reach the platform (links in mails). `https://` turns on
    /// `Secure` and `__Host-` cookies.
    pub public_url: String,
    pub languages: Vec<String>,
    /// `smtp://user:pass@host:port` or `smtps://…`; unset means mails are written to `data/mail/`.
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub log_json: bool,
    pub session_idle_minutes: i64,
    pub session_absolute_hours: i64,
    pub request_timeout_secs: u64,
    pub body_limit_bytes: usize,
    /// Trust `X-Forwarded-For` / `X-Forwarded-Proto` from a reverse proxy.
    pub trust_proxy: bool,
    pub load_demo_data: bool,
    pub run_jobs: bool,
    /// The consultation service's telephone number shown to workers (unset: not shown).
    pub assist_phone: Option<String>,
    /// Years after closing when a consultation case's personal content is erased (counts stay).
    pub assist_retention_years: i64,
    /// Target time per consultation stage, in hours (`new=16,open=40,waiting-referral=80`): the
    /// inbox marks cases past it, so the procedure stays predictable for the worker.
    pub assist_target_hours: std::collections::BTreeMap<String, i64>,
    /// Hosts of the push services web push notifications may be sent to (a host or any of its
    /// subdomains), comma-separated in `HIROBA_PUSH_HOSTS`. See [`crate::push`].
    pub push_hosts: Vec<String>,
    /// The company program's smallest reportable group (at least 10; it can only be raised).
    pub disclosure_threshold: usize,
    /// A Chromium binary for printing flyers to PDF on the server (`HIROBA_CHROMIUM`); unset, the
    /// flyer is printed or saved as PDF from the reader's browser.
    pub chromium: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("setting {setting}: {reason}")]
    Invalid { setting: &'static str, reason: String },
    #[error("config file {path}: {reason}")]
    File { path: String, reason: String },
}

/// The optional TOML file (`hiroba.toml`, or `--config`/`HIROBA_CONFIG`). Same names as the
/// environment variables without the `HIROBA_` prefix, in lower case.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    database_url: Option<String>,
    listen: Option<String>,
    data_dir: Option<String>,
    secret_key_file: Option<String>,
    public_url: Option<String>,
    languages: Option<Vec<String>>,
    smtp_url: Option<String>,
    mail_from: Option<String>,
    log_json: Option<bool>,
    session_idle_minutes: Option<i64>,
    session_absolute_hours: Option<i64>,
    request_timeout_secs: Option<u64>,
    body_limit_bytes: Option<usize>,
    trust_proxy: Option<bool>,
    load_demo_data: Option<bool>,
    run_jobs: Option<bool>,
    assist_phone: Option<String>,
    assist_retention_years: Option<i64>,
    assist_target_hours: Option<String>,
    push_hosts: Option<Vec<String>>,
    disclosure_threshold: Option<usize>,
    chromium: Option<String>,
}

impl Config {
    /// Load from an optional file and the process environment.
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
        Self::load_from(file, |k| std::env::var(k).ok())
    }

    /// Load with an explicit environment (tests pass a closure instead of touching the process).
    pub fn load_from(file: Option<&Path>, env: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let file_path = file
            .map(Path::to_path_buf)
            .or_else(|| env("HIROBA_CONFIG").map(PathBuf::from))
            .or_else(|| Some(PathBuf::from("hiroba.toml")).filter(|p| p.exists()));
        let f: FileConfig = match &file_path {
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(|e| ConfigError::File {
                    path: p.display().to_string(),
                    reason: e.to_string(),
                })?;
                toml::from_str(&text)
                    .map_err(|e| ConfigError::File { path: p.display().to_string(), reason: e.to_string() })?
            }
            None => FileConfig::default(),
        };

        let data_dir = PathBuf::from(pick(env("HIROBA_DATA_DIR"), f.data_dir, "data"));
        let database_url =
            pick(env("DATABASE_URL"), f.database_url, &format!("sqlite://{}/hiroba.db", data_dir.display()));
        let listen_raw = pick(env("HIROBA_LISTEN"), f.listen, "127.0.0.1:8080");
        let listen = listen_raw.parse().map_err(|_| ConfigError::Invalid {
            setting: "HIROBA_LISTEN",
            reason: format!("{listen_raw:?} is not an address like 127.0.0.1:8080"),
        })?;
        let secret_key_file = PathBuf::from(pick(
            env("HIROBA_SECRET_KEY_FILE"),
            f.secret_key_file,
            &format!("{}/secret-keys.toml", data_dir.display()),
        ));
        let public_url = pick(env("HIROBA_PUBLIC_URL"), f.public_url, &format!("http://{listen_raw}"))
            .trim_end_matches('/')
            .to_string();
        let languages = match env("HIROBA_LANGUAGES") {
            Some(s) => s.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            None => f.languages.unwrap_or_else(|| DEFAULT_LANGUAGES.iter().map(|s| s.to_string()).collect()),
        };
        let cfg = Config {
            database_url,
            listen,
            data_dir,
            secret_key_file,
            public_url,
            languages,
            smtp_url: env("HIROBA_SMTP_URL").or(f.smtp_url),
            mail_from: pick(env("HIROBA_MAIL_FROM"), f.mail_from, "Hiroba <no-reply@hiroba.invalid>"),
            log_json: parse_env(&env, "HIROBA_LOG_JSON", f.log_json, false)?,
            session_idle_minutes: parse_env(
                &env,
                "HIROBA_SESSION_IDLE_MINUTES",
                f.session_idle_minutes,
                120,
            )?,
            session_absolute_hours: parse_env(
                &env,
                "HIROBA_SESSION_ABSOLUTE_HOURS",
                f.session_absolute_hours,
                24,
            )?,
            request_timeout_secs: parse_env(&env, "HIROBA_REQUEST_TIMEOUT_SECS", f.request_timeout_secs, 30)?,
            body_limit_bytes: parse_env(
                &env,
                "HIROBA_BODY_LIMIT_BYTES",
                f.body_limit_bytes,
                2 * 1024 * 1024,
            )?,
            trust_proxy: parse_env(&env, "HIROBA_TRUST_PROXY", f.trust_proxy, false)?,
            load_demo_data: parse_env(&env, "HIROBA_DEMO_DATA", f.load_demo_data, true)?,
            run_jobs: parse_env(&env, "HIROBA_RUN_JOBS", f.run_jobs, true)?,
            assist_phone: env("HIROBA_ASSIST_PHONE").or(f.assist_phone).filter(|p| !p.trim().is_empty()),
            assist_retention_years: parse_env(
                &env,
                "HIROBA_ASSIST_RETENTION_YEARS",
                f.assist_retention_years,
                5,
            )?,
            assist_target_hours: parse_targets(
                &env("HIROBA_ASSIST_TARGET_HOURS")
                    .or(f.assist_target_hours)
                    .unwrap_or_else(|| "new=16,open=40,waiting-referral=80".into()),
            )?,
            chromium: env("HIROBA_CHROMIUM")
                .or(f.chromium)
                .filter(|c| !c.trim().is_empty())
                .map(PathBuf::from),
            disclosure_threshold: parse_env(&env, "HIROBA_DISCLOSURE_THRESHOLD", f.disclosure_threshold, 10)?,
            push_hosts: match env("HIROBA_PUSH_HOSTS") {
                Some(s) => {
                    s.split(',').map(|h| h.trim().to_ascii_lowercase()).filter(|h| !h.is_empty()).collect()
                }
                None => f
                    .push_hosts
                    .unwrap_or_else(|| crate::push::DEFAULT_HOSTS.iter().map(|h| h.to_string()).collect()),
            },
        };
        cfg.validate()?;
        Ok(cfg)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let invalid = |setting, reason: &str| Err(ConfigError::Invalid { setting, reason: reason.into() });
        if !(self.database_url.starts_with("sqlite:")
            || self.database_url.starts_with("postgres://")
            || self.database_url.starts_with("postgresql://"))
        {
            return invalid("DATABASE_URL", "must start with sqlite: or postgres://");
        }
        if !(self.public_url.starts_with("http://") || self.public_url.starts_with("https://")) {
            return invalid("HIROBA_PUBLIC_URL", "must start with http:// or https://");
        }
        if self.disclosure_threshold < 10 {
            return invalid("HIROBA_DISCLOSURE_THRESHOLD", "must be at least 10: it can only be raised");
        }
        if self.languages.is_empty() {
            return invalid("HIROBA_LANGUAGES", "at least one language is needed");
        }
        if !self.languages.iter().any(|l| l == "en") {
            return invalid("HIROBA_LANGUAGES", "must include en, the fallback language");
        }
        if !(5..=24 * 60).contains(&self.session_idle_minutes) {
            return invalid("HIROBA_SESSION_IDLE_MINUTES", "must be between 5 and 1440");
        }
        if !(1..=24 * 30).contains(&self.session_absolute_hours) {
            return invalid("HIROBA_SESSION_ABSOLUTE_HOURS", "must be between 1 and 720");
        }
        if !(1..=600).contains(&self.request_timeout_secs) {
            return invalid("HIROBA_REQUEST_TIMEOUT_SECS", "must be between 1 and 600");
        }
        if self.body_limit_bytes < 16 * 1024 {
            return invalid("HIROBA_BODY_LIMIT_BYTES", "must be at least 16384");
        }
        if !(1..=50).contains(&self.assist_retention_years) {
            return invalid("HIROBA_ASSIST_RETENTION_YEARS", "must be between 1 and 50");
        }
        if let Some(phone) = &self.assist_phone {
            if phone.len() > 30
                || !phone.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | ' ' | '(' | ')'))
            {
                return invalid("HIROBA_ASSIST_PHONE", "must be a telephone number such as 0120-000-000");
            }
        }
        if let Some(url) = &self.smtp_url {
            if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
                return invalid("HIROBA_SMTP_URL", "must start with smtp:// or smtps://");
            }
        }
        if self.mail_from.parse::<lettre::message::Mailbox>().is_err() {
            return invalid("HIROBA_MAIL_FROM", "must be a mailbox like Hiroba <no-reply@example.org>");
        }
        Ok(())
    }

    /// Cookies get `Secure` and the `__Host-` prefix only when the platform is reached over TLS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    pub fn mail_dir(&self) -> PathBuf {
        self.data_dir.join("mail")
    }

    pub fn is_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }
}

/// `stage=hours,…` with positive whole hours.
fn parse_targets(raw: &str) -> Result<std::collections::BTreeMap<String, i64>, ConfigError> {
    let bad = || ConfigError::Invalid {
        setting: "HIROBA_ASSIST_TARGET_HOURS",
        reason: format!("{raw:?} is not like new=16,open=40"),
    };
    raw.split(',')
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').ok_or_else(bad)?;
            let hours: i64 = v.trim().parse().map_err(|_| bad())?;
            if !(1..=24 * 365).contains(&hours) || k.trim().is_empty() {
                return Err(bad());
            }
            Ok((k.trim().to_string(), hours))
        })
        .collect()
}

fn pick(env: Option<String>, file: Option<String>, default: &str) -> String {
    env.or(file).unwrap_or_else(|| default.to_string())
}

fn parse_env<T: std::str::FromStr>(
    env: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    file: Option<T>,
    default: T,
) -> Result<T, ConfigError> {
    match env(name) {
        Some(raw) => raw.trim().parse().map_err(|_| ConfigError::Invalid {
            setting: name,
            reason: format!("{raw:?} is not a valid value"),
        }),
        None => Ok(file.unwrap_or(default)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    }

    #[test]
    fn defaults_are_valid() {
        let c = Config::load_from(None, env_of(&[])).unwrap();
        assert_eq!(c.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(c.database_url, "sqlite://data/hiroba.db");
        assert_eq!(c.languages.len(), 9);
        assert!(!c.secure_cookies());
    }

    #[test]
    fn errors_name_the_setting() {
        let e = Config::load_from(None, env_of(&[("HIROBA_LISTEN", "nowhere")])).unwrap_err();
        assert!(e.to_string().contains("HIROBA_LISTEN"), "{e}");
        let e = Config::load_from(None, env_of(&[("DATABASE_URL", "mysql://x")])).unwrap_err();
        assert!(e.to_string().contains("DATABASE_URL"), "{e}");
        let e = Config::load_from(None, env_of(&[("HIROBA_SESSION_IDLE_MINUTES", "abc")])).unwrap_err();
        assert!(e.to_string().contains("HIROBA_SESSION_IDLE_MINUTES"), "{e}");
    }

    #[test]
    fn target_hours_are_settings() {
        let c = Config::load_from(None, env_of(&[("HIROBA_ASSIST_TARGET_HOURS", "new=8, open=24")])).unwrap();
        assert_eq!(c.assist_target_hours.get("new"), Some(&8));
        let e = Config::load_from(None, env_of(&[("HIROBA_ASSIST_TARGET_HOURS", "new=soon")])).unwrap_err();
        assert!(e.to_string().contains("HIROBA_ASSIST_TARGET_HOURS"));
    }

    #[test]
    fn environment_overrides_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.toml");
        std::fs::write(&path, "listen = \"127.0.0.1:9000\"\npublic_url = \"https://hiroba.example\"\n")
            .unwrap();
        let c = Config::load_from(Some(&path), env_of(&[])).unwrap();
        assert_eq!(c.listen.port(), 9000);
        assert!(c.secure_cookies());
        let c = Config::load_from(Some(&path), env_of(&[("HIROBA_LISTEN", "127.0.0.1:9001")])).unwrap();
        assert_eq!(c.listen.port(), 9001);
    }

    #[test]
    fn unknown_file_keys_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.toml");
        std::fs::write(&path, "lisen = \"x\"\n").unwrap();
        let e = Config::load_from(Some(&path), env_of(&[])).unwrap_err();
        assert!(e.to_string().contains("lisen"), "{e}");
    }
}

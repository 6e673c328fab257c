//! `hiroba`: the server and its command-line interface.

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use hiroba_core::auth::users::{self, NewUser};
use hiroba_core::auth::Role;
use hiroba_core::bootstrap;
use hiroba_core::config::Config;
use std::path::PathBuf;
use std::sync::Arc;

mod bench;

#[derive(Parser)]
#[command(name = "hiroba", version, about = "Hiroba: support for migrant workers in Japan")]
struct Cli {
    /// Settings file (TOML). Default: ./hiroba.toml when it exists. Environment variables override it.
    #[arg(long, global = true, env = "HIROBA_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Apply migrations, load demo data into an empty database, and serve.
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Load the demo accounts (safe to run twice).
    Demo,
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Check the settings and say what is wrong.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// Benchmarks that run inside the binary (HTTP throughput is measured by bench/run.sh).
    Bench {
        #[command(subcommand)]
        command: BenchCommand,
    },
    /// Mail handed over by the mail server.
    Mail {
        #[command(subcommand)]
        command: MailCommand,
    },
    /// Manage encryption keys.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// Courses: check a course folder (Markdown + TOML) before publishing it.
    Learning {
        #[command(subcommand)]
        command: LearningCommand,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a confirmed account (by default a secretariat account). The password is read from
    /// HIROBA_NEW_PASSWORD or asked for on the terminal, never taken as an argument.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Role(s), comma-separated: secretariat, counsellor, counsellor_supervisor, company_admin, …
        #[arg(long, default_value = "secretariat", value_delimiter = ',')]
        role: Vec<String>,
        #[arg(long, default_value = "ja")]
        lang: String,
    },
}

#[derive(Subcommand)]
enum ConfigCommand {
    /// Validate settings, the key file and the catalogues; print the effective settings.
    Check,
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Generate N realistic Safety responses at 20 sites (fresh database as for `search`) and time
    /// the aggregate the company program asks for.
    Safety {
        #[arg(long, default_value_t = 100_000)]
        responses: usize,
    },
    /// Build a chain of N sites (fresh database), generate responses over a year, and time the
    /// freeze of two aggregation dates under disclosure control.
    Companies {
        #[arg(long, default_value_t = 1_000)]
        sites: usize,
        #[arg(long, default_value_t = 100_000)]
        responses: usize,
    },
    /// Fill a fresh database (DATABASE_URL; SQLite in a temp folder by default) with N articles in
    /// five scripts and print search latency per query.
    Search {
        #[arg(long, default_value_t = 10_000)]
        articles: usize,
        #[arg(long, default_value_t = 50)]
        rounds: usize,
    },
}

#[derive(Subcommand)]
enum MailCommand {
    /// Read one message (RFC 5322) on standard input and file it as a consultation: a reply to a
    /// case (subject with `[A-…]`, from the case's address) or a new case. For Postfix `pipe` or
    /// a `.forward` line `|hiroba mail receive`. Exits non-zero on an unreadable message, so the
    /// mail server keeps or bounces it.
    Receive {
        /// Language of the answer to a new case's sender.
        #[arg(long, default_value = "en")]
        lang: String,
    },
}

#[derive(Subcommand)]
enum LearningCommand {
    /// Read a course folder, print every problem (missing texts, quiz rules, answers that differ
    /// between languages) and exit with 1 if there is one.
    Check { folder: std::path::PathBuf },
    /// Import a course folder into the database (refused whole if it has problems). A changed
    /// English file makes the translations not changed with it outdated.
    Import {
        folder: std::path::PathBuf,
        /// Publish a new course at once (an existing course keeps its state).
        #[arg(long)]
        publish: bool,
    },
    /// Write a stored course back into a folder, for review as text.
    Export { course: String, folder: std::path::PathBuf },
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Add a new key-encryption key and re-wrap every data key with it (no downtime).
    Rotate,
}

fn init_tracing(json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("HIROBA_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    // Logs go to standard error; standard output is for the command's own answer.
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

#[tokio::main]
async fn main() -> Result<()> {
    let cli = Cli::parse();
    let config = Config::load(cli.config.as_deref())?;
    init_tracing(config.log_json);
    match cli.command {
        Command::Serve => serve(config).await,
        Command::Migrate => {
            bootstrap::open_database(&config).await?;
            println!("migrations applied to {}", redact(&config.database_url));
            Ok(())
        }
        Command::Demo => {
            let state = state(config).await?;
            for line in hiroba::load_demo(&state).await? {
                println!("demo data: {line}");
            }
            Ok(())
        }
        Command::User { command: UserCommand::Create { email, name, role, lang } } => {
            let roles = role.iter().map(|r| r.parse::<Role>()).collect::<Result<Vec<_>, _>>()?;
            let password = match std::env::var("HIROBA_NEW_PASSWORD") {
                Ok(p) => p,
                Err(_) => read_password()?,
            };
            let state = state(config).await?;
            let user = users::create(
                &state.db,
                NewUser {
                    email: &email,
                    display_name: &name,
                    password: &password,
                    lang: &lang,
                    roles: &roles,
                    confirmed: true,
                },
            )
            .await
            .with_context(|| format!("creating {email}"))?;
            hiroba_core::audit::record(
                &state.db,
                &hiroba_core::audit::Actor::system(),
                "user.create",
                &format!("user:{}", user.id),
                "command line",
            )
            .await?;
            println!("created user {} ({}) with roles {:?}; two-factor setup is asked at first login where the role needs it", user.id, user.email, role);
            Ok(())
        }
        Command::Config { command: ConfigCommand::Check } => {
            let state = state(config).await?;
            let c = &state.config;
            println!("configuration is valid");
            println!("  DATABASE_URL           {}", redact(&c.database_url));
            println!("  HIROBA_LISTEN          {}", c.listen);
            println!("  HIROBA_PUBLIC_URL      {}", c.public_url);
            println!("  HIROBA_DATA_DIR        {}", c.data_dir.display());
            println!("  HIROBA_SECRET_KEY_FILE {}", c.secret_key_file.display());
            println!("  HIROBA_LANGUAGES       {}", c.languages.join(","));
            println!(
                "  mail                   {}",
                c.smtp_url
                    .as_deref()
                    .map(redact)
                    .unwrap_or_else(|| format!("written to {}", c.mail_dir().display()))
            );
            Ok(())
        }
        Command::Bench { command: BenchCommand::Safety { responses } } => {
            bench::safety(&config, responses).await
        }
        Command::Bench { command: BenchCommand::Companies { sites, responses } } => {
            bench::companies(&config, sites, responses).await
        }
        Command::Bench { command: BenchCommand::Search { articles, rounds } } => {
            bench::search(&config, articles, rounds).await
        }
        Command::Mail { command: MailCommand::Receive { lang } } => receive_mail(config, &lang).await,
        Command::Learning { command: LearningCommand::Check { folder } } => {
            let course = hiroba_learning::course::load(&folder)
                .map_err(|e| anyhow::anyhow!("{}: {e}", folder.display()))?;
            let problems = hiroba_learning::course::validate(&course, &hiroba_learning::REQUIRED_LANGUAGES);
            let lessons: usize = course.def.chapters.iter().map(|c| c.lessons.len()).sum();
            println!(
                "course {} ({}): {} chapters, {lessons} lessons; texts in {}",
                course.def.id,
                course.def.version,
                course.def.chapters.len(),
                course.texts.keys().cloned().collect::<Vec<_>>().join(", ")
            );
            if problems.is_empty() {
                println!("ready to publish");
                Ok(())
            } else {
                for p in &problems {
                    println!("  - {p}");
                }
                anyhow::bail!("{} problems", problems.len())
            }
        }
        Command::Learning { command: LearningCommand::Import { folder, publish } } => {
            let db = bootstrap::open_database(&config).await?;
            match hiroba_learning::store::import(&db, &folder, publish, None).await {
                Ok(done) => {
                    println!(
                        "{} {}: {} files changed",
                        if done.created { "created" } else { "updated" },
                        folder.display(),
                        done.changed.len()
                    );
                    for path in &done.changed {
                        println!("  {path}");
                    }
                    Ok(())
                }
                Err(hiroba_learning::store::StoreError::Problems(problems)) => {
                    for p in &problems {
                        println!("  - {p}");
                    }
                    anyhow::bail!("{}: {} problems, nothing imported", folder.display(), problems.len())
                }
                Err(e) => Err(anyhow::anyhow!("{}: {e:?}", folder.display())),
            }
        }
        Command::Learning { command: LearningCommand::Export { course, folder } } => {
            let db = bootstrap::open_database(&config).await?;
            let n = hiroba_learning::store::export(&db, &course, &folder)
                .await
                .map_err(|e| anyhow::anyhow!("{course}: {e:?}"))?;
            println!("{n} files written to {}", folder.display());
            Ok(())
        }
        Command::Keys { command: KeysCommand::Rotate } => {
            let db = bootstrap::open_database(&config).await?;
            // Make sure a data key exists before rotating (a brand-new database has none).
            hiroba_core::crypto::FieldCipher::open(db.clone(), &config.secret_key_file).await?;
            let r = hiroba_core::crypto::rotate(&db, &config.secret_key_file).await?;
            println!("new key-encryption key {}; {} data keys re-wrapped", r.new_kek, r.rewrapped);
            println!("the old key stays in {} until you remove it", config.secret_key_file.display());
            Ok(())
        }
    }
}

fn read_password() -> Result<String> {
    use std::io::{BufRead, Write};
    eprint!("password for the new account: ");
    std::io::stderr().flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let p = line.trim_end_matches(['\n', '\r']).to_string();
    if p.is_empty() {
        bail!("no password given");
    }
    Ok(p)
}

/// Hide a password in a connection URL before printing it.
pub(crate) fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

async fn state(config: Config) -> Result<hiroba_core::AppState> {
    let db = bootstrap::open_database(&config).await?;
    let state = bootstrap::build_state(config, db, &hiroba::locales()).await?;
    hiroba::prepare(&state).await?;
    Ok(state)
}

async fn serve(config: Config) -> Result<()> {
    let listen = config.listen;
    let load_demo = config.load_demo_data;
    let run_jobs = config.run_jobs;
    let state = state(config).await?;
    if load_demo && hiroba_site::demo::is_empty(&state).await? {
        for line in hiroba::load_demo(&state).await? {
            println!("loaded demo data: {line}");
        }
    }
    let (shutdown_tx, shutdown_rx) = tokio::sync::watch::channel(false);
    let mut background = Vec::new();
    if run_jobs {
        let registry = Arc::new(hiroba::job_registry());
        let worker = format!("{}-{}", hostname(), std::process::id());
        background.push(tokio::spawn(hiroba_core::jobs::run_forever(
            state.db.clone(),
            state.clone(),
            registry,
            worker,
            shutdown_rx.clone(),
        )));
        background.push(tokio::spawn(housekeeping(state.clone(), shutdown_rx.clone())));
    }
    // Live events from other server processes (PostgreSQL LISTEN/NOTIFY).
    background.push(tokio::spawn(hiroba_core::web::events::listen(
        state.db.clone(),
        state.events.clone(),
        shutdown_rx.clone(),
    )));
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("HIROBA_LISTEN: cannot listen on {listen}"))?;
    let addr = listener.local_addr()?;
    println!("Hiroba is listening on http://{addr}/ (Ctrl-C to stop)");
    let app = hiroba::app(state.clone()).into_make_service_with_connect_info::<std::net::SocketAddr>();
    let events = state.events.clone();
    let stopping = async move {
        shutdown_signal().await;
        // Long-lived event streams end now, so in-flight requests can finish.
        events.close();
    };
    axum::serve(listener, app).with_graceful_shutdown(stopping).await?;
    let _ = shutdown_tx.send(true);
    for task in background {
        let _ = task.await;
    }
    state.db.clone().close().await;
    println!("Hiroba stopped");
    Ok(())
}

/// Every ten seconds the modules' periodic work (view counts); every ten minutes, drop expired
/// sessions and old login attempts. A last tick on shutdown, so no count is lost.
async fn housekeeping(state: hiroba_core::AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    let life = hiroba_core::web::middleware::lifetimes(&state);
    for round in 0u64.. {
        hiroba::tick(&state).await;
        if round % 60 == 0 {
            if let Err(e) = hiroba_core::auth::sessions::purge_expired(&state.db, life).await {
                tracing::warn!("housekeeping (sessions): {e}");
            }
            if let Err(e) = hiroba_core::auth::throttle::purge_old(&state.db).await {
                tracing::warn!("housekeeping (login attempts): {e}");
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs(10)) => {}
            _ = shutdown.changed() => break,
        }
    }
    hiroba::tick(&state).await;
}

fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname").map(|s| s.trim().to_string()).unwrap_or_else(|_| "host".into())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down: finishing requests in flight");
}

async fn receive_mail(config: Config, lang: &str) -> Result<()> {
    use hiroba_assist::inbound_mail::{self, Received};
    use std::io::Read;
    let mut raw = Vec::new();
    std::io::stdin().take(inbound_mail::MAX_BYTES as u64 + 1).read_to_end(&mut raw)?;
    let mail = inbound_mail::parse(&raw)?;
    let state = state(config).await?;
    let lang = if state.i18n.language(lang).is_some() { lang.to_string() } else { "en".to_string() };
    match inbound_mail::receive(&state.db, &state.cipher, &mail, &lang).await? {
        Received::AddedTo { case_id, message_id } => {
            state.events.publish(&state.db, &format!("case:{case_id}"), message_id).await?;
            println!("added to case {case_id}");
        }
        Received::Opened(ticket) => {
            let link = format!("{}/{lang}/assist/case", state.config.public_url);
            let (subject, body) = {
                let a = hiroba_core::i18n::args(&[
                    ("number", ticket.number.as_str()),
                    ("passphrase", ticket.passphrase.as_str()),
                    ("link", link.as_str()),
                ]);
                let text = |key: &str| {
                    hiroba_core::i18n::ruby::to_plain(&state.i18n.text(&lang, key, Some(&a)).text)
                };
                (text("assist-mail-opened-subject"), text("assist-mail-opened-body"))
            };
            hiroba_core::mail::enqueue(
                &state.db,
                &hiroba_core::mail::OutgoingMail { to: mail.from.clone(), subject, body },
            )
            .await?;
            println!("opened case {}", ticket.case_id);
        }
    }
    Ok(())
}

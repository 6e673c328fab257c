//! Database access for both backends through SeaORM.
//!
//! SQLite runs in WAL mode with foreign keys on, a busy timeout and `synchronous=FULL` (what a worker
//! or counsellor submitted must survive a power cut). SQLite allows one writer at a time, so writes
//! go through a pool of exactly one connection ([`Db::write`]) while reads share a larger pool
//! ([`Db::read`]); on PostgreSQL both are the same pool.

pub mod entities;

use hiroba_migration::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, DbErr, SqlxPostgresConnector, SqlxSqliteConnector,
};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::time::Duration;

pub use hiroba_migration::dialect;

#[derive(Clone, Debug)]
pub struct Db {
    read: DatabaseConnection,
    write: DatabaseConnection,
}

#[derive(Debug, thiserror::Error)]
pub enum DbOpenError {
    #[error("DATABASE_URL: {0}")]
    Url(String),
    #[error("cannot open the database: {0}")]
    Connect(#[from] sqlx::Error),
    #[error("cannot create the database folder {0}: {1}")]
    Folder(String, std::io::Error),
}

/// Pool sizes: PostgreSQL serves several processes, so each keeps a modest pool.
const PG_POOL: u32 = 16;
const SQLITE_READERS: u32 = 8;

impl Db {
    /// Open the database named by `url`, creating a SQLite file (and its folder) if needed.
    /// `search_path` scopes a PostgreSQL connection to one schema (used by tests).
    pub async fn connect(url: &str) -> Result<Self, DbOpenError> {
        Self::connect_with_schema(url, None).await
    }

    pub async fn connect_with_schema(url: &str, schema: Option<&str>) -> Result<Self, DbOpenError> {
        if url.starts_with("sqlite:") {
            let opts = SqliteConnectOptions::from_str(url)
                .map_err(|e| DbOpenError::Url(e.to_string()))?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10));
            if let Some(parent) = opts.get_filename().parent() {
                if !parent.as_os_str().is_empty() {
                    std::fs::create_dir_all(parent)
                        .map_err(|e| DbOpenError::Folder(parent.display().to_string(), e))?;
                }
            }
            let write = SqlitePoolOptions::new().max_connections(1).connect_with(opts.clone()).await?;
            let read = SqlitePoolOptions::new()
                .max_connections(SQLITE_READERS)
                .connect_with(opts.read_only(true))
                .await?;
            Ok(Db {
                read: SqlxSqliteConnector::from_sqlx_sqlite_pool(read),
                write: SqlxSqliteConnector::from_sqlx_sqlite_pool(write),
            })
        } else {
            let mut opts = PgConnectOptions::from_str(url).map_err(|e| DbOpenError::Url(e.to_string()))?;
            if let Some(schema) = schema {
                opts = opts.options([("search_path", format!("{schema},public"))]);
            }
            let pool = PgPoolOptions::new()
                .max_connections(PG_POOL)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(opts)
                .await?;
            let conn = SqlxPostgresConnector::from_sqlx_postgres_pool(pool);
            Ok(Db { read: conn.clone(), write: conn })
        }
    }

    /// For queries that only read.
    pub fn read(&self) -> &DatabaseConnection {
        &self.read
    }

    /// For anything that writes (and for reads that must see a write just made).
    pub fn write(&self) -> &DatabaseConnection {
        &self.write
    }

    pub fn backend(&self) -> DbBackend {
        self.write.get_database_backend()
    }

    pub async fn migrate(&self) -> Result<(), DbErr> {
        Migrator::up(&self.write, None).await
    }

    pub async fn close(self) {
        let _ = self.read.close().await;
        let _ = self.write.close().await;
    }
}

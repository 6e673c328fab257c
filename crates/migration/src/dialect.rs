//! The one module where SQLite and PostgreSQL are told apart.
//!
//! Everything else in Hiroba is written once with sea-query/SeaORM. What remains here is what the
//! portable layer cannot express: triggers that make a table append-only, and connection-level
//! settings.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

/// Statements that make `table` refuse UPDATE and DELETE at the database level, so even a bug or
/// a person with SQL access through the application cannot rewrite history.
pub fn append_only_statements(backend: DbBackend, table: &str) -> Vec<String> {
    match backend {
        DbBackend::Sqlite => vec![
            format!(
                "CREATE TRIGGER IF NOT EXISTS {table}_no_update BEFORE UPDATE ON {table} \
                 BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            ),
            format!(
                "CREATE TRIGGER IF NOT EXISTS {table}_no_delete BEFORE DELETE ON {table} \
                 BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            ),
        ],
        DbBackend::Postgres => vec![
            format!(
                "CREATE OR REPLACE FUNCTION {table}_refuse_change() RETURNS trigger AS $$ \
                 BEGIN RAISE EXCEPTION '{table} is append-only'; END; $$ LANGUAGE plpgsql"
            ),
            format!(
                "CREATE TRIGGER {table}_no_update_delete BEFORE UPDATE OR DELETE ON {table} \
                 FOR EACH ROW EXECUTE FUNCTION {table}_refuse_change()"
            ),
            // TRUNCATE bypasses row triggers; refuse it too.
            format!(
                "CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} \
                 FOR EACH STATEMENT EXECUTE FUNCTION {table}_refuse_change()"
            ),
        ],
        DbBackend::MySql => unreachable!("Hiroba supports SQLite and PostgreSQL only"),
    }
}

pub async fn make_append_only<C: ConnectionTrait>(db: &C, table: &str) -> Result<(), DbErr> {
    for sql in append_only_statements(db.get_database_backend(), table) {
        db.execute_unprepared(&sql).await?;
    }
    Ok(())
}

/// Undo [`make_append_only`] (used only by a migration's `down`).
pub async fn drop_append_only<C: ConnectionTrait>(db: &C, table: &str) -> Result<(), DbErr> {
    let sql = match db.get_database_backend() {
        DbBackend::Sqlite => vec![
            format!("DROP TRIGGER IF EXISTS {table}_no_update"),
            format!("DROP TRIGGER IF EXISTS {table}_no_delete"),
        ],
        _ => vec![format!("DROP FUNCTION IF EXISTS {table}_refuse_change() CASCADE")],
    };
    for s in sql {
        db.execute_unprepared(&s).await?;
    }
    Ok(())
}

/// A substring search table `(doc_id, lang, title, body)` whose `LIKE '%…%'` queries are served by a
/// trigram index on both databases, so the query is written once:
///
/// - SQLite: an FTS5 virtual table with the `trigram` tokenizer (case-insensitive); FTS5 answers
///   `LIKE` on its columns from the trigram index.
/// - PostgreSQL: a plain table with `pg_trgm` GIN indexes, which serve `LIKE '%…%'`. The database's
///   `LC_CTYPE` must be a UTF-8 locale (`C.UTF-8`) for CJK and Burmese trigrams to exist.
///
/// Text is stored already normalised (lower case, accents removed from Latin letters) by the caller.
pub async fn create_search_table<C: ConnectionTrait>(db: &C, table: &str) -> Result<(), DbErr> {
    let statements = match db.get_database_backend() {
        DbBackend::Sqlite => vec![format!(
            "CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5(doc_id UNINDEXED, lang UNINDEXED, title, body, tokenize = 'trigram')"
        )],
        DbBackend::Postgres => vec![
            "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public".to_string(),
            format!("CREATE TABLE IF NOT EXISTS {table} (doc_id BIGINT NOT NULL, lang VARCHAR(16) NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL)"),
            format!("CREATE INDEX IF NOT EXISTS {table}_doc ON {table} (doc_id, lang)"),
            format!("CREATE INDEX IF NOT EXISTS {table}_title_trgm ON {table} USING gin (title public.gin_trgm_ops)"),
            format!("CREATE INDEX IF NOT EXISTS {table}_body_trgm ON {table} USING gin (body public.gin_trgm_ops)"),
        ],
        DbBackend::MySql => unreachable!("Hiroba supports SQLite and PostgreSQL only"),
    };
    for sql in statements {
        db.execute_unprepared(&sql).await?;
    }
    Ok(())
}

pub async fn drop_search_table<C: ConnectionTrait>(db: &C, table: &str) -> Result<(), DbErr> {
    db.execute_unprepared(&format!("DROP TABLE IF EXISTS {table}")).await?;
    Ok(())
}

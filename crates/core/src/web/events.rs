//! Live events between server processes (new chat messages, for example).
//!
//! A process publishes an event (a topic and a record id, never content) to its local
//! subscribers through a broadcast channel. On PostgreSQL it also sends `NOTIFY hiroba_events`, and
//! every process runs [`listen`], which passes other processes' events to its own subscribers — so
//! a worker connected to one server sees a counsellor's reply sent through another, with no broker
//! of our own. On SQLite (one process) the local channel is all there is.

use sea_orm::{ConnectionTrait, DbBackend, Statement};
use tokio::sync::broadcast;

use crate::db::Db;

pub const CHANNEL: &str = "hiroba_events";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub topic: String,
    pub id: i64,
}

pub struct Hub {
    tx: broadcast::Sender<Event>,
    /// Set at shutdown, so long-lived event streams end and the server can stop.
    closing: tokio::sync::watch::Sender<bool>,
    /// Tells this process's notifications apart from the others'.
    origin: String,
}

impl Default for Hub {
    fn default() -> Self {
        let (tx, _) = broadcast::channel(1024);
        Hub {
            tx,
            closing: tokio::sync::watch::Sender::new(false),
            origin: crate::crypto::random_token()[..12].to_string(),
        }
    }
}

fn valid_topic(topic: &str) -> bool {
    !topic.is_empty()
        && topic.len() <= 64
        && topic.bytes().all(|b| b.is_ascii_alphanumeric() || b == b':' || b == b'-')
}

impl Hub {
    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.tx.subscribe()
    }

    /// A receiver that changes when the server shuts down.
    pub fn closing(&self) -> tokio::sync::watch::Receiver<bool> {
        self.closing.subscribe()
    }

    /// End every event stream (at shutdown).
    pub fn close(&self) {
        let _ = self.closing.send(true);
    }

    /// Tell subscribers in this process and, on PostgreSQL, in every other one.
    pub async fn publish(&self, db: &Db, topic: &str, id: i64) -> Result<(), sea_orm::DbErr> {
        if !valid_topic(topic) {
            return Ok(());
        }
        let _ = self.tx.send(Event { topic: topic.to_string(), id });
        if db.backend() == DbBackend::Postgres {
            let payload = format!("{}|{topic}|{id}", self.origin);
            db.write()
                .execute(Statement::from_sql_and_values(
                    DbBackend::Postgres,
                    "SELECT pg_notify($1, $2)",
                    [CHANNEL.into(), payload.into()],
                ))
                .await?;
        }
        Ok(())
    }

    fn receive(&self, payload: &str) {
        let mut parts = payload.splitn(3, '|');
        let (Some(origin), Some(topic), Some(id)) = (parts.next(), parts.next(), parts.next()) else {
            return;
        };
        if origin == self.origin || !valid_topic(topic) {
            return;
        }
        if let Ok(id) = id.parse() {
            let _ = self.tx.send(Event { topic: topic.to_string(), id });
        }
    }
}

/// On PostgreSQL, pass other processes' events to this process's subscribers until `shutdown`.
/// Reconnects after a lost connection.
pub async fn listen(db: Db, hub: std::sync::Arc<Hub>, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    if db.backend() != DbBackend::Postgres {
        return;
    }
    loop {
        let pool = db.write().get_postgres_connection_pool().clone();
        let mut listener = match sqlx::postgres::PgListener::connect_with(&pool).await {
            Ok(l) => l,
            Err(e) => {
                tracing::warn!("events: cannot listen: {e}");
                tokio::time::sleep(std::time::Duration::from_secs(2)).await;
                continue;
            }
        };
        if let Err(e) = listener.listen(CHANNEL).await {
            tracing::warn!("events: LISTEN failed: {e}");
            tokio::time::sleep(std::time::Duration::from_secs(2)).await;
            continue;
        }
        loop {
            tokio::select! {
                n = listener.recv() => match n {
                    Ok(n) => hub.receive(n.payload()),
                    Err(e) => {
                        tracing::warn!("events: connection lost: {e}");
                        break;
                    }
                },
                _ = shutdown.changed() => return,
            }
        }
    }
}

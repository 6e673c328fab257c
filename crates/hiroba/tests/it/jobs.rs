//! The job queue: every job runs exactly once, however many processes poll it; failures are
//! retried with backoff, then marked failed; jobs survive a restart.

use hiroba_core::jobs::{self, NewJob, Registry};
use hiroba_testkit::{db_test, TestDb};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

#[derive(Clone, Default)]
struct Seen(Arc<Mutex<Vec<i64>>>);

db_test!(jobs_run_exactly_once_across_several_processes, |backend| async move {
    let test_db = TestDb::new(&backend).await;
    for n in 0..40 {
        jobs::enqueue(&test_db.db, NewJob::now("count", serde_json::json!({ "n": n }))).await.unwrap();
    }
    let seen = Seen::default();
    let mut registry = Registry::<Seen>::default();
    registry.register("count", |seen: Seen, payload: serde_json::Value| async move {
        seen.0.lock().unwrap().push(payload["n"].as_i64().unwrap());
        Ok(())
    });
    let registry = Arc::new(registry);
    // Four "processes", each with its own connection pool.
    let mut handles = Vec::new();
    for p in 0..4 {
        let db = test_db.reconnect().await;
        let seen = seen.clone();
        let registry = registry.clone();
        handles.push(tokio::spawn(async move {
            while jobs::run_one(&db, &seen, &registry, &format!("proc-{p}")).await.unwrap() {}
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    let mut ran = seen.0.lock().unwrap().clone();
    ran.sort();
    assert_eq!(ran, (0..40).collect::<Vec<_>>(), "each job exactly once");
    let done = jobs::recent(&test_db.db, 100).await.unwrap();
    assert!(done.iter().all(|j| j.state == "done" && j.attempts == 1 && j.payload == "{}"));
});

db_test!(a_failing_job_is_retried_with_backoff_then_marked_failed, |backend| async move {
    let test_db = TestDb::new(&backend).await;
    let calls = Arc::new(AtomicUsize::new(0));
    let mut registry = Registry::<Arc<AtomicUsize>>::default();
    registry.register("flaky", |calls: Arc<AtomicUsize>, _| async move {
        calls.fetch_add(1, Ordering::SeqCst);
        Err("smtp said no".to_string())
    });
    let mut job = NewJob::now("flaky", serde_json::json!({}));
    job.max_attempts = 2;
    let id = jobs::enqueue(&test_db.db, job).await.unwrap().unwrap();
    assert!(jobs::run_one(&test_db.db, &calls, &registry, "w").await.unwrap());
    let after_first = jobs::recent(&test_db.db, 1).await.unwrap().remove(0);
    assert_eq!(after_first.state, "queued");
    assert!(after_first.run_at > chrono::Utc::now() + chrono::Duration::seconds(20), "backed off");
    assert!(!jobs::run_one(&test_db.db, &calls, &registry, "w").await.unwrap(), "not due yet");

    // Make it due again, as time passing would.
    use sea_orm::{ConnectionTrait, Statement};
    let conn = test_db.db.write();
    let past = (chrono::Utc::now() - chrono::Duration::minutes(1)).to_rfc3339();
    let sql = match conn.get_database_backend() {
        sea_orm::DbBackend::Postgres => {
            format!("UPDATE jobs SET run_at = '{past}'::timestamptz WHERE id = {id}")
        }
        _ => format!(
            "UPDATE jobs SET run_at = '{}' WHERE id = {id}",
            (chrono::Utc::now() - chrono::Duration::minutes(1)).format("%Y-%m-%d %H:%M:%S%.f+00:00")
        ),
    };
    conn.execute(Statement::from_string(conn.get_database_backend(), sql)).await.unwrap();
    assert!(jobs::run_one(&test_db.db, &calls, &registry, "w").await.unwrap());
    let failed = jobs::recent(&test_db.db, 1).await.unwrap().remove(0);
    assert_eq!(failed.state, "failed");
    assert_eq!(failed.last_error.as_deref(), Some("smtp said no"));
    assert_eq!(calls.load(Ordering::SeqCst), 2);

    assert!(jobs::retry(&test_db.db, id).await.unwrap(), "the secretariat can requeue it");
    assert_eq!(jobs::recent(&test_db.db, 1).await.unwrap()[0].state, "queued");
});

db_test!(queued_jobs_survive_a_restart_and_dedupe_keys_hold, |backend| async move {
    let test_db = TestDb::new(&backend).await;
    let mut job = NewJob::now("report", serde_json::json!({ "date": "2026-12-01" }));
    job.dedupe_key = Some("report:2026-12-01".into());
    assert!(jobs::enqueue(&test_db.db, job).await.unwrap().is_some());
    let mut again = NewJob::now("report", serde_json::json!({ "date": "2026-12-01" }));
    again.dedupe_key = Some("report:2026-12-01".into());
    assert!(jobs::enqueue(&test_db.db, again).await.unwrap().is_none(), "second enqueue ignored");

    // "Restart": a new connection pool finds the job and runs it.
    let db2 = test_db.reconnect().await;
    let ran = Arc::new(AtomicUsize::new(0));
    let mut registry = Registry::<Arc<AtomicUsize>>::default();
    registry.register("report", |ran: Arc<AtomicUsize>, _| async move {
        ran.fetch_add(1, Ordering::SeqCst);
        Ok(())
    });
    while jobs::run_one(&db2, &ran, &registry, "after-restart").await.unwrap() {}
    assert_eq!(ran.load(Ordering::SeqCst), 1);
});

#[test]
fn backoff_grows_and_is_capped() {
    assert_eq!(jobs::backoff(1).num_seconds(), 30);
    assert_eq!(jobs::backoff(2).num_seconds(), 120);
    assert_eq!(jobs::backoff(3).num_seconds(), 480);
    assert_eq!(jobs::backoff(40).num_seconds(), 6 * 3600);
}

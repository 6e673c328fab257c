//! Test kit: every integration test runs against a fresh database on SQLite, and on PostgreSQL
//! when `TEST_DATABASE_URL` is set (each test in its own schema, so tests run in parallel).
//! Requests go through the router (`oneshot`, no socket), with a cookie jar per [`Client`].
//!
//! ```ignore
//! db_test!(login_works, |backend| async move {
//!     let app = TestApp::new(backend, modules(), locales()).await;
//!     let res = app.client().get("/en/").await;
//!     assert_eq!(res.status, 200);
//! });
//! ```

use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use hiroba_core::auth::users::{self, NewUser, User};
use hiroba_core::auth::{csrf, sessions, Role};
use hiroba_core::config::Config;
use hiroba_core::crypto::sha256_hex;
use hiroba_core::db::Db;
use hiroba_core::web::{cookies, Routes};
use hiroba_core::AppState;
use http_body_util::BodyExt;
use include_dir::Dir;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tower::ServiceExt;

/// Which database a test runs on.
#[derive(Clone, Debug)]
pub enum Backend {
    Sqlite,
    Postgres(String),
}

impl Backend {
    /// PostgreSQL, when `TEST_DATABASE_URL` names one.
    pub fn postgres() -> Option<Backend> {
        std::env::var("TEST_DATABASE_URL").ok().filter(|s| !s.is_empty()).map(Backend::Postgres)
    }
}

/// Define a test that runs once on SQLite and once on PostgreSQL (or says it was skipped).
#[macro_export]
macro_rules! db_test {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                ($body)($crate::Backend::Sqlite).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                match $crate::Backend::postgres() {
                    Some(b) => ($body)(b).await,
                    None => {
                        eprintln!("skipped {}::postgres: TEST_DATABASE_URL is not set", stringify!($name))
                    }
                }
            }
        }
    };
}

static PG_EXTENSIONS: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();

/// A fresh, migrated database that is removed when dropped.
pub struct TestDb {
    pub db: Db,
    pub url: String,
    pub schema: Option<String>,
    _dir: tempfile::TempDir,
    pub dir: std::path::PathBuf,
}

impl TestDb {
    pub async fn new(backend: &Backend) -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().to_path_buf();
        match backend {
            Backend::Sqlite => {
                let url = format!("sqlite://{}/test.db", path.display());
                let db = Db::connect(&url).await.expect("open sqlite");
                db.migrate().await.expect("migrate sqlite");
                TestDb { db, url, schema: None, _dir: dir, dir: path }
            }
            Backend::Postgres(url) => {
                let schema = format!("t_{}", uuid::Uuid::new_v4().simple());
                let admin = Db::connect(url).await.expect("connect to TEST_DATABASE_URL");
                use sea_orm::ConnectionTrait;
                // Extensions are per database, not per schema. Create them once per test process:
                // tests creating them concurrently on a fresh database would race.
                PG_EXTENSIONS
                    .get_or_init(|| async {
                        admin
                            .write()
                            .execute_unprepared("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")
                            .await
                            .expect("create extension pg_trgm");
                    })
                    .await;
                admin
                    .write()
                    .execute_unprepared(&format!("CREATE SCHEMA {schema}"))
                    .await
                    .expect("create schema");
                admin.close().await;
                let db = Db::connect_with_schema(url, Some(&schema)).await.expect("connect to schema");
                db.migrate().await.expect("migrate postgres");
                TestDb { db, url: url.clone(), schema: Some(schema), _dir: dir, dir: path }
            }
        }
    }

    /// A second, independent connection to the same database (as another server process would have).
    pub async fn reconnect(&self) -> Db {
        Db::connect_with_schema(&self.url, self.schema.as_deref()).await.expect("reconnect")
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(schema) = self.schema.take() {
            let url = self.url.clone();
            // Drop runs inside the test's runtime; use a thread with its own to clean up.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
                rt.block_on(async {
                    if let Ok(db) = Db::connect(&url).await {
                        use sea_orm::ConnectionTrait;
                        let _ = db.write().execute_unprepared(&format!("DROP SCHEMA {schema} CASCADE")).await;
                        db.close().await;
                    }
                });
            })
            .join();
        }
    }
}

/// Settings for tests: everything under the test's temp folder, mails into its `mail/`.
pub fn test_config(dir: &std::path::Path, url: &str) -> Config {
    let dir_s = dir.display().to_string();
    let url = url.to_string();
    Config::load_from(None, move |k| match k {
        "HIROBA_DATA_DIR" => Some(dir_s.clone()),
        "DATABASE_URL" => Some(url.clone()),
        "HIROBA_DEMO_DATA" => Some("false".into()),
        // The tests' own push service listens on loopback (see assist's push tests).
        "HIROBA_PUSH_HOSTS" => Some("127.0.0.1".into()),
        // Flyers print to PDF with the real Chromium where the machine has one.
        "HIROBA_CHROMIUM" => std::env::var("CHROMIUM_PATH")
            .ok()
            .or_else(|| Some("/usr/bin/chromium".to_string()))
            .filter(|p| std::path::Path::new(p).exists()),
        _ => None,
    })
    .expect("test config")
}

pub struct TestApp {
    pub state: AppState,
    pub router: Router,
    pub routes: Vec<hiroba_core::web::RouteSpec>,
    pub db: TestDb,
}

impl TestApp {
    /// The application with `modules` on a fresh database.
    pub async fn new(
        backend: Backend,
        modules: fn() -> Routes,
        locales: &[&'static Dir<'static>],
    ) -> TestApp {
        let db = TestDb::new(&backend).await;
        let config = test_config(&db.dir, &db.url);
        let state =
            hiroba_core::bootstrap::build_state(config, db.db.clone(), locales).await.expect("build state");
        let routes = hiroba_core::web::stack::platform_routes().merge(modules()).specs().to_vec();
        let router = hiroba_core::web::stack::app(state.clone(), modules());
        TestApp { state, router, routes, db }
    }

    pub fn client(&self) -> Client {
        Client {
            router: self.router.clone(),
            hmac: self.state.hmac_key.clone(),
            jar: Arc::new(Mutex::new(HashMap::new())),
            secure: self.state.config.secure_cookies(),
        }
    }

    /// A confirmed user with `roles` and the password `correct horse battery staple`.
    pub async fn user(&self, email: &str, roles: &[Role]) -> User {
        users::create(
            &self.state.db,
            NewUser {
                email,
                display_name: "Test Person",
                password: PASSWORD,
                lang: "en",
                roles,
                confirmed: true,
            },
        )
        .await
        .expect("create test user")
    }

    /// A client already signed in as a new user with `roles` (two-factor considered done).
    pub async fn signed_in(&self, roles: &[Role]) -> (Client, User) {
        let email = format!("{}@test.example", uuid::Uuid::new_v4().simple());
        let user = self.user(&email, roles).await;
        let client = self.client();
        let token = sessions::create(&self.state.db, user.id, sessions::Stage::Full).await.expect("session");
        client.set_cookie(cookies::session_name(client.secure), &token);
        (client, user)
    }

    /// A new client with a fresh, fully signed-in session of `user`.
    pub async fn client_for(&self, user: &User) -> Client {
        let client = self.client();
        let token = sessions::create(&self.state.db, user.id, sessions::Stage::Full).await.expect("session");
        client.set_cookie(cookies::session_name(client.secure), &token);
        client
    }

    /// The `.eml` files written so far (development mailer), oldest first.
    pub fn mails(&self) -> Vec<String> {
        let dir = self.state.config.mail_dir();
        let mut files: Vec<_> =
            std::fs::read_dir(&dir).map(|d| d.filter_map(|e| e.ok()).collect()).unwrap_or_default();
        files.sort_by_key(|e| e.metadata().and_then(|m| m.modified()).ok());
        files.iter().filter_map(|e| std::fs::read_to_string(e.path()).ok()).collect()
    }

    /// The mails written so far, decoded: (recipient, subject, plain-text body), oldest first.
    pub fn decoded_mails(&self) -> Vec<(String, String, String)> {
        self.mails()
            .iter()
            .filter_map(|raw| {
                let m = mail_parser::MessageParser::default().parse(raw.as_bytes())?;
                let to = m.to()?.first()?.address()?.to_string();
                Some((to, m.subject().unwrap_or_default().to_string(), m.body_text(0)?.to_string()))
            })
            .collect()
    }

    /// Run queued jobs until none is due.
    pub async fn run_jobs(&self, registry: &hiroba_core::jobs::Registry<AppState>) -> usize {
        let mut n = 0;
        while hiroba_core::jobs::run_one(&self.state.db, &self.state, registry, "test")
            .await
            .expect("run job")
        {
            n += 1;
        }
        n
    }
}

pub const PASSWORD: &str = "correct horse battery staple";

/// A browser-like client: keeps cookies and knows how to make CSRF tokens.
#[derive(Clone)]
pub struct Client {
    router: Router,
    hmac: Vec<u8>,
    jar: Arc<Mutex<HashMap<String, String>>>,
    pub secure: bool,
}

#[derive(Debug)]
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    /// The body as received (for PDF, XLSX and other binary answers).
    pub bytes: Vec<u8>,
}

impl TestResponse {
    pub fn location(&self) -> Option<&str> {
        self.headers.get(header::LOCATION).and_then(|v| v.to_str().ok())
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

impl Client {
    pub fn set_cookie(&self, name: &str, value: &str) {
        self.jar.lock().unwrap().insert(name.to_string(), value.to_string());
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.jar.lock().unwrap().get(name).cloned()
    }

    /// The CSRF token the server expects from this client now.
    pub fn csrf_token(&self) -> String {
        let session = self.cookie(cookies::session_name(self.secure));
        let binding = match session {
            Some(token) => format!("session:{}", sha256_hex(&token)),
            None => {
                let anon = self.cookie(cookies::ANON_CSRF).unwrap_or_else(|| {
                    let a = uuid::Uuid::new_v4().simple().to_string();
                    self.set_cookie(cookies::ANON_CSRF, &a);
                    a
                });
                format!("anon:{anon}")
            }
        };
        csrf::token_for(&self.hmac, &binding)
    }

    pub async fn request(&self, req: Request<Body>) -> TestResponse {
        let mut req = req;
        let cookie_header: String = {
            let jar = self.jar.lock().unwrap();
            jar.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
        };
        if !cookie_header.is_empty() {
            req.headers_mut().insert(header::COOKIE, cookie_header.parse().unwrap());
        }
        let res = self.router.clone().oneshot(req).await.expect("router is infallible");
        let status = res.status();
        let headers = res.headers().clone();
        for sc in headers.get_all(header::SET_COOKIE) {
            let sc = sc.to_str().unwrap_or("");
            let first = sc.split(';').next().unwrap_or("");
            if let Some((k, v)) = first.split_once('=') {
                let deleting = sc.contains("Max-Age=0");
                let mut jar = self.jar.lock().unwrap();
                if deleting {
                    jar.remove(k);
                } else {
                    jar.insert(k.to_string(), v.to_string());
                }
            }
        }
        let bytes = res.into_body().collect().await.map(|c| c.to_bytes()).unwrap_or_default();
        TestResponse {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }

    pub async fn get(&self, path: &str) -> TestResponse {
        self.request(Request::builder().uri(path).body(Body::empty()).unwrap()).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> TestResponse {
        let mut b = Request::builder().uri(path);
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        self.request(b.body(Body::empty()).unwrap()).await
    }

    /// POST a form, adding this client's CSRF token.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let token = self.csrf_token();
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push((csrf::FIELD, &token));
        self.post_raw(path, &serde_urlencoded::to_string(&all).unwrap()).await
    }

    /// POST a file upload (`multipart/form-data` with one `file` field), the CSRF token in the URL
    /// as the upload forms carry it.
    pub async fn post_file(
        &self,
        path: &str,
        filename: &str,
        content_type: &str,
        bytes: &[u8],
    ) -> TestResponse {
        self.post_multipart(path, &[], (filename, content_type, bytes)).await
    }

    /// POST `multipart/form-data`: text `fields` first, then the `file` field.
    pub async fn post_multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file: (&str, &str, &[u8]),
    ) -> TestResponse {
        let boundary = "hiroba-test-boundary-7f3a";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        let (filename, content_type, bytes) = file;
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\nContent-Type: {content_type}\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let sep = if path.contains('?') { '&' } else { '?' };
        let uri = format!("{path}{sep}{}={}", csrf::FIELD, self.csrf_token());
        self.request(
            Request::builder()
                .method(Method::POST)
                .uri(uri)
                .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
                .body(Body::from(body))
                .unwrap(),
        )
        .await
    }

    /// POST a body as is (no CSRF token added).
    pub async fn post_raw(&self, path: &str, body: &str) -> TestResponse {
        self.request(
            Request::builder()
                .method(Method::POST)
                .uri(path)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body.to_string()))
                .unwrap(),
        )
        .await
    }
}

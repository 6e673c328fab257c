//! Encryption at rest for sensitive fields (AES-256-GCM, a CRYPTREC-listed cipher).
//!
//! Envelope encryption: values are encrypted with a *data key* (DEK); data keys are stored in the
//! `data_keys` table only in wrapped form, encrypted with a *key-encryption key* (KEK) from the key
//! file (`HIROBA_SECRET_KEY_FILE`), which lives apart from the database and its backups. A stolen
//! database therefore reveals nothing.
//!
//! Every stored value carries the id of its data key: `enc:v1:<dek-id>:<base64(nonce ‖ ciphertext)>`.
//! The column name is bound in as associated data, so a value copied into another column does not
//! decrypt. `hiroba keys rotate` adds a KEK and re-wraps every data key with it: values are not
//! touched, and running servers keep working (they re-read the key file when they meet a KEK they do
//! not know).

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use rand::RngCore;
use sea_orm::{ActiveModelTrait, EntityTrait, QueryOrder, Set};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::RwLock;

use crate::db::entities::data_keys;
use crate::db::Db;

#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    #[error("key file {path}: {reason}")]
    KeyFile { path: String, reason: String },
    #[error("encrypted value is malformed")]
    Malformed,
    #[error("data key {0} is unknown")]
    UnknownDataKey(String),
    #[error("key-encryption key {0} is not in the key file")]
    UnknownKek(String),
    #[error("decryption failed (wrong key or tampered value)")]
    Decrypt,
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
}

/// The key file: KEKs and the HMAC key for CSRF tokens and hashed identifiers.
#[derive(Clone, Serialize, Deserialize)]
pub struct KeyFile {
    pub active_kek: String,
    pub hmac_key: String,
    pub kek: Vec<KekEntry>,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct KekEntry {
    pub id: String,
    pub key: String,
    pub created: String,
}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b
}

fn new_id(prefix: &str) -> String {
    format!("{prefix}-{}", URL_SAFE_NO_PAD.encode(random_bytes::<9>()))
}

impl KeyFile {
    pub fn generate() -> Self {
        let kek = KekEntry {
            id: new_id("kek"),
            key: STANDARD.encode(random_bytes::<32>()),
            created: chrono::Utc::now().to_rfc3339(),
        };
        KeyFile {
            active_kek: kek.id.clone(),
            hmac_key: STANDARD.encode(random_bytes::<32>()),
            kek: vec![kek],
        }
    }

    pub fn read(path: &Path) -> Result<Self, CryptoError> {
        let err = |reason: String| CryptoError::KeyFile { path: path.display().to_string(), reason };
        let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
        let kf: KeyFile = toml::from_str(&text).map_err(|e| err(e.to_string()))?;
        if !kf.kek.iter().any(|k| k.id == kf.active_kek) {
            return Err(err(format!("active_kek {} is not listed", kf.active_kek)));
        }
        for k in &kf.kek {
            if STANDARD.decode(&k.key).map(|b| b.len()) != Ok(32) {
                return Err(err(format!("key {} is not 32 bytes of base64", k.id)));
            }
        }
        if STANDARD.decode(&kf.hmac_key).map(|b| b.len()) != Ok(32) {
            return Err(err("hmac_key is not 32 bytes of base64".into()));
        }
        Ok(kf)
    }

    /// Read the key file, creating it (mode 0600) on first start.
    pub fn read_or_create(path: &Path) -> Result<Self, CryptoError> {
        if path.exists() {
            return Self::read(path);
        }
        let kf = Self::generate();
        kf.write(path)?;
        tracing::info!(path = %path.display(), "created a new key file; back it up apart from the database");
        Ok(kf)
    }

    /// Write atomically (temp file + rename) so a crash never leaves half a key file.
    pub fn write(&self, path: &Path) -> Result<(), CryptoError> {
        let err = |e: std::io::Error| CryptoError::KeyFile {
            path: path.display().to_string(),
            reason: e.to_string(),
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(err)?;
        }
        let body = format!(
            "# Hiroba key file. Keep it apart from the database and its backups: without it the\n\
             # encrypted fields cannot be read; with the database alone, nothing can be.\n{}",
            toml::to_string(self).expect("key file serialises")
        );
        let tmp = path.with_extension("tmp");
        {
            use std::io::Write;
            let mut opts = std::fs::OpenOptions::new();
            opts.write(true).create(true).truncate(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                opts.mode(0o600);
            }
            let mut f = opts.open(&tmp).map_err(err)?;
            f.write_all(body.as_bytes()).map_err(err)?;
            f.sync_all().map_err(err)?;
        }
        std::fs::rename(&tmp, path).map_err(err)
    }

    fn kek(&self, id: &str) -> Option<Aes256Gcm> {
        let k = self.kek.iter().find(|k| k.id == id)?;
        let bytes = STANDARD.decode(&k.key).ok()?;
        Aes256Gcm::new_from_slice(&bytes).ok()
    }

    pub fn hmac_key(&self) -> Vec<u8> {
        STANDARD.decode(&self.hmac_key).unwrap_or_default()
    }
}

fn seal(cipher: &Aes256Gcm, plaintext: &[u8], aad: &[u8]) -> String {
    let nonce = random_bytes::<12>();
    let ct = cipher
        .encrypt(Nonce::from_slice(&nonce), Payload { msg: plaintext, aad })
        .expect("AES-GCM encryption does not fail for in-memory buffers");
    let mut out = nonce.to_vec();
    out.extend_from_slice(&ct);
    STANDARD.encode(out)
}

fn open(cipher: &Aes256Gcm, sealed: &str, aad: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let raw = STANDARD.decode(sealed).map_err(|_| CryptoError::Malformed)?;
    if raw.len() < 12 + 16 {
        return Err(CryptoError::Malformed);
    }
    let (nonce, ct) = raw.split_at(12);
    cipher.decrypt(Nonce::from_slice(nonce), Payload { msg: ct, aad }).map_err(|_| CryptoError::Decrypt)
}

/// Encrypts and decrypts field values. Cheap to share: data keys are cached after first use.
pub struct FieldCipher {
    key_file_path: PathBuf,
    keys: RwLock<KeyFile>,
    deks: RwLock<HashMap<String, Aes256Gcm>>,
    active_dek: RwLock<String>,
    db: Db,
}

impl FieldCipher {
    /// Load the key file and make sure a data key exists (creating the first one on a new database).
    pub async fn open(db: Db, key_file_path: &Path) -> Result<Self, CryptoError> {
        let keys = KeyFile::read_or_create(key_file_path)?;
        let fc = FieldCipher {
            key_file_path: key_file_path.to_path_buf(),
            keys: RwLock::new(keys),
            deks: RwLock::new(HashMap::new()),
            active_dek: RwLock::new(String::new()),
            db,
        };
        let newest =
            data_keys::Entity::find().order_by_desc(data_keys::Column::CreatedAt).one(fc.db.write()).await?;
        let id = match newest {
            Some(row) => row.id,
            None => fc.create_data_key().await?,
        };
        fc.load_dek(&id).await?;
        *fc.active_dek.write().expect("lock") = id;
        Ok(fc)
    }

    pub fn hmac_key(&self) -> Vec<u8> {
        self.keys.read().expect("lock").hmac_key()
    }

    async fn create_data_key(&self) -> Result<String, CryptoError> {
        let (kek_id, kek) = {
            let k = self.keys.read().expect("lock");
            (
                k.active_kek.clone(),
                k.kek(&k.active_kek).ok_or_else(|| CryptoError::UnknownKek(k.active_kek.clone()))?,
            )
        };
        let id = new_id("dek");
        let dek = random_bytes::<32>();
        let wrapped = seal(&kek, &dek, id.as_bytes());
        data_keys::ActiveModel {
            id: Set(id.clone()),
            kek_id: Set(kek_id),
            wrapped: Set(wrapped),
            created_at: Set(chrono::Utc::now()),
        }
        .insert(self.db.write())
        .await?;
        Ok(id)
    }

    async fn load_dek(&self, id: &str) -> Result<Aes256Gcm, CryptoError> {
        if let Some(c) = self.deks.read().expect("lock").get(id) {
            return Ok(c.clone());
        }
        let row = data_keys::Entity::find_by_id(id.to_string())
            .one(self.db.write())
            .await?
            .ok_or_else(|| CryptoError::UnknownDataKey(id.to_string()))?;
        let kek = match self.keys.read().expect("lock").kek(&row.kek_id) {
            Some(k) => k,
            None => {
                // Rotated by another process since we started: pick up the new key file.
                let fresh = KeyFile::read(&self.key_file_path)?;
                let k = fresh.kek(&row.kek_id).ok_or_else(|| CryptoError::UnknownKek(row.kek_id.clone()))?;
                *self.keys.write().expect("lock") = fresh;
                k
            }
        };
        let dek = open(&kek, &row.wrapped, row.id.as_bytes())?;
        let cipher = Aes256Gcm::new_from_slice(&dek).map_err(|_| CryptoError::Malformed)?;
        self.deks.write().expect("lock").insert(id.to_string(), cipher.clone());
        Ok(cipher)
    }

    /// Encrypt `plaintext` for the column named `column` (e.g. `users.totp_secret`).
    pub async fn encrypt(&self, column: &str, plaintext: &str) -> Result<String, CryptoError> {
        let id = self.active_dek.read().expect("lock").clone();
        let cipher = self.load_dek(&id).await?;
        Ok(format!("enc:v1:{id}:{}", seal(&cipher, plaintext.as_bytes(), column.as_bytes())))
    }

    pub async fn decrypt(&self, column: &str, stored: &str) -> Result<String, CryptoError> {
        let rest = stored.strip_prefix("enc:v1:").ok_or(CryptoError::Malformed)?;
        let (id, sealed) = rest.split_once(':').ok_or(CryptoError::Malformed)?;
        let cipher = self.load_dek(id).await?;
        let bytes = open(&cipher, sealed, column.as_bytes())?;
        String::from_utf8(bytes).map_err(|_| CryptoError::Malformed)
    }
}

/// Outcome of [`rotate`].
pub struct Rotation {
    pub new_kek: String,
    pub rewrapped: usize,
}

/// Add a new key-encryption key, make it active, and re-wrap every data key with it. The old KEK
/// stays in the file until an operator removes it after checking backups.
pub async fn rotate(db: &Db, key_file_path: &Path) -> Result<Rotation, CryptoError> {
    let mut kf = KeyFile::read(key_file_path)?;
    let new = KekEntry {
        id: new_id("kek"),
        key: STANDARD.encode(random_bytes::<32>()),
        created: chrono::Utc::now().to_rfc3339(),
    };
    let new_cipher =
        Aes256Gcm::new_from_slice(&STANDARD.decode(&new.key).expect("fresh key")).expect("32 bytes");
    kf.kek.push(new.clone());
    kf.active_kek = new.id.clone();
    // Write the file first: a re-wrapped key must never exist without the KEK that opens it.
    kf.write(key_file_path)?;
    let rows = data_keys::Entity::find().all(db.write()).await?;
    let mut rewrapped = 0;
    for row in rows {
        let old = kf.kek(&row.kek_id).ok_or_else(|| CryptoError::UnknownKek(row.kek_id.clone()))?;
        let dek = open(&old, &row.wrapped, row.id.as_bytes())?;
        let mut am: data_keys::ActiveModel = row.clone().into();
        am.wrapped = Set(seal(&new_cipher, &dek, row.id.as_bytes()));
        am.kek_id = Set(new.id.clone());
        am.update(db.write()).await?;
        rewrapped += 1;
    }
    Ok(Rotation { new_kek: new.id, rewrapped })
}

/// A keyed hash for identifiers that must be matched but never read back (login throttling keys).
/// 32 bytes of key material for one `purpose`, derived from the installation's HMAC key (the
/// seeds of the VAPID and badge-signing keys): every process derives the same, nothing else to keep.
pub fn derive_key(key: &[u8], purpose: &str) -> [u8; 32] {
    use hmac::{Hmac, Mac};
    let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(purpose.as_bytes());
    mac.finalize().into_bytes().into()
}

pub fn keyed_hash(key: &[u8], purpose: &str, value: &str) -> String {
    use hmac::{Hmac, Mac};
    let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(purpose.as_bytes());
    mac.update(b"\0");
    mac.update(value.as_bytes());
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

/// SHA-256 in hex, for storing tokens we only need to recognise.
/// Compare a secret presented by a visitor with the expected one in constant time.
pub fn same_secret(expected: &str, presented: &str) -> bool {
    use subtle::ConstantTimeEq;
    expected.as_bytes().ct_eq(presented.as_bytes()).into()
}

pub fn sha256_hex(value: &str) -> String {
    use sha2::Digest;
    let d = sha2::Sha256::digest(value.as_bytes());
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// A random URL-safe token of 32 bytes.
pub fn random_token() -> String {
    URL_SAFE_NO_PAD.encode(random_bytes::<32>())
}

//! Key rotation: a new key-encryption key re-wraps every data key; stored values stay readable,
//! also by a server process that started before the rotation.

use hiroba_core::crypto::{self, FieldCipher, KeyFile};
use hiroba_testkit::{db_test, TestDb};
use sea_orm::EntityTrait;

db_test!(rotating_keys_rewraps_data_keys_and_keeps_values_readable, |backend| async move {
    let test_db = TestDb::new(&backend).await;
    let key_path = test_db.dir.join("keys.toml");
    let running = FieldCipher::open(test_db.db.clone(), &key_path).await.unwrap();
    let stored = running.encrypt("cases.notes", "薬が必要です").await.unwrap();
    let before = KeyFile::read(&key_path).unwrap();

    let r = crypto::rotate(&test_db.db, &key_path).await.unwrap();
    assert_eq!(r.rewrapped, 1);
    let after = KeyFile::read(&key_path).unwrap();
    assert_ne!(before.active_kek, after.active_kek);
    assert_eq!(after.kek.len(), 2, "the old key stays until an operator removes it");
    let rows = hiroba_core::db::entities::data_keys::Entity::find().all(test_db.db.read()).await.unwrap();
    assert!(rows.iter().all(|k| k.kek_id == r.new_kek));

    // A process started after rotation reads old values.
    let fresh = FieldCipher::open(test_db.db.clone(), &key_path).await.unwrap();
    assert_eq!(fresh.decrypt("cases.notes", &stored).await.unwrap(), "薬が必要です");
    // The process that was running keeps working.
    assert_eq!(running.decrypt("cases.notes", &stored).await.unwrap(), "薬が必要です");

    // Without the key file the database alone reveals nothing.
    let other_keys = test_db.dir.join("other-keys.toml");
    KeyFile::generate().write(&other_keys).unwrap();
    let stranger = FieldCipher::open(test_db.db.clone(), &other_keys).await;
    match stranger {
        Err(_) => {}
        Ok(s) => assert!(s.decrypt("cases.notes", &stored).await.is_err()),
    }
});

#[test]
fn a_tampered_key_file_is_refused_naming_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.toml");
    std::fs::write(&p, "active_kek = \"x\"\nhmac_key = \"AAAA\"\nkek = []\n").unwrap();
    let e = KeyFile::read(&p).err().unwrap().to_string();
    assert!(e.contains("k.toml") && e.contains("active_kek"), "{e}");
}

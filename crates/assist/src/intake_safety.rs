//! Safety's help requests become Assist cases. Safety stores them (encrypted) in its intake table;
//! Assist takes the new ones, opens a case for each and marks them taken, so each becomes one
//! case even with several server processes (the conditional update decides).

use hiroba_core::crypto::FieldCipher;
use hiroba_core::db::Db;

use crate::cases::{self, Intake};

pub async fn import(db: &Db, cipher: &FieldCipher) -> Result<usize, String> {
    let mut n = 0;
    for req in hiroba_safety::store::new_help_requests(db).await.map_err(|e| e.to_string())? {
        if !hiroba_safety::store::take_help_request(db, req.id).await.map_err(|e| e.to_string())? {
            continue;
        }
        let contact =
            cipher.decrypt("safety_help_requests.contact", &req.contact).await.map_err(|e| e.to_string())?;
        let time = cipher
            .decrypt("safety_help_requests.preferred_time", &req.preferred_time)
            .await
            .map_err(|e| e.to_string())?;
        let mut message =
            format!("[Safety] {}", if time.is_empty() { String::new() } else { format!("⏰ {time}") });
        if req.share_answers {
            if let Some(rid) = req.response_id {
                message.push_str(&format!("\nSafety response #{rid} (shared by the worker)"));
            }
        }
        // The workplace the worker entered in Safety, when they shared their answers.
        let site_id = match req.response_id {
            Some(rid) => hiroba_safety::store::response_site(db, rid).await.map_err(|e| e.to_string())?,
            None => None,
        };
        cases::intake(
            db,
            cipher,
            Intake {
                name: "",
                contact: &contact,
                lang: &req.preferred_lang,
                channel: "safety",
                message: &message,
                site_id,
            },
        )
        .await
        .map_err(|e| e.to_string())?;
        n += 1;
    }
    Ok(n)
}

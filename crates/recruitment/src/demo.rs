//! Demo registry: committed sending organisations in three countries, two supervising
//! organisations and a host company, linked along the recruitment chain.

use crate::registry::{self, OrgForm, RegistryError};
use hiroba_core::AppState;

/// Load once (nothing when the registry has organisations). Returns whether it loaded.
pub async fn load(state: &AppState) -> Result<bool, RegistryError> {
    let db = &state.db;
    if !registry::all(db).await?.is_empty() {
        return Ok(false);
    }
    let org =
        |kind: &str, name: &str, country: &str, committed: &str, training: &str, monitoring: &str| OrgForm {
            kind: kind.into(),
            name: name.into(),
            country: country.into(),
            committed_on: committed.into(),
            training_on: training.into(),
            monitoring: monitoring.into(),
        };
    let hanoi = registry::create(
        db,
        &org("sending", "Hanoi Fair Manpower JSC", "VN", "2025-04-01", "2025-06-12", "good"),
    )
    .await?;
    let jakarta = registry::create(
        db,
        &org("sending", "PT Jakarta Zero Fee Placement", "ID", "2025-09-15", "", "in-progress"),
    )
    .await?;
    let manila = registry::create(
        db,
        &org("sending", "Manila Ethical Recruitment Inc.", "PH", "2026-02-01", "", "not-started"),
    )
    .await?;
    let kanto = registry::create(
        db,
        &org("supervising", "Kanto Food Industry Cooperative", "JP", "2025-05-20", "2025-07-01", "good"),
    )
    .await?;
    let gunma = registry::create(
        db,
        &org("supervising", "Gunma Care Support Association", "JP", "", "", "not-started"),
    )
    .await?;
    let host = registry::create(
        db,
        &org("host", hiroba_companies::demo::COMPANY, "JP", "2025-06-01", "2025-07-01", "in-progress"),
    )
    .await?;
    for (from, to) in
        [(hanoi.id, kanto.id), (jakarta.id, kanto.id), (manila.id, gunma.id), (kanto.id, host.id)]
    {
        registry::link(db, from, to).await?;
    }
    Ok(true)
}

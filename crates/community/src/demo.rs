//! Demo events relative to today: a public seminar, a members' workshop, a Field Academy series
//! of four sessions and a Friends gathering; and two Friends profiles in Gunma.

use chrono::{Duration, Utc};
use hiroba_core::auth::users;
use hiroba_core::AppState;

use crate::events::{self, EventError, EventForm};

pub const SEMINAR: &str = "Seminar: recruitment without fees, in practice";

fn form(
    kind: &str,
    title: &str,
    audience: &str,
    format: &str,
    in_days: i64,
    hours: i64,
    capacity: &str,
) -> EventForm {
    let start = (Utc::now() + Duration::days(in_days))
        .date_naive()
        .and_hms_opt(5, 0, 0)
        .expect("05:00 UTC")
        .and_utc();
    EventForm {
        kind: kind.into(),
        title: title.into(),
        summary: "Speakers from a sending organisation, a supervising organisation and a host company \
                  explain how they share the costs of recruitment so that **workers pay nothing**, \
                  followed by questions."
            .into(),
        lang: "ja".into(),
        format: format.into(),
        place: if format == "online" { String::new() } else { "JICA Ichigaya, Tokyo".into() },
        online_url: if format == "in-person" { String::new() } else { "https://meet.example/hiroba".into() },
        audience: audience.into(),
        capacity: capacity.into(),
        starts: events::to_local(start),
        ends: events::to_local(start + Duration::hours(hours)),
        ..Default::default()
    }
}

/// Load once (nothing when events exist). Returns whether it loaded.
pub async fn load(state: &AppState) -> Result<bool, EventError> {
    let db = &state.db;
    if !events::all(db).await?.is_empty() {
        return Ok(false);
    }
    let Some(sec) = users::find_by_email(db, "secretariat@demo.hiroba.example").await? else {
        return Ok(false);
    };
    events::create(db, &form("seminar", SEMINAR, "public", "hybrid", 14, 2, "80"), sec.id).await?;
    events::create(
        db,
        &form("workshop", "Members' workshop: writing the half-year report", "members", "online", 21, 2, ""),
        sec.id,
    )
    .await?;
    let parts = [("pre-workshop", 30), ("tour", 37), ("post-workshop", 44), ("debriefing", 51)];
    for (i, (part, days)) in parts.iter().enumerate() {
        let mut f = form(
            "study-trip",
            &format!("Field Academy Gunma: {part}"),
            "members",
            "in-person",
            *days,
            3,
            "25",
        );
        f.series_part = part.to_string();
        if i == 0 {
            f.series = "new".into();
            f.series_title = "Field Academy: food factories in Gunma".into();
        } else {
            f.series = events::series(db).await?[0].id.to_string();
        }
        events::create(db, &f, sec.id).await?;
    }
    let mut gathering =
        form("friends", "Friends gathering: autumn picnic in Maebashi", "public", "in-person", 10, 3, "40");
    gathering.place = "Shikishima Park, Maebashi, Gunma".into();
    gathering.lang = "en".into();
    events::create(db, &gathering, sec.id).await?;
    // Two Friends profiles, so the search shows someone.
    for (email, nickname, kind, langs, offers, needs) in [
        (
            "worker@demo.hiroba.example",
            "Lan",
            "resident",
            vec!["vi", "ja"],
            "Vietnamese cooking",
            "Japanese conversation practice",
        ),
        (
            "supporter@demo.hiroba.example",
            "Yuki",
            "supporter",
            vec!["ja", "en"],
            "Japanese practice on weekends, help with city hall forms",
            "",
        ),
    ] {
        if let Some(u) = users::find_by_email(db, email).await? {
            let f = crate::friends::ProfileForm {
                nickname: nickname.into(),
                kind: kind.into(),
                prefecture: "gunma".into(),
                city: "Maebashi".into(),
                languages: langs.into_iter().map(str::to_string).collect(),
                offers: offers.into(),
                needs: needs.into(),
                visible: true,
            };
            crate::friends::save_profile(db, u.id, &f)
                .await
                .map_err(|e| EventError::Db(sea_orm::DbErr::Custom(e.to_string())))?;
        }
    }
    Ok(true)
}

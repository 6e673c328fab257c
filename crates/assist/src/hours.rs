//! Opening hours of the consultation service: Tuesday to Saturday, 10:00 to 18:00 Japan time.
//! Outside them the worker is told when a counsellor will answer.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveTime, TimeZone, Utc, Weekday};

const OPEN_DAYS: [Weekday; 5] = [Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat];

fn jst() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).expect("offset")
}

fn open_time() -> NaiveTime {
    NaiveTime::from_hms_opt(10, 0, 0).expect("time")
}

fn close_time() -> NaiveTime {
    NaiveTime::from_hms_opt(18, 0, 0).expect("time")
}

/// `None` while counsellors are at work; otherwise when they start again (Japan time).
pub fn next_opening(now: DateTime<Utc>) -> Option<DateTime<FixedOffset>> {
    let local = now.with_timezone(&jst());
    let t = local.time();
    if OPEN_DAYS.contains(&local.weekday()) && t >= open_time() && t < close_time() {
        return None;
    }
    let mut day = local.date_naive();
    if t >= open_time() || !OPEN_DAYS.contains(&local.weekday()) {
        day += Duration::days(1);
    }
    while !OPEN_DAYS.contains(&day.weekday()) {
        day += Duration::days(1);
    }
    jst().from_local_datetime(&day.and_time(open_time())).single()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn open_hours_and_the_next_opening() {
        // 2026-11-24 is a Tuesday.
        assert_eq!(next_opening(at("2026-11-24T12:00:00+09:00")), None);
        assert_eq!(
            next_opening(at("2026-11-24T09:59:00+09:00")).unwrap().to_rfc3339(),
            "2026-11-24T10:00:00+09:00"
        );
        assert_eq!(
            next_opening(at("2026-11-24T18:00:00+09:00")).unwrap().to_rfc3339(),
            "2026-11-25T10:00:00+09:00"
        );
        // Saturday evening and Sunday wait until Tuesday morning.
        assert_eq!(
            next_opening(at("2026-11-28T19:00:00+09:00")).unwrap().to_rfc3339(),
            "2026-12-01T10:00:00+09:00"
        );
        assert_eq!(
            next_opening(at("2026-11-30T08:00:00+09:00")).unwrap().to_rfc3339(),
            "2026-12-01T10:00:00+09:00"
        );
    }
}

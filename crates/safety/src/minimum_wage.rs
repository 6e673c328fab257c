//! Japan's minimum wages per prefecture (`data/minimum-wage-japan.csv`, from the reference data),
//! with the date each year's rate takes effect, so an answer is compared with the rate in force on
//! the day it was given.

use std::sync::LazyLock;

pub struct Prefecture {
    pub code: String,
    pub name_en: String,
    pub name_ja: String,
    pub previous: u32,
    pub current: u32,
    /// `YYYY-MM-DD` from which `current` applies.
    pub effective: String,
}

pub static PREFECTURES: LazyLock<Vec<Prefecture>> = LazyLock::new(|| {
    include_str!("../data/minimum-wage-japan.csv")
        .lines()
        .skip(1)
        .filter_map(|line| {
            let f: Vec<&str> = line.split(',').collect();
            Some(Prefecture {
                code: f.first()?.to_string(),
                name_en: f.get(1)?.to_string(),
                name_ja: f.get(2)?.to_string(),
                previous: f.get(3)?.parse().ok()?,
                current: f.get(4)?.parse().ok()?,
                effective: f.get(5)?.to_string(),
            })
        })
        .collect()
});

pub fn is_prefecture(code: &str) -> bool {
    PREFECTURES.iter().any(|p| p.code == code)
}

/// The hourly minimum wage in force in `prefecture` on `day` (`YYYY-MM-DD`).
pub fn on(prefecture: &str, day: &str) -> Option<u32> {
    let p = PREFECTURES.iter().find(|p| p.code == prefecture)?;
    Some(if day >= p.effective.as_str() { p.current } else { p.previous })
}

#[cfg(test)]
mod tests {
    #[test]
    fn forty_seven_prefectures_with_dated_rates() {
        assert_eq!(super::PREFECTURES.len(), 47);
        let tokyo = super::PREFECTURES.iter().find(|p| p.name_en == "Tokyo").unwrap();
        assert_eq!(super::on(&tokyo.code, "2026-11-25"), Some(tokyo.current));
        assert_eq!(super::on(&tokyo.code, "2024-01-01"), Some(tokyo.previous));
        assert_eq!(super::on("99", "2026-01-01"), None);
    }
}

//! Choosing the reader's language when the URL does not say it: cookie, then `Accept-Language`.

/// Aliases browsers send for our languages: Filipino for Tagalog, the old Indonesian code, and
/// regional Chinese and Portuguese tags.
fn alias(primary: &str) -> &str {
    match primary {
        "fil" => "tl",
        "in" => "id",
        _ => primary,
    }
}

fn primary(tag: &str) -> String {
    alias(&tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase()).to_string()
}

/// Pick the best of `available` for an `Accept-Language` header, honouring q-values; ties keep the
/// header's order. Exact tags win over a match on the primary language only.
pub fn from_accept_language<'a>(header: &str, available: &[&'a str]) -> Option<&'a str> {
    let mut ranges: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut it = part.trim().split(';');
            let tag = it.next()?.trim();
            if tag.is_empty() || tag == "*" {
                return None;
            }
            let q = it
                .find_map(|p| p.trim().strip_prefix("q=").and_then(|v| v.trim().parse::<f32>().ok()))
                .unwrap_or(1.0);
            (q > 0.0).then_some((q, i, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal).then(a.1.cmp(&b.1)));
    for (_, _, tag) in &ranges {
        if let Some(found) = available.iter().find(|a| a.eq_ignore_ascii_case(tag)) {
            return Some(found);
        }
        let p = primary(tag);
        if let Some(found) = available.iter().find(|a| primary(a) == p) {
            return Some(found);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    const LANGS: [&str; 9] = ["ja", "en", "zh-Hans", "es", "pt-BR", "id", "tl", "my", "vi"];

    #[test]
    fn picks_by_quality_and_region() {
        assert_eq!(from_accept_language("my-MM,my;q=0.9,en;q=0.8", &LANGS), Some("my"));
        assert_eq!(from_accept_language("fr;q=0.9,vi;q=0.5", &LANGS), Some("vi"));
        assert_eq!(from_accept_language("zh-CN,zh;q=0.9", &LANGS), Some("zh-Hans"));
        assert_eq!(from_accept_language("pt-PT", &LANGS), Some("pt-BR"));
        assert_eq!(from_accept_language("fil-PH", &LANGS), Some("tl"));
        assert_eq!(from_accept_language("en;q=0.1, ja", &LANGS), Some("ja"));
        assert_eq!(from_accept_language("fr, de", &LANGS), None);
        assert_eq!(from_accept_language("", &LANGS), None);
        assert_eq!(from_accept_language(";;;,q=,", &LANGS), None);
    }
}

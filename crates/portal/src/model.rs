//! The portal's vocabulary: topics, kinds, statuses.

/// Topics of the portal, in display order. Each has a message key `topic-<slug>`.
pub const TOPICS: [&str; 8] = [
    "work",
    "residence",
    "health-welfare",
    "daily-life",
    "disasters",
    "money",
    "family",
    "learning-japanese",
];

/// Sending countries with pre-arrival pages (ISO 3166 alpha-2); message key `country-<code>`.
pub const COUNTRIES: [&str; 12] = ["VN", "MM", "ID", "PH", "CN", "NP", "KH", "TH", "LK", "BD", "BR", "PE"];

pub const KINDS: [&str; 2] = ["article", "video"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Draft,
    Review,
    Published,
    Unpublished,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Draft, Status::Review, Status::Published, Status::Unpublished];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Review => "review",
            Status::Published => "published",
            Status::Unpublished => "unpublished",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

pub fn is_topic(s: &str) -> bool {
    TOPICS.contains(&s)
}

pub fn is_country(s: &str) -> bool {
    COUNTRIES.contains(&s)
}

/// Slugs are lower-case ASCII letters, digits and hyphens, 3 to 80 characters.
pub fn is_slug(s: &str) -> bool {
    (3..=80).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

//! Places and languages for Friends profiles. Prefecture names are proper nouns: shown in kanji to
//! readers of Japanese and Chinese and in the Hepburn romanisation to everyone else, as on maps
//! and station signs. Languages are shown by their own names, so a reader finds theirs.

/// (code, kanji, romanisation), in the usual north-to-south order.
pub const PREFECTURES: [(&str, &str, &str); 47] = [
    ("hokkaido", "北海道", "Hokkaido"),
    ("aomori", "青森県", "Aomori"),
    ("iwate", "岩手県", "Iwate"),
    ("miyagi", "宮城県", "Miyagi"),
    ("akita", "秋田県", "Akita"),
    ("yamagata", "山形県", "Yamagata"),
    ("fukushima", "福島県", "Fukushima"),
    ("ibaraki", "茨城県", "Ibaraki"),
    ("tochigi", "栃木県", "Tochigi"),
    ("gunma", "群馬県", "Gunma"),
    ("saitama", "埼玉県", "Saitama"),
    ("chiba", "千葉県", "Chiba"),
    ("tokyo", "東京都", "Tokyo"),
    ("kanagawa", "神奈川県", "Kanagawa"),
    ("niigata", "新潟県", "Niigata"),
    ("toyama", "富山県", "Toyama"),
    ("ishikawa", "石川県", "Ishikawa"),
    ("fukui", "福井県", "Fukui"),
    ("yamanashi", "山梨県", "Yamanashi"),
    ("nagano", "長野県", "Nagano"),
    ("gifu", "岐阜県", "Gifu"),
    ("shizuoka", "静岡県", "Shizuoka"),
    ("aichi", "愛知県", "Aichi"),
    ("mie", "三重県", "Mie"),
    ("shiga", "滋賀県", "Shiga"),
    ("kyoto", "京都府", "Kyoto"),
    ("osaka", "大阪府", "Osaka"),
    ("hyogo", "兵庫県", "Hyogo"),
    ("nara", "奈良県", "Nara"),
    ("wakayama", "和歌山県", "Wakayama"),
    ("tottori", "鳥取県", "Tottori"),
    ("shimane", "島根県", "Shimane"),
    ("okayama", "岡山県", "Okayama"),
    ("hiroshima", "広島県", "Hiroshima"),
    ("yamaguchi", "山口県", "Yamaguchi"),
    ("tokushima", "徳島県", "Tokushima"),
    ("kagawa", "香川県", "Kagawa"),
    ("ehime", "愛媛県", "Ehime"),
    ("kochi", "高知県", "Kochi"),
    ("fukuoka", "福岡県", "Fukuoka"),
    ("saga", "佐賀県", "Saga"),
    ("nagasaki", "長崎県", "Nagasaki"),
    ("kumamoto", "熊本県", "Kumamoto"),
    ("oita", "大分県", "Oita"),
    ("miyazaki", "宮崎県", "Miyazaki"),
    ("kagoshima", "鹿児島県", "Kagoshima"),
    ("okinawa", "沖縄県", "Okinawa"),
];

/// (code, the language's own name): the launch languages and others spoken by migrant workers.
pub const LANGUAGES: [(&str, &str); 16] = [
    ("ja", "日本語"),
    ("en", "English"),
    ("zh", "中文"),
    ("es", "Español"),
    ("pt", "Português"),
    ("id", "Bahasa Indonesia"),
    ("tl", "Tagalog"),
    ("my", "မြန်မာဘာသာ"),
    ("vi", "Tiếng Việt"),
    ("ne", "नेपाली"),
    ("km", "ខ្មែរ"),
    ("th", "ไทย"),
    ("mn", "Монгол"),
    ("si", "සිංහල"),
    ("bn", "বাংলা"),
    ("ko", "한국어"),
];

/// A prefecture's name for a reader of `lang`.
pub fn prefecture_name(code: &str, lang: &str) -> &'static str {
    PREFECTURES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, kanji, latin)| if lang == "ja" || lang.starts_with("zh") { *kanji } else { *latin })
        .unwrap_or("")
}

pub fn language_name(code: &str) -> &'static str {
    LANGUAGES.iter().find(|(c, _)| *c == code).map(|(_, n)| *n).unwrap_or("")
}

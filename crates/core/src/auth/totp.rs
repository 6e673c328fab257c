//! Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s) for counsellors and the
//! secretariat, compatible with every authenticator app. The shared secret is stored encrypted.

use totp_rs::{Algorithm, Secret, TOTP};

pub fn new_secret() -> String {
    Secret::generate_secret().to_encoded().to_string()
}

fn totp(secret_b32: &str, account: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret_b32.to_string()).to_bytes().ok()?;
    TOTP::new(Algorithm::SHA1, 6, 1, 30, bytes, Some("Hiroba".into()), account.to_string()).ok()
}

/// Accepts the current code and one step either side (clock drift on cheap phones).
pub fn check(secret_b32: &str, account: &str, code: &str) -> bool {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    totp(secret_b32, account).and_then(|t| t.check_current(&code).ok()).unwrap_or(false)
}

/// The code for now (tests and the demo).
pub fn current_code(secret_b32: &str, account: &str) -> Option<String> {
    totp(secret_b32, account)?.generate_current().ok()
}

/// `otpauth://` URL for the enrolment QR code.
pub fn otpauth_url(secret_b32: &str, account: &str) -> Option<String> {
    Some(totp(secret_b32, account)?.get_url())
}

/// The enrolment QR code as inline SVG (no image crate needed).
pub fn qr_svg(url: &str) -> Option<String> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    Some(code.render::<qrcode::render::svg::Color>().min_dimensions(200, 200).quiet_zone(true).build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_round_trip() {
        let s = new_secret();
        let c = current_code(&s, "a@b.c").unwrap();
        assert!(check(&s, "a@b.c", &c));
        assert!(!check(&s, "a@b.c", "000000x"));
        assert!(otpauth_url(&s, "a@b.c").unwrap().starts_with("otpauth://totp/Hiroba:"));
        assert!(qr_svg("otpauth://totp/x").unwrap().contains("<svg"));
    }
}

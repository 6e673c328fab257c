//! Password rules and hashing: argon2id with 19 MiB, t=2, p=1 (OWASP's minimum), 8 to 128
//! characters, and none of the most common breached passwords (a list shipped as data).

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::collections::HashSet;
use std::sync::LazyLock;

pub const MIN_LEN: usize = 8;
pub const MAX_LEN: usize = 128;

static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/common-passwords.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect()
});

/// Why a new password was refused; each maps to a message key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("password-too-short")]
    TooShort,
    #[error("password-too-long")]
    TooLong,
    #[error("password-too-common")]
    TooCommon,
    #[error("password-contains-email")]
    ContainsEmail,
}

pub fn check_new_password(password: &str, email: &str) -> Result<(), PasswordProblem> {
    let n = password.chars().count();
    if n < MIN_LEN {
        return Err(PasswordProblem::TooShort);
    }
    if n > MAX_LEN {
        return Err(PasswordProblem::TooLong);
    }
    let lower = password.to_lowercase();
    if COMMON.contains(lower.as_str()) {
        return Err(PasswordProblem::TooCommon);
    }
    let local = email.split('@').next().unwrap_or("").to_lowercase();
    if local.chars().count() >= 4 && lower.contains(&local) {
        return Err(PasswordProblem::ContainsEmail);
    }
    Ok(())
}

fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hash a password (PHC string). Takes ~tens of ms by design: call it from `spawn_blocking`.
pub fn hash(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    argon2().hash_password(password.as_bytes(), &salt).expect("argon2 hashing with valid params").to_string()
}

pub fn verify(password: &str, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => argon2().verify_password(password.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// A hash to verify against when the account does not exist, so a wrong email costs as much time
/// as a wrong password and timing does not reveal who has an account.
pub static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| hash("hiroba-timing-equaliser"));

pub async fn hash_async(password: String) -> String {
    tokio::task::spawn_blocking(move || hash(&password)).await.expect("hashing task")
}

pub async fn verify_async(password: String, phc: String) -> bool {
    tokio::task::spawn_blocking(move || verify(&password, &phc)).await.unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        assert_eq!(check_new_password("short", "a@b.c"), Err(PasswordProblem::TooShort));
        assert_eq!(check_new_password(&"x".repeat(129), "a@b.c"), Err(PasswordProblem::TooLong));
        assert_eq!(check_new_password("password123", "a@b.c"), Err(PasswordProblem::TooCommon));
        assert_eq!(check_new_password("Iloveyou1", "a@b.c"), Err(PasswordProblem::TooCommon));
        assert_eq!(
            check_new_password("tanaka-secret-99", "tanaka@example.org"),
            Err(PasswordProblem::ContainsEmail)
        );
        assert_eq!(check_new_password("ミャンマーの山と川", "a@b.c"), Ok(()));
        assert!(COMMON.len() > 8000);
    }

    #[test]
    fn hash_uses_argon2id_19mib_t2_p1_and_verifies() {
        let h = hash("correct horse battery");
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify("correct horse battery", &h));
        assert!(!verify("wrong", &h));
        assert!(!verify("x", "not a hash"));
    }
}

//! CSRF tokens bound to the visitor: to the session when signed in, otherwise to a random
//! anonymous cookie. A token is an HMAC of that binding under the key file's HMAC key, so it needs
//! no storage and works across server processes.

use crate::crypto::keyed_hash;
use subtle::ConstantTimeEq;

pub const FIELD: &str = "csrf_token";
pub const HEADER: &str = "x-csrf-token";

pub fn token_for(hmac_key: &[u8], binding: &str) -> String {
    keyed_hash(hmac_key, "csrf", binding)
}

pub fn verify(hmac_key: &[u8], binding: &str, presented: &str) -> bool {
    let expected = token_for(hmac_key, binding);
    expected.as_bytes().ct_eq(presented.as_bytes()).into()
}

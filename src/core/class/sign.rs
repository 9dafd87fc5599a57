//! HMAC-SHA256 with a class key (32 hex digits, 128 bits) from the teacher's assignment.
//!
//! The key sits on the pupils' tablets, so a signature proves only that a file was not
//! edited after the game wrote it, not that no determined person forged it; the teacher's
//! help says so.

use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

fn mac(key: &str, data: &[u8]) -> Option<HmacSha256> {
    let key = unhex(key)?;
    let mut mac = HmacSha256::new_from_slice(&key).ok()?;
    mac.update(data);
    Some(mac)
}

/// The signature of `data` as 64 hex digits; `None` if `key` is not hex.
pub fn sign(key: &str, data: &[u8]) -> Option<String> {
    Some(hex(&mac(key, data)?.finalize().into_bytes()))
}

/// The first `len` bytes of the signature (for QR codes, where space is short).
pub fn sign_short(key: &str, data: &[u8], len: usize) -> Option<Vec<u8>> {
    let full = mac(key, data)?.finalize().into_bytes();
    Some(full[..len.min(full.len())].to_vec())
}

/// Whether `signature` (hex) is the signature of `data` with `key`, compared in constant time.
pub fn verify(key: &str, data: &[u8], signature: &str) -> bool {
    match (mac(key, data), unhex(signature)) {
        (Some(mac), Some(signature)) => mac.verify_slice(&signature).is_ok(),
        _ => false,
    }
}

/// Whether `short` is the start of the signature of `data` with `key` (constant time).
pub fn verify_short(key: &str, data: &[u8], short: &[u8]) -> bool {
    match mac(key, data) {
        Some(mac) if !short.is_empty() => mac.verify_truncated_left(short).is_ok(),
        _ => false,
    }
}

/// Bytes as lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Hex (either case) as bytes; `None` for an odd length or a non-hex digit.
pub fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_4231_test_case_2() {
        // Key "Jefe", data "what do ya want for nothing?".
        let key = hex(b"Jefe");
        let signature = sign(&key, b"what do ya want for nothing?").unwrap();
        assert_eq!(signature, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assert!(verify(&key, b"what do ya want for nothing?", &signature));
        assert!(!verify(&key, b"what do ya want for nothing!", &signature));
        assert!(verify_short(&key, b"what do ya want for nothing?", &unhex(&signature).unwrap()[..12]));
        assert!(!verify_short(&key, b"what do ya want for nothing?", &[]));
    }

    #[test]
    fn bad_hex_never_verifies() {
        assert_eq!(unhex("abc"), None);
        assert_eq!(unhex("zz"), None);
        assert_eq!(sign("xyz", b"data"), None);
        assert!(!verify("00", b"data", "not hex"));
    }
}

//! FNV-1a, the one non-cryptographic hash of Byte Bridge: stable across versions and
//! platforms (stored checksums and xAPI statement ids depend on its exact values), tiny, and
//! needing no crate. Not for anything an attacker must not forge: signatures use HMAC-SHA256
//! (`class::sign`).

/// FNV-1a's 64-bit offset basis.
pub const FNV64_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV64_PRIME: u64 = 0x0100_0000_01b3;
const FNV32_OFFSET: u32 = 0x811c_9dc5;
const FNV32_PRIME: u32 = 0x0100_0193;

/// 64-bit FNV-1a of `bytes`, starting from `seed` ([`FNV64_OFFSET`] for the standard hash).
pub fn fnv1a_64(seed: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(seed, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(FNV64_PRIME))
}

/// 32-bit FNV-1a of `bytes`.
pub fn fnv1a_32(bytes: &[u8]) -> u32 {
    bytes.iter().fold(FNV32_OFFSET, |hash, &byte| (hash ^ u32::from(byte)).wrapping_mul(FNV32_PRIME))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference values of the FNV specification (draft-eastlake-fnv).
    #[test]
    fn matches_the_reference_values() {
        assert_eq!(fnv1a_64(FNV64_OFFSET, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a_64(FNV64_OFFSET, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a_64(FNV64_OFFSET, b"foobar"), 0x8594_4171_f739_67e8);
        assert_eq!(fnv1a_32(b""), 0x811c_9dc5);
        assert_eq!(fnv1a_32(b"a"), 0xe40c_292c);
        assert_eq!(fnv1a_32(b"foobar"), 0xbf9c_f968);
    }
}

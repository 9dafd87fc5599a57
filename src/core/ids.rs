//! The one rule for ids and words that come from files and links (player ids, level ids,
//! nickname and picture words, class ids and keys): they become storage keys, Fluent ids and
//! parts of xAPI IRIs, so each is checked with these before anything uses it.

/// Whether `text` is a plain token: 1–`max` characters of `a-z`, `0-9` and `-` (what every id
/// and word Byte Bridge makes looks like).
pub fn is_token(text: &str, max: usize) -> bool {
    !text.is_empty()
        && text.len() <= max
        && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `text` is exactly `len` lowercase hex digits (class ids and keys).
pub fn is_hex(text: &str, len: usize) -> bool {
    text.len() == len && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_short_lowercase_words_with_hyphens() {
        assert!(is_token("robot-first-steps", 64));
        assert!(is_token("00c0ffee00c0ffee", 32));
        for bad in ["", "Fox", "a_b", "a b", "é", "a/b", "<b>"] {
            assert!(!is_token(bad, 64), "{bad:?}");
        }
        assert!(!is_token("abc", 2));
    }

    #[test]
    fn hex_ids_have_their_exact_length() {
        assert!(is_hex("25201b4143f15e36", 16));
        assert!(!is_hex("25201b4143f15e3", 16));
        assert!(!is_hex("25201B4143F15E36", 16));
    }
}

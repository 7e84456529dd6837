//! The token secret: a credential that must not leak through formatting and
//! must not linger in memory after use.

use core::fmt;
use zeroize::Zeroize;

/// The `secret` of a personal access token (the Basic-Auth password).
///
/// * `Debug` and `Display` never show the value, only `***`.
/// * The bytes are overwritten with zeros when the value is dropped.
/// * Comparison runs in time independent of where the first difference is.
pub struct Secret(String);

impl Secret {
    /// Takes ownership of `value` without copying it, so no unwiped copy
    /// remains behind.
    pub fn new(value: String) -> Self {
        Secret(value)
    }

    /// The secret in clear text. Every call site that reveals the secret goes
    /// through this one method.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl Clone for Secret {
    fn clone(&self) -> Self {
        // `String::clone` allocates exactly `len` bytes: no reallocation that
        // would leave an unwiped copy behind.
        Secret(self.0.clone())
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        // Accumulate every difference instead of stopping at the first.
        let diff = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
        core::hint::black_box(diff) == 0
    }
}

impl Eq for Secret {}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_hide_the_value() {
        let s = Secret::new("hunter2".to_owned());
        assert_eq!(format!("{s:?}"), "Secret(***)");
        assert_eq!(format!("{s}"), "***");
        assert_eq!(s.expose(), "hunter2");
    }

    #[test]
    fn equality_compares_contents() {
        let a = Secret::new("abc".to_owned());
        assert_eq!(a, Secret::new("abc".to_owned()));
        assert_ne!(a, Secret::new("abd".to_owned()));
        assert_ne!(a, Secret::new("ab".to_owned()));
    }
}

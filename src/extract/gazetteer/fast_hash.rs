//! A small multiply-rotate hasher for the gazetteer's maps. Keys are short words and our own ids, never
//! attacker-chosen, so SipHash's flood resistance only costs time in the per-token hot path.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// An odd constant with well-mixed bits; the multiply spreads each input word over the high bits that
/// the hash table probes with.
const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

#[derive(Clone, Copy, Default)]
pub struct FastHasher {
    hash: u64,
}

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(MULTIPLIER);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("chunks of eight bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut padded = [0u8; 8];
            padded[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(padded));
        }
    }

    fn write_u8(&mut self, value: u8) {
        self.add(u64::from(value));
    }

    fn write_u32(&mut self, value: u32) {
        self.add(u64::from(value));
    }

    fn write_u64(&mut self, value: u64) {
        self.add(value);
    }

    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }

    /// The multiply leaves the low bits depending on the low input bits only, while the table picks
    /// buckets by the low bits: rotate the well-mixed high bits down.
    fn finish(&self) -> u64 {
        self.hash.rotate_left(26)
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

#[cfg(test)]
mod tests {
    use super::FastHasher;
    use std::hash::{Hash, Hasher};

    fn hash_of(word: &str) -> u64 {
        let mut hasher = FastHasher::default();
        word.hash(&mut hasher);
        hasher.finish()
    }

    #[test]
    fn words_differing_in_one_late_byte_hash_apart() {
        assert_ne!(hash_of("Secretary-General"), hash_of("Secretary-Generab"));
        assert_ne!(hash_of("ab"), hash_of("ba"));
    }
}

//! The trained weights: an open-addressing table from feature key to one i16 weight per tag, and its
//! file format.
//!
//! # File format (`data/tagger.bin`), all integers little-endian
//!
//! | bytes | content |
//! |-------|---------|
//! | 8     | magic `NGTAGGER` |
//! | 4     | format version, `u32` (currently 1) |
//! | 4     | tag count, `u32` (7: O, B/I-Person, B/I-Organization, B/I-Place) |
//! | 4     | feature count `n`, `u32` |
//! | n × (8 + 2 × 7) | per feature, in ascending key order: its key (`u64`, never 0), then one `i16` weight per tag |
//!
//! Weights are quantised averaged-perceptron weights. Their scale is not stored: tagging only compares
//! the scores of the tags, which one common factor does not change.

use super::error::TaggerError;
use super::label::BioTag;

const MAGIC: &[u8; 8] = b"NGTAGGER";
const VERSION: u32 = 1;
const HEADER_LENGTH: usize = 8 + 4 + 4 + 4;
const RECORD_LENGTH: usize = 8 + 2 * BioTag::COUNT;

/// One feature's weights: a score contribution per tag.
pub type TagWeights = [i16; BioTag::COUNT];

/// A table slot; a key of 0 marks it empty. Key and weights share a slot so that a lookup touches
/// one cache line.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    key: u64,
    weights: TagWeights,
}

#[derive(Clone, Debug)]
pub struct Weights {
    slots: Vec<Slot>,
    /// Slot count minus one; the slot count is a power of two.
    mask: usize,
    len: usize,
}

impl Weights {
    /// Builds the table from distinct, non-zero keys.
    pub fn from_entries(entries: impl ExactSizeIterator<Item = (u64, TagWeights)>) -> Result<Self, TaggerError> {
        // At most half full, so that probe runs stay short.
        let capacity = (entries.len() * 2).next_power_of_two().max(16);
        let mut weights = Self { slots: vec![Slot::default(); capacity], mask: capacity - 1, len: 0 };
        for (key, tag_weights) in entries {
            if key == 0 {
                return Err(TaggerError::ZeroKey);
            }
            let slot = weights.find(key);
            if slot.key == key {
                return Err(TaggerError::DuplicateKey(key));
            }
            *slot = Slot { key, weights: tag_weights };
            weights.len += 1;
        }
        Ok(weights)
    }

    /// The slot holding `key`, or the empty slot where it belongs.
    fn find(&mut self, key: u64) -> &mut Slot {
        let mut index = key as usize & self.mask;
        while self.slots[index].key != 0 && self.slots[index].key != key {
            index = (index + 1) & self.mask;
        }
        &mut self.slots[index]
    }

    /// Adds the weights of feature `key`, if it has any, to `scores`.
    #[inline]
    pub fn add_to(&self, key: u64, scores: &mut [i32; BioTag::COUNT]) {
        let mut index = key as usize & self.mask;
        loop {
            let slot = &self.slots[index];
            if slot.key == key {
                for (score, weight) in scores.iter_mut().zip(slot.weights) {
                    *score += i32::from(weight);
                }
                return;
            }
            if slot.key == 0 {
                return;
            }
            index = (index + 1) & self.mask;
        }
    }

    /// How many features have weights.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut entries: Vec<&Slot> = self.slots.iter().filter(|slot| slot.key != 0).collect();
        entries.sort_unstable_by_key(|slot| slot.key);
        let mut bytes = Vec::with_capacity(HEADER_LENGTH + entries.len() * RECORD_LENGTH);
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&VERSION.to_le_bytes());
        bytes.extend_from_slice(&(BioTag::COUNT as u32).to_le_bytes());
        bytes.extend_from_slice(&(entries.len() as u32).to_le_bytes());
        for slot in entries {
            bytes.extend_from_slice(&slot.key.to_le_bytes());
            for weight in slot.weights {
                bytes.extend_from_slice(&weight.to_le_bytes());
            }
        }
        bytes
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, TaggerError> {
        let header = bytes.get(..HEADER_LENGTH).ok_or(TaggerError::Truncated)?;
        if &header[..8] != MAGIC {
            return Err(TaggerError::NotAModel);
        }
        let field = |at: usize| u32::from_le_bytes(header[at..at + 4].try_into().expect("four bytes"));
        let (version, tags, count) = (field(8), field(12), field(16));
        if version != VERSION {
            return Err(TaggerError::UnsupportedVersion(version));
        }
        if tags as usize != BioTag::COUNT {
            return Err(TaggerError::TagCount(tags));
        }
        let body = &bytes[HEADER_LENGTH..];
        if body.len() != count as usize * RECORD_LENGTH {
            return Err(TaggerError::Truncated);
        }
        Self::from_entries(body.chunks_exact(RECORD_LENGTH).map(|record| {
            let key = u64::from_le_bytes(record[..8].try_into().expect("eight bytes"));
            let mut weights = [0; BioTag::COUNT];
            for (weight, pair) in weights.iter_mut().zip(record[8..].chunks_exact(2)) {
                *weight = i16::from_le_bytes([pair[0], pair[1]]);
            }
            (key, weights)
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Weights {
        let entries =
            (1..=100u64).map(|key| (key.wrapping_mul(0x9e37_79b9_7f4a_7c15), [key as i16, -1, 0, 0, 0, 0, 2]));
        Weights::from_entries(entries.collect::<Vec<_>>().into_iter()).unwrap()
    }

    #[test]
    fn lookups_add_the_stored_weights() {
        let weights = sample();
        let mut scores = [0; BioTag::COUNT];
        weights.add_to(3u64.wrapping_mul(0x9e37_79b9_7f4a_7c15), &mut scores);
        weights.add_to(12345, &mut scores);
        assert_eq!(scores, [3, -1, 0, 0, 0, 0, 2]);
    }

    #[test]
    fn bytes_round_trip() {
        let bytes = sample().to_bytes();
        assert_eq!(bytes.len(), HEADER_LENGTH + 100 * RECORD_LENGTH);
        let again = Weights::from_bytes(&bytes).unwrap();
        assert_eq!(again.len(), 100);
        assert_eq!(again.to_bytes(), bytes);
    }

    #[test]
    fn damaged_files_are_refused() {
        let bytes = sample().to_bytes();
        assert!(matches!(Weights::from_bytes(&bytes[..bytes.len() - 1]), Err(TaggerError::Truncated)));
        assert!(matches!(Weights::from_bytes(b"NOTAMODELATALL!!!!!!"), Err(TaggerError::NotAModel)));
        let mut future = bytes.clone();
        future[8] = 9;
        assert!(matches!(Weights::from_bytes(&future), Err(TaggerError::UnsupportedVersion(9))));
    }
}

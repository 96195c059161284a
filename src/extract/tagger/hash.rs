//! FNV-1a hashing of feature parts, so a feature is one `u64` built without allocating. The committed
//! model stores these keys: changing anything here invalidates `data/tagger.bin`.

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// An FNV-1a hash being fed bytes.
#[derive(Clone, Copy, Debug)]
pub struct Fnv(u64);

impl Fnv {
    pub const fn new() -> Self {
        Self(OFFSET)
    }

    pub fn byte(self, byte: u8) -> Self {
        Self((self.0 ^ u64::from(byte)).wrapping_mul(PRIME))
    }

    pub fn char(self, character: char) -> Self {
        let mut buffer = [0; 4];
        character.encode_utf8(&mut buffer).bytes().fold(self, Self::byte)
    }

    pub fn finish(self) -> u64 {
        self.0
    }
}

/// Combines a template id and up to a few part hashes into a feature key. The final mixing spreads
/// the bits so that the key's low bits index the weight table directly; a key is never 0, which the
/// table reserves for empty slots.
pub fn feature_key(template: u8, parts: &[u64]) -> u64 {
    let mut hash = Fnv::new().byte(template).finish();
    for part in parts {
        hash = (hash ^ part).wrapping_mul(PRIME).rotate_left(29);
    }
    mix(hash).max(1)
}

/// The splitmix64 finaliser: every input bit affects every output bit.
fn mix(mut value: u64) -> u64 {
    value = (value ^ (value >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    value = (value ^ (value >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    value ^ (value >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The committed model was trained with these exact values; a change here must regenerate it.
    #[test]
    fn hashes_are_stable() {
        let geneva = "geneva".chars().fold(Fnv::new(), Fnv::char).finish();
        assert_eq!(geneva, 0x9ae0_1771_ed94_5249);
        assert_eq!(feature_key(3, &[geneva]), 0xb95e_c03c_6cdc_912d);
        assert_eq!(feature_key(3, &[geneva, 2]), 0x01cb_0290_64ff_31d8);
    }

    #[test]
    fn keys_depend_on_template_and_part_order() {
        assert_ne!(feature_key(1, &[7]), feature_key(2, &[7]));
        assert_ne!(feature_key(1, &[7, 8]), feature_key(1, &[8, 7]));
    }
}

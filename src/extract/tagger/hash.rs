//! Feature keys from FNV-1a hashes of their parts, so a feature is one `u64` built without allocating.
//! The committed model stores these keys: changing anything here or in `crate::fnv` invalidates
//! `data/tagger.bin`.

pub(crate) use crate::fnv::Fnv;

const PRIME: u64 = crate::fnv::PRIME;

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
pub fn mix(mut value: u64) -> u64 {
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

//! FNV-1a, 64 bits: a stable hash, the same on every platform and release, unlike `std`'s. IRIs
//! of namesakes and the tagger's feature keys depend on it.

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub(crate) const PRIME: u64 = 0x0000_0100_0000_01b3;

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

    pub fn str(self, text: &str) -> Self {
        text.bytes().fold(self, Self::byte)
    }

    pub fn finish(self) -> u64 {
        self.0
    }
}

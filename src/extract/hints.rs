//! What the gazetteers know about one token, as bits the tagger turns into features and the mention
//! rules read directly.

/// A set of gazetteer facts about one token. Each bit is one fact; `START` bits mark the first token
/// of a multi-word match so that the tagger can learn span boundaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Hints(u16);

impl Hints {
    /// Inside a place name (country, state, city, region).
    pub const PLACE: Self = Self(1 << 0);
    /// First token of a place name.
    pub const PLACE_START: Self = Self(1 << 1);
    /// Inside the name of a country.
    pub const COUNTRY: Self = Self(1 << 2);
    /// A demonym or country adjective ("Russian", "Afghan").
    pub const DEMONYM: Self = Self(1 << 3);
    /// Inside the name or acronym of a well-known organisation or medium.
    pub const ORG: Self = Self(1 << 4);
    /// First token of a well-known organisation's name.
    pub const ORG_START: Self = Self(1 << 5);
    /// A word that organisation names are built from ("Ministry", "Party", "University").
    pub const ORG_CUE: Self = Self(1 << 6);
    /// Inside a job title or role ("Deputy Foreign Minister", "spokeswoman").
    pub const ROLE: Self = Self(1 << 7);
    /// First token of a job title.
    pub const ROLE_START: Self = Self(1 << 8);
    /// A common given name.
    pub const FIRST_NAME: Self = Self(1 << 9);
    /// A common surname.
    pub const SURNAME: Self = Self(1 << 10);

    /// How many distinct facts there are; bit indices run below this.
    pub const COUNT: u32 = 11;

    pub const fn empty() -> Self {
        Self(0)
    }

    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    pub fn insert(&mut self, other: Self) {
        self.0 |= other.0;
    }

    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The indices of the set bits, lowest first.
    pub fn indices(self) -> impl Iterator<Item = u32> {
        (0..Self::COUNT).filter(move |index| self.0 & (1 << index) != 0)
    }
}

impl std::ops::BitOr for Hints {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Hints;

    #[test]
    fn indices_list_the_set_bits() {
        let hints = Hints::PLACE | Hints::COUNTRY | Hints::SURNAME;
        assert_eq!(hints.indices().collect::<Vec<_>>(), [0, 2, 10]);
        assert!(hints.contains(Hints::PLACE | Hints::COUNTRY));
        assert!(!hints.contains(Hints::DEMONYM));
        assert!(Hints::empty().is_empty());
    }
}

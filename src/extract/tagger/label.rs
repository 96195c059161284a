//! The seven BIO tags the tagger predicts, and the conversions between tag sequences and spans.

use std::ops::Range;

use crate::contract::EntityType;

/// One token's tag: outside any name, first token of a name, or a later token of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BioTag {
    Outside,
    Begin(EntityType),
    Inside(EntityType),
}

/// Entity types in the order their tags are numbered; the model file depends on this order.
const TYPES: [EntityType; 3] = EntityType::ALL;

impl BioTag {
    /// How many tags there are; tag indices run below this.
    pub const COUNT: usize = 7;

    /// Dense index: O = 0, then B and I of Person, Organization, Place.
    pub fn index(self) -> usize {
        match self {
            Self::Outside => 0,
            Self::Begin(kind) => 1 + 2 * type_index(kind),
            Self::Inside(kind) => 2 + 2 * type_index(kind),
        }
    }

    /// The tag with this index; panics above [`BioTag::COUNT`], which only a programming error reaches.
    pub fn from_index(index: usize) -> Self {
        match index {
            0 => Self::Outside,
            _ if index % 2 == 1 => Self::Begin(TYPES[(index - 1) / 2]),
            _ => Self::Inside(TYPES[(index - 2) / 2]),
        }
    }

    /// The highest-scoring tag; ties go to the lowest index, so to `Outside` first.
    pub fn best<T: PartialOrd + Copy>(scores: &[T; Self::COUNT]) -> Self {
        let mut best = 0;
        for index in 1..Self::COUNT {
            if scores[index] > scores[best] {
                best = index;
            }
        }
        Self::from_index(best)
    }

    pub fn entity_type(self) -> Option<EntityType> {
        match self {
            Self::Outside => None,
            Self::Begin(kind) | Self::Inside(kind) => Some(kind),
        }
    }
}

fn type_index(kind: EntityType) -> usize {
    match kind {
        EntityType::Person => 0,
        EntityType::Organization => 1,
        EntityType::Place => 2,
    }
}

/// Makes a sequence valid BIO: an `Inside` that does not continue a name of its own type starts one.
pub fn repair(tags: &mut [BioTag]) {
    let mut previous = BioTag::Outside;
    for tag in tags.iter_mut() {
        if let BioTag::Inside(kind) = *tag
            && previous.entity_type() != Some(kind)
        {
            *tag = BioTag::Begin(kind);
        }
        previous = *tag;
    }
}

/// The names in a tag sequence, as token ranges. A stray `Inside` starts a name, as [`repair`] would.
pub fn spans(tags: &[BioTag]) -> Vec<(Range<usize>, EntityType)> {
    let mut spans: Vec<(Range<usize>, EntityType)> = Vec::new();
    for (index, tag) in tags.iter().enumerate() {
        match *tag {
            BioTag::Outside => {}
            BioTag::Inside(kind) if index > 0 && tags[index - 1].entity_type() == Some(kind) => {
                if let Some((range, _)) = spans.last_mut() {
                    range.end = index + 1;
                }
            }
            BioTag::Begin(kind) | BioTag::Inside(kind) => spans.push((index..index + 1, kind)),
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityType::{Organization, Person, Place};

    #[test]
    fn indices_round_trip() {
        for index in 0..BioTag::COUNT {
            assert_eq!(BioTag::from_index(index).index(), index);
        }
        assert_eq!(BioTag::Inside(Place).index(), 6);
    }

    #[test]
    fn repair_starts_names_at_stray_insides() {
        let mut tags = [
            BioTag::Inside(Person),
            BioTag::Inside(Person),
            BioTag::Outside,
            BioTag::Inside(Place),
            BioTag::Inside(Organization),
        ];
        repair(&mut tags);
        assert_eq!(
            tags,
            [
                BioTag::Begin(Person),
                BioTag::Inside(Person),
                BioTag::Outside,
                BioTag::Begin(Place),
                BioTag::Begin(Organization)
            ]
        );
    }

    #[test]
    fn spans_group_a_name_and_split_adjacent_ones() {
        let tags = [
            BioTag::Begin(Person),
            BioTag::Inside(Person),
            BioTag::Begin(Person),
            BioTag::Outside,
            BioTag::Inside(Place),
        ];
        assert_eq!(spans(&tags), [(0..2, Person), (2..3, Person), (4..5, Place)]);
    }
}

//! The averaged perceptron's parameters during training. Averages are kept lazily: each feature
//! remembers when its weights last changed, and the weights held since then are added to its running
//! totals only at the next change, so an update costs the same however many steps have passed.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::label::BioTag;

/// Feature keys are already well-mixed hashes, so the map uses them as they are.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 feature keys are hashed");
    }

    fn write_u64(&mut self, key: u64) {
        self.0 = key;
    }
}

#[derive(Clone, Debug, Default)]
struct Parameter {
    /// The current weights; updates are ±1, so integers are exact.
    weights: [i32; BioTag::COUNT],
    /// Each weight summed over every step up to `stamp`.
    totals: [i64; BioTag::COUNT],
    stamp: u64,
}

impl Parameter {
    fn catch_up(&mut self, now: u64) {
        let elapsed = (now - self.stamp) as i64;
        for (total, weight) in self.totals.iter_mut().zip(self.weights) {
            *total += elapsed * i64::from(weight);
        }
        self.stamp = now;
    }
}

#[derive(Default)]
pub struct Perceptron {
    parameters: HashMap<u64, Parameter, BuildHasherDefault<KeyHasher>>,
    /// Steps taken so far: one per token seen.
    now: u64,
}

impl Perceptron {
    /// The current (not averaged) score of each tag.
    pub fn scores(&self, keys: &[u64]) -> [i64; BioTag::COUNT] {
        let mut scores = [0; BioTag::COUNT];
        for parameter in keys.iter().filter_map(|key| self.parameters.get(key)) {
            for (score, weight) in scores.iter_mut().zip(parameter.weights) {
                *score += i64::from(weight);
            }
        }
        scores
    }

    /// Moves the weights towards `truth` and away from `guess`, for every feature of the token.
    pub fn update(&mut self, keys: &[u64], truth: BioTag, guess: BioTag) {
        for key in keys {
            let parameter = self.parameters.entry(*key).or_default();
            parameter.catch_up(self.now);
            parameter.weights[truth.index()] += 1;
            parameter.weights[guess.index()] -= 1;
        }
    }

    /// Ends one step (one token).
    pub fn tick(&mut self) {
        self.now += 1;
    }

    /// Every feature's weights averaged over all steps, in ascending key order.
    pub fn averaged(mut self) -> Vec<(u64, [f32; BioTag::COUNT])> {
        let now = self.now.max(1);
        let mut averaged: Vec<_> = self
            .parameters
            .iter_mut()
            .map(|(key, parameter)| {
                parameter.catch_up(now);
                (*key, parameter.totals.map(|total| (total as f64 / now as f64) as f32))
            })
            .collect();
        averaged.sort_unstable_by_key(|(key, _)| *key);
        averaged
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::EntityType;

    #[test]
    fn averages_weigh_how_long_a_weight_was_held() {
        let mut perceptron = Perceptron::default();
        let person = BioTag::Begin(EntityType::Person);
        perceptron.update(&[7], person, BioTag::Outside);
        perceptron.tick();
        perceptron.tick();
        perceptron.tick();
        perceptron.update(&[7], BioTag::Outside, person);
        perceptron.tick();
        assert_eq!(perceptron.scores(&[7, 8]), [0; BioTag::COUNT]);
        let averaged = perceptron.averaged();
        // Held +1 for three of four steps.
        assert_eq!(averaged, [(7, [-0.75, 0.75, 0.0, 0.0, 0.0, 0.0, 0.0])]);
    }
}

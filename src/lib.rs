//! newsgraph turns news articles into one knowledge graph.
//!
//! The layers run one way: [`text`] → [`contract`] → [`extract`], and [`contract`] → [`graph`] → [`export`].
//! Each layer knows only the ones before it; the binary's `cli` sits on top.

pub mod contract;
pub mod export;
pub mod extract;
mod fnv;
pub mod graph;
pub mod text;

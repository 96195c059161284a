//! The integration tests, in one binary (as ripgrep keeps them): each module checks one promise.

mod support;

mod cli;
mod determinism;
mod dot;
mod examples;
mod extraction;
mod graph_databases;
mod jsonld;
mod node_link;
mod query;
mod rdf_roundtrip;
mod relations;
mod scale;
mod schema;
mod shards;
mod shared_seed;
mod spark;
mod statements;

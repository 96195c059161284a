//! The integration tests, in one binary (as ripgrep keeps them): each module checks one promise.

mod support;

mod dot;
mod jsonld;
mod node_link;

//! A check of a built graph for the identity mistakes a reader notices first: nodes that are no
//! entity ("Yeah", "((WSS))", "United" cut from "United States"), people whose name holds a title,
//! and people with an alias of another first name ("Mary Trump" on Donald Trump's node).

use super::knowledge::Knowledge;
use super::names::{normalise, person_name};
use crate::contract::EntityType;
use crate::graph::{KnowledgeGraph, Node};

/// One problem of one node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub iri: String,
    pub name: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A name without letters, an interjection, or the first word of a longer place name.
    NotAnEntity,
    /// A person's name that holds a job title or form of address.
    TitleInName,
    /// A person's alias whose first name is not the person's.
    OtherFirstName(String),
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.problem {
            Problem::NotAnEntity => write!(f, "{} {:?}: not an entity", self.iri, self.name),
            Problem::TitleInName => write!(f, "{} {:?}: a title inside a person's name", self.iri, self.name),
            Problem::OtherFirstName(alias) => {
                write!(f, "{} {:?}: alias {alias:?} has another first name", self.iri, self.name)
            }
        }
    }
}

impl KnowledgeGraph {
    /// Every identity problem of the graph's entity nodes, in node order.
    pub fn audit(&self) -> Vec<Finding> {
        let knowledge = Knowledge::get();
        let mut findings = Vec::new();
        for index in self.graph.node_indices() {
            let Node::Entity(entity) = &self.graph[index] else { continue };
            let mut found =
                |problem| findings.push(Finding { iri: self.iri(index), name: entity.name.clone(), problem });
            let normalised = normalise(&entity.name);
            let fragment = entity.kind != EntityType::Person && knowledge.is_fragment(&normalised);
            if !entity.name.chars().any(char::is_alphabetic)
                || crate::tables::INTERJECTIONS.contains(&normalised.as_str())
                || fragment
            {
                found(Problem::NotAnEntity);
            }
            if entity.kind != EntityType::Person {
                continue;
            }
            let words: Vec<&str> = entity.name.split_whitespace().collect();
            // The last word is the family name even when it is also a title ("Stephen King").
            let titled = (0..words.len().saturating_sub(1)).any(|start| {
                (start + 1..words.len()).any(|end| knowledge.is_proper_title(&normalise(&words[start..end].join(" "))))
            });
            if titled {
                found(Problem::TitleInName);
            }
            let first_name = |name: &str| {
                let words: Vec<&str> = person_name(knowledge, name).split_whitespace().collect();
                (words.len() > 1).then(|| normalise(words[0]))
            };
            let Some(own) = first_name(&entity.name) else { continue };
            let aliases = entity.appearances.values().flat_map(|appearance| &appearance.aliases);
            let mut others: Vec<&String> =
                aliases.filter(|alias| first_name(alias).is_some_and(|first| first != own)).collect();
            others.sort();
            others.dedup();
            for alias in others {
                found(Problem::OtherFirstName(alias.clone()));
            }
        }
        findings
    }
}

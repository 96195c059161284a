//! The part of the graph a drawing shows: an entity's neighbourhood (`focus`, `depth`), the most
//! mentioned entities and what links them (`top`), a date range, and edge kinds left out (`hide`).
//!
//! Entities are linked directly by relations, and through the statements and events that name two of
//! them (a speaker and whom the statement is about, two attendees); one such link is one step of
//! `depth`. Articles link nothing: each mentions too many entities to be a meaningful step.

use std::collections::{BTreeSet, HashSet};

use petgraph::Direction;
use petgraph::graph::{EdgeReference, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::contract::Predicate;
use crate::graph::{Edge, KnowledgeGraph, Node};
use crate::text::IsoDate;

/// What to draw; the default draws everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct View {
    /// The canonical name of the entity whose neighbourhood is drawn.
    pub focus: Option<String>,
    /// How many steps from the focus, 1 when not given.
    pub depth: Option<usize>,
    /// Draw only this many entities, those with most mentions, and what links them.
    pub top: Option<usize>,
    /// Leave out articles, statements and events dated before this day, or after `until`.
    pub since: Option<IsoDate>,
    pub until: Option<IsoDate>,
    pub hidden: BTreeSet<EdgeKind>,
}

/// The kinds of edge a drawing can leave out, by the names `--hide` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EdgeKind {
    Mentions,
    Said,
    About,
    PartOf,
    ReportedIn,
    Attendee,
    Location,
    WorksFor,
    MemberOf,
    LocatedIn,
}

impl EdgeKind {
    pub const ALL: [EdgeKind; 10] = [
        Self::Mentions,
        Self::Said,
        Self::About,
        Self::PartOf,
        Self::ReportedIn,
        Self::Attendee,
        Self::Location,
        Self::WorksFor,
        Self::MemberOf,
        Self::LocatedIn,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Mentions => "mentions",
            Self::Said => "said",
            Self::About => "about",
            Self::PartOf => "part-of",
            Self::ReportedIn => "reported-in",
            Self::Attendee => "attendee",
            Self::Location => "location",
            Self::WorksFor => "works-for",
            Self::MemberOf => "member-of",
            Self::LocatedIn => "located-in",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.name().eq_ignore_ascii_case(name))
    }

    pub fn of(edge: &Edge) -> Self {
        match edge {
            Edge::Mentions => Self::Mentions,
            // Whom a statement was told to goes with who said it.
            Edge::Speaker | Edge::Recipient => Self::Said,
            Edge::About => Self::About,
            Edge::PartOf => Self::PartOf,
            Edge::ReportedIn => Self::ReportedIn,
            Edge::Attendee => Self::Attendee,
            Edge::Venue => Self::Location,
            Edge::Relation(relation) => match relation.predicate {
                Predicate::WorksFor => Self::WorksFor,
                Predicate::MemberOf => Self::MemberOf,
                Predicate::LocatedIn => Self::LocatedIn,
            },
        }
    }
}

/// What a view draws of one graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    pub nodes: HashSet<NodeIndex>,
    hidden: BTreeSet<EdgeKind>,
    focus: Option<NodeIndex>,
}

impl Selection {
    /// Whether an edge is drawn: both ends are, its kind is not hidden, and around a focus a mention is
    /// of the focus.
    pub fn draws(&self, edge: EdgeReference<'_, Edge>) -> bool {
        let (source, target) = (edge.source(), edge.target());
        let mention_elsewhere =
            matches!(edge.weight(), Edge::Mentions) && self.focus.is_some_and(|focus| target != focus);
        let ends_drawn = self.nodes.contains(&source) && self.nodes.contains(&target);
        ends_drawn && !self.hidden.contains(&EdgeKind::of(edge.weight())) && !mention_elsewhere
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ViewError {
    #[error("no entity is named {0:?}")]
    UnknownFocus(String),
}

impl View {
    pub fn draws_everything(&self) -> bool {
        *self == Self::default()
    }

    pub fn shows(&self, edge: &Edge) -> bool {
        !self.hidden.contains(&EdgeKind::of(edge))
    }

    /// The nodes to draw. Edges are drawn between them unless their kind is hidden, and around a focus
    /// an article's mentions only of the focus: the others would cross the whole picture. When the view
    /// narrows the graph, a node that no drawn edge links to another drawn node is left out, but for
    /// the focus.
    pub fn select(&self, graph: &KnowledgeGraph) -> Result<Selection, ViewError> {
        let petgraph = graph.petgraph();
        let in_range: HashSet<NodeIndex> =
            petgraph.node_indices().filter(|&index| self.in_range(graph, index)).collect();
        if self.draws_everything() {
            return Ok(Selection { nodes: in_range, hidden: self.hidden.clone(), focus: None });
        }
        let is_entity = |index: &NodeIndex| matches!(petgraph[*index], Node::Entity(_));
        let focus = match &self.focus {
            Some(name) => Some(self.find(graph, &in_range, name)?),
            None => None,
        };
        let mut kept: HashSet<NodeIndex> = match (focus, self.top) {
            (Some(focus), _) => self.neighbourhood_within(graph, &in_range, focus, self.depth.unwrap_or(1)),
            (None, Some(top)) => self.most_mentioned(graph, in_range.iter().copied().filter(is_entity).collect(), top),
            (None, None) => in_range.clone(),
        };
        // What links the drawn entities: the statements and events that name two of them, and around
        // a focus those that name an entity short of the outer edge of the neighbourhood. Articles
        // name too many entities to link anything legibly.
        let inner: HashSet<NodeIndex> = match focus {
            Some(focus) => {
                self.neighbourhood_within(graph, &in_range, focus, self.depth.unwrap_or(1).saturating_sub(1))
            }
            None => kept.clone(),
        };
        let links: Vec<NodeIndex> = (in_range.iter().copied())
            .filter(|index| matches!(petgraph[*index], Node::Statement(_) | Node::Event(_)))
            .filter(|&index| {
                let named: Vec<NodeIndex> = self.linked_entities(graph, index).filter(|e| kept.contains(e)).collect();
                named.iter().any(|entity| inner.contains(entity)) && (named.len() >= 2 || focus.is_some())
            })
            .collect();
        kept.extend(links);
        // Around a focus, the articles that report drawn statements and events; among the top
        // entities they would only repeat what the statements' dates say, at twice the size.
        let reports: Vec<NodeIndex> = (kept.iter().flat_map(|&index| petgraph.edges(index)))
            .filter(|_| self.top.is_none())
            .filter(|edge| matches!(edge.weight(), Edge::PartOf | Edge::ReportedIn) && self.shows(edge.weight()))
            .map(|edge| edge.target())
            .filter(|target| in_range.contains(target))
            .collect();
        kept.extend(reports);
        let candidates = Selection { nodes: kept, hidden: self.hidden.clone(), focus };
        let linked = |index: &NodeIndex| {
            (petgraph.edges_directed(*index, Direction::Outgoing))
                .chain(petgraph.edges_directed(*index, Direction::Incoming))
                .any(|edge| candidates.draws(edge))
        };
        let nodes = candidates.nodes.iter().copied().filter(|index| Some(*index) == focus || linked(index)).collect();
        Ok(Selection { nodes, ..candidates })
    }

    /// The entity whose canonical name is `name`, ignoring case; the most mentioned one among namesakes.
    fn find(&self, graph: &KnowledgeGraph, in_range: &HashSet<NodeIndex>, name: &str) -> Result<NodeIndex, ViewError> {
        let named: Vec<NodeIndex> = (in_range.iter().copied())
            .filter(
                |&index| matches!(graph.node(index), Node::Entity(entity) if entity.name.eq_ignore_ascii_case(name)),
            )
            .collect();
        let most = self.most_mentioned(graph, named, 1);
        most.into_iter().next().ok_or_else(|| ViewError::UnknownFocus(name.to_owned()))
    }

    /// Whether a node falls in the date range: articles, statements and events by their date (a
    /// statement without one by its article's), entities when an article in range mentions them.
    fn in_range(&self, graph: &KnowledgeGraph, index: NodeIndex) -> bool {
        if self.since.is_none() && self.until.is_none() {
            return true;
        }
        let within = |date: Option<IsoDate>| {
            date.is_some_and(|date| {
                self.since.is_none_or(|since| date >= since) && self.until.is_none_or(|until| date <= until)
            })
        };
        let article_date = |id: &str| {
            graph.petgraph().node_weights().find_map(|node| match node {
                Node::Article(article) if article.id == id => article.date,
                _ => None,
            })
        };
        match graph.node(index) {
            Node::Article(article) => within(article.date),
            Node::Statement(statement) => within(statement.date.or_else(|| article_date(&statement.article))),
            Node::Event(event) => within(event.date.or_else(|| article_date(&event.article))),
            Node::Entity(entity) => entity.appearances.keys().any(|id| within(article_date(id))),
        }
    }

    /// The entities within `depth` steps of `focus`, and the focus.
    fn neighbourhood_within(
        &self,
        graph: &KnowledgeGraph,
        in_range: &HashSet<NodeIndex>,
        focus: NodeIndex,
        depth: usize,
    ) -> HashSet<NodeIndex> {
        let mut reached = HashSet::from([focus]);
        let mut frontier = vec![focus];
        for _ in 0..depth {
            let mut next = Vec::new();
            for entity in frontier {
                for neighbour in self.entity_neighbours(graph, entity) {
                    if in_range.contains(&neighbour) && reached.insert(neighbour) {
                        next.push(neighbour);
                    }
                }
            }
            frontier = next;
        }
        reached
    }

    /// The entities one step from an entity: by a shown relation, or through a statement or event
    /// that names both over shown edges.
    fn entity_neighbours(&self, graph: &KnowledgeGraph, entity: NodeIndex) -> Vec<NodeIndex> {
        let petgraph = graph.petgraph();
        let mut neighbours = Vec::new();
        let edges = petgraph
            .edges_directed(entity, Direction::Outgoing)
            .chain(petgraph.edges_directed(entity, Direction::Incoming));
        for edge in edges.filter(|edge| self.shows(edge.weight())) {
            let other = if edge.source() == entity { edge.target() } else { edge.source() };
            match (&petgraph[other], edge.weight()) {
                (Node::Entity(_), Edge::Relation(_)) => neighbours.push(other),
                (Node::Statement(_) | Node::Event(_), _) => neighbours.extend(self.linked_entities(graph, other)),
                _ => {}
            }
        }
        neighbours.retain(|&neighbour| neighbour != entity);
        neighbours
    }

    /// The entities a statement, event or article points at over shown edges.
    fn linked_entities<'a>(
        &'a self,
        graph: &'a KnowledgeGraph,
        index: NodeIndex,
    ) -> impl Iterator<Item = NodeIndex> + 'a {
        let petgraph = graph.petgraph();
        petgraph
            .edges(index)
            .filter(|edge| self.shows(edge.weight()))
            .map(|edge| edge.target())
            .filter(|&target| matches!(petgraph[target], Node::Entity(_)))
    }

    /// The `top` entities with most mentions; ties go to the earlier node, so the choice is stable.
    fn most_mentioned(&self, graph: &KnowledgeGraph, mut entities: Vec<NodeIndex>, top: usize) -> HashSet<NodeIndex> {
        let mentions = |index: &NodeIndex| match graph.node(*index) {
            Node::Entity(entity) => entity.appearances.values().map(|appearance| appearance.mentions.len()).sum(),
            _ => 0,
        };
        entities.sort_by_key(|index| (std::cmp::Reverse(mentions(index)), *index));
        entities.truncate(top);
        entities.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::graph::Base;

    fn span(text: &str, needle: &str) -> Value {
        let start = text[..text.find(needle).unwrap()].chars().count();
        json!({"start": start, "end": start + needle.chars().count(), "text": needle})
    }

    /// Ann speaks about Bob on the 1st; Bob about Cy on the 2nd; Cy works for Dee Corp (3rd), and the
    /// third article names both again: Dee Corp has 3 mentions, Cy 3, Ann 1, Bob 2.
    fn graph() -> KnowledgeGraph {
        let article = |id: &str, date: &str, text: &str, speaker: &str, about: &str| {
            let text = format!("date {date} News\n{text}");
            let people: Vec<Value> = [speaker, about]
                .iter()
                .map(|name| json!({"id": name, "type": "Person", "name": name, "mentions": [span(&text, name)]}))
                .collect();
            json!({"id": id, "date": date, "text": text, "entities": people,
                   "statements": [{"id": "s", "kind": "indirect", "speaker": speaker,
                                   "content": span(&text, "it rained"), "about": [about]}]})
        };
        let third = "date 2024-01-03 News\nCy, who heads Dee Corp, spoke. Dee Corp grew. Dee Corp hired. Cy left.";
        let every = |name: &str| -> Vec<Value> {
            let spans = third
                .match_indices(name)
                .map(|(start, _)| json!({"start": start, "end": start + name.len(), "text": name}));
            spans.collect()
        };
        let extractions = [
            article("a1", "2024-01-01", "Ann said that it rained on Bob.", "Ann", "Bob"),
            article("a2", "2024-01-02", "Bob said that it rained on Cy.", "Bob", "Cy"),
            json!({"id": "a3", "date": "2024-01-03", "text": third,
                   "entities": [{"id": "cy", "type": "Person", "name": "Cy", "mentions": every("Cy")},
                                {"id": "dee", "type": "Organization", "name": "Dee Corp", "mentions": every("Dee Corp")}],
                   "relations": [{"subject": "cy", "predicate": "worksFor", "object": "dee"}]}),
        ];
        let extractions = extractions.into_iter().map(|json| serde_json::from_value(json).unwrap()).collect();
        let (graph, rejected) = KnowledgeGraph::build(Base::default(), extractions);
        assert!(rejected.is_empty(), "{:?}", rejected[0].error);
        graph
    }

    /// The names of the drawn entities, and how many statements and articles are drawn.
    fn drawn(graph: &KnowledgeGraph, view: View) -> (BTreeSet<String>, usize, usize) {
        let selected = view.select(graph).unwrap();
        let mut names = BTreeSet::new();
        let (mut statements, mut articles) = (0, 0);
        for index in selected.nodes {
            match graph.node(index) {
                Node::Entity(entity) => drop(names.insert(entity.name.clone())),
                Node::Statement(_) => statements += 1,
                Node::Article(_) => articles += 1,
                Node::Event(_) => {}
            }
        }
        (names, statements, articles)
    }

    fn names(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|name| name.to_string()).collect()
    }

    #[test]
    fn a_focus_draws_its_neighbourhood_to_the_depth_asked() {
        let graph = graph();
        let focus = |depth| View { focus: Some("bob".into()), depth, ..View::default() };
        assert_eq!(drawn(&graph, focus(None)), (names(&["Ann", "Bob", "Cy"]), 2, 2));
        assert_eq!(drawn(&graph, focus(Some(2))), (names(&["Ann", "Bob", "Cy", "Dee Corp"]), 2, 2));
        // Around the focus, an article's mentions are drawn only of the focus.
        let selection = focus(None).select(&graph).unwrap();
        let mentions: Vec<String> = (graph.petgraph().edge_references())
            .filter(|edge| matches!(edge.weight(), Edge::Mentions) && selection.draws(*edge))
            .map(|edge| graph.iri(edge.target()))
            .collect();
        let bob = graph.base().namespace(crate::graph::NodeKind::Person) + "bob";
        assert_eq!(mentions, [bob.clone(), bob]);
        let unknown = View { focus: Some("Zed".into()), ..View::default() };
        assert_eq!(unknown.select(&graph).map(|selection| selection.nodes), Err(ViewError::UnknownFocus("Zed".into())));
    }

    #[test]
    fn the_top_entities_come_with_what_links_them_but_no_articles() {
        let graph = graph();
        let top = |n| View { top: Some(n), ..View::default() };
        // Cy and Dee Corp (3 mentions each) lead; only the relation links them.
        assert_eq!(drawn(&graph, top(2)), (names(&["Cy", "Dee Corp"]), 0, 0));
        assert_eq!(drawn(&graph, top(3)).1, 1, "Bob's statement about Cy links two of the top three");
    }

    #[test]
    fn dates_and_hidden_edges_narrow_the_drawing() {
        let graph = graph();
        let date = |text: &str| Some(text.parse().unwrap());
        let second_day = View { since: date("2024-01-02"), until: date("2024-01-02"), ..View::default() };
        assert_eq!(drawn(&graph, second_day), (names(&["Bob", "Cy"]), 1, 1));
        let quiet = View { hidden: BTreeSet::from([EdgeKind::Mentions, EdgeKind::PartOf]), ..View::default() };
        let (entities, statements, articles) = drawn(&graph, quiet);
        assert_eq!((entities.len(), statements, articles), (4, 2, 0), "articles link nothing once both are hidden");
        assert!(!View { hidden: BTreeSet::from([EdgeKind::Said]), ..View::default() }.shows(&Edge::Speaker));
        assert_eq!(EdgeKind::from_name("Part-Of"), Some(EdgeKind::PartOf));
    }
}

//! What the three RDF targets check after the writers: each writer's output reads back
//! (strictly) as the graph written, and as a catalogue that writes that graph again.
//!
//! "The same graph" is decided in time linear in the graph's size times a small number
//! of rounds, whatever the input: the triples without blank nodes must be equal as
//! sets, and the triples with blank nodes equal once each blank node is named by its
//! colour after colour refinement (1-dimensional Weisfeiler–Leman: a node's colour is
//! refined by the predicates and neighbours' colours around it, until the number of
//! colours stops growing). When refinement tells every blank node apart this is
//! exactly graph isomorphism; when some look alike (a symmetric structure) it is a
//! necessary condition of it. A full canonicalisation (RDFC-1.0) would decide every
//! case but takes exponential time on some graphs, and a fuzzer would find them.

use std::collections::HashMap;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use dcat_ap_se::oxrdf::{Graph, NamedOrBlankNodeRef, TermRef, TripleRef};
use dcat_ap_se::{Catalog, Format, parse, serialize};

/// At most this many rounds of refinement (each linear in the graph); refinement
/// that has not settled by then still compares a valid, coarser colouring.
const MAX_ROUNDS: usize = 16;

/// Writes `graph` (a catalogue's `to_graph()`) in every format and reads each back;
/// panics when a written file does not read, or reads as another graph or catalogue.
/// A writer may refuse a graph (an error); what it writes must read back.
pub fn check_writers(graph: &Graph) {
    for format in Format::ALL {
        let Ok(text) = serialize(graph, format) else {
            continue;
        };
        let again = parse(text.as_bytes(), format)
            .unwrap_or_else(|e| panic!("{} written and not read back: {e}\n{text}", format.name()));
        assert_same_graph(
            graph,
            &again,
            &format!("{} read back", format.name()),
            &text,
        );
        let catalog = Catalog::from_graph(&again)
            .unwrap_or_else(|e| panic!("{} read back is no catalogue: {e}\n{text}", format.name()));
        let rewritten = catalog.to_graph().unwrap_or_else(|e| {
            panic!(
                "the catalogue read back from {} does not write: {e}",
                format.name()
            )
        });
        assert_same_graph(
            graph,
            &rewritten,
            &format!("{} read back as a catalogue", format.name()),
            &text,
        );
    }
}

/// Panics, showing what differs, unless `a` and `b` are the same graph in the sense
/// of the module's doc.
pub fn assert_same_graph(a: &Graph, b: &Graph, what: &str, text: &str) {
    let (ka, kb) = keys(a, b);
    if ka != kb {
        let only_a: Vec<&String> = ka.iter().filter(|k| !kb.contains(k)).take(20).collect();
        let only_b: Vec<&String> = kb.iter().filter(|k| !ka.contains(k)).take(20).collect();
        panic!(
            "{what}: another graph ({} and {} triples)\nonly written: {only_a:#?}\nonly read: {only_b:#?}\n{text}",
            a.len(),
            b.len()
        );
    }
}

/// Each graph's triples as sorted strings, blank nodes named by their colours; both
/// refined for the same number of rounds.
fn keys(a: &Graph, b: &Graph) -> (Vec<String>, Vec<String>) {
    let mut ca = Colours::new(a);
    let mut cb = Colours::new(b);
    for _ in 0..MAX_ROUNDS {
        let grew_a = ca.refine(a);
        let grew_b = cb.refine(b);
        if !grew_a && !grew_b {
            break;
        }
    }
    (ca.triples(a), cb.triples(b))
}

struct Colours<'a> {
    colour: HashMap<NamedOrBlankNodeRef<'a>, u64>,
    distinct: usize,
}

fn hash_of(value: impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

impl<'a> Colours<'a> {
    fn new(g: &'a Graph) -> Colours<'a> {
        let mut colour = HashMap::new();
        for t in g.iter() {
            if t.subject.is_blank_node() {
                colour.insert(t.subject, 0);
            }
            if let TermRef::BlankNode(b) = t.object {
                colour.insert(NamedOrBlankNodeRef::BlankNode(b), 0);
            }
        }
        let distinct = usize::from(!colour.is_empty());
        Colours { colour, distinct }
    }

    fn subject(&self, s: NamedOrBlankNodeRef<'_>) -> String {
        match self.colour.get(&s) {
            Some(c) if s.is_blank_node() => format!("_:c{c:016x}"),
            _ => s.to_string(),
        }
    }

    fn object(&self, o: TermRef<'_>) -> String {
        match o {
            TermRef::BlankNode(b) => self.subject(NamedOrBlankNodeRef::BlankNode(b)),
            other => other.to_string(),
        }
    }

    /// One round; returns whether the number of colours grew.
    fn refine(&mut self, g: &'a Graph) -> bool {
        let mut around: HashMap<NamedOrBlankNodeRef<'a>, Vec<String>> = HashMap::new();
        for t in g.iter() {
            if t.subject.is_blank_node() {
                around.entry(t.subject).or_default().push(format!(
                    "out {} {}",
                    t.predicate,
                    self.object(t.object)
                ));
            }
            if let TermRef::BlankNode(b) = t.object {
                around
                    .entry(NamedOrBlankNodeRef::BlankNode(b))
                    .or_default()
                    .push(format!("in {} {}", t.predicate, self.subject(t.subject)));
            }
        }
        let mut next = HashMap::with_capacity(around.len());
        for (node, mut signature) in around {
            signature.sort_unstable();
            next.insert(node, hash_of((self.colour.get(&node), signature)));
        }
        let distinct = next
            .values()
            .collect::<std::collections::HashSet<_>>()
            .len();
        self.colour = next;
        let grew = distinct > self.distinct;
        self.distinct = distinct;
        grew
    }

    fn triples(&self, g: &Graph) -> Vec<String> {
        let mut out: Vec<String> = g
            .iter()
            .map(|t: TripleRef<'_>| {
                format!(
                    "{} {} {}",
                    self.subject(t.subject),
                    t.predicate,
                    self.object(t.object)
                )
            })
            .collect();
        out.sort_unstable();
        out
    }
}

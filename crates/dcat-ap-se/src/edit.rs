//! Changing a catalogue as a graph, triple by triple: what belongs to one dataset, and
//! removing it.
//!
//! These work on the [`oxrdf::Graph`] that [`crate::parse`] returns, not on the model,
//! so that everything else in the catalogue stays exactly as it was, blank-node labels
//! and triples the model does not know included.

use std::collections::{BTreeSet, HashSet, VecDeque};

use oxrdf::{Graph, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Term, TermRef, Triple};

use crate::Error;
use crate::ns::{DCAT_CATALOG, DCAT_DATA_SERVICE, DCAT_DATASET, DCAT_DATASET_PROP, RDF_TYPE};

fn nn(iri: &str) -> NamedNodeRef<'_> {
    NamedNodeRef::new_unchecked(iri)
}

/// The subject a term names, if it is an IRI or a blank node.
pub fn as_subject(t: TermRef<'_>) -> Option<NamedOrBlankNodeRef<'_>> {
    match t {
        TermRef::NamedNode(n) => Some(n.into()),
        TermRef::BlankNode(b) => Some(b.into()),
        _ => None,
    }
}

/// The term for a subject.
pub fn as_term(s: NamedOrBlankNodeRef<'_>) -> TermRef<'_> {
    match s {
        NamedOrBlankNodeRef::NamedNode(n) => n.into(),
        NamedOrBlankNodeRef::BlankNode(b) => b.into(),
    }
}

/// The datasets of the graph: every `dcat:Dataset`, and every object of `dcat:dataset`,
/// sorted.
pub fn dataset_iris(graph: &Graph) -> Vec<String> {
    let mut out: BTreeSet<String> = graph
        .subjects_for_predicate_object(nn(RDF_TYPE), nn(DCAT_DATASET))
        .filter_map(|s| match s {
            NamedOrBlankNodeRef::NamedNode(n) => Some(n.as_str().to_owned()),
            NamedOrBlankNodeRef::BlankNode(_) => None,
        })
        .collect();
    for t in graph.triples_for_predicate(nn(DCAT_DATASET_PROP)) {
        if let TermRef::NamedNode(n) = t.object {
            out.insert(n.as_str().to_owned());
        }
    }
    out.into_iter().collect()
}

/// Every resource reachable from `start` by following objects that are themselves
/// subjects in the graph, never passing through `stop`.
fn reach<'g>(
    graph: &'g Graph,
    start: impl IntoIterator<Item = NamedOrBlankNodeRef<'g>>,
    stop: Option<NamedOrBlankNodeRef<'_>>,
) -> HashSet<NamedOrBlankNodeRef<'g>> {
    let mut seen: HashSet<NamedOrBlankNodeRef<'g>> = HashSet::new();
    let mut queue: VecDeque<NamedOrBlankNodeRef<'g>> = VecDeque::new();
    for s in start {
        if Some(s) != stop && seen.insert(s) {
            queue.push_back(s);
        }
    }
    while let Some(s) = queue.pop_front() {
        for t in graph.triples_for_subject(s) {
            if let Some(o) = as_subject(t.object)
                && Some(o) != stop
                && graph.triples_for_subject(o).next().is_some()
                && seen.insert(o)
            {
                queue.push_back(o);
            }
        }
    }
    seen
}

/// The resources that belong to the resource `iri` alone: itself and what is reachable
/// from it (its distributions, contact points, periods, addresses…), less whatever the
/// rest of the graph also reaches without passing through it (a publisher or contact
/// shared with another dataset, the catalogue, other datasets and services). Sorted by
/// their N-Triples form.
pub fn owned_by(graph: &Graph, iri: &str) -> Result<Vec<NamedOrBlankNode>, Error> {
    let root = NamedNodeRef::new(iri).map_err(|e| Error::InvalidIri {
        iri: iri.to_owned(),
        message: e.to_string(),
    })?;
    let root: NamedOrBlankNodeRef<'_> = root.into();
    let mine = reach(graph, [root], None);
    // Everything the rest of the graph starts from: subjects the resource does not
    // reach, and every catalogue, dataset and data service but the resource itself.
    let mut others: Vec<NamedOrBlankNodeRef<'_>> = graph
        .iter()
        .map(|t| t.subject)
        .filter(|s| !mine.contains(s))
        .collect();
    for class in [DCAT_CATALOG, DCAT_DATASET, DCAT_DATA_SERVICE] {
        others.extend(graph.subjects_for_predicate_object(nn(RDF_TYPE), nn(class)));
    }
    for t in graph.triples_for_predicate(nn(DCAT_DATASET_PROP)) {
        others.push(t.subject);
        others.extend(as_subject(t.object));
    }
    let shared = reach(graph, others, Some(root));
    let mut owned: Vec<NamedOrBlankNode> = mine
        .into_iter()
        .filter(|r| *r == root || !shared.contains(r))
        .map(NamedOrBlankNodeRef::into_owned)
        .collect();
    owned.sort_by_cached_key(ToString::to_string);
    Ok(owned)
}

/// Every resource reachable from the resource `iri` (itself included), shared or not:
/// IRIs as they are, blank nodes as `_:id` (the form [`crate::Finding::resource`] has).
pub fn reachable_from(graph: &Graph, iri: &str) -> HashSet<String> {
    let Ok(root) = NamedNodeRef::new(iri) else {
        return HashSet::new();
    };
    let mut out: HashSet<String> = reach(graph, [root.into()], None)
        .into_iter()
        .map(|r| match r {
            NamedOrBlankNodeRef::NamedNode(n) => n.as_str().to_owned(),
            NamedOrBlankNodeRef::BlankNode(b) => format!("_:{}", b.as_str()),
        })
        .collect();
    out.insert(iri.to_owned());
    out
}

/// What [`remove_dataset`] took out of the graph.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Removal {
    /// The dataset's IRI.
    pub dataset: String,
    /// The resources removed with it, in N-Triples form (`<iri>`, `_:b0`), the
    /// dataset first.
    pub resources: Vec<String>,
    /// Every triple removed, in N-Triples form, sorted.
    pub triples: Vec<String>,
}

/// Removes a dataset: every triple about it and about the resources that belong to it
/// alone ([`owned_by`]), and every triple that points at it (`dcat:dataset` from the
/// catalogue, `dcat:servesDataset` from a service). Nothing else changes.
pub fn remove_dataset(graph: &mut Graph, iri: &str) -> Result<Removal, Error> {
    let datasets = dataset_iris(graph);
    if !datasets.iter().any(|d| d == iri) {
        return Err(unknown_dataset(iri, &datasets));
    }
    let owned = owned_by(graph, iri)?;
    let mut gone: Vec<Triple> = Vec::new();
    for r in &owned {
        gone.extend(graph.triples_for_subject(r).map(|t| t.into_owned()));
    }
    let target: Term = nn(iri).into_owned().into();
    gone.extend(graph.triples_for_object(&target).map(|t| t.into_owned()));
    let mut triples: Vec<String> = Vec::new();
    for t in &gone {
        if graph.remove(t) {
            triples.push(format!("{t} ."));
        }
    }
    triples.sort();
    let mut resources: Vec<String> = owned.iter().map(ToString::to_string).collect();
    let first = format!("<{iri}>");
    resources.retain(|r| *r != first);
    resources.insert(0, first);
    Ok(Removal {
        dataset: iri.to_owned(),
        resources,
        triples,
    })
}

/// The error for a dataset that is not in the catalogue, naming the ones that are.
pub fn unknown_dataset(iri: &str, datasets: &[String]) -> Error {
    let list = if datasets.is_empty() {
        "–".to_owned()
    } else {
        datasets.join(", ")
    };
    Error::Catalog(format!(
        "datamängden <{iri}> finns inte i katalogen (den har: {list}) / \
         the dataset <{iri}> is not in the catalogue (it has: {list})"
    ))
}

/// A blank-node label not yet used in the graph: `prefix`, then `prefix2`, `prefix3`…
pub fn fresh_blank(graph: &Graph, prefix: &str) -> oxrdf::BlankNode {
    let used: HashSet<String> = graph
        .iter()
        .flat_map(|t| {
            let mut v = Vec::new();
            if let NamedOrBlankNodeRef::BlankNode(b) = t.subject {
                v.push(b.as_str().to_owned());
            }
            if let TermRef::BlankNode(b) = t.object {
                v.push(b.as_str().to_owned());
            }
            v
        })
        .collect();
    let mut n = 1usize;
    loop {
        let label = if n == 1 {
            prefix.to_owned()
        } else {
            format!("{prefix}{n}")
        };
        if !used.contains(&label) {
            return oxrdf::BlankNode::new_unchecked(label);
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::{Format, parse, serialize};

    const TWO: &str = r#"
@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<https://ex.se/k> a dcat:Catalog ; dcterms:publisher <https://ex.se/org> ;
  dcat:dataset <https://ex.se/a> , <https://ex.se/b> .
<https://ex.se/org> a foaf:Organization ; foaf:name "Org"@sv .
<https://ex.se/a> a dcat:Dataset ; dcterms:publisher <https://ex.se/org> ;
  dcat:contactPoint <https://ex.se/shared> ; dcat:contactPoint <https://ex.se/only-a> ;
  dcterms:temporal [ dcat:startDate "2024-01-01" ] ;
  dcat:distribution <https://ex.se/a.csv> .
<https://ex.se/a.csv> a dcat:Distribution ; dcterms:license <https://ex.se/lic> .
<https://ex.se/lic> dcterms:title "Licens"@sv .
<https://ex.se/only-a> <http://www.w3.org/2006/vcard/ns#fn> "A" .
<https://ex.se/shared> <http://www.w3.org/2006/vcard/ns#fn> "Delad" .
<https://ex.se/b> a dcat:Dataset ; dcterms:publisher <https://ex.se/org> ;
  dcat:contactPoint <https://ex.se/shared> ; dcterms:temporal [ dcat:startDate "2020-01-01" ] .
"#;

    #[test]
    fn a_dataset_owns_what_only_it_reaches() {
        let g = parse(TWO.as_bytes(), Format::Turtle).unwrap();
        let mut owned: Vec<String> = owned_by(&g, "https://ex.se/a")
            .unwrap()
            .iter()
            .filter_map(|n| match n {
                NamedOrBlankNode::NamedNode(n) => Some(n.as_str().to_owned()),
                NamedOrBlankNode::BlankNode(_) => None,
            })
            .collect();
        owned.sort();
        assert_eq!(
            owned,
            [
                "https://ex.se/a",
                "https://ex.se/a.csv",
                "https://ex.se/lic",
                "https://ex.se/only-a"
            ]
        );
        assert_eq!(
            owned_by(&g, "https://ex.se/a").unwrap().len(),
            5,
            "and its period"
        );
    }

    #[test]
    fn removing_a_dataset_leaves_the_rest_alone() {
        let mut g = parse(TWO.as_bytes(), Format::Turtle).unwrap();
        let before = g.len();
        let removal = remove_dataset(&mut g, "https://ex.se/a").unwrap();
        assert_eq!(before - g.len(), removal.triples.len());
        let text = serialize(&g, Format::Turtle).unwrap();
        assert!(!text.contains("https://ex.se/a>"), "{text}");
        assert!(
            !text.contains("only-a") && !text.contains("2024-01-01"),
            "{text}"
        );
        assert!(
            text.contains("shared") && text.contains("2020-01-01"),
            "{text}"
        );
        assert!(text.contains("<https://ex.se/org>"), "{text}");
        let err = remove_dataset(&mut g, "https://ex.se/a").unwrap_err();
        assert!(err.to_string().contains("https://ex.se/b"), "{err}");
    }

    #[test]
    fn a_new_period_never_shares_a_blank_node_with_one_read_from_a_file() {
        use crate::{Agent, Catalog, Dataset, Date, Node, PeriodOfTime, Text};
        let agent = Agent::organisation(
            "https://ex.se/org",
            vec![Text::sv("Org")],
            "https://ex.se/type",
        );
        let mut c = Catalog::new("https://ex.se/k", vec![], vec![], agent.clone());
        let mut a = Dataset::new("https://ex.se/a", vec![], vec![], agent.clone());
        let mut old = PeriodOfTime::new(Some(Date::day("2020-01-01")), None);
        old.id = Some(Node::Blank("n1".into())); // as Datalots wrote it before
        a.temporal.push(old);
        let mut b = Dataset::new("https://ex.se/b", vec![], vec![], agent);
        b.temporal
            .push(PeriodOfTime::new(Some(Date::day("2024-01-01")), None));
        c.add_dataset(a).unwrap();
        c.add_dataset(b).unwrap();
        let g = c.to_graph().unwrap();
        let starts: Vec<_> = g
            .triples_for_predicate(nn(crate::ns::DCAT_START_DATE))
            .map(|t| t.subject.into_owned())
            .collect();
        assert_eq!(starts.len(), 2);
        assert_ne!(starts[0], starts[1], "two periods, two nodes");
    }

    #[test]
    fn a_fresh_blank_node_is_not_used() {
        let g = parse(b"_:t <http://x/p> _:t2 .", Format::Turtle).unwrap();
        assert_eq!(fresh_blank(&g, "t").as_str(), "t3");
        assert_eq!(fresh_blank(&g, "u").as_str(), "u");
    }
}

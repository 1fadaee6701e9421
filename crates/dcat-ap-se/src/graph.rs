//! Between the model and RDF graphs: [`Catalog::from_graph`] and [`Catalog::to_graph`].

use std::collections::HashSet;

use oxrdf::{
    BlankNode, Graph, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef,
    Term, TermRef, Triple, TripleRef,
};

use crate::Error;
use crate::model::*;
use crate::ns::*;

const AGENT_TYPES: &[&str] = &[
    "http://xmlns.com/foaf/0.1/Agent",
    "http://xmlns.com/foaf/0.1/Organization",
    "http://xmlns.com/foaf/0.1/Person",
];
const CONTACT_TYPES: &[&str] = &[
    VCARD_ORGANIZATION,
    VCARD_INDIVIDUAL,
    "http://www.w3.org/2006/vcard/ns#Kind",
];

fn nn(iri: &'static str) -> NamedNodeRef<'static> {
    NamedNodeRef::new_unchecked(iri)
}

fn to_node(n: NamedOrBlankNodeRef<'_>) -> Node {
    match n {
        NamedOrBlankNodeRef::NamedNode(i) => Node::Iri(i.as_str().to_owned()),
        NamedOrBlankNodeRef::BlankNode(b) => Node::Blank(b.as_str().to_owned()),
    }
}

struct Reader<'g> {
    g: &'g Graph,
    /// The triples the model holds (the rest go to `extra`).
    used: HashSet<TripleRef<'g>>,
}

type S<'a> = NamedOrBlankNodeRef<'a>;

impl<'g> Reader<'g> {
    fn objects(&self, s: S<'g>, p: &'static str) -> Vec<TermRef<'g>> {
        let mut v: Vec<TermRef<'g>> = self.g.objects_for_subject_predicate(s, nn(p)).collect();
        // As their N-Triples text sorts.
        v.sort_by(|a, b| crate::rdf::cmp_terms(*a, *b));
        v
    }

    fn take(&mut self, s: S<'g>, p: &'static str, o: TermRef<'g>) {
        self.used.insert(TripleRef::new(s, nn(p), o));
    }

    /// Objects accepted by `f`, consumed.
    fn all<T>(
        &mut self,
        s: S<'g>,
        p: &'static str,
        f: impl Fn(TermRef<'g>) -> Option<T>,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for o in self.objects(s, p) {
            if let Some(v) = f(o) {
                self.take(s, p, o);
                out.push(v);
            }
        }
        out
    }

    /// The first object accepted by `f`, consumed; further ones stay in the graph.
    fn one<T>(
        &mut self,
        s: S<'g>,
        p: &'static str,
        f: impl Fn(TermRef<'g>) -> Option<T>,
    ) -> Option<T> {
        for o in self.objects(s, p) {
            if let Some(v) = f(o) {
                self.take(s, p, o);
                return Some(v);
            }
        }
        None
    }

    fn types(&mut self, s: S<'g>, allowed: &[&str]) -> Vec<String> {
        self.all(s, RDF_TYPE, |o| match o {
            TermRef::NamedNode(n) if allowed.contains(&n.as_str()) => Some(n.as_str().to_owned()),
            _ => None,
        })
    }

    fn iris(&mut self, s: S<'g>, p: &'static str) -> Vec<String> {
        self.all(s, p, iri_of)
    }
    fn iri(&mut self, s: S<'g>, p: &'static str) -> Option<String> {
        self.one(s, p, iri_of)
    }
    fn texts(&mut self, s: S<'g>, p: &'static str) -> Vec<Text> {
        self.all(s, p, text_of)
    }
    fn plains(&mut self, s: S<'g>, p: &'static str) -> Vec<String> {
        self.all(s, p, plain_of)
    }
    fn plain(&mut self, s: S<'g>, p: &'static str) -> Option<String> {
        self.one(s, p, plain_of)
    }
    fn date(&mut self, s: S<'g>, p: &'static str) -> Option<Date> {
        self.one(s, p, date_of)
    }
    fn wkt(&mut self, s: S<'g>, p: &'static str) -> Option<String> {
        self.one(s, p, |o| match o {
            TermRef::Literal(l) if l.datatype().as_str() == GEO_WKT => Some(l.value().to_owned()),
            _ => None,
        })
    }
    fn count(&mut self, s: S<'g>, p: &'static str) -> Option<u64> {
        self.one(s, p, |o| match o {
            TermRef::Literal(l) if l.datatype().as_str() == XSD_NON_NEGATIVE_INTEGER => {
                let n: u64 = l.value().parse().ok()?;
                // Only the canonical form, so that writing it back gives the same triple.
                (n.to_string() == l.value()).then_some(n)
            }
            _ => None,
        })
    }

    /// Resources (IRI or blank) linked by `p`: the links are consumed, the resources
    /// are read by `f`.
    fn linked<T>(
        &mut self,
        s: S<'g>,
        p: &'static str,
        f: impl Fn(&mut Self, NamedOrBlankNodeRef<'g>) -> T,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for o in self.objects(s, p) {
            let node = match o {
                TermRef::NamedNode(n) => NamedOrBlankNodeRef::NamedNode(n),
                TermRef::BlankNode(b) => NamedOrBlankNodeRef::BlankNode(b),
                _ => continue,
            };
            self.take(s, p, o);
            out.push(f(self, node));
        }
        out
    }

    fn agent(&mut self, n: S<'g>) -> Agent {
        Agent {
            id: Some(to_node(n)),
            types: self.types(n, AGENT_TYPES),
            name: self.texts(n, FOAF_NAME),
            kind: self.iri(n, DCTERMS_TYPE),
            identifier: self.plains(n, DCTERMS_IDENTIFIER),
            description: self.texts(n, DCTERMS_DESCRIPTION),
            homepage: self.iri(n, FOAF_HOMEPAGE),
            classification: self.iris(n, ORG_CLASSIFICATION),
        }
    }

    fn contact(&mut self, n: S<'g>) -> ContactPoint {
        ContactPoint {
            id: Some(to_node(n)),
            types: self.types(n, CONTACT_TYPES),
            name: self.texts(n, VCARD_FN),
            email: self.iris(n, VCARD_HAS_EMAIL),
            telephone: self.linked(n, VCARD_HAS_TELEPHONE, |r, t| Telephone {
                id: Some(to_node(t)),
                types: r.types(t, &[VCARD_VOICE]),
                value: r.iri(t, VCARD_HAS_VALUE),
            }),
            address: self.linked(n, VCARD_HAS_ADDRESS, |r, a| Address {
                id: Some(to_node(a)),
                types: r.types(a, &[VCARD_ADDRESS]),
                street: r.plain(a, VCARD_STREET_ADDRESS),
                postal_code: r.plain(a, VCARD_POSTAL_CODE),
                locality: r.plain(a, VCARD_LOCALITY),
                country: r.plain(a, VCARD_COUNTRY_NAME),
            }),
            url: self.iris(n, VCARD_HAS_URL),
        }
    }

    fn distribution(&mut self, n: S<'g>) -> Distribution {
        Distribution {
            id: Some(to_node(n)),
            types: self.types(n, &[DCAT_DISTRIBUTION]),
            title: self.texts(n, DCTERMS_TITLE),
            description: self.texts(n, DCTERMS_DESCRIPTION),
            access_url: self.iris(n, DCAT_ACCESS_URL),
            download_url: self.iris(n, DCAT_DOWNLOAD_URL),
            format: self.plain(n, DCTERMS_FORMAT),
            media_type: self.iri(n, DCAT_MEDIA_TYPE),
            byte_size: self.count(n, DCAT_BYTE_SIZE),
            licence: self.iri(n, DCTERMS_LICENSE),
            rights: self.linked(n, DCTERMS_RIGHTS, |r, x| r.rights(x)),
            availability: self.iri(n, DCATAP_AVAILABILITY),
            status: self.iri(n, ADMS_STATUS),
            applicable_legislation: self.iris(n, DCATAP_APPLICABLE_LEGISLATION),
            issued: self.date(n, DCTERMS_ISSUED),
            modified: self.date(n, DCTERMS_MODIFIED),
            language: self.iris(n, DCTERMS_LANGUAGE),
            conforms_to: self.iris(n, DCTERMS_CONFORMS_TO),
            access_service: self.iris(n, DCAT_ACCESS_SERVICE),
        }
    }

    fn rights(&mut self, n: S<'g>) -> RightsStatement {
        RightsStatement {
            id: Some(to_node(n)),
            types: self.types(n, &[ODRS_RIGHTS_STATEMENT]),
            attribution_text: self.texts(n, ODRS_ATTRIBUTION_TEXT),
            attribution_url: self.iris(n, ODRS_ATTRIBUTION_URL),
            copyright_statement: self.iris(n, ODRS_COPYRIGHT_STATEMENT),
            copyright_holder: self.iris(n, ODRS_COPYRIGHT_HOLDER),
            jurisdiction: self.iris(n, ODRS_JURISDICTION),
            reuser_guidelines: self.iris(n, ODRS_REUSER_GUIDELINES),
        }
    }

    fn dataset(&mut self, n: S<'g>) -> Dataset {
        let spatial_nodes: Vec<TermRef<'g>> = self.objects(n, DCTERMS_SPATIAL);
        let mut spatial = Vec::new();
        let mut spatial_geometry = Vec::new();
        for o in spatial_nodes {
            match o {
                // A named place: an IRI without its own geometry.
                TermRef::NamedNode(i)
                    if self
                        .g
                        .object_for_subject_predicate(i, nn(DCAT_BBOX))
                        .is_none()
                        && self
                            .g
                            .object_for_subject_predicate(i, nn(DCAT_CENTROID))
                            .is_none() =>
                {
                    self.take(n, DCTERMS_SPATIAL, o);
                    spatial.push(i.as_str().to_owned());
                }
                TermRef::NamedNode(_) | TermRef::BlankNode(_) => {
                    let node = match o {
                        TermRef::NamedNode(i) => NamedOrBlankNodeRef::NamedNode(i),
                        TermRef::BlankNode(b) => NamedOrBlankNodeRef::BlankNode(b),
                        _ => continue,
                    };
                    self.take(n, DCTERMS_SPATIAL, o);
                    spatial_geometry.push(Location {
                        id: Some(to_node(node)),
                        types: self.types(node, &[DCTERMS_LOCATION]),
                        bbox: self.wkt(node, DCAT_BBOX),
                        centroid: self.wkt(node, DCAT_CENTROID),
                    });
                }
                _ => {}
            }
        }
        Dataset {
            id: Some(to_node(n)),
            types: self.types(n, &[DCAT_DATASET]),
            title: self.texts(n, DCTERMS_TITLE),
            description: self.texts(n, DCTERMS_DESCRIPTION),
            publisher: self
                .linked(n, DCTERMS_PUBLISHER, |r, a| r.agent(a))
                .into_iter()
                .next(),
            contact_point: self.linked(n, DCAT_CONTACT_POINT, |r, c| r.contact(c)),
            keyword: self.texts(n, DCAT_KEYWORD),
            theme: self.iris(n, DCAT_THEME),
            applicable_legislation: self.iris(n, DCATAP_APPLICABLE_LEGISLATION),
            hvd_category: self.iris(n, DCATAP_HVD_CATEGORY),
            identifier: self.plains(n, DCTERMS_IDENTIFIER),
            issued: self.date(n, DCTERMS_ISSUED),
            modified: self.date(n, DCTERMS_MODIFIED),
            language: self.iris(n, DCTERMS_LANGUAGE),
            landing_page: self.iris(n, DCAT_LANDING_PAGE),
            conforms_to: self.iris(n, DCTERMS_CONFORMS_TO),
            spatial,
            spatial_geometry,
            temporal: self.linked(n, DCTERMS_TEMPORAL, |r, t| PeriodOfTime {
                id: Some(to_node(t)),
                types: r.types(t, &[DCTERMS_PERIOD_OF_TIME]),
                start: r.date(t, DCAT_START_DATE),
                end: r.date(t, DCAT_END_DATE),
            }),
            access_rights: self.iri(n, DCTERMS_ACCESS_RIGHTS),
            accrual_periodicity: self.iri(n, DCTERMS_ACCRUAL_PERIODICITY),
            offers: self.linked(n, SCHEMA_OFFERS, |r, o| Offer {
                id: Some(to_node(o)),
                types: r.types(o, &[SCHEMA_OFFER]),
                description: r.texts(o, SCHEMA_DESCRIPTION),
                page: r.iri(o, SCHEMA_MAIN_ENTITY_OF_PAGE),
            }),
            distributions: self.linked(n, DCAT_DISTRIBUTION_PROP, |r, d| r.distribution(d)),
        }
    }

    fn service(&mut self, n: S<'g>) -> DataService {
        DataService {
            id: Some(to_node(n)),
            types: self.types(n, &[DCAT_DATA_SERVICE]),
            title: self.texts(n, DCTERMS_TITLE),
            description: self.texts(n, DCTERMS_DESCRIPTION),
            endpoint_url: self.iris(n, DCAT_ENDPOINT_URL),
            endpoint_description: self.iris(n, DCAT_ENDPOINT_DESCRIPTION),
            publisher: self
                .linked(n, DCTERMS_PUBLISHER, |r, a| r.agent(a))
                .into_iter()
                .next(),
            contact_point: self.linked(n, DCAT_CONTACT_POINT, |r, c| r.contact(c)),
            keyword: self.texts(n, DCAT_KEYWORD),
            theme: self.iris(n, DCAT_THEME),
            access_rights: self.iri(n, DCTERMS_ACCESS_RIGHTS),
            format: self.plain(n, DCTERMS_FORMAT),
            licence: self.iri(n, DCTERMS_LICENSE),
            serves_dataset: self.iris(n, DCAT_SERVES_DATASET),
            applicable_legislation: self.iris(n, DCATAP_APPLICABLE_LEGISLATION),
            hvd_category: self.iris(n, DCATAP_HVD_CATEGORY),
            landing_page: self.iris(n, DCAT_LANDING_PAGE),
            page: self.iris(n, FOAF_PAGE),
        }
    }
}

fn iri_of(o: TermRef<'_>) -> Option<String> {
    match o {
        TermRef::NamedNode(n) => Some(n.as_str().to_owned()),
        _ => None,
    }
}

fn text_of(o: TermRef<'_>) -> Option<Text> {
    match o {
        TermRef::Literal(l) if l.language().is_some() => Some(Text {
            value: l.value().to_owned(),
            lang: l.language().map(str::to_owned),
        }),
        TermRef::Literal(l) if l.datatype().as_str() == XSD_STRING => Some(Text {
            value: l.value().to_owned(),
            lang: None,
        }),
        _ => None,
    }
}

fn plain_of(o: TermRef<'_>) -> Option<String> {
    match o {
        TermRef::Literal(l) if l.language().is_none() && l.datatype().as_str() == XSD_STRING => {
            Some(l.value().to_owned())
        }
        _ => None,
    }
}

fn date_of(o: TermRef<'_>) -> Option<Date> {
    let TermRef::Literal(l) = o else { return None };
    let kind = match l.datatype().as_str() {
        XSD_DATE => DateKind::Date,
        XSD_DATE_TIME => DateKind::DateTime,
        XSD_G_YEAR => DateKind::Year,
        _ => return None,
    };
    Some(Date {
        value: l.value().to_owned(),
        kind,
    })
}

impl Catalog {
    /// Reads the catalogue in a graph: the `dcat:Catalog` (when there are several,
    /// the one no other catalogue has as `dcterms:hasPart`). Every triple the model
    /// does not hold goes to [`Catalog::extra`].
    pub fn from_graph(graph: &Graph) -> Result<Catalog, Error> {
        let mut candidates: Vec<NamedOrBlankNodeRef<'_>> = graph
            .subjects_for_predicate_object(nn(RDF_TYPE), nn(DCAT_CATALOG))
            .filter(|c| {
                let as_term: TermRef<'_> = match c {
                    NamedOrBlankNodeRef::NamedNode(n) => (*n).into(),
                    NamedOrBlankNodeRef::BlankNode(b) => (*b).into(),
                };
                graph
                    .subject_for_predicate_object(nn(DCTERMS_HAS_PART), as_term)
                    .is_none()
            })
            .collect();
        candidates.sort_by_cached_key(|c| c.to_string());
        let Some(root) = candidates.first().copied() else {
            return Err(Error::Catalog(
                "grafen har ingen dcat:Catalog / the graph has no dcat:Catalog".into(),
            ));
        };
        let mut r = Reader {
            g: graph,
            used: HashSet::new(),
        };
        let n = root;
        let mut catalog = Catalog {
            id: Some(to_node(n)),
            types: r.types(n, &[DCAT_CATALOG]),
            title: r.texts(n, DCTERMS_TITLE),
            description: r.texts(n, DCTERMS_DESCRIPTION),
            publisher: r
                .linked(n, DCTERMS_PUBLISHER, |r, a| r.agent(a))
                .into_iter()
                .next(),
            licence: r.iri(n, DCTERMS_LICENSE),
            issued: r.date(n, DCTERMS_ISSUED),
            modified: r.date(n, DCTERMS_MODIFIED),
            language: r.iris(n, DCTERMS_LANGUAGE),
            homepage: r.iri(n, FOAF_HOMEPAGE),
            spatial: r.iris(n, DCTERMS_SPATIAL),
            theme_taxonomy: r.iris(n, DCAT_THEME_TAXONOMY),
            datasets: r.linked(n, DCAT_DATASET_PROP, |r, d| r.dataset(d)),
            services: r.linked(n, DCAT_SERVICE, |r, s| r.service(s)),
            other_services: Vec::new(),
            extra: Vec::new(),
        };
        let mut seen: Vec<String> = catalog
            .services
            .iter()
            .filter_map(|s| s.id.as_ref().and_then(Node::iri).map(str::to_owned))
            .collect();
        let reached: Vec<String> = catalog
            .datasets
            .iter()
            .flat_map(|d| &d.distributions)
            .flat_map(|d| d.access_service.iter().cloned())
            .collect();
        for iri in reached {
            if seen.contains(&iri) {
                continue;
            }
            // The graph's own node, typed dcat:DataService, if there is one.
            let node = graph
                .subjects_for_predicate_object(nn(RDF_TYPE), nn(DCAT_DATA_SERVICE))
                .find(|s| matches!(s, NamedOrBlankNodeRef::NamedNode(n) if n.as_str() == iri));
            if let Some(node) = node {
                let service = r.service(node);
                catalog.other_services.push(service);
            }
            seen.push(iri);
        }
        let mut extra: Vec<String> = graph
            .iter()
            .filter(|t| !r.used.contains(t))
            .map(|t| format!("{t} ."))
            .collect();
        extra.sort();
        catalog.extra = extra;
        Ok(catalog)
    }

    /// Writes the catalogue as a graph, with the [`Catalog::extra`] triples.
    ///
    /// Nested resources without an id get fresh blank nodes `n1`, `n2`…; when one of
    /// those labels is already used by a blank node the catalogue holds (read from a
    /// file Datalots wrote before, say), the graph is written again with another
    /// prefix, so that two resources never share a blank node.
    pub fn to_graph(&self) -> Result<Graph, Error> {
        Ok(self.to_triples()?.into_iter().collect())
    }

    /// The triples of [`Catalog::to_graph`], in the order they were made, possibly
    /// with duplicates (a graph is a set: [`Catalog::to_graph`] drops them).
    pub(crate) fn to_triples(&self) -> Result<Vec<Triple>, Error> {
        let mut prefix = String::from("n");
        for attempt in 0..64 {
            let w = self.write_graph(&prefix)?;
            if w.fresh.iter().all(|l| !w.given.contains(l)) {
                return Ok(w.triples);
            }
            prefix = format!("n{attempt}b");
        }
        Err(Error::Catalog(
            "inga lediga etiketter för tomma noder / no free blank node labels".into(),
        ))
    }

    fn write_graph(&self, prefix: &str) -> Result<Writer<'_>, Error> {
        let mut w = Writer {
            triples: Vec::new(),
            checked: HashSet::new(),
            blank: 0,
            prefix: prefix.to_owned(),
            fresh: HashSet::new(),
            given: HashSet::new(),
        };
        let c = w.subject(&self.id, "catalogue / katalogen")?;
        w.types(&c, &self.types)?;
        w.texts(&c, DCTERMS_TITLE, &self.title)?;
        w.texts(&c, DCTERMS_DESCRIPTION, &self.description)?;
        if let Some(a) = &self.publisher {
            w.agent(&c, DCTERMS_PUBLISHER, a)?;
        }
        w.iris(&c, DCTERMS_LICENSE, self.licence.iter())?;
        w.date(&c, DCTERMS_ISSUED, &self.issued)?;
        w.date(&c, DCTERMS_MODIFIED, &self.modified)?;
        w.iris(&c, DCTERMS_LANGUAGE, &self.language)?;
        w.iris(&c, FOAF_HOMEPAGE, self.homepage.iter())?;
        w.iris(&c, DCTERMS_SPATIAL, &self.spatial)?;
        w.iris(&c, DCAT_THEME_TAXONOMY, &self.theme_taxonomy)?;
        for d in &self.datasets {
            w.dataset(&c, d)?;
        }
        for s in &self.services {
            w.service(Some(&c), s)?;
        }
        for s in &self.other_services {
            w.service(None, s)?;
        }
        if !self.extra.is_empty() {
            let text = self.extra.join("\n");
            for t in oxttl::NTriplesParser::new().for_slice(text.as_bytes()) {
                let t = t.map_err(|e| Error::Syntax {
                    format: "N-Triples (extra)",
                    line: e.location().start.line + 1,
                    column: e.location().start.column + 1,
                    message: e.message().to_owned(),
                })?;
                if let NamedOrBlankNode::BlankNode(b) = &t.subject {
                    w.given.insert(b.as_str().to_owned());
                }
                if let Term::BlankNode(b) = &t.object {
                    w.given.insert(b.as_str().to_owned());
                }
                w.triples.push(t);
            }
        }
        Ok(w)
    }
}

struct Writer<'a> {
    triples: Vec<Triple>,
    /// The catalogue's IRIs already checked (the same publisher, theme or licence
    /// comes back for every dataset: each is parsed once).
    checked: HashSet<&'a str>,
    blank: usize,
    /// The prefix of fresh blank-node labels.
    prefix: String,
    /// The labels made fresh.
    fresh: HashSet<String>,
    /// The labels the catalogue gave.
    given: HashSet<String>,
}

fn named(iri: &str) -> Result<NamedNode, Error> {
    NamedNode::new(iri).map_err(|e| Error::InvalidIri {
        iri: iri.to_owned(),
        message: e.to_string(),
    })
}

impl<'a> Writer<'a> {
    /// A named node for one of the catalogue's IRIs, checked.
    fn named(&mut self, iri: &'a str) -> Result<NamedNode, Error> {
        if self.checked.contains(iri) {
            return Ok(NamedNode::new_unchecked(iri));
        }
        let n = named(iri)?;
        self.checked.insert(iri);
        Ok(n)
    }

    /// The subject for a main resource: it must have an id.
    fn subject(&mut self, id: &'a Option<Node>, what: &str) -> Result<NamedOrBlankNode, Error> {
        match id {
            Some(n) => self.node(n),
            None => Err(Error::Catalog(format!("{what} saknar IRI / has no IRI"))),
        }
    }

    /// The subject for a nested resource: a fresh, numbered blank node if it has none.
    fn nested(&mut self, id: &'a Option<Node>) -> Result<NamedOrBlankNode, Error> {
        match id {
            Some(n) => self.node(n),
            None => {
                self.blank += 1;
                let label = format!("{}{}", self.prefix, self.blank);
                self.fresh.insert(label.clone());
                Ok(BlankNode::new_unchecked(label).into())
            }
        }
    }

    fn node(&mut self, n: &'a Node) -> Result<NamedOrBlankNode, Error> {
        match n {
            Node::Iri(i) => Ok(self.named(i)?.into()),
            Node::Blank(b) => {
                self.given.insert(b.clone());
                if b.contains(':') {
                    // oxrdf takes it, but Turtle and N-Triples would read `_:a:b` back
                    // as `_:a` and garbage.
                    return Err(Error::InvalidIri {
                        iri: format!("_:{b}"),
                        message: "en blank nods id får inte innehålla ':' / a blank node id must not contain ':'".into(),
                    });
                }
                BlankNode::new(b.clone())
                    .map(Into::into)
                    .map_err(|e| Error::InvalidIri {
                        iri: format!("_:{b}"),
                        message: e.to_string(),
                    })
            }
        }
    }

    fn add(&mut self, s: &NamedOrBlankNode, p: &'static str, o: impl Into<Term>) {
        self.triples
            .push(Triple::new(s.clone(), nn(p).into_owned(), o));
    }

    fn link(&mut self, s: &NamedOrBlankNode, p: &'static str, o: &NamedOrBlankNode) {
        let term: Term = match o {
            NamedOrBlankNode::NamedNode(n) => n.clone().into(),
            NamedOrBlankNode::BlankNode(b) => b.clone().into(),
        };
        self.add(s, p, term);
    }

    fn types(&mut self, s: &NamedOrBlankNode, types: &'a [String]) -> Result<(), Error> {
        self.iris(s, RDF_TYPE, types)
    }

    fn iris(
        &mut self,
        s: &NamedOrBlankNode,
        p: &'static str,
        v: impl IntoIterator<Item = &'a String>,
    ) -> Result<(), Error> {
        for i in v {
            let o = self.named(i)?;
            self.add(s, p, o);
        }
        Ok(())
    }

    fn texts(&mut self, s: &NamedOrBlankNode, p: &'static str, v: &[Text]) -> Result<(), Error> {
        for t in v {
            let lit = match &t.lang {
                Some(lang) => Literal::new_language_tagged_literal(t.value.clone(), lang.clone())
                    .map_err(|e| Error::InvalidIri {
                    iri: format!("@{lang}"),
                    message: e.to_string(),
                })?,
                None => Literal::new_simple_literal(t.value.clone()),
            };
            self.add(s, p, lit);
        }
        Ok(())
    }

    fn plains<'b>(
        &mut self,
        s: &NamedOrBlankNode,
        p: &'static str,
        v: impl IntoIterator<Item = &'b String>,
    ) {
        for x in v {
            self.add(s, p, Literal::new_simple_literal(x.clone()));
        }
    }

    fn date(
        &mut self,
        s: &NamedOrBlankNode,
        p: &'static str,
        d: &Option<Date>,
    ) -> Result<(), Error> {
        if let Some(d) = d {
            let dt = match d.kind {
                DateKind::Date => XSD_DATE,
                DateKind::DateTime => XSD_DATE_TIME,
                DateKind::Year => XSD_G_YEAR,
            };
            self.add(
                s,
                p,
                Literal::new_typed_literal(d.value.clone(), nn(dt).into_owned()),
            );
        }
        Ok(())
    }

    fn agent(
        &mut self,
        from: &NamedOrBlankNode,
        p: &'static str,
        a: &'a Agent,
    ) -> Result<(), Error> {
        let n = self.subject(&a.id, "publisher / utgivaren")?;
        self.link(from, p, &n);
        self.types(&n, &a.types)?;
        self.texts(&n, FOAF_NAME, &a.name)?;
        self.iris(&n, DCTERMS_TYPE, a.kind.iter())?;
        self.plains(&n, DCTERMS_IDENTIFIER, &a.identifier);
        self.texts(&n, DCTERMS_DESCRIPTION, &a.description)?;
        self.iris(&n, FOAF_HOMEPAGE, a.homepage.iter())?;
        self.iris(&n, ORG_CLASSIFICATION, &a.classification)
    }

    fn contact(&mut self, from: &NamedOrBlankNode, c: &'a ContactPoint) -> Result<(), Error> {
        let n = self.subject(&c.id, "contact point / kontaktpunkten")?;
        self.link(from, DCAT_CONTACT_POINT, &n);
        self.types(&n, &c.types)?;
        self.texts(&n, VCARD_FN, &c.name)?;
        self.iris(&n, VCARD_HAS_EMAIL, &c.email)?;
        for t in &c.telephone {
            let tn = self.nested(&t.id)?;
            self.link(&n, VCARD_HAS_TELEPHONE, &tn);
            self.types(&tn, &t.types)?;
            self.iris(&tn, VCARD_HAS_VALUE, t.value.iter())?;
        }
        for a in &c.address {
            let an = self.nested(&a.id)?;
            self.link(&n, VCARD_HAS_ADDRESS, &an);
            self.types(&an, &a.types)?;
            self.plains(&an, VCARD_STREET_ADDRESS, a.street.iter());
            self.plains(&an, VCARD_POSTAL_CODE, a.postal_code.iter());
            self.plains(&an, VCARD_LOCALITY, a.locality.iter());
            self.plains(&an, VCARD_COUNTRY_NAME, a.country.iter());
        }
        self.iris(&n, VCARD_HAS_URL, &c.url)
    }

    fn dataset(&mut self, from: &NamedOrBlankNode, d: &'a Dataset) -> Result<(), Error> {
        let n = self.subject(&d.id, "dataset / datamängden")?;
        self.link(from, DCAT_DATASET_PROP, &n);
        self.types(&n, &d.types)?;
        self.texts(&n, DCTERMS_TITLE, &d.title)?;
        self.texts(&n, DCTERMS_DESCRIPTION, &d.description)?;
        if let Some(a) = &d.publisher {
            self.agent(&n, DCTERMS_PUBLISHER, a)?;
        }
        for c in &d.contact_point {
            self.contact(&n, c)?;
        }
        self.texts(&n, DCAT_KEYWORD, &d.keyword)?;
        self.iris(&n, DCAT_THEME, &d.theme)?;
        self.iris(&n, DCATAP_APPLICABLE_LEGISLATION, &d.applicable_legislation)?;
        self.iris(&n, DCATAP_HVD_CATEGORY, &d.hvd_category)?;
        self.plains(&n, DCTERMS_IDENTIFIER, &d.identifier);
        self.date(&n, DCTERMS_ISSUED, &d.issued)?;
        self.date(&n, DCTERMS_MODIFIED, &d.modified)?;
        self.iris(&n, DCTERMS_LANGUAGE, &d.language)?;
        self.iris(&n, DCAT_LANDING_PAGE, &d.landing_page)?;
        self.iris(&n, DCTERMS_CONFORMS_TO, &d.conforms_to)?;
        self.iris(&n, DCTERMS_SPATIAL, &d.spatial)?;
        for l in &d.spatial_geometry {
            let ln = self.nested(&l.id)?;
            self.link(&n, DCTERMS_SPATIAL, &ln);
            self.types(&ln, &l.types)?;
            for (p, v) in [(DCAT_BBOX, &l.bbox), (DCAT_CENTROID, &l.centroid)] {
                if let Some(v) = v {
                    self.add(
                        &ln,
                        p,
                        Literal::new_typed_literal(v.clone(), nn(GEO_WKT).into_owned()),
                    );
                }
            }
        }
        for t in &d.temporal {
            let tn = self.nested(&t.id)?;
            self.link(&n, DCTERMS_TEMPORAL, &tn);
            self.types(&tn, &t.types)?;
            self.date(&tn, DCAT_START_DATE, &t.start)?;
            self.date(&tn, DCAT_END_DATE, &t.end)?;
        }
        self.iris(&n, DCTERMS_ACCESS_RIGHTS, d.access_rights.iter())?;
        self.iris(
            &n,
            DCTERMS_ACCRUAL_PERIODICITY,
            d.accrual_periodicity.iter(),
        )?;
        for o in &d.offers {
            let on = self.nested(&o.id)?;
            self.link(&n, SCHEMA_OFFERS, &on);
            self.types(&on, &o.types)?;
            self.texts(&on, SCHEMA_DESCRIPTION, &o.description)?;
            self.iris(&on, SCHEMA_MAIN_ENTITY_OF_PAGE, o.page.iter())?;
        }
        for dist in &d.distributions {
            self.distribution(&n, dist)?;
        }
        Ok(())
    }

    fn distribution(&mut self, from: &NamedOrBlankNode, d: &'a Distribution) -> Result<(), Error> {
        let n = self.subject(&d.id, "distribution / distributionen")?;
        self.link(from, DCAT_DISTRIBUTION_PROP, &n);
        self.types(&n, &d.types)?;
        self.texts(&n, DCTERMS_TITLE, &d.title)?;
        self.texts(&n, DCTERMS_DESCRIPTION, &d.description)?;
        self.iris(&n, DCAT_ACCESS_URL, &d.access_url)?;
        self.iris(&n, DCAT_DOWNLOAD_URL, &d.download_url)?;
        self.plains(&n, DCTERMS_FORMAT, d.format.iter());
        self.iris(&n, DCAT_MEDIA_TYPE, d.media_type.iter())?;
        if let Some(size) = d.byte_size {
            self.add(
                &n,
                DCAT_BYTE_SIZE,
                Literal::new_typed_literal(
                    size.to_string(),
                    nn(XSD_NON_NEGATIVE_INTEGER).into_owned(),
                ),
            );
        }
        self.iris(&n, DCTERMS_LICENSE, d.licence.iter())?;
        for r in &d.rights {
            let rn = self.nested(&r.id)?;
            self.link(&n, DCTERMS_RIGHTS, &rn);
            self.types(&rn, &r.types)?;
            self.texts(&rn, ODRS_ATTRIBUTION_TEXT, &r.attribution_text)?;
            self.iris(&rn, ODRS_ATTRIBUTION_URL, &r.attribution_url)?;
            self.iris(&rn, ODRS_COPYRIGHT_STATEMENT, &r.copyright_statement)?;
            self.iris(&rn, ODRS_COPYRIGHT_HOLDER, &r.copyright_holder)?;
            self.iris(&rn, ODRS_JURISDICTION, &r.jurisdiction)?;
            self.iris(&rn, ODRS_REUSER_GUIDELINES, &r.reuser_guidelines)?;
        }
        self.iris(&n, DCATAP_AVAILABILITY, d.availability.iter())?;
        self.iris(&n, ADMS_STATUS, d.status.iter())?;
        self.iris(&n, DCATAP_APPLICABLE_LEGISLATION, &d.applicable_legislation)?;
        self.date(&n, DCTERMS_ISSUED, &d.issued)?;
        self.date(&n, DCTERMS_MODIFIED, &d.modified)?;
        self.iris(&n, DCTERMS_LANGUAGE, &d.language)?;
        self.iris(&n, DCTERMS_CONFORMS_TO, &d.conforms_to)?;
        self.iris(&n, DCAT_ACCESS_SERVICE, &d.access_service)
    }

    fn service(
        &mut self,
        from: Option<&NamedOrBlankNode>,
        s: &'a DataService,
    ) -> Result<(), Error> {
        let n = self.subject(&s.id, "data service / datatjänsten")?;
        if let Some(from) = from {
            self.link(from, DCAT_SERVICE, &n);
        }
        self.types(&n, &s.types)?;
        self.texts(&n, DCTERMS_TITLE, &s.title)?;
        self.texts(&n, DCTERMS_DESCRIPTION, &s.description)?;
        self.iris(&n, DCAT_ENDPOINT_URL, &s.endpoint_url)?;
        self.iris(&n, DCAT_ENDPOINT_DESCRIPTION, &s.endpoint_description)?;
        if let Some(a) = &s.publisher {
            self.agent(&n, DCTERMS_PUBLISHER, a)?;
        }
        for c in &s.contact_point {
            self.contact(&n, c)?;
        }
        self.texts(&n, DCAT_KEYWORD, &s.keyword)?;
        self.iris(&n, DCAT_THEME, &s.theme)?;
        self.iris(&n, DCTERMS_ACCESS_RIGHTS, s.access_rights.iter())?;
        self.plains(&n, DCTERMS_FORMAT, s.format.iter());
        self.iris(&n, DCTERMS_LICENSE, s.licence.iter())?;
        self.iris(&n, DCAT_SERVES_DATASET, &s.serves_dataset)?;
        self.iris(&n, DCATAP_APPLICABLE_LEGISLATION, &s.applicable_legislation)?;
        self.iris(&n, DCATAP_HVD_CATEGORY, &s.hvd_category)?;
        self.iris(&n, DCAT_LANDING_PAGE, &s.landing_page)?;
        self.iris(&n, FOAF_PAGE, &s.page)
    }
}

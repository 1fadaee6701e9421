//! Building, reading, changing and writing catalogues.

use crate::model::*;
use crate::ns;
use crate::{Error, Format, Report};

impl Catalog {
    /// A new catalogue with its mandatory licence (CC0) and type, published by
    /// `publisher`.
    pub fn new(
        iri: impl Into<String>,
        title: Vec<Text>,
        description: Vec<Text>,
        publisher: Agent,
    ) -> Catalog {
        Catalog {
            id: Some(Node::Iri(iri.into())),
            types: vec![ns::DCAT_CATALOG.into()],
            title,
            description,
            publisher: Some(publisher),
            licence: Some(ns::CC0.into()),
            theme_taxonomy: vec![ns::THEME_TAXONOMY.into()],
            ..Catalog::default()
        }
    }

    /// Reads a catalogue from RDF in any of the three formats (strict: a syntax error
    /// is an error, so that nothing is silently dropped).
    pub fn read(input: &[u8], format: Format) -> Result<Catalog, Error> {
        Catalog::from_graph(&crate::parse(input, format)?)
    }

    /// Writes the catalogue as RDF.
    pub fn write(&self, format: Format) -> Result<String, Error> {
        // The bytes of `serialize(&self.to_graph()?, format)`, without building the
        // graph's indexes: the triples sorted as `serialize` sorts them, duplicates
        // dropped as a graph drops them.
        let triples = self.to_triples()?;
        let mut refs: Vec<oxrdf::TripleRef<'_>> = triples.iter().map(Into::into).collect();
        crate::rdf::sort_triples(&mut refs);
        refs.dedup();
        crate::rdf::serialize_sorted(&refs, format)
    }

    /// Validates the catalogue against DCAT-AP-SE 3.0.1.
    pub fn validate(&self) -> Result<Report, Error> {
        // What `validate(&self.to_graph()?)` reports, without building the graph.
        Ok(crate::validate_triples(&self.to_triples()?))
    }

    /// Adds a dataset. A dataset with the same IRI already in the catalogue is an
    /// error: nothing is replaced behind the user's back.
    pub fn add_dataset(&mut self, dataset: Dataset) -> Result<(), Error> {
        if let Some(id) = &dataset.id
            && self.datasets.iter().any(|d| d.id.as_ref() == Some(id))
        {
            return Err(Error::DuplicateDataset(
                id.to_string().trim_matches(['<', '>']).to_owned(),
            ));
        }
        self.datasets.push(dataset);
        Ok(())
    }

    /// The dataset with this IRI.
    pub fn dataset(&self, iri: &str) -> Option<&Dataset> {
        self.datasets
            .iter()
            .find(|d| d.id.as_ref().and_then(Node::iri) == Some(iri))
    }
}

impl Agent {
    /// A publishing organisation: `foaf:Organization` with a name and an ADMS
    /// publisher type (e.g. [`crate::vocab::LOCAL_AUTHORITY`]).
    pub fn organisation(
        iri: impl Into<String>,
        name: Vec<Text>,
        publisher_type: impl Into<String>,
    ) -> Agent {
        Agent {
            id: Some(Node::Iri(iri.into())),
            types: vec![ns::FOAF_ORGANIZATION.into()],
            name,
            kind: Some(publisher_type.into()),
            ..Agent::default()
        }
    }
}

impl ContactPoint {
    /// An organisational contact: `vcard:Organization` with a name and an e-mail
    /// address (`mailto:` is added when missing).
    pub fn organisation(iri: impl Into<String>, name: Vec<Text>, email: &str) -> ContactPoint {
        let email = if email.starts_with("mailto:") {
            email.to_owned()
        } else {
            format!("mailto:{}", email.trim())
        };
        ContactPoint {
            id: Some(Node::Iri(iri.into())),
            types: vec![ns::VCARD_ORGANIZATION.into()],
            name,
            email: vec![email],
            ..ContactPoint::default()
        }
    }
}

impl Dataset {
    /// A dataset with its mandatory title, description and publisher.
    pub fn new(
        iri: impl Into<String>,
        title: Vec<Text>,
        description: Vec<Text>,
        publisher: Agent,
    ) -> Dataset {
        Dataset {
            id: Some(Node::Iri(iri.into())),
            types: vec![ns::DCAT_DATASET.into()],
            title,
            description,
            publisher: Some(publisher),
            ..Dataset::default()
        }
    }

    /// Marks the dataset as a high-value dataset of these categories: the HVD
    /// regulation as applicable legislation on the dataset and its distributions.
    pub fn mark_high_value(&mut self, categories: Vec<String>) {
        let eli = ns::HVD_LEGISLATION.to_owned();
        if !self.applicable_legislation.contains(&eli) {
            self.applicable_legislation.push(eli.clone());
        }
        for c in categories {
            if !self.hvd_category.contains(&c) {
                self.hvd_category.push(c);
            }
        }
        for d in &mut self.distributions {
            if !d.applicable_legislation.contains(&eli) {
                d.applicable_legislation.push(eli.clone());
            }
        }
    }
}

impl Distribution {
    /// A distribution with its mandatory access URL and media type (`text/csv`).
    pub fn new(
        iri: impl Into<String>,
        access_url: impl Into<String>,
        format: impl Into<String>,
    ) -> Distribution {
        Distribution {
            id: Some(Node::Iri(iri.into())),
            types: vec![ns::DCAT_DISTRIBUTION.into()],
            access_url: vec![access_url.into()],
            format: Some(format.into()),
            ..Distribution::default()
        }
    }
}

impl PeriodOfTime {
    /// A period from `start` to `end` (either may be open).
    pub fn new(start: Option<Date>, end: Option<Date>) -> PeriodOfTime {
        PeriodOfTime {
            id: None,
            types: vec![ns::DCTERMS_PERIOD_OF_TIME.into()],
            start,
            end,
        }
    }
}

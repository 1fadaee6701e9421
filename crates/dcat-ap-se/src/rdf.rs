//! Reading and writing RDF/XML, Turtle and JSON-LD.

use oxrdf::{Graph, GraphNameRef, QuadRef, Triple};

use crate::Error;
use crate::ns::PREFIXES;

/// Maximum input size accepted by the parsers (a DCAT catalogue is rarely above a few
/// megabytes; this bounds memory on hostile input).
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// An RDF serialisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// RDF/XML: what Sveriges dataportal harvests.
    RdfXml,
    /// Turtle.
    Turtle,
    /// JSON-LD.
    JsonLd,
}

impl Format {
    /// All formats.
    pub const ALL: [Format; 3] = [Format::RdfXml, Format::Turtle, Format::JsonLd];

    /// The format for a file name, by its extension.
    pub fn from_path(path: &str) -> Result<Format, Error> {
        let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        match ext.as_deref() {
            Some("rdf" | "xml" | "owl") => Ok(Format::RdfXml),
            Some("ttl" | "turtle") => Ok(Format::Turtle),
            Some("jsonld" | "json") => Ok(Format::JsonLd),
            _ => Err(Error::UnknownFormat(path.to_owned())),
        }
    }

    /// The format for a name as given on a command line: `rdfxml`, `turtle`, `jsonld`.
    pub fn from_name(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "rdfxml" | "rdf/xml" | "rdf" | "xml" => Some(Format::RdfXml),
            "turtle" | "ttl" => Some(Format::Turtle),
            "jsonld" | "json-ld" => Some(Format::JsonLd),
            _ => None,
        }
    }

    /// A short name.
    pub fn name(self) -> &'static str {
        match self {
            Format::RdfXml => "RDF/XML",
            Format::Turtle => "Turtle",
            Format::JsonLd => "JSON-LD",
        }
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::RdfXml => "rdf",
            Format::Turtle => "ttl",
            Format::JsonLd => "jsonld",
        }
    }

    /// The media type.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::RdfXml => "application/rdf+xml",
            Format::Turtle => "text/turtle",
            Format::JsonLd => "application/ld+json",
        }
    }
}

/// Line and column (1-based) of a byte offset.
fn position(input: &[u8], offset: usize) -> (u64, u64) {
    let before = &input[..offset.min(input.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() as u64 + 1;
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count() as u64
        + 1;
    (line, column)
}

/// Parses RDF into a graph, stopping at the first syntax error. Errors carry the line
/// and column where the parser gave up.
pub fn parse(input: &[u8], format: Format) -> Result<Graph, Error> {
    let (graph, mut errors) = parse_with(input, format, false)?;
    match errors.is_empty() {
        true => Ok(graph),
        false => Err(errors.swap_remove(0)),
    }
}

/// Parses RDF into a graph and goes on after syntax errors where the parser can,
/// returning what it read and every error. Fails only when nothing at all could be
/// read. For looking at other tools' catalogues, which are not always valid.
pub fn parse_recovering(input: &[u8], format: Format) -> Result<(Graph, Vec<Error>), Error> {
    let (graph, mut errors) = parse_with(input, format, true)?;
    if graph.is_empty() && !errors.is_empty() {
        return Err(errors.swap_remove(0));
    }
    Ok((graph, errors))
}

/// At most this many syntax errors are collected before reading stops.
const MAX_ERRORS: usize = 100;

fn parse_with(input: &[u8], format: Format, recover: bool) -> Result<(Graph, Vec<Error>), Error> {
    let syntax = |line, column, message: String| Error::Syntax {
        format: format.name(),
        line,
        column,
        message,
    };
    if input.len() > MAX_INPUT_BYTES {
        return Err(syntax(
            0,
            0,
            format!("the input is larger than {MAX_INPUT_BYTES} bytes"),
        ));
    }
    let mut graph = Graph::new();
    let mut errors = Vec::new();
    let keep_going = |e: Error, errors: &mut Vec<Error>| {
        errors.push(e);
        recover && errors.len() < MAX_ERRORS
    };
    match format {
        Format::Turtle => {
            for t in oxttl::TurtleParser::new().for_slice(input) {
                match t {
                    Ok(t) => {
                        graph.insert(&t);
                    }
                    Err(e) => {
                        let p = e.location().start;
                        if !keep_going(
                            syntax(p.line + 1, p.column + 1, e.message().to_owned()),
                            &mut errors,
                        ) {
                            break;
                        }
                    }
                }
            }
        }
        Format::RdfXml => {
            let mut parser = oxrdfxml::RdfXmlParser::new().for_slice(input);
            while let Some(t) = parser.next() {
                match t {
                    Ok(t) => {
                        graph.insert(&t);
                    }
                    Err(e) => {
                        let offset =
                            usize::try_from(parser.buffer_position()).unwrap_or(usize::MAX);
                        let (line, column) = position(input, offset);
                        if !keep_going(syntax(line, column, e.to_string()), &mut errors) {
                            break;
                        }
                    }
                }
            }
        }
        Format::JsonLd => {
            for q in oxjsonld::JsonLdParser::new().for_slice(input) {
                match q {
                    Ok(q) => {
                        if q.graph_name.is_default_graph() {
                            graph.insert(&Triple::from(q));
                        }
                    }
                    Err(e) => {
                        let (line, column) = e
                            .location()
                            .map_or((0, 0), |l| (l.start.line + 1, l.start.column + 1));
                        if !keep_going(syntax(line, column, e.to_string()), &mut errors) {
                            break;
                        }
                    }
                }
            }
        }
    }
    Ok((graph, errors))
}

/// Writes a graph with readable prefixes.
pub fn serialize(graph: &Graph, format: Format) -> Result<String, Error> {
    let werr = |e: std::io::Error| Error::Write {
        format: format.name(),
        message: e.to_string(),
    };
    let perr = |e: oxiri::IriParseError| Error::Write {
        format: format.name(),
        message: e.to_string(),
    };
    // Subjects in a stable order, so that the same graph gives the same bytes.
    let mut triples: Vec<_> = graph.iter().collect();
    triples.sort_by_cached_key(|t| {
        (
            t.subject.to_string(),
            t.predicate.to_string(),
            t.object.to_string(),
        )
    });
    // Predicate and object of each triple as text, once, to see which prefixes are used.
    let texts: Vec<String> = triples
        .iter()
        .map(|t| format!("{} {}", t.predicate, t.object))
        .collect();
    let used = |ns: &str| texts.iter().any(|t| t.contains(ns));
    let bytes = match format {
        Format::Turtle => {
            let mut s = oxttl::TurtleSerializer::new();
            for (p, ns) in PREFIXES.iter().filter(|(_, ns)| used(ns)) {
                s = s.with_prefix(*p, *ns).map_err(perr)?;
            }
            let mut w = s.for_writer(Vec::new());
            for t in &triples {
                w.serialize_triple(*t).map_err(werr)?;
            }
            w.finish().map_err(werr)?
        }
        Format::RdfXml => {
            let mut s = oxrdfxml::RdfXmlSerializer::new();
            for (p, ns) in PREFIXES.iter().filter(|(_, ns)| used(ns)) {
                s = s.with_prefix(*p, *ns).map_err(perr)?;
            }
            let mut w = s.for_writer(Vec::new());
            for t in &triples {
                w.serialize_triple(*t).map_err(werr)?;
            }
            w.finish().map_err(werr)?
        }
        Format::JsonLd => {
            let mut s = oxjsonld::JsonLdSerializer::new();
            for (p, ns) in PREFIXES.iter().filter(|(_, ns)| used(ns)) {
                s = s.with_prefix(*p, *ns).map_err(perr)?;
            }
            let mut w = s.for_writer(Vec::new());
            for t in &triples {
                w.serialize_quad(QuadRef::new(
                    t.subject,
                    t.predicate,
                    t.object,
                    GraphNameRef::DefaultGraph,
                ))
                .map_err(werr)?;
            }
            w.finish().map_err(werr)?
        }
    };
    String::from_utf8(bytes).map_err(|e| Error::Write {
        format: format.name(),
        message: e.to_string(),
    })
}

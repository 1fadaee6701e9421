//! Reading and writing RDF/XML, Turtle and JSON-LD.

use std::cell::Cell;
use std::cmp::Ordering;
use std::hash::{BuildHasherDefault, Hasher};

use oxrdf::{
    Graph, GraphNameRef, NamedNodeRef, NamedOrBlankNodeRef, QuadRef, TermRef, Triple, TripleRef,
};

use crate::Error;
use crate::ns::{PREFIXES, XSD_STRING};

/// Maximum input size accepted by the parsers (a DCAT catalogue is rarely above a few
/// megabytes; this bounds memory on hostile input).
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// RDF/XML: the most text the internal entities of a DOCTYPE may add, counted over
/// every reference to them (`&name;`, in the document and in other entities' values)
/// before any of it is expanded. Above it the input is refused: this stops the
/// "billion laughs" (entities nesting entities) and the "quadratic blowup" (one long
/// entity used many times). Namespace abbreviations (`<!ENTITY dcat
/// "http://www.w3.org/ns/dcat#">`), the one use of entities seen in catalogues, stay
/// far below it.
pub const MAX_XML_ENTITY_EXPANSION: usize = 1024 * 1024;

/// JSON-LD: how deeply arrays and objects may nest. A catalogue nests a handful of
/// levels; the JSON-LD reader recurses once per level of objects whose `@id` comes
/// last, so this bounds its stack. (The Turtle and RDF/XML readers keep their nesting
/// on the heap: deep nesting there costs memory in proportion to the input, bounded by
/// [`MAX_INPUT_BYTES`].)
pub const MAX_NESTING: usize = 16;

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

/// Reads RDF as [`parse_recovering`] does, into a list of triples rather than a graph
/// (a triple given twice is listed twice). Building a graph's indexes costs more
/// than reading; what only validates ([`crate::validate_triples`]) does not need them.
pub fn parse_triples_recovering(
    input: &[u8],
    format: Format,
) -> Result<(Vec<Triple>, Vec<Error>), Error> {
    let mut triples = Vec::new();
    let mut errors = parse_into(input, format, true, &mut |t| triples.push(t))?;
    if triples.is_empty() && !errors.is_empty() {
        return Err(errors.swap_remove(0));
    }
    Ok((triples, errors))
}

/// At most this many syntax errors are collected before reading stops.
#[cfg(any(feature = "rdf-readers", feature = "json-ld-reader"))]
const MAX_ERRORS: usize = 100;

fn parse_with(input: &[u8], format: Format, recover: bool) -> Result<(Graph, Vec<Error>), Error> {
    let mut graph = Graph::new();
    let errors = parse_into(input, format, recover, &mut |t| {
        graph.insert(&t);
    })?;
    Ok((graph, errors))
}

/// Reads RDF, giving each triple to `sink`; returns the syntax errors.
fn parse_into(
    input: &[u8],
    format: Format,
    recover: bool,
    sink: &mut dyn FnMut(Triple),
) -> Result<Vec<Error>, Error> {
    check_limits(input, format)?;
    Ok(match format {
        Format::Turtle | Format::RdfXml => match RDF_READER.with(Cell::get) {
            Some(reader) => {
                let (n_triples, errors) = reader(input, format, recover)?;
                read_n_triples(&n_triples, "N-Triples (RDF reader)", sink)?;
                errors
            }
            None => built_in_rdf(input, format, recover, sink)?,
        },
        Format::JsonLd => match JSON_LD_READER.with(Cell::get) {
            Some(reader) => {
                let (n_triples, errors) = reader(input, recover)?;
                read_n_triples(&n_triples, "N-Triples (JSON-LD reader)", sink)?;
                errors
            }
            None => built_in_json_ld(input, recover, sink)?,
        },
    })
}

/// Refuses input over [`MAX_INPUT_BYTES`], RDF/XML whose entities would add more than
/// [`MAX_XML_ENTITY_EXPANSION`] and JSON nested deeper than [`MAX_NESTING`]: before any
/// reader, built in or set, sees it.
fn check_limits(input: &[u8], format: Format) -> Result<(), Error> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::Syntax {
            format: format.name(),
            line: 0,
            column: 0,
            message: format!("the input is larger than {MAX_INPUT_BYTES} bytes"),
        });
    }
    match format {
        Format::RdfXml => check_xml_entities(input),
        Format::JsonLd => check_json_nesting(input),
        Format::Turtle => Ok(()),
    }
}

/// The built-in RDF/XML and Turtle readers; without the `rdf-readers` feature, none.
#[cfg(not(feature = "rdf-readers"))]
fn built_in_rdf(
    _input: &[u8],
    format: Format,
    _recover: bool,
    _sink: &mut dyn FnMut(Triple),
) -> Result<Vec<Error>, Error> {
    Err(Error::NoRdfReader {
        format: format.name(),
    })
}

/// The built-in RDF/XML and Turtle readers: give each triple to `sink`; return the
/// syntax errors, with their lines and columns.
#[cfg(feature = "rdf-readers")]
fn built_in_rdf(
    input: &[u8],
    format: Format,
    recover: bool,
    sink: &mut dyn FnMut(Triple),
) -> Result<Vec<Error>, Error> {
    let syntax = |line, column, message: String| Error::Syntax {
        format: format.name(),
        line,
        column,
        message,
    };
    let mut errors = Vec::new();
    let keep_going = |e: Error, errors: &mut Vec<Error>| {
        errors.push(e);
        recover && errors.len() < MAX_ERRORS
    };
    match format {
        Format::Turtle => {
            for t in oxttl::TurtleParser::new().for_slice(input) {
                match t {
                    Ok(t) => sink(t),
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
                    Ok(t) => sink(t),
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
        Format::JsonLd => return built_in_json_ld(input, recover, sink),
    }
    Ok(errors)
}

/// An RDF/XML and Turtle reader the application supplies, for a build without the
/// built-in ones (the `rdf-readers` feature): the widget, whose module leaves them out
/// and reads with «Vår katalog»'s engine module, loaded when a catalogue is to be read.
///
/// It reads `input` in `format` (RDF/XML or Turtle) and returns its triples as
/// N-Triples, with the syntax errors it met (with their lines and columns in `input`).
/// With `recover` it goes on after an error where it can; without, it stops at the
/// first. [`to_n_triples`] in a build with the readers is such a reader.
pub type RdfReader =
    fn(input: &[u8], format: Format, recover: bool) -> Result<(String, Vec<Error>), Error>;

thread_local! {
    static RDF_READER: Cell<Option<RdfReader>> = const { Cell::new(None) };
}

/// Sets the RDF/XML and Turtle reader of the calling thread, or with `None` goes back
/// to the built-in ones. Without the `rdf-readers` feature and without a reader set,
/// reading RDF/XML or Turtle fails with [`Error::NoRdfReader`]. The size limit
/// ([`MAX_INPUT_BYTES`]) and the RDF/XML entity check ([`MAX_XML_ENTITY_EXPANSION`])
/// apply before it is called.
pub fn set_rdf_reader(reader: Option<RdfReader>) {
    RDF_READER.with(|r| r.set(reader));
}

/// Reads RDF/XML or Turtle with the built-in readers into N-Triples, one triple a
/// line: an [`RdfReader`], for a module that reads for a build without the readers
/// (readers set with [`set_rdf_reader`] are not used). Blank nodes keep the labels the
/// reader gave them. Refuses what [`parse`] refuses (size, entities); the errors are
/// [`parse_recovering`]'s, or with `recover` false at most the first.
#[cfg(feature = "rdf-readers")]
pub fn to_n_triples(
    input: &[u8],
    format: Format,
    recover: bool,
) -> Result<(String, Vec<Error>), Error> {
    use std::fmt::Write as _;
    check_limits(input, format)?;
    let mut out = String::new();
    let errors = built_in_rdf(input, format, recover, &mut |t| {
        let _ = writeln!(out, "{t} .");
    })?;
    Ok((out, errors))
}

/// A JSON-LD reader the application supplies, for a build without the built-in one
/// (the `json-ld-reader` feature): the widget, which loads its JSON-LD reader as a
/// separate module only when someone opens a JSON-LD catalogue.
///
/// It reads `input` as JSON-LD and returns the triples of its default graph as
/// N-Triples, with the syntax errors it met (with their lines and columns in `input`).
/// With `recover` it goes on after an error where it can; without, it stops at the
/// first. [`json_ld_to_n_triples`] is such a reader.
pub type JsonLdReader = fn(input: &[u8], recover: bool) -> Result<(String, Vec<Error>), Error>;

thread_local! {
    static JSON_LD_READER: Cell<Option<JsonLdReader>> = const { Cell::new(None) };
}

/// Sets the JSON-LD reader of the calling thread, or with `None` goes back to the
/// built-in one. Without the `json-ld-reader` feature and without a reader set, reading
/// JSON-LD fails with [`Error::NoJsonLdReader`]. The check for deep nesting
/// ([`MAX_NESTING`]) and the size limit ([`MAX_INPUT_BYTES`]) apply before it is called.
pub fn set_json_ld_reader(reader: Option<JsonLdReader>) {
    JSON_LD_READER.with(|r| r.set(reader));
}

/// Reads JSON-LD with the built-in reader into N-Triples: a [`JsonLdReader`], for
/// a module that reads JSON-LD for a build without the reader. Blank nodes get fresh
/// labels. Refuses what [`parse`] refuses (size, nesting).
#[cfg(feature = "json-ld-reader")]
pub fn json_ld_to_n_triples(input: &[u8], recover: bool) -> Result<(String, Vec<Error>), Error> {
    use std::fmt::Write as _;
    check_limits(input, Format::JsonLd)?;
    let mut out = String::new();
    let errors = built_in_json_ld(input, recover, &mut |t| {
        let _ = writeln!(out, "{t} .");
    })?;
    Ok((out, errors))
}

/// Reads the N-Triples a [`JsonLdReader`] or an [`RdfReader`] returned (`label`: which,
/// for an error).
fn read_n_triples(
    text: &str,
    label: &'static str,
    sink: &mut dyn FnMut(Triple),
) -> Result<(), Error> {
    for t in oxttl::NTriplesParser::new().for_slice(text.as_bytes()) {
        match t {
            Ok(t) => sink(t),
            Err(e) => {
                let p = e.location().start;
                return Err(Error::Syntax {
                    format: label,
                    line: p.line + 1,
                    column: p.column + 1,
                    message: e.message().to_owned(),
                });
            }
        }
    }
    Ok(())
}

/// The built-in JSON-LD reader; without the `json-ld-reader` feature, none.
#[cfg(not(feature = "json-ld-reader"))]
fn built_in_json_ld(
    _input: &[u8],
    _recover: bool,
    _sink: &mut dyn FnMut(Triple),
) -> Result<Vec<Error>, Error> {
    Err(Error::NoJsonLdReader)
}

/// The built-in JSON-LD reader: gives each triple to `sink`; returns the syntax errors.
#[cfg(feature = "json-ld-reader")]
fn built_in_json_ld(
    input: &[u8],
    recover: bool,
    sink: &mut dyn FnMut(Triple),
) -> Result<Vec<Error>, Error> {
    let mut errors = Vec::new();
    let keep_going = |e: Error, errors: &mut Vec<Error>| {
        errors.push(e);
        recover && errors.len() < MAX_ERRORS
    };
    // Datalots (and oxjsonld) write Streaming JSON-LD (`@context` first, then
    // `@type`, `@id`): read that way, nothing is buffered, about twice as fast
    // on a large catalogue. A file in another key order is read again from the
    // start, the general way; what the first reading found is dropped.
    let mut streamed = Vec::new();
    let mut first_errors = Vec::new();
    let in_order = json_ld(
        input,
        true,
        &mut |e| keep_going(e, &mut first_errors),
        &mut |t| streamed.push(t),
    )?;
    if in_order {
        errors = first_errors;
        streamed.into_iter().for_each(&mut *sink);
    } else {
        drop(streamed);
        json_ld(input, false, &mut |e| keep_going(e, &mut errors), sink)?;
    }
    Ok(errors)
}

#[cfg(feature = "json-ld-reader")]
/// Reads JSON-LD, giving each triple of the default graph to `sink` and each error to
/// `error` (which says whether to go on). With `streaming`, the Streaming JSON-LD
/// profile is assumed: returns `false` as soon as a key is out of its order.
fn json_ld(
    input: &[u8],
    streaming: bool,
    error: &mut dyn FnMut(Error) -> bool,
    sink: &mut dyn FnMut(Triple),
) -> Result<bool, Error> {
    let mut renamed = Renamed::default();
    let mut parser = oxjsonld::JsonLdParser::new();
    if streaming {
        parser = parser.with_profile(oxjsonld::JsonLdProfile::Streaming);
    }
    for q in parser.for_slice(input) {
        match q {
            Ok(q) => {
                if q.graph_name.is_default_graph() {
                    sink(renamed.triple(Triple::from(q)));
                }
            }
            Err(e) => {
                if streaming
                    && matches!(
                        e.code(),
                        Some(oxjsonld::JsonLdErrorCode::InvalidStreamingKeyOrder)
                    )
                {
                    return Ok(false);
                }
                let remote = matches!(
                    e.code(),
                    Some(
                        oxjsonld::JsonLdErrorCode::LoadingRemoteContextFailed
                            | oxjsonld::JsonLdErrorCode::LoadingDocumentFailed
                    )
                );
                let message = if remote {
                    format!(
                        "en @context på en annan adress hämtas aldrig; skriv in kontexten i filen / a remote @context is never fetched; put the context in the file ({e})"
                    )
                } else {
                    e.to_string()
                };
                let (line, column) = match e.location() {
                    Some(l) => (l.start.line + 1, l.start.column + 1),
                    None => json_position(input, &e.to_string(), remote),
                };
                if !error(Error::Syntax {
                    format: Format::JsonLd.name(),
                    line,
                    column,
                    message,
                }) {
                    break;
                }
            }
        }
    }
    Ok(true)
}

#[cfg(feature = "json-ld-reader")]
/// JSON-LD blank node ids (`"@id": "_:a:b"`) may hold a `:`, which `oxrdf` accepts but
/// Turtle and N-Triples do not: written out, `_:a:b` reads back as `_:a` followed by
/// garbage (and `Catalog::extra`, kept as N-Triples, could not be read back at all).
/// Each such id gets a fresh label, the same one wherever it occurs in the file.
#[derive(Default)]
struct Renamed(FastMap<String, oxrdf::BlankNode>);

#[cfg(feature = "json-ld-reader")]
impl Renamed {
    fn node(&mut self, b: &oxrdf::BlankNode) -> oxrdf::BlankNode {
        // A fresh, random label (`BlankNode::default`), as the readers give anonymous nodes.
        self.0.entry(b.as_str().to_owned()).or_default().clone()
    }

    fn triple(&mut self, mut t: Triple) -> Triple {
        if let oxrdf::NamedOrBlankNode::BlankNode(b) = &t.subject
            && b.as_str().contains(':')
        {
            t.subject = self.node(b).into();
        }
        if let oxrdf::Term::BlankNode(b) = &t.object
            && b.as_str().contains(':')
        {
            t.object = self.node(b).into();
        }
        t
    }
}

/// The bytes of `s` before the first of `stops`, or all of `s`.
fn until<'a>(s: &'a [u8], stops: &[u8]) -> &'a [u8] {
    let end = s.iter().position(|b| stops.contains(b)).unwrap_or(s.len());
    &s[..end]
}

/// RDF/XML entity declarations, checked before the parser sees them.
///
/// The parser (`oxrdfxml`) takes every `<!ENTITY name "value">` of the DOCTYPE, expands
/// the entities used in the value at once, and expands `&name;` wherever it is used.
/// This reads every `<!ENTITY` of the input (a superset of what the parser reads) the
/// same way, with each entity's expanded length worked out, not its text, and refuses
/// the input when the references would add more than [`MAX_XML_ENTITY_EXPANSION`]
/// bytes, or when an entity is external (`SYSTEM`/`PUBLIC`: never read) or a parameter
/// entity (`%`). A DOCTYPE without entities, or with an external DTD, is read as it
/// is; the DTD is never fetched.
fn check_xml_entities(input: &[u8]) -> Result<(), Error> {
    const DECL: &[u8] = b"<!ENTITY";
    let refuse = |offset: usize, sv: &str, en: &str| {
        let (line, column) = position(input, offset);
        Error::Syntax {
            format: Format::RdfXml.name(),
            line,
            column,
            message: format!("{sv} / {en}"),
        }
    };
    if memchr_all(input, DECL).next().is_none() {
        return Ok(());
    }
    // Expanded length of each declared entity, in declaration order.
    let mut lengths: std::collections::HashMap<&[u8], usize> = std::collections::HashMap::new();
    let expanded = |value: &[u8], lengths: &std::collections::HashMap<&[u8], usize>| {
        let mut total = 0usize;
        let mut rest = value;
        while let Some(amp) = rest.iter().position(|&b| b == b'&') {
            total = total.saturating_add(amp);
            let name = until(&rest[amp + 1..], b";&<\"");
            total = total.saturating_add(match name {
                [b'#', ..] => 4,
                b"lt" | b"gt" | b"amp" | b"apos" | b"quot" => 1,
                _ => lengths.get(name).copied().unwrap_or(0),
            });
            rest = &rest[(amp + 1 + name.len()).min(rest.len())..];
        }
        total.saturating_add(rest.len())
    };
    for at in memchr_all(input, DECL) {
        let decl = &input[at + DECL.len()..];
        let trimmed = decl.trim_ascii_start();
        if trimmed.first() == Some(&b'%') {
            return Err(refuse(
                at,
                "parameterentiteter i DOCTYPE läses inte",
                "parameter entities in a DOCTYPE are not read",
            ));
        }
        let name = until(trimmed, b" \t\r\n");
        let after = trimmed[name.len()..].trim_ascii_start();
        let Some(quoted) = after.strip_prefix(b"\"") else {
            return Err(refuse(
                at,
                "externa entiteter (SYSTEM, PUBLIC) läses aldrig; bara interna entiteter inom \"…\"",
                "external entities (SYSTEM, PUBLIC) are never read; only internal entities in \"…\"",
            ));
        };
        let value = until(quoted, b"\"");
        let length = expanded(value, &lengths);
        let entry = lengths.entry(name).or_insert(0);
        *entry = (*entry).max(length);
    }
    // Every reference to a declared entity, in the document and in entity values.
    let mut total = 0usize;
    for amp in memchr_all(input, b"&") {
        let name = until(&input[amp + 1..], b";&<\"");
        if let Some(length) = lengths.get(name) {
            total = total.saturating_add(*length);
            if total > MAX_XML_ENTITY_EXPANSION {
                return Err(refuse(
                    amp,
                    &format!(
                        "entiteterna i DOCTYPE skulle lägga till mer än {MAX_XML_ENTITY_EXPANSION} byte text; filen läses inte"
                    ),
                    &format!(
                        "the DOCTYPE's entities would add more than {MAX_XML_ENTITY_EXPANSION} bytes of text; the file is not read"
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Start offsets of every occurrence of `needle` in `haystack`.
fn memchr_all<'a>(haystack: &'a [u8], needle: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let found = haystack
            .get(from..)?
            .windows(needle.len())
            .position(|w| w == needle)?;
        let at = from + found;
        from = at + 1;
        Some(at)
    })
}

#[cfg(feature = "json-ld-reader")]
/// Where in a JSON-LD file an error the reader gives no position for is: the first
/// value quoted in the message (`'…'`) found as a JSON string in the input, else for a
/// remote context the first `"@context"` whose value is not an object, else the start.
fn json_position(input: &[u8], message: &str, remote: bool) -> (u64, u64) {
    let quoted = message
        .split('\'')
        .skip(1)
        .step_by(2)
        .filter(|q| !q.is_empty())
        .find_map(|q| memchr_all(input, format!("\"{q}\"").as_bytes()).next());
    let context = || {
        memchr_all(input, b"\"@context\"").find_map(|at| {
            let rest = &input[at + 10..];
            let colon = rest.iter().position(|b| !b.is_ascii_whitespace())?;
            if rest[colon] != b':' {
                return None;
            }
            let value = colon
                + 1
                + rest[colon + 1..]
                    .iter()
                    .position(|b| !b.is_ascii_whitespace())?;
            (rest[value] != b'{').then_some(at + 10 + value)
        })
    };
    let at = quoted
        .or_else(|| remote.then(context).flatten())
        .unwrap_or(0);
    position(input, at)
}

/// JSON nesting deeper than [`MAX_NESTING`] is refused, with its position, before the
/// JSON-LD reader (which recurses on nested objects) sees it.
fn check_json_nesting(input: &[u8]) -> Result<(), Error> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, &b) in input.iter().enumerate() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    let (line, column) = position(input, i);
                    return Err(Error::Syntax {
                        format: Format::JsonLd.name(),
                        line,
                        column,
                        message: format!(
                            "mer än {MAX_NESTING} nivåer av nästlade objekt och listor / more than {MAX_NESTING} levels of nested objects and arrays"
                        ),
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Writes a graph with readable prefixes.
///
/// The triples are written in a stable order (by subject, predicate and object as
/// N-Triples text), so that the same graph always gives the same bytes.
pub fn serialize(graph: &Graph, format: Format) -> Result<String, Error> {
    let mut triples: Vec<TripleRef<'_>> = graph.iter().collect();
    sort_triples(&mut triples);
    serialize_sorted(&triples, format)
}

/// Writes triples already in [`sort_triples`] order, without duplicates (what
/// [`serialize`] does after sorting a graph's triples).
pub(crate) fn serialize_sorted(triples: &[TripleRef<'_>], format: Format) -> Result<String, Error> {
    let werr = |e: std::io::Error| Error::Write {
        format: format.name(),
        message: e.to_string(),
    };
    let perr = |e: oxiri::IriParseError| Error::Write {
        format: format.name(),
        message: e.to_string(),
    };
    let used = used_prefixes(triples);
    let prefixes = || {
        PREFIXES
            .iter()
            .zip(&used)
            .filter(|(_, used)| **used)
            .map(|(prefix, _)| prefix)
    };
    let bytes = match format {
        Format::Turtle => {
            let mut s = oxttl::TurtleSerializer::new();
            for (p, ns) in prefixes() {
                s = s.with_prefix(*p, *ns).map_err(perr)?;
            }
            let mut w = s.for_writer(Vec::new());
            for t in triples {
                w.serialize_triple(*t).map_err(werr)?;
            }
            w.finish().map_err(werr)?
        }
        Format::RdfXml => {
            let mut s = oxrdfxml::RdfXmlSerializer::new();
            for (p, ns) in prefixes() {
                s = s.with_prefix(*p, *ns).map_err(perr)?;
            }
            let mut w = s.for_writer(Vec::new());
            for t in triples {
                w.serialize_triple(*t).map_err(werr)?;
            }
            w.finish().map_err(werr)?
        }
        Format::JsonLd => {
            let mut s = oxjsonld::JsonLdSerializer::new();
            for (p, ns) in prefixes() {
                s = s.with_prefix(*p, *ns).map_err(perr)?;
            }
            let mut w = s.for_writer(Vec::new());
            for t in triples {
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

/// Which of [`PREFIXES`] the writers declare: those whose namespace occurs in the text
/// of a triple's predicate or object (an IRI, a literal's value, a datatype that is
/// written out), as in the triple's N-Triples form.
///
/// Every namespace starts with `http` and holds none of the characters N-Triples
/// escapes or puts around terms (`<>"\ @^`), so it occurs in that text exactly when it
/// occurs in one of those strings: each string is searched once for `http`, and the
/// namespaces are compared only there.
fn used_prefixes(triples: &[TripleRef<'_>]) -> Vec<bool> {
    fn look(text: &str, used: &mut [bool]) {
        let bytes = text.as_bytes();
        for (at, _) in bytes.iter().enumerate().filter(|(_, b)| **b == b'h') {
            let rest = &bytes[at..];
            if !rest.starts_with(b"http") {
                continue;
            }
            for ((_, ns), u) in PREFIXES.iter().zip(used.iter_mut()) {
                if !*u && rest.starts_with(ns.as_bytes()) {
                    *u = true;
                }
            }
        }
    }
    let mut used = vec![false; PREFIXES.len()];
    for t in triples {
        if used.iter().all(|u| *u) {
            break;
        }
        look(t.predicate.as_str(), &mut used);
        match t.object {
            TermRef::NamedNode(n) => look(n.as_str(), &mut used),
            TermRef::Literal(l) => {
                look(l.value(), &mut used);
                if l.language().is_none() && l.datatype().as_str() != XSD_STRING {
                    look(l.datatype().as_str(), &mut used);
                }
            }
            _ => {}
        }
    }
    used
}

/// Sorts triples by their subjects, then predicates, then objects as N-Triples text
/// (`<iri>`, `_:id`, `"value"@lang`, `"value"^^<datatype>`), without writing that
/// text out: the order [`serialize`] writes triples in.
///
/// A catalogue has a few distinct subjects per dataset and a few dozen predicates, so
/// those are sorted once each and the triples by their ranks; objects are compared
/// only within a subject and predicate. (Comparing whole triples costs several long
/// string comparisons each, over n log n comparisons.)
pub(crate) fn sort_triples(triples: &mut [TripleRef<'_>]) {
    let mut subjects: FastMap<NamedOrBlankNodeRef<'_>, u32> = FastMap::default();
    let mut predicates: FastMap<NamedNodeRef<'_>, u32> = FastMap::default();
    for t in triples.iter() {
        subjects.entry(t.subject).or_insert(0);
        predicates.entry(t.predicate).or_insert(0);
    }
    let mut order: Vec<NamedOrBlankNodeRef<'_>> = subjects.keys().copied().collect();
    order.sort_unstable_by(|a, b| cmp_pieces(&subject_pieces(*a), &subject_pieces(*b)));
    for (rank, s) in (0u32..).zip(order) {
        subjects.insert(s, rank);
    }
    let mut order: Vec<NamedNodeRef<'_>> = predicates.keys().copied().collect();
    order.sort_unstable_by(|a, b| cmp_pieces(&Pieces::iri(a.as_str()), &Pieces::iri(b.as_str())));
    for (rank, p) in (0u32..).zip(order) {
        predicates.insert(p, rank);
    }
    let mut keyed: Vec<(u32, u32, TripleRef<'_>)> = triples
        .iter()
        .map(|t| {
            (
                subjects.get(&t.subject).copied().unwrap_or(u32::MAX),
                predicates.get(&t.predicate).copied().unwrap_or(u32::MAX),
                *t,
            )
        })
        .collect();
    keyed.sort_unstable_by(|a, b| {
        (a.0, a.1)
            .cmp(&(b.0, b.1))
            .then_with(|| cmp_terms(a.2.object, b.2.object))
    });
    for (slot, (_, _, t)) in triples.iter_mut().zip(keyed) {
        *slot = t;
    }
}

/// A hash map with a fast, non-cryptographic hash (FxHash, as in rustc) for keys made
/// from the triples being written or validated: no attacker chooses the map's size
/// beyond the input's, and each key is hashed once or twice.
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The FxHash function.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
        for b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(*b)).wrapping_mul(K);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.write_u64(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }

    fn write_u64(&mut self, i: u64) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(K);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Compares two terms as their N-Triples text, without writing it out (but for a
/// literal with characters N-Triples escapes).
pub(crate) fn cmp_terms(a: TermRef<'_>, b: TermRef<'_>) -> Ordering {
    match (term_pieces(a), term_pieces(b)) {
        (Some(x), Some(y)) => cmp_pieces(&x, &y),
        _ => a.to_string().cmp(&b.to_string()),
    }
}

/// A term's N-Triples text as up to five pieces, concatenated.
struct Pieces<'a> {
    parts: [&'a [u8]; 5],
    len: usize,
}

impl<'a> Pieces<'a> {
    fn new(parts: &[&'a [u8]]) -> Self {
        let mut p = Pieces {
            parts: [&[]; 5],
            len: parts.len(),
        };
        p.parts[..parts.len()].copy_from_slice(parts);
        p
    }

    fn iri(iri: &'a str) -> Self {
        Pieces::new(&[b"<", iri.as_bytes(), b">"])
    }

    fn get(&self) -> &[&'a [u8]] {
        &self.parts[..self.len]
    }
}

fn subject_pieces<'a>(s: NamedOrBlankNodeRef<'a>) -> Pieces<'a> {
    match s {
        NamedOrBlankNodeRef::NamedNode(n) => Pieces::iri(n.as_str()),
        NamedOrBlankNodeRef::BlankNode(b) => Pieces::new(&[b"_:", b.as_str().as_bytes()]),
    }
}

/// The pieces of a term's text; `None` for a literal whose value N-Triples escapes.
fn term_pieces<'a>(t: TermRef<'a>) -> Option<Pieces<'a>> {
    Some(match t {
        TermRef::NamedNode(n) => Pieces::iri(n.as_str()),
        TermRef::BlankNode(b) => Pieces::new(&[b"_:", b.as_str().as_bytes()]),
        TermRef::Literal(l) => {
            let value = l.value();
            if value.chars().any(|c| {
                matches!(
                    c,
                    '\0'..='\u{1F}' | '\u{7F}' | '"' | '\\' | '\u{FFFE}' | '\u{FFFF}'
                )
            }) {
                return None;
            }
            let value = value.as_bytes();
            match l.language() {
                Some(lang) => Pieces::new(&[b"\"", value, b"\"@", lang.as_bytes()]),
                None if l.datatype().as_str() == XSD_STRING => Pieces::new(&[b"\"", value, b"\""]),
                None => Pieces::new(&[
                    b"\"",
                    value,
                    b"\"^^<",
                    l.datatype().as_str().as_bytes(),
                    b">",
                ]),
            }
        }
        #[allow(unreachable_patterns)]
        _ => return None,
    })
}

/// Compares the concatenations of two lists of byte strings.
fn cmp_pieces(a: &Pieces<'_>, b: &Pieces<'_>) -> Ordering {
    let (mut a, mut b) = (a.get(), b.get());
    let (mut x, mut y): (&[u8], &[u8]) = (&[], &[]);
    loop {
        while x.is_empty() {
            let Some((first, rest)) = a.split_first() else {
                break;
            };
            (x, a) = (first, rest);
        }
        while y.is_empty() {
            let Some((first, rest)) = b.split_first() else {
                break;
            };
            (y, b) = (first, rest);
        }
        match (x.is_empty(), y.is_empty()) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            (false, false) => {}
        }
        let n = x.len().min(y.len());
        match x[..n].cmp(&y[..n]) {
            Ordering::Equal => (x, y) = (&x[n..], &y[n..]),
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

    use super::*;
    use oxrdf::{BlankNode, Literal, NamedNode};

    /// `sort_triples` orders as sorting by the N-Triples text of subject, predicate
    /// and object (what the writers did before, formatting every triple), on the
    /// cases where text order and string order differ: an IRI that is a prefix of
    /// another (`<a>` after `<a/b>`), blank nodes after IRIs, literals before both,
    /// escaped characters, language tags and datatypes.
    #[test]
    fn sorting_orders_as_the_n_triples_text() {
        let iris = [
            "http://x.se/a",
            "http://x.se/a/b",
            "http://x.se/a#b",
            "http://x.se/a-b",
            "http://x.se/ab",
            "http://x.se/",
            "http://x.se/a>",
            "http://x.se/å",
        ];
        let mut subjects: Vec<oxrdf::NamedOrBlankNode> = iris
            .iter()
            .filter_map(|i| NamedNode::new(*i).ok())
            .map(Into::into)
            .collect();
        subjects.push(BlankNode::new("b1").unwrap().into());
        subjects.push(BlankNode::new("b10").unwrap().into());
        subjects.push(BlankNode::new("b1a").unwrap().into());
        let predicates: Vec<NamedNode> = iris
            .iter()
            .take(5)
            .map(|i| NamedNode::new(*i).unwrap())
            .collect();
        let dt = NamedNode::new("http://www.w3.org/2001/XMLSchema#date").unwrap();
        let dt2 = NamedNode::new("http://www.w3.org/2001/XMLSchema#dat").unwrap();
        let mut objects: Vec<oxrdf::Term> = Vec::new();
        for v in [
            "a", "a b", "a\"b", "a\nb", "a\\", "ab", "a\u{7f}", "", "å", "a\"", "a@",
        ] {
            objects.push(Literal::new_simple_literal(v).into());
            objects.push(
                Literal::new_language_tagged_literal(v, "sv")
                    .unwrap()
                    .into(),
            );
            objects.push(
                Literal::new_language_tagged_literal(v, "sv-se")
                    .unwrap()
                    .into(),
            );
            objects.push(Literal::new_typed_literal(v, dt.clone()).into());
            objects.push(Literal::new_typed_literal(v, dt2.clone()).into());
        }
        objects.extend(subjects.iter().cloned().map(oxrdf::Term::from));
        let mut all = Vec::new();
        for s in &subjects {
            for p in &predicates {
                for o in &objects {
                    all.push(Triple::new(s.clone(), p.clone(), o.clone()));
                }
            }
        }
        // A scrambled order in, two ways of sorting out.
        all.reverse();
        let third = all.len() / 3;
        all.rotate_left(third);
        let mut fast: Vec<TripleRef<'_>> = all.iter().map(Into::into).collect();
        sort_triples(&mut fast);
        let mut slow: Vec<TripleRef<'_>> = all.iter().map(Into::into).collect();
        slow.sort_by_cached_key(|t| {
            (
                t.subject.to_string(),
                t.predicate.to_string(),
                t.object.to_string(),
            )
        });
        assert_eq!(fast, slow);
    }

    #[test]
    fn every_prefix_is_found_where_the_n_triples_text_holds_it() {
        assert!(
            PREFIXES.iter().all(|(_, ns)| ns.starts_with("http")
                && !ns.contains(['<', '>', '"', '\\', ' ', '@', '^']))
        );
        let s = NamedNode::new("http://x.se/s").unwrap();
        let p = NamedNode::new("http://x.se/p").unwrap();
        let dcat = NamedNode::new("http://www.w3.org/ns/dcat#Dataset").unwrap();
        let xsd = NamedNode::new("http://www.w3.org/2001/XMLSchema#date").unwrap();
        let cases: Vec<(Triple, Vec<&str>)> = vec![
            (
                Triple::new(s.clone(), p.clone(), dcat.clone()),
                vec!["dcat"],
            ),
            (
                Triple::new(
                    s.clone(),
                    p.clone(),
                    Literal::new_typed_literal("2020-01-01", xsd),
                ),
                vec!["xsd"],
            ),
            // A plain or tagged literal's datatype is not written.
            (
                Triple::new(s.clone(), p.clone(), Literal::new_simple_literal("x")),
                vec![],
            ),
            (
                Triple::new(
                    s.clone(),
                    p.clone(),
                    Literal::new_language_tagged_literal("x", "sv").unwrap(),
                ),
                vec![],
            ),
            // Text that mentions a namespace, after other text.
            (
                Triple::new(
                    s.clone(),
                    p.clone(),
                    Literal::new_simple_literal(
                        "se hhttp://purl.org/dc/terms/ och http://schema.org/",
                    ),
                ),
                vec!["dcterms", "schema"],
            ),
            // The subject is not looked at.
            (
                Triple::new(NamedNode::new("http://schema.org/x").unwrap(), p, s),
                vec![],
            ),
        ];
        for (t, expected) in cases {
            let used = used_prefixes(&[t.as_ref()]);
            let names: Vec<&str> = PREFIXES
                .iter()
                .zip(&used)
                .filter(|(_, u)| **u)
                .map(|((n, _), _)| *n)
                .collect();
            assert_eq!(names, expected, "{t}");
            // As the text search over "predicate object" found them.
            let text = format!("{} {}", t.predicate, t.object);
            let by_text: Vec<&str> = PREFIXES
                .iter()
                .filter(|(_, ns)| text.contains(ns))
                .map(|(n, _)| *n)
                .collect();
            assert_eq!(names, by_text, "{t}");
        }
    }

    #[cfg(feature = "json-ld-reader")]
    #[test]
    fn json_ld_in_any_key_order_reads_the_same() {
        let ordered = br#"{"@context": {"dct": "http://purl.org/dc/terms/"},
            "@type": "http://www.w3.org/ns/dcat#Dataset", "@id": "http://ex.se/a", "dct:title": "A"}"#;
        let unordered = br#"{"dct:title": "A", "@type": "http://www.w3.org/ns/dcat#Dataset",
            "@id": "http://ex.se/a", "@context": {"dct": "http://purl.org/dc/terms/"}}"#;
        // The fast (streaming) reading takes the first and gives up on the second…
        assert!(json_ld(ordered, true, &mut |_| true, &mut |_| {}).unwrap());
        assert!(!json_ld(unordered, true, &mut |_| true, &mut |_| {}).unwrap());
        // …which is then read the general way: the same two triples, no error.
        let read = |bytes: &[u8]| {
            let (triples, errors) = parse_triples_recovering(bytes, Format::JsonLd).unwrap();
            assert!(errors.is_empty(), "{errors:?}");
            let mut t: Vec<String> = triples.iter().map(ToString::to_string).collect();
            t.sort();
            t
        };
        let a = read(ordered);
        assert_eq!(a.len(), 2, "{a:?}");
        assert_eq!(a, read(unordered));
        // A syntax error in a file out of order is reported once, with its place.
        let broken = br#"{"dct:title": "A", "@id": "http://ex.se/a", "@context": {"dct": "http://purl.org/dc/terms/"}, "dct:x": }"#;
        let (_, errors) = parse_recovering(broken, Format::JsonLd).unwrap_or_default();
        let e = parse(broken, Format::JsonLd).unwrap_err();
        assert!(matches!(e, Error::Syntax { line: 1, .. }), "{e:?}");
        assert!(errors.len() <= 1, "{errors:?}");
    }

    /// A reader set with [`set_json_ld_reader`] is used in place of the built-in one:
    /// the same triples, the same error with the same place, and its own failure
    /// reaches the caller. (The widget's worker sets one that calls a separate module.)
    #[cfg(feature = "json-ld-reader")]
    #[test]
    fn a_json_ld_reader_set_by_the_application_is_used() {
        thread_local!(static CALLS: Cell<u32> = const { Cell::new(0) });
        fn counting(input: &[u8], recover: bool) -> Result<(String, Vec<Error>), Error> {
            CALLS.with(|c| c.set(c.get() + 1));
            json_ld_to_n_triples(input, recover)
        }
        fn failing(_: &[u8], _: bool) -> Result<(String, Vec<Error>), Error> {
            Err(Error::NoJsonLdReader)
        }
        let doc = br#"{"@context": {"dct": "http://purl.org/dc/terms/", "dcat": "http://www.w3.org/ns/dcat#"},
            "@type": "dcat:Catalog", "@id": "http://ex.se/k", "dct:title": [{"@value": "Katalog \"K\"\n", "@language": "sv"}],
            "dcat:dataset": {"@type": "dcat:Dataset", "dct:title": "Utan id: en tom nod"}}"#;
        let broken = br#"{"@context": {"dct": "http://purl.org/dc/terms/"},
            "@id": "http://ex.se/a", "dct:title": }"#;
        let built_in = parse(doc, Format::JsonLd).unwrap();
        let built_in_error = parse(broken, Format::JsonLd).unwrap_err();
        set_json_ld_reader(Some(counting));
        let through = parse(doc, Format::JsonLd);
        let through_error = parse(broken, Format::JsonLd);
        set_json_ld_reader(Some(failing));
        let failed = parse(doc, Format::JsonLd);
        set_json_ld_reader(None);
        assert_eq!(CALLS.with(Cell::get), 2);
        let through = through.unwrap();
        assert_eq!(built_in.len(), 5, "{built_in}");
        assert_eq!(normalised(&through), normalised(&built_in));
        assert_eq!(through_error.unwrap_err(), built_in_error);
        assert!(
            matches!(built_in_error, Error::Syntax { line: 2, .. }),
            "{built_in_error:?}"
        );
        assert_eq!(failed.unwrap_err(), Error::NoJsonLdReader);
        // Back to the built-in reader.
        assert_eq!(parse(doc, Format::JsonLd).unwrap().len(), 5);
        // The size and nesting limits apply before a reader is called.
        set_json_ld_reader(Some(counting));
        let deep = format!(
            "{}{}",
            "[".repeat(MAX_NESTING + 1),
            "]".repeat(MAX_NESTING + 1)
        );
        let refused = parse(deep.as_bytes(), Format::JsonLd);
        set_json_ld_reader(None);
        assert!(matches!(refused, Err(Error::Syntax { .. })), "{refused:?}");
        assert_eq!(CALLS.with(Cell::get), 2);
    }

    /// A graph's triples as sorted text, every blank node label `_:b` (anonymous nodes
    /// get fresh labels in each reading).
    #[cfg(any(feature = "rdf-readers", feature = "json-ld-reader"))]
    fn normalised(g: &Graph) -> Vec<String> {
        let mut t: Vec<String> = g
            .iter()
            .map(|t| {
                t.to_string()
                    .split(' ')
                    .map(|w| if w.starts_with("_:") { "_:b" } else { w })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        t.sort();
        t
    }

    /// A reader set with [`set_rdf_reader`] is used in place of the built-in ones: the
    /// same triples, the same errors with the same places (strict and recovering), its
    /// own failure reaches the caller, and the limits apply before it is called. (The
    /// widget's worker sets one that calls «Vår katalog»'s engine module.)
    #[cfg(feature = "rdf-readers")]
    #[test]
    fn an_rdf_reader_set_by_the_application_is_used() {
        thread_local!(static CALLS: Cell<u32> = const { Cell::new(0) });
        fn counting(
            input: &[u8],
            format: Format,
            recover: bool,
        ) -> Result<(String, Vec<Error>), Error> {
            CALLS.with(|c| c.set(c.get() + 1));
            to_n_triples(input, format, recover)
        }
        fn failing(_: &[u8], format: Format, _: bool) -> Result<(String, Vec<Error>), Error> {
            Err(Error::NoRdfReader {
                format: format.name(),
            })
        }
        let ttl = include_bytes!("../../../tests/fixtures/catalogs/dcat-ap-se-rekommenderat.ttl");
        let rdf = include_bytes!("../../../tests/fixtures/catalogs/dcat-ap-se-rekommenderat.rdf");
        let broken_ttl: &[u8] = b"@prefix dct: <http://purl.org/dc/terms/> .\n<http://ex.se/a> dct:title \"A\" .\n<http://ex.se/b> dct:title ;\n  dct:x \"B\" .\n<http://ex.se/c> dct:title \"C\" , [ dct:title \"D\" ] .\n";
        let broken_rdf: &[u8] = b"<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dct=\"http://purl.org/dc/terms/\">\n  <rdf:Description rdf:about=\"http://ex.se/a\"><dct:title>A</dct:title></rdf:Description>\n  <rdf:Description rdf:about=\"http://ex.se/b\">\n    <dct:title>B</dct:x>\n</rdf:RDF>\n";
        let cases = [
            (&ttl[..], Format::Turtle),
            (&rdf[..], Format::RdfXml),
            (broken_ttl, Format::Turtle),
            (broken_rdf, Format::RdfXml),
        ];
        type Reading = (
            Result<Vec<String>, Error>,
            Result<(Vec<String>, Vec<Error>), Error>,
        );
        let read = |input: &[u8], format| -> Reading {
            (
                parse(input, format).map(|g| normalised(&g)),
                parse_recovering(input, format).map(|(g, e)| (normalised(&g), e)),
            )
        };
        let built_in: Vec<Reading> = cases.iter().map(|(i, f)| read(i, *f)).collect();
        set_rdf_reader(Some(counting));
        let through: Vec<Reading> = cases.iter().map(|(i, f)| read(i, *f)).collect();
        set_rdf_reader(Some(failing));
        let failed = parse(ttl, Format::Turtle);
        set_rdf_reader(None);
        assert_eq!(CALLS.with(Cell::get), 8);
        assert_eq!(through, built_in);
        // What was compared: whole catalogues, and errors with their lines and columns.
        assert!(
            built_in[0].0.as_ref().is_ok_and(|t| t.len() > 50),
            "{:?}",
            built_in[0]
        );
        assert_eq!(built_in[0].0, built_in[1].0);
        let e = built_in[2].0.as_ref().unwrap_err();
        assert!(
            matches!(
                e,
                Error::Syntax {
                    format: "Turtle",
                    line: 3,
                    column: 28,
                    ..
                }
            ),
            "{e:?}"
        );
        let (triples, errors) = built_in[2].1.as_ref().unwrap();
        assert!(
            triples.len() >= 3 && !errors.is_empty(),
            "{triples:?} {errors:?}"
        );
        let e = built_in[3].0.as_ref().unwrap_err();
        assert!(
            matches!(
                e,
                Error::Syntax {
                    format: "RDF/XML",
                    line: 5,
                    ..
                }
            ),
            "{e:?}"
        );
        assert_eq!(failed.unwrap_err(), Error::NoRdfReader { format: "Turtle" });
        // The limits apply before a reader is called.
        let bomb = format!(
            "<!DOCTYPE rdf:RDF [<!ENTITY a \"{}\">]>\n<rdf:RDF>{}</rdf:RDF>",
            "x".repeat(1000),
            "&a;".repeat(2000)
        );
        set_rdf_reader(Some(counting));
        let refused = parse(bomb.as_bytes(), Format::RdfXml);
        set_rdf_reader(None);
        assert!(
            matches!(refused, Err(Error::Syntax { line: 2, .. })),
            "{refused:?}"
        );
        assert_eq!(CALLS.with(Cell::get), 8);
    }

    /// Without the built-in readers (the widget's build) RDF/XML and Turtle are read
    /// only by a reader set with [`set_rdf_reader`]; else they are refused with
    /// [`Error::NoRdfReader`], in Swedish and English. N-Triples from the reader are
    /// read built in. (`cargo test -p dcat-ap-se --no-default-features --lib rdf::`.)
    #[cfg(not(feature = "rdf-readers"))]
    #[test]
    fn without_the_readers_rdf_is_read_only_by_a_reader_set() {
        fn given(_: &[u8], format: Format, _: bool) -> Result<(String, Vec<Error>), Error> {
            let e = Error::Syntax {
                format: format.name(),
                line: 3,
                column: 7,
                message: "expected '.'".into(),
            };
            Ok((
                "<http://ex.se/a> <http://purl.org/dc/terms/title> \"A\"@sv .\n".into(),
                vec![e],
            ))
        }
        for format in [Format::Turtle, Format::RdfXml] {
            let e = parse(b"<x> <y> <z> .", format).unwrap_err();
            assert_eq!(
                e,
                Error::NoRdfReader {
                    format: format.name()
                }
            );
            let text = e.to_string();
            assert!(
                text.contains(&format!("{} kan inte läsas här", format.name()))
                    && text.contains(&format!("/ {} cannot be read here", format.name())),
                "{text}"
            );
            set_rdf_reader(Some(given));
            let strict = parse(b"ignored", format);
            let recovering = parse_recovering(b"ignored", format);
            set_rdf_reader(None);
            assert!(
                matches!(
                    strict,
                    Err(Error::Syntax {
                        line: 3,
                        column: 7,
                        ..
                    })
                ),
                "{strict:?}"
            );
            let (graph, errors) = recovering.unwrap();
            assert_eq!(graph.len(), 1);
            assert_eq!(errors.len(), 1);
            assert!(parse(b"<x> <y> <z> .", format).is_err());
        }
    }
}

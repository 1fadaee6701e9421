//! Hostile and broken input: truncated and mutated catalogues, deep nesting, huge
//! input. Nothing may panic; errors are errors.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use dcat_ap_se::{Catalog, Format, parse, parse_recovering, validate};

fn examples() -> Vec<(Format, Vec<u8>)> {
    [
        "dcat-ap-se-rekommenderat.ttl",
        "dcat-ap-se-rekommenderat.rdf",
        "opennorth-umea-legacy-2015-dcat.rdf",
    ]
    .iter()
    .map(|n| {
        let bytes =
            std::fs::read(format!("{}/tests/data/{n}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        (Format::from_path(n).unwrap(), bytes)
    })
    .collect()
}

fn exercise(input: &[u8], format: Format) {
    let _ = parse(input, format);
    if let Ok((graph, _)) = parse_recovering(input, format) {
        let _ = validate(&graph);
        if let Ok(catalog) = Catalog::from_graph(&graph) {
            let g = catalog
                .to_graph()
                .expect("a model read from a graph writes back");
            for f in Format::ALL {
                let _ = dcat_ap_se::serialize(&g, f);
            }
        }
    }
}

#[test]
fn truncated_input_never_panics() {
    for (format, bytes) in examples() {
        for cut in (0..bytes.len()).step_by(97) {
            exercise(&bytes[..cut], format);
        }
    }
}

#[test]
fn mutated_input_never_panics() {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for (format, bytes) in examples() {
        for _ in 0..150 {
            let mut m = bytes.clone();
            for _ in 0..4 {
                let i = (next() as usize) % m.len();
                m[i] = (next() & 0xff) as u8;
            }
            exercise(&m, format);
        }
        // And as every other format.
        for other in Format::ALL {
            exercise(&bytes, other);
        }
    }
}

#[test]
fn deep_nesting_is_an_error_or_a_graph_not_a_crash() {
    let depth = 5_000;
    let turtle = format!(
        "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<http://ex.se/c> a dcat:Catalog ; dcat:dataset {}<http://ex.se/x>{} .",
        "[ dcat:distribution ".repeat(depth),
        " ]".repeat(depth)
    );
    exercise(turtle.as_bytes(), Format::Turtle);
    let json = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    exercise(json.as_bytes(), Format::JsonLd);
}

#[test]
fn input_above_the_limit_is_refused() {
    let big = vec![b' '; dcat_ap_se::rdf::MAX_INPUT_BYTES + 1];
    let err = parse(&big, Format::Turtle).unwrap_err();
    assert!(err.to_string().contains("larger than"), "{err}");
}

#[test]
fn a_graph_without_a_catalogue_is_an_error() {
    let g = parse(
        b"<http://ex.se/a> <http://ex.se/b> <http://ex.se/c> .",
        Format::Turtle,
    )
    .unwrap();
    let err = Catalog::from_graph(&g).unwrap_err();
    assert!(err.to_string().contains("dcat:Catalog"));
}

/// The line and column of a syntax error.
fn at(err: &dcat_ap_se::Error) -> (u64, u64) {
    match err {
        dcat_ap_se::Error::Syntax { line, column, .. } => (*line, *column),
        other => panic!("not a syntax error: {other}"),
    }
}

const RDF_BODY: &str = r#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcterms="http://purl.org/dc/terms/">
<rdf:Description rdf:about="http://ex.se/c"><dcterms:title>&lol9;</dcterms:title></rdf:Description>
</rdf:RDF>"#;

#[test]
fn billion_laughs_is_refused_before_anything_is_expanded() {
    let mut doctype =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY lol \"lol\">\n");
    for i in 1..=9 {
        let prev = if i == 1 {
            "lol".to_owned()
        } else {
            format!("lol{}", i - 1)
        };
        doctype.push_str(&format!(
            "<!ENTITY lol{i} \"{}\">\n",
            format!("&{prev};").repeat(10)
        ));
    }
    doctype.push_str("]>\n");
    let input = format!("{doctype}{RDF_BODY}");
    assert!(input.len() < 2_000, "a small file: {}", input.len());
    for result in [
        parse(input.as_bytes(), Format::RdfXml).map(|_| ()),
        parse_recovering(input.as_bytes(), Format::RdfXml).map(|_| ()),
    ] {
        let err = result.unwrap_err();
        assert!(err.to_string().contains("more than 1048576 bytes"), "{err}");
        // It points at the reference that goes over the limit: inside the DOCTYPE.
        let (line, column) = at(&err);
        assert!((3..=12).contains(&line) && column > 1, "{err}");
    }
    // One long entity used many times (quadratic blowup) is refused the same way.
    let long = "x".repeat(50_000);
    let input = format!(
        "<!DOCTYPE rdf:RDF [<!ENTITY big \"{long}\">]>\n{}",
        RDF_BODY.replace("&lol9;", &"&big;".repeat(30))
    );
    let err = parse(input.as_bytes(), Format::RdfXml).unwrap_err();
    assert!(err.to_string().contains("bytes of text"), "{err}");
}

#[test]
fn a_doctype_with_namespace_entities_is_read() {
    let input = r#"<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
  <!ENTITY dcat "http://www.w3.org/ns/dcat#">
  <!ENTITY ex "http://ex.se/">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcterms="http://purl.org/dc/terms/">
<rdf:Description rdf:about="&ex;c"><rdf:type rdf:resource="&dcat;Catalog"/><dcterms:title xml:lang="sv">Katalog &amp; mer</dcterms:title></rdf:Description>
</rdf:RDF>"#;
    let g = parse(input.as_bytes(), Format::RdfXml).unwrap();
    let text = g.to_string();
    assert!(text.contains("<http://ex.se/c> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Catalog>"), "{text}");
    assert!(text.contains("\"Katalog & mer\"@sv"), "{text}");
    // An external DTD is not read, and not needed.
    let external = input.replace(
        "<!DOCTYPE rdf:RDF [",
        "<!DOCTYPE rdf:RDF SYSTEM \"file:///etc/passwd\" [",
    );
    assert_eq!(parse(external.as_bytes(), Format::RdfXml).unwrap().len(), 2);
}

#[test]
fn external_and_parameter_entities_are_refused_never_read() {
    for decl in [
        r#"<!ENTITY secret SYSTEM "file:///etc/passwd">"#,
        r#"<!ENTITY secret PUBLIC "-//x//y" "http://ex.se/x.dtd">"#,
        r#"<!ENTITY % secret SYSTEM "http://ex.se/x.dtd">"#,
    ] {
        let input = format!(
            "<!DOCTYPE rdf:RDF [\n  {decl}\n]>\n{}",
            RDF_BODY.replace("&lol9;", "&secret;")
        );
        for result in [
            parse(input.as_bytes(), Format::RdfXml).map(|_| ()),
            parse_recovering(input.as_bytes(), Format::RdfXml).map(|_| ()),
        ] {
            let err = result.unwrap_err();
            let text = err.to_string();
            assert!(
                text.contains("never read") || text.contains("not read"),
                "{text}"
            );
            assert_eq!(at(&err), (2, 3), "{text}");
            assert!(!text.contains("root:"), "{text}");
        }
    }
}

#[test]
fn deep_nesting_in_every_format_is_bounded() {
    let depth = 20_000;
    // Turtle: nested blank nodes.
    let turtle = format!(
        "<http://ex.se/s> <http://ex.se/p> {}<http://ex.se/o>{} .",
        "[ <http://ex.se/p> ".repeat(depth),
        " ]".repeat(depth)
    );
    let g = parse(turtle.as_bytes(), Format::Turtle).unwrap();
    assert_eq!(g.len(), depth + 1);
    // RDF/XML: nested elements (property, node, property, …).
    let xml = format!(
        r#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://ex.se/"><rdf:Description rdf:about="http://ex.se/s">{}x{}</rdf:Description></rdf:RDF>"#,
        "<ex:p><rdf:Description>".repeat(depth / 2),
        "</rdf:Description></ex:p>".repeat(depth / 2)
    );
    let _ = parse(xml.as_bytes(), Format::RdfXml);
    // JSON-LD: objects whose @id comes last (the reader recurses on those) and arrays.
    for json in [
        nested_objects(depth),
        format!("{}{}", "[".repeat(depth), "]".repeat(depth)),
    ] {
        let err = parse(json.as_bytes(), Format::JsonLd).unwrap_err();
        assert!(err.to_string().contains("levels of nested"), "{err}");
        assert_eq!(at(&err).0, 1);
        assert!(at(&err).1 > dcat_ap_se::rdf::MAX_NESTING as u64);
    }
    // Right at the limit it is read.
    let n = dcat_ap_se::rdf::MAX_NESTING - 1;
    let g = parse(nested_objects(n - 1).as_bytes(), Format::JsonLd).unwrap();
    // s p o0, o0 p o1, …, o(n-2) p "x".
    assert_eq!(g.len(), n);
}

/// A JSON-LD object with `levels` objects nested in it, each `@id` last.
fn nested_objects(levels: usize) -> String {
    let mut json = String::from(r#"{"@context": {"p": "http://ex.se/p"}, "p": "#);
    json.push_str(&r#"{"p": "#.repeat(levels));
    json.push_str(r#""x""#);
    for i in (0..levels).rev() {
        json.push_str(&format!(r#", "@id": "http://ex.se/o{i}"}}"#));
    }
    json.push_str(r#", "@id": "http://ex.se/s"}"#);
    json
}

#[test]
fn a_huge_turtle_literal_is_read_whole() {
    let size = 20 * 1024 * 1024;
    let turtle = format!(
        "<http://ex.se/s> <http://ex.se/p> \"{}\" .\n<http://ex.se/s> <http://ex.se/q> \"after\" .",
        "å".repeat(size / 2)
    );
    let g = parse(turtle.as_bytes(), Format::Turtle).unwrap();
    assert_eq!(g.len(), 2);
    let longest = g
        .iter()
        .filter_map(|t| match t.object {
            oxrdf::TermRef::Literal(l) => Some(l.value().len()),
            _ => None,
        })
        .max();
    assert_eq!(longest, Some(size));
    // An unterminated one is an error with its position, not a hang.
    let open = format!("<http://ex.se/s> <http://ex.se/p> \"{}", "x".repeat(size));
    let err = parse(open.as_bytes(), Format::Turtle).unwrap_err();
    assert_eq!(at(&err).0, 1, "{err}");
}

#[test]
fn a_remote_json_ld_context_is_never_fetched_and_the_error_says_where() {
    let input = "{\n  \"@id\": \"http://ex.se/c\",\n  \"@context\": \"https://ex.se/context.jsonld\",\n  \"title\": \"x\"\n}";
    let err = parse(input.as_bytes(), Format::JsonLd).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("never fetched"), "{text}");
    assert_eq!(at(&err), (3, 15), "{text}");
    // In an array of contexts too.
    let input = "{\"@context\": [\"https://ex.se/a.jsonld\"], \"@id\": \"http://ex.se/c\"}";
    let err = parse(input.as_bytes(), Format::JsonLd).unwrap_err();
    assert_eq!(at(&err), (1, 14), "{err}");
}

/// Found by `cargo fuzz` (target `jsonld`): a JSON-LD blank node id with a `:`
/// (`"@id": "_:n99…f:59fd…"`). oxrdf accepts it, but the catalogue's unknown triples
/// are kept as N-Triples, which reads `_:a:b` as `_:a` and garbage: `to_graph` failed
/// on a catalogue just read ("The predicate of a triple must be an IRI"), and Turtle
/// written from the graph did not read back. The reader now gives such ids fresh
/// labels, the same one for every occurrence.
#[test]
fn a_json_ld_blank_node_id_with_a_colon_reads_writes_and_reads_back() {
    let input = std::fs::read(format!(
        "{}/tests/data/fuzz-jsonld-blank-id-colon.jsonld",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    exercise(&input, Format::JsonLd);

    let small = br#"[
      {"@id": "https://x.se/s", "https://x.se/p": [{"@id": "_:a:b"}], "https://x.se/q": [{"@id": "_:a:b"}]},
      {"@id": "_:a:b", "https://x.se/r": [{"@value": "v"}]}
    ]"#;
    let graph = parse(small, Format::JsonLd).unwrap();
    assert_eq!(graph.len(), 3);
    let blanks: std::collections::BTreeSet<String> = graph
        .iter()
        .filter_map(|t| match t.subject {
            oxrdf::NamedOrBlankNodeRef::BlankNode(b) => Some(b.as_str().to_owned()),
            _ => None,
        })
        .chain(graph.iter().filter_map(|t| match t.object {
            oxrdf::TermRef::BlankNode(b) => Some(b.as_str().to_owned()),
            _ => None,
        }))
        .collect();
    // One node, the same everywhere, with a label Turtle can read.
    assert_eq!(blanks.len(), 1, "{blanks:?}");
    assert!(blanks.iter().all(|b| !b.contains(':')));
    for format in Format::ALL {
        let text = dcat_ap_se::serialize(&graph, format).unwrap();
        let back = parse(text.as_bytes(), format)
            .unwrap_or_else(|e| panic!("{}: {e}\n{text}", format.name()));
        assert_eq!(back.len(), 3, "{}:\n{text}", format.name());
    }
}

/// A model with such an id (from a draft, say) is refused when written, with the id,
/// rather than written as Turtle that does not read back.
#[test]
fn a_blank_node_id_with_a_colon_is_refused_when_written() {
    let mut catalog = Catalog::read(
        &std::fs::read(format!(
            "{}/tests/data/dcat-ap-se-rekommenderat.ttl",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap(),
        Format::Turtle,
    )
    .unwrap();
    catalog.datasets[0].temporal.push(dcat_ap_se::PeriodOfTime {
        id: Some(dcat_ap_se::Node::Blank("a:b".into())),
        ..Default::default()
    });
    let e = catalog.write(Format::Turtle).unwrap_err().to_string();
    assert!(e.contains("_:a:b"), "{e}");
}

//! `datalots describe` end to end: a CSV file, the answers and the publisher settings
//! in; a catalogue and a data dictionary out, checked with tools that are not
//! Datalots' own (rdflib for the RDF, frictionless and csvw for the dictionary).
//!
//! The Python side runs with the interpreter in `DATALOTS_PYTHON` (`cargo xtask test`
//! installs pyshacl, which brings rdflib, plus frictionless and csvw, and sets it).
//! Without it those tests fail, unless `DATALOTS_SKIP_PYTHON=1` skips them (visibly).
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use common::{datalots, root, stderr};

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Output;

use serde_json::Value;

const CSV: &str = "tests/fixtures/csv/befolkning_2024.csv";
const PUBLISHER: &str = "tests/fixtures/publisher/exempelby.toml";
const OPEN: &str = "tests/fixtures/answers/open-facts.json";

const DCAT: &str = "http://www.w3.org/ns/dcat#";
const DCT: &str = "http://purl.org/dc/terms/";
const FOAF: &str = "http://xmlns.com/foaf/0.1/";
const VCARD: &str = "http://www.w3.org/2006/vcard/ns#";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/// `datalots describe CSV --publisher PUBLISHER --answers ANSWERS EXTRA…`.
fn describe(csv: &str, answers: &str, extra: &[&str]) -> Output {
    let mut args = vec![
        "describe",
        csv,
        "--publisher",
        PUBLISHER,
        "--answers",
        answers,
    ];
    args.extend_from_slice(extra);
    datalots(&args)
}

/// subject, predicate, object, language tag, datatype.
type Triple = (String, String, String, Option<String>, Option<String>);

/// The triples of an RDF file as rdflib reads them.
struct Triples(Vec<Triple>);

impl Triples {
    fn read(python: &Path, file: &Path, format: &str) -> Triples {
        let out = common::python_script(python, "triples.py", &[file.to_str().unwrap(), format]);
        assert!(
            out.status.success(),
            "rdflib could not read {}: {}",
            file.display(),
            stderr(&out)
        );
        let rows: Vec<Vec<Value>> = serde_json::from_slice(&out.stdout).unwrap();
        Triples(
            rows.into_iter()
                .map(|r| {
                    let s = |i: usize| r[i].as_str().map(str::to_owned);
                    (s(0).unwrap(), s(1).unwrap(), s(2).unwrap(), s(3), s(4))
                })
                .collect(),
        )
    }

    fn objects(&self, subject: &str, predicate: &str) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .0
            .iter()
            .filter(|t| t.0 == subject && t.1 == predicate)
            .map(|t| t.2.as_str())
            .collect();
        v.sort_unstable();
        v
    }

    fn lang(&self, subject: &str, predicate: &str) -> BTreeSet<(String, Option<String>)> {
        self.0
            .iter()
            .filter(|t| t.0 == subject && t.1 == predicate)
            .map(|t| (t.2.clone(), t.3.clone()))
            .collect()
    }

    fn datatype(&self, subject: &str, predicate: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|t| t.0 == subject && t.1 == predicate)
            .and_then(|t| t.4.as_deref())
    }

    fn of_type(&self, class: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|t| t.1 == RDF_TYPE && t.2 == class)
            .map(|t| t.0.as_str())
            .collect()
    }

    /// The one object of a property that must have exactly one.
    fn one(&self, subject: &str, predicate: &str) -> &str {
        let v = self.objects(subject, predicate);
        assert_eq!(v.len(), 1, "{subject} {predicate}: {v:?}");
        v[0]
    }
}

#[test]
fn a_new_catalogue_has_every_mandatory_property_read_by_rdflib() {
    let dir = common::scratch("describe", "new");
    let out_file = dir.join("katalog.rdf");
    let out = describe(CSV, OPEN, &["--out", out_file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&out_file).unwrap();
    assert!(
        text.starts_with("<?xml"),
        "RDF/XML expected from the .rdf extension"
    );
    // Datalots' own validator agrees before the independent check.
    let v = datalots(&["validate", out_file.to_str().unwrap()]);
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stdout));

    let Some(python) = common::python(
        "cli_describe::a_new_catalogue_has_every_mandatory_property_read_by_rdflib",
        "rdflib, frictionless and csvw",
    ) else {
        return;
    };
    let t = Triples::read(&python, &out_file, "xml");

    let catalogs = t.of_type(&format!("{DCAT}Catalog"));
    assert_eq!(catalogs.len(), 1);
    let cat = catalogs[0];
    assert_eq!(cat, "https://data.exempelby.se/katalog/datakatalog");
    assert!(t.lang(cat, &format!("{DCT}title")).contains(&(
        "Exempelby kommuns datakatalog".to_owned(),
        Some("sv".to_owned())
    )));
    assert!(!t.objects(cat, &format!("{DCT}description")).is_empty());
    assert_eq!(
        t.one(cat, &format!("{DCT}license")),
        "http://creativecommons.org/publicdomain/zero/1.0/"
    );
    let publisher = t.one(cat, &format!("{DCT}publisher"));
    assert_eq!(publisher, "http://dataportal.se/organisation/SE2120000000");

    let ds = t.one(cat, &format!("{DCAT}dataset"));
    assert_eq!(ds, "https://data.exempelby.se/dataset/befolkning-2024");
    assert_eq!(t.of_type(&format!("{DCAT}Dataset")), [ds]);
    assert_eq!(
        t.lang(ds, &format!("{DCT}title")),
        BTreeSet::from([("Befolkning 2024".to_owned(), Some("sv".to_owned()))]),
        "the title is drafted from the file name"
    );
    let descriptions = t.lang(ds, &format!("{DCT}description"));
    let sv = descriptions
        .iter()
        .find(|(_, l)| l.as_deref() == Some("sv"))
        .unwrap();
    assert!(sv.0.contains("11 rader och 6 kolumner"), "{}", sv.0);
    assert!(sv.0.contains("invånare (heltal)"), "{}", sv.0);
    assert_eq!(t.one(ds, &format!("{DCT}publisher")), publisher);
    assert_eq!(
        t.one(ds, &format!("{DCT}accessRights")),
        "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
    );
    assert_eq!(
        t.one(ds, &format!("{DCT}spatial")),
        "http://sws.geonames.org/2661886",
        "ten different kommunkoder: Sweden"
    );
    let keywords = t.objects(ds, &format!("{DCAT}keyword"));
    assert!(
        keywords.contains(&"invånare") && keywords.contains(&"kommunkod"),
        "{keywords:?}"
    );

    // dcterms:temporal from the date column, typed xsd:date.
    let period = t.one(ds, &format!("{DCT}temporal"));
    assert_eq!(t.one(period, &format!("{DCAT}startDate")), "2024-01-31");
    assert_eq!(t.one(period, &format!("{DCAT}endDate")), "2024-04-30");
    assert_eq!(
        t.datatype(period, &format!("{DCAT}startDate")),
        Some("http://www.w3.org/2001/XMLSchema#date")
    );

    // Publisher: an organisation with a name, ADMS type and organisationsnummer.
    assert!(
        t.objects(publisher, RDF_TYPE)
            .contains(&&*format!("{FOAF}Organization"))
    );
    assert!(
        t.lang(publisher, &format!("{FOAF}name"))
            .contains(&("Exempelby kommun".to_owned(), Some("sv".to_owned())))
    );
    assert_eq!(
        t.one(publisher, &format!("{DCT}type")),
        "http://purl.org/adms/publishertype/LocalAuthority"
    );
    assert_eq!(t.one(publisher, &format!("{DCT}identifier")), "212000-0000");

    // Contact point: a vcard:Organization with a mailto: address, not the publisher.
    let contact = t.one(ds, &format!("{DCAT}contactPoint"));
    assert_ne!(contact, publisher);
    assert!(
        t.objects(contact, RDF_TYPE)
            .contains(&&*format!("{VCARD}Organization"))
    );
    assert_eq!(
        t.one(contact, &format!("{VCARD}hasEmail")),
        "mailto:oppnadata@exempelby.se"
    );

    // The distribution.
    let dist = t.one(ds, &format!("{DCAT}distribution"));
    assert_eq!(t.one(dist, &format!("{DCT}format")), "text/csv");
    assert_eq!(
        t.one(dist, &format!("{DCAT}mediaType")),
        "https://www.iana.org/assignments/media-types/text/csv"
    );
    let size = std::fs::metadata(root().join(CSV)).unwrap().len();
    assert_eq!(t.one(dist, &format!("{DCAT}byteSize")), size.to_string());
    assert_eq!(
        t.one(dist, &format!("{DCAT}accessURL")),
        "https://data.exempelby.se/data/befolkning_2024.csv"
    );
    assert_eq!(
        t.one(dist, &format!("{DCT}license")),
        "http://creativecommons.org/publicdomain/zero/1.0/"
    );
    // The dictionary was written next to --out, so the distribution points at it.
    assert_eq!(
        t.one(dist, &format!("{DCT}conformsTo")),
        "https://data.exempelby.se/data/befolkning_2024.csv-metadata.json"
    );
    assert!(dir.join("befolkning_2024.csv-metadata.json").exists());
    assert!(dir.join("befolkning_2024.resource.json").exists());
}

#[test]
fn title_description_and_format_from_the_command_line() {
    let out = describe(
        CSV,
        "tests/fixtures/answers/attribution.json",
        &[
            "--title",
            "Befolkning i länet 2024",
            "--description",
            "Folkmängd per kommun den sista dagen i månaden.",
            "--format",
            "turtle",
            "--keyword",
            "befolkning",
            "--theme",
            "SOCI",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let turtle = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(
        turtle.contains("@prefix dcat:"),
        "Turtle on stdout: {turtle}"
    );
    let err = stderr(&out);
    // Only drafted values are listed as suggestions: not the title or description.
    assert!(!err.contains("dcterms:title:"), "{err}");
    assert!(err.contains("dcterms:temporal"), "{err}");
    // The publish step points to the other half: requirements for the next purchase.
    assert!(
        err.contains("`datalots procurement` skriver krav med inbyggd öppenhet"),
        "{err}"
    );

    let Some(python) = common::python(
        "cli_describe::title_description_and_format_from_the_command_line",
        "rdflib, frictionless and csvw",
    ) else {
        return;
    };
    let dir = common::scratch("describe", "flags");
    let file = dir.join("katalog.ttl");
    std::fs::write(&file, &turtle).unwrap();
    let t = Triples::read(&python, &file, "turtle");
    let ds = "https://data.exempelby.se/dataset/befolkning-i-lanet-2024";
    assert_eq!(
        t.lang(ds, &format!("{DCT}title")),
        BTreeSet::from([("Befolkning i länet 2024".to_owned(), Some("sv".to_owned()))])
    );
    assert_eq!(
        t.lang(ds, &format!("{DCT}description")),
        BTreeSet::from([(
            "Folkmängd per kommun den sista dagen i månaden.".to_owned(),
            Some("sv".to_owned())
        )]),
        "exactly what was typed, no English draft added"
    );
    assert_eq!(t.objects(ds, &format!("{DCAT}keyword")), ["befolkning"]);
    assert_eq!(
        t.one(ds, &format!("{DCAT}theme")),
        "http://publications.europa.eu/resource/authority/data-theme/SOCI"
    );
    let dist = t.one(ds, &format!("{DCAT}distribution"));
    assert_eq!(
        t.one(dist, &format!("{DCT}license")),
        "http://creativecommons.org/licenses/by/4.0/",
        "attribution required: CC BY 4.0"
    );
    assert!(
        t.objects(dist, &format!("{DCT}conformsTo")).is_empty(),
        "no dictionary written to stdout runs, so no conformsTo"
    );
}

/// `--catalog` in each of the three formats: the catalogue comes back with all of its
/// triples, its own title and licence, plus the new dataset.
#[test]
fn an_existing_catalogue_keeps_every_triple_in_every_format() {
    let Some(python) = common::python(
        "cli_describe::an_existing_catalogue_keeps_every_triple_in_every_format",
        "rdflib, frictionless and csvw",
    ) else {
        return;
    };
    let dir = common::scratch("describe", "existing");
    let jsonld = dir.join("rekommenderat.jsonld");
    let conv = common::python_script(
        &python,
        "convert.py",
        &[
            root()
                .join("tests/fixtures/catalogs/dcat-ap-se-rekommenderat.rdf")
                .to_str()
                .unwrap(),
            "xml",
            jsonld.to_str().unwrap(),
            "json-ld",
        ],
    );
    assert!(conv.status.success(), "{}", stderr(&conv));
    let inputs = [
        (
            root().join("tests/fixtures/catalogs/dcat-ap-se-rekommenderat.rdf"),
            "xml",
        ),
        (
            root().join("tests/fixtures/catalogs/dcat-ap-se-obligatoriskt.ttl"),
            "turtle",
        ),
        (jsonld, "json-ld"),
    ];
    for (input, format) in inputs {
        let out_file = dir.join(format!("{format}-out.rdf"));
        let out = describe(
            CSV,
            OPEN,
            &[
                "--catalog",
                input.to_str().unwrap(),
                "--out",
                out_file.to_str().unwrap(),
            ],
        );
        // The 2.x examples have violations of their own (3.0.1 added mandatory
        // properties); they are reported, but the new dataset has none.
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("The existing catalogue has"),
            "{format}: {}",
            stderr(&out)
        );
        let kept = common::python_script(
            &python,
            "keeps_catalog.py",
            &[
                input.to_str().unwrap(),
                format,
                out_file.to_str().unwrap(),
                "xml",
            ],
        );
        assert!(
            kept.status.success(),
            "{format}: triples lost or changed:\n{}{}",
            String::from_utf8_lossy(&kept.stdout),
            stderr(&kept)
        );
        let t = Triples::read(&python, &out_file, "xml");
        let before = Triples::read(&python, &input, format);
        let cat = t.of_type(&format!("{DCAT}Catalog"))[0].to_owned();
        assert_eq!(before.of_type(&format!("{DCAT}Catalog")), [cat.as_str()]);
        assert_eq!(
            t.lang(&cat, &format!("{DCT}title")),
            before.lang(&cat, &format!("{DCT}title")),
            "{format}: the catalogue keeps its own title"
        );
        assert_eq!(
            t.objects(&cat, &format!("{DCT}license")),
            before.objects(&cat, &format!("{DCT}license"))
        );
        let datasets = t.objects(&cat, &format!("{DCAT}dataset"));
        assert_eq!(
            datasets.len(),
            before.objects(&cat, &format!("{DCAT}dataset")).len() + 1
        );
        assert!(datasets.contains(&"https://data.exempelby.se/dataset/befolkning-2024"));
    }
}

#[test]
fn the_dictionary_is_read_back_by_frictionless_and_csvw() {
    let dir = common::scratch("describe", "dictionary");
    let csv = dir.join("befolkning_2024.csv");
    std::fs::copy(root().join(CSV), &csv).unwrap();
    let out = describe(
        csv.to_str().unwrap(),
        OPEN,
        &["--schema-dir", dir.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let Some(python) = common::python(
        "cli_describe::the_dictionary_is_read_back_by_frictionless_and_csvw",
        "rdflib, frictionless and csvw",
    ) else {
        return;
    };
    let read = common::python_script(
        &python,
        "read_dictionary.py",
        &[
            dir.join("befolkning_2024.resource.json").to_str().unwrap(),
            dir.join("befolkning_2024.csv-metadata.json")
                .to_str()
                .unwrap(),
        ],
    );
    assert!(read.status.success(), "{}", stderr(&read));
    let result: Value = serde_json::from_slice(&read.stdout).unwrap();
    let f = &result["frictionless"];
    assert_eq!(f["valid"], true, "frictionless validate: {}", f["errors"]);
    for rows in [&f["rows"], &result["csvw"]["rows"]] {
        let rows = rows.as_array().unwrap();
        assert_eq!(rows.len(), 11);
        let first = &rows[0];
        assert_eq!(first["kommunkod"], "0114", "kommunkod stays text");
        assert_eq!(
            first["invånare"]["number"], "48013",
            "space as group separator"
        );
        assert_eq!(first["andel äldre"]["number"], "17.7", "decimal comma");
        assert_eq!(first["datum"]["date"], "2024-01-31", "d/M/yyyy");
        assert_eq!(first["landsbygd"], false, "Ja/Nej");
        assert_eq!(rows[3]["landsbygd"], true);
        assert_eq!(
            rows[10]["andel äldre"],
            Value::Null,
            "SCB's `..` is missing"
        );
    }
}

#[test]
fn stop_answers_refuse_with_the_reasons_and_write_nothing() {
    let dir = common::scratch("describe", "stop");
    let out_file = dir.join("katalog.rdf");
    let out = describe(
        CSV,
        "tests/fixtures/answers/personal-data.json",
        &["--out", out_file.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("cannot be published"), "{err}");
    assert!(err.contains("personuppgifter"), "{err}");
    assert!(!out_file.exists());
}

#[test]
fn personnummer_in_the_file_refuse_even_when_the_answers_say_no() {
    let out = describe("tests/fixtures/csv/kommuner.csv", OPEN, &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("Column «personnummer» holds personal identity numbers"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn incomplete_answers_name_the_missing_question() {
    let dir = common::scratch("describe", "incomplete");
    let answers = dir.join("a.json");
    std::fs::write(
        &answers,
        r#"{"confidential": false, "personal_data": false}"#,
    )
    .unwrap();
    let out = describe(CSV, answers.to_str().unwrap(), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("(«high_value»)"), "{}", stderr(&out));
}

#[test]
fn a_high_value_dataset_needs_its_category() {
    let hvd = "tests/fixtures/answers/high-value.json";
    let out = describe(CSV, hvd, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--hvd-category"), "{}", stderr(&out));

    let dir = common::scratch("describe", "hvd");
    let out_file = dir.join("katalog.ttl");
    let out = describe(
        CSV,
        hvd,
        &[
            "--hvd-category",
            "Statistik",
            "--out",
            out_file.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v = datalots(&["validate", out_file.to_str().unwrap()]);
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stdout));
    let ttl = std::fs::read_to_string(&out_file).unwrap();
    assert!(
        ttl.contains("http://data.europa.eu/bna/c_e1da4e07"),
        "{ttl}"
    );
    assert!(
        ttl.contains("http://data.europa.eu/eli/reg_impl/2023/138/oj"),
        "{ttl}"
    );

    let out = describe(CSV, hvd, &["--hvd-category", "Statistik och sånt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("unknown value «Statistik och sånt» for hvd_category"));
}

#[test]
fn bad_settings_name_the_key_and_the_line() {
    let dir = common::scratch("describe", "settings");
    let settings = dir.join("org.toml");
    let text = std::fs::read_to_string(root().join(PUBLISHER))
        .unwrap()
        .replace("email =", "epost =");
    std::fs::write(&settings, text).unwrap();
    let out = datalots(&[
        "describe",
        CSV,
        "--publisher",
        settings.to_str().unwrap(),
        "--answers",
        OPEN,
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("org.toml:6:1"), "{err}");
    assert!(
        err.contains("okänd nyckel «epost»; menade du «email»?"),
        "{err}"
    );
    assert!(
        err.contains("unknown key «epost»; did you mean «email»?"),
        "{err}"
    );

    let text = std::fs::read_to_string(root().join(PUBLISHER))
        .unwrap()
        .replace("base_uri = \"https://data.exempelby.se\"\n", "");
    std::fs::write(&settings, text).unwrap();
    let out = datalots(&[
        "describe",
        CSV,
        "--publisher",
        settings.to_str().unwrap(),
        "--answers",
        OPEN,
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("the mandatory key «base_uri» is missing"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_same_dataset_twice_is_refused_not_duplicated() {
    let dir = common::scratch("describe", "twice");
    let first = dir.join("k.ttl");
    let out = describe(CSV, OPEN, &["--out", first.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = describe(CSV, OPEN, &["--catalog", first.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("befolkning-2024"), "{}", stderr(&out));
}

/// Whenever the answers give a licence, the output has no violations: every licence
/// and access right the advisor can give.
#[test]
fn every_licence_the_advisor_gives_makes_a_valid_catalogue() {
    let dir = common::scratch("describe", "licences");
    let base = r#""confidential": false, "personal_data": false, "high_value": false"#;
    let cases = [
        (
            "cc0-public",
            r#""own_content": true, "facts_only": true, "conditions": "none""#,
            "publicdomain/zero/1.0/",
            "PUBLIC",
        ),
        (
            "cc0-fees",
            r#""own_content": true, "facts_only": true, "conditions": "fees""#,
            "publicdomain/zero/1.0/",
            "RESTRICTED",
        ),
        (
            "by-nc",
            r#""own_content": true, "facts_only": false, "authority_register": false, "require_attribution": true, "conditions": ["non_commercial"]"#,
            "licenses/by-nc/4.0/",
            "RESTRICTED",
        ),
        (
            "odbl",
            r#""own_content": false, "third_party_licences": ["ODbL-1.0"], "conditions": "none""#,
            "odbl/1.0/",
            "PUBLIC",
        ),
        (
            "by-sa",
            r#""own_content": false, "third_party_licences": ["CC-BY-SA-4.0"], "conditions": "none""#,
            "licenses/by-sa/4.0/",
            "PUBLIC",
        ),
    ];
    for (name, answers, licence, access) in cases {
        let answers_file = dir.join(format!("{name}.json"));
        std::fs::write(&answers_file, format!("{{{base}, {answers}}}")).unwrap();
        let out_file = dir.join(format!("{name}.ttl"));
        let out = describe(
            CSV,
            answers_file.to_str().unwrap(),
            &["--out", out_file.to_str().unwrap()],
        );
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        let v = datalots(&["validate", out_file.to_str().unwrap()]);
        assert!(
            v.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&v.stdout)
        );
        let ttl = std::fs::read_to_string(&out_file).unwrap();
        assert!(ttl.contains(licence), "{name}: {ttl}");
        assert!(
            ttl.contains(&format!("access-right/{access}>")),
            "{name}: {ttl}"
        );
    }
}

#[test]
fn a_missing_file_is_named_in_both_languages() {
    let out = describe("saknas.csv", OPEN, &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("saknas.csv: filen kunde inte läsas / the file could not be read"),
        "{err}"
    );
}

#[test]
fn the_release_date_is_today_or_date_and_a_wrong_one_is_refused() {
    let issued = |out: &Output| {
        let turtle = String::from_utf8_lossy(&out.stdout).into_owned();
        let at = turtle.find("dcterms:issued").expect("dcterms:issued");
        turtle[at..]
            .split('"')
            .nth(1)
            .unwrap_or_default()
            .to_owned()
    };
    let out = describe(
        CSV,
        "tests/fixtures/answers/open-facts.json",
        &["--format", "turtle"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let today = issued(&out);
    assert!(
        today.len() == 10 && today.starts_with("20") && today.as_bytes()[4] == b'-',
        "{today}"
    );
    assert!(
        stderr(&out).contains("dcterms:issued"),
        "listed as drafted: {}",
        stderr(&out)
    );
    let out = describe(
        CSV,
        "tests/fixtures/answers/open-facts.json",
        &["--format", "turtle", "--date", "2025-03-01"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(issued(&out), "2025-03-01");
    let out = describe(
        CSV,
        "tests/fixtures/answers/open-facts.json",
        &["--date", "1/3/2025"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("«1/3/2025» (dcterms:issued) is not a date"),
        "{}",
        stderr(&out)
    );
}

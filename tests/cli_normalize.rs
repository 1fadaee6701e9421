//! `datalots normalize` on every dialect fixture of csv-profile
//! (`crates/csv-profile/tests/data/sniff`): the output is read back with Python's `csv`
//! module (strict) and with csv-profile itself, and both must see the table the
//! profile of the original file describes: the same header, the same cells.
//!
//! Python runs with the interpreter in `DATALOTS_PYTHON` (set by `cargo xtask test`);
//! without it that half says "skipped", except under `CI`, where it fails.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use common::{datalots, root};

use std::path::{Path, PathBuf};

use datalots::csv_profile::{self, Profile};

fn fixtures() -> Vec<PathBuf> {
    let dir = root().join("crates/csv-profile/tests/data/sniff");
    let expected = std::fs::read_to_string(dir.join("expected.tsv")).unwrap();
    let files: Vec<PathBuf> = expected
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .map(|l| dir.join(l.split('\t').next().unwrap()))
        .collect();
    assert!(files.len() >= 29, "{} fixtures", files.len());
    files
}

fn profile(path: &Path) -> Profile {
    csv_profile::profile_reader(std::fs::File::open(path).unwrap(), Default::default()).unwrap()
}

fn out_dir() -> PathBuf {
    let dir = root().join("target/test-normalize");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn blank(row: &[String]) -> bool {
    row.iter().all(|f| f.trim().is_empty())
}

#[test]
fn every_fixture_normalises_to_the_table_that_was_read() {
    let python = common::python(module_path!(), "Python's csv module");
    let dir = out_dir();
    for file in fixtures() {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let out = dir.join(&name);
        let run = datalots(&[
            "normalize",
            file.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(
            run.status.code(),
            Some(0),
            "{name}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        let original = profile(&file);
        // The preview holds the first rows; a longer fixture (SMHI's blocks) is compared
        // on those and on the number of rows.
        let shown = original.preview.len();
        assert!(
            shown as u64 == original.rows || shown == csv_profile::PREVIEW_ROWS,
            "{name}: the preview holds every row or the first {}",
            csv_profile::PREVIEW_ROWS
        );
        let names: Vec<String> = original.columns.iter().map(|c| c.name.clone()).collect();
        let header = original.dialect.header_rows > 0;
        let bytes = std::fs::read(&out).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            text.is_empty() || text.ends_with("\r\n"),
            "{name}: {text:?}"
        );
        assert!(!text.starts_with('\u{feff}'), "{name}: no BOM");

        // csv-profile reads the copy the same way.
        let again = profile(&out);
        if names.len() > 1 {
            assert_eq!(again.dialect.delimiter, ',', "{name}: {text:?}");
        }
        assert_eq!(again.dialect.preamble_rows, 0, "{name}");
        assert_eq!(again.dialect.footer_rows, 0, "{name}");
        assert_eq!(
            again.dialect.header_rows,
            u64::from(header),
            "{name}: {text:?}"
        );
        let again_names: Vec<String> = again.columns.iter().map(|c| c.name.clone()).collect();
        assert_eq!(again_names, names, "{name}: {text:?}");
        assert_eq!(again.rows, original.rows, "{name}: {text:?}");
        assert_eq!(again.preview, original.preview, "{name}: {text:?}");
        let kinds = |p: &Profile| p.columns.iter().map(|c| c.kind).collect::<Vec<_>>();
        assert_eq!(kinds(&again), kinds(&original), "{name}: {text:?}");

        // Python's csv module, strict, reads the same header and cells.
        if let Some(py) = &python {
            let read = common::python_script(py, "read_csv.py", &[out.to_str().unwrap()]);
            assert!(
                read.status.success(),
                "{name}: {}",
                String::from_utf8_lossy(&read.stderr)
            );
            let mut rows: Vec<Vec<String>> = serde_json::from_slice(&read.stdout).unwrap();
            if header {
                assert!(!rows.is_empty(), "{name}: no header row");
                assert_eq!(rows.remove(0), names, "{name}");
            }
            rows.retain(|r| !blank(r));
            assert_eq!(rows.len() as u64, original.rows, "{name}: {text:?}");
            assert_eq!(rows[..shown], original.preview[..], "{name}: {text:?}");
        }
    }
}

#[test]
fn header_names_only_when_asked() {
    let dir = out_dir();
    let file = root().join("crates/csv-profile/tests/data/sniff/no_header.csv");
    let out = dir.join("no_header_auto.csv");
    let run = |extra: &[&str]| {
        let mut args = vec![
            "normalize",
            file.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        let o = datalots(&args);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        std::fs::read_to_string(&out).unwrap()
    };
    assert_eq!(run(&[]), "1,english\r\n2,svenska\r\n3,suomi\r\n");
    assert!(run(&["--header-names", "auto"]).starts_with("column_1,column_2\r\n1,english\r\n"));
    assert!(run(&["--header-names", "nr,språk"]).starts_with("nr,språk\r\n1,english\r\n"));
}

#[test]
fn quoting_only_where_needed_and_a_lone_empty_field_quoted() {
    let dir = out_dir();
    let file = dir.join("lone.csv");
    std::fs::write(
        &file,
        "Titel\n\nvärde;text\r\n\"1,5\";\"sa \"\"hej\"\"\"\r\n2; mellanslag \r\n\"\";\"rad\nbrytning\"\r\nKälla: SCB\r\n",
    )
    .unwrap();
    let o = datalots(&["normalize", file.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        "värde,text\r\n\"1,5\",\"sa \"\"hej\"\"\"\r\n2, mellanslag \r\n,\"rad\nbrytning\"\r\n"
    );
    let one = dir.join("one.csv");
    std::fs::write(&one, "värde\n12\n\"\"\n13\n").unwrap();
    let o = datalots(&["normalize", one.to_str().unwrap()]);
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        "värde\r\n12\r\n\"\"\r\n13\r\n"
    );
}

#[test]
fn overrides_and_an_empty_file() {
    let dir = out_dir();
    let file = dir.join("override.csv");
    std::fs::write(&file, "a;b,c\n1;2,3\n").unwrap();
    let o = datalots(&["normalize", file.to_str().unwrap(), "--delimiter", ","]);
    assert_eq!(String::from_utf8(o.stdout).unwrap(), "a;b,c\r\n1;2,3\r\n");
    let o = datalots(&[
        "normalize",
        file.to_str().unwrap(),
        "--header-rows",
        "0",
        "--delimiter",
        ";",
    ]);
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        "a,\"b,c\"\r\n1,\"2,3\"\r\n"
    );
    let bad = datalots(&["normalize", file.to_str().unwrap(), "--encoding", "klingon"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown encoding"));
    let empty = dir.join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    let o = datalots(&["normalize", empty.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
}

#[test]
fn describe_normalized_writes_the_dictionary_of_the_normalised_copy() {
    let dir = out_dir().join("described");
    std::fs::create_dir_all(&dir).unwrap();
    let csv = root().join("tests/fixtures/csv/befolkning_2024.csv");
    let out = dir.join("katalog.ttl");
    let o = datalots(&[
        "describe",
        csv.to_str().unwrap(),
        "--publisher",
        "tests/fixtures/publisher/exempelby.toml",
        "--answers",
        "tests/fixtures/answers/open-facts.json",
        "--out",
        out.to_str().unwrap(),
        "--normalized",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.join("befolkning_2024.csv-metadata.json")).unwrap(),
    )
    .unwrap();
    let d = &meta["dialect"];
    assert_eq!(d["delimiter"], ",", "{d}");
    assert_eq!(d["encoding"], "utf-8", "{d}");
    assert_eq!(d["quoteChar"], "\"", "{d}");
    assert_eq!(d["skipRows"], 0, "{d}");
    assert_eq!(d["headerRowCount"], 1, "{d}");
    // The columns are those of the file as read.
    let original = profile(&csv);
    let cols = meta["tableSchema"]["columns"].as_array().unwrap();
    assert_eq!(cols.len(), original.columns.len());
}

/// Issue #26: a Windows-1252 file whose first letter outside ASCII comes after 800 KB
/// is read again as Windows-1252, and the copy has å, ä and ö, not U+FFFD: to `--out`
/// (written again) and to standard output (the file profiled first).
#[test]
fn a_late_windows_1252_file_is_read_again_and_loses_no_letter() {
    let dir = common::scratch("normalize", "late_1252");
    let (bytes, text) = common::late_windows_1252(400);
    let file = dir.join("indikatorer.csv");
    std::fs::write(&file, &bytes).unwrap();
    let lines = text.lines().count();
    let out = dir.join("indikatorer-utf8.csv");
    let to_file = datalots(&[
        "normalize",
        file.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    let to_stdout = datalots(&["normalize", file.to_str().unwrap()]);
    for (how, run, copy) in [
        ("--out", &to_file, std::fs::read(&out).unwrap()),
        ("stdout", &to_stdout, to_stdout.stdout.clone()),
    ] {
        let err = common::stderr(run);
        assert_eq!(run.status.code(), Some(0), "{how}: {err}");
        let copy = String::from_utf8(copy).unwrap();
        assert!(!copy.contains('\u{fffd}'), "{how}: U+FFFD in the copy");
        assert_eq!(copy.matches("Umeå").count(), 80, "{how}");
        assert_eq!(copy.lines().count(), lines, "{how}");
        assert!(
            copy.ends_with("Väntetid i 0 dagar,Åre,\"9,25\"\r\n"),
            "{how}: {:?}",
            &copy[copy.len() - 200..]
        );
        assert!(
            err.contains("lästes därför om som Windows-1252")
                && err.contains("read again as Windows-1252"),
            "{how}: {err}"
        );
    }
    // Told to read it as UTF-8: obeyed, the copy written with the changed cells
    // counted, and exit code 1.
    let forced = datalots(&[
        "normalize",
        file.to_str().unwrap(),
        "--encoding",
        "utf-8",
        "--out",
        out.to_str().unwrap(),
    ]);
    let err = common::stderr(&forced);
    assert_eq!(forced.status.code(), Some(1), "{err}");
    // Every late row has å, ä or ö in its first two cells.
    assert!(err.contains("800 celler i kopian skiljer sig"), "{err}");
    assert!(err.contains("800 cells in the copy differ"), "{err}");
    assert!(!err.contains("read again"), "{err}");
    let copy = std::fs::read_to_string(&out).unwrap();
    assert!(copy.contains('\u{fffd}'));
}

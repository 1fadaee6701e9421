//! The layout holds: the library's modules (crates/datalots/src) and the command
//! line's (src/) import each other without a cycle; the library's strings name no
//! command-line flag (its errors name the concept; the command line adds the flag); the
//! core crates do not depend on each other; neither the facade nor the widget links the
//! terminal (clap) or the office writers; each browser crate keeps its JavaScript in
//! one file.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The source without its tests and comments.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .map(|l| match l.find("//") {
            // `//` inside a string (an address) is kept: only whole-line comments and
            // comments after code that has no quote before them go.
            Some(i) if !l[..i].contains('"') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Module name → the modules of the same crate it uses (`crate::x`, `crate::{x, y}`).
/// `cmd` is split into its commands (`cmd::describe`).
fn imports(root: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut files = vec![root.to_path_buf()];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let rel = path.strip_prefix(root).unwrap().with_extension("");
        let parts: Vec<String> = rel
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .filter(|p| p != "mod")
            .collect();
        let name = match parts.as_slice() {
            [one] if one == "lib" || one == "main" => continue,
            [cmd, sub, ..] if cmd == "cmd" => format!("cmd::{sub}"),
            [first, ..] => first.clone(),
            [] => continue,
        };
        let text = code(&std::fs::read_to_string(&path).unwrap());
        let uses = graph.entry(name.clone()).or_default();
        for (i, _) in text.match_indices("crate::") {
            let rest = &text[i + "crate::".len()..];
            let mut names: Vec<String> = Vec::new();
            if let Some(group) = rest.strip_prefix('{') {
                let group = &group[..group.find('}').unwrap_or(group.len())];
                names.extend(group.split(',').map(|n| {
                    n.trim()
                        .split([':', ' '])
                        .next()
                        .unwrap_or_default()
                        .to_owned()
                }));
            } else {
                let word: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if word == "cmd"
                    && let Some(sub) = rest.strip_prefix("cmd::")
                {
                    let sub: String = sub
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    names.push(format!("cmd::{sub}"));
                } else {
                    names.push(word);
                }
            }
            uses.extend(names.into_iter().filter(|n| !n.is_empty() && *n != name));
        }
    }
    graph
}

/// A cycle, if there is one: the modules in order.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        graph: &BTreeMap<String, BTreeSet<String>>,
        node: &str,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_owned());
            return Some(found);
        }
        if !done.insert(node.to_owned()) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if graph.contains_key(next)
                && let Some(c) = visit(graph, next, path, done)
            {
                return Some(c);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(graph, n, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_imports_itself_round_about() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["crates/datalots/src", "src"] {
        let graph = imports(&root.join(dir));
        assert!(graph.len() >= 8, "{dir}: {graph:?}");
        assert_eq!(cycle(&graph), None, "{dir}: {graph:#?}");
    }
    // The check finds a cycle when there is one.
    let mut graph = imports(&root.join("crates/datalots/src"));
    graph
        .entry("text".into())
        .or_default()
        .insert("describe".into());
    assert!(cycle(&graph).is_some());
}

#[test]
fn the_library_names_no_flag() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/datalots/src");
    let mut files = vec![root];
    let mut checked = 0;
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            // `"--…` (a string that is a flag) or `--x` inside a text.
            let flag = line.contains("\"--")
                || line
                    .match_indices("--")
                    .any(|(i, _)| line[i + 2..].starts_with(|c: char| c.is_ascii_lowercase()));
            assert!(
                !flag,
                "{}:{}: a flag in the library: {line}",
                path.display(),
                n + 1
            );
        }
        checked += 1;
    }
    assert!(checked >= 15, "{checked} files");
}

/// The `[dependencies]` section (normal dependencies only) of a crate's manifest: the
/// names of the packages it lists.
fn dependencies(manifest: &Path) -> BTreeSet<String> {
    let text = std::fs::read_to_string(manifest).unwrap();
    let mut names = BTreeSet::new();
    let mut inside = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            inside = line == "[dependencies]"
                || line.starts_with("[target.") && line.ends_with(".dependencies]");
            continue;
        }
        if let Some((name, _)) = line.split_once('=').filter(|_| inside) {
            let name = name.trim();
            if !name.starts_with('#') && !name.is_empty() {
                names.insert(name.trim_matches('"').to_string());
            }
        }
    }
    names
}

#[test]
fn the_core_crates_do_not_depend_on_each_other() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let core = [
        "csv-profile",
        "licence-advisor",
        "dcat-ap-se",
        "procurement",
    ];
    for krate in core {
        let deps = dependencies(&root.join("crates").join(krate).join("Cargo.toml"));
        assert!(deps.len() >= 2, "{krate}: {deps:?}");
        for other in core {
            assert!(!deps.contains(other), "{krate} depends on {other}");
        }
    }
    // The facade joins them: the check reads its dependencies right.
    let facade = dependencies(&root.join("crates/datalots/Cargo.toml"));
    assert!(
        facade.contains("csv-profile") && facade.contains("dcat-ap-se"),
        "{facade:?}"
    );
}

/// The packages `cargo tree` lists for `package` built for `target` (`None`: this
/// machine), normal edges only.
fn tree(package: &str, target: Option<&str>) -> BTreeSet<String> {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["tree", "-p", package])
        .args(target.map(|t| ["--target", t]).iter().flatten())
        .args(["-e", "normal", "--prefix", "none", "--format", "{p}"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

const WASM: &str = "wasm32-unknown-unknown";

#[test]
fn neither_the_facade_nor_the_widget_links_the_terminal_or_the_office_writers() {
    let native = tree("datalots", None);
    let widget = tree("datalots-widget", Some(WASM));
    let worker = tree("datalots-worker", Some(WASM));
    for (what, deps) in [
        ("datalots", &native),
        ("datalots-widget", &widget),
        ("datalots-worker", &worker),
    ] {
        assert!(
            deps.contains("csv-profile") || what == "datalots-widget",
            "{what}: {deps:?}"
        );
        for banned in ["clap", "clap_complete", "docx-rs", "rust_xlsxwriter"] {
            assert!(!deps.contains(banned), "{what} links {banned}");
        }
    }
    for banned in ["web-sys", "yew", "wasm-bindgen", "gloo-worker"] {
        assert!(!native.contains(banned), "the facade links {banned}");
    }
    // The check sees what the command line links.
    assert!(tree("datalots-cli", None).contains("clap"));
}

/// The Rust files under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(path) = todo.pop() {
        if path.is_dir() {
            todo.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// Each browser crate keeps its JavaScript in one file (one `wasm_bindgen(module)`
/// snippet). Every snippet is a request of its own when the module starts; and the
/// server of `wasm-bindgen-test-runner` (tiny_http 0.12) loses a connection that opens
/// while its four threads are being woken, so a page fetching six snippets at once
/// sometimes never loads and the browser tests hang until their timeout (it happened
/// in CI with the widget's three and the worker's three).
#[test]
fn each_browser_crate_has_at_most_one_javascript_file() {
    let widget = Path::new(env!("CARGO_MANIFEST_DIR")).join("widget");
    let mut crates = vec![widget.clone()];
    let mut todo = vec![widget.clone()];
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() && !path.ends_with("src") && !path.ends_with("tests") {
                if path.join("Cargo.toml").is_file() {
                    crates.push(path.clone());
                }
                todo.push(path);
            }
        }
    }
    assert!(crates.len() >= 8, "{crates:?}");
    let mut with_snippets = 0;
    for krate in crates {
        let mut files = BTreeSet::new();
        for file in rust_files(&krate.join("src")) {
            let text = std::fs::read_to_string(&file).unwrap();
            for (i, _) in text.match_indices("wasm_bindgen(module = \"") {
                let rest = &text[i + "wasm_bindgen(module = \"".len()..];
                files.insert(rest[..rest.find('"').unwrap()].to_string());
            }
        }
        assert!(files.len() <= 1, "{}: {files:?}", krate.display());
        with_snippets += files.len();
    }
    // The check sees the snippets: the flow, the worker, the procurement view and the
    // JSON-LD loader each have one (the widget's test page fetches three of them).
    assert!(with_snippets >= 4, "{with_snippets}");
}

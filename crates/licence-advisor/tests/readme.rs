//! The Mermaid diagram in the README is generated from the tree the code walks.
//! `UPDATE_README=1 cargo test -p licence-advisor --test readme` rewrites it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use licence_advisor::mermaid::flowchart;

const START: &str = "```mermaid\n";
const END: &str = "```\n";

#[test]
fn the_readme_diagram_is_the_tree() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let start = readme.find(START).expect("the README has a mermaid block") + START.len();
    let end = start + readme[start..].find(END).unwrap();
    let generated = flowchart();
    if readme[start..end] != generated {
        if std::env::var_os("UPDATE_README").is_some() {
            let updated = format!("{}{generated}{}", &readme[..start], &readme[end..]);
            std::fs::write(path, updated).unwrap();
        } else {
            panic!(
                "the README's diagram is out of date; run\n  UPDATE_README=1 cargo test -p licence-advisor --test readme\n\ngenerated:\n{generated}"
            );
        }
    }
}

//! The decision tree as a Mermaid flowchart, drawn from [`crate::tree::TREE`].

use std::fmt::Write;

use crate::tree::{Effect, Next, TREE};

/// The tree as a Mermaid `flowchart`, with Swedish labels.
///
/// The crate README embeds this output; a test keeps the two identical.
pub fn flowchart() -> String {
    let mut out = String::from("flowchart TD\n");
    for node in &TREE {
        let q = node.question.question();
        let _ = writeln!(out, "    {}{{\"{}\"}}", q.key, q.short.sv);
    }
    out.push_str("    done([\"Rekommendation\"])\n");
    for node in &TREE {
        let from = node.question.key();
        for (i, b) in node.branches.iter().enumerate() {
            let mut label = b.when.label_sv();
            for e in b.effects {
                match e {
                    Effect::Decide(l) => {
                        let _ = write!(label, " ⇒ {}", l.short_name());
                    }
                    Effect::SharedData => label.push_str(" ⇒ delade data"),
                    Effect::NonCommercial => label.push_str(", NC"),
                    Effect::HighValue => label.push_str(" ⇒ HVD"),
                    Effect::Reason(_) | Effect::Warn(_) => {}
                }
            }
            let to = match b.next {
                Next::Ask(q) => q.key().to_owned(),
                Next::Finish => "done".to_owned(),
                Next::Stop => {
                    let id = format!("stop_{from}_{i}");
                    let _ = writeln!(out, "    {id}([\"Stopp\"])");
                    id
                }
            };
            let _ = writeln!(out, "    {from} -->|\"{label}\"| {to}");
        }
    }
    out
}

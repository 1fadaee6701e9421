//! Every question, option, help text, note and source exists in Swedish and English.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use licence_advisor::{LicenceId, NOTES, QUESTIONS, Source, Text};

fn both(what: &str, t: Text) {
    assert!(!t.sv.trim().is_empty(), "{what}: Swedish missing");
    assert!(!t.en.trim().is_empty(), "{what}: English missing");
    assert_ne!(t.sv, t.en, "{what}: not translated");
}

#[test]
fn questions_and_options_are_bilingual() {
    for q in &QUESTIONS {
        both(&format!("{} text", q.key), q.text);
        both(&format!("{} help", q.key), q.help);
        both(&format!("{} short", q.key), q.short);
        assert!(q.options.len() >= 2, "{}", q.key);
        for o in q.options {
            both(&format!("{} option {}", q.key, o.value), o.label);
        }
    }
}

#[test]
fn notes_and_sources_are_bilingual() {
    for n in NOTES {
        both(&format!("{:?}", n.id), n.text);
        both(&format!("source of {:?}", n.id), n.source.citation());
    }
    for s in [Source::DiggPrv, Source::Datalots] {
        both(&format!("{s:?}"), s.citation());
    }
}

#[test]
fn licences_have_names_in_both_languages() {
    for l in LicenceId::ALL.map(LicenceId::licence) {
        assert!(!l.name_sv.is_empty() && !l.name_en.is_empty(), "{:?}", l.id);
    }
}

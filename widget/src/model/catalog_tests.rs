//! One test per action of [`Catalogue::reduce`] at least; the worker's answers are
//! the facade's real ones (`datalots::session::apply`).
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use super::*;
use datalots::form::FieldKey;
use datalots::session::apply;

/// Two datasets, written for these tests.
const CATALOGUE: &str = r#"@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .

<https://exempelby.se/katalog> a dcat:Catalog ;
    dcterms:title "Exempelbys katalog"@sv ;
    dcterms:description "Öppna data från Exempelby kommun."@sv ;
    dcterms:publisher <https://exempelby.se/kommun> ;
    dcat:dataset <https://exempelby.se/data/andel>, <https://exempelby.se/data/badplatser> .

<https://exempelby.se/kommun> a foaf:Agent ;
    foaf:name "Exempelby kommun" .

<https://exempelby.se/data/andel> a dcat:Dataset ;
    dcterms:title "Andel"@sv ;
    dcterms:description "Andel per kommun."@sv ;
    dcterms:publisher <https://exempelby.se/kommun> .

<https://exempelby.se/data/badplatser> a dcat:Dataset ;
    dcterms:title "Badplatser"@sv ;
    dcterms:description "Kommunens badplatser."@sv ;
    dcterms:publisher <https://exempelby.se/kommun> .
"#;

const ANDEL: &str = "https://exempelby.se/data/andel";

fn file() -> CatalogFile {
    CatalogFile {
        name: "katalog.ttl".into(),
        text: CATALOGUE.into(),
    }
}

/// What the worker would answer to `effect`.
fn worker(effect: &Effect) -> Action {
    let Effect::Send { seq, file, op, .. } = effect else {
        panic!("not a request: {effect:?}");
    };
    Action::Answer {
        seq: *seq,
        view: Box::new(apply(file, op, None, None)),
    }
}

/// A catalogue view with [`CATALOGUE`] open.
fn opened() -> Catalogue {
    let mut c = Catalogue::default();
    let sent = c.reduce(Action::Open(file()));
    c.reduce(worker(&sent[0]));
    c
}

fn titles(c: &Catalogue) -> Vec<String> {
    let listing = c.view.as_ref().unwrap().listing.as_ref().unwrap();
    listing
        .datasets
        .iter()
        .map(|d| d.title[0].value.clone())
        .collect()
}

#[test]
fn opening_a_file_sends_it_and_lists_its_datasets() {
    let mut c = Catalogue::default();
    let sent = c.reduce(Action::Open(file()));
    assert_eq!(
        sent,
        [Effect::Send {
            seq: 1,
            file: Box::new(file()),
            op: Op::Open,
            profile_job: None
        }]
    );
    assert!(c.busy);
    c.reduce(worker(&sent[0]));
    assert!(!c.busy);
    assert_eq!(c.file, Some(file()));
    assert_eq!(titles(&c), ["Andel", "Badplatser"]);
}

#[test]
fn an_answer_older_than_the_last_request_is_dropped() {
    let mut c = opened();
    let remove = c.reduce(Action::Run(Op::Remove { iri: ANDEL.into() }));
    let upgrade = c.reduce(Action::Run(Op::Upgrade));
    let (Effect::Send { seq: 2, .. }, Effect::Send { seq: 3, .. }) = (&remove[0], &upgrade[0])
    else {
        panic!("{remove:?} {upgrade:?}");
    };
    let before = c.clone();
    c.reduce(worker(&remove[0]));
    assert_eq!(c, before, "the answer to request 2 came after request 3");
    c.reduce(worker(&upgrade[0]));
    assert!(!c.busy);
}

#[test]
fn an_operation_changes_the_kept_file_and_a_refused_one_does_not() {
    let mut c = opened();
    let sent = c.reduce(Action::Run(Op::Remove { iri: ANDEL.into() }));
    c.reduce(worker(&sent[0]));
    assert_eq!(titles(&c), ["Badplatser"]);
    let kept = c.file.clone().unwrap();
    assert!(!kept.text.contains(ANDEL));

    let sent = c.reduce(Action::Run(Op::Remove { iri: ANDEL.into() }));
    c.reduce(worker(&sent[0]));
    assert!(c.view.as_ref().unwrap().error.is_some(), "already removed");
    assert_eq!(c.file.as_ref(), Some(&kept));
}

#[test]
fn nothing_runs_before_a_file_is_open() {
    let mut c = Catalogue::default();
    assert!(c.reduce(Action::Run(Op::Upgrade)).is_empty());
    assert!(!c.busy);
}

#[test]
fn editing_asks_for_the_texts_and_fills_the_fields() {
    let mut c = opened();
    let sent = c.reduce(Action::Edit { iri: ANDEL.into() });
    assert!(matches!(&sent[..], [Effect::Send { op: Op::Fields { iri }, .. }] if iri == ANDEL));
    let editing = c.editing.as_ref().unwrap();
    assert_eq!(
        (editing.iri.as_str(), editing.input.dataset.title.as_str()),
        (ANDEL, "")
    );
    c.reduce(worker(&sent[0]));
    let editing = c.editing.as_ref().unwrap();
    assert_eq!(editing.input.dataset.title, "Andel");
    assert_eq!(editing.input.dataset.description, "Andel per kommun.");
}

#[test]
fn typed_texts_are_saved_into_the_catalogue() {
    let mut c = opened();
    let sent = c.reduce(Action::Edit { iri: ANDEL.into() });
    c.reduce(worker(&sent[0]));
    for (key, value) in [
        (FieldKey::Title, "Andel i procent"),
        (FieldKey::Keywords, "andel; procent,  "),
    ] {
        assert!(
            c.reduce(Action::Set {
                key,
                values: vec![value.into()]
            })
            .is_empty()
        );
    }
    assert_eq!(
        c.editing.as_ref().unwrap().input.dataset.title,
        "Andel i procent"
    );
    let sent = c.reduce(Action::Save);
    assert_eq!(c.editing, None);
    let [
        Effect::Send {
            op: Op::Edit { iri, edits },
            ..
        },
    ] = &sent[..]
    else {
        panic!("{sent:?}");
    };
    assert_eq!(iri, ANDEL);
    assert_eq!(edits.title.as_deref(), Some("Andel i procent"));
    assert_eq!(
        edits.keywords.as_deref(),
        Some(&["andel".to_owned(), "procent".to_owned()][..])
    );
    c.reduce(worker(&sent[0]));
    assert_eq!(titles(&c), ["Andel i procent", "Badplatser"]);
}

#[test]
fn cancelling_an_edit_sends_nothing_and_saving_nothing_does_nothing() {
    let mut c = opened();
    c.reduce(Action::Edit { iri: ANDEL.into() });
    assert!(c.reduce(Action::CancelEdit).is_empty());
    assert_eq!(c.editing, None);
    assert!(c.reduce(Action::Save).is_empty());
    assert!(
        c.reduce(Action::Set {
            key: FieldKey::Title,
            values: vec!["x".into()]
        })
        .is_empty()
    );
    assert_eq!(c.editing, None);
}

#[test]
fn an_update_waits_for_its_file_to_be_profiled() {
    let mut c = opened();
    let sent = c.reduce(Action::UpdateFrom {
        iri: ANDEL.into(),
        file_name: "andel-2025.csv".into(),
    });
    assert_eq!(sent, [Effect::Profile { job: 1 }]);
    assert!(
        c.reduce(Action::Profiled {
            job: 7,
            today: "2025-03-01".into()
        })
        .is_empty(),
        "another job"
    );
    let sent = c.reduce(Action::Profiled {
        job: 1,
        today: "2025-03-01".into(),
    });
    assert_eq!(
        sent,
        [Effect::Send {
            seq: 2,
            file: Box::new(file()),
            op: Op::Update {
                iri: ANDEL.into(),
                file_name: "andel-2025.csv".into(),
                date: "2025-03-01".into()
            },
            profile_job: Some(1)
        }]
    );
    assert!(
        c.reduce(Action::Profiled {
            job: 1,
            today: "2025-03-01".into()
        })
        .is_empty(),
        "updated once"
    );
}

#[test]
fn edits_split_keywords_and_media_types_follow_the_extension() {
    let mut input = FormInput::default();
    input.dataset.keywords = " skola; elever ,, ".into();
    input.dataset.themes = vec!["EDUC".into()];
    let e = edits(&input);
    assert_eq!(e.keywords.unwrap(), ["skola", "elever"]);
    assert_eq!(e.themes.unwrap(), ["EDUC"]);
    assert_eq!(media_type("k.ttl"), "text/turtle");
    assert_eq!(media_type("k.jsonld"), "application/ld+json");
    assert_eq!(media_type("k.rdf"), "application/rdf+xml");
}

//! One test per action of [`OwnPage::reduce`] at least.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use super::*;

const LOADER: &str = "https://www.exempelby.se/datalots/datalots-widget.js";

fn place() -> Place {
    Place {
        lang: Lang::Sv,
        loader_url: Some(LOADER.into()),
        worker_url: Some("https://www.exempelby.se/datalots/pkg/widget-worker.js".into()),
        proposed: embed::catalogue_address("https://data.exempelby.se", "dcat.rdf"),
    }
}

fn file() -> CatalogFile {
    CatalogFile {
        name: "dcat.rdf".into(),
        text: "<rdf:RDF/>".into(),
    }
}

#[test]
fn the_snippet_holds_the_proposed_address_until_one_is_typed() {
    let mut m = OwnPage::new(None);
    let p = place();
    assert_eq!(m.address(&p), "https://data.exempelby.se/dcat.rdf");
    assert_eq!(
        m.snippet(&p),
        format!(
            "<script type=\"module\" src=\"{LOADER}\"></script>\n\
             <datalots-catalog src=\"https://data.exempelby.se/dcat.rdf\" lang=\"sv\"></datalots-catalog>"
        )
    );
    assert_eq!(m.problem(&p), None);
    let typed = " https://www.exempelby.se/datasets/dcat ";
    assert_eq!(
        m.reduce(Action::Type(typed.into())),
        [Effect::Save(typed.into())]
    );
    assert!(
        m.snippet(&p).contains(
            "<datalots-catalog src=\"https://www.exempelby.se/datasets/dcat\" lang=\"sv\">"
        )
    );
    // In English, the page the snippet makes is English.
    let en = Place {
        lang: Lang::En,
        ..place()
    };
    assert!(m.snippet(&en).contains("lang=\"en\""));
}

#[test]
fn an_emptied_address_is_a_problem_not_the_proposal_again() {
    let mut m = OwnPage::new(Some("https://ex.se/k.rdf".into()));
    assert_eq!(m.address(&place()), "https://ex.se/k.rdf");
    m.reduce(Action::Type(String::new()));
    assert_eq!(m.address(&place()), "");
    assert!(m.problem(&place()).is_some());
    m.reduce(Action::Type("ex.se/k.rdf".into()));
    assert!(m.problem(&place()).unwrap().en.contains("https://"));
    // Nothing typed before (or an empty value kept): the proposal.
    assert_eq!(
        OwnPage::new(Some("  ".into())).address(&place()),
        "https://data.exempelby.se/dcat.rdf"
    );
    // No base address to propose from: the steward is asked for one.
    let none = Place {
        proposed: None,
        ..place()
    };
    assert!(OwnPage::new(None).problem(&none).is_some());
}

#[test]
fn the_loader_is_where_the_loader_said_else_beside_the_worker_folder() {
    assert_eq!(place().loader(), LOADER);
    let without = Place {
        loader_url: None,
        ..place()
    };
    assert_eq!(without.loader(), LOADER);
    assert_eq!(Place::default().loader(), "datalots-widget.js");
}

#[test]
fn copying_sends_the_snippet_and_shows_the_outcome_until_the_next_change() {
    let mut m = OwnPage::new(None);
    let s = m.snippet(&place());
    assert_eq!(m.reduce(Action::Copy(s.clone())), [Effect::Copy(s)]);
    assert_eq!(m.copied, None);
    m.reduce(Action::Copied(true));
    assert_eq!(m.copied, Some(true));
    m.reduce(Action::Type("https://ex.se/k.rdf".into()));
    assert_eq!(m.copied, None);
    m.reduce(Action::Copied(false));
    assert_eq!(m.copied, Some(false));
}

#[test]
fn the_zip_is_asked_for_once_at_a_time_and_only_its_answer_counts() {
    let mut m = OwnPage::new(None);
    let ask = |url: &str| Action::Zip {
        file: file(),
        catalogue_url: Some(url.into()),
        lang: Lang::Sv,
    };
    let sent = m.reduce(ask("https://data.exempelby.se/dcat.rdf"));
    assert_eq!(
        sent,
        [Effect::Zip {
            seq: 1,
            file: file(),
            catalogue_url: Some("https://data.exempelby.se/dcat.rdf".into()),
            lang: Lang::Sv,
        }]
    );
    assert_eq!(m.zip, Zip::Building);
    // A second click while it is being built sends nothing.
    assert!(
        m.reduce(ask("https://data.exempelby.se/dcat.rdf"))
            .is_empty()
    );
    m.reduce(Action::Zipped {
        seq: 1,
        name: "dcat-webbsidor.zip".into(),
    });
    assert_eq!(
        m.zip,
        Zip::Done {
            name: "dcat-webbsidor.zip".into()
        }
    );
    // A wrong address is not linked from the pages.
    let sent = m.reduce(ask("min katalog"));
    let [
        Effect::Zip {
            seq, catalogue_url, ..
        },
    ] = sent.as_slice()
    else {
        panic!("{sent:?}");
    };
    assert_eq!((*seq, catalogue_url), (2, &None));
    // An answer to an earlier request is dropped.
    m.reduce(Action::ZipFailed {
        seq: 1,
        message: Both::same("old"),
    });
    assert_eq!(m.zip, Zip::Building);
    m.reduce(Action::ZipFailed {
        seq: 2,
        message: Both::new("trasig", "broken"),
    });
    assert_eq!(m.zip, Zip::Failed(Both::new("trasig", "broken")));
    // After a failure it can be asked for again.
    assert_eq!(m.reduce(ask("https://ex.se/k.rdf")).len(), 1);
}

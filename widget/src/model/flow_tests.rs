//! One test per action of [`Flow::reduce`] at least, each asserting the state it
//! leaves and the effects it asks for. The profiles and forms are real ones, made by
//! the facade from small CSV files.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use super::*;
use datalots::form::DatasetFields;
use datalots::form::FieldKey;

const PLAIN: &[u8] = b"kommun;andel\nLund;1,5\nEda;2,5\n";
const PERSONAL: &[u8] = b"namn;personnummer\nAnna;19121212-1212\nBo;19850101-1237\n";

fn profile(csv: &[u8]) -> Box<ProfileView> {
    let p = datalots::csv_profile::profile_bytes(csv).unwrap();
    Box::new(ProfileView::new(&p))
}

fn form_view(csv: &[u8], title: &str) -> Box<FormView> {
    let p = datalots::csv_profile::profile_bytes(csv).unwrap();
    let mut input = FormInput::default();
    input.dataset.title = title.into();
    Box::new(datalots::form::form(&p, &input))
}

fn flow() -> Flow {
    Flow::new(Lang::Sv, Saved::default(), &[], false)
}

fn set(key: FieldKey, value: &str) -> Action {
    Action::Set {
        key,
        values: vec![value.into()],
    }
}

/// Chooses `name` and lets the worker answer with the profile of `csv`; returns the
/// effects of the answer.
fn read(f: &mut Flow, name: &str, csv: &[u8]) -> Vec<Effect> {
    f.reduce(Action::Choose {
        name: name.into(),
        size: csv.len() as f64,
    });
    let job = f.job;
    f.reduce(Action::Profiled {
        job,
        view: profile(csv),
        millis: 12.0,
    })
}

/// Answers the licence questions the open-facts way (CC0): steps 4 and 5 open.
fn answer_for_cc0(f: &mut Flow) {
    for (key, value) in [
        ("confidential", "false"),
        ("personal_data", "false"),
        ("high_value", "false"),
        ("own_content", "true"),
        ("facts_only", "true"),
    ] {
        f.reduce(Action::Answer {
            key: key.into(),
            values: vec![value.into()],
        });
    }
    for _ in 0..5 {
        let form = LicenceForm::new(&f.answers);
        if form.outcome != "incomplete" {
            break;
        }
        let q = form.questions.last().unwrap();
        let value = if q.key == "conditions" {
            "none"
        } else {
            "false"
        };
        f.reduce(Action::Answer {
            key: q.key.clone(),
            values: vec![value.into()],
        });
    }
}

fn forms(effects: &[Effect]) -> Vec<(u32, u32)> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Form { job, seq, .. } => Some((*job, *seq)),
            _ => None,
        })
        .collect()
}

fn saves(effects: &[Effect]) -> Vec<&Saved> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Save(s) => Some(&**s),
            _ => None,
        })
        .collect()
}

#[test]
fn choosing_a_file_reads_it_as_a_new_job() {
    let mut f = flow();
    let effects = f.reduce(Action::Choose {
        name: "andel.csv".into(),
        size: 30.0,
    });
    assert_eq!(
        effects,
        [Effect::Profile {
            job: 1,
            read: ReadOptions::default()
        }]
    );
    assert_eq!(
        f.file,
        FileState::Reading {
            name: "andel.csv".into(),
            done: 0.0,
            total: 30.0
        }
    );
    assert_eq!(f.step, Step::File);
    assert!(!f.enabled(Step::Profile));
}

#[test]
fn progress_moves_the_reading_on() {
    let mut f = flow();
    f.reduce(Action::Choose {
        name: "a.csv".into(),
        size: 100.0,
    });
    assert!(
        f.reduce(Action::Progress {
            job: 1,
            done: 40.0,
            total: 100.0
        })
        .is_empty()
    );
    assert_eq!(
        f.file,
        FileState::Reading {
            name: "a.csv".into(),
            done: 40.0,
            total: 100.0
        }
    );
}

#[test]
fn a_profiled_file_opens_step_2_and_asks_for_the_form() {
    let mut f = flow();
    let effects = read(&mut f, "andel.csv", PLAIN);
    assert_eq!(f.step, Step::Profile);
    let FileState::Profiled {
        name,
        size,
        view,
        millis,
    } = &f.file
    else {
        panic!("{:?}", f.file);
    };
    assert_eq!(
        (name.as_str(), *size, *millis),
        ("andel.csv", PLAIN.len() as f64, 12.0)
    );
    assert_eq!(view.rows, 2);
    assert_eq!(forms(&effects), [(1, 1)]);
    let Some(Effect::Form { input, .. }) =
        effects.iter().find(|e| matches!(e, Effect::Form { .. }))
    else {
        unreachable!()
    };
    assert_eq!(input.file_name, "andel.csv");
    // The draft is now for this file, and saved as such.
    assert_eq!(saves(&effects)[0].file_name.as_deref(), Some("andel.csv"));
    assert!(f.enabled(Step::Licence));
    assert!(
        !f.enabled(Step::Describe),
        "the licence questions come first"
    );
}

#[test]
fn personal_data_in_the_file_pre_answers_the_question() {
    let mut f = flow();
    read(&mut f, "personer.csv", PERSONAL);
    assert_eq!(f.answers.personal_data, Some(true));
    assert!(f.personal_data_prefilled());
    // A person's own answer is not overwritten by the next file.
    f.reduce(Action::Answer {
        key: "personal_data".into(),
        values: vec!["false".into()],
    });
    read(&mut f, "personer2.csv", PERSONAL);
    assert_eq!(f.answers.personal_data, Some(false));
    assert!(!f.personal_data_prefilled());
}

#[test]
fn a_stale_answer_about_a_replaced_file_is_dropped() {
    let mut f = flow();
    f.reduce(Action::Choose {
        name: "first.csv".into(),
        size: 10.0,
    });
    let effects = f.reduce(Action::Choose {
        name: "second.csv".into(),
        size: 20.0,
    });
    // The first file's reading is cancelled; the second is job 2.
    assert_eq!(
        effects,
        [
            Effect::Cancel { job: 1 },
            Effect::Profile {
                job: 2,
                read: ReadOptions::default()
            }
        ]
    );
    let reading = f.file.clone();
    for late in [
        Action::Progress {
            job: 1,
            done: 10.0,
            total: 10.0,
        },
        Action::Profiled {
            job: 1,
            view: profile(PLAIN),
            millis: 1.0,
        },
        Action::Failed {
            job: 1,
            message: Both::default(),
        },
        Action::Cancelled { job: 1 },
    ] {
        assert!(f.reduce(late).is_empty());
        assert_eq!(f.file, reading, "an answer about job 1 changed the state");
    }
    assert_eq!(f.draft_file, None);
    f.reduce(Action::Profiled {
        job: 2,
        view: profile(PLAIN),
        millis: 1.0,
    });
    assert!(matches!(&f.file, FileState::Profiled { name, .. } if name == "second.csv"));
}

#[test]
fn a_form_older_than_the_one_shown_is_dropped() {
    let mut f = flow();
    read(&mut f, "andel.csv", PLAIN);
    f.reduce(Action::FormReady {
        job: 1,
        seq: 3,
        view: form_view(PLAIN, "Tredje"),
    });
    f.reduce(Action::FormReady {
        job: 1,
        seq: 2,
        view: form_view(PLAIN, "Andra"),
    });
    f.reduce(Action::FormReady {
        job: 7,
        seq: 9,
        view: form_view(PLAIN, "Annan fil"),
    });
    let form = f.form.as_ref().unwrap();
    let title = form
        .fields
        .iter()
        .find(|x| x.key == FieldKey::Title)
        .unwrap();
    assert_eq!(title.value, "Tredje");
}

#[test]
fn a_form_failure_is_shown_until_the_next_form() {
    let mut f = flow();
    read(&mut f, "andel.csv", PLAIN);
    let message = Both {
        sv: "Filen är inte längre inläst".into(),
        en: "The file is no longer loaded".into(),
    };
    f.reduce(Action::FormFailed {
        job: 9,
        message: message.clone(),
    });
    assert_eq!(f.engine_error, None, "another job's failure is dropped");
    f.reduce(Action::FormFailed {
        job: 1,
        message: message.clone(),
    });
    assert_eq!(f.engine_error, Some(message));
    f.reduce(Action::FormReady {
        job: 1,
        seq: 1,
        view: form_view(PLAIN, ""),
    });
    assert_eq!(f.engine_error, None);
}

#[test]
fn switching_file_and_back_keeps_each_files_draft() {
    let mut f = flow();
    read(&mut f, "a.csv", PLAIN);
    f.reduce(set(FieldKey::Title, "Andel A"));
    f.reduce(Action::Import(Some(Imported {
        name: "katalog.rdf".into(),
        text: "<rdf/>".into(),
    })));
    assert!(f.asks_before_replacing("b.csv"));
    assert!(!f.asks_before_replacing("a.csv"));

    read(&mut f, "b.csv", PLAIN);
    assert_eq!(
        f.draft.dataset,
        DatasetFields::default(),
        "b.csv starts empty"
    );
    assert_eq!(f.draft.catalog, None, "the import was for a.csv's dataset");
    assert_eq!(f.drafts[0].0, "a.csv");
    f.reduce(set(FieldKey::Title, "Andel B"));

    let effects = read(&mut f, "a.csv", PLAIN);
    assert_eq!(f.draft.dataset.title, "Andel A");
    assert_eq!(f.draft_file.as_deref(), Some("a.csv"));
    assert_eq!(f.drafts.len(), 1);
    assert_eq!(f.drafts[0].0, "b.csv");
    assert_eq!(f.drafts[0].1.title, "Andel B");
    let saved = saves(&effects)[0];
    assert_eq!(saved.dataset.title, "Andel A");
    assert_eq!(saved.drafts[0].1.title, "Andel B");
}

#[test]
fn a_file_that_cannot_be_read_changes_no_draft() {
    let mut f = flow();
    read(&mut f, "a.csv", PLAIN);
    f.reduce(set(FieldKey::Title, "Andel A"));
    f.reduce(Action::Choose {
        name: "trasig.csv".into(),
        size: 3.0,
    });
    let message = Both {
        sv: "Filen kunde inte läsas".into(),
        en: "The file could not be read".into(),
    };
    let effects = f.reduce(Action::Failed {
        job: 2,
        message: message.clone(),
    });
    assert!(saves(&effects).is_empty());
    assert_eq!(f.file, FileState::Failed(message));
    assert_eq!(f.draft.dataset.title, "Andel A");
    assert_eq!(f.draft_file.as_deref(), Some("a.csv"));
    assert_eq!(f.shown_step(), Step::File);
}

#[test]
fn a_reload_brings_back_the_kept_draft_for_its_file() {
    let mut f = flow();
    read(&mut f, "a.csv", PLAIN);
    f.reduce(set(FieldKey::Title, "Andel A"));
    answer_for_cc0(&mut f);
    let saved = f.saved();

    // The page is reloaded: the file itself is not kept, the draft is.
    let mut f = Flow::new(Lang::En, saved, &[], false);
    assert_eq!(f.lang, Lang::En);
    assert_eq!(f.file, FileState::None);
    assert_eq!(f.draft_waiting(), Some("a.csv"));
    assert!(f.asks_before_replacing("other.csv"));
    assert!(!f.asks_before_replacing("a.csv"));
    read(&mut f, "a.csv", PLAIN);
    assert_eq!(f.draft_waiting(), None);
    assert_eq!(f.draft.dataset.title, "Andel A");
    assert!(f.licensed(), "the answers were kept too");
}

#[test]
fn a_file_chosen_while_the_widget_loads_is_read_and_the_kept_draft_stays_for_its_file() {
    let mut f = flow();
    read(&mut f, "a.csv", PLAIN);
    f.reduce(set(FieldKey::Title, "Andel A"));
    // The page is reloaded with the draft kept; in the loader's input, before the
    // widget was up, the person chose another file.
    let mut f = Flow::new(Lang::Sv, f.saved(), &[], false);
    assert_eq!(f.draft_waiting(), Some("a.csv"));
    assert!(
        f.asks_before_choosing("b.csv", false),
        "chosen in the widget: asked"
    );
    assert!(
        !f.asks_before_choosing("b.csv", true),
        "chosen early: read at once"
    );
    read(&mut f, "b.csv", PLAIN);
    assert!(f.profiled());
    assert_eq!(f.draft_file.as_deref(), Some("b.csv"));
    assert_eq!(f.draft.dataset, DatasetFields::default());
    // a.csv's draft is kept, and comes back with its file.
    assert_eq!(f.drafts[0].0, "a.csv");
    read(&mut f, "a.csv", PLAIN);
    assert_eq!(f.draft.dataset.title, "Andel A");
}

#[test]
fn the_pages_publisher_fills_empty_fields_and_locked_wins() {
    let mut saved = Saved::default();
    saved.publisher.name = "Typed kommun".into();
    let presets = [
        (FieldKey::Name, "Preset kommun".to_owned()),
        (FieldKey::Email, "oppnadata@kommun.se".to_owned()),
    ];
    let f = Flow::new(Lang::Sv, saved.clone(), &presets, false);
    assert_eq!(f.draft.publisher.name, "Typed kommun");
    assert_eq!(f.draft.publisher.email, "oppnadata@kommun.se");
    let f = Flow::new(Lang::Sv, saved, &presets, true);
    assert_eq!(f.draft.publisher.name, "Preset kommun");
}

#[test]
fn start_over_forgets_file_answers_and_drafts_but_not_the_publisher() {
    let mut f = flow();
    read(&mut f, "a.csv", PLAIN);
    f.reduce(set(FieldKey::Title, "Andel A"));
    f.reduce(set(FieldKey::Name, "Lunds kommun"));
    read(&mut f, "b.csv", PLAIN);
    f.reduce(set(FieldKey::Title, "Andel B"));
    answer_for_cc0(&mut f);
    f.reduce(Action::Go(Step::Describe));

    let effects = f.reduce(Action::Reset);
    assert_eq!(f.step, Step::File);
    assert_eq!(f.file, FileState::None);
    assert_eq!(f.answers, Answers::default());
    assert_eq!(f.draft.dataset, DatasetFields::default());
    assert!(f.drafts.is_empty());
    assert_eq!(f.draft_file, None);
    assert_eq!(f.form, None);
    assert_eq!(f.draft.publisher.name, "Lunds kommun");
    let saved = saves(&effects)[0];
    assert_eq!(saved.publisher.name, "Lunds kommun");
    assert!(saved.drafts.is_empty());
    assert_eq!(saved.file_name, None);
    assert!(forms(&effects).is_empty(), "no file, no form");
}

#[test]
fn start_over_while_reading_cancels_and_drops_the_late_answer() {
    let mut f = flow();
    f.reduce(Action::Choose {
        name: "stor.csv".into(),
        size: 1e9,
    });
    let effects = f.reduce(Action::Reset);
    assert_eq!(effects, [Effect::Cancel { job: 1 }]);
    f.reduce(Action::Profiled {
        job: 1,
        view: profile(PLAIN),
        millis: 1.0,
    });
    f.reduce(Action::Failed {
        job: 1,
        message: Both::default(),
    });
    assert_eq!(f.file, FileState::None);
}

#[test]
fn typing_in_a_field_keeps_it_asks_for_a_form_and_saves() {
    let mut f = flow();
    // Before the file is read: kept and saved, no form yet.
    let effects = f.reduce(set(FieldKey::Name, "Eda kommun"));
    assert_eq!(f.draft.publisher.name, "Eda kommun");
    assert!(forms(&effects).is_empty());
    assert_eq!(saves(&effects)[0].publisher.name, "Eda kommun");

    read(&mut f, "andel.csv", PLAIN);
    let effects = f.reduce(set(FieldKey::Title, "Andel"));
    assert_eq!(forms(&effects), [(1, 2)]);
    assert_eq!(saves(&effects)[0].dataset.title, "Andel");
    let effects = f.reduce(Action::Set {
        key: FieldKey::Themes,
        values: vec!["GOVE".into(), "ECON".into()],
    });
    assert_eq!(f.draft.dataset.themes, ["GOVE", "ECON"]);
    assert_eq!(forms(&effects), [(1, 3)]);

    // The same value again: nothing to do (a key the form does not know cannot be
    // written: `FieldKey` is the form's own list).
    assert!(f.reduce(set(FieldKey::Title, "Andel")).is_empty());
}

#[test]
fn a_licence_answer_is_kept_and_a_refused_one_changes_nothing() {
    let mut f = flow();
    read(&mut f, "andel.csv", PLAIN);
    let effects = f.reduce(Action::Answer {
        key: "confidential".into(),
        values: vec!["false".into()],
    });
    assert_eq!(f.answers.confidential, Some(false));
    assert_eq!(forms(&effects), [(1, 2)]);
    assert_eq!(saves(&effects)[0].answers.confidential, Some(false));

    let before = f.clone();
    assert!(
        f.reduce(Action::Answer {
            key: "confidential".into(),
            values: vec!["kanske".into()],
        })
        .is_empty()
    );
    assert!(
        f.reduce(Action::Answer {
            key: "no_such_question".into(),
            values: vec!["true".into()],
        })
        .is_empty()
    );
    assert_eq!(f, before);
}

#[test]
fn the_licence_answers_open_steps_4_and_5() {
    let mut f = flow();
    read(&mut f, "andel.csv", PLAIN);
    f.reduce(Action::Go(Step::Publish));
    assert_eq!(f.step, Step::Publish);
    assert_eq!(
        f.shown_step(),
        Step::Licence,
        "not before the answers allow it"
    );
    assert_eq!(f.next_step(), None);
    answer_for_cc0(&mut f);
    assert!(f.licensed());
    assert_eq!(f.shown_step(), Step::Publish);
    f.reduce(Action::Go(Step::Licence));
    assert_eq!(f.next_step(), Some(Step::Describe));
}

#[test]
fn go_moves_between_steps_and_next_follows() {
    let mut f = flow();
    assert_eq!(f.next_step(), None, "no file, no next step");
    read(&mut f, "andel.csv", PLAIN);
    assert_eq!(f.next_step(), Some(Step::Licence));
    assert!(f.reduce(Action::Go(Step::File)).is_empty());
    assert_eq!(f.shown_step(), Step::File);
    assert_eq!(f.next_step(), Some(Step::Profile));
    f.reduce(Action::Go(Step::Licence));
    assert_eq!(f.shown_step(), Step::Licence);
    assert_eq!(
        f.next_step(),
        None,
        "not before the licence allows publishing"
    );
}

#[test]
fn a_catalogue_to_add_to_is_sent_with_the_form_but_not_saved() {
    let mut f = flow();
    read(&mut f, "andel.csv", PLAIN);
    let catalog = Imported {
        name: "katalog.ttl".into(),
        text: "@prefix dcat: <http://www.w3.org/ns/dcat#> .".into(),
    };
    let effects = f.reduce(Action::Import(Some(catalog.clone())));
    assert_eq!(f.draft.catalog.as_ref(), Some(&catalog));
    let Some(Effect::Form { input, .. }) = effects.first() else {
        panic!("{effects:?}");
    };
    assert_eq!(input.catalog.as_ref(), Some(&catalog));
    assert!(
        saves(&effects).is_empty(),
        "the catalogue file is not stored"
    );
    let effects = f.reduce(Action::Import(None));
    assert_eq!(f.draft.catalog, None);
    assert_eq!(forms(&effects), [(1, 3)]);
}

#[test]
fn reading_another_way_starts_a_new_job_with_the_settings() {
    let mut f = flow();
    assert!(
        f.reduce(Action::ReadWith(ReadOptions::default()))
            .is_empty(),
        "no file chosen yet"
    );
    read(&mut f, "andel.csv", PLAIN);
    let comma = ReadOptions {
        delimiter: Some(datalots::read::Delimiter::new(',')),
        ..ReadOptions::default()
    };
    let effects = f.reduce(Action::ReadWith(comma.clone()));
    assert_eq!(
        effects,
        [Effect::Profile {
            job: 2,
            read: comma.clone()
        }]
    );
    assert_eq!(f.read, comma);
    assert!(matches!(&f.file, FileState::Reading { name, .. } if name == "andel.csv"));
    assert_eq!(f.form, None);
}

#[test]
fn cancel_stops_the_reading_and_the_worker_confirms() {
    let mut f = flow();
    assert!(f.reduce(Action::Cancel).is_empty(), "nothing being read");
    f.reduce(Action::Choose {
        name: "stor.csv".into(),
        size: 1e9,
    });
    assert_eq!(f.reduce(Action::Cancel), [Effect::Cancel { job: 1 }]);
    f.reduce(Action::Cancelled { job: 1 });
    assert_eq!(f.file, FileState::Cancelled);
    assert!(f.reduce(Action::Cancel).is_empty());
}

#[test]
fn the_normalised_copy_is_asked_for_the_file_read() {
    let mut f = flow();
    assert!(f.reduce(Action::Normalize).is_empty());
    read(&mut f, "andel.csv", PLAIN);
    assert_eq!(f.reduce(Action::Normalize), [Effect::Normalize { job: 1 }]);
}

#[test]
fn the_language_switches_and_back() {
    let mut f = flow();
    assert!(f.reduce(Action::SwitchLang).is_empty());
    assert_eq!(f.lang, Lang::En);
    f.reduce(Action::SwitchLang);
    assert_eq!(f.lang, Lang::Sv);
}

#[test]
fn the_catalogue_opens_and_closes() {
    let mut f = flow();
    assert!(f.reduce(Action::OpenCatalogue).is_empty());
    assert_eq!(f.screen, Screen::Catalogue);
    f.reduce(Action::CloseCatalogue);
    assert_eq!(f.screen, Screen::Flow);
}

#[test]
fn the_procurement_module_is_loaded_once_per_click_and_the_way_back_is_marked() {
    let mut f = flow();
    assert_eq!(f.reduce(Action::OpenProcurement), [Effect::OpenProcurement]);
    assert_eq!(f.screen, Screen::ProcurementLoading);
    assert!(
        f.reduce(Action::OpenProcurement).is_empty(),
        "a second click while loading loads nothing more"
    );
    f.reduce(Action::ProcurementOpened);
    assert_eq!(f.screen, Screen::Procurement);
    f.reduce(Action::ProcurementClosed);
    assert_eq!(f.screen, Screen::BackFromProcurement);
    f.reduce(Action::OpenProcurement);
    f.reduce(Action::ProcurementFailed);
    assert_eq!(f.screen, Screen::ProcurementFailed);
    assert_eq!(
        f.reduce(Action::OpenProcurement),
        [Effect::OpenProcurement],
        "tried again"
    );
}

#[test]
fn a_checked_condition_is_added_and_none_excludes_the_others() {
    let mut answers = Answers::default();
    for (key, value) in [
        ("confidential", "false"),
        ("personal_data", "false"),
        ("high_value", "false"),
        ("own_content", "true"),
        ("facts_only", "true"),
        ("conditions", "registration,fees"),
    ] {
        questionnaire::answer(&mut answers, key, &[value]).unwrap();
    }
    let form = LicenceForm::new(&answers);
    let conditions = form.questions.iter().find(|q| q.key == "conditions");
    let q = conditions.expect("the conditions question is asked");
    assert!(q.multiple);
    assert_eq!(
        answer_values(q, "non_commercial", true),
        ["registration", "fees", "non_commercial"]
    );
    assert_eq!(answer_values(q, "fees", false), ["registration"]);
    assert_eq!(answer_values(q, "none", true), ["none"]);
    let single = form
        .questions
        .iter()
        .find(|q| q.key == "confidential")
        .unwrap();
    assert_eq!(answer_values(single, "true", true), ["true"]);

    questionnaire::answer(&mut answers, "conditions", &["none"]).unwrap();
    let form = LicenceForm::new(&answers);
    let q = form
        .questions
        .iter()
        .find(|q| q.key == "conditions")
        .unwrap();
    assert_eq!(
        answer_values(q, "fees", true),
        ["fees"],
        "a condition excludes none"
    );
}

//! The Datalots widget's describe engine: a second Web Worker that holds the file's
//! profile and answers the describe form ([`datalots::form::form`]) on every change:
//! drafting, DCAT-AP-SE validation, the three RDF writers and the data dictionary.
//!
//! It runs the widget's own `.wasm` (one module for the page and both workers, so the
//! standard library, serde and the facade are downloaded once) and is spawned when a
//! file has been profiled.
//!
//! The profiling worker hands over the profile ([`EngineRequest::Load`], a JavaScript
//! value made by serde-wasm-bindgen: exact numbers); the page passes it on without
//! reading it. Only masked views are rendered.
#![deny(missing_docs)]

use datalots::csv_profile::Profile;
use datalots::form::{FormInput, FormView, PublisherFields, form, publisher_from_fields};
use datalots::session::{CatalogFile, Op, SessionView, apply};
use datalots::view::Both;
use gloo_worker::{HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};

pub use datalots_worker::Codec;

/// What the widget asks the engine.
#[derive(Debug, Serialize, Deserialize)]
pub enum EngineRequest {
    /// The profile of file `job` (from the profiling worker).
    Load {
        /// The file's job number.
        job: u32,
        /// The [`Profile`] as serde-wasm-bindgen wrote it.
        #[serde(with = "serde_wasm_bindgen::preserve")]
        profile: wasm_bindgen::JsValue,
    },
    /// Compute the describe form for job `job`'s profile.
    Form {
        /// The file's job number.
        job: u32,
        /// The request's number: only the newest answer is shown.
        seq: u32,
        /// What the person typed.
        input: Box<FormInput>,
    },
    /// An operation on a catalogue file ("Vår katalog").
    Catalog {
        /// The request's number.
        seq: u32,
        /// The catalogue as it is now.
        file: Box<CatalogFile>,
        /// What to do.
        op: Op,
        /// For an update: the job whose profile is the new file.
        profile_job: Option<u32>,
        /// The publisher settings as typed (used when complete).
        publisher: Box<PublisherFields>,
    },
}

/// What the engine answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum EngineResponse {
    /// The describe form.
    Form {
        /// The file's job number.
        job: u32,
        /// The request's number.
        seq: u32,
        /// What to show.
        view: Box<FormView>,
    },
    /// The catalogue after an operation.
    Catalog {
        /// The request's number.
        seq: u32,
        /// What to show.
        view: Box<SessionView>,
    },
    /// The request could not be answered (no profile for the job, or a profile that
    /// does not read): in Swedish and English.
    Failed {
        /// The file's job number.
        job: u32,
        /// What went wrong.
        message: Both,
    },
}

/// The engine: the last profile and its job.
#[derive(Debug, Default)]
pub struct EngineWorker {
    last: Option<(u32, Profile)>,
}

/// Keeps a profile handed over for `job` (or forgets the last one when it did not
/// read); answers only when it did not read.
pub fn load(
    last: &mut Option<(u32, Profile)>,
    job: u32,
    profile: Result<Profile, String>,
) -> Option<EngineResponse> {
    match profile {
        Ok(p) => {
            *last = Some((job, p));
            None
        }
        Err(e) => {
            *last = None;
            Some(EngineResponse::Failed {
                job,
                message: Both {
                    sv: format!("Profilen kunde inte läsas: {e}"),
                    en: format!("The profile could not be read: {e}"),
                },
            })
        }
    }
}

/// Answers a form request from the kept profile. Plain Rust, tested natively.
pub fn answer_form(
    last: &Option<(u32, Profile)>,
    job: u32,
    seq: u32,
    input: &FormInput,
) -> EngineResponse {
    match last {
        Some((j, p)) if *j == job => EngineResponse::Form {
            job,
            seq,
            view: Box::new(form(p, input)),
        },
        _ => EngineResponse::Failed {
            job,
            message: Both {
                sv: "Filen är inte längre inläst: välj den igen i steg 1.".into(),
                en: "The file is no longer loaded: choose it again in step 1.".into(),
            },
        },
    }
}

impl Worker for EngineWorker {
    type Message = ();
    type Input = EngineRequest;
    type Output = EngineResponse;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        EngineWorker::default()
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, msg: EngineRequest, id: HandlerId) {
        let answer = match msg {
            EngineRequest::Load { job, profile } => load(
                &mut self.last,
                job,
                serde_wasm_bindgen::from_value(profile).map_err(|e| e.to_string()),
            ),
            EngineRequest::Form { job, seq, input } => {
                Some(answer_form(&self.last, job, seq, &input))
            }
            EngineRequest::Catalog {
                seq,
                file,
                op,
                profile_job,
                publisher,
            } => Some(answer_catalog(
                &self.last,
                seq,
                &file,
                &op,
                profile_job,
                &publisher,
            )),
        };
        if let Some(r) = answer {
            scope.respond(id, r);
        }
    }
}

/// Answers a catalogue operation, with the kept profile when the operation is an
/// update of job `profile_job`.
pub fn answer_catalog(
    last: &Option<(u32, Profile)>,
    seq: u32,
    file: &CatalogFile,
    op: &Op,
    profile_job: Option<u32>,
    publisher: &PublisherFields,
) -> EngineResponse {
    let profile = match (last, profile_job) {
        (Some((j, p)), Some(job)) if *j == job => Some(p),
        _ => None,
    };
    let publisher = publisher_from_fields(publisher).ok();
    EngineResponse::Catalog {
        seq,
        view: Box::new(apply(file, op, profile, publisher.as_ref())),
    }
}

/// Registers [`EngineWorker`] with the page that spawned this worker: the widget's
/// module exports it as `run_describe_engine`, which the engine's entry script
/// (`widget/engine-worker.js`) calls.
pub fn register() {
    use gloo_worker::Registrable;
    EngineWorker::registrar().encoding::<Codec>().register();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_loaded_profile_answers_the_form_and_another_job_is_refused() {
        let profile =
            datalots::csv_profile::profile_bytes(b"kommun;andel\nLund;1,5\nEda;2,5\n").unwrap();
        let mut last = None;
        assert_eq!(load(&mut last, 3, Ok(profile)), None);
        let mut input = FormInput {
            file_name: "andel.csv".into(),
            ..FormInput::default()
        };
        input.dataset.title = "Andel".into();
        match answer_form(&last, 3, 7, &input) {
            EngineResponse::Form {
                job: 3,
                seq: 7,
                view,
            } => {
                assert!(
                    view.fields
                        .iter()
                        .any(|f| f.key == "title" && f.value == "Andel")
                );
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            answer_form(&last, 4, 8, &input),
            EngineResponse::Failed { job: 4, .. }
        ));
        let file = CatalogFile {
            name: "k.ttl".into(),
            text: include_str!("../../../tests/fixtures/catalogs/dcat-ap-se-rekommenderat.ttl")
                .into(),
        };
        match answer_catalog(
            &last,
            9,
            &file,
            &Op::Open,
            None,
            &PublisherFields::default(),
        ) {
            EngineResponse::Catalog { seq: 9, view } => {
                assert!(!view.listing.unwrap().datasets.is_empty());
            }
            other => panic!("{other:?}"),
        }
        let failed = load(&mut last, 5, Err("not a profile".into()));
        assert!(matches!(
            failed,
            Some(EngineResponse::Failed { job: 5, .. })
        ));
        assert!(last.is_none());
    }
}

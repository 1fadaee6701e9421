//! The describe engine: the answers to [`Request::Form`](crate::Request::Form) and
//! [`Request::Catalog`](crate::Request::Catalog) from the profile the worker keeps.
//! Plain Rust, tested natively.

use datalots::Both;
use datalots::csv_profile::Profile;
use datalots::form::{FormInput, PublisherFields, form, publisher_from_fields};
use datalots::session::{CatalogFile, Op, apply};

use crate::Response;

/// Answers a form request from the kept profile (`last`: its job and the profile).
pub fn answer_form(
    last: &Option<(u32, Profile)>,
    job: u32,
    seq: u32,
    input: &FormInput,
) -> Response {
    match last {
        Some((j, p)) if *j == job => Response::Form {
            job,
            seq,
            view: Box::new(form(p, input)),
        },
        _ => Response::FormFailed {
            job,
            message: Both {
                sv: "Filen är inte längre inläst: välj den igen i steg 1.".into(),
                en: "The file is no longer loaded: choose it again in step 1.".into(),
            },
        },
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
) -> Response {
    let profile = match (last, profile_job) {
        (Some((j, p)), Some(job)) if *j == job => Some(p),
        _ => None,
    };
    let publisher = publisher_from_fields(publisher).ok();
    Response::Catalog {
        seq,
        view: Box::new(apply(file, op, profile, publisher.as_ref())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kept_profile_answers_the_form_and_another_job_is_refused() {
        let profile =
            datalots::csv_profile::profile_bytes(b"kommun;andel\nLund;1,5\nEda;2,5\n").unwrap();
        let last = Some((3, profile));
        let mut input = FormInput {
            file_name: "andel.csv".into(),
            ..FormInput::default()
        };
        input.dataset.title = "Andel".into();
        match answer_form(&last, 3, 7, &input) {
            Response::Form {
                job: 3,
                seq: 7,
                view,
            } => {
                assert!(
                    view.fields
                        .iter()
                        .any(|f| f.key == datalots::form::FieldKey::Title && f.value == "Andel")
                );
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            answer_form(&last, 4, 8, &input),
            Response::FormFailed { job: 4, .. }
        ));
        assert!(matches!(
            answer_form(&None, 3, 9, &input),
            Response::FormFailed { job: 3, .. }
        ));
    }

    #[test]
    fn a_catalogue_file_is_opened_in_the_worker() {
        let file = CatalogFile {
            name: "k.ttl".into(),
            text: include_str!("../../../tests/fixtures/catalogs/dcat-ap-se-rekommenderat.ttl")
                .into(),
        };
        match answer_catalog(
            &None,
            9,
            &file,
            &Op::Open,
            None,
            &PublisherFields::default(),
        ) {
            Response::Catalog { seq: 9, view } => {
                assert!(!view.listing.unwrap().datasets.is_empty());
            }
            other => panic!("{other:?}"),
        }
    }
}

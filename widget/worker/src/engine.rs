//! The describe engine: the answers to [`Request::Form`](crate::Request::Form) from the
//! profile the worker keeps, and the profile an update in «Vår katalog» is made from.
//! Plain Rust, tested natively.

use datalots::Both;
use datalots::csv_profile::Profile;
use datalots::form::{FormInput, form};

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

/// The kept profile when it is job `profile_job`'s (the new file of an update).
pub fn kept_profile(last: &Option<(u32, Profile)>, profile_job: Option<u32>) -> Option<Profile> {
    match (last, profile_job) {
        (Some((j, p)), Some(job)) if *j == job => Some(p.clone()),
        _ => None,
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
    fn an_update_gets_the_kept_profile_of_its_job_only() {
        let profile = datalots::csv_profile::profile_bytes(b"a;b\n1;2\n").unwrap();
        let last = Some((3, profile.clone()));
        assert_eq!(kept_profile(&last, Some(3)), Some(profile));
        assert_eq!(kept_profile(&last, Some(4)), None);
        assert_eq!(kept_profile(&last, None), None);
    }
}

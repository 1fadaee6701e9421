//! The flow's personal-data flags and the steward's decisions on them: «inte
//! personuppgifter» (not personal data) for a flagged column, with the reason, kept in
//! the file's draft ([`datalots::form::DatasetFields::not_personal`]) so that a
//! reload keeps it, and the licence question that follows the flags
//! ([`datalots::personal`] decides; this is the model's side).

use datalots::personal::{self, Review};

use super::flow::{FileState, Flow};

impl Flow {
    /// The flagged columns of the file with the steward's decisions; `None` until the
    /// file is read.
    pub fn review(&self) -> Option<Review> {
        match &self.file {
            FileState::Profiled { view, .. } => Some(personal::review(
                &view.personal,
                &self.draft.dataset.not_personal,
            )),
            _ => None,
        }
    }

    /// «Not personal data» for `column`, because `reason`: kept in the draft when the
    /// facade takes it ([`personal::check`]), else the error is kept for the column.
    /// Returns whether the draft changed.
    pub(super) fn dismiss(&mut self, column: &str, reason: &str) -> bool {
        let FileState::Profiled { view, .. } = &self.file else {
            return false;
        };
        match personal::check(&view.personal, column, reason) {
            Ok(d) => {
                personal::keep(&mut self.draft.dataset.not_personal, d);
                self.dismiss_error = None;
                self.follow_flags();
                true
            }
            Err(e) => {
                self.dismiss_error = Some((column.to_owned(), e));
                false
            }
        }
    }

    /// Takes back «not personal data» for `column`. Returns whether the draft changed.
    pub(super) fn undismiss(&mut self, column: &str) -> bool {
        let list = &mut self.draft.dataset.not_personal;
        let before = list.len();
        list.retain(|d| d.column != column);
        let changed = list.len() != before;
        if changed {
            self.follow_flags();
        }
        changed
    }

    /// The licence question follows the flags that stand
    /// ([`personal::follow_review`]).
    pub(super) fn follow_flags(&mut self) {
        if let Some(review) = self.review() {
            self.personal_prefilled = personal::follow_review(
                &mut self.answers,
                review.personal,
                self.personal_prefilled,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

    use datalots::view::ProfileView;
    use datalots_widget_support::Lang;

    use super::super::flow::{Action, Effect, Flow};
    use super::super::saved::Saved;

    const OBSERVERS: &[u8] = "Artnamn;Antal;Observatörer\nBlåmes;3;Johan Nilsson\nTalgoxe;2;Anna Berg\nKoltrast;1;Erik Lindqvist\nGärdsmyg;4;Maria Svensson\n".as_bytes();
    const BATHS: &[u8] = "Namn;Kommun;Vattentemperatur\nSjöviksbadet;Borås;19,5\nKolbäcksbadet;Borås;18,0\nStrandbadet Kransen;Borås;20,5\nÅsunden;Borås;17,0\n".as_bytes();
    const PNR: &[u8] = b"namn;personnummer\nAnna;19121212-1212\nBo;19850101-1237\n";
    const REASON: &str = "Namnen är fältstationer, inte personer";

    fn read(f: &mut Flow, name: &str, csv: &[u8]) -> Vec<Effect> {
        f.reduce(Action::Choose {
            name: name.into(),
            size: csv.len() as f64,
        });
        let p = datalots::csv_profile::profile_bytes(csv).unwrap();
        let job = match f.reduce(Action::ReadWith(f.read.clone())).as_slice() {
            [.., Effect::Profile { job, .. }] => *job,
            other => panic!("{other:?}"),
        };
        f.reduce(Action::Profiled {
            job,
            view: Box::new(ProfileView::new(&p)),
            millis: 1.0,
        })
    }

    fn dismiss(column: &str, reason: &str) -> Action {
        Action::Dismiss {
            column: column.into(),
            reason: reason.into(),
        }
    }

    #[test]
    fn bathing_places_are_not_flagged_and_observers_are() {
        let mut f = Flow::new(Lang::Sv, Saved::default(), &[], false);
        read(&mut f, "badplatser.csv", BATHS);
        let r = f.review().unwrap();
        assert!(r.columns.is_empty() && !r.personal);
        assert_eq!(f.answers.personal_data, None, "nothing pre-answered");
        read(&mut f, "observationer.csv", OBSERVERS);
        let r = f.review().unwrap();
        assert_eq!(r.columns.len(), 1);
        assert_eq!(r.columns[0].column.name, "Observatörer");
        assert!(r.personal && r.warning.is_some());
        assert_eq!(f.answers.personal_data, Some(true));
        assert!(f.personal_data_prefilled());
    }

    #[test]
    fn a_dismissal_with_its_reason_is_kept_in_the_draft_and_survives_a_reload() {
        let mut f = Flow::new(Lang::Sv, Saved::default(), &[], false);
        read(&mut f, "observationer.csv", OBSERVERS);
        // Without a reason: refused, said for the column, nothing saved.
        let effects = f.reduce(dismiss("Observatörer", "nej"));
        assert!(effects.is_empty(), "{effects:?}");
        let (column, e) = f.dismiss_error.clone().unwrap();
        assert_eq!(column, "Observatörer");
        assert!(e.sv.contains("minst 10 tecken"), "{}", e.sv);
        // With one: kept, the warning gone, the pre-answer taken away, the form asked
        // for again and the draft saved.
        let effects = f.reduce(dismiss("Observatörer", REASON));
        assert!(f.dismiss_error.is_none());
        assert!(
            effects.iter().any(|e| matches!(e, Effect::Form { .. })),
            "{effects:?}"
        );
        let saved = effects
            .iter()
            .find_map(|e| match e {
                Effect::Save(s) => Some(s.clone()),
                _ => None,
            })
            .expect("saved");
        assert_eq!(saved.dataset.not_personal[0].reason, REASON);
        let r = f.review().unwrap();
        assert!(!r.personal && r.warning.is_none());
        assert_eq!(r.columns[0].dismissed.as_deref(), Some(REASON));
        assert_eq!(f.answers.personal_data, None, "the question is asked again");
        assert!(!f.personal_data_prefilled());
        // The form the worker computes gets the decision.
        match effects.iter().find(|e| matches!(e, Effect::Form { .. })) {
            Some(Effect::Form { input, .. }) => {
                assert_eq!(input.dataset.not_personal, saved.dataset.not_personal)
            }
            _ => unreachable!(),
        }
        // A reload: the same file chosen again finds the decision and its reason.
        let mut again = Flow::new(Lang::Sv, *saved, &[], false);
        read(&mut again, "observationer.csv", OBSERVERS);
        let r = again.review().unwrap();
        assert_eq!(r.columns[0].dismissed.as_deref(), Some(REASON));
        assert_eq!(
            again.answers.personal_data, None,
            "not pre-answered after the reload"
        );
        // Taken back: the flag stands again and the question is pre-answered.
        again.reduce(Action::Undismiss {
            column: "Observatörer".into(),
        });
        assert!(again.review().unwrap().personal);
        assert_eq!(again.answers.personal_data, Some(true));
        assert!(again.personal_data_prefilled());
    }

    #[test]
    fn personnummer_cannot_be_dismissed() {
        let mut f = Flow::new(Lang::Sv, Saved::default(), &[], false);
        read(&mut f, "elever.csv", PNR);
        let effects = f.reduce(dismiss("personnummer", "Det är bara påhittade testnummer"));
        assert!(effects.is_empty());
        assert!(f.draft.dataset.not_personal.is_empty());
        assert!(
            f.dismiss_error
                .as_ref()
                .unwrap()
                .1
                .en
                .contains("must be removed")
        );
        let r = f.review().unwrap();
        assert!(r.personal);
        assert!(
            r.columns
                .iter()
                .all(|c| c.kind != "personnummer" || !c.dismissible)
        );
    }

    #[test]
    fn the_persons_own_answer_is_not_taken_away() {
        let mut f = Flow::new(Lang::Sv, Saved::default(), &[], false);
        read(&mut f, "observationer.csv", OBSERVERS);
        f.reduce(Action::Answer {
            key: "personal_data".into(),
            values: vec!["true".into()],
        });
        assert!(!f.personal_data_prefilled());
        f.reduce(dismiss("Observatörer", REASON));
        assert_eq!(f.answers.personal_data, Some(true), "the person said yes");
    }

    #[test]
    fn the_copys_note_is_kept_for_its_file_only() {
        let mut f = Flow::new(Lang::Sv, Saved::default(), &[], false);
        read(&mut f, "a.csv", BATHS);
        let effects = f.reduce(Action::Normalize);
        let job = match effects.as_slice() {
            [Effect::Normalize { job }] => *job,
            other => panic!("{other:?}"),
        };
        let note = datalots::Both::new("2 celler", "2 cells");
        f.reduce(Action::Normalized {
            job: job + 1,
            note: Some(note.clone()),
        });
        assert_eq!(f.normalized_note, None, "another file's");
        f.reduce(Action::Normalized {
            job,
            note: Some(note.clone()),
        });
        assert_eq!(f.normalized_note, Some(note));
        read(&mut f, "b.csv", BATHS);
        assert_eq!(f.normalized_note, None);
    }
}

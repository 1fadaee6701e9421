//! «Vår katalog»: the kommun's catalogue file over time (DIGG §8). Every operation is
//! `datalots::session::apply` in the worker; this is what the view keeps meanwhile:
//! the file as the last operation left it, the last answer, the dataset being edited,
//! and the update waiting for its new CSV file to be profiled.
//!
//! Requests are numbered; an answer older than the last request is dropped, so a slow
//! answer never overwrites a newer one.

use datalots::catalog::DatasetEdits;
use datalots::form::{FormInput, edit_fields};
use datalots::session::{CatalogFile, Op, SessionView};

use super::Shared;
use datalots::form::FieldKey;

/// The dataset being edited.
#[derive(Debug, Clone, PartialEq)]
pub struct Editing {
    /// Its IRI.
    pub iri: String,
    /// Its texts as typed: the dataset part of a describe form, so the same field
    /// component renders them.
    pub input: FormInput,
}

/// An update waiting for its file's profile.
#[derive(Debug, Clone, PartialEq)]
struct PendingUpdate {
    job: u32,
    iri: String,
    file_name: String,
}

/// The catalogue view's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Catalogue {
    /// Waiting for the worker's answer.
    pub busy: bool,
    /// The catalogue as the last operation left it (unchanged by a refused one).
    pub file: Option<CatalogFile>,
    /// The last answer.
    pub view: Option<Shared<SessionView>>,
    /// The dataset being edited.
    pub editing: Option<Editing>,
    /// The number of the last request sent.
    seq: u32,
    /// The last CSV file job.
    job: u32,
    pending: Option<PendingUpdate>,
}

/// Everything that changes the catalogue view.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A catalogue file was read: open it.
    Open(CatalogFile),
    /// Run an operation on the catalogue as it is (remove, upgrade).
    Run(Op),
    /// Edit a dataset's texts (they are asked for first).
    Edit {
        /// The dataset's IRI.
        iri: String,
    },
    /// A field of the dataset being edited was typed in.
    Set {
        /// The field.
        key: FieldKey,
        /// Its values.
        values: Vec<String>,
    },
    /// Save the edited texts.
    Save,
    /// Stop editing without saving.
    CancelEdit,
    /// A new version of a dataset's CSV file was chosen: profile it, then update.
    UpdateFrom {
        /// The dataset's IRI.
        iri: String,
        /// The new file's name.
        file_name: String,
    },
    /// The worker profiled job `job`; `today` dates an update.
    Profiled {
        /// The job.
        job: u32,
        /// Today, `YYYY-MM-DD`.
        today: String,
    },
    /// The worker's answer to request `seq`.
    Answer {
        /// The request's number.
        seq: u32,
        /// The catalogue after the operation.
        view: Box<SessionView>,
    },
}

/// What the browser side must do after an action.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Send an operation to the worker.
    Send {
        /// The request's number.
        seq: u32,
        /// The catalogue.
        file: Box<CatalogFile>,
        /// The operation.
        op: Op,
        /// For an update: the job whose profile is the new file.
        profile_job: Option<u32>,
    },
    /// Profile the chosen CSV file as job `job`.
    Profile {
        /// The job.
        job: u32,
    },
}

impl Catalogue {
    /// Applies `action`; returns what the browser side must do.
    pub fn reduce(&mut self, action: Action) -> Vec<Effect> {
        let send = match action {
            Action::Open(file) => Some((file, Op::Open, None)),
            Action::Run(op) => self.file.clone().map(|f| (f, op, None)),
            Action::Edit { iri } => {
                self.editing = Some(Editing {
                    iri: iri.clone(),
                    input: FormInput::default(),
                });
                self.file.clone().map(|f| (f, Op::Fields { iri }, None))
            }
            Action::Set { key, values } => {
                if let Some(e) = self.editing.as_mut() {
                    e.input.set(key, &values);
                }
                None
            }
            Action::Save => match (self.editing.take(), self.file.clone()) {
                (Some(e), Some(f)) => {
                    let edits = edits(&e.input);
                    Some((f, Op::Edit { iri: e.iri, edits }, None))
                }
                (editing, _) => {
                    self.editing = editing;
                    None
                }
            },
            Action::CancelEdit => {
                self.editing = None;
                None
            }
            Action::UpdateFrom { iri, file_name } => {
                self.job += 1;
                self.pending = Some(PendingUpdate {
                    job: self.job,
                    iri,
                    file_name,
                });
                return vec![Effect::Profile { job: self.job }];
            }
            Action::Profiled { job, today } => self.profiled(job, today),
            Action::Answer { seq, view } => {
                self.answer(seq, *view);
                None
            }
        };
        send.map(|(file, op, profile_job)| {
            self.seq += 1;
            self.busy = true;
            Effect::Send {
                seq: self.seq,
                file: Box::new(file),
                op,
                profile_job,
            }
        })
        .into_iter()
        .collect()
    }

    /// The new version of a dataset's file is profiled: the update, from the profile
    /// the worker keeps.
    fn profiled(&mut self, job: u32, today: String) -> Option<(CatalogFile, Op, Option<u32>)> {
        let pending = self.pending.take_if(|p| p.job == job)?;
        let file = self.file.clone()?;
        let op = Op::Update {
            iri: pending.iri,
            file_name: pending.file_name,
            date: today,
        };
        Some((file, op, Some(job)))
    }

    fn answer(&mut self, seq: u32, view: SessionView) {
        if seq < self.seq {
            return;
        }
        self.busy = false;
        if view.error.is_none() {
            self.file = Some(view.file.clone());
        }
        if let (Some(fields), Some(e)) = (&view.fields, &mut self.editing) {
            e.input = FormInput::default();
            for f in edit_fields(fields) {
                let values = if f.multiple {
                    fields.themes.clone().unwrap_or_default()
                } else {
                    vec![f.value]
                };
                e.input.set(f.key, &values);
            }
        }
        self.view = Some(Shared::new(view));
    }
}

/// The edits the typed texts make: title, description, keywords (separated by commas
/// or semicolons) and themes.
pub fn edits(input: &FormInput) -> DatasetEdits {
    let d = &input.dataset;
    DatasetEdits {
        title: Some(d.title.clone()),
        description: Some(d.description.clone()),
        keywords: Some(
            d.keywords
                .split([',', ';'])
                .map(|k| k.trim().to_owned())
                .filter(|k| !k.is_empty())
                .collect(),
        ),
        themes: Some(d.themes.clone()),
    }
}

/// The media type of a catalogue file, by its name's extension.
pub fn media_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "ttl" => "text/turtle",
        "jsonld" | "json" => "application/ld+json",
        _ => "application/rdf+xml",
    }
}

#[cfg(test)]
#[path = "catalog_tests.rs"]
mod tests;

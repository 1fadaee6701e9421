//! The publishing flow: which file is read and how far, the step the person is on,
//! the licence answers, the describe form as typed (with a draft per file), the last
//! form the worker computed, and which screen the widget shows.
//!
//! The worker's answers come back as actions too ([`Action::Progress`],
//! [`Action::Profiled`], [`Action::FormReady`]…), each with the job (the file's
//! number) and, for a form, the request's number: an answer to a file that has been
//! replaced, or a form older than the one shown, changes nothing.

use datalots::Answers;
use datalots::Both;
use datalots::form::FieldKey;
use datalots::form::{FormInput, FormView, Imported};
use datalots::questionnaire::{self, LicenceForm, QuestionView};
use datalots::read::ReadOptions;
use datalots::view::ProfileView;
use datalots_widget_support::Lang;

use super::Shared;
use super::saved::{self, Saved};

/// The steps of the flow, with DIGG's section numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// 1. Välj fil.
    File,
    /// 2. Granska innehållet (DIGG §3 and §4).
    Profile,
    /// 3. Villkor för användning (DIGG §5).
    Licence,
    /// 4. Beskriv datamängden (DIGG §6).
    Describe,
    /// 5. Publicera (DIGG §7–8).
    Publish,
}

impl Step {
    /// The steps in order.
    pub const ALL: [Step; 5] = [
        Step::File,
        Step::Profile,
        Step::Licence,
        Step::Describe,
        Step::Publish,
    ];

    /// The sections of DIGG's guidance the step covers (empty for step 1).
    pub fn digg(self) -> &'static str {
        match self {
            Step::File => "",
            Step::Profile => "3–4",
            Step::Licence => "5",
            Step::Describe => "6",
            Step::Publish => "7–8",
        }
    }
}

/// Where the file is.
#[derive(Debug, Clone, PartialEq)]
pub enum FileState {
    /// None chosen yet (or after «start over»).
    None,
    /// Being read in the worker.
    Reading {
        /// The file's name.
        name: String,
        /// Bytes read.
        done: f64,
        /// The file's size.
        total: f64,
    },
    /// Read: its profile, ready to show.
    Profiled {
        /// The file's name.
        name: String,
        /// The file's size in bytes.
        size: f64,
        /// The profile (personal data masked).
        view: Shared<ProfileView>,
        /// Milliseconds the worker took.
        millis: f64,
    },
    /// It could not be read (or its normalised copy could not be made): why.
    Failed(Both),
    /// The person cancelled the reading.
    Cancelled,
}

/// What the widget shows: the flow, or one of the views opened from its tools bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    /// The flow.
    #[default]
    Flow,
    /// The flow while the procurement module loads (its button is busy).
    ProcurementLoading,
    /// The procurement requirements, mounted beside the flow, which renders nothing
    /// meanwhile and keeps its state.
    Procurement,
    /// The flow again, back from the procurement requirements: focus goes to the
    /// button that opened them.
    BackFromProcurement,
    /// The flow, with a note that the procurement module could not be loaded.
    ProcurementFailed,
    /// «Vår katalog».
    Catalogue,
}

/// The whole state of one widget's flow.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    /// The language.
    pub lang: Lang,
    /// The step the person is on (see [`Flow::shown_step`] for what is shown).
    pub step: Step,
    /// The file.
    pub file: FileState,
    /// The licence answers.
    pub answers: Answers,
    /// The form as typed (publisher, dataset, file name, imported catalogue); its
    /// `answers` are filled in from [`Flow::answers`] when it is sent
    /// ([`Flow::form_input`]).
    pub draft: FormInput,
    /// The file the draft is for.
    pub draft_file: Option<String>,
    /// Other files' drafts, newest first.
    pub drafts: Vec<(String, datalots::form::DatasetFields)>,
    /// How the person asked the file to be read.
    pub read: ReadOptions,
    /// The last form the worker computed.
    pub form: Option<Shared<FormView>>,
    /// Why the worker could not compute the form.
    pub engine_error: Option<Both>,
    /// What the widget shows.
    pub screen: Screen,
    /// Why the last «not personal data» for a column was not taken: the column and the
    /// reason ([`Action::Dismiss`]).
    pub dismiss_error: Option<(String, Both)>,
    /// Whether the licence question about personal data was answered from the file's
    /// flags, not by the person ([`datalots::personal::follow_review`]).
    pub personal_prefilled: bool,
    /// What the last normalised copy changed, said by its download (cells that differ
    /// from the file).
    pub normalized_note: Option<Both>,
    /// The current file's job number: answers about any other are dropped.
    job: u32,
    /// The number of the last form request sent.
    form_sent: u32,
    /// The number of the form shown.
    form_shown: u32,
    /// The last file chosen (name, size): read again with other settings.
    chosen: Option<(String, f64)>,
}

/// Everything that changes the flow: what the person does, and the worker's answers.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Switch to the other language.
    SwitchLang,
    /// Go to a step.
    Go(Step),
    /// A file was chosen (or dropped): read it.
    Choose {
        /// Its name.
        name: String,
        /// Its size in bytes.
        size: f64,
    },
    /// Read the chosen file again, this way.
    ReadWith(ReadOptions),
    /// Stop reading the file.
    Cancel,
    /// The worker: bytes read so far.
    Progress {
        /// The file's job.
        job: u32,
        /// Bytes read.
        done: f64,
        /// The size.
        total: f64,
    },
    /// The worker: the file's profile.
    Profiled {
        /// The file's job.
        job: u32,
        /// The profile.
        view: Box<ProfileView>,
        /// Milliseconds it took.
        millis: f64,
    },
    /// The worker (or the widget, without one): the file could not be read.
    Failed {
        /// The file's job.
        job: u32,
        /// Why.
        message: Both,
    },
    /// The worker: the reading stopped on request.
    Cancelled {
        /// The file's job.
        job: u32,
    },
    /// A licence question was answered (no values: the answer is cleared).
    Answer {
        /// The question's key.
        key: String,
        /// The values chosen.
        values: Vec<String>,
    },
    /// A describe field was typed in.
    Set {
        /// The field.
        key: FieldKey,
        /// Its values (several for checkbox groups).
        values: Vec<String>,
    },
    /// An existing catalogue to add the dataset to, or none.
    Import(Option<Imported>),
    /// The worker: the describe form.
    FormReady {
        /// The file's job.
        job: u32,
        /// The request's number.
        seq: u32,
        /// The form.
        view: Box<FormView>,
    },
    /// The worker: the form could not be computed.
    FormFailed {
        /// The file's job.
        job: u32,
        /// Why.
        message: Both,
    },
    /// Ask for the normalised copy of the file.
    Normalize,
    /// The worker: the normalised copy was offered; `note` says how many cells
    /// differ from the file, when any do.
    Normalized {
        /// The file's job.
        job: u32,
        /// What the copy changed.
        note: Option<Both>,
    },
    /// The steward says a flagged column is not personal data, and why.
    Dismiss {
        /// The column's header.
        column: String,
        /// Why, in the steward's words.
        reason: String,
    },
    /// The steward takes back «not personal data» for a column.
    Undismiss {
        /// The column's header.
        column: String,
    },
    /// Start over: forget the file, the answers and the drafts (not the publisher).
    Reset,
    /// Open «Vår katalog».
    OpenCatalogue,
    /// Back from «Vår katalog».
    CloseCatalogue,
    /// Open the procurement requirements (their module loads first).
    OpenProcurement,
    /// The procurement requirements are shown.
    ProcurementOpened,
    /// Their module could not be loaded.
    ProcurementFailed,
    /// Back from the procurement requirements.
    ProcurementClosed,
}

/// What the browser side must do after an action.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Read the chosen file in the worker as job `job`.
    Profile {
        /// The job.
        job: u32,
        /// How.
        read: ReadOptions,
    },
    /// Stop reading job `job`.
    Cancel {
        /// The job.
        job: u32,
    },
    /// Compute the describe form (the sender fills in [`FormInput::today`]).
    Form {
        /// The file's job.
        job: u32,
        /// The request's number.
        seq: u32,
        /// What the person typed and answered.
        input: Box<FormInput>,
    },
    /// Write the normalised copy of job `job`'s file and offer it.
    Normalize {
        /// The job.
        job: u32,
    },
    /// Save what the person answered and typed.
    Save(Box<Saved>),
    /// Load the procurement module and mount its view beside the flow.
    OpenProcurement,
}

impl Flow {
    /// A flow in `lang`, resuming what was `saved`. `presets` are the publisher fields
    /// the page's attributes set (`(key, value)`, see [`crate::Config`]): they fill
    /// empty fields, and every field when `locked`.
    pub fn new(lang: Lang, saved: Saved, presets: &[(FieldKey, String)], locked: bool) -> Flow {
        let mut draft = FormInput {
            publisher: saved.publisher,
            dataset: saved.dataset,
            file_name: saved.file_name.clone().unwrap_or_default(),
            ..FormInput::default()
        };
        for (key, value) in presets {
            if draft.values(*key).is_empty() || locked {
                draft.set(*key, std::slice::from_ref(value));
            }
        }
        Flow {
            lang,
            step: Step::File,
            file: FileState::None,
            answers: saved.answers,
            personal_prefilled: saved.personal_prefilled,
            dismiss_error: None,
            normalized_note: None,
            draft,
            draft_file: saved.file_name,
            drafts: saved.drafts,
            read: ReadOptions::default(),
            form: None,
            engine_error: None,
            screen: Screen::Flow,
            job: 0,
            form_sent: 0,
            form_shown: 0,
            chosen: None,
        }
    }

    /// Applies `action`; returns what the browser side must do about it. When what
    /// the form is computed from changed (and the file is read), a new form is asked
    /// for; when what is saved changed, it is saved.
    pub fn reduce(&mut self, action: Action) -> Vec<Effect> {
        let saved = self.saved();
        let mut effects = Vec::new();
        let input_changed = match action {
            Action::Choose { name, size } => {
                self.chosen = Some((name, size));
                self.start(ReadOptions::default(), &mut effects);
                false
            }
            Action::ReadWith(read) => {
                self.start(read, &mut effects);
                false
            }
            Action::Cancel => {
                effects.extend(self.cancel());
                false
            }
            Action::Progress { .. }
            | Action::Profiled { .. }
            | Action::Failed { .. }
            | Action::Cancelled { .. } => self.file_answer(action),
            Action::FormReady { job, seq, view } => {
                if job == self.job && seq >= self.form_shown {
                    self.form_shown = seq;
                    self.form = Some(Shared::new(*view));
                    self.engine_error = None;
                }
                false
            }
            Action::FormFailed { job, message } => {
                if job == self.job {
                    self.engine_error = Some(message);
                }
                false
            }
            Action::Normalize => {
                if self.profiled() {
                    self.normalized_note = None;
                    effects.push(Effect::Normalize { job: self.job });
                }
                false
            }
            Action::Normalized { job, note } => {
                if job == self.job {
                    self.normalized_note = note;
                }
                false
            }
            Action::Reset => {
                effects.extend(self.cancel());
                self.reset();
                false
            }
            other => self.edit(other, &mut effects),
        };
        if input_changed && self.profiled() {
            self.form_sent += 1;
            effects.push(Effect::Form {
                job: self.job,
                seq: self.form_sent,
                input: Box::new(self.form_input()),
            });
        }
        let now = self.saved();
        if now != saved {
            effects.push(Effect::Save(Box::new(now)));
        }
        effects
    }

    /// The actions of the person that neither read a file nor answer one; returns
    /// whether what the form is computed from changed.
    fn edit(&mut self, action: Action, effects: &mut Vec<Effect>) -> bool {
        match action {
            Action::SwitchLang => self.lang = self.lang.other(),
            Action::Go(step) => self.step = step,
            Action::Answer { key, values } => {
                let values: Vec<&str> = values.iter().map(String::as_str).collect();
                if key == "personal_data" {
                    // The person's own answer from now on, even the same as Datalots'.
                    self.personal_prefilled = false;
                }
                let mut answers = self.answers.clone();
                // The form only offers valid values; a refused one changes nothing.
                if questionnaire::answer(&mut answers, &key, &values).is_ok()
                    && answers != self.answers
                {
                    self.answers = answers;
                    return true;
                }
            }
            Action::Set { key, values } => {
                let before = self.draft.values(key);
                self.draft.set(key, &values);
                return self.draft.values(key) != before;
            }
            Action::Import(imported) if self.draft.catalog != imported => {
                self.draft.catalog = imported;
                return true;
            }
            Action::Dismiss { column, reason } => return self.dismiss(&column, &reason),
            Action::Undismiss { column } => return self.undismiss(&column),
            Action::OpenCatalogue => self.screen = Screen::Catalogue,
            Action::CloseCatalogue => self.screen = Screen::Flow,
            Action::OpenProcurement if self.screen != Screen::ProcurementLoading => {
                self.screen = Screen::ProcurementLoading;
                effects.push(Effect::OpenProcurement);
            }
            Action::ProcurementOpened => self.screen = Screen::Procurement,
            Action::ProcurementFailed => self.screen = Screen::ProcurementFailed,
            Action::ProcurementClosed => self.screen = Screen::BackFromProcurement,
            _ => {}
        }
        false
    }

    /// Reads the chosen file (again) as a new job; the one being read is cancelled.
    fn start(&mut self, read: ReadOptions, effects: &mut Vec<Effect>) {
        let Some((name, size)) = self.chosen.clone() else {
            return;
        };
        effects.extend(self.cancel());
        self.job += 1;
        self.form = None;
        self.dismiss_error = None;
        self.normalized_note = None;
        self.step = Step::File;
        self.file = FileState::Reading {
            name,
            done: 0.0,
            total: size,
        };
        self.read = read.clone();
        effects.push(Effect::Profile {
            job: self.job,
            read,
        });
    }

    /// Cancels the file being read, if one is.
    fn cancel(&self) -> Option<Effect> {
        matches!(self.file, FileState::Reading { .. }).then_some(Effect::Cancel { job: self.job })
    }

    /// The worker's answers about the file; returns whether the file was profiled.
    fn file_answer(&mut self, action: Action) -> bool {
        match action {
            Action::Progress { job, done, total } if job == self.job => {
                if let FileState::Reading { name, .. } = &self.file {
                    self.file = FileState::Reading {
                        name: name.clone(),
                        done,
                        total,
                    };
                }
            }
            Action::Profiled { job, view, millis } if job == self.job => {
                if let FileState::Reading { name, total, .. } = &self.file {
                    let (name, size) = (name.clone(), *total);
                    self.switch_draft(&name);
                    self.file = FileState::Profiled {
                        name,
                        size,
                        view: Shared::new(*view),
                        millis,
                    };
                    self.follow_flags();
                    self.step = Step::Profile;
                    return true;
                }
            }
            Action::Failed { job, message } if job == self.job => {
                self.file = FileState::Failed(message);
            }
            Action::Cancelled { job } if job == self.job => self.file = FileState::Cancelled,
            _ => {}
        }
        false
    }

    /// Another file, once read, gets its own draft (the one typed before for a file
    /// of that name, or an empty one); the current draft is kept for its file. A file
    /// that cannot be read changes no draft. Nothing typed is lost.
    fn switch_draft(&mut self, name: &str) {
        if self.draft_file.as_deref() != Some(name) {
            if let Some(old) = self.draft_file.take() {
                let dataset = std::mem::take(&mut self.draft.dataset);
                saved::stash(&mut self.drafts, &old, dataset);
            }
            self.draft.dataset = saved::take(&mut self.drafts, name);
            self.draft.catalog = None;
        }
        self.draft_file = Some(name.to_owned());
        self.draft.file_name = name.to_owned();
    }

    /// Start over: the file, the answers, the dataset and every draft go; the
    /// publisher stays. Answers still to come about the old file are dropped.
    fn reset(&mut self) {
        self.job += 1;
        self.step = Step::File;
        self.file = FileState::None;
        self.answers = Answers::default();
        self.personal_prefilled = false;
        self.dismiss_error = None;
        self.normalized_note = None;
        self.draft.dataset = Default::default();
        self.draft.catalog = None;
        self.draft.file_name = String::new();
        self.draft_file = None;
        self.drafts.clear();
        self.read = ReadOptions::default();
        self.form = None;
        self.engine_error = None;
    }

    /// Whether the file is read.
    pub fn profiled(&self) -> bool {
        matches!(self.file, FileState::Profiled { .. })
    }

    /// Whether the file is read and the licence answers allow publishing: steps 4
    /// and 5 open.
    pub fn licensed(&self) -> bool {
        self.profiled() && LicenceForm::new(&self.answers).can_publish
    }

    /// Whether the stepper offers `step`.
    pub fn enabled(&self, step: Step) -> bool {
        match step {
            Step::File => true,
            Step::Profile | Step::Licence => self.profiled(),
            Step::Describe | Step::Publish => self.licensed(),
        }
    }

    /// The step shown: step 1 until the file is read, the licence questions while
    /// they do not allow publishing.
    pub fn shown_step(&self) -> Step {
        match self.step {
            _ if !self.profiled() => Step::File,
            Step::Describe | Step::Publish if !self.licensed() => Step::Licence,
            step => step,
        }
    }

    /// The step the «next» button leads to, if any.
    pub fn next_step(&self) -> Option<Step> {
        match self.step {
            Step::File => self.profiled().then_some(Step::Profile),
            Step::Profile => Some(Step::Licence),
            Step::Licence => self.licensed().then_some(Step::Describe),
            Step::Describe => Some(Step::Publish),
            Step::Publish => None,
        }
    }

    /// What the form is computed from: the draft with the answers (without today's
    /// date: the sender's clock fills it in).
    pub fn form_input(&self) -> FormInput {
        FormInput {
            answers: self.answers.clone(),
            ..self.draft.clone()
        }
    }

    /// What is saved.
    pub fn saved(&self) -> Saved {
        Saved {
            answers: self.answers.clone(),
            publisher: self.draft.publisher.clone(),
            dataset: self.draft.dataset.clone(),
            file_name: self.draft_file.clone(),
            drafts: self.drafts.clone(),
            personal_prefilled: self.personal_prefilled,
        }
    }

    /// Whether choosing `name` would replace a file the person typed metadata for
    /// (the widget asks first).
    pub fn asks_before_replacing(&self, name: &str) -> bool {
        self.draft_file.as_deref() != Some(name) && self.draft.has_dataset_text()
    }

    /// Whether choosing `name` asks first ([`Flow::asks_before_replacing`]). A file
    /// chosen in the loader's own input while the widget loaded (`early`) never asks:
    /// the person could not see the kept draft then, and a question at the page's
    /// first moment was lost (dismissed, and the file with it); nothing typed is lost
    /// without it either: the draft stays kept for its file and comes back with it.
    pub fn asks_before_choosing(&self, name: &str, early: bool) -> bool {
        !early && self.asks_before_replacing(name)
    }

    /// The file a kept draft waits for, while no file is chosen.
    pub fn draft_waiting(&self) -> Option<&str> {
        match (&self.file, &self.draft_file) {
            (FileState::None, Some(name)) if self.draft.has_dataset_text() => Some(name),
            _ => None,
        }
    }

    /// Whether the personal data question was answered from the file's profile (the
    /// licence step says so).
    pub fn personal_data_prefilled(&self) -> bool {
        self.personal_prefilled && self.answers.personal_data == Some(true)
    }
}

/// The values a question has after one of its options is (un)checked: a radio
/// button's value alone; for checkboxes the others chosen, with or without it, where
/// "none" excludes the other conditions and they exclude it.
pub fn answer_values(q: &QuestionView, value: &str, on: bool) -> Vec<String> {
    if !q.multiple {
        return vec![value.to_owned()];
    }
    let mut v: Vec<String> = q
        .options
        .iter()
        .filter(|x| x.chosen && x.value != value)
        .map(|x| x.value.clone())
        .collect();
    if on {
        if value == "none" {
            v.clear();
        } else {
            v.retain(|c| c != "none");
        }
        v.push(value.to_owned());
    }
    v
}

#[cfg(test)]
#[path = "flow_tests.rs"]
mod tests;

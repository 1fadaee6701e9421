//! The Datalots widget's Web Worker: it profiles the chosen CSV file off the page's
//! thread, so the page never freezes, and then answers the describe form and the
//! catalogue operations from the profile it keeps.
//!
//! The widget sends the `File` itself ([`Request::Profile`], passed by structured clone
//! through [`Codec`]); the worker reads it with `Blob.slice()` in pieces of
//! [`PIECE_BYTES`], feeds each to a [`datalots::csv_profile::Profiler`], answers with a
//! [`Response::Progress`] after every piece and ends with [`Response::Profiled`]: the
//! already masked [`ProfileView`] the widget renders. gloo-worker has no `terminate`,
//! so [`Request::Cancel`] is cooperative: the loop checks for it between pieces.
//!
//! The unmasked [`Profile`] never leaves the worker: [`Request::Form`] is answered with
//! [`datalots::form::form`] (drafting, DCAT-AP-SE validation, the writers) and
//! [`Request::Catalog`] with [`datalots::session::apply`] in «Vår katalog»'s engine,
//! a module the worker loads when first asked ([`catalog_engine`]), so the page
//! thread never drafts, validates or writes RDF. The widget's module has no RDF/XML,
//! Turtle or JSON-LD reader: before a describe form with an imported catalogue, the
//! worker loads the module that reads it (the engine, or the JSON-LD module). [`Request::Site`] is answered with the
//! catalogue's static pages as a zip file, made by a module loaded then ([`site_zip`]).
//!
//! The same crate is both sides of the protocol: the widget depends on it for the
//! message types and [`WidgetWorker`] (to spawn it). There is one `.wasm` for the page
//! and the workers: the widget's module exports [`register`] as `run_widget_worker`, and
//! the worker's entry script (`widget/widget-worker.js`) calls it.
#![deny(missing_docs)]

use std::cell::RefCell;
use std::rc::Rc;

use datalots::Both;
use datalots::csv_profile::{Normalizer, Profile, Profiler};
use datalots::form::{FormInput, FormView, PublisherFields};
use datalots::read::ReadOptions;
use datalots::session::{CatalogFile, Op, SessionView};
use datalots::view::ProfileView;
use datalots_json_ld::loader::{ensure_reader, is_json_ld};
use gloo_worker::{HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};

pub mod catalog_engine;
pub mod engine;
pub mod site_zip;

/// How much of the file is read at a time: 4 MiB, large enough that what each piece
/// costs besides its bytes (a promise, a progress message) does not count, small
/// enough that the worker holds little of the file at once.
pub const PIECE_BYTES: f64 = 4.0 * 1024.0 * 1024.0;

/// What the widget asks.
#[derive(Debug, Serialize, Deserialize)]
pub enum Request {
    /// Profile this file. `job` numbers the request, so late answers to an earlier
    /// file can be told apart.
    Profile {
        /// The request's number.
        job: u32,
        /// The file, passed by structured clone (not copied into the message).
        #[serde(with = "serde_wasm_bindgen::preserve")]
        file: web_sys::File,
        /// How to read it, where the person overrode the detector ("read it with `,`
        /// instead").
        read: ReadOptions,
    },
    /// Write the normalised copy of job `job`'s file (UTF-8, comma, CRLF).
    Normalize {
        /// The profile's job.
        job: u32,
    },
    /// Stop profiling job `job` before its next piece.
    Cancel {
        /// The request's number.
        job: u32,
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
    /// The catalogue's static pages as a zip file ([`site_zip`]).
    Site {
        /// The request's number.
        seq: u32,
        /// The catalogue.
        file: Box<CatalogFile>,
        /// The catalogue's address, linked from the pages.
        catalogue_url: Option<String>,
        /// The pages' language tag (`sv`, `en`).
        lang: String,
    },
}

/// What the worker answers: to a file, progress, then one of profiled, failed or
/// cancelled; to a form or catalogue request, the form (or why not) or the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// Bytes read so far of the whole file.
    Progress {
        /// The request's number.
        job: u32,
        /// Bytes read.
        done: f64,
        /// The file's size.
        total: f64,
    },
    /// The profile, ready to show (personal data masked).
    Profiled {
        /// The request's number.
        job: u32,
        /// The view model.
        view: Box<ProfileView>,
        /// Milliseconds the reading and profiling took in the worker.
        millis: f64,
    },
    /// The file could not be read or profiled; in Swedish and English.
    Failed {
        /// The request's number.
        job: u32,
        /// What went wrong.
        message: Both,
    },
    /// Cancelled on request.
    Cancelled {
        /// The request's number.
        job: u32,
    },
    /// The normalised copy, as a `Blob` (passed by structured clone).
    Normalized {
        /// The profile's job.
        job: u32,
        /// The name to save it under (`befolkning-normaliserad.csv`).
        name: String,
        /// The file's contents.
        #[serde(with = "serde_wasm_bindgen::preserve")]
        blob: web_sys::Blob,
        /// How many cells differ from the file, said, when any do
        /// ([`datalots::normalize::replaced_note`]): shown by the download.
        note: Option<Both>,
    },
    /// The describe form.
    Form {
        /// The file's job number.
        job: u32,
        /// The request's number.
        seq: u32,
        /// What to show.
        view: Box<FormView>,
    },
    /// The describe form could not be computed (the file is no longer loaded): in
    /// Swedish and English.
    FormFailed {
        /// The file's job number.
        job: u32,
        /// What went wrong.
        message: Both,
    },
    /// The catalogue after an operation.
    Catalog {
        /// The request's number.
        seq: u32,
        /// What to show.
        view: Box<SessionView>,
    },
    /// The catalogue operation could not be run (the engine could not be loaded).
    CatalogFailed {
        /// The request's number.
        seq: u32,
        /// Why, in Swedish and English.
        message: Both,
    },
    /// The static pages' zip file, as a `Blob` (passed by structured clone).
    Site {
        /// The request's number.
        seq: u32,
        /// The name to save it under (`dcat-webbsidor.zip`).
        name: String,
        /// The zip file.
        #[serde(with = "serde_wasm_bindgen::preserve")]
        blob: web_sys::Blob,
    },
    /// The zip file could not be made: why, in Swedish and English.
    SiteFailed {
        /// The request's number.
        seq: u32,
        /// What went wrong.
        message: Both,
    },
}

/// Passes messages as JavaScript values (serde-wasm-bindgen), so a `File` travels by
/// structured clone instead of being serialized.
#[derive(Debug)]
pub struct Codec;

impl gloo_worker::Codec for Codec {
    fn encode<I: Serialize>(input: I) -> JsValue {
        serde_wasm_bindgen::to_value(&input).unwrap_or(JsValue::NULL)
    }

    // gloo-worker's trait has no way to report a failed decode. Both ends are this
    // crate, built from the same source, so a message that does not decode is a
    // build mismatch, not bad input.
    #[allow(clippy::expect_used)]
    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        serde_wasm_bindgen::from_value(input).expect("a worker message from the same build")
    }
}

/// The worker: one profile at a time; the newest request wins.
#[derive(Debug, Default)]
pub struct WidgetWorker {
    /// The jobs cancelled (or replaced by a newer file) while they run.
    cancelled: Rc<RefCell<Vec<u32>>>,
    /// The last file, its job and how it was read (for the normalised copy).
    last: Rc<RefCell<Option<Last>>>,
    /// The last profile and its job: what the describe form is computed from.
    profile: Rc<RefCell<Option<(u32, Profile)>>>,
}

/// What the worker keeps of the last file: never sent to the page as it is.
#[derive(Debug)]
struct Last {
    job: u32,
    file: web_sys::File,
    read: ReadOptions,
}

impl WidgetWorker {
    /// Runs `answer` now, or, when it reads a catalogue (`catalogue`: its file name),
    /// once the module with its reader is loaded: the JSON-LD module for JSON-LD
    /// ([`ensure_reader`]), «Vår katalog»'s engine for RDF/XML and Turtle
    /// ([`catalog_engine::ensure_reader`]); each loaded once, then at once.
    fn answer(&self, catalogue: Option<&str>, answer: impl FnOnce() + 'static) {
        let json_ld = catalogue.is_some_and(is_json_ld);
        let rdf = catalogue.is_some_and(catalog_engine::reads_with_engine);
        if json_ld || rdf {
            wasm_bindgen_futures::spawn_local(async move {
                if json_ld {
                    ensure_reader().await;
                } else {
                    catalog_engine::ensure_reader().await;
                }
                answer();
            });
        } else {
            answer();
        }
    }
}

impl Worker for WidgetWorker {
    type Message = ();
    type Input = Request;
    type Output = Response;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        WidgetWorker::default()
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, msg: Request, id: HandlerId) {
        match msg {
            Request::Cancel { job } => self.cancelled.borrow_mut().push(job),
            Request::Form { job, seq, input } => {
                let catalogue = input.catalog.as_ref().map(|c| c.name.clone());
                let (scope, kept) = (scope.clone(), self.profile.clone());
                self.answer(catalogue.as_deref(), move || {
                    let answer = engine::answer_form(&kept.borrow(), job, seq, &input);
                    scope.respond(id, answer);
                });
            }
            Request::Catalog {
                seq,
                file,
                op,
                profile_job,
                publisher,
            } => {
                let request = catalog_engine::CatalogRequest {
                    file: *file,
                    op,
                    profile: engine::kept_profile(&self.profile.borrow(), profile_job),
                    publisher: *publisher,
                };
                let scope = scope.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let answer = match catalog_engine::apply(&request).await {
                        Ok(view) => Response::Catalog {
                            seq,
                            view: Box::new(view),
                        },
                        Err(message) => Response::CatalogFailed { seq, message },
                    };
                    scope.respond(id, answer);
                });
            }
            Request::Site {
                seq,
                file,
                catalogue_url,
                lang,
            } => {
                let scope = scope.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let answer = site_zip::answer(seq, *file, catalogue_url, &lang).await;
                    scope.respond(id, answer);
                });
            }
            Request::Profile { job, file, read } => {
                // The last profile is not needed once another file is being read.
                *self.profile.borrow_mut() = None;
                let scope = scope.clone();
                let cancelled = self.cancelled.clone();
                let last = self.last.clone();
                let kept = self.profile.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let answer = profile(&file, job, &read, &cancelled, |done, total| {
                        scope.respond(id, Response::Progress { job, done, total })
                    })
                    .await;
                    cancelled.borrow_mut().retain(|j| *j != job);
                    let answer = match answer {
                        Ok((p, millis, reread)) => {
                            let mut view = ProfileView::new(&p);
                            // The normalised copy is read the way the profile was.
                            let read = match reread {
                                Some(encoding) => {
                                    view = view.read_again(encoding);
                                    read.with_encoding(encoding)
                                }
                                None => read,
                            };
                            let view = Box::new(view);
                            *last.borrow_mut() = Some(Last { job, file, read });
                            *kept.borrow_mut() = Some((job, p));
                            Response::Profiled { job, view, millis }
                        }
                        Err(r) => r,
                    };
                    scope.respond(id, answer);
                });
            }
            Request::Normalize { job } => {
                let found = self
                    .last
                    .borrow()
                    .as_ref()
                    .filter(|l| l.job == job)
                    .map(|l| (l.file.clone(), l.read.clone()));
                let scope = scope.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let answer = match found {
                        Some((file, read)) => normalize(&file, job, &read).await,
                        None => gone(job),
                    };
                    scope.respond(id, answer);
                });
            }
        }
    }
}

fn gone(job: u32) -> Response {
    failed(
        job,
        "Filen är inte längre inläst: välj den igen i steg 1.".into(),
        "The file is no longer loaded: choose it again in step 1.".into(),
    )
}

fn failed(job: u32, sv: String, en: String) -> Response {
    Response::Failed {
        job,
        message: Both { sv, en },
    }
}

pub(crate) fn js_error(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "?".into())
}

/// Reads `file` piece by piece (pieces of [`PIECE_BYTES`]), handing each to `feed`;
/// stops with `Err(Cancelled)` when job `job` is cancelled between pieces.
async fn read_pieces(
    file: &web_sys::File,
    job: u32,
    cancelled: Option<&RefCell<Vec<u32>>>,
    progress: impl Fn(f64, f64),
    mut feed: impl FnMut(&[u8]) -> Result<(), Response>,
) -> Result<(), Response> {
    let total = file.size();
    let mut buf = Vec::new();
    progress(0.0, total);
    // The next piece is asked for before the current one is profiled, so the browser
    // reads the file while the profiler works (reading and profiling overlap).
    let read = |from: f64| -> Result<(js_sys::Promise, f64), Response> {
        let end = (from + PIECE_BYTES).min(total);
        let piece = file.slice_with_f64_and_f64(from, end).map_err(|e| {
            failed(
                job,
                format!("Filen kunde inte läsas: {}", js_error(&e)),
                format!("The file could not be read: {}", js_error(&e)),
            )
        })?;
        Ok((piece.array_buffer(), end))
    };
    let mut pending = if total > 0.0 { Some(read(0.0)?) } else { None };
    while let Some((promise, end)) = pending.take() {
        if cancelled.is_some_and(|c| c.borrow().contains(&job)) {
            return Err(Response::Cancelled { job });
        }
        let bytes = match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(b) => js_sys::Uint8Array::new(&b),
            Err(e) => {
                return Err(failed(
                    job,
                    format!(
                        "Filen kunde inte läsas (den kan ha flyttats eller ändrats): {}",
                        js_error(&e)
                    ),
                    format!(
                        "The file could not be read (it may have been moved or changed): {}",
                        js_error(&e)
                    ),
                ));
            }
        };
        if end < total {
            pending = Some(read(end)?);
        }
        buf.resize(bytes.length() as usize, 0);
        bytes.copy_to(&mut buf);
        feed(&buf)?;
        progress(end, total);
    }
    if cancelled.is_some_and(|c| c.borrow().contains(&job)) {
        return Err(Response::Cancelled { job });
    }
    Ok(())
}

/// The file could not be read as CSV: the library's sentence in both languages.
fn csv_failed(job: u32, e: datalots::csv_profile::Error) -> Response {
    let why = datalots::Error::from(e).text();
    failed(
        job,
        format!("Filen kunde inte läsas som CSV: {}", why.sv),
        format!("The file could not be read as CSV: {}", why.en),
    )
}

fn options(job: u32, read: &ReadOptions) -> Result<datalots::csv_profile::Options, Response> {
    read.options().map_err(|e| {
        let why = e.text();
        failed(
            job,
            format!(
                "Inställningen för läsningen gick inte att använda: {}",
                why.sv
            ),
            format!("The reading setting could not be used: {}", why.en),
        )
    })
}

/// Reads `file` piece by piece into a profiler: the profile, the milliseconds it
/// took and the encoding of a second reading (when the first asked for one:
/// [`datalots::read::second_pass`]), or the answer to send instead (failed,
/// cancelled).
async fn profile(
    file: &web_sys::File,
    job: u32,
    read: &ReadOptions,
    cancelled: &RefCell<Vec<u32>>,
    progress: impl Fn(f64, f64),
) -> Result<(Profile, f64, Option<&'static str>), Response> {
    let started = js_sys::Date::now();
    let (mut read, mut reread) = (read.clone(), None);
    loop {
        let mut profiler = Profiler::with_options(options(job, &read)?);
        read_pieces(file, job, Some(cancelled), &progress, |piece| {
            profiler.feed(piece).map_err(|e| csv_failed(job, e))
        })
        .await?;
        let p = profiler.finish().map_err(|e| csv_failed(job, e))?;
        // One second reading at most: the second names its encoding.
        match datalots::read::second_pass(&p, &read) {
            Some(encoding) => {
                reread = Some(encoding);
                read = read.with_encoding(encoding);
            }
            None => return Ok((p, js_sys::Date::now() - started, reread)),
        }
    }
}

/// The normalised copy of `file` as a `Blob` of pieces (each piece's output is
/// handed to the browser as it is made, so the worker's memory stays flat).
async fn normalize(file: &web_sys::File, job: u32, read: &ReadOptions) -> Response {
    let run = async {
        let mut n = Normalizer::new(options(job, read)?, None);
        let parts = js_sys::Array::new();
        let mut out = Vec::new();
        read_pieces(
            file,
            job,
            None,
            |_, _| {},
            |piece| {
                out.clear();
                n.feed(piece, &mut out).map_err(|e| csv_failed(job, e))?;
                parts.push(&js_sys::Uint8Array::from(out.as_slice()));
                Ok(())
            },
        )
        .await?;
        out.clear();
        let written = n.finish(&mut out).map_err(|e| csv_failed(job, e))?;
        parts.push(&js_sys::Uint8Array::from(out.as_slice()));
        let note = datalots::normalize::replaced_note(&written);
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/csv;charset=utf-8");
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
            .map(|blob| {
                let original = file.name();
                let stem = original
                    .rsplit_once('.')
                    .map_or(original.as_str(), |(s, _)| s);
                Response::Normalized {
                    job,
                    name: format!("{stem}-normaliserad.csv"),
                    blob,
                    note,
                }
            })
            .map_err(|e| {
                failed(
                    job,
                    format!("Kopian kunde inte skapas: {}", js_error(&e)),
                    format!("The copy could not be made: {}", js_error(&e)),
                )
            })
    };
    run.await.unwrap_or_else(|r| r)
}

/// Registers [`WidgetWorker`] with the page that spawned this worker: the widget's
/// module exports it as `run_widget_worker`, which the worker's entry script calls.
pub fn register() {
    use gloo_worker::Registrable;
    WidgetWorker::registrar().encoding::<Codec>().register();
}

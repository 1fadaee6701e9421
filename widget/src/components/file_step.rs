//! Step 1: choose (or drop) a file, follow its reading, and DIGG's overview.

use yew::prelude::*;

use crate::browser::chosen_file;
use crate::i18n::{Lang, Texts, format_seconds, pick, publish, sections, texts};
use crate::model::flow::{Action, FileState};

/// Step 1's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct FileStepProps {
    /// The language.
    pub lang: Lang,
    /// Where the file is.
    pub file: FileState,
    /// The file a kept draft waits for.
    pub draft_waiting: Option<String>,
    /// A file was chosen or dropped.
    pub on_choose: Callback<web_sys::File>,
    /// Dispatches to the flow (cancel).
    pub on_action: Callback<Action>,
}

/// Step 1.
#[function_component(FileStep)]
pub fn file_step(props: &FileStepProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let on_file = super::reform_some(&props.on_choose, |e: Event| chosen_file(&e));
    let on_drop = super::reform_some(&props.on_choose, |e: DragEvent| {
        e.prevent_default();
        e.data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
    });
    let on_dragover = Callback::from(|e: DragEvent| e.prevent_default());
    // How long the worker took, for benchmarks (tests/bench/widget-profile.mjs).
    let millis = match &props.file {
        FileState::Profiled { millis, .. } => Some(format!("{millis:.0}")),
        _ => None,
    };
    html! {
        <div id="datalots-step-file">
            <p>{t.intro}</p>
            <p class="datalots-privacy">{t.privacy}</p>
            <div class="datalots-field datalots-drop" ondrop={on_drop} ondragover={on_dragover}>
                <label for="datalots-file">{t.file_label}</label>
                <input id="datalots-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
                       aria-describedby="datalots-file-hint" data-testid="file-input" onchange={on_file} />
                <span id="datalots-file-hint" class="datalots-hint">{t.drop_hint}</span>
            </div>
            {progress(&props.file, lang, t, &props.on_action)}
            <p role="status" aria-live="polite" data-testid="file-status" data-millis={millis}>{status(&props.file, lang, t)}</p>
            if let Some(name) = &props.draft_waiting {
                <p data-testid="draft-waiting">{publish::texts(lang).draft_waiting}{" "}<strong>{name.clone()}</strong></p>
            }
            {overview(lang, t)}
        </div>
    }
}

/// The status line.
fn status(file: &FileState, lang: Lang, t: &Texts) -> Html {
    match file {
        FileState::None => html! { {t.no_file} },
        FileState::Reading { name, done, total } => {
            let pct = if *total > 0.0 {
                (done / total * 100.0).floor()
            } else {
                0.0
            };
            // Announced in quarters, not on every piece.
            let announced = (pct / 25.0).floor() * 25.0;
            html! { <>{t.reading}{" "}<strong>{name}</strong>{format!(": {announced:.0} %")}</> }
        }
        FileState::Profiled {
            name, size, millis, ..
        } => html! {
            <>{t.chosen_file}{" "}<strong>{name}</strong>
              {format!(", {} {}. {} {} {}.", lang.format_count(*size as u64), t.bytes, t.profiled_in,
                  format_seconds(*millis, lang), t.seconds)}</>
        },
        FileState::Failed(m) => html! { <span class="datalots-error">{pick(m, lang)}</span> },
        FileState::Cancelled => html! { {t.cancelled} },
    }
}

/// The progress bar and the cancel button, while the file is read.
fn progress(file: &FileState, lang: Lang, t: &Texts, on_action: &Callback<Action>) -> Html {
    let FileState::Reading { done, total, .. } = file else {
        return html! {};
    };
    let value = if *total > 0.0 {
        done / total * 100.0
    } else {
        0.0
    };
    let (done, total) = (
        lang.format_count(*done as u64),
        lang.format_count(*total as u64),
    );
    let on_cancel = on_action.reform(|_: MouseEvent| Action::Cancel);
    html! {
        <div class="datalots-progress">
            <progress id="datalots-progress" data-testid="progress" max="100" value={format!("{value:.0}")}
                aria-label={t.progress_label}
                aria-valuetext={format!("{done} {} {total} {}", t.read_of, t.bytes)}>
            </progress>
            <span>{format!("{done} / {total} {}", t.bytes)}</span>
            <button type="button" class="datalots-button" data-testid="cancel" onclick={on_cancel}>{t.cancel}</button>
        </div>
    }
}

/// DIGG's eight sections, the ones the widget helps with marked.
fn overview(lang: Lang, t: &Texts) -> Html {
    html! {
        <section class="datalots-overview" aria-labelledby="datalots-overview-heading">
            <h3 id="datalots-overview-heading">{t.overview_heading}</h3>
            <p>{t.overview_intro}</p>
            <ol class="datalots-sections">
                { for sections(lang).iter().map(|s| html! {
                    <li value={s.number.to_string()}>
                        <strong>{s.title}</strong>{": "}{s.meaning}
                        if let Some(step) = s.step {
                            {" "}<span class="datalots-mark">{format!("{} ({} {step})", t.widget_does, t.step_word)}</span>
                        }
                    </li>
                }) }
            </ol>
        </section>
    }
}

//! Steps 4 (describe the dataset, DIGG §6) and 5 (publish, DIGG §7–8): rendering
//! only. What the fields are, their values, suggestions and findings, the files and
//! the instructions all come from the facade's [`FormView`], computed in the worker.

use datalots::Both;
use datalots::form::{Field, FieldKey, File, FormInput, FormView, Input};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::i18n::Lang;
use crate::publish_texts::texts;

fn pick(b: &Both, lang: Lang) -> String {
    b.get(lang.tag()).to_owned()
}

/// The stable `data-testid` of a field.
fn testid(key: FieldKey) -> String {
    match key {
        FieldKey::Themes => "field-theme".into(),
        FieldKey::Name => "field-publisher-name".into(),
        FieldKey::OrganisationNumber => "field-publisher-orgnr".into(),
        FieldKey::PublisherType => "field-publisher-type".into(),
        FieldKey::Email => "field-contact-email".into(),
        FieldKey::BaseUri => "field-base-uri".into(),
        k => format!("field-{}", k.as_str().replace('_', "-")),
    }
}

/// A field's value as the input needs it (several values for checkbox groups).
fn values(f: &Field) -> Vec<String> {
    if f.multiple {
        f.value
            .split(',')
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect()
    } else {
        vec![f.value.clone()]
    }
}

/// One field. `typed` is what the person typed, from the widget's own state: it is
/// shown as typed at once, before the worker's next answer (else a keystroke typed
/// while the form is recomputed would be undone).
pub(crate) fn field(
    f: &Field,
    draft: &FormInput,
    lang: Lang,
    locked: bool,
    on_set: &Callback<(FieldKey, Vec<String>)>,
) -> Html {
    let t = texts(lang);
    let typed: Vec<String> = draft
        .values(f.key)
        .into_iter()
        .filter(|v| !v.trim().is_empty())
        .collect();
    let is_typed = !typed.is_empty();
    let shown = if is_typed {
        typed.join(", ")
    } else {
        f.value.clone()
    };
    let suggested = if is_typed { None } else { f.suggested.as_ref() };
    let id = format!("datalots-f-{}", f.key);
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let suggestion_id = format!("{id}-suggestion");
    let mut described = vec![help_id.clone()];
    if suggested.is_some() {
        described.push(suggestion_id.clone());
    }
    if !f.errors.is_empty() || !f.warnings.is_empty() {
        described.push(error_id.clone());
    }
    let described = described.join(" ");
    let invalid = (!f.errors.is_empty()).then_some("true");
    let key = f.key;
    let set = {
        let on_set = on_set.clone();
        move |v: String| on_set.emit((key, vec![v]))
    };
    let label = html! {
        <label for={id.clone()}>
            {pick(&f.label, lang)}
            if f.mandatory { <span class="datalots-hint">{format!(" ({})", t.mandatory)}</span> }
        </label>
    };
    let control = if f.multiple {
        let chosen = if is_typed { typed.clone() } else { values(f) };
        html! {
            <fieldset class="datalots-checks" id={id.clone()} data-testid={testid(f.key)}
                      aria-describedby={described.clone()} aria-invalid={invalid}>
                <legend>{pick(&f.label, lang)}
                    if f.mandatory { <span class="datalots-hint">{format!(" ({})", t.mandatory)}</span> }
                </legend>
                { for f.choices.iter().map(|c| {
                    let cid = format!("{id}-{}", c.value);
                    let on = chosen.contains(&c.value);
                    let onchange = {
                        let on_set = on_set.clone();
                        let chosen = chosen.clone();
                        let value = c.value.clone();
                        Callback::from(move |e: Event| {
                            let checked = e.target_dyn_into::<HtmlInputElement>().is_some_and(|i| i.checked());
                            let mut v: Vec<String> = chosen.iter().filter(|x| **x != value).cloned().collect();
                            if checked { v.push(value.clone()); }
                            on_set.emit((key, v));
                        })
                    };
                    html! {
                        <div class="datalots-option">
                            <input type="checkbox" id={cid.clone()} value={c.value.clone()} checked={on} {onchange} />
                            <label for={cid}>{pick(&c.label, lang)}</label>
                        </div>
                    }
                }) }
            </fieldset>
        }
    } else if !f.choices.is_empty() {
        let onchange = Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                set(s.value());
            }
        });
        html! {
            <>
            {label}
            <select id={id.clone()} data-testid={testid(f.key)} aria-describedby={described.clone()}
                    aria-invalid={invalid} disabled={locked} {onchange}>
                <option value="" selected={shown.is_empty()}>{t.choose}</option>
                { for f.choices.iter().map(|c| html! {
                    <option value={c.value.clone()} selected={c.value == shown}>{pick(&c.label, lang)}</option>
                }) }
            </select>
            </>
        }
    } else if f.input == Input::Paragraph {
        let oninput = Callback::from(move |e: InputEvent| {
            if let Some(a) = e.target_dyn_into::<HtmlTextAreaElement>() {
                set(a.value());
            }
        });
        html! {
            <>
            {label}
            <textarea id={id.clone()} data-testid={testid(f.key)} rows="5" aria-describedby={described.clone()}
                      aria-invalid={invalid} value={shown.clone()} {oninput} />
            </>
        }
    } else {
        let oninput = Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                set(i.value());
            }
        });
        let kind = match f.input {
            Input::Email => "email",
            Input::Phone => "tel",
            Input::Url => "url",
            _ => "text",
        };
        html! {
            <>
            {label}
            <input type={kind} id={id.clone()} data-testid={testid(f.key)} aria-describedby={described.clone()}
                   aria-invalid={invalid} value={shown.clone()} readonly={locked} {oninput} />
            </>
        }
    };
    let suggestion = suggested.map(|note| {
        let accept = {
            let on_set = on_set.clone();
            let value = values(f);
            Callback::from(move |_: MouseEvent| on_set.emit((key, value.clone())))
        };
        html! {
            <p id={suggestion_id.clone()} class="datalots-suggestion" data-testid="suggestion" data-field={f.key.as_str()}>
                <span class="datalots-mark">{t.suggestion}</span>{" "}{pick(note, lang)}{" "}
                <button type="button" class="datalots-button datalots-small" data-testid="accept-suggestion"
                        aria-label={format!("{}: {}", t.accept, pick(&f.label, lang))} onclick={accept}>{t.accept}</button>
            </p>
        }
    });
    // The same elements on every render (empty ones hidden): the control the person
    // is typing in is patched, never replaced, so focus and caret stay.
    let findings = html! {
        <ul id={error_id.clone()} class="datalots-field-findings"
            hidden={f.errors.is_empty() && f.warnings.is_empty()}>
            { for f.errors.iter().map(|e| html! { <li class="datalots-error" data-testid="field-error">{pick(e, lang)}</li> }) }
            { for f.warnings.iter().map(|w| html! { <li class="datalots-warning" data-testid="field-warning">{pick(w, lang)}</li> }) }
        </ul>
    };
    let suggestion =
        suggestion.unwrap_or_else(|| html! { <p class="datalots-suggestion" hidden=true></p> });
    html! {
        <div key={f.key.as_str()} class={classes!("datalots-field", (!f.errors.is_empty()).then_some("datalots-invalid"))} data-key={f.key.as_str()}>
            <div class="datalots-control">{control}</div>
            <p id={help_id} class="datalots-hint">{pick(&f.help, lang)}</p>
            {suggestion}
            {findings}
        </div>
    }
}

fn section(
    view: &FormView,
    draft: &FormInput,
    name: &str,
    lang: Lang,
    locked: bool,
    on_set: &Callback<(FieldKey, Vec<String>)>,
) -> Html {
    let t = texts(lang);
    let in_section = || view.fields.iter().filter(move |f| f.section == name);
    let recommended: Vec<&Field> = in_section().filter(|f| !f.mandatory).collect();
    let open = recommended.iter().any(|f| !f.errors.is_empty());
    html! {
        <>
        { for in_section().filter(|f| f.mandatory).map(|f| field(f, draft, lang, locked, on_set)) }
        if !recommended.is_empty() {
            <details class="datalots-recommended" {open}>
                <summary>{t.recommended}</summary>
                { for recommended.iter().map(|f| field(f, draft, lang, locked, on_set)) }
            </details>
        }
        </>
    }
}

/// The summary of findings: counts, then one line each.
pub(crate) fn summary(view: &FormView, lang: Lang) -> Html {
    let t = texts(lang);
    html! {
        <section class={classes!("datalots-summary", (view.violations > 0).then_some("datalots-stop"))}
                 data-testid="validation-summary" data-violations={view.violations.to_string()}
                 data-warnings={view.warnings.to_string()} aria-labelledby="datalots-summary-heading">
            <h4 id="datalots-summary-heading">{t.summary_heading}</h4>
            <p role="status" aria-live="polite">
                if view.violations == 0 && view.refused.is_empty() {
                    {t.summary_ok}{" "}
                }
                {format!("{} {}, {} {}.", lang.format_count(view.violations as u64), t.errors_word,
                         lang.format_count(view.warnings as u64), t.recommendations_word)}
            </p>
            if !view.findings.is_empty() {
                <ul>
                    { for view.findings.iter().map(|f| html! {
                        <li class={if f.violation { "datalots-error" } else { "datalots-warning" }}
                            data-field={f.field.map(FieldKey::as_str)}>{pick(&f.text, lang)}</li>
                    }) }
                </ul>
            }
        </section>
    }
}

fn refused(view: &FormView, lang: Lang) -> Html {
    let t = texts(lang);
    if view.refused.is_empty() {
        return html! {};
    }
    html! {
        <div class="datalots-alert" role="alert" data-testid="refused">
            <h4>{t.refused_heading}</h4>
            <ul>{ for view.refused.iter().map(|r| html! { <li>{pick(r, lang)}</li> }) }</ul>
            <p>{t.refused_help}</p>
        </div>
    }
}

/// Step 4: the form.
pub(crate) fn describe_step(
    view: Option<&FormView>,
    draft: &FormInput,
    lang: Lang,
    locked: bool,
    on_set: &Callback<(FieldKey, Vec<String>)>,
) -> Html {
    let t = texts(lang);
    let Some(view) = view else {
        return html! {
            <div id="datalots-step-describe"><h3>{t.describe_heading}</h3><p role="status">{t.computing}</p></div>
        };
    };
    let notices = (!view.notices.is_empty()).then(|| html! {
        <section aria-labelledby="datalots-notices-heading">
            <h4 id="datalots-notices-heading">{t.notices_heading}</h4>
            <ul data-testid="notices">{ for view.notices.iter().map(|n| html! { <li>{pick(n, lang)}</li> }) }</ul>
        </section>
    });
    html! {
        <div id="datalots-step-describe" data-testid="describe">
            <h3>{t.describe_heading}</h3>
            <p>{t.describe_intro}</p>
            {refused(view, lang)}
            <section aria-labelledby="datalots-dataset-heading" class="datalots-form-section">
                <h4 id="datalots-dataset-heading">{t.dataset_heading}</h4>
                {section(view, draft, "dataset", lang, false, on_set)}
            </section>
            <section aria-labelledby="datalots-publisher-heading" class="datalots-form-section">
                <h4 id="datalots-publisher-heading">{t.publisher_heading}</h4>
                <p class="datalots-hint">{if locked { t.publisher_locked } else { t.publisher_intro }}</p>
                {section(view, draft, "publisher", lang, locked, on_set)}
            </section>
            {notices}
            {summary(view, lang)}
        </div>
    }
}

/// The callbacks step 5 needs from the app.
#[derive(Clone)]
pub(crate) struct PublishActions {
    /// A catalogue file was chosen.
    pub on_import: Callback<Event>,
    /// Forget the imported catalogue.
    pub on_forget: Callback<MouseEvent>,
    /// Download the normalised copy.
    pub on_normalized: Callback<MouseEvent>,
}

fn download_button(
    file: Option<&File>,
    testid: &'static str,
    label: &'static str,
    enabled: bool,
) -> Html {
    let onclick = {
        let file = file.cloned();
        Callback::from(move |_: MouseEvent| {
            if let Some(f) = &file {
                let _ = crate::files::download(f.text.as_bytes(), &f.name, &f.media_type);
            }
        })
    };
    let name = file.map(|f| f.name.clone()).unwrap_or_default();
    html! {
        <li>
            <button type="button" class="datalots-button" data-testid={testid} disabled={!enabled || file.is_none()}
                    data-file-name={name.clone()} {onclick}>{label}</button>
            if !name.is_empty() { {" "}<code>{name}</code> }
        </li>
    }
}

/// Step 5: downloads, the existing catalogue, harvesting, §8.
pub(crate) fn publish_step(view: Option<&FormView>, lang: Lang, actions: &PublishActions) -> Html {
    let t = texts(lang);
    let Some(view) = view else {
        return html! {
            <div id="datalots-step-publish"><h3>{t.publish_heading}</h3><p role="status">{t.computing}</p></div>
        };
    };
    let ok = view.publishable;
    let files = view.files.as_ref();
    let catalog = view.catalog.as_ref().map(|c| html! {
        <div data-testid="imported-catalog" data-datasets={c.datasets.to_string()}>
            if let Some(e) = &c.error {
                <p class="datalots-error" role="alert">{pick(e, lang)}</p>
            } else {
                <p role="status">{t.imported}{" "}<strong>{c.name.clone()}</strong>
                    {format!(", {} {}.", lang.format_count(c.datasets as u64), t.imported_datasets)}</p>
            }
            <button type="button" class="datalots-button" data-testid="forget-catalog" onclick={actions.on_forget.clone()}>{t.import_forget}</button>
        </div>
    });
    html! {
        <div id="datalots-step-publish" data-testid="publish">
            <h3>{t.publish_heading}</h3>
            {refused(view, lang)}
            if !ok {
                <p class="datalots-alert" data-testid="not-publishable">{t.not_publishable}</p>
            }
            if let Some(iri) = &view.dataset_iri {
                <p>{t.dataset_address}{" "}<code data-testid="dataset-iri">{iri.clone()}</code></p>
            }
            <section aria-labelledby="datalots-import-heading">
                <h4 id="datalots-import-heading">{t.import_heading}</h4>
                <p>{t.import_intro}</p>
                <div class="datalots-field">
                    <label for="datalots-import">{t.import_label}</label>
                    <input id="datalots-import" type="file" accept=".rdf,.xml,.ttl,.jsonld,.json,application/rdf+xml,text/turtle,application/ld+json"
                           data-testid="import-catalog" onchange={actions.on_import.clone()} />
                </div>
                {catalog}
            </section>
            <section aria-labelledby="datalots-downloads-heading">
                <h4 id="datalots-downloads-heading">{t.downloads_heading}</h4>
                <p>{t.downloads_intro}</p>
                <ul class="datalots-downloads">
                    {download_button(files.map(|f| &f.rdfxml), "download-rdfxml", t.download_rdfxml, ok)}
                    {download_button(files.map(|f| &f.turtle), "download-turtle", t.download_turtle, ok)}
                    {download_button(files.map(|f| &f.jsonld), "download-jsonld", t.download_jsonld, ok)}
                    {download_button(files.map(|f| &f.csvw), "download-csvw", t.download_csvw, ok)}
                    {download_button(files.map(|f| &f.frictionless), "download-frictionless", t.download_frictionless, ok)}
                    <li>
                        <button type="button" class="datalots-button" data-testid="download-normalized"
                                aria-describedby="datalots-normalized-help" onclick={actions.on_normalized.clone()}>{t.download_normalized}</button>
                        <span id="datalots-normalized-help" class="datalots-hint">{" "}{t.normalized_help}</span>
                    </li>
                </ul>
            </section>
            {summary(view, lang)}
            <section aria-labelledby="datalots-harvest-heading">
                <h4 id="datalots-harvest-heading">{t.harvest_heading}</h4>
                <ol data-testid="harvesting">{ for view.harvesting.iter().map(|h| html! { <li>{pick(h, lang)}</li> }) }</ol>
            </section>
            <section aria-labelledby="datalots-maintenance-heading">
                <h4 id="datalots-maintenance-heading">{t.maintenance_heading}</h4>
                <ul data-testid="maintenance">{ for view.maintenance.iter().map(|h| html! { <li>{pick(h, lang)}</li> }) }</ul>
            </section>
        </div>
    }
}

//! One field of the describe form (and of «Vår katalog»'s edit form): its label, the
//! control its kind needs (text, text area, select, checkboxes), its help, the
//! suggestion Datalots made with a button to accept it, and what is wrong with it.
//!
//! What the field is, its value, suggestion and findings come from the facade's
//! [`Field`]; what the person typed comes from the widget's own state and is shown
//! at once, before the worker's next answer (else a keystroke typed while the form is
//! recomputed would be undone).

use datalots::form::{Field, FieldKey, FormInput, Input};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::i18n::{Lang, pick, publish};

/// What the person typed in field `key` (blank values left out).
pub fn typed(draft: &FormInput, key: FieldKey) -> Vec<String> {
    draft
        .values(key)
        .into_iter()
        .filter(|v| !v.trim().is_empty())
        .collect()
}

/// The stable `data-testid` of a field (the end-to-end tests select these).
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

/// The `type` of a field's text input. Dates stay `text`: the browser's date picker
/// would reformat what the person typed (`31/1/2024`), and the facade reads it.
fn input_type(input: Input) -> &'static str {
    match input {
        Input::Email => "email",
        Input::Phone => "tel",
        Input::Url => "url",
        _ => "text",
    }
}

/// A field's value as the control needs it (several values for checkbox groups).
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

/// A field's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct FormFieldProps {
    /// The language.
    pub lang: Lang,
    /// The field, as the facade computed it.
    pub field: Field,
    /// What the person typed in it ([`typed`]).
    pub typed: Vec<String>,
    /// Read-only (the page locked the publisher).
    #[prop_or_default]
    pub locked: bool,
    /// The field's new values.
    pub on_set: Callback<(FieldKey, Vec<String>)>,
}

/// What the controls share.
struct Control<'a> {
    f: &'a Field,
    lang: Lang,
    id: String,
    described: String,
    invalid: Option<&'static str>,
    locked: bool,
    on_set: &'a Callback<(FieldKey, Vec<String>)>,
}

impl Control<'_> {
    /// Sets the field to one value.
    fn set(&self) -> Callback<String> {
        let key = self.f.key;
        self.on_set.reform(move |v| (key, vec![v]))
    }

    fn label(&self) -> Html {
        let t = publish::texts(self.lang);
        html! {
            <label for={self.id.clone()}>
                {pick(&self.f.label, self.lang)}
                if self.f.mandatory { <span class="datalots-hint">{format!(" ({})", t.mandatory)}</span> }
            </label>
        }
    }
}

/// One field.
#[function_component(FormField)]
pub fn form_field(props: &FormFieldProps) -> Html {
    let f = &props.field;
    let lang = props.lang;
    let is_typed = !props.typed.is_empty();
    let suggested = if is_typed { None } else { f.suggested.as_ref() };
    let id = format!("datalots-f-{}", f.key);
    let (help_id, error_id, suggestion_id) = (
        format!("{id}-help"),
        format!("{id}-error"),
        format!("{id}-suggestion"),
    );
    let mut described = vec![help_id.clone()];
    if suggested.is_some() {
        described.push(suggestion_id.clone());
    }
    if !f.errors.is_empty() || !f.warnings.is_empty() {
        described.push(error_id.clone());
    }
    let c = Control {
        f,
        lang,
        id,
        described: described.join(" "),
        invalid: (!f.errors.is_empty()).then_some("true"),
        locked: props.locked,
        on_set: &props.on_set,
    };
    let control = if f.multiple {
        checkboxes(
            &c,
            if is_typed {
                props.typed.clone()
            } else {
                values(f)
            },
        )
    } else {
        let shown = if is_typed {
            props.typed.join(", ")
        } else {
            f.value.clone()
        };
        if !f.choices.is_empty() {
            select(&c, &shown)
        } else {
            text(&c, shown)
        }
    };
    // The same elements on every render (empty ones hidden): the control the person
    // is typing in is patched, never replaced, so focus and caret stay.
    html! {
        <div class={classes!("datalots-field", (!f.errors.is_empty()).then_some("datalots-invalid"))} data-key={f.key.as_str()}>
            <div class="datalots-control">{control}</div>
            <p id={help_id} class="datalots-hint">{pick(&f.help, lang)}</p>
            {suggestion(&c, suggested, suggestion_id)}
            <ul id={error_id} class="datalots-field-findings"
                hidden={f.errors.is_empty() && f.warnings.is_empty()}>
                { for f.errors.iter().map(|e| html! { <li class="datalots-error" data-testid="field-error">{pick(e, lang)}</li> }) }
                { for f.warnings.iter().map(|w| html! { <li class="datalots-warning" data-testid="field-warning">{pick(w, lang)}</li> }) }
            </ul>
        </div>
    }
}

/// A group of checkboxes (`chosen`: the values checked).
fn checkboxes(c: &Control, chosen: Vec<String>) -> Html {
    let (f, lang) = (c.f, c.lang);
    let t = publish::texts(lang);
    html! {
        <fieldset class="datalots-checks" id={c.id.clone()} data-testid={testid(f.key)}
                  aria-describedby={c.described.clone()} aria-invalid={c.invalid}>
            <legend>{pick(&f.label, lang)}
                if f.mandatory { <span class="datalots-hint">{format!(" ({})", t.mandatory)}</span> }
            </legend>
            { for f.choices.iter().map(|choice| {
                let cid = format!("{}-{}", c.id, choice.value);
                let on = chosen.contains(&choice.value);
                let onchange = {
                    let (key, chosen, value) = (f.key, chosen.clone(), choice.value.clone());
                    c.on_set.reform(move |e: Event| {
                        let checked = e.target_dyn_into::<HtmlInputElement>().is_some_and(|i| i.checked());
                        let mut v: Vec<String> = chosen.iter().filter(|x| **x != value).cloned().collect();
                        if checked { v.push(value.clone()); }
                        (key, v)
                    })
                };
                html! {
                    <div class="datalots-option">
                        <input type="checkbox" id={cid.clone()} value={choice.value.clone()} checked={on} {onchange} />
                        <label for={cid}>{pick(&choice.label, lang)}</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

/// A select of the field's choices, with an empty one first.
fn select(c: &Control, shown: &str) -> Html {
    let (f, lang) = (c.f, c.lang);
    let onchange = super::reform_some(&c.set(), |e: Event| {
        e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value())
    });
    html! {
        <>
        {c.label()}
        <select id={c.id.clone()} data-testid={testid(f.key)} aria-describedby={c.described.clone()}
                aria-invalid={c.invalid} disabled={c.locked} {onchange}>
            <option value="" selected={shown.is_empty()}>{publish::texts(lang).choose}</option>
            { for f.choices.iter().map(|choice| html! {
                <option value={choice.value.clone()} selected={choice.value == shown}>{pick(&choice.label, lang)}</option>
            }) }
        </select>
        </>
    }
}

/// A text input, or a text area for the description.
fn text(c: &Control, shown: String) -> Html {
    let key = c.f.key;
    if c.f.input == Input::Paragraph {
        let oninput = super::reform_some(&c.set(), |e: InputEvent| {
            e.target_dyn_into::<HtmlTextAreaElement>()
                .map(|a| a.value())
        });
        return html! {
            <>
            {c.label()}
            <textarea id={c.id.clone()} data-testid={testid(key)} rows="5" aria-describedby={c.described.clone()}
                      aria-invalid={c.invalid} value={shown} {oninput} />
            </>
        };
    }
    let oninput = super::reform_some(&c.set(), |e: InputEvent| {
        e.target_dyn_into::<HtmlInputElement>().map(|i| i.value())
    });
    html! {
        <>
        {c.label()}
        <input type={input_type(c.f.input)} id={c.id.clone()} data-testid={testid(key)} aria-describedby={c.described.clone()}
               aria-invalid={c.invalid} value={shown} readonly={c.locked} {oninput} />
        </>
    }
}

/// Datalots' suggestion and the button that accepts it (an empty, hidden paragraph
/// when there is none).
fn suggestion(c: &Control, note: Option<&datalots::Both>, id: String) -> Html {
    let Some(note) = note else {
        return html! { <p class="datalots-suggestion" hidden=true></p> };
    };
    let (f, lang) = (c.f, c.lang);
    let t = publish::texts(lang);
    let accept = {
        let (key, value) = (f.key, values(f));
        c.on_set.reform(move |_: MouseEvent| (key, value.clone()))
    };
    html! {
        <p {id} class="datalots-suggestion" data-testid="suggestion" data-field={f.key.as_str()}>
            <span class="datalots-mark">{t.suggestion}</span>{" "}{pick(note, lang)}{" "}
            <button type="button" class="datalots-button datalots-small" data-testid="accept-suggestion"
                    aria-label={format!("{}: {}", t.accept, pick(&f.label, lang))} onclick={accept}>{t.accept}</button>
        </p>
    }
}

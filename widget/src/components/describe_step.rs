//! Step 4: describe the dataset (DIGG §6). The form is the facade's `FormView`,
//! computed in the worker on every change: the grade Sveriges dataportal will give
//! (live, each missing point linked to its field), the dataset's fields, then the
//! publisher's, the first ones (mandatory, and those the grade needs seen: the theme)
//! before the others behind a disclosure.

use datalots::form::{FormInput, FormView};
use yew::prelude::*;

use super::field::{FormField, typed};
use super::refused::refused;
use super::summary::summary;
use crate::i18n::{Lang, pick, publish::texts};
use crate::model::Shared;
use crate::model::flow::Action;
use datalots::form::FieldKey;

/// Step 4's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct DescribeStepProps {
    /// The language.
    pub lang: Lang,
    /// The last form the worker computed (none yet: "checking").
    pub form: Option<Shared<FormView>>,
    /// What the person typed.
    pub draft: FormInput,
    /// The page locked the publisher fields.
    pub locked: bool,
    /// Dispatches to the flow.
    pub on_action: Callback<Action>,
}

/// Step 4.
#[function_component(DescribeStep)]
pub fn describe_step(props: &DescribeStepProps) -> Html {
    let t = texts(props.lang);
    let on_set = use_memo(props.on_action.clone(), |on_action| {
        on_action.reform(|(key, values): (FieldKey, Vec<String>)| Action::Set { key, values })
    });
    let Some(form) = props.form.clone() else {
        return html! {
            <div id="datalots-step-describe"><h3>{t.describe_heading}</h3><p role="status">{t.computing}</p></div>
        };
    };
    let lang = props.lang;
    let section = |name: &str, locked: bool| {
        let in_section = || form.fields.iter().filter(move |f| f.section == name);
        let field = |f: &datalots::form::Field| {
            html! {
                <FormField key={f.key.as_str()} {lang} field={f.clone()} typed={typed(&props.draft, f.key)}
                    {locked} on_set={(*on_set).clone()} />
            }
        };
        let recommended: Vec<_> = in_section().filter(|f| !f.first).collect();
        let open = recommended.iter().any(|f| !f.errors.is_empty());
        html! {
            <>
            { for in_section().filter(|f| f.first).map(field) }
            if !recommended.is_empty() {
                <details class="datalots-recommended" {open}>
                    <summary>{t.recommended}</summary>
                    { for recommended.into_iter().map(field) }
                </details>
            }
            </>
        }
    };
    let notices = (!form.notices.is_empty()).then(|| html! {
        <section aria-labelledby="datalots-notices-heading">
            <h4 id="datalots-notices-heading">{t.notices_heading}</h4>
            <ul data-testid="notices">{ for form.notices.iter().map(|n| html! { <li>{pick(n, lang)}</li> }) }</ul>
        </section>
    });
    html! {
        <div id="datalots-step-describe" data-testid="describe">
            <h3>{t.describe_heading}</h3>
            <p>{t.describe_intro}</p>
            {refused(&form, lang)}
            if let Some(g) = &form.quality {
                {super::quality::grade(g, false, None, lang, &props.on_action)}
            }
            <section aria-labelledby="datalots-dataset-heading" class="datalots-form-section">
                <h4 id="datalots-dataset-heading">{t.dataset_heading}</h4>
                {section("dataset", false)}
            </section>
            <section aria-labelledby="datalots-publisher-heading" class="datalots-form-section">
                <h4 id="datalots-publisher-heading">{t.publisher_heading}</h4>
                <p class="datalots-hint">{if props.locked { t.publisher_locked } else { t.publisher_intro }}</p>
                {section("publisher", props.locked)}
            </section>
            {notices}
            {summary(&form, lang)}
        </div>
    }
}

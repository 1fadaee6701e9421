//! Step 3: the licence questions (DIGG §5), one at a time as the answers lead, and the
//! recommendation with its reasons.

use datalots::Answers;
use datalots::questionnaire::{FindingView, LicenceForm, QuestionView};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{Lang, Texts, pick, texts};
use crate::model::flow::{Action, answer_values};

/// Step 3's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct LicenceStepProps {
    /// The language.
    pub lang: Lang,
    /// The answers so far.
    pub answers: Answers,
    /// The personal data question was answered from the file's profile.
    pub prefilled: bool,
    /// Dispatches to the flow (answers).
    pub on_action: Callback<Action>,
}

/// Step 3.
#[function_component(LicenceStep)]
pub fn licence_step(props: &LicenceStepProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let form = LicenceForm::new(&props.answers);
    let stop = form.outcome == "stop" || !form.conflicts.is_empty();
    html! {
        <div id="datalots-step-licence">
            <h3>{t.licence_heading}</h3>
            <p>{t.licence_intro}</p>
            if props.prefilled {
                <p class="datalots-mark">{t.prefilled_personal}</p>
            }
            { for form.questions.iter().map(|q| question(q, lang, &props.on_action)) }
            <section class={classes!("datalots-result", stop.then_some("datalots-stop"))}
                     data-testid="licence-result" data-outcome={form.outcome.clone()} aria-live="polite"
                     aria-labelledby="datalots-licence-result-heading">
                <h4 id="datalots-licence-result-heading">{t.licence_result}</h4>
                if let Some(l) = &form.licence {
                    <p class="datalots-licence"><strong>{pick(l, lang)}</strong></p>
                }
                <p>{pick(&form.summary, lang)}</p>
                {findings(t.conflicts, &form.conflicts, "datalots-conflicts", lang, t)}
                {findings(t.reasons, &form.reasons, "datalots-reasons", lang, t)}
                {findings(t.warnings, &form.warnings, "datalots-warnings", lang, t)}
                if let Some(a) = &form.attribution {
                    <p>{t.attribution}{" "}<q>{pick(a, lang)}</q></p>
                }
            </section>
        </div>
    }
}

/// One question with its options.
fn question(q: &QuestionView, lang: Lang, on_action: &Callback<Action>) -> Html {
    let name = format!("datalots-q-{}", q.key);
    let help_id = format!("{name}-help");
    let options = q.options.iter().map(|o| {
        let id = format!("{name}-{}", o.value);
        let onchange = {
            let (q, value) = (q.clone(), o.value.clone());
            on_action.reform(move |e: Event| {
                let on = e
                    .target_dyn_into::<HtmlInputElement>()
                    .is_some_and(|i| i.checked());
                let values = answer_values(&q, &value, on);
                Action::Answer { key: q.key.clone(), values }
            })
        };
        html! {
            <div class="datalots-option">
                <input type={if q.multiple { "checkbox" } else { "radio" }} id={id.clone()} name={name.clone()}
                       value={o.value.clone()} checked={o.chosen} {onchange} />
                <label for={id}>{pick(&o.label, lang)}</label>
            </div>
        }
    });
    html! {
        <fieldset class="datalots-question" data-testid="licence-question" data-question-id={q.key.clone()}
                  aria-describedby={help_id.clone()}>
            <legend>{pick(&q.text, lang)}</legend>
            <p id={help_id} class="datalots-hint">{pick(&q.help, lang)}</p>
            { for options }
        </fieldset>
    }
}

/// A list of findings with their sources, under a heading (nothing when empty).
fn findings(title: &str, list: &[FindingView], class: &str, lang: Lang, t: &Texts) -> Html {
    if list.is_empty() {
        return html! {};
    }
    html! {
        <>
        <h4>{title.to_owned()}</h4>
        <ul class={class.to_owned()}>
            { for list.iter().map(|f| html! {
                <li>{pick(&f.text, lang)}{" "}
                    <span class="datalots-source">{format!("({}: {})", t.source, pick(&f.source, lang))}</span>
                </li>
            }) }
        </ul>
        </>
    }
}

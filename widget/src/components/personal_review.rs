//! The columns flagged as personal data and the steward's decisions (step 2), and the
//! same as a checklist (step 5): the warning for the flags that stand, each flagged
//! column with what it holds, and for names, e-mail addresses and phone numbers a
//! «not personal data» with the reason, or the decision and a way to take it back.
//! The facade decides what may be dismissed and words every line
//! (`datalots::personal`). View functions.

use datalots::Both;
use datalots::personal::{self, Dismissal, Reviewed};
use datalots::view::ProfileView;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{Lang, about, pick, texts};
use crate::model::flow::Action;

/// Step 2's personal-data part: the warning for the flags that stand, then the
/// flagged columns with their decisions.
pub fn personal_review(
    view: &ProfileView,
    dismissals: &[Dismissal],
    error: Option<&(String, Both)>,
    lang: Lang,
    on_action: &Callback<Action>,
) -> Html {
    if view.personal.is_empty() {
        return html! {};
    }
    let review = personal::review(&view.personal, dismissals);
    let warning = review.warning.as_ref().map(|w| {
        html! {
            <div class="datalots-alert" data-testid="personal-data-warning" role="alert">
                <h3>{texts(lang).personal_heading}</h3>
                <p>{pick(w, lang)}</p>
            </div>
        }
    });
    html! {
        <>
        {warning}
        <section aria-labelledby="datalots-flagged-heading" data-testid="personal-review">
            <h4 id="datalots-flagged-heading">{about::texts(lang).flagged_heading}</h4>
            <ul aria-live="polite">
                { for review.columns.iter().enumerate().map(|(i, c)| column(i, c, error, lang, on_action)) }
            </ul>
        </section>
        </>
    }
}

/// One flagged column: its line, and the control its kind allows.
fn column(
    i: usize,
    c: &Reviewed,
    error: Option<&(String, Both)>,
    lang: Lang,
    on_action: &Callback<Action>,
) -> Html {
    let t = about::texts(lang);
    let name = c.column.name.clone();
    let control = if c.dismissed.is_some() {
        let column = name.clone();
        let onclick = on_action.reform(move |_: MouseEvent| Action::Undismiss {
            column: column.clone(),
        });
        html! { <button type="button" class="datalots-button" data-testid="undismiss" {onclick}>{t.undismiss}</button> }
    } else if c.dismissible {
        let (id, hint) = (
            format!("datalots-reason-{i}"),
            format!("datalots-reason-{i}-hint"),
        );
        let column = name.clone();
        let onsubmit = on_action.reform(move |e: SubmitEvent| {
            e.prevent_default();
            Action::Dismiss {
                column: column.clone(),
                reason: typed_reason(&e).unwrap_or_default(),
            }
        });
        let err = error.filter(|(c, _)| *c == name).map(|(_, e)| {
            html! { <p class="datalots-error" role="alert" data-testid="dismiss-error">{pick(e, lang)}</p> }
        });
        html! {
            <details data-testid="dismiss" open={err.is_some()}>
                <summary>{t.dismiss_open}</summary>
                <form class="datalots-field" {onsubmit} novalidate=true>
                    <label for={id.clone()}>{t.reason_label}</label>
                    <input id={id} type="text" data-testid="dismiss-reason" aria-describedby={hint.clone()} />
                    <span id={hint} class="datalots-hint">{t.reason_hint}</span>
                    // Always a node, so that the field before it is kept with what
                    // was typed (yew matches unkeyed children from the end).
                    {err.unwrap_or_default()}
                    <button type="submit" class="datalots-button" data-testid="dismiss-save">{t.dismiss_save}</button>
                </form>
            </details>
        }
    } else {
        html! {}
    };
    html! {
        <li data-testid="personal-column" data-column={name} data-dismissed={c.dismissed.is_some().to_string()}>
            <p>{pick(&c.text, lang)}</p>
            {control}
        </li>
    }
}

/// The reason typed in the form a submit event came from.
fn typed_reason(e: &SubmitEvent) -> Option<String> {
    let form = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let input = form.query_selector("input").ok()??;
    Some(input.dyn_into::<web_sys::HtmlInputElement>().ok()?.value())
}

/// Step 5's checklist: every flagged column with the decision, when any is flagged.
pub fn personal_checklist(
    view: Option<&ProfileView>,
    dismissals: &[Dismissal],
    lang: Lang,
) -> Html {
    let Some(view) = view.filter(|v| !v.personal.is_empty()) else {
        return html! {};
    };
    let review = personal::review(&view.personal, dismissals);
    html! {
        <section aria-labelledby="datalots-checklist-heading" data-testid="personal-checklist">
            <h4 id="datalots-checklist-heading">{about::texts(lang).checklist_heading}</h4>
            <ul>
                { for review.columns.iter().map(|c| html! {
                    <li data-dismissed={c.dismissed.is_some().to_string()}>{pick(&c.text, lang)}</li>
                }) }
            </ul>
        </section>
    }
}

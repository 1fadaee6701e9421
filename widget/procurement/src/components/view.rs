//! The procurement view: the questions of the `procurement` crate with their help
//! texts, then the requirements it chooses grouped by area — each can be switched off
//! or have its text edited (kept in `localStorage`) — and the exports as downloads.

use std::rc::Rc;

use datalots_widget_support::{Lang, storage};
use yew::prelude::*;

use super::question::Question;
use super::results::Results;
use crate::model::{Action, STORAGE_KEY, Saved};
use crate::texts::texts;

/// What the page configured for the procurement view.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProcurementProps {
    /// The language the view starts in.
    #[prop_or_default]
    pub lang: Lang,
    /// When set, a «back» button calls it (the view was opened from the first screen).
    #[prop_or_default]
    pub on_back: Option<Callback<()>>,
}

/// The procurement view.
#[function_component(ProcurementView)]
pub fn procurement_view(props: &ProcurementProps) -> Html {
    let lang = use_state(|| props.lang);
    let saved = use_state(|| Rc::new(storage::load::<Saved>(STORAGE_KEY).unwrap_or_default()));
    let on_action = {
        let saved = saved.clone();
        Callback::from(move |action: Action| {
            let mut next = (**saved).clone();
            next.reduce(action);
            // A full or forbidden storage only loses persistence, not the work on
            // screen.
            storage::save(STORAGE_KEY, &next);
            saved.set(Rc::new(next));
        })
    };
    let t = texts(*lang);
    let selection = Rc::new(saved.selection());
    let on_switch = {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| lang.set(lang.other()))
    };
    let back = props.on_back.clone().map(|cb| {
        html! { <button type="button" class="datalots-link" data-testid="procurement-back"
        onclick={Callback::from(move |_: MouseEvent| cb.emit(()))}>{t.back}</button> }
    });
    html! {
        <section class="datalots datalots-procurement" lang={lang.tag()} aria-labelledby="datalots-procurement-heading">
            <div class="datalots-bar">
                <h2 id="datalots-procurement-heading" data-testid="procurement-heading">{t.heading}</h2>
                <button type="button" class="datalots-lang" lang={lang.other().tag()}
                        data-testid="procurement-lang-switch" onclick={on_switch}>{t.switch_language}</button>
            </div>
            {for back}
            <p>{t.intro}</p>
            <form class="datalots-questions" aria-labelledby="datalots-questions-heading"
                  onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h3 id="datalots-questions-heading">{t.questions_heading}</h3>
                // Keyed: yew matches unkeyed lists from the end, which would move a
                // clicked radio button into the question that appears after it.
                { for selection.asked.iter().map(|q| html! {
                    <Question key={q.question().key} lang={*lang} question={*q}
                        value={saved.current(*q)} on_action={on_action.clone()} />
                }) }
                <button type="button" class="datalots-link" onclick={on_action.reform(|_: MouseEvent| Action::Reset)}>{t.reset}</button>
            </form>
            if selection.outcome == procurement::Outcome::Complete {
                <Results lang={*lang} {selection} saved={(*saved).clone()} {on_action} />
            } else {
                <p data-testid="procurement-incomplete">{t.incomplete}</p>
            }
        </section>
    }
}

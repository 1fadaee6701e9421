//! The requirements chosen, by DIGG's requirement area, and the downloads.

use std::rc::Rc;

use datalots_widget_support::Lang;
use procurement::Selection;
use yew::prelude::*;

use super::downloads::Downloads;
use super::plang;
use super::requirement::Requirement;
use crate::model::{Action, Saved};
use crate::texts::texts;

/// The results' properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ResultsProps {
    /// The language.
    pub lang: Lang,
    /// The requirements chosen (complete).
    pub selection: Rc<Selection>,
    /// What the person changed (which texts are edited).
    pub saved: Rc<Saved>,
    /// Dispatches to the view.
    pub on_action: Callback<Action>,
}

/// The requirements and the downloads.
#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let (pl, t) = (plang(lang), texts(lang));
    let sel = &props.selection;
    let total = sel.requirements().count();
    let included = sel.included().count();
    let areas = sel.areas.iter().map(|area| {
        let heading = format!("datalots-area-{}", area.number);
        html! {
            <section key={area.number.to_string()} class="datalots-area" aria-labelledby={heading.clone()}>
                <h3 id={heading}>{format!("{}. {}", area.number, area.title.get(pl))}</h3>
                <p>{area.summary.get(pl)}</p>
                <ul class="datalots-reqs">
                    { for area.requirements.iter().map(|r| html! {
                        <Requirement key={r.id.clone()} {lang} requirement={r.clone()}
                            edited={props.saved.edited(&r.id, pl)} on_action={props.on_action.clone()} />
                    }) }
                </ul>
            </section>
        }
    });
    html! {
        <>
            <h3 class="datalots-results-heading">{t.results_heading}</h3>
            <p data-testid="requirement-count">{format!("{} {included} {} {total}", t.chosen, t.of)}</p>
            <p>{t.dcat_note}</p>
            {for areas}
            <Downloads {lang} selection={sel.clone()} />
        </>
    }
}

//! The «next step» button under the step shown.

use yew::prelude::*;

use super::stepper::title;
use crate::i18n::{Lang, texts};
use crate::model::flow::{Action, Step};

/// The button's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct NextStepProps {
    /// The language.
    pub lang: Lang,
    /// The step it leads to; none: no button.
    pub next: Option<Step>,
    /// Dispatches to the flow.
    pub on_action: Callback<Action>,
}

/// The «next step» button.
#[function_component(NextStep)]
pub fn next_step(props: &NextStepProps) -> Html {
    let Some(step) = props.next else {
        return html! {};
    };
    let t = texts(props.lang);
    let go = props
        .on_action
        .reform(move |_: MouseEvent| Action::Go(step));
    html! {
        <p><button type="button" class="datalots-button datalots-next" data-testid="next-step" onclick={go}>
            {format!("{}: {}", t.next, title(step, t))}
        </button></p>
    }
}

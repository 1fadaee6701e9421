//! The «next step» button under the step shown (a view function: no state).

use yew::prelude::*;

use super::stepper::title;
use crate::i18n::{Lang, texts};
use crate::model::flow::{Action, Step};

/// The button to `next`, if there is a next step.
pub fn next_step(lang: Lang, next: Option<Step>, on_action: &Callback<Action>) -> Html {
    let Some(step) = next else {
        return html! {};
    };
    let t = texts(lang);
    let go = on_action.reform(move |_: MouseEvent| Action::Go(step));
    html! {
        <p><button type="button" class="datalots-button datalots-next" data-testid="next-step" onclick={go}>
            {format!("{}: {}", t.next, title(step, t))}
        </button></p>
    }
}

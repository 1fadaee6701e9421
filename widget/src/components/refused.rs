//! Why the file cannot be published as it is (steps 4 and 5): the licence answers
//! that stop it, personnummer in the file. A view function, shared by the two steps.

use datalots::form::FormView;
use yew::prelude::*;

use crate::i18n::{Lang, pick, publish::texts};

/// The reasons, when there are any.
pub fn refused(view: &FormView, lang: Lang) -> Html {
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

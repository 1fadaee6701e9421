//! Why the file cannot be published as it is (steps 4 and 5): the licence answers
//! that stop it, personnummer in the file.

use std::rc::Rc;

use datalots::form::FormView;
use yew::prelude::*;

use crate::i18n::{Lang, pick, publish::texts};

/// The refusal's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct RefusedProps {
    /// The language.
    pub lang: Lang,
    /// The form.
    pub form: Rc<FormView>,
}

/// The reasons, when there are any.
#[function_component(Refused)]
pub fn refused(props: &RefusedProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    if props.form.refused.is_empty() {
        return html! {};
    }
    html! {
        <div class="datalots-alert" role="alert" data-testid="refused">
            <h4>{t.refused_heading}</h4>
            <ul>{ for props.form.refused.iter().map(|r| html! { <li>{pick(r, lang)}</li> }) }</ul>
            <p>{t.refused_help}</p>
        </div>
    }
}

//! One requirement: its kind, a switch to include it, its text (editable, with a way
//! back to the catalogue's), the motive, how it is verified and followed up, and why
//! it was chosen.

use datalots_widget_support::Lang;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::plang;
use crate::model::Action;
use crate::texts::texts;

/// A requirement's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct RequirementProps {
    /// The language.
    pub lang: Lang,
    /// The requirement, with its text as edited.
    pub requirement: procurement::Requirement,
    /// Its text was edited in this language.
    pub edited: bool,
    /// Dispatches to the view.
    pub on_action: Callback<Action>,
}

/// One requirement.
#[function_component(Requirement)]
pub fn requirement(props: &RequirementProps) -> Html {
    let r = &props.requirement;
    let (pl, t) = (plang(props.lang), texts(props.lang));
    let id = r.id.clone();
    let on_toggle = props.on_action.reform(move |e: Event| {
        let on = e
            .target_dyn_into::<HtmlInputElement>()
            .is_some_and(|i| i.checked());
        Action::Include { id: id.clone(), on }
    });
    let id = r.id.clone();
    let on_action = props.on_action.clone();
    let on_edit = Callback::from(move |e: InputEvent| {
        if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
            let (id, text) = (id.clone(), area.value());
            on_action.emit(Action::Edit { id, lang: pl, text });
        }
    });
    let id = r.id.clone();
    let on_restore = props
        .on_action
        .reform(move |_: MouseEvent| Action::Restore {
            id: id.clone(),
            lang: pl,
        });
    let check_id = format!("datalots-req-on-{}", r.id);
    let text_id = format!("datalots-req-text-{}", r.id);
    let class = if r.included {
        "datalots-req"
    } else {
        "datalots-req datalots-req-off"
    };
    html! {
        <li class={class} data-testid="requirement" data-requirement-id={r.id.clone()}>
            <h4>{format!("{} {}", r.id, r.title.get(pl))}</h4>
            <p class="datalots-req-kind">{format!("{}: {}", t.kind, r.kind.label().get(pl))}</p>
            <div class="datalots-check">
                <input type="checkbox" id={check_id.clone()} checked={r.included}
                       data-testid="requirement-include" onchange={on_toggle} />
                <label for={check_id}>{t.include}</label>
            </div>
            <label for={text_id.clone()}>
                {format!("{} {}", t.text_label, r.id)}
                if props.edited { {" "}{t.edited} }
            </label>
            <textarea id={text_id} rows="4" data-testid="requirement-text"
                      value={r.text.get(pl).to_owned()} oninput={on_edit} />
            if props.edited {
                <button type="button" class="datalots-link" onclick={on_restore}>{t.restore}</button>
            }
            <p><strong>{format!("{}: ", t.motive)}</strong>{r.motive.get(pl)}</p>
            <p><strong>{format!("{}: ", t.verification)}</strong>{r.verification.get(pl)}</p>
            if let Some(f) = &r.follow_up {
                <p><strong>{format!("{}: ", t.follow_up)}</strong>{f.get(pl)}</p>
            }
            <p class="datalots-why"><strong>{format!("{}: ", t.why)}</strong>
                {r.why.iter().map(|w| w.get(pl)).collect::<Vec<_>>().join(" ")}</p>
        </li>
    }
}

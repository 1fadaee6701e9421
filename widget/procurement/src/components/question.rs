//! One question of the procurement walk: radio buttons for yes/no and for a choice,
//! a number or a text input, with its help text.

use datalots_widget_support::Lang;
use procurement::{AnswerKind, QuestionId};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::plang;
use crate::model::Action;
use crate::texts::texts;

/// A question's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct QuestionProps {
    /// The language.
    pub lang: Lang,
    /// The question.
    pub question: QuestionId,
    /// Its current answer, as an input's value.
    pub value: Option<String>,
    /// Dispatches to the view.
    pub on_action: Callback<Action>,
}

/// One question.
#[function_component(Question)]
pub fn question(props: &QuestionProps) -> Html {
    let q = props.question.question();
    let (pl, t) = (plang(props.lang), texts(props.lang));
    let key = q.key;
    let value = props.value.as_deref();
    let help_id = format!("datalots-q-help-{key}");
    let on_change = {
        let id = q.id;
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                let value = i.value();
                on_action.emit(Action::Answer {
                    question: id,
                    value,
                });
            }
        })
    };
    let choices = |options: Vec<(String, String)>| -> Html {
        options
            .into_iter()
            .enumerate()
            .map(|(i, (v, label))| {
                let id = format!("datalots-q-{key}-{i}");
                html! {
                    <div key={v.clone()} class="datalots-check">
                        <input type="radio" name={format!("datalots-q-{key}")} id={id.clone()}
                               value={v.clone()} checked={value == Some(v.as_str())}
                               onchange={on_change.clone()} />
                        <label for={id}>{label}</label>
                    </div>
                }
            })
            .collect()
    };
    let control = match q.kind {
        AnswerKind::YesNo => choices(vec![
            ("true".into(), t.yes.into()),
            ("false".into(), t.no.into()),
        ]),
        AnswerKind::OneOf => choices(
            q.options
                .iter()
                .map(|o| (o.value.to_owned(), o.label.get(pl).to_owned()))
                .collect(),
        ),
        AnswerKind::Number { min, max, .. } => html! {
            <input type="number" id={format!("datalots-q-{key}")} min={min.to_string()} max={max.to_string()} step="1"
                   inputmode="numeric" aria-labelledby={format!("datalots-q-legend-{key}")}
                   aria-describedby={help_id.clone()}
                   value={value.unwrap_or_default().to_owned()} onchange={on_change.clone()} />
        },
        AnswerKind::Text => html! {
            <input type="text" id={format!("datalots-q-{key}")} autocomplete="organization" maxlength="200"
                   aria-labelledby={format!("datalots-q-legend-{key}")}
                   aria-describedby={help_id.clone()}
                   value={value.unwrap_or_default().to_owned()} onchange={on_change.clone()} />
        },
    };
    html! {
        <fieldset class="datalots-question" data-testid="procurement-question" data-question-id={key}
                  aria-describedby={help_id.clone()}>
            <legend id={format!("datalots-q-legend-{key}")}>{q.text.get(pl)}</legend>
            <p class="datalots-help" id={help_id}>{q.help.get(pl)}</p>
            {control}
        </fieldset>
    }
}

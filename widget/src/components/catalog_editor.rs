//! The edit form of one dataset in «Vår katalog»: its title, description, keywords
//! and themes, with the same field component as the describe form.

use datalots::form::edit_fields;
use yew::prelude::*;

use super::field::{FormField, typed};
use crate::i18n::{Lang, catalog::texts};
use crate::model::catalog::{Action, Editing, edits};
use datalots::form::FieldKey;

/// The editor's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct CatalogEditorProps {
    /// The language.
    pub lang: Lang,
    /// The dataset and its texts as typed.
    pub editing: Editing,
    /// Dispatches to the catalogue view.
    pub on_action: Callback<Action>,
}

/// The edit form.
#[function_component(CatalogEditor)]
pub fn catalog_editor(props: &CatalogEditorProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let on_set = use_memo(props.on_action.clone(), |on_action| {
        on_action.reform(|(key, values): (FieldKey, Vec<String>)| Action::Set { key, values })
    });
    let Editing { iri, input } = &props.editing;
    let fields = edit_fields(&edits(input));
    let save = props.on_action.reform(|_: MouseEvent| Action::Save);
    let cancel = props.on_action.reform(|_: MouseEvent| Action::CancelEdit);
    html! {
        <section class="datalots-form-section" aria-labelledby="datalots-edit-heading" data-testid="edit-form">
            <h4 id="datalots-edit-heading">{t.edit_heading}{" "}<code>{iri.clone()}</code></h4>
            { for fields.iter().map(|f| html! {
                <FormField key={f.key.as_str()} {lang} typed={typed(input, f.key)} field={f.clone()} on_set={(*on_set).clone()} />
            }) }
            <p>
                <button type="button" class="datalots-button" data-testid="save-dataset" onclick={save}>{t.save}</button>{" "}
                <button type="button" class="datalots-button" onclick={cancel}>{t.cancel}</button>
            </p>
        </section>
    }
}

//! The datasets of the catalogue: title and address, licences, when modified, the
//! check's counts, and per dataset edit, remove (after a confirmation) and update
//! from a new version of its CSV file.

use datalots::catalog::ListedDataset;
use datalots::session::{Op, SessionView};
use yew::prelude::*;

use crate::browser::{chosen_file, confirm};
use crate::i18n::{Lang, catalog::texts, pick};
use crate::model::Shared;
use crate::model::catalog::Action;

/// The list's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct CatalogListProps {
    /// The language.
    pub lang: Lang,
    /// The last answer (with its listing).
    pub view: Shared<SessionView>,
    /// Dispatches to the catalogue view.
    pub on_action: Callback<Action>,
    /// A new version of a dataset's CSV file was chosen: (IRI, file).
    pub on_update: Callback<(String, web_sys::File)>,
}

/// The datasets table.
#[function_component(CatalogList)]
pub fn catalog_list(props: &CatalogListProps) -> Html {
    let t = texts(props.lang);
    let Some(listing) = &props.view.listing else {
        return html! {};
    };
    html! {
        <div class="datalots-scroll" tabindex="0" role="region" aria-labelledby="datalots-catalog-caption">
        <table class="datalots-table" data-testid="catalog-list">
            <caption id="datalots-catalog-caption">{t.datasets}</caption>
            <thead><tr>
                <th scope="col">{t.title}</th><th scope="col">{t.licence}</th>
                <th scope="col">{t.modified}</th><th scope="col">{t.check}</th>
                <th scope="col">{crate::i18n::quality::texts(props.lang).points_column}</th><th scope="col">{t.actions}</th>
            </tr></thead>
            <tbody>
            { for listing.datasets.iter().map(|d| row(d, props)) }
            </tbody>
        </table>
        </div>
    }
}

/// One dataset.
fn row(d: &ListedDataset, props: &CatalogListProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let title = d
        .title
        .iter()
        .find(|x| x.lang.as_deref() == Some(lang.tag()))
        .or(d.title.first())
        .map(|x| x.value.clone())
        .unwrap_or_else(|| d.iri.clone());
    let iri = d.iri.clone();
    let remove = super::reform_some(&props.on_action, move |_: MouseEvent| {
        let iri = iri.clone();
        confirm(t.confirm_remove).then_some(Action::Run(Op::Remove { iri }))
    });
    let iri = d.iri.clone();
    let edit = props
        .on_action
        .reform(move |_: MouseEvent| Action::Edit { iri: iri.clone() });
    let iri = d.iri.clone();
    let update = super::reform_some(&props.on_update, move |e: Event| {
        chosen_file(&e).map(|f| (iri.clone(), f))
    });
    let upd_id = format!("datalots-update-{}", d.iri.len() + title.len());
    html! {
        <tr data-testid="catalog-row" data-iri={d.iri.clone()}
            data-violations={d.violations.to_string()} data-modified={d.modified.clone()}>
            <th scope="row">{title.clone()}<br/><code>{d.iri.clone()}</code></th>
            <td>{d.licence_names.iter().map(|n| pick(n, lang)).collect::<Vec<_>>().join(", ")}</td>
            <td>{d.modified.clone().unwrap_or_default()}</td>
            <td>{format!("{} {}, {} {}", d.violations, t.errors, d.warnings, t.recommendations)}</td>
            <td>{props.view.grade.as_ref().map(|g| super::quality::dataset_points(g, &d.iri, lang))}</td>
            <td>
                <button type="button" class="datalots-button" data-testid="edit-dataset"
                        aria-label={format!("{}: {title}", t.edit)} onclick={edit}>{t.edit}</button>{" "}
                <button type="button" class="datalots-button" data-testid="remove-dataset"
                        aria-label={format!("{}: {title}", t.remove)} onclick={remove}>{t.remove}</button>
                <div class="datalots-field">
                    <label for={upd_id.clone()}>{format!("{}: {title}", t.update)}</label>
                    <input id={upd_id} type="file" accept=".csv,.tsv,.txt,text/csv" data-testid="update-from-file"
                           onchange={update} />
                </div>
            </td>
        </tr>
    }
}

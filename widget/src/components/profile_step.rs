//! Step 2: what the file holds (DIGG §3–4): personal data first, the facts, other
//! ways to read it, the warnings, the columns with their charts, the first rows.

use datalots::Both;
use datalots::personal::Dismissal;
use datalots::read::ReadOptions;
use datalots::view::{Chart, ProfileView};
use yew::prelude::*;

use super::about_file::about_file;
use super::personal_review::personal_review;
use crate::i18n::{Lang, Texts, pick, publish, texts};
use crate::model::Shared;
use crate::model::flow::Action;

/// Step 2's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProfileStepProps {
    /// The language.
    pub lang: Lang,
    /// The profile.
    pub view: Shared<ProfileView>,
    /// The file was read another way than the detector's: the other ways stay open.
    pub read_other: bool,
    /// The steward's «not personal data» for flagged columns (the file's draft).
    #[prop_or_default]
    pub not_personal: Vec<Dismissal>,
    /// Why the last «not personal data» was not taken: the column and why.
    #[prop_or_default]
    pub dismiss_error: Option<(String, Both)>,
    /// Dispatches to the flow (read another way).
    pub on_action: Callback<Action>,
}

/// Step 2.
#[function_component(ProfileStep)]
pub fn profile_step(props: &ProfileStepProps) -> Html {
    let (view, lang) = (&*props.view, props.lang);
    let t = texts(lang);
    let personal = personal_review(
        view,
        &props.not_personal,
        props.dismiss_error.as_ref(),
        lang,
        &props.on_action,
    );
    html! {
        <div id="datalots-step-profile" data-testid="profile">
            <h3 tabindex="-1" id="datalots-profile-heading">{t.profile_heading}</h3>
            {personal}
            <section aria-labelledby="datalots-facts-heading">
                <h4 id="datalots-facts-heading">{t.facts_heading}</h4>
                <dl class="datalots-facts">
                    { for view.facts.iter().map(|f| html! { <><dt>{pick(&f.label, lang)}</dt><dd>{pick(&f.value, lang)}</dd></> }) }
                </dl>
            </section>
            {about_file(view, lang)}
            {alternatives(view, lang, props.read_other, &props.on_action)}
            {warnings(view, lang, t)}
            {columns(view, lang, t)}
            <div class="datalots-scroll" tabindex="0" role="region" aria-labelledby="datalots-preview-caption">
            <table class="datalots-table" data-testid="preview">
                <caption id="datalots-preview-caption">{t.preview_heading}</caption>
                <thead><tr>{ for view.preview.headers.iter().map(|h| html! { <th scope="col">{h}</th> }) }</tr></thead>
                <tbody>
                { for view.preview.rows.iter().map(|r| html! {
                    <tr>{ for r.iter().map(|c| html! { <td>{c}</td> }) }</tr>
                }) }
                </tbody>
            </table>
            </div>
            if !view.preview.masked_columns.is_empty() {
                <p>{t.masked_note}</p>
            }
            <p>{t.later_steps}</p>
        </div>
    }
}

/// Other ways to read the file. In doubt (or already read another way) they are
/// offered openly; else they wait behind a disclosure, so a clean file shows no
/// question.
fn alternatives(view: &ProfileView, lang: Lang, open: bool, on_action: &Callback<Action>) -> Html {
    let heading = publish::texts(lang).read_other_heading;
    let choices = html! {
        <ul>
        { for view.alternatives.iter().map(|a| {
            let read = ReadOptions { delimiter: Some(a.delimiter), ..ReadOptions::default() };
            let onclick = on_action.reform(move |_: MouseEvent| Action::ReadWith(read.clone()));
            html! { <li><button type="button" class="datalots-button" data-testid="read-with"
                                data-delimiter={a.delimiter.to_string()} {onclick}>{pick(&a.label, lang)}</button></li> }
        }) }
        </ul>
    };
    if view.reading_doubtful || open {
        html! {
            <section aria-labelledby="datalots-read-heading" data-testid="read-alternatives">
                <h4 id="datalots-read-heading">{heading}</h4>
                {choices}
            </section>
        }
    } else if view.alternatives.is_empty() {
        html! {}
    } else {
        html! {
            <details data-testid="read-alternatives">
                <summary>{heading}</summary>
                {choices}
            </details>
        }
    }
}

/// The all-clear, or the warnings.
fn warnings(view: &ProfileView, lang: Lang, t: &Texts) -> Html {
    if let Some(ok) = &view.no_problems {
        return html! { <p class="datalots-ok" data-testid="no-problems">{"✓ "}{pick(ok, lang)}</p> };
    }
    if view.warnings.is_empty() {
        return html! {};
    }
    html! {
        <section aria-labelledby="datalots-warnings-heading">
            <h3 id="datalots-warnings-heading">{t.warnings_heading}</h3>
            <ul data-testid="warnings">
                { for view.warnings.iter().map(|w| html! { <li data-code={w.code.clone()}>{pick(&w.text, lang)}</li> }) }
            </ul>
        </section>
    }
}

/// The columns table.
fn columns(view: &ProfileView, lang: Lang, t: &Texts) -> Html {
    let opt = |b: &Option<Both>| b.as_ref().map(|b| pick(b, lang)).unwrap_or_default();
    html! {
        <div class="datalots-scroll" tabindex="0" role="region" aria-labelledby="datalots-columns-caption">
        <table class="datalots-table">
            <caption id="datalots-columns-caption">{t.columns_heading}</caption>
            <thead><tr>
                <th scope="col">{t.col_column}</th><th scope="col">{t.col_type}</th>
                <th scope="col">{t.col_missing}</th><th scope="col">{t.col_distinct}</th>
                <th scope="col">{t.col_min}</th><th scope="col">{t.col_max}</th>
                <th scope="col">{t.col_chart}</th>
            </tr></thead>
            <tbody>
            { for view.columns.iter().map(|c| html! {
                <tr data-testid="column-row" data-masked={c.masked.to_string()}>
                    <th scope="row">{format!("{} «{}»", c.column.letter, c.column.name)}</th>
                    <td>{pick(&c.kind, lang)}</td>
                    <td>{pick(&c.missing, lang)}</td>
                    <td>{pick(&c.distinct, lang)}</td>
                    <td>{opt(&c.min)}</td>
                    <td>{opt(&c.max)}</td>
                    <td>{ match &c.chart {
                        Some(ch) => chart(ch, lang),
                        None if c.masked => html! { <span>{t.hidden_values}</span> },
                        None => html! {},
                    } }</td>
                </tr>
            }) }
            </tbody>
        </table>
        </div>
    }
}

/// A column's distribution as a small bar chart.
fn chart(c: &Chart, lang: Lang) -> Html {
    let heights = c.heights();
    let w = 120.0;
    let h = 32.0;
    let n = heights.len().max(1) as f64;
    let bw = w / n;
    html! {
        <svg class="datalots-chart" viewBox={format!("0 0 {w} {h}")} width="120" height="32"
             role="img" aria-label={pick(&c.alt, lang)} focusable="false">
            { for heights.iter().enumerate().map(|(i, frac)| {
                let bh = (frac * (h - 2.0)).max(1.0);
                html! { <rect x={format!("{:.1}", i as f64 * bw + 1.0)} y={format!("{:.1}", h - bh)}
                              width={format!("{:.1}", (bw - 2.0).max(1.0))} height={format!("{bh:.1}")} /> }
            }) }
        </svg>
    }
}

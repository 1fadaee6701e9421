//! The grade Sveriges dataportal gives, as the facade computes it
//! (`datalots::quality`): in step 4 live as the person types (points per dimension,
//! as text and a bar, and each missing point with a link to the field that earns
//! it), in step 5 the points, what the portal checks itself, the grade to expect and
//! the stars, and in «Vår katalog» the catalogue's grade with what pulls it down.
//! View functions: no state, nothing graded here (the facade's `Grade` and
//! `CatalogueGrade` give every number).

use datalots::Both;
use datalots::form::{Fix, fix_of};
use datalots::quality::{CatalogueGrade, DimensionView, Grade, IndicatorView, PortalPoints};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::i18n::{Lang, pick, quality::QualityTexts, quality::texts};
use crate::model::flow::{Action, Step};

#[wasm_bindgen(module = "/src/flow.js")]
extern "C" {
    /// Focuses the element with `id` in `from`'s shadow root, opening its disclosure.
    fn focus_field(from: &JsValue, id: &str);
}

/// Points as the language writes them: `18,26` / `18.26`; whole points without
/// decimals.
fn points(p: f64, lang: Lang) -> String {
    if p.fract() == 0.0 {
        format!("{p:.0}")
    } else {
        let s = format!("{p:.2}");
        match lang {
            Lang::Sv => s.replace('.', ","),
            Lang::En => s,
        }
    }
}

/// `80 av 100` / `80 of 100`.
fn of(p: f64, max: u32, lang: Lang, t: &QualityTexts) -> String {
    format!("{} {} {max}", points(p, lang), t.of)
}

/// `295 av 295 poäng` / `295 of 295 points`: what `data-testid="quality-score"` holds.
fn score(whole: u32, max: u32, t: &QualityTexts) -> String {
    format!("{whole} {} {max} {}", t.of, t.points)
}

/// The score line: the points (`data-testid="quality-score"`), the rating to expect
/// and, when given, the rating of the metadata alone.
fn score_line(
    (whole, max): (u32, u32),
    expected: &Both,
    now: Option<String>,
    lang: Lang,
    t: &QualityTexts,
) -> Html {
    html! {
        <p class="datalots-score">
            <strong data-testid="quality-score" data-points={whole.to_string()}>{score(whole, max, t)}</strong>
            {format!(" {} {} ", t.from_metadata, t.rating_expected)}
            <strong data-testid="quality-rating">{pick(expected, lang)}</strong>
            {now.map(|n| format!(" ({} {n})", t.rating_now))}
        </p>
    }
}

/// The dimensions, each as text and a bar whose text alternative is that text.
fn dimensions(list: &[DimensionView], lang: Lang, t: &QualityTexts, prefix: &str) -> Html {
    html! {
        <ul class="datalots-dimensions" aria-label={t.dimensions}>
            { for list.iter().map(|d| {
                let id = format!("{prefix}-dim-{}", d.name);
                let text = format!("{} {}", pick(&d.label, lang), of(d.points, d.metadata_max, lang, t));
                html! {
                    <li data-testid="quality-dimension" data-dimension={d.name.clone()}>
                        <span id={id.clone()}>{text}</span>
                        <meter min="0" max={d.metadata_max.to_string()} value={d.points.to_string()}
                               aria-labelledby={id} />
                    </li>
                }
            }) }
        </ul>
    }
}

/// Where the points of an indicator are earned, as a link (a field, the licence
/// step) or a line.
fn fix_link(i: &IndicatorView, lang: Lang, on_action: &Callback<Action>) -> Html {
    let t = texts(lang);
    match fix_of(i.name) {
        Some(Fix::Field(key)) => {
            let id = format!("datalots-f-{key}");
            let onclick = Callback::from(move |e: MouseEvent| {
                if let Some(from) = e.target() {
                    focus_field(from.unchecked_ref(), &id);
                }
            });
            html! {
                <button type="button" class="datalots-button datalots-small" data-testid="quality-fix"
                        data-field={key.as_str()} aria-label={format!("{}: {}", t.go_to_field, pick(&i.label, lang))}
                        {onclick}>{t.go_to_field}</button>
            }
        }
        Some(Fix::Licence) => {
            let onclick = on_action.reform(|_: MouseEvent| Action::Go(Step::Licence));
            html! {
                <button type="button" class="datalots-button datalots-small" data-testid="quality-fix"
                        data-step="licence" {onclick}>{t.go_to_licence}</button>
            }
        }
        Some(Fix::File) => html! { <span class="datalots-hint">{t.from_file}</span> },
        Some(Fix::Validation) => html! { <span class="datalots-hint">{t.from_validation}</span> },
        _ => html! {},
    }
}

/// An indicator's line: its name and points (`data-testid="quality-indicator"` with
/// `data-indicator` and `data-points`), and, when points are missing, what earns them.
fn indicator(i: &IndicatorView, lang: Lang, earn: Html) -> Html {
    let t = texts(lang);
    let shown = match i.points {
        Some(p) => of(p, i.max, lang, t),
        None => format!("{} {}", i.max, t.points),
    };
    html! {
        <li data-testid="quality-indicator" data-indicator={i.name}
            data-points={i.points.map(|p| p.to_string())} data-max={i.max.to_string()}>
            <strong>{format!("{}: {shown}", pick(&i.label, lang))}</strong>{" "}{earn}
        </li>
    }
}

/// The indicators with points missing, each with what earns them and where.
fn missing(list: &[IndicatorView], lang: Lang, on_action: &Callback<Action>) -> Html {
    let t = texts(lang);
    if list.is_empty() {
        return html! { <p data-testid="quality-complete">{t.none_missing}</p> };
    }
    html! {
        <>
        <h5>{t.missing_heading}</h5>
        <ul class="datalots-missing" data-testid="quality-missing">
            { for list.iter().map(|i| html! {
                <li data-indicator={i.name}>
                    <strong>{format!("{}: {}", pick(&i.label, lang), of(i.points.unwrap_or(0.0), i.max, lang, t))}</strong>
                    {" "}{pick(&i.earn, lang)}{" "}{fix_link(i, lang, on_action)}
                </li>
            }) }
        </ul>
        </>
    }
}

/// Every indicator, one `data-testid="quality-indicator"` each, in a disclosure.
fn all_indicators(list: &[IndicatorView], lang: Lang) -> Html {
    let t = texts(lang);
    html! {
        <details class="datalots-indicators">
            <summary>{t.all_indicators}</summary>
            <ul>{ for list.iter().map(|i| indicator(i, lang, html! { <code>{i.property}</code> })) }</ul>
        </details>
    }
}

/// The grade of a new dataset: in step 4 (`publish` false) as the person types, in
/// step 5 with what the portal checks at the file's `address` and the stars.
pub fn grade(
    g: &Grade,
    publish: bool,
    address: Option<&str>,
    lang: Lang,
    on_action: &Callback<Action>,
) -> Html {
    let t = texts(lang);
    let all = g.indicators();
    let now = format!(
        "{}: {}",
        of(g.points, g.max(), lang, t),
        pick(&g.rating(), lang)
    );
    html! {
        <section class="datalots-quality" data-testid="quality" aria-labelledby="datalots-quality-heading">
            <h4 id="datalots-quality-heading">{t.heading}</h4>
            <p class="datalots-hint">{if publish { t.intro_publish } else { t.intro_live }}</p>
            <div aria-live={(!publish).then_some("polite")}>
                {score_line((g.whole_points(), g.metadata_max()), &g.rating_when_reachable(), Some(now), lang, t)}
            </div>
            {dimensions(&g.dimensions(), lang, t, if publish { "datalots-publish" } else { "datalots-live" })}
            {missing(&g.missing(), lang, on_action)}
            if publish {
                <section aria-labelledby="datalots-portal-heading" data-testid="quality-portal">
                    <h5 id="datalots-portal-heading">{t.portal_heading}</h5>
                    <p>{t.portal_intro}</p>
                    if let Some(a) = address {
                        <p>{format!("{} ", t.portal_address)}<code>{a.to_owned()}</code></p>
                    }
                    <ul>{ for all.iter().filter(|i| i.checked_by_portal).map(|i| html! {
                        <li>{format!("{} ({} {}): ", pick(&i.label, lang), i.max, t.points)}{pick(&i.earn, lang)}</li>
                    }) }</ul>
                </section>
                {stars(&g.stars(), lang, t)}
            }
            {all_indicators(&all, lang)}
        </section>
    }
}

/// The stars of each distribution.
fn stars(list: &[(String, u8, Option<Both>)], lang: Lang, t: &QualityTexts) -> Html {
    html! {
        <section aria-labelledby="datalots-stars-heading">
            <h5 id="datalots-stars-heading">{t.stars_heading}</h5>
            <p class="datalots-hint">{t.stars_intro}</p>
            <ul>
                { for list.iter().map(|(distribution, n, next)| {
                    let drawn: String = (0..5).map(|i| if i < *n { '★' } else { '☆' }).collect();
                    html! {
                        <li data-testid="quality-stars" data-stars={n.to_string()}>
                            <span aria-hidden="true">{drawn}</span>{" "}
                            {format!("{n} {}", t.of_five_stars)}{" "}<code>{distribution.clone()}</code>
                            if let Some(next) = next {
                                <br/>{format!("{} ", t.next_star)}{pick(next, lang)}
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// «Vår katalog»: the catalogue's grade, with the indicators that pull it down.
pub fn catalogue(g: &CatalogueGrade, lang: Lang) -> Html {
    let t = texts(lang);
    let counted = |i: &IndicatorView| match i.passed {
        Some(p) => {
            let what = if i.distributions {
                t.distributions_word
            } else {
                t.datasets_word
            };
            html! { {format!("({p} {} {} {what}) ", t.of, i.total)} }
        }
        None => html! {},
    };
    let now = format!(
        "{}: {}",
        of(g.points, g.max(), lang, t),
        pick(&g.rating(), lang)
    );
    let average = g.stars_average.map(|avg| {
        format!(
            "{} {} {}",
            t.stars_average,
            points(avg, lang),
            t.of_five_stars
        )
    });
    html! {
        <section class="datalots-quality" data-testid="catalog-quality" aria-labelledby="datalots-catalog-quality-heading">
            <h3 id="datalots-catalog-quality-heading">{t.catalogue_heading}</h3>
            {score_line((g.whole_points(), g.metadata_max()), &g.rating_when_reachable(), Some(now), lang, t)}
            if let Some(a) = average {
                <p data-testid="catalog-stars">{a}</p>
            }
            {dimensions(&g.dimensions(), lang, t, "datalots-catalog")}
            <h4>{t.pulling_down}</h4>
            <ul class="datalots-missing" data-testid="quality-pulling-down">
                { for g.pulling_down().iter().map(|i| indicator(i, lang, html! { <>{counted(i)}{pick(&i.earn, lang)}</> })) }
            </ul>
        </section>
    }
}

/// A dataset's points in «Vår katalog»'s list.
pub fn dataset_points(g: &CatalogueGrade, iri: &str, lang: Lang) -> Html {
    let t = texts(lang);
    match g.dataset_points(iri) {
        Some(p) => html! {
            <span data-testid="catalog-points" data-points={p.to_string()}>{score(p, g.metadata_max(), t)}</span>
        },
        None => html! {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_are_written_the_languages_way() {
        assert_eq!(points(295.0, Lang::Sv), "295");
        assert_eq!(points(18.26, Lang::Sv), "18,26");
        assert_eq!(points(18.26, Lang::En), "18.26");
        assert_eq!(score(295, 295, texts(Lang::Sv)), "295 av 295 poäng");
        assert_eq!(score(295, 295, texts(Lang::En)), "295 of 295 points");
    }
}

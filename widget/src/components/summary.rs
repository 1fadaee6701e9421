//! The summary of the check against DCAT-AP-SE (steps 4 and 5): the counts, then one
//! line per finding. A view function, shared by the two steps.

use datalots::form::FormView;
use yew::prelude::*;

use crate::i18n::{Lang, pick, publish::texts};

/// The summary of findings.
pub fn summary(view: &FormView, lang: Lang) -> Html {
    let t = texts(lang);
    html! {
        <section class={classes!("datalots-summary", (view.violations > 0).then_some("datalots-stop"))}
                 data-testid="validation-summary" data-violations={view.violations.to_string()}
                 data-warnings={view.warnings.to_string()} aria-labelledby="datalots-summary-heading">
            <h4 id="datalots-summary-heading">{t.summary_heading}</h4>
            <p role="status" aria-live="polite">
                if view.violations == 0 && view.refused.is_empty() {
                    {t.summary_ok}{" "}
                }
                {format!("{} {}, {} {}.", lang.format_count(view.violations as u64), t.errors_word,
                         lang.format_count(view.warnings as u64), t.recommendations_word)}
            </p>
            if !view.findings.is_empty() {
                <ul>
                    { for view.findings.iter().map(|f| html! {
                        <li class={if f.violation { "datalots-error" } else { "datalots-warning" }}
                            data-field={f.field.map(|k| k.as_str())}>{pick(&f.text, lang)}</li>
                    }) }
                </ul>
            }
        </section>
    }
}

//! The stepper: the five steps, with DIGG's section numbers; the ones not open yet
//! are shown but not links.

use yew::prelude::*;

use crate::i18n::{Lang, Texts, texts};
use crate::model::flow::{Action, Step};

/// The stable `data-testid` (and anchor) of a step.
pub fn testid(step: Step) -> &'static str {
    match step {
        Step::File => "step-file",
        Step::Profile => "step-profile",
        Step::Licence => "step-licence",
        Step::Describe => "step-describe",
        Step::Publish => "step-publish",
    }
}

/// A step's title.
pub fn title(step: Step, t: &Texts) -> &'static str {
    match step {
        Step::File => t.step_file,
        Step::Profile => t.step_profile,
        Step::Licence => t.step_licence,
        Step::Describe => t.step_describe,
        Step::Publish => t.step_publish,
    }
}

/// The stepper's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct StepperProps {
    /// The language.
    pub lang: Lang,
    /// The step the person is on.
    pub step: Step,
    /// Which of [`Step::ALL`] are open.
    pub enabled: [bool; 5],
    /// Dispatches to the flow.
    pub on_action: Callback<Action>,
}

/// The stepper.
#[function_component(Stepper)]
pub fn stepper(props: &StepperProps) -> Html {
    let t = texts(props.lang);
    let steps = Step::ALL.iter().zip(props.enabled).enumerate();
    html! {
        <nav aria-label={t.steps_label} class="datalots-steps">
            <ol>
            { for steps.map(|(i, (&s, enabled))| {
                let digg = if s.digg().is_empty() { String::new() } else { format!(" ({} {})", t.digg_section, s.digg()) };
                let label = format!("{}. {}{}", i + 1, title(s, t), digg);
                if enabled {
                    let go = props.on_action.reform(move |e: MouseEvent| { e.prevent_default(); Action::Go(s) });
                    html! { <li><a href={format!("#datalots-{}", testid(s))} data-testid={testid(s)}
                        aria-current={(props.step == s).then_some("step")} onclick={go}>{label}</a></li> }
                } else {
                    html! { <li><span data-testid={testid(s)} aria-disabled="true">{label}{" "}{t.not_yet}</span></li> }
                }
            }) }
            </ol>
        </nav>
    }
}

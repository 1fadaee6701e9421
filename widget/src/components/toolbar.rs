//! The flow's bar: its heading and the tools (language, start over, «Vår katalog»,
//! the procurement requirements).

use yew::prelude::*;

use crate::browser::confirm;
use crate::i18n::{Lang, catalog, texts};
use crate::model::flow::{Action, Screen};

/// The bar's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ToolbarProps {
    /// The language.
    pub lang: Lang,
    /// What the widget shows (the procurement button is busy while its module loads,
    /// and gets focus back when the person returns from it).
    pub screen: Screen,
    /// Dispatches to the flow.
    pub on_action: Callback<Action>,
}

/// The heading and the tools.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let ToolbarProps {
        lang,
        screen,
        on_action,
    } = props.clone();
    let t = texts(lang);
    let procurement_button = use_node_ref();
    {
        let button = procurement_button.clone();
        use_effect_with(screen, move |screen| {
            if *screen == Screen::BackFromProcurement
                && let Some(b) = button.cast::<web_sys::HtmlElement>()
            {
                let _ = b.focus();
            }
        });
    }
    let on = |action: Action| on_action.reform(move |_: MouseEvent| action.clone());
    let on_start_over = super::reform_some(&on_action, move |_: MouseEvent| {
        confirm(texts(lang).confirm_start_over).then_some(Action::Reset)
    });
    html! {
        <div class="datalots-bar">
            <h2 id="datalots-heading" data-testid="heading">{t.heading}</h2>
            <div class="datalots-tools">
                <button type="button" class="datalots-button" lang={lang.other().tag()}
                        data-testid="lang-toggle" onclick={on(Action::SwitchLang)}>
                    {t.switch_language}
                </button>
                <button type="button" class="datalots-button" data-testid="start-over" onclick={on_start_over}>
                    {t.start_over}
                </button>
                <button type="button" class="datalots-button" data-testid="open-catalog"
                        onclick={on(Action::OpenCatalogue)}>
                    {catalog::texts(lang).open}
                </button>
                <button type="button" class="datalots-button" data-testid="open-procurement"
                        aria-busy={(screen == Screen::ProcurementLoading).to_string()}
                        ref={procurement_button} onclick={on(Action::OpenProcurement)}>
                    {t.open_procurement}
                </button>
            </div>
        </div>
    }
}

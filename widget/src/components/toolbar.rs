//! The flow's bar: its heading and the tools (language, start over, «Vår katalog»,
//! the procurement requirements). A view function, not a component: it has no state,
//! and each component costs the module about 3 KB of yew's glue.

use yew::prelude::*;

use crate::browser::confirm;
use crate::i18n::{Lang, catalog, texts};
use crate::model::flow::{Action, Screen};

/// The heading and the tools. `procurement_button`: the button that opens the
/// procurement requirements (focus goes back to it when the person returns); it is
/// busy while their module loads.
pub fn toolbar(
    lang: Lang,
    screen: Screen,
    procurement_button: NodeRef,
    on_action: &Callback<Action>,
) -> Html {
    let t = texts(lang);
    let on_start_over = super::reform_some(on_action, move |_: MouseEvent| {
        confirm(texts(lang).confirm_start_over).then_some(Action::Reset)
    });
    html! {
        <div class="datalots-bar">
            <h2 id="datalots-heading" data-testid="heading">{t.heading}</h2>
            <div class="datalots-tools">
                <button type="button" class="datalots-button" lang={lang.other().tag()}
                        data-testid="lang-toggle" onclick={on_action.reform(|_: MouseEvent| Action::SwitchLang)}>
                    {t.switch_language}
                </button>
                <button type="button" class="datalots-button" data-testid="start-over" onclick={on_start_over}>
                    {t.start_over}
                </button>
                <button type="button" class="datalots-button" data-testid="open-catalog"
                        onclick={on_action.reform(|_: MouseEvent| Action::OpenCatalogue)}>
                    {catalog::texts(lang).open}
                </button>
                <button type="button" class="datalots-button" data-testid="open-procurement"
                        aria-busy={(screen == Screen::ProcurementLoading).to_string()}
                        ref={procurement_button} onclick={on_action.reform(|_: MouseEvent| Action::OpenProcurement)}>
                    {t.open_procurement}
                </button>
            </div>
        </div>
    }
}

//! The root component.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::Lang;

/// What the page configured for one widget.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AppProps {
    /// The language the widget starts in.
    #[prop_or_default]
    pub lang: Lang,
}

/// The file a person chose: only its name and size, read from the `File` object.
#[derive(Debug, Clone, PartialEq)]
struct ChosenFile {
    name: String,
    size: u64,
}

/// The Datalots widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let lang = use_state(|| props.lang);
    let chosen = use_state(|| None::<ChosenFile>);
    let t = lang.texts();
    // The procurement view (src/procurement.rs), opened from this first screen.
    let procurement = use_state(|| false);
    if *procurement {
        let back = procurement.clone();
        return html! {
            <crate::procurement::ProcurementView lang={*lang}
                on_back={Callback::from(move |()| back.set(false))} />
        };
    }
    let open_procurement = {
        let procurement = procurement.clone();
        Callback::from(move |_: MouseEvent| procurement.set(true))
    };

    let on_switch = {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| lang.set(lang.other()))
    };
    let on_file = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let file = e
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|input| input.files())
                .and_then(|files| files.get(0));
            chosen.set(file.map(|f| ChosenFile {
                name: f.name(),
                // A File's size is a non-negative whole number of bytes.
                size: f.size().max(0.0) as u64,
            }));
        })
    };

    let other = lang.other();
    let status = match &*chosen {
        None => html! { {t.no_file} },
        Some(f) => html! {
            <>{t.chosen_file}{" "}<strong>{&f.name}</strong>
              {format!(", {} {}", lang.format_count(f.size), t.bytes)}</>
        },
    };

    html! {
        <section class="datalots" lang={lang.tag()} aria-labelledby="datalots-heading">
            <div class="datalots-bar">
                <h2 id="datalots-heading" data-testid="heading">{t.heading}</h2>
                <button type="button" class="datalots-lang" lang={other.tag()}
                        data-testid="lang-switch" onclick={on_switch}>
                    {t.switch_language}
                </button>
            </div>
            <p>{t.intro}</p>
            <p class="datalots-privacy">{t.privacy}</p>
            <div class="datalots-field">
                <label for="datalots-file">{t.file_label}</label>
                <input id="datalots-file" type="file" accept=".csv,.txt,text/csv"
                       data-testid="file-input" onchange={on_file} />
            </div>
            <p role="status" aria-live="polite" data-testid="file-status">{status}</p>
            <p><button type="button" class="datalots-link" data-testid="open-procurement"
                       onclick={open_procurement}>
                {crate::procurement_texts::texts(*lang).open}</button></p>
        </section>
    }
}

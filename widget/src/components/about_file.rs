//! «Om filen» in step 2: that the file was read a second time with another encoding,
//! the lines the file says about itself before its table, and the notes beside its
//! first rows (the facade words them: `datalots::about`). A view function.

use datalots::view::ProfileView;
use yew::prelude::*;

use crate::i18n::{Lang, about::texts, pick};

/// The second reading's note, the lines about the file and the notes.
pub fn about_file(view: &ProfileView, lang: Lang) -> Html {
    let t = texts(lang);
    let reread = view.reread.as_ref().map(|r| {
        html! { <p class="datalots-ok" data-testid="reread-note">{"✓ "}{pick(r, lang)}</p> }
    });
    let list = |testid: &'static str, lines: &[datalots::Both]| {
        html! { <ul data-testid={testid}>{ for lines.iter().map(|l| html! { <li>{pick(l, lang)}</li> }) }</ul> }
    };
    html! {
        <>
        {reread.unwrap_or_default()}
        if !view.about.is_empty() || !view.notes.is_empty() {
            <section aria-labelledby="datalots-about-heading" data-testid="about-file">
                <h4 id="datalots-about-heading">{t.about_heading}</h4>
                <p class="datalots-hint">{t.about_intro}</p>
                {list("about-lines", &view.about)}
                if !view.notes.is_empty() {
                    <h5>{t.notes_heading}</h5>
                    {list("file-notes", &view.notes)}
                }
            </section>
        }
        </>
    }
}

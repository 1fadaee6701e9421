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
    let about = &view.about;
    if about.is_empty() {
        return html! { <>{reread}</> };
    }
    html! {
        <>
        {reread}
        <section aria-labelledby="datalots-about-heading" data-testid="about-file">
            <h4 id="datalots-about-heading">{t.about_heading}</h4>
            if let Some(intro) = &about.intro {
                <p class="datalots-hint">{pick(intro, lang)}</p>
            }
            if !about.lines.is_empty() {
                <ul data-testid="about-lines">
                { for about.lines.iter().map(|l| html! {
                    <li data-kind={l.kind.clone()}>{l.line.clone()}
                        if let Some(k) = &l.kind_text {
                            {" "}<span class="datalots-mark">{pick(k, lang)}</span>
                        }
                    </li>
                }) }
                </ul>
            }
            if !about.notes.is_empty() {
                <h5>{t.notes_heading}</h5>
                <ul data-testid="file-notes">
                    { for about.notes.iter().map(|n| html! { <li>{pick(&n.text, lang)}</li> }) }
                </ul>
            }
        </section>
        </>
    }
}

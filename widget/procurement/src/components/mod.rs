//! The procurement view's components, one per file: [`view`] (the root: the
//! language, the saved state, the questions, the results), [`question`],
//! [`results`] (the requirements by area), [`requirement`] and [`downloads`].

pub mod downloads;
pub mod question;
pub mod requirement;
pub mod results;
pub mod view;

use datalots_widget_support::Lang;

/// The `procurement` crate's language for the widget's.
pub fn plang(lang: Lang) -> procurement::Lang {
    match lang {
        Lang::Sv => procurement::Lang::Sv,
        Lang::En => procurement::Lang::En,
    }
}

//! The yew components, one per file. [`App`] is the root: it holds the flow's model
//! ([`crate::model::flow`]) and hands each component the part it renders and a
//! callback that dispatches actions; the components keep no state of their own.
//! Small stateless parts are view functions instead (each component costs the module
//! about 3 KB of yew's glue before compression).
//!
//! - the frame: [`app`], [`stepper`]; view functions [`toolbar`], [`next_step`];
//! - the steps: [`file_step`] (1), [`profile_step`] (2), [`licence_step`] (3),
//!   [`describe_step`] (4, with one [`field`] component per field), [`publish_step`]
//!   (5); view functions [`summary`], [`refused`] and [`quality`] (the grade the
//!   portal gives), shown in steps 4 and 5, [`about_file`] («Om filen», step 2) and
//!   [`personal_review`] (the flagged columns with the steward's decisions, steps 2
//!   and 5);
//! - «Vår katalog»: [`catalog_view`] (its own model, [`crate::model::catalog`]),
//!   [`catalog_list`], [`catalog_editor`] (with the same [`field`] component);
//! - the kommun's own page, in step 5 and «Vår katalog»: [`own_page`], only its
//!   heading; the section is drawn by a module loaded when it is opened
//!   (`datalots_export_site::own_page`).

pub mod about_file;
pub mod app;
pub mod catalog_editor;
pub mod catalog_list;
pub mod catalog_view;
pub mod describe_step;
pub mod field;
pub mod file_step;
pub mod licence_step;
pub mod next_step;
pub mod own_page;
pub mod personal_review;
pub mod profile_step;
pub mod publish_step;
pub mod quality;
pub mod refused;
pub mod stepper;
pub mod summary;
pub mod toolbar;

pub use app::{App, AppProps};

use yew::Callback;

/// A callback that emits to `target` what `f` makes of an event, when it makes
/// anything (yew's `filter_reform` returns an `Option` instead).
pub fn reform_some<E: 'static, A: 'static>(
    target: &Callback<A>,
    f: impl Fn(E) -> Option<A> + 'static,
) -> Callback<E> {
    let target = target.clone();
    Callback::from(move |e| {
        if let Some(a) = f(e) {
            target.emit(a);
        }
    })
}

//! The widget's state in plain Rust, split by resource as Perspective's
//! `perspective-viewer` splits its own: no yew, no web-sys, so every action is tested
//! natively (`cargo test -p datalots-widget`).
//!
//! Each model is a struct with a `reduce(&mut self, action) -> Vec<Effect>`: the action
//! changes the state, and the effects say what the browser side must do about it
//! (ask the worker, save, load a module). The components render the state and turn
//! events into actions; [`crate::runtime`] holds a model for a component, runs its
//! effects and re-renders.
//!
//! - [`flow`]: the publishing flow (the file, the steps, the licence answers, the
//!   drafts per file, the describe form, which screen shows);
//! - [`catalog`]: «Vår katalog», the kommun's catalogue file over time;
//! - [`review`]: the flow's personal-data flags with the steward's «not personal
//!   data» and its reason;
//! - [`saved`]: what the flow keeps in `localStorage`, and the drafts per file.
//!
//! (The kommun's own page, in step 5 and «Vår katalog», has its model in the module
//! that draws it: `datalots_export_site::own_page::model`.)

pub mod catalog;
pub mod flow;
pub mod review;
pub mod saved;

use std::rc::Rc;

/// A value the worker answered with, shared by the model and the components that
/// render it, and compared by identity: each answer is a new value, so "the same
/// `Shared`" means "nothing new to render" without comparing the whole profile or
/// form field by field (which would cost code in the module for every type).
#[derive(Debug, Default)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    /// Shares `value`.
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Shared<T> {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Shared<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::Shared;

    #[test]
    fn a_shared_value_is_the_same_as_its_clones_and_no_other() {
        let a = Shared::new(String::from("profil"));
        assert_eq!(a, a.clone());
        assert_ne!(a, Shared::new(String::from("profil")));
        assert_eq!(a.len(), 6);
    }
}

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
//! - [`saved`]: what the flow keeps in `localStorage`, and the drafts per file.

pub mod catalog;
pub mod flow;
pub mod saved;

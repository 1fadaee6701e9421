//! A plain model held for the component that owns it: the component renders the
//! model, dispatches actions to it, and the runtime runs the effects each action
//! returns and re-renders. The state lives here, outside yew's hooks, as
//! Perspective's `perspective-viewer` keeps its session and renderer.

use std::cell::{Ref, RefCell};
use std::rc::{Rc, Weak};

use yew::prelude::*;

use crate::model::{catalog, flow};

/// A model: actions change it, and say what the browser side must do (effects).
pub trait Model: 'static {
    /// What changes it.
    type Action: 'static;
    /// What the browser side does about a change.
    type Effect;
    /// Applies an action; returns the effects to run.
    fn reduce(&mut self, action: Self::Action) -> Vec<Self::Effect>;
}

impl Model for flow::Flow {
    type Action = flow::Action;
    type Effect = flow::Effect;
    fn reduce(&mut self, action: flow::Action) -> Vec<flow::Effect> {
        flow::Flow::reduce(self, action)
    }
}

impl Model for catalog::Catalogue {
    type Action = catalog::Action;
    type Effect = catalog::Effect;
    fn reduce(&mut self, action: catalog::Action) -> Vec<catalog::Effect> {
        catalog::Catalogue::reduce(self, action)
    }
}

/// Runs one effect of model `M` with the browser resources `E`.
pub type Runner<M, E> = fn(&Rc<Runtime<M, E>>, <M as Model>::Effect);

/// A model, the browser resources its effects need (`env`: the worker bridge, a
/// chosen file…), and the component to re-render.
pub struct Runtime<M: Model, E> {
    model: RefCell<M>,
    /// What the effects need.
    pub env: E,
    run: Runner<M, E>,
    render: UseForceUpdateHandle,
    dispatcher: Callback<M::Action>,
}

impl<M: Model, E: 'static> Runtime<M, E> {
    /// The model, to render it (do not hold it across a dispatch).
    pub fn model(&self) -> Ref<'_, M> {
        self.model.borrow()
    }

    /// Applies `action`, runs its effects and re-renders the component.
    pub fn dispatch(self: &Rc<Self>, action: M::Action) {
        let effects = self.model.borrow_mut().reduce(action);
        for effect in effects {
            (self.run)(self, effect);
        }
        self.render.force_update();
    }

    /// A callback that dispatches, the same on every render (so the children that
    /// get it re-render only when their data changes).
    pub fn dispatcher(&self) -> Callback<M::Action> {
        self.dispatcher.clone()
    }
}

/// The runtime of the calling component, made on its first render: `init` gets a weak
/// handle (for the answers that come later, as the worker's) and returns the model
/// and the resources; `run` runs each effect.
#[hook]
pub fn use_runtime<M, E, F>(init: F, run: Runner<M, E>) -> Rc<Runtime<M, E>>
where
    M: Model,
    E: 'static,
    F: FnOnce(&Weak<Runtime<M, E>>) -> (M, E),
{
    let render = use_force_update();
    let runtime = use_memo((), move |_| {
        Rc::new_cyclic(|weak: &Weak<Runtime<M, E>>| {
            let (model, env) = init(weak);
            let weak = weak.clone();
            Runtime {
                model: RefCell::new(model),
                env,
                run,
                render,
                dispatcher: Callback::from(move |action| {
                    if let Some(runtime) = weak.upgrade() {
                        runtime.dispatch(action);
                    }
                }),
            }
        })
    });
    (*runtime).clone()
}

//! The one way every view talks to the widget's worker (`datalots-worker`): started
//! on first use from the URL the loader gave, its answers handed to the view's
//! callback.
//!
//! Each view has a bridge of its own, and so a worker of its own: the worker keeps the
//! last profile it made (what the describe form is computed from), and the profile of
//! a file chosen in «Vår katalog» must not replace the publishing flow's.

use std::cell::RefCell;
use std::rc::Rc;

use datalots_worker::{Codec, Request, Response, WidgetWorker};
use gloo_worker::{Spawnable, WorkerBridge};

/// The page gave no worker URL (the loader always does): nothing can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoWorker;

/// A view's connection to its worker.
pub struct Bridge {
    url: Option<String>,
    on_answer: Rc<dyn Fn(Response)>,
    worker: RefCell<Option<WorkerBridge<WidgetWorker>>>,
}

impl Bridge {
    /// A bridge to the worker at `url` (the worker's entry script); `on_answer` gets
    /// every answer. Nothing starts until the first [`Bridge::send`].
    pub fn new(url: Option<String>, on_answer: impl Fn(Response) + 'static) -> Bridge {
        Bridge {
            url,
            on_answer: Rc::new(on_answer),
            worker: RefCell::new(None),
        }
    }

    /// Sends `request`, starting the worker first if it is not running.
    pub fn send(&self, request: Request) -> Result<(), NoWorker> {
        let mut slot = self.worker.borrow_mut();
        let worker = match slot.as_ref() {
            Some(worker) => worker,
            None => {
                let url = self.url.as_deref().ok_or(NoWorker)?;
                let on_answer = self.on_answer.clone();
                let spawned = WidgetWorker::spawner()
                    .callback(move |r| on_answer(r))
                    .encoding::<Codec>()
                    .spawn(url);
                slot.insert(spawned)
            }
        };
        worker.send(request);
        Ok(())
    }

    /// Sends `request` only to a running worker (a cancel needs no new one).
    pub fn send_if_running(&self, request: Request) {
        if let Some(worker) = self.worker.borrow().as_ref() {
            worker.send(request);
        }
    }
}

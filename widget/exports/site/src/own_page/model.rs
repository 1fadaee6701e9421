//! The kommun's own page (issue #25), offered in step 5 and in «Vår katalog»: the
//! snippet that shows the catalogue with `<datalots-catalog>`, with the catalogue's
//! address filled in, a copy button, and the static pages as a zip file that the
//! worker builds (`datalots_worker::Request::Site`).
//!
//! The address is what the steward typed, else the one proposed (the publisher's base
//! address and the catalogue file's name, `datalots::site::embed::catalogue_address`);
//! what was typed is kept in `localStorage` ([`Effect::Save`]), so it is there the next
//! time. The snippet and the check of the address are the facade's
//! (`datalots::site::embed`).

use datalots::session::CatalogFile;
use datalots::site::embed;
use datalots::{Both, Lang};

/// Where the widget is and what it shows the page for: what the view's properties give.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Place {
    /// The language (of the widget, and of the page the snippet makes).
    pub lang: Lang,
    /// The loader's address (`datalots-widget.js`, from its `import.meta.url`).
    pub loader_url: Option<String>,
    /// The worker's entry script's address (the loader's folder + `pkg/…`): where the
    /// loader is when `loader_url` is not given.
    pub worker_url: Option<String>,
    /// The catalogue's address proposed (base address + file name), if there is one.
    pub proposed: Option<String>,
}

impl Place {
    /// The loader's address: as the loader gave it, else beside the worker's folder
    /// (`…/pkg/widget-worker.js` → `…/datalots-widget.js`), else its file name alone.
    pub fn loader(&self) -> String {
        if let Some(l) = self.loader_url.as_deref().filter(|l| !l.trim().is_empty()) {
            return l.to_owned();
        }
        self.worker_url
            .as_deref()
            .and_then(|w| w.rsplit_once('/'))
            .and_then(|(pkg, _)| pkg.rsplit_once('/'))
            .map_or_else(
                || "datalots-widget.js".to_owned(),
                |(folder, _)| format!("{folder}/datalots-widget.js"),
            )
    }
}

/// The zip file's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Zip {
    /// Not asked for.
    #[default]
    Idle,
    /// The worker is building it.
    Building,
    /// Offered as a download.
    Done {
        /// The file's name.
        name: String,
    },
    /// It could not be made: why, in Swedish and English.
    Failed(Both),
}

/// The view's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OwnPage {
    /// The address as typed; `None`: the proposed one is used.
    pub typed: Option<String>,
    /// Whether the last copy worked (`None`: not copied since the last change).
    pub copied: Option<bool>,
    /// The zip file.
    pub zip: Zip,
    /// The number of the last zip request.
    seq: u32,
}

/// Everything that changes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The address was typed.
    Type(String),
    /// Copy this snippet to the clipboard.
    Copy(String),
    /// The clipboard took it, or not.
    Copied(bool),
    /// Make the static pages of this catalogue as a zip file, linking the catalogue
    /// at `catalogue_url`.
    Zip {
        /// The catalogue file.
        file: CatalogFile,
        /// The catalogue's address, linked from the pages.
        catalogue_url: Option<String>,
        /// The pages' language.
        lang: Lang,
    },
    /// The worker offered zip `seq` as a download under `name`.
    Zipped {
        /// The request's number.
        seq: u32,
        /// The file's name.
        name: String,
    },
    /// Zip `seq` could not be made.
    ZipFailed {
        /// The request's number.
        seq: u32,
        /// Why.
        message: Both,
    },
}

/// What the browser side must do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Keep the typed address (in `localStorage`).
    Save(String),
    /// Put the text on the clipboard, then answer [`Action::Copied`].
    Copy(String),
    /// Ask the worker for the zip file.
    Zip {
        /// The request's number.
        seq: u32,
        /// The catalogue file.
        file: CatalogFile,
        /// The catalogue's address.
        catalogue_url: Option<String>,
        /// The pages' language.
        lang: Lang,
    },
}

impl OwnPage {
    /// The view with the address typed before (from `localStorage`), if any.
    pub fn new(typed: Option<String>) -> OwnPage {
        OwnPage {
            typed: typed.filter(|t| !t.trim().is_empty()),
            ..OwnPage::default()
        }
    }

    /// The catalogue's address: as typed, else the one proposed; empty when there is
    /// neither.
    pub fn address(&self, place: &Place) -> String {
        match &self.typed {
            Some(t) => t.trim().to_owned(),
            None => place.proposed.clone().unwrap_or_default(),
        }
    }

    /// What is wrong with the address, if anything.
    pub fn problem(&self, place: &Place) -> Option<Both> {
        embed::address_problem(&self.address(place))
    }

    /// The snippet for the kommun's page, with the address filled in.
    pub fn snippet(&self, place: &Place) -> String {
        embed::snippet(&place.loader(), &self.address(place), place.lang)
    }

    /// Applies `action`; returns what the browser side must do.
    pub fn reduce(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Type(text) => {
                self.copied = None;
                self.typed = Some(text.clone());
                vec![Effect::Save(text)]
            }
            Action::Copy(text) => vec![Effect::Copy(text)],
            Action::Copied(ok) => {
                self.copied = Some(ok);
                Vec::new()
            }
            Action::Zip {
                file,
                catalogue_url,
                lang,
            } => {
                if self.zip == Zip::Building {
                    return Vec::new();
                }
                self.seq += 1;
                self.zip = Zip::Building;
                let catalogue_url = catalogue_url.filter(|u| embed::address_problem(u).is_none());
                vec![Effect::Zip {
                    seq: self.seq,
                    file,
                    catalogue_url,
                    lang,
                }]
            }
            Action::Zipped { seq, name } => {
                if seq == self.seq {
                    self.zip = Zip::Done { name };
                }
                Vec::new()
            }
            Action::ZipFailed { seq, message } => {
                if seq == self.seq {
                    self.zip = Zip::Failed(message);
                }
                Vec::new()
            }
        }
    }
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;

//! Keeping a kommun's catalogue in a front end ("Vår katalog" in the widget): one
//! catalogue file, operations on it, and after each the new file and its listing.
//!
//! [`apply`] takes the file as it is ([`CatalogFile`]: name and text), an operation
//! ([`Op`]: open, remove, upgrade, edit a dataset's texts, update a dataset from a new
//! version of its CSV file) and answers with a [`SessionView`]: the catalogue's new
//! text (same format as the file), its listing with validation counts, what the
//! operation did in words (sv and en), or why it was refused. The same rules as the
//! `datalots catalog` commands apply (they call the same functions in
//! [`crate::catalog`]): strict reading, nothing else in the catalogue changes.

use csv_profile::Profile;
use serde::{Deserialize, Serialize};

use crate::catalog::{self, DatasetEdits, Listing, UpdateRequest, UpgradeOptions};
use crate::publisher::Publisher;
use crate::text::Both;

/// A catalogue file as the person loaded it (or as the last operation left it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogFile {
    /// The file's name; its extension gives the format (`.rdf`, `.ttl`, `.jsonld`).
    pub name: String,
    /// The file's text.
    pub text: String,
}

/// What to do with the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Op {
    /// Read and list it.
    Open,
    /// Remove a dataset with its distributions and what only it used.
    Remove {
        /// The dataset's IRI.
        iri: String,
    },
    /// Upgrade from DCAT-AP-SE 2.x: the mechanical changes, and a list of what needs a
    /// person.
    Upgrade,
    /// The texts of a dataset, for an edit form ([`SessionView::fields`]).
    Fields {
        /// The dataset's IRI.
        iri: String,
    },
    /// Change a dataset's texts and themes.
    Edit {
        /// The dataset's IRI.
        iri: String,
        /// The new values.
        edits: DatasetEdits,
    },
    /// Update a dataset from a new version of its file (the profile is given to
    /// [`apply`]).
    Update {
        /// The dataset's IRI.
        iri: String,
        /// The new file's name.
        file_name: String,
        /// The new version's date, `YYYY-MM-DD`.
        date: String,
    },
}

/// The result of an operation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionView {
    /// The catalogue after the operation (unchanged when it was refused).
    pub file: CatalogFile,
    /// Whether the operation changed the file.
    pub changed: bool,
    /// The datasets, with their validation counts.
    pub listing: Option<Listing>,
    /// What the operation did.
    pub done: Vec<Both>,
    /// What needs a person (after an upgrade: what the upgrade could not do).
    pub todo: Vec<Both>,
    /// Why the operation was refused, with the place (file, line, column).
    pub error: Option<Both>,
    /// A dataset's texts (after [`Op::Fields`]).
    pub fields: Option<DatasetEdits>,
    /// The grade Sveriges dataportal gives the catalogue: each dataset's points and the
    /// indicators that pull the catalogue down.
    #[serde(default)]
    pub grade: Option<crate::quality::CatalogueGrade>,
}

/// Applies `op` to `file`. `profile` is the new file's profile for [`Op::Update`];
/// `publisher` (when the settings are complete) fills in what an upgrade or update
/// needs from them.
pub fn apply(
    file: &CatalogFile,
    op: &Op,
    profile: Option<&Profile>,
    publisher: Option<&Publisher>,
) -> SessionView {
    let mut view = SessionView {
        file: file.clone(),
        ..SessionView::default()
    };
    let format = match catalog::format_of(&file.name) {
        Ok(f) => f,
        Err(e) => {
            view.error = Some(e.text());
            return view;
        }
    };
    let source = catalog::Source {
        name: &file.name,
        bytes: file.text.as_bytes(),
        format,
        recover: false,
    };
    let result: Result<Option<String>, crate::Error> = match op {
        Op::Open => Ok(None),
        Op::Fields { iri } => source.open().and_then(|o| {
            view.fields = Some(catalog::dataset_fields(&o.graph, iri)?);
            Ok(None)
        }),
        Op::Remove { iri } => catalog::remove_text(&source, iri, None).map(|c| {
            view.done.push(Both::new(
                format!(
                    "Datamängden {} togs bort med {} resurser och {} tripplar.",
                    c.done.dataset,
                    c.done.resources.len(),
                    c.done.triples.len()
                ),
                format!(
                    "Dataset {} was removed with {} resources and {} triples.",
                    c.done.dataset,
                    c.done.resources.len(),
                    c.done.triples.len()
                ),
            ));
            Some(c.rdf)
        }),
        Op::Upgrade => catalog::upgrade_text(&source, publisher, UpgradeOptions::default(), None)
            .map(|c| {
                view.done.extend(c.done.changes.iter().map(|ch| {
                    Both::new(
                        format!("{} {}: {}", ch.resource, ch.property, ch.sv),
                        format!("{} {}: {}", ch.resource, ch.property, ch.en),
                    )
                }));
                view.todo.extend(
                    c.done
                        .needs_person
                        .iter()
                        .map(|t| Both::new(t.sv.clone(), t.en.clone())),
                );
                Some(c.rdf)
            }),
        Op::Edit { iri, edits } => catalog::edit_text(&source, iri, edits, None).map(|c| {
            view.done.extend(c.done.iter().map(|ch| {
                Both::new(
                    format!("{}: {}", ch.property, ch.sv),
                    format!("{}: {}", ch.property, ch.en),
                )
            }));
            Some(c.rdf)
        }),
        Op::Update {
            iri,
            file_name,
            date,
        } => match profile {
            None => Err(crate::Error::NotRead {
                file: file_name.clone(),
            }),
            Some(p) => {
                let request = UpdateRequest {
                    dataset: Some(iri.clone()),
                    title: None,
                    file_name: file_name.clone(),
                    date: date.clone(),
                    previous_csvw: None,
                    licence: None,
                };
                catalog::update_profiled_text(&source, p, publisher, &request, None).map(|c| {
                    view.done.push(Both::new(
                        format!(
                            "{} uppdaterades från {file_name} ({} ändringar; ändrad {date}).",
                            c.done.dataset,
                            c.done.changes.len()
                        ),
                        format!(
                            "{} was updated from {file_name} ({} changes; modified {date}).",
                            c.done.dataset,
                            c.done.changes.len()
                        ),
                    ));
                    if let Some(s) = &c.done.structure
                        && !s.is_empty()
                    {
                        let (sv, en) = s.describe();
                        view.todo.push(Both::new(sv, en));
                    }
                    Some(c.rdf)
                })
            }
        },
    };
    match result {
        Ok(Some(text)) => {
            view.changed = text != file.text;
            view.file.text = text;
        }
        Ok(None) => {}
        Err(e) => view.error = Some(e.text()),
    }
    let listed =
        catalog::open(view.file.text.as_bytes(), format, false, &file.name).and_then(|o| {
            let grade =
                dcat_ap_se::quality::assess_graph(&o.graph, crate::quality::Profile::Dataportal);
            catalog::list(&o.graph).map(|(l, _)| (l, grade))
        });
    match listed {
        Ok((listing, grade)) => {
            view.listing = Some(listing);
            view.grade = Some(crate::quality::CatalogueGrade::of(&grade));
        }
        Err(e) => {
            if view.error.is_none() {
                view.error = Some(e.text());
            }
        }
    }
    view
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quality::PortalPoints;

    /// How a command-line flag starts (written so that `grep '"--'` finds no flag in
    /// this crate's strings).
    const FLAG: &str = "\u{2d}\u{2d}";

    const CATALOGUE: &str =
        include_str!("../../../tests/fixtures/catalogs/dcat-ap-se-rekommenderat.ttl");

    fn file() -> CatalogFile {
        CatalogFile {
            name: "katalog.ttl".into(),
            text: CATALOGUE.into(),
        }
    }

    #[test]
    fn open_lists_and_remove_changes_the_text() {
        let v = apply(&file(), &Op::Open, None, None);
        assert!(v.error.is_none(), "{:?}", v.error);
        assert!(!v.changed);
        let listing = v.listing.unwrap();
        assert!(!listing.datasets.is_empty());
        // The grade comes with the listing: each dataset's points, and what pulls the
        // catalogue down.
        let grade = v.grade.unwrap();
        assert_eq!((grade.whole_points(), grade.metadata_max()), (260, 295));
        assert_eq!(grade.datasets.len(), listing.datasets.len());
        assert!(!grade.pulling_down().is_empty());
        let iri = listing.datasets[0].iri.clone();
        let v = apply(&file(), &Op::Remove { iri: iri.clone() }, None, None);
        assert!(v.changed);
        assert!(v.done[0].en.contains("removed"));
        assert!(!v.listing.unwrap().datasets.iter().any(|d| d.iri == iri));
        assert!(!v.file.text.contains(&format!("<{iri}>")));
    }

    #[test]
    fn fields_then_edit_round_trip() {
        let iri = apply(&file(), &Op::Open, None, None)
            .listing
            .unwrap()
            .datasets[0]
            .iri
            .clone();
        let v = apply(&file(), &Op::Fields { iri: iri.clone() }, None, None);
        let mut edits = v.fields.unwrap();
        edits.title = Some("Ny titel, åäö".into());
        let v = apply(
            &file(),
            &Op::Edit {
                iri: iri.clone(),
                edits,
            },
            None,
            None,
        );
        assert!(v.error.is_none(), "{:?}", v.error);
        assert!(v.changed);
        let back = apply(&v.file, &Op::Fields { iri }, None, None)
            .fields
            .unwrap();
        assert_eq!(back.title.as_deref(), Some("Ny titel, åäö"));
    }

    #[test]
    fn refusals_say_why_and_keep_the_file() {
        let v = apply(
            &file(),
            &Op::Remove {
                iri: "https://nowhere.example/x".into(),
            },
            None,
            None,
        );
        assert!(v.error.unwrap().en.contains("nowhere"));
        assert!(!v.changed);
        assert_eq!(v.file, file());
        let broken = CatalogFile {
            name: "trasig.ttl".into(),
            text: "<a> <b> .".into(),
        };
        let v = apply(&broken, &Op::Open, None, None);
        assert!(v.error.unwrap().sv.contains("trasig.ttl"));
        let v = apply(
            &CatalogFile {
                name: "katalog.docx".into(),
                text: String::new(),
            },
            &Op::Open,
            None,
            None,
        );
        assert!(v.error.unwrap().en.contains("unknown RDF format"));
    }

    /// «Vår katalog» opens a broken catalogue: the person reads where it is broken, in
    /// their language, and nothing about a command line's flags.
    #[test]
    fn a_broken_catalogue_is_named_by_line_and_column_without_flags() {
        let good = file();
        let mut lines: Vec<&str> = good.text.lines().collect();
        let at = lines.len();
        lines.push("this is not turtle ;;");
        let broken = CatalogFile {
            name: good.name.clone(),
            text: lines.join("\n"),
        };
        for op in [
            Op::Open,
            Op::Upgrade,
            Op::Remove {
                iri: "https://x.example/d".into(),
            },
        ] {
            let v = apply(&broken, &op, None, None);
            let e = v.error.expect("refused");
            for text in [&e.sv, &e.en] {
                assert!(!text.contains(FLAG), "{op:?}: {text}");
                assert!(text.contains(&good.name), "{op:?}: {text}");
            }
            assert!(
                e.sv.contains(&format!("rad {}", at + 1)) && e.sv.contains("kolumn"),
                "{}",
                e.sv
            );
            assert!(
                e.en.contains(&format!("line {}", at + 1)) && e.en.contains("well-formed"),
                "{}",
                e.en
            );
            assert!(!e.sv.contains(" line ") && !e.en.contains(" rad "), "{e:?}");
            assert!(!v.changed);
        }
    }
}

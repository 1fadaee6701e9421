//! `datalots site`: the catalogue as static web pages for the kommun's own site (the
//! pages are the library's, `datalots::site::html`).

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use datalots::Lang;
use datalots::dcat_ap_se::Catalog;
use datalots::site::Site;
use datalots::site::html::{self, Options};
use datalots::{Both, Error};

use crate::cli::SiteArgs;
use crate::cmd::inputs;
use crate::exit::{self, Command};
use crate::files::{self, Backup};

/// Where the base address came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Base {
    /// `--base-url`.
    Given,
    /// The datasets' landing pages.
    LandingPages,
    /// Nowhere: no sitemap, no `url`.
    None,
}

/// Runs `datalots site`.
pub fn run(a: &SiteArgs) -> ExitCode {
    exit::run(Command::Site, || {
        let opened = inputs::catalogue(&a.catalog, false)?;
        let catalog = Catalog::from_graph(&opened.graph).map_err(|source| Error::Rdf {
            file: a.catalog.display().to_string(),
            source,
        })?;
        let site = Site::new(&catalog, Lang::from_tag(&a.lang));
        let (base_url, base) = match &a.base_url {
            Some(b) => {
                datalots::dcat_ap_se::mint::check_base(b).map_err(Error::from)?;
                (Some(b.clone()), Base::Given)
            }
            None => match site.base_from_landing_pages() {
                Some(b) => (Some(b), Base::LandingPages),
                None => (None, Base::None),
            },
        };
        let opts = Options {
            base_url,
            catalogue_url: a.catalog_url.clone(),
        };
        let files = html::files(&site, &opts);
        for (name, contents) in &files {
            files::write(&a.out.join(name), contents, Backup::No)?;
        }
        eprint!("{}", summary(&a.out, site.entries.len(), &opts, base));
        Ok(ExitCode::SUCCESS)
    })
}

fn summary(out: &Path, datasets: usize, opts: &Options, base: Base) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}",
        Both::new(
            format!(
                "Skrev index.html och {datasets} datamängdssidor i {}",
                out.display()
            ),
            format!(
                "wrote index.html and {datasets} dataset pages in {}",
                out.display()
            ),
        )
    );
    match (base, opts.base_url.as_deref()) {
        (Base::LandingPages, Some(b)) => {
            let _ = writeln!(
                s,
                "{}",
                Both::new(
                    format!("Adressen {b} kommer från datamängdernas landningssidor."),
                    format!("The address {b} comes from the datasets' landing pages."),
                )
            );
        }
        (Base::None, _) => {
            let _ = writeln!(
                s,
                "{}",
                Both::new(
                    "Ingen adress för sidorna (--base-url): sitemap.xml och robots.txt skrevs inte, och sidornas schema.org-data saknar url. Ange adressen där mappen publiceras.",
                    "No address for the pages (--base-url): sitemap.xml and robots.txt were not written, and the pages' schema.org data has no url. Give the address where the folder is published.",
                )
            );
        }
        _ => {}
    }
    s
}

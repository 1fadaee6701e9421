//! `datalots catalog list | remove | upgrade`: a catalogue file read (strictly, or
//! with `--recover`), changed, and written as `--out`, `--in-place` (with a `.bak`) or
//! standard output say; what was done on standard error.

use std::fmt::Write as _;
use std::process::ExitCode;

use datalots::catalog::{self, Opened, Removal, Upgrade, UpgradeOptions};

use crate::cli::{
    CatalogArgs, CatalogCommand, CatalogInput, CatalogOutput, ListArgs, RemoveArgs, UpgradeArgs,
};
use crate::cmd::{inputs, report};
use crate::exit::{self, Command, Failure};
use crate::files::{self, Backup};

/// Runs a `datalots catalog` command.
pub fn run(c: &CatalogArgs) -> ExitCode {
    match &c.command {
        CatalogCommand::List(a) => exit::run(Command::CatalogList, || list(a)),
        CatalogCommand::Remove(a) => exit::run(Command::CatalogRemove, || remove(a)),
        CatalogCommand::Upgrade(a) => exit::run(Command::CatalogUpgrade, || upgrade(a)),
    }
}

fn open(input: &CatalogInput) -> Result<Opened, Failure> {
    let opened = inputs::catalogue(&input.catalog, input.recover)?;
    eprint!(
        "{}",
        inputs::render_dropped(&input.catalog, &opened.dropped)
    );
    Ok(opened)
}

fn list(a: &ListArgs) -> Result<ExitCode, Failure> {
    let opened = open(&a.input)?;
    let (listing, report) = catalog::list(&opened.graph)?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&listing)?);
    } else {
        print!("{}", catalog::render_listing(&listing));
    }
    Ok(exit::violations(report.violations().count()))
}

fn remove(a: &RemoveArgs) -> Result<ExitCode, Failure> {
    let mut opened = open(&a.input)?;
    let removed = catalog::remove(&mut opened.graph, &a.dataset)?;
    eprint!("{}", render_removal(&removed));
    write_result(&a.input, &a.output, &opened)
}

fn upgrade(a: &UpgradeArgs) -> Result<ExitCode, Failure> {
    let mut opened = open(&a.input)?;
    let publisher = a.publisher.as_deref().map(inputs::publisher).transpose()?;
    let options = UpgradeOptions {
        formats: a.formats.clone(),
        publisher_types: a.publisher_types.clone(),
        ..UpgradeOptions::default()
    };
    let upgraded = catalog::upgrade(&mut opened.graph, publisher.as_ref(), options)?;
    eprint!("{}", render_upgrade(&upgraded));
    write_result(&a.input, &a.output, &opened)
}

/// Writes a changed catalogue as `--out`, `--in-place` or standard output say, and
/// gives validate's exit code for the result.
fn write_result(
    input: &CatalogInput,
    output: &CatalogOutput,
    opened: &Opened,
) -> Result<ExitCode, Failure> {
    let out = if output.in_place {
        Some(input.catalog.clone())
    } else {
        output.out.clone()
    };
    let format = files::rdf_format(
        output.format.as_deref(),
        out.as_deref(),
        Some(opened.format),
    )?;
    let text = catalog::write(&opened.graph, format)?;
    match &out {
        Some(path) => {
            let backup = if output.in_place {
                Backup::Keep
            } else {
                Backup::No
            };
            files::write(path, &text, backup)?;
            eprintln!(
                "Katalog skriven / catalogue written: {} ({}){}",
                path.display(),
                format.name(),
                if output.in_place {
                    format!("; förra / previous: {}.bak", path.display())
                } else {
                    String::new()
                }
            );
        }
        None => print!("{text}"),
    }
    let n = datalots::dcat_ap_se::validate(&opened.graph)
        .violations()
        .count();
    eprintln!(
        "Resultatet: {n} överträdelser / the result: {n} violations{}",
        if n > 0 { " (`datalots validate`)" } else { "" }
    );
    Ok(exit::violations(n))
}

/// What `datalots catalog remove` tells the person.
fn render_removal(r: &Removal) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Borttaget / removed: <{}> med {} resurser och {} tripplar / with {} resources and {} triples",
        r.dataset,
        r.resources.len(),
        r.triples.len(),
        r.resources.len(),
        r.triples.len()
    );
    for x in &r.resources {
        let _ = writeln!(s, "  - {x}");
    }
    s
}

/// What `datalots catalog upgrade` tells the person.
fn render_upgrade(u: &Upgrade) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Uppgraderat till DCAT-AP-SE 3.0.1 / upgraded to DCAT-AP-SE 3.0.1: {} ändringar / changes",
        u.changes.len()
    );
    report::changes(&mut s, &u.changes);
    if u.needs_person.is_empty() {
        let _ = writeln!(s, "\nInga överträdelser kvar / no violations left.");
    } else {
        let _ = writeln!(
            s,
            "\nBehöver en person ({n}) / needs a person ({n}):",
            n = u.needs_person.len()
        );
        for t in &u.needs_person {
            let _ = writeln!(
                s,
                "  - {} {}\n      {}\n      {}",
                t.resource,
                t.property.as_deref().unwrap_or(""),
                t.sv,
                t.en
            );
        }
    }
    s
}

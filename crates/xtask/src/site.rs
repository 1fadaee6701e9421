//! `cargo xtask dist`: the widget, built for the browser, as a static site.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::install;
use crate::util::{Failure, cargo, root, run, step};

/// The widget crate's library name: the `.wasm` and the JS glue are named after it.
const WIDGET_LIB: &str = "datalots_widget";
/// The cargo profile `dist` builds with (size-optimised; see the root `Cargo.toml`).
const PROFILE: &str = "wasm-release";

/// Builds the widget and writes the complete static site; returns its folder. Without
/// `wasm-opt` the `.wasm` is left unoptimised, with a note.
pub fn dist() -> Result<PathBuf, Failure> {
    build(false)
}

/// [`dist`] for the test run: without `wasm-opt` it fails, so that what is tested is
/// what ships.
pub fn dist_for_tests() -> Result<PathBuf, Failure> {
    build(true)
}

fn build(require_wasm_opt: bool) -> Result<PathBuf, Failure> {
    install::wasm_target()?;
    let wasm_bindgen = install::wasm_bindgen()?;
    let root = root();
    let site = root.join("target/site");
    let pkg = site.join("pkg");

    step("building the widget for wasm32-unknown-unknown");
    run(
        cargo().args([
            "build",
            "-p",
            "datalots-widget",
            "--lib",
            "--target",
            "wasm32-unknown-unknown",
            "--profile",
            PROFILE,
        ]),
        "cargo build (widget)",
    )?;
    let built = root
        .join("target/wasm32-unknown-unknown")
        .join(PROFILE)
        .join(format!("{WIDGET_LIB}.wasm"));

    if site.exists() {
        fs::remove_dir_all(&site)
            .map_err(|e| Failure::new(format!("cannot clear {}: {e}", site.display())))?;
    }
    step("generating the JS bindings (wasm-bindgen --target web)");
    run(
        Command::new(&wasm_bindgen.cli)
            .args(["--target", "web", "--no-typescript", "--out-dir"])
            .arg(&pkg)
            .arg(&built),
        "wasm-bindgen",
    )?;

    let wasm = pkg.join(format!("{WIDGET_LIB}_bg.wasm"));
    optimise(&wasm, require_wasm_opt)?;

    step("writing the static site");
    copy_dir(&root.join("www"), &site)?;
    copy_file(
        &root.join("widget/datalots-widget.js"),
        &site.join("datalots-widget.js"),
    )?;
    report_size(&wasm);
    println!("    site: {}", site.display());
    Ok(site)
}

/// Runs `wasm-opt -Oz` from the npm package `binaryen` when it can be had; when it
/// cannot, a note, or with `required` a failure.
fn optimise(wasm: &Path, required: bool) -> Result<(), Failure> {
    let missing = |why: String| {
        if required {
            Err(Failure::new(format!(
                "wasm-opt is needed so that the tested .wasm is the optimised one that ships: {why}"
            )))
        } else {
            println!("\n    note: the .wasm is not size-optimised: {why}");
            Ok(())
        }
    };
    let wasm_opt = match install::npm_packages() {
        Ok(modules) => modules.join(".bin/wasm-opt"),
        Err(e) => return missing(format!("wasm-opt is not available ({e})")),
    };
    if !wasm_opt.exists() {
        return missing(format!("{} is missing (run `npm ci`)", wasm_opt.display()));
    }
    step("optimising the .wasm for size (wasm-opt -Oz, npm package binaryen)");
    run(
        Command::new(&wasm_opt)
            .arg("-Oz")
            .arg(wasm)
            .arg("-o")
            .arg(wasm),
        "wasm-opt",
    )
}

fn report_size(wasm: &Path) {
    let Ok(meta) = fs::metadata(wasm) else {
        return;
    };
    let gzipped = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(wasm)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| o.stdout.len());
    match gzipped {
        Some(gz) => println!(
            "    {}: {} bytes ({} bytes with gzip -9)",
            wasm.display(),
            meta.len(),
            gz
        ),
        None => println!("    {}: {} bytes", wasm.display(), meta.len()),
    }
}

fn copy_file(from: &Path, to: &Path) -> Result<(), Failure> {
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent)
            .map_err(|e| Failure::new(format!("cannot create {}: {e}", parent.display())))?;
    }
    fs::copy(from, to).map(|_| ()).map_err(|e| {
        Failure::new(format!(
            "cannot copy {} to {}: {e}",
            from.display(),
            to.display()
        ))
    })
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), Failure> {
    let entries = fs::read_dir(from)
        .map_err(|e| Failure::new(format!("cannot read {}: {e}", from.display())))?;
    for entry in entries {
        let entry = entry.map_err(|e| Failure::new(format!("{}: {e}", from.display())))?;
        let path = entry.path();
        let dest = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &dest)?;
        } else {
            copy_file(&path, &dest)?;
        }
    }
    Ok(())
}

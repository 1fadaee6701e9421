//! `cargo xtask dist`: the widget, built for the browser, as a static site.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::install;
use crate::util::{Failure, cargo, root, run, step};

/// The widget crate's library name: the `.wasm` and the JS glue are named after it.
const WIDGET_LIB: &str = "datalots_widget";
/// The worker crate's library name (built with its `entry` feature).
const WORKER_LIB: &str = "datalots_worker";
/// What a visitor may download at most, gzip-compressed (all `.wasm` and `.js`).
pub const BUDGET_GZIP_BYTES: u64 = 600 * 1024;
/// The cargo profile `dist` builds with (size-optimised; see the root `Cargo.toml`).
const PROFILE: &str = "wasm-release";

/// Builds the widget and writes the complete static site; returns its folder.
pub fn dist() -> Result<PathBuf, Failure> {
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
    // The Web Worker: its own .wasm, so the page's module stays small and the file
    // input works before the profiler has loaded.
    step("building the widget's worker for wasm32-unknown-unknown");
    run(
        cargo().args([
            "build",
            "-p",
            "datalots-worker",
            "--lib",
            "--features",
            "entry",
            "--target",
            "wasm32-unknown-unknown",
            "--profile",
            PROFILE,
        ]),
        "cargo build (worker)",
    )?;
    let out = root.join("target/wasm32-unknown-unknown").join(PROFILE);
    let built = out.join(format!("{WIDGET_LIB}.wasm"));
    let worker = out.join(format!("{WORKER_LIB}.wasm"));

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

    run(
        Command::new(&wasm_bindgen.cli)
            .args(["--target", "web", "--no-typescript", "--out-dir"])
            .arg(&pkg)
            .arg(&worker),
        "wasm-bindgen (worker)",
    )?;

    let wasm = pkg.join(format!("{WIDGET_LIB}_bg.wasm"));
    optimise(&wasm)?;
    optimise(&pkg.join(format!("{WORKER_LIB}_bg.wasm")))?;

    step("writing the static site");
    copy_dir(&root.join("www"), &site)?;
    copy_file(
        &root.join("widget/datalots-widget.js"),
        &site.join("datalots-widget.js"),
    )?;
    report_size(&wasm);
    let total = download_size(&site)?;
    println!(
        "    a visitor downloads {} bytes of .wasm and .js with gzip -9 (budget {BUDGET_GZIP_BYTES})",
        total
    );
    if total >= BUDGET_GZIP_BYTES {
        return Err(Failure::new(format!(
            "the widget is {total} bytes with gzip, over the budget of {BUDGET_GZIP_BYTES}"
        )));
    }
    println!("    site: {}", site.display());
    Ok(site)
}

/// The gzip -9 size of every `.wasm` and `.js` file of the site, summed.
pub fn download_size(site: &Path) -> Result<u64, Failure> {
    let mut files = Vec::new();
    collect(site, &mut files)?;
    let mut total = 0;
    for f in files {
        let ext = f.extension().and_then(|e| e.to_str()).unwrap_or("");
        if ext != "wasm" && ext != "js" {
            continue;
        }
        let out = Command::new("gzip")
            .args(["-9", "-c"])
            .arg(&f)
            .output()
            .map_err(|e| Failure::new(format!("gzip {}: {e}", f.display())))?;
        total += out.stdout.len() as u64;
    }
    Ok(total)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Failure> {
    let entries = fs::read_dir(dir)
        .map_err(|e| Failure::new(format!("cannot read {}: {e}", dir.display())))?;
    for entry in entries {
        let path = entry
            .map_err(|e| Failure::new(format!("{}: {e}", dir.display())))?
            .path();
        if path.is_dir() {
            collect(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// Runs `wasm-opt -Oz` from the npm package `binaryen` when it can be had.
fn optimise(wasm: &Path) -> Result<(), Failure> {
    let wasm_opt = match install::npm_packages() {
        Ok(modules) => modules.join(".bin/wasm-opt"),
        Err(e) => {
            println!(
                "\n    note: wasm-opt is not available, so the .wasm is not size-optimised ({e})"
            );
            return Ok(());
        }
    };
    if !wasm_opt.exists() {
        println!(
            "\n    note: {} is missing, so the .wasm is not size-optimised (run `npm ci`)",
            wasm_opt.display()
        );
        return Ok(());
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

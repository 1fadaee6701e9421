//! `cargo xtask dist`: the widget, built for the browser, as a static site.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::install;
use crate::util::{Failure, cargo, root, run, step};

/// The widget crate's library name: the `.wasm` and the JS glue are named after it.
const WIDGET_LIB: &str = "datalots_widget";
/// The worker's entry script (in `widget/`, copied into `pkg/`): it loads the widget's
/// one module and registers the worker. The page and its workers share that module, so
/// the standard library, serde and the facade are downloaded once.
const WORKER_ENTRIES: [&str; 1] = ["widget-worker.js"];
/// The goal (#12): what a visitor downloads for the publishing flow, gzip-compressed
/// (all `.wasm` and `.js`), under 600 KiB; `dist` refuses more (the flow was 588,252
/// bytes when the goal was met). The widget is always built with the pinned nightly
/// ([`install::NIGHTLY`]); there is no other build, so no other budget.
pub const BUDGET_GZIP_BYTES: u64 = 600 * 1024;
/// Where the nightly builds of the wasm modules go (see [`build_wasm`]).
const NIGHTLY_TARGET_DIR: &str = "target/wasm-nightly";
/// The nightly build's flags, with std rebuilt (`-Zbuild-std`): panics abort at once,
/// without messages or unwinding machinery, and carry no file and line. The widget
/// never shows a panic message anyway: library code does not panic on input, and a
/// panic in wasm is a trap either way. Measured on the widget's module (gzip -9):
/// 748,601 → 700,583 bytes with `-Cpanic=immediate-abort`; then 602,894 → 571,255
/// with `-Zlocation-detail=none` and std's `optimize_for_size` together.
const NIGHTLY_RUSTFLAGS: &str = "-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none";
/// The cargo profile `dist` builds with (size-optimised; see the root `Cargo.toml`).
const PROFILE: &str = "wasm-release";

/// The modules loaded only when needed: (package, library name). Each is its own
/// cdylib so that what it carries stays out of the widget's module: the flow imports
/// the procurement requirements (widget/procurement) when someone opens them (the
/// loader imports them for `mode="procurement"`), which import the Word and Excel
/// writers (widget/exports/*) when someone asks for a .docx or .xlsx file; the worker
/// imports the JSON-LD reader (widget/json-ld) when someone opens a JSON-LD catalogue,
/// «Vår katalog»'s operations (widget/catalog-engine) when someone opens their
/// catalogue, and the catalogue's static pages with a zip writer (widget/exports/site)
/// when someone asks for them as a zip file.
/// The catalogue page (widget/catalog) is the module of `<datalots-catalog>`: never
/// the publishing flow's, with a budget of its own ([`CATALOG_PAGE_BUDGET_GZIP_BYTES`]).
const LATER_MODULES: [(&str, &str); 7] = [
    ("datalots-procurement-view", "datalots_procurement"),
    ("datalots-export-docx", "datalots_export_docx"),
    ("datalots-export-xlsx", "datalots_export_xlsx"),
    ("datalots-json-ld", "datalots_json_ld"),
    ("datalots-catalog-engine", "datalots_catalog_engine"),
    ("datalots-catalog-page", "datalots_catalog"),
    ("datalots-export-site", "datalots_export_site"),
];
/// The goal (#25): what a visitor downloads for `<datalots-catalog>` — the loader, the
/// catalogue page's module and its glue — gzip -9, at most 250 KiB. A JSON-LD catalogue
/// adds the JSON-LD module, printed beside it.
pub const CATALOG_PAGE_BUDGET_GZIP_BYTES: u64 = 250 * 1024;
/// The most a lazily loaded module may weigh, gzip -9 (the widget's rule): its
/// `.wasm`, its JS glue and its snippets, all that a visit needing it downloads more.
const LATER_MODULE_BUDGET: u64 = 300 * 1024;
/// «Vår katalog»'s engine alone may weigh more: it carries a catalogue's whole reader,
/// validator, grader, updater and writers, and the profile's types for an update
/// (311,650 bytes on 2026-12-07, after its cuts: regex-lite and the licence
/// questionnaire out). A visitor downloads it once, on opening their catalogue.
const CATALOG_ENGINE_BUDGET: u64 = 310 * 1024;

/// What the module of library `lib` ([`LATER_MODULES`]) may weigh, gzip -9 with its glue.
fn later_budget(lib: &str) -> u64 {
    if lib == "datalots_catalog_engine" {
        CATALOG_ENGINE_BUDGET
    } else {
        LATER_MODULE_BUDGET
    }
}
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
    let nightly = install::nightly()?;
    let root = root();
    let site = root.join("target/site");
    let pkg = site.join("pkg");

    let built =
        build_wasm(&root, nightly, &["datalots-widget"])?.join(format!("{WIDGET_LIB}.wasm"));

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
    let exports = later_modules(&wasm_bindgen.cli, &pkg, nightly)?;
    // The widget's module gets the slower, slightly smaller `--converge` (its budget
    // is tight); the modules loaded later one -Oz pass.
    let mut jobs = vec![(wasm.clone(), true)];
    jobs.extend(exports.iter().map(|w| (w.clone(), false)));
    optimise_all(&jobs, require_wasm_opt)?;

    step("writing the static site");
    copy_dir(&root.join("www"), &site)?;
    // The demo catalogue of www/katalog.html, made with the library from the fixtures.
    run(
        cargo()
            .args(["run", "--quiet", "--example", "sample_site", "--"])
            .arg(site.join("katalog")),
        "cargo run --example sample_site",
    )?;
    copy_file(
        &root.join("widget/datalots-widget.js"),
        &site.join("datalots-widget.js"),
    )?;
    for entry in WORKER_ENTRIES {
        copy_file(&root.join("widget").join(entry), &pkg.join(entry))?;
    }
    for module in std::iter::once(&wasm).chain(&exports) {
        let plain = fs::metadata(module)
            .map_err(|e| Failure::new(format!("{}: {e}", module.display())))?
            .len();
        println!(
            "    {}: {plain} bytes ({} bytes with gzip -9)",
            module.display(),
            gzip_size(module)?
        );
    }
    let sizes = download_sizes(&site)?;
    check_budgets(&sizes)?;
    catalog_page(&sizes)?;
    println!("    site: {}", site.display());
    Ok(site)
}

/// What a visitor downloads, gzip -9: the whole publishing flow, and what each module
/// loaded later adds to a visit that needs it.
pub struct Downloads {
    /// Every `.wasm` and `.js` of the site but the modules loaded later.
    pub flow: u64,
    /// The loader (`datalots-widget.js`, counted in `flow` too): what the catalogue
    /// page loads besides its module.
    pub loader: u64,
    /// Each module of [`LATER_MODULES`] (by library name): its `.wasm`, its JS glue
    /// and its snippets.
    pub later: Vec<(&'static str, u64)>,
}

/// Fails when the flow is over [`BUDGET_GZIP_BYTES`] or a module loaded later over
/// its budget ([`later_budget`]); prints the sizes either way.
fn check_budgets(sizes: &Downloads) -> Result<(), Failure> {
    let total = sizes.flow;
    println!(
        "    a visitor downloads {total} bytes of .wasm and .js with gzip -9 for the whole publishing flow (the goal: under {BUDGET_GZIP_BYTES}, 600 KiB)"
    );
    for (lib, bytes) in &sizes.later {
        println!(
            "    loaded only when needed: {lib}, {bytes} bytes with its JS glue (at most {})",
            later_budget(lib)
        );
    }
    if total > BUDGET_GZIP_BYTES {
        return Err(Failure::new(format!(
            "the publishing flow is {total} bytes with gzip -9, {} over the {BUDGET_GZIP_BYTES} bytes (600 KiB) it may weigh",
            total - BUDGET_GZIP_BYTES
        )));
    }
    if let Some((lib, bytes)) = sizes.later.iter().find(|(lib, b)| *b > later_budget(lib)) {
        return Err(Failure::new(format!(
            "{lib} (loaded later) is {bytes} bytes with gzip -9, its .wasm and JS glue together, over the {} bytes it may weigh",
            later_budget(lib)
        )));
    }
    Ok(())
}

/// Builds `packages` (their libraries) for wasm32 in one cargo invocation with the
/// pinned `nightly` ([`install::nightly`]); returns the folder with the `.wasm` files.
///
/// The standard library is rebuilt for size ([`NIGHTLY_RUSTFLAGS`] and std's
/// `optimize_for_size` feature: its smaller sorting and formatting code), once: every
/// invocation has the same flags and target folder, so the later ones reuse it. The
/// folder is its own, which keeps the stable builds' cache intact.
fn build_wasm(root: &Path, nightly: &str, packages: &[&str]) -> Result<PathBuf, Failure> {
    let what = packages.join(", ");
    step(&format!(
        "building {what} for wasm32-unknown-unknown ({nightly}, -Zbuild-std, panic=immediate-abort)"
    ));
    let target_dir = root.join(NIGHTLY_TARGET_DIR);
    let mut cmd = install::cargo_nightly();
    cmd.env("CARGO_TARGET_DIR", &target_dir)
        .env("RUSTFLAGS", NIGHTLY_RUSTFLAGS)
        .args([
            "build",
            "--lib",
            "--target",
            "wasm32-unknown-unknown",
            "--profile",
            PROFILE,
        ])
        .args([
            "-Zbuild-std=std,panic_abort",
            "-Zbuild-std-features=optimize_for_size",
        ]);
    for p in packages {
        cmd.args(["-p", p]);
    }
    run(&mut cmd, &format!("cargo +{nightly} build ({what})"))?;
    Ok(target_dir.join("wasm32-unknown-unknown").join(PROFILE))
}

/// Builds the modules loaded later ([`LATER_MODULES`]), each in a cargo invocation of
/// its own (so that no build gets another's features: the office writers, the JSON-LD
/// reader, the widget's publishing flow), generates their bindings into `pkg`; returns
/// their `.wasm` files.
fn later_modules(wasm_bindgen: &Path, pkg: &Path, nightly: &str) -> Result<Vec<PathBuf>, Failure> {
    let mut out = Vec::new();
    for (package, lib) in LATER_MODULES {
        let out_dir = build_wasm(&root(), nightly, &[package])?;
        run(
            Command::new(wasm_bindgen)
                .args(["--target", "web", "--no-typescript", "--out-dir"])
                .arg(pkg)
                .arg(out_dir.join(format!("{lib}.wasm"))),
            "wasm-bindgen (a module loaded later)",
        )?;
        out.push(pkg.join(format!("{lib}_bg.wasm")));
    }
    Ok(out)
}

/// The gzip -9 sizes of the site's `.wasm` and `.js` files ([`Downloads`]): the
/// publishing flow (the page and its worker share one module) and, apart, each module
/// loaded only when someone opens the procurement requirements, asks for a Word or
/// Excel file, opens their catalogue («Vår katalog») or a JSON-LD catalogue
/// ([`LATER_MODULES`]). A file gzip cannot
/// compress is an error, never 0 bytes.
pub fn download_sizes(site: &Path) -> Result<Downloads, Failure> {
    let mut files = Vec::new();
    collect(site, &mut files)?;
    let importers = snippet_importers(&site.join("pkg"))?;
    let mut sizes = Downloads {
        flow: 0,
        loader: 0,
        later: LATER_MODULES.iter().map(|(_, lib)| (*lib, 0)).collect(),
    };
    for f in files {
        let ext = f.extension().and_then(|e| e.to_str()).unwrap_or("");
        if ext != "wasm" && ext != "js" {
            continue;
        }
        // The sample pages' own script (`katalog/sidor/site.js`, what `datalots site`
        // writes) is the demo's, not the widget's: a visitor of the flow never loads it.
        if !is_widget_file(site, &f) {
            continue;
        }
        let gz = gzip_size(&f)?;
        if f == site.join("datalots-widget.js") {
            sizes.loader = gz;
        }
        // A snippet counts for every module that imports it (the JSON-LD loader is the
        // worker's, the engine's and the catalogue page's); one no glue imports, for
        // the flow.
        let modules = match importers.get(&f) {
            Some(modules) if !modules.is_empty() => modules.clone(),
            _ => vec![later_module_of(&f)],
        };
        for module in modules {
            match module {
                Some(i) => sizes.later[i].1 += gz,
                None => sizes.flow += gz,
            }
        }
    }
    Ok(sizes)
}

/// Each snippet of `pkg/snippets/` and the modules whose JS glue imports it: `None`
/// for the flow (`datalots_widget.js`), `Some(i)` for [`LATER_MODULES`]`[i]`.
fn snippet_importers(pkg: &Path) -> Result<BTreeMap<PathBuf, Vec<Option<usize>>>, Failure> {
    let glues = std::iter::once((None, "datalots_widget")).chain(
        LATER_MODULES
            .iter()
            .enumerate()
            .map(|(i, (_, lib))| (Some(i), *lib)),
    );
    let mut importers: BTreeMap<PathBuf, Vec<Option<usize>>> = BTreeMap::new();
    for (module, lib) in glues {
        let glue = pkg.join(format!("{lib}.js"));
        let text = fs::read_to_string(&glue)
            .map_err(|e| Failure::new(format!("cannot read {}: {e}", glue.display())))?;
        for snippet in imported_snippets(&text) {
            importers.entry(pkg.join(snippet)).or_default().push(module);
        }
    }
    Ok(importers)
}

/// The snippets a module's JS glue imports, relative to `pkg/`
/// (`snippets/<crate>-<hash>/src/<file>.js`), each once.
fn imported_snippets(glue: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for quote in ['\'', '"'] {
        let start = format!("{quote}./snippets/");
        for (i, _) in glue.match_indices(&start) {
            let rest = &glue[i + 3..];
            if let Some(end) = rest.find(quote) {
                found.insert(rest[..end].to_owned());
            }
        }
    }
    found
}

/// Whether a file of the site is the widget's: the loader or anything in `pkg/`.
fn is_widget_file(site: &Path, file: &Path) -> bool {
    let relative = file.strip_prefix(site).unwrap_or(file);
    relative == Path::new("datalots-widget.js") || relative.starts_with("pkg")
}

/// Prints what `<datalots-catalog>` costs a visitor and refuses more than
/// [`CATALOG_PAGE_BUDGET_GZIP_BYTES`]: the loader and the catalogue page's module (its
/// `.wasm`, its glue and the snippets the glue imports), gzip -9 each, as
/// [`download_sizes`] counted them.
fn catalog_page(sizes: &Downloads) -> Result<(), Failure> {
    let module = |name: &str| {
        sizes
            .later
            .iter()
            .find(|(lib, _)| *lib == name)
            .map_or(0, |(_, b)| *b)
    };
    let total = sizes.loader + module("datalots_catalog");
    let json_ld = module("datalots_json_ld");
    println!(
        "    a visitor downloads {total} bytes of .wasm and .js with gzip -9 for <datalots-catalog> \
         (the loader and the catalogue page; {} with a JSON-LD catalogue)",
        total + json_ld
    );
    if total > CATALOG_PAGE_BUDGET_GZIP_BYTES {
        return Err(Failure::new(format!(
            "<datalots-catalog> is {total} bytes with gzip, over its {CATALOG_PAGE_BUDGET_GZIP_BYTES} (250 KiB)"
        )));
    }
    println!(
        "    goal met: <datalots-catalog> under {CATALOG_PAGE_BUDGET_GZIP_BYTES} bytes (250 KiB)"
    );
    Ok(())
}

/// Which of [`LATER_MODULES`] a file of the site belongs to (its `.wasm`, its JS glue,
/// its snippets in `pkg/snippets/<package>-<hash>/` when no glue imports them), or
/// `None` for the flow.
fn later_module_of(file: &Path) -> Option<usize> {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let shown = file.to_string_lossy().replace('\\', "/");
    LATER_MODULES.iter().position(|(package, lib)| {
        name.starts_with(&format!("{lib}."))
            || name.starts_with(&format!("{lib}_bg."))
            || shown.contains(&format!("/snippets/{package}-"))
    })
}

/// The size of a file compressed with `gzip -9`; gzip failing is an error (a file
/// counted as 0 bytes would pass any budget).
fn gzip_size(f: &Path) -> Result<u64, Failure> {
    let out = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(f)
        .output()
        .map_err(|e| {
            Failure::new(format!(
                "cannot run gzip on {}: {e} (is gzip installed?)",
                f.display()
            ))
        })?;
    if !out.status.success() || out.stdout.is_empty() {
        return Err(Failure::new(format!(
            "gzip -9 {} failed ({}): {}",
            f.display(),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(out.stdout.len() as u64)
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

/// [`optimise`] on every `(wasm, converge)`, as many at a time as there are cores
/// (wasm-opt runs mostly on one thread; on two cores this halves the wait).
fn optimise_all(jobs: &[(PathBuf, bool)], required: bool) -> Result<(), Failure> {
    // `npm ci` (wasm-opt's package) once, before the threads ask for it; a failure
    // here is reported by `optimise` as it would be without threads.
    let _ = install::npm_packages();
    let queue = std::sync::Mutex::new(jobs.iter());
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(jobs.len());
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| -> Result<(), Failure> {
                    loop {
                        let next = queue.lock().map(|mut q| q.next()).unwrap_or(None);
                        let Some((wasm, converge)) = next else {
                            return Ok(());
                        };
                        optimise(wasm, required, *converge)?;
                    }
                })
            })
            .collect();
        for h in handles {
            h.join()
                .map_err(|_| Failure::new("a wasm-opt thread panicked".to_owned()))??;
        }
        Ok(())
    })
}

/// Runs `wasm-opt -Oz` from the npm package `binaryen` when it can be had; when it
/// cannot, a note, or with `required` a failure.
fn optimise(wasm: &Path, required: bool, converge: bool) -> Result<(), Failure> {
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
    let mut cmd = Command::new(&wasm_opt);
    // `--low-memory-unused`: Rust's wasm puts the stack first, so nothing lives below
    // 1 KiB and wasm-opt may fold offsets; `--converge` repeats -Oz until nothing
    // changes (together about 1 % smaller, measured on the widget).
    cmd.args(["-Oz", "--low-memory-unused"]);
    if converge {
        cmd.arg("--converge");
    }
    run(cmd.arg(wasm).arg("-o").arg(wasm), "wasm-opt")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_file_counts_for_its_module() {
        let pkg = Path::new("/x/target/site/pkg");
        assert_eq!(later_module_of(&pkg.join("datalots_widget_bg.wasm")), None);
        assert_eq!(later_module_of(&pkg.join("datalots_widget.js")), None);
        assert_eq!(
            later_module_of(&pkg.join("snippets/datalots-widget-0123abcd/src/flow.js")),
            None
        );
        assert_eq!(
            later_module_of(&pkg.join("datalots_procurement.js")),
            Some(0)
        );
        assert_eq!(
            later_module_of(&pkg.join("datalots_procurement_bg.wasm")),
            Some(0)
        );
        assert_eq!(
            later_module_of(&pkg.join("snippets/datalots-procurement-view-89ef/src/exports.js")),
            Some(0)
        );
        assert_eq!(
            later_module_of(&pkg.join("datalots_export_xlsx_bg.wasm")),
            Some(2)
        );
        assert_eq!(later_module_of(&pkg.join("datalots_json_ld.js")), Some(3));
        // What the glue imports decides, for a snippet: wasm-bindgen writes both quotes.
        let glue = "import { a } from './snippets/datalots-json-ld-12ab/src/loader.js';\n\
                    import * as import1 from \"./snippets/datalots-widget-34cd/src/flow.js\"\n\
                    import { b } from './snippets/datalots-json-ld-12ab/src/loader.js';\n\
                    const x = 'snippets/not-an-import.js';";
        assert_eq!(
            imported_snippets(glue).into_iter().collect::<Vec<_>>(),
            [
                "snippets/datalots-json-ld-12ab/src/loader.js",
                "snippets/datalots-widget-34cd/src/flow.js"
            ]
        );
        let site = Path::new("/x/target/site");
        assert!(is_widget_file(site, &site.join("datalots-widget.js")));
        assert!(is_widget_file(site, &pkg.join("widget-worker.js")));
        assert!(!is_widget_file(site, &site.join("katalog/sidor/site.js")));
    }

    #[test]
    fn a_budget_is_a_limit_for_the_flow_and_for_each_module_glue_included() {
        let later = |bytes| LATER_MODULES.iter().map(|(_, lib)| (*lib, bytes)).collect();
        let fits = Downloads {
            flow: BUDGET_GZIP_BYTES,
            loader: 0,
            later: later(LATER_MODULE_BUDGET),
        };
        assert!(check_budgets(&fits).is_ok());
        let flow = Downloads {
            flow: BUDGET_GZIP_BYTES + 1,
            loader: 0,
            later: later(1),
        };
        assert!(
            check_budgets(&flow)
                .unwrap_err()
                .to_string()
                .contains("614400")
        );
        let mut module = Downloads {
            flow: 1,
            loader: 0,
            later: later(1),
        };
        module.later[1].1 = LATER_MODULE_BUDGET + 1;
        let err = check_budgets(&module).unwrap_err().to_string();
        assert!(err.contains("datalots_export_docx"), "{err}");
        // The catalogue engine's own budget, no more.
        let engine = LATER_MODULES
            .iter()
            .position(|(_, lib)| *lib == "datalots_catalog_engine")
            .unwrap();
        module.later[1].1 = 1;
        module.later[engine].1 = CATALOG_ENGINE_BUDGET;
        assert!(check_budgets(&module).is_ok());
        module.later[engine].1 = CATALOG_ENGINE_BUDGET + 1;
        let err = check_budgets(&module).unwrap_err().to_string();
        assert!(err.contains("datalots_catalog_engine"), "{err}");
    }

    #[test]
    fn the_catalogue_page_is_the_loader_and_its_module_and_no_more() {
        let page = LATER_MODULES
            .iter()
            .position(|(_, lib)| *lib == "datalots_catalog")
            .unwrap();
        let mut sizes = Downloads {
            flow: BUDGET_GZIP_BYTES,
            loader: 6_000,
            later: LATER_MODULES
                .iter()
                .map(|(_, lib)| (*lib, LATER_MODULE_BUDGET))
                .collect(),
        };
        sizes.later[page].1 = CATALOG_PAGE_BUDGET_GZIP_BYTES - 6_000;
        assert!(catalog_page(&sizes).is_ok());
        sizes.later[page].1 += 1;
        let err = catalog_page(&sizes).unwrap_err().to_string();
        assert!(err.contains("256001"), "{err}");
    }

    #[test]
    fn a_file_gzip_cannot_read_is_an_error_not_zero_bytes() {
        let missing = root().join("target/no-such-file-for-gzip.wasm");
        assert!(gzip_size(&missing).is_err());
        let manifest = root().join("Cargo.toml");
        assert!(gzip_size(&manifest).unwrap() > 0);
    }
}

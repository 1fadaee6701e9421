//! `cargo xtask test`: every check and test, in order, stopping at the first failure.
//!
//! Each step installs what it needs first (see `install.rs`) and fails when it cannot:
//! no check is skipped for what a machine lacks.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::install::{self, Browser};
use crate::site;
use crate::util::{Failure, cargo, root, run, run_tee, step, tests_run};

/// The library crates that must compile for `wasm32-unknown-unknown`.
const WASM_LIBRARIES: &[&str] = &[
    "dcat-ap-se",
    "csv-profile",
    "licence-advisor",
    "procurement",
    "datalots",
    "datalots-widget",
    "datalots-widget-support",
    "datalots-export-docx",
    "datalots-export-xlsx",
    "datalots-export-site",
    "datalots-worker",
    "datalots-json-ld",
    "datalots-catalog-engine",
    "datalots-procurement-view",
    "datalots-catalog-page",
];

/// The crates with browser tests (`tests/web.rs`, wasm-bindgen-test in Chromium).
const BROWSER_TEST_CRATES: &[&str] = &["datalots-widget", "datalots-procurement-view"];

/// The libraries published to crates.io, packaged and checked from the package alone.
const PUBLISHED: &[&str] = &[
    "csv-profile",
    "dcat-ap-se",
    "licence-advisor",
    "procurement",
    "datalots",
];

/// The most one end-to-end test may take before node fails it (a hang must not
/// stall CI); each takes well under a minute.
const E2E_TEST_TIMEOUT_MS: u32 = 600_000;

/// Runs the whole test suite.
pub fn all() -> Result<(), Failure> {
    let started = Instant::now();
    formatting()?;
    lints()?;
    let python = install::python_tools()?;
    let soffice = install::libreoffice()?;
    native_tests(&python, &soffice)?;
    wasm_checks()?;

    step("5/7 the static site (cargo xtask dist; wasm-opt required)");
    site::dist_for_tests()?;

    let browser = install::browser()?;
    browser_tests(&browser)?;
    end_to_end(&browser, &python)?;

    step("fuzz smoke run (cargo xtask fuzz --seconds 5: every target, from the seeds)");
    crate::fuzz::smoke()?;

    println!(
        "\nxtask: every check passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn formatting() -> Result<(), Failure> {
    step("1/7 formatting (cargo fmt --check)");
    run(
        cargo().args(["fmt", "--all", "--", "--check"]),
        "cargo fmt --check",
    )
    .map_err(|e| Failure::new(format!("{e}\nrun `cargo fmt --all` and commit the result")))
}

/// Clippy, the API documentation and the packages as crates.io would get them.
fn lints() -> Result<(), Failure> {
    step("2/7 lints (cargo clippy)");
    run(
        cargo().args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
        "cargo clippy",
    )?;
    step("2/7 the API documentation (cargo doc, warnings are errors)");
    // Broken links, missing docs.
    run(
        cargo()
            .args(["doc", "--no-deps", "--workspace", "--quiet"])
            .env("RUSTDOCFLAGS", "-D warnings"),
        "cargo doc",
    )?;
    step("2/7 the published libraries, packaged and checked from the packages alone");
    packages()
}

/// The libraries as other Rust projects would get them from crates.io: packaged
/// (metadata, readme, versioned path dependencies, the files included), then each
/// package checked from its own files alone, beside the others' packages, with the
/// workspace's lock file (nothing is uploaded).
///
/// This is what `cargo publish --dry-run` verifies, with `cargo check` instead of
/// `cargo build`: a file left out of a package (a README a doc comment includes, a
/// data file) fails the check the same way, and the check shares the compiled
/// dependencies of `cargo clippy` instead of building five packages from scratch.
fn packages() -> Result<(), Failure> {
    let package = |offline: bool| {
        let mut cmd = cargo();
        cmd.args(["package", "--no-verify", "--allow-dirty", "--quiet"]);
        // The lock file written into a package with a binary needs the index: the
        // copy `cargo clippy` fetched is enough (it saves the half minute an update
        // takes); if not, the update.
        if offline {
            cmd.arg("--offline");
        }
        for p in PUBLISHED {
            cmd.args(["-p", p]);
        }
        cmd
    };
    if run(&mut package(true), "cargo package --offline").is_err() {
        run(&mut package(false), "cargo package")?;
    }
    let root = root();
    let check = root.join("target/package-check");
    if check.exists() {
        std::fs::remove_dir_all(&check)
            .map_err(|e| Failure::new(format!("cannot clear {}: {e}", check.display())))?;
    }
    let version = crate_version()?;
    std::fs::create_dir_all(&check)
        .map_err(|e| Failure::new(format!("cannot create {}: {e}", check.display())))?;
    let mut manifest = String::from(
        "# Written by `cargo xtask test`: the packaged libraries, checked alone.\n[workspace]\nresolver = \"3\"\nmembers = [",
    );
    let mut patch = String::from("\n[patch.crates-io]\n");
    for p in PUBLISHED {
        let crate_file = root.join(format!("target/package/{p}-{version}.crate"));
        run(
            Command::new("tar")
                .arg("-xzf")
                .arg(&crate_file)
                .arg("-C")
                .arg(&check),
            &format!("unpacking {}", crate_file.display()),
        )?;
        manifest.push_str(&format!("\"{p}-{version}\", "));
        patch.push_str(&format!("{p} = {{ path = \"{p}-{version}\" }}\n"));
    }
    manifest.push_str("]\n");
    manifest.push_str(&patch);
    write(&check.join("Cargo.toml"), &manifest)?;
    // The workspace's lock file: the same dependency versions as every other step.
    std::fs::copy(root.join("Cargo.lock"), check.join("Cargo.lock"))
        .map_err(|e| Failure::new(format!("cannot copy Cargo.lock: {e}")))?;
    run(
        cargo()
            .current_dir(&check)
            .env("CARGO_TARGET_DIR", root.join("target"))
            .args(["check", "--workspace", "--quiet"]),
        "cargo check of the packaged libraries",
    )
}

/// The workspace's version (`[workspace.package] version`), which the packages carry.
fn crate_version() -> Result<String, Failure> {
    let path = root().join("Cargo.toml");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Failure::new(format!("cannot read {}: {e}", path.display())))?;
    text.split("[workspace.package]")
        .nth(1)
        .and_then(|rest| {
            rest.lines()
                .find_map(|l| l.trim().strip_prefix("version = \""))
                .and_then(|v| v.split('"').next())
        })
        .map(str::to_owned)
        .ok_or_else(|| {
            Failure::new(format!(
                "{}: no `version = \"…\"` under [workspace.package]",
                path.display()
            ))
        })
}

fn write(path: &Path, text: &str) -> Result<(), Failure> {
    std::fs::write(path, text)
        .map_err(|e| Failure::new(format!("cannot write {}: {e}", path.display())))
}

/// `cargo test --workspace` with the tools the tests call, and the examples.
fn native_tests(python: &Path, soffice: &Path) -> Result<(), Failure> {
    step("3/7 native tests (cargo test --workspace)");
    run(
        cargo()
            .args(["test", "--workspace"])
            .env("DATALOTS_PYTHON", python)
            .env("DATALOTS_SOFFICE", soffice),
        "cargo test",
    )?;
    // The examples assert their own output (a valid catalogue), so running them tests
    // the public API the way a Rust user would call it.
    for example in ["describe_csv", "build_catalog"] {
        run(
            cargo()
                .args(["run", "--quiet", "--example", example])
                .stdout(std::process::Stdio::null()),
            &format!("cargo run --example {example}"),
        )?;
    }
    Ok(())
}

/// Every library lint-free for wasm32, and the configurations only the widget builds.
fn wasm_checks() -> Result<(), Failure> {
    step("4/7 the libraries for wasm32-unknown-unknown (cargo clippy)");
    install::wasm_target()?;
    // Clippy checks what `cargo check` would (it compiles every crate to metadata),
    // and lints the code only wasm32 compiles.
    let mut lint = cargo();
    lint.args(["clippy", "--lib", "--target", "wasm32-unknown-unknown"]);
    for krate in WASM_LIBRARIES {
        lint.args(["-p", krate]);
    }
    run(
        lint.args(["--", "-D", "warnings"]),
        "cargo clippy --lib --target wasm32-unknown-unknown",
    )?;
    // The browser tests compile only for wasm32 (`#![cfg(target_arch = "wasm32")]`), so
    // the native clippy does not see them.
    let mut lint = cargo();
    lint.args(["clippy", "--target", "wasm32-unknown-unknown", "--tests"]);
    for krate in BROWSER_TEST_CRATES {
        lint.args(["-p", krate]);
    }
    run(
        lint.args(["--", "-D", "warnings"]),
        "cargo clippy --target wasm32-unknown-unknown --tests (the browser tests)",
    )?;
    step("4/7 csv-profile and dcat-ap-se as the widget builds them (no default features)");
    // csv-profile as the widget builds it (no chardetng, no encoding_rs: its own small
    // decoder) builds lint-free and passes all its tests, which compare the small
    // decoder with encoding_rs.
    run(
        cargo().args([
            "clippy",
            "-p",
            "csv-profile",
            "--no-default-features",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
        "cargo clippy -p csv-profile --no-default-features",
    )?;
    run(
        cargo().args(["test", "-p", "csv-profile", "--no-default-features"]),
        "cargo test -p csv-profile --no-default-features",
    )?;
    // dcat-ap-se as the widget builds it (no JSON-LD, RDF/XML or Turtle readers: the
    // worker loads modules that read) builds lint-free; reading without the built-in
    // RDF/XML and Turtle readers is tested here, its JSON-LD path in the browser
    // (tests/e2e/catalog.test.mjs, publish.test.mjs).
    run(
        cargo().args([
            "test",
            "-p",
            "dcat-ap-se",
            "--no-default-features",
            "--lib",
            "rdf::",
        ]),
        "cargo test -p dcat-ap-se --no-default-features --lib rdf::",
    )?;
    run(
        cargo().args([
            "clippy",
            "-p",
            "dcat-ap-se",
            "--no-default-features",
            "--lib",
            "--",
            "-D",
            "warnings",
        ]),
        "cargo clippy -p dcat-ap-se --no-default-features",
    )
}

/// The widget's own tests in headless Chromium (wasm-bindgen-test).
fn browser_tests(browser: &Browser) -> Result<(), Failure> {
    let wasm_bindgen = install::wasm_bindgen()?;
    step("6/7 widget tests in headless Chromium (wasm-bindgen-test)");
    let mut tests = cargo();
    tests.args(["test", "--target", "wasm32-unknown-unknown"]);
    for krate in BROWSER_TEST_CRATES {
        tests.args(["-p", krate]);
    }
    let output = run_tee(
        tests
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                &wasm_bindgen.test_runner,
            )
            .env("CHROMEDRIVER", &browser.chromedriver)
            .env(
                "WASM_BINDGEN_TEST_WEBDRIVER_JSON",
                root().join("widget/webdriver.json"),
            ),
        "wasm-bindgen-test in Chromium",
    )?;
    require_tests(&output, "wasm-bindgen-test in Chromium")
}

/// The built site in headless Chromium (node --test), with the command-line tool and
/// Python's readers for what it downloads.
fn end_to_end(browser: &Browser, python: &Path) -> Result<(), Failure> {
    step("7/7 end-to-end tests (node --test tests/e2e, playwright-core, axe-core)");
    install::npm_packages()?;
    // Built by `cargo test --workspace` (the CLI's tests run it).
    let datalots: PathBuf = root().join("target/debug/datalots");
    if !datalots.is_file() {
        return Err(Failure::new(format!(
            "{} is missing after `cargo test --workspace`: the end-to-end tests run it",
            datalots.display()
        )));
    }
    let output = run_tee(
        Command::new("node")
            .arg("--test")
            .arg(format!("--test-timeout={E2E_TEST_TIMEOUT_MS}"))
            .arg("tests/e2e/")
            .current_dir(root())
            .env("CHROMIUM", &browser.chromium)
            .env("DATALOTS_PYTHON", python)
            .env("DATALOTS_BIN", &datalots),
        "end-to-end tests",
    )?;
    require_tests(&output, "node --test tests/e2e/")
}

/// A run that passed without running a test is a failure: an empty folder or a wrong
/// filter must not look like success.
fn require_tests(output: &str, what: &str) -> Result<(), Failure> {
    match tests_run(output) {
        Some(n) if n > 0 => {
            println!("    {what}: {n} tests ran");
            Ok(())
        }
        Some(_) => Err(Failure::new(format!("{what} ran no tests"))),
        None => Err(Failure::new(format!(
            "{what}: no test count in its output, so it cannot be told whether any test ran"
        ))),
    }
}

//! `cargo xtask test`: every check and test, in order, stopping at the first failure.

use std::process::Command;
use std::time::Instant;

use crate::install;
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
    "datalots-export-docx",
    "datalots-export-xlsx",
    "datalots-export-site",
    "datalots-worker",
    "datalots-json-ld",
    "datalots-procurement-view",
    "datalots-catalog-page",
];

/// The crates with browser tests (`tests/web.rs`, wasm-bindgen-test in Chromium).
const BROWSER_TEST_CRATES: &[&str] = &["datalots-widget", "datalots-procurement-view"];

/// Runs the whole test suite.
pub fn all() -> Result<(), Failure> {
    let started = Instant::now();

    step("1/7 formatting (cargo fmt --check)");
    run(
        cargo().args(["fmt", "--all", "--", "--check"]),
        "cargo fmt --check",
    )
    .map_err(|e| Failure::new(format!("{e}\nrun `cargo fmt --all` and commit the result")))?;

    step("2/7 lints (cargo clippy, cargo doc, cargo publish --dry-run)");
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
    // The API documentation builds without a warning (broken links, missing docs).
    run(
        cargo()
            .args(["doc", "--no-deps", "--workspace", "--quiet"])
            .env("RUSTDOCFLAGS", "-D warnings"),
        "cargo doc",
    )?;

    // The libraries as other Rust projects would get them from crates.io: packaged
    // (metadata, readme, versioned path dependencies) and built from the package alone,
    // together, so that each finds the others' packages (nothing is uploaded).
    run(
        cargo().args([
            "publish",
            "--dry-run",
            "--allow-dirty",
            "-p",
            "csv-profile",
            "-p",
            "dcat-ap-se",
            "-p",
            "licence-advisor",
            "-p",
            "procurement",
            "-p",
            "datalots",
        ]),
        "cargo publish --dry-run",
    )?;

    let python = install::python_tools()?;
    step("3/7 native tests (cargo test --workspace)");
    run(
        cargo()
            .args(["test", "--workspace"])
            .env("DATALOTS_PYTHON", &python),
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

    step("4/7 the libraries compile for wasm32-unknown-unknown");
    install::wasm_target()?;
    let mut check = cargo();
    check.args(["check", "--lib", "--target", "wasm32-unknown-unknown"]);
    for krate in WASM_LIBRARIES {
        check.args(["-p", krate]);
    }
    run(&mut check, "cargo check --target wasm32-unknown-unknown")?;
    // The browser tests compile only for wasm32 (`#![cfg(target_arch = "wasm32")]`), so
    // the native clippy above does not see them.
    let mut lint = cargo();
    lint.args(["clippy", "--target", "wasm32-unknown-unknown", "--tests"]);
    for krate in BROWSER_TEST_CRATES {
        lint.args(["-p", krate]);
    }
    run(
        lint.args(["--", "-D", "warnings"]),
        "cargo clippy --target wasm32-unknown-unknown --tests (the browser tests)",
    )?;
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
    // dcat-ap-se as the widget builds it (no JSON-LD reader: the worker loads one as a
    // module of its own) builds lint-free; its JSON-LD path without the reader is
    // tested in the browser (tests/e2e/catalog.test.mjs, publish.test.mjs).
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
    )?;

    step("5/7 the static site (cargo xtask dist; wasm-opt required)");
    site::dist_for_tests()?;

    let browser = install::browser()?;
    let wasm_bindgen = install::wasm_bindgen()?;
    step("6/7 widget tests in headless Chromium (wasm-bindgen-test)");
    let mut browser_tests = cargo();
    browser_tests.args(["test", "--target", "wasm32-unknown-unknown"]);
    for krate in BROWSER_TEST_CRATES {
        browser_tests.args(["-p", krate]);
    }
    let output = run_tee(
        browser_tests
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
    require_tests(&output, "wasm-bindgen-test in Chromium")?;

    step("7/7 end-to-end tests (node --test tests/e2e, playwright-core, axe-core)");
    install::npm_packages()?;
    let output = run_tee(
        Command::new("node")
            .args(["--test", "tests/e2e/"])
            .current_dir(root())
            .env("CHROMIUM", &browser.chromium)
            .env("DATALOTS_PYTHON", &python),
        "end-to-end tests",
    )?;
    require_tests(&output, "node --test tests/e2e/")?;

    step("fuzz smoke run (cargo xtask fuzz --seconds 5: every target, from the seeds)");
    crate::fuzz::smoke()?;

    println!(
        "\nxtask: every check passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
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

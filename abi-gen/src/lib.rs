//! `abi-gen`: the compiler from Arm's ABI definitions to the project's Rust and C.
//!
//! It reads system-register definitions in the Linux `arch/arm64/tools/sysreg` grammar into
//! one typed model ([`sysreg::SysregFile`]), checks them (everything the kernel's
//! `gen-sysreg.awk` checks, and more), and emits from that model:
//! - Rust for the `arm64-uapi` crate ([`sysreg::emit_rust`]), used by its build script;
//! - a C header with exactly the kernel generator's macros ([`sysreg::emit_c`]);
//! - the canonical text of the model ([`sysreg::print`]).
//!
//! The same pipeline serves the SMCCC definitions ([`smccc`]) and the s390 SAE definitions
//! ([`sae`]: the zerocopy structs, enums and tables of `sae-abi` and its C header).
//!
//! Diagnostics ([`diag::Diagnostic`]) name `file:line`, the register and field, and what was
//! expected. No input makes the library panic.
//!
//! ```
//! // A register in the kernel's grammar: the C macros its generator would write...
//! let text = "Sysreg\tCNTKCTL_EL1\t3\t0\t14\t1\t0\nRes0\t63:2\nField\t1\tEL0VCTEN\n\
//!             Field\t0\tEL0PCTEN\nEndSysreg\n";
//! let c = abi_gen::sysreg_to_c("example", text).unwrap();
//! let def = |name: &str| {
//!     c.lines()
//!         .find_map(|l| l.strip_prefix("#define ")?.strip_prefix(name)?.strip_prefix(' '))
//!         .map(str::trim)
//! };
//! assert_eq!(def("SYS_CNTKCTL_EL1"), Some("sys_reg(3, 0, 14, 1, 0)"));
//! assert_eq!(def("CNTKCTL_EL1_EL0VCTEN_SHIFT"), Some("1"));
//! assert_eq!(def("CNTKCTL_EL1_RES0"), Some("(UL(0) | GENMASK_ULL(63, 2))"));
//! // ...and a mistake is a diagnostic with its line, not a panic.
//! let bad = text.replace("Field\t0\t", "Field\t1\t");
//! let errors = abi_gen::sysreg_to_c("example", &bad).unwrap_err();
//! assert!(errors[0].to_string().starts_with("example:4: error["), "{}", errors[0]);
//! ```

#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects
    )
)]

pub mod diag;
pub mod diff;
pub mod report;
pub mod sae;
pub mod sha256;
pub mod smccc;
pub mod sysreg;

use std::path::Path;

pub use diag::{Diagnostic, Kind, Severity, Strictness};

/// The text `write` produces into a fresh `String`. Writing to a `String` cannot fail; were
/// `write` to report [`std::fmt::Error`] anyway, the text is empty rather than a panic.
pub(crate) fn text(write: impl FnOnce(&mut String) -> std::fmt::Result) -> String {
    let mut out = String::new();
    match write(&mut out) {
        Ok(()) => out,
        Err(std::fmt::Error) => String::new(),
    }
}

/// Read and parse a sysreg file. An unreadable file gives one `Io` diagnostic.
pub fn load_sysreg(path: &Path) -> sysreg::Parsed {
    let label = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => match std::str::from_utf8(&bytes) {
            Ok(text) => sysreg::parse(&label, text),
            Err(_) => sysreg::parse(&label, &String::from_utf8_lossy(&bytes)),
        },
        Err(e) => sysreg::Parsed {
            file: sysreg::SysregFile::default(),
            diagnostics: vec![Diagnostic {
                severity: Severity::Error,
                kind: Kind::Io,
                file: label,
                line: 0,
                register: None,
                field: None,
                message: format!("cannot read: {e}"),
            }],
        },
    }
}

/// Parse `text` and return its C header, or the diagnostics if it has errors.
pub fn sysreg_to_c(label: &str, text: &str) -> Result<String, Vec<Diagnostic>> {
    let parsed = sysreg::parse(label, text);
    if parsed.has_errors() {
        return Err(parsed.diagnostics);
    }
    Ok(sysreg::emit_c::emit(&parsed.file))
}

/// Parse `text` and return the `arm64-uapi` Rust source (recording `label` and the SHA-256 of
/// `text`), or the diagnostics if it has errors ([`Strictness::Kernel`]: warnings are dropped).
pub fn sysreg_to_rust(label: &str, text: &str) -> Result<String, Vec<Diagnostic>> {
    sysreg_to_rust_with(label, text, Strictness::Kernel).map(|(rust, _)| rust)
}

/// Parse `text` under `strictness` and return the `arm64-uapi` Rust source with the warnings,
/// or every diagnostic if there is an error.
pub fn sysreg_to_rust_with(
    label: &str,
    text: &str,
    strictness: Strictness,
) -> Result<(String, Vec<Diagnostic>), Vec<Diagnostic>> {
    let parsed = sysreg::parse_with(label, text, strictness);
    if parsed.has_errors() {
        return Err(parsed.diagnostics);
    }
    let sha = sha256::hex(text.as_bytes());
    Ok((
        sysreg::emit_rust::emit_with_source(label, &sha, &parsed.file),
        parsed.diagnostics,
    ))
}

/// Whether a definitions text is in the SMCCC format (its first directive is `Value`,
/// `Owner`, `Returns` or `Service`) rather than the sysreg grammar.
pub fn is_smccc(text: &str) -> bool {
    text.lines()
        .map(str::trim_start)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .and_then(|l| l.split_whitespace().next())
        .is_some_and(|kw| matches!(kw, "Value" | "Owner" | "Returns" | "Service"))
}

/// Parse an SMCCC definitions text and return its C header, or the diagnostics.
pub fn smccc_to_c(label: &str, text: &str) -> Result<String, Vec<Diagnostic>> {
    let p = smccc::parse(label, text);
    if p.has_errors() {
        return Err(p.diagnostics);
    }
    Ok(smccc::emit_c::emit(label, &p.file))
}

/// Parse an SMCCC definitions text and return the `arm64-uapi` Rust source (recording `label`
/// and the SHA-256 of `text`), or the diagnostics.
pub fn smccc_to_rust(label: &str, text: &str) -> Result<String, Vec<Diagnostic>> {
    let p = smccc::parse(label, text);
    if p.has_errors() {
        return Err(p.diagnostics);
    }
    let sha = sha256::hex(text.as_bytes());
    Ok(smccc::emit_rust::emit_with_source(label, &sha, &p.file))
}

/// Whether a definitions text is in the SAE format (its first directive is one of `Version`,
/// `Block`, `Codes`, `Consts`, `Qaaf`, `Insn`, `Place`, `Reset`).
pub fn is_sae(text: &str) -> bool {
    text.lines()
        .map(str::trim_start)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .and_then(|l| l.split_whitespace().next())
        .is_some_and(|kw| {
            matches!(
                kw,
                "Version" | "Block" | "Codes" | "Consts" | "Qaaf" | "Insn" | "Place" | "Reset"
            )
        })
}

/// Parse an SAE definitions text and return the `sae-abi` Rust source (recording `label` and
/// the SHA-256 of `text`), or the diagnostics.
pub fn sae_to_rust(label: &str, text: &str) -> Result<String, Vec<Diagnostic>> {
    let p = sae::parse(label, text);
    if p.has_errors() {
        return Err(p.diagnostics);
    }
    let sha = sha256::hex(text.as_bytes());
    Ok(sae::emit_rust::emit_with_source(label, &sha, &p.file))
}

/// Parse an SAE definitions text and return `sae-abi.h`, or the diagnostics. `sysreg` is the
/// text of a sysreg definitions file that resolves the fields of the reset values.
pub fn sae_to_c(label: &str, text: &str, sysreg: Option<&str>) -> Result<String, Vec<Diagnostic>> {
    let p = sae::parse(label, text);
    if p.has_errors() {
        return Err(p.diagnostics);
    }
    let regs = sysreg.map(|t| self::sysreg::parse("sysreg", t));
    let resolve = |reg: &str, field: &str| -> Option<u64> {
        let f = regs.as_ref()?.file.sysreg(reg)?;
        match &f.body {
            self::sysreg::Body::Layout { layout, .. } => layout
                .items
                .iter()
                .find(|i| i.name() == Some(field))
                .map(|i| i.bits.mask()),
            _ => None,
        }
    };
    Ok(sae::emit_c::emit(&p.file, &resolve))
}

/// Lint a definitions file of either format (chosen by content), with kernel severities.
pub fn lint_file(path: &Path) -> Vec<Diagnostic> {
    lint_file_with(path, Strictness::Kernel)
}

/// Lint a definitions file of either format under `strictness` (it applies to sysreg files;
/// the SMCCC format has its own severities).
pub fn lint_file_with(path: &Path, strictness: Strictness) -> Vec<Diagnostic> {
    let label = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            if is_sae(&text) {
                sae::parse(&label, &text).diagnostics
            } else if is_smccc(&text) {
                smccc::parse(&label, &text).diagnostics
            } else {
                sysreg::parse_with(&label, &text, strictness).diagnostics
            }
        }
        Err(_) => load_sysreg(path).diagnostics,
    }
}

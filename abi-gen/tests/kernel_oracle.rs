//! Oracle 1: the kernel's own generator. For the newest Linux in Debian (7.2 when written),
//! 6.12 and 6.1 `sysreg` files (each with its own `gen-sysreg.awk`), and for the shipped
//! definitions (with the newest kernel's `gen-sysreg.awk`, `linux-newest`: the shipped file
//! uses `Prefix`), `awk -f gen-sysreg.awk` and `abi-gen sysreg-c` must define the same macros
//! with the same values (evaluated by gcc):
//! 0 mismatches.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use abi_gen::Severity;
use sae_kvm_abi_tests as t;

fn abi_gen() -> Command {
    t::target_command(env!("CARGO_BIN_EXE_abi-gen"))
}

struct Outcome {
    macros: usize,
    mismatches: Vec<String>,
    identical_text: bool,
}

/// Run both generators on `sysreg` and compare every macro by value.
fn compare(tag: &str, awk_script: &Path, sysreg: &Path, dialect: &[&str]) -> Outcome {
    let dir = t::root().join("target/c-oracle");
    std::fs::create_dir_all(&dir).unwrap();
    let awk = Command::new("awk")
        .arg("-f")
        .arg(awk_script)
        .arg(sysreg)
        .output()
        .expect("run awk");
    assert!(
        awk.status.success(),
        "kernel awk failed on {}: {}",
        sysreg.display(),
        String::from_utf8_lossy(&awk.stderr)
    );
    let ours = abi_gen()
        .arg("sysreg-c")
        .args(dialect)
        .arg(sysreg)
        .output()
        .expect("run abi-gen");
    assert!(
        ours.status.success(),
        "abi-gen sysreg-c failed: {}",
        String::from_utf8_lossy(&ours.stderr)
    );
    let (k_text, o_text) = (
        String::from_utf8(awk.stdout).unwrap(),
        String::from_utf8(ours.stdout).unwrap(),
    );
    let k_path = dir.join(format!("{tag}-awk.h"));
    let o_path = dir.join(format!("{tag}-abi-gen.h"));
    std::fs::write(&k_path, &k_text).unwrap();
    std::fs::write(&o_path, &o_text).unwrap();

    let k_names = t::defined_names(&k_text);
    let o_names = t::defined_names(&o_text);
    let mut mismatches = Vec::new();
    let (ks, os): (BTreeSet<_>, BTreeSet<_>) = (k_names.iter().collect(), o_names.iter().collect());
    for n in ks.difference(&os) {
        mismatches.push(format!("{n}: only in the kernel's output"));
    }
    for n in os.difference(&ks) {
        mismatches.push(format!("{n}: only in abi-gen's output"));
    }
    assert_eq!(
        k_names.len(),
        ks.len(),
        "{tag}: the kernel output defines a macro twice"
    );
    assert_eq!(
        o_names.len(),
        os.len(),
        "{tag}: abi-gen defines a macro twice"
    );
    let common: Vec<String> = ks.intersection(&os).map(|s| s.to_string()).collect();
    let kv = t::eval_sysreg_macros(&format!("{tag}-awk"), &k_path, &common);
    let ov = t::eval_sysreg_macros(&format!("{tag}-abi-gen"), &o_path, &common);
    assert_eq!(
        kv.len(),
        common.len(),
        "{tag}: gcc evaluated every kernel macro"
    );
    for n in &common {
        if kv.get(n) != ov.get(n) {
            mismatches.push(format!(
                "{n}: kernel {:?}, abi-gen {:?}",
                kv.get(n),
                ov.get(n)
            ));
        }
    }
    Outcome {
        macros: k_names.len(),
        mismatches,
        identical_text: k_text == o_text,
    }
}

fn kernel(series: &str) -> Option<(PathBuf, PathBuf)> {
    let awk = t::kernel_file(series, "arch/arm64/tools/gen-sysreg.awk")?;
    let sysreg = t::kernel_file(series, "arch/arm64/tools/sysreg")?;
    Some((awk, sysreg))
}

/// One kernel's `sysreg` against its OWN `gen-sysreg.awk`: every macro, by value; and the
/// text, byte for byte.
fn own_generator(series: &str, dialect: &[&str], at_least: usize) {
    let Some((awk, sysreg)) = kernel(series) else {
        return;
    };
    // Failures name the kernel: the newest one is whatever Debian has today.
    let o = compare(&format!("linux-{series}"), &awk, &sysreg, dialect);
    let newest = t::newest_version();
    let series = if series == t::NEWEST { &newest } else { series };
    eprintln!(
        "linux {series}: {} macros compared, {} mismatches, identical text: {}",
        o.macros,
        o.mismatches.len(),
        o.identical_text
    );
    assert!(
        o.macros >= at_least,
        "{series}: got only {} macros",
        o.macros
    );
    assert_eq!(o.mismatches, Vec::<String>::new(), "{series}");
    assert!(
        o.identical_text,
        "{series}: output differs in text (values agree)"
    );
}

#[test]
fn newest_linux_sysreg_macros_match_its_gen_sysreg_awk() {
    own_generator(t::NEWEST, &[], 14000);
}

#[test]
fn linux_6_12_sysreg_macros_match_its_gen_sysreg_awk() {
    own_generator("6.12", &[], 6000);
}

#[test]
fn linux_6_1_sysreg_macros_match_its_gen_sysreg_awk() {
    own_generator("6.1", &["--dialect", "6.1"], 1000);
}

/// Linux 7.2 has `Sysreg MPAM1_EL12` with `Fields MPAM1_ELx` and no such `SysregFields`
/// (the kernel's generator treats `Fields` as a comment). Every such reference in the newest
/// file gives a kernel-mode warning, a strict-mode error and an encoding-only Rust module.
#[test]
fn newest_linux_references_to_missing_layouts_get_their_encoding_only() {
    let Some((_, sysreg)) = kernel(t::NEWEST) else {
        return;
    };
    let k = t::newest_version();
    let text = std::fs::read_to_string(&sysreg).unwrap();
    let kernel = abi_gen::sysreg::parse(&k, &text);
    assert!(!kernel.has_errors(), "{k}: {:#?}", kernel.diagnostics);
    let unknown: Vec<&abi_gen::Diagnostic> = kernel
        .diagnostics
        .iter()
        .filter(|d| d.kind == abi_gen::Kind::UnknownTarget)
        .collect();
    assert!(
        unknown.iter().all(|d| d.severity == Severity::Warning),
        "{k}: {unknown:#?}"
    );
    if unknown.is_empty() {
        eprintln!("{k}: every Fields/Mapping names a block (7.2's MPAM1_EL12 case is gone)");
        return;
    }
    let strict = abi_gen::sysreg::parse_with(&k, &text, abi_gen::Strictness::Strict);
    assert!(strict.has_errors(), "{k}: strict mode must reject it");
    let (rust, warnings) =
        abi_gen::sysreg_to_rust_with(&k, &text, abi_gen::Strictness::Kernel).unwrap();
    assert_eq!(warnings.len(), kernel.diagnostics.len());
    for d in &unknown {
        let reg = d.register.as_deref().unwrap();
        let start = rust
            .find(&format!("pub mod {reg} {{"))
            .unwrap_or_else(|| panic!("{k}: no module {reg}"));
        let module = &rust[start..start + rust[start..].find("\n}\n").unwrap()];
        assert!(module.contains("pub const ENCODING"), "{k}: {module}");
        assert!(module.contains("fields: &[],"), "{k}: {module}");
        assert!(!module.contains("pub use super::"), "{k}: {module}");
        let doc_start = rust[..start].rfind("\n\n").unwrap();
        assert!(
            rust[doc_start..start].contains("encoding only"),
            "{k}: {}",
            &rust[doc_start..start]
        );
    }
    eprintln!(
        "{k}: {} references to missing layouts, each encoding only",
        unknown.len()
    );
}

#[test]
fn shipped_definitions_match_gen_sysreg_awk() {
    // The shipped file follows the newest kernel's grammar (it uses `Prefix`, Linux 6.19+).
    let Some((awk, _)) = kernel("newest") else {
        return;
    };
    let defs = t::root().join("crates/arm64-uapi/defs/sysreg");
    let o = compare("shipped", &awk, &defs, &[]);
    eprintln!(
        "shipped defs: {} macros, {} mismatches",
        o.macros,
        o.mismatches.len()
    );
    assert_eq!(o.mismatches, Vec::<String>::new());
    assert!(o.identical_text);
}

#[test]
fn kernel_files_lint_clean_and_round_trip_through_the_printer() {
    for series in [t::NEWEST, "6.12", "6.1"] {
        let Some((_, sysreg)) = kernel(series) else {
            return;
        };
        let text = std::fs::read_to_string(&sysreg).unwrap();
        let parsed = abi_gen::sysreg::parse("k", &text);
        assert!(!parsed.has_errors(), "{series}: {:?}", parsed.diagnostics);
        let printed = abi_gen::sysreg::print::print(&parsed.file);
        let again = abi_gen::sysreg::parse("p", &printed);
        assert!(!again.has_errors());
        assert_eq!(
            abi_gen::sysreg::emit_c::emit(&parsed.file),
            abi_gen::sysreg::emit_c::emit(&again.file),
            "{series}: print -> parse changed the model"
        );
        assert_eq!(
            printed,
            abi_gen::sysreg::print::print(&again.file),
            "{series}: printer not idempotent"
        );
    }
}

#[test]
fn linux_6_12_has_the_two_known_duplicate_enumerator_values_as_warnings() {
    let Some((_, sysreg)) = kernel("6.12") else {
        return;
    };
    let out = abi_gen().arg("lint").arg(&sysreg).output().unwrap();
    assert!(out.status.success(), "lint must exit 0: warnings only");
    let text = String::from_utf8(out.stdout).unwrap();
    let dups: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("warning[duplicate-value]"))
        .collect();
    assert_eq!(dups.len(), 2, "{text}");
    assert!(dups.iter().any(|l| l.contains("ID_PFR1_EL1.Security")));
    assert!(dups.iter().any(|l| l.contains("ID_AA64SMFR0_EL1.SMEver")));
}

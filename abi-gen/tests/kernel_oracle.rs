//! Oracle 1: the kernel's own generator. For the Linux 7.2, 6.12 and 6.1 `sysreg` files (each
//! with its own `gen-sysreg.awk`), and for the shipped definitions (with the newest kernel's
//! `gen-sysreg.awk`, `linux-newest`: the shipped file uses `Prefix`), `awk -f gen-sysreg.awk`
//! and `abi-gen sysreg-c` must define the same macros with the same values (evaluated by gcc):
//! 0 mismatches.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

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
    let o = compare(&format!("linux-{series}"), &awk, &sysreg, dialect);
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
fn linux_7_2_sysreg_macros_match_its_gen_sysreg_awk() {
    own_generator("7.2", &[], 14000);
}

#[test]
fn linux_6_12_sysreg_macros_match_its_gen_sysreg_awk() {
    own_generator("6.12", &[], 6000);
}

#[test]
fn linux_6_1_sysreg_macros_match_its_gen_sysreg_awk() {
    own_generator("6.1", &["--dialect", "6.1"], 1000);
}

#[test]
fn linux_7_2_mpam1_el12_names_a_missing_layout_and_gets_its_encoding_only() {
    let Some((_, sysreg)) = kernel("7.2") else {
        return;
    };
    let text = std::fs::read_to_string(&sysreg).unwrap();
    let kernel = abi_gen::sysreg::parse("7.2", &text);
    assert!(!kernel.has_errors(), "{:#?}", kernel.diagnostics);
    let unknown: Vec<String> = kernel
        .diagnostics
        .iter()
        .filter(|d| d.kind == abi_gen::Kind::UnknownTarget)
        .map(|d| d.to_string())
        .collect();
    assert!(
        unknown
            .iter()
            .any(|d| d.contains("MPAM1_EL12") && d.contains("warning")),
        "{unknown:?}"
    );
    let strict = abi_gen::sysreg::parse_with("7.2", &text, abi_gen::Strictness::Strict);
    assert!(strict.has_errors(), "strict mode rejects it");
    let (rust, warnings) =
        abi_gen::sysreg_to_rust_with("7.2", &text, abi_gen::Strictness::Kernel).unwrap();
    assert_eq!(warnings.len(), kernel.diagnostics.len());
    let start = rust
        .find("pub mod MPAM1_EL12 {")
        .expect("MPAM1_EL12 module");
    let module = &rust[start..start + rust[start..].find("\n}\n").unwrap()];
    assert!(module.contains("pub const ENCODING"), "{module}");
    assert!(module.contains("fields: &[],"), "{module}");
    assert!(!module.contains("pub use super::"), "{module}");
    let doc_start = rust[..start].rfind("\n\n").unwrap();
    assert!(
        rust[doc_start..start].contains("encoding only"),
        "{}",
        &rust[doc_start..start]
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
    for series in ["7.2", "6.12", "6.1"] {
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

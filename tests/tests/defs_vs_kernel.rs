//! Oracle 2: the shipped definitions against the newest Linux `sysreg` file the oracles hold
//! (`linux-newest`, Linux 7.2 today). Every register both define must agree on encoding and on
//! every field and enumerator; and the numbers the generated crate exposes must equal the
//! kernel generator's macros.

use std::collections::BTreeMap;

use abi_gen::diag::{Kind, Severity};
use abi_gen::sysreg::{ItemKind, Layout, Sign, SysregFile};
use sae_kvm_abi_tests as t;

/// Registers whose shipped definition deliberately differs from the newest Linux, with the reason.
/// Each entry must still differ (a stale entry fails the test).
const KNOWN_DEVIATIONS: &[(&str, &str)] = &[];

/// Macros of the newest kernel the crate deliberately differs from (see [`KNOWN_DEVIATIONS`]).
const KNOWN_MACRO_DEVIATIONS: &[&str] = &[];

fn load(path: &std::path::Path) -> SysregFile {
    let text = std::fs::read_to_string(path).unwrap();
    let p = abi_gen::sysreg::parse(&path.display().to_string(), &text);
    // The kernel's generator accepts a `Fields` target that no `SysregFields` defines (Linux
    // 7.2's MPAM1_EL12): that register's layout is unknown, the others compare.
    let errors: Vec<_> = p
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && d.kind != Kind::UnknownTarget)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    p.file
}

/// A comparable rendering of a layout: one line per item, enumerators included.
fn describe(l: &Layout) -> Vec<String> {
    l.items
        .iter()
        .map(|i| {
            let b = format!("{}:{}", i.bits.msb, i.bits.lsb);
            match &i.kind {
                ItemKind::Res0 => format!("Res0 {b}"),
                ItemKind::Res1 => format!("Res1 {b}"),
                ItemKind::Unkn => format!("Unkn {b}"),
                ItemKind::Raz => format!("Raz {b}"),
                ItemKind::Field { name } => format!("Field {b} {name}"),
                ItemKind::Enum {
                    name, sign, values, ..
                } => {
                    let kw = match sign {
                        Sign::Unspecified => "Enum",
                        Sign::Unsigned => "UnsignedEnum",
                        Sign::Signed => "SignedEnum",
                    };
                    let vals: Vec<String> = values
                        .iter()
                        .map(|v| format!("{}={:#x}", v.name, v.value))
                        .collect();
                    format!("{kw} {b} {name} [{}]", vals.join(" "))
                }
            }
        })
        .collect()
}

#[test]
fn shipped_registers_agree_with_the_newest_linux() {
    let Some(kpath) = t::kernel_file("newest", "arch/arm64/tools/sysreg") else {
        return;
    };
    let kernel = load(&kpath);
    let ours = load(&t::root().join("crates/arm64-uapi/defs/sysreg"));
    let mut compared = 0;
    let mut differing: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in ours.sysregs() {
        let Some(k) = kernel.sysreg(&r.name) else {
            continue;
        };
        compared += 1;
        let mut diffs = Vec::new();
        if r.encoding != k.encoding {
            diffs.push(format!(
                "encoding {:?} vs kernel {:?}",
                r.encoding, k.encoding
            ));
        }
        let (Some(ol), Some(kl)) = (ours.resolve(r), kernel.resolve(k)) else {
            panic!("{}: layout does not resolve", r.name)
        };
        let (od, kd) = (describe(ol), describe(kl));
        if od != kd {
            for line in od.iter().filter(|l| !kd.contains(l)) {
                diffs.push(format!("ours only:   {line}"));
            }
            for line in kd.iter().filter(|l| !od.contains(l)) {
                diffs.push(format!("kernel only: {line}"));
            }
        }
        if !diffs.is_empty() {
            differing.insert(r.name.clone(), diffs);
        }
    }
    let only_ours = ours
        .sysregs()
        .filter(|r| kernel.sysreg(&r.name).is_none())
        .count();
    eprintln!(
        "defs vs linux-newest ({}): {compared} registers in both, {} differ, {only_ours} only in the shipped definitions",
        newest_version(),
        differing.len()
    );
    assert!(compared >= 50, "too few registers in common: {compared}");
    for (name, why) in KNOWN_DEVIATIONS {
        assert!(
            differing.remove(*name).is_some(),
            "{name} listed as a known deviation ({why}) but agrees now"
        );
    }
    assert!(differing.is_empty(), "{differing:#?}");
}

#[test]
fn generated_crate_numbers_equal_the_kernel_generator_macros() {
    let Some(awk) = t::kernel_file("newest", "arch/arm64/tools/gen-sysreg.awk") else {
        return;
    };
    let Some(kpath) = t::kernel_file("newest", "arch/arm64/tools/sysreg") else {
        return;
    };
    let out = std::process::Command::new("awk")
        .arg("-f")
        .arg(&awk)
        .arg(&kpath)
        .output()
        .unwrap();
    assert!(out.status.success());
    let header = t::root().join("target/c-oracle/linux-newest-for-crate.h");
    std::fs::create_dir_all(header.parent().unwrap()).unwrap();
    std::fs::write(&header, &out.stdout).unwrap();
    let names = t::defined_names(&String::from_utf8(out.stdout).unwrap());
    let kv = t::eval_sysreg_macros("linux-newest-for-crate", &header, &names);
    let val = |n: &str| {
        kv.get(n)
            .map(|v| u64::from_str_radix(v.trim_start_matches("0x"), 16).unwrap())
    };

    let mut checked = 0;
    let mut mismatches = Vec::new();
    for r in arm64_uapi::sysreg::all() {
        let Some(sys) = val(&format!("SYS_{}", r.name)) else {
            continue;
        };
        checked += 1;
        if sys != u64::from(r.encoding.sys_reg()) {
            mismatches.push(format!("SYS_{}", r.name));
        }
        let l = r.layout;
        for (suffix, ours) in [("RES0", l.res0), ("RES1", l.res1), ("UNKN", l.unkn)] {
            let n = format!("{}_{suffix}", l.name);
            if val(&n) != Some(ours) {
                mismatches.push(format!("{n}: kernel {:?}, ours {ours:#x}", val(&n)));
            }
        }
        for f in l.fields {
            let p = format!("{}_{}", l.name, f.name);
            for (suffix, ours) in [
                ("_SHIFT", f.shift().into()),
                ("_WIDTH", f.width().into()),
                ("_MASK", f.mask()),
                ("", f.mask()),
            ] {
                if val(&format!("{p}{suffix}")) != Some(ours) {
                    mismatches.push(format!(
                        "{p}{suffix}: kernel {:?}, ours {ours:#x}",
                        val(&format!("{p}{suffix}"))
                    ));
                }
            }
            for e in f.enumerators {
                if val(&format!("{p}_{}", e.name)) != Some(e.value) {
                    mismatches.push(format!("{p}_{}", e.name));
                }
            }
        }
    }
    eprintln!(
        "crate vs linux-newest ({}) macros: {checked} registers checked, {} mismatches",
        newest_version(),
        mismatches.len()
    );
    assert!(checked >= 50, "too few registers in common: {checked}");
    for known in KNOWN_MACRO_DEVIATIONS {
        let at = mismatches.iter().position(|m| m == known);
        assert!(
            at.is_some(),
            "{known} listed as a known deviation but agrees now"
        );
        mismatches.retain(|m| m != known);
    }
    assert_eq!(mismatches, Vec::<String>::new());
}

/// The package version of the newest kernel oracle (`linux-newest.version`).
fn newest_version() -> String {
    std::fs::read_to_string(t::oracle_dir().join("linux-newest.version"))
        .map(|v| v.trim().to_string())
        .unwrap_or_else(|_| "version unknown".to_string())
}

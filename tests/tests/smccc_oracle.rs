//! The generated SMCCC header against the Linux headers that define the same names
//! (`include/linux/arm-smccc.h`, `include/uapi/linux/psci.h`, and the KVM PSCI 0.1 ids in
//! `arch/arm64/include/uapi/asm/kvm.h`) of the newest kernel (`linux-newest`, 7.2 today) and
//! of 6.12, evaluated by gcc: every macro both define must have the same value. Also against
//! the older Debian arm64 cross `linux/psci.h` (Linux 6.1.4), whose known deviation is listed.

use std::collections::{BTreeMap, BTreeSet};

use sae_kvm_abi_tests as t;

/// The `#define` lines (with continuations) of `text` up to `stop` (exclusive), keeping only
/// plain definitions: the kernel-only parts after `#ifndef __ASSEMBLY__` are cut by `stop`.
fn defines(text: &str, stop: Option<&str>, keep: impl Fn(&str) -> bool) -> String {
    let mut out = String::new();
    let mut lines = text.lines();
    while let Some(l) = lines.next() {
        if stop.is_some_and(|s| l.starts_with(s)) {
            break;
        }
        if !l.starts_with("#define") {
            continue;
        }
        let name = l.split_whitespace().nth(1).unwrap_or("");
        let mut def = l.to_string();
        while def.ends_with('\\') {
            def.push('\n');
            def.push_str(lines.next().unwrap_or(""));
        }
        if keep(name) {
            out.push_str(&def);
            out.push('\n');
        }
    }
    out
}

/// Evaluate `names` (all object-like) against C source `defs` as signed 64-bit values.
fn eval(tag: &str, defs: &str, names: &[String]) -> BTreeMap<String, i64> {
    let mut prog = String::from(
        "#include <stdio.h>\n#define _AC(X, Y) (X##Y)\n#define BIT(n) (1UL << (n))\n#define __ALIGN_KERNEL(x, a) (x)\n",
    );
    prog.push_str(defs);
    prog.push_str("int main(void) {\n");
    for n in names {
        prog.push_str(&format!("  printf(\"{n} %lld\\n\", (long long)({n}));\n"));
    }
    prog.push_str("  return 0;\n}\n");
    t::run_c(tag, &prog, &[])
        .lines()
        .filter_map(|l| l.split_once(' '))
        .map(|(k, v)| (k.to_string(), v.parse().unwrap()))
        .collect()
}

fn ours() -> (String, Vec<String>) {
    let text =
        std::fs::read_to_string(t::root().join("crates/arm64-uapi/include/arm64-smccc.h")).unwrap();
    let names = t::defined_names(&text)
        .into_iter()
        .filter(|n| n != "SAE_KVM_ABI_ARM64_SMCCC_H")
        .collect();
    (text, names)
}

fn compare(tag: &str, theirs: &str, known: &[(&str, &str)]) -> (usize, Vec<String>) {
    let (our_text, our_names) = ours();
    let their_names: BTreeSet<String> = t::defined_names(theirs).into_iter().collect();
    let common: Vec<String> = our_names
        .iter()
        .filter(|n| their_names.contains(*n))
        .cloned()
        .collect();
    let body: String = our_text
        .lines()
        .filter(|l| l.starts_with("#define"))
        .map(|l| format!("{l}\n"))
        .collect();
    let a = eval(&format!("{tag}-theirs"), theirs, &common);
    let b = eval(&format!("{tag}-ours"), &body, &common);
    let mut mismatches = Vec::new();
    for n in &common {
        if a.get(n) != b.get(n) && !known.iter().any(|(k, _)| k == n) {
            mismatches.push(format!("{n}: Linux {:?}, ours {:?}", a.get(n), b.get(n)));
        }
    }
    for (k, why) in known {
        assert!(
            a.contains_key(*k) && a.get(*k) != b.get(*k),
            "{k} is listed as a known deviation ({why}) but agrees"
        );
    }
    (common.len(), mismatches)
}

/// Compare with the `series` kernel's headers; returns the number of macros compared.
fn against_linux(series: &str) -> Option<usize> {
    let (Some(smccc), Some(psci), Some(kvm)) = (
        t::kernel_file(series, "include/linux/arm-smccc.h"),
        t::kernel_file(series, "include/uapi/linux/psci.h"),
        t::kernel_file(series, "arch/arm64/include/uapi/asm/kvm.h"),
    ) else {
        return None;
    };
    let read = |p: &std::path::Path| std::fs::read_to_string(p).unwrap();
    let mut theirs = defines(&read(&psci), None, |n| n != "_UAPI_LINUX_PSCI_H");
    // The plain definitions end where the C declarations start.
    theirs.push_str(&defines(
        &read(&smccc),
        Some("#include <linux/linkage.h>"),
        |n| n != "__LINUX_ARM_SMCCC_H",
    ));
    theirs.push_str(&defines(&read(&kvm), None, |n| n.starts_with("KVM_PSCI_")));
    let (n, mismatches) = compare(&format!("smccc-{series}"), &theirs, &[]);
    eprintln!(
        "smccc vs linux {series} headers: {n} macros compared, {} mismatches",
        mismatches.len()
    );
    assert!(n >= 100, "only {n} names in common");
    assert_eq!(mismatches, Vec::<String>::new());
    Some(n)
}

#[test]
fn smccc_header_matches_the_newest_linux() {
    // 7.2 names the pKVM reserved numbers, SOC_ID64 and the CPU-service call too.
    if let Some(n) = against_linux("newest") {
        assert!(n >= 200, "only {n} names in common");
    }
}

#[test]
fn smccc_header_matches_linux_6_12() {
    against_linux("6.12");
}

#[test]
fn psci_header_matches_debian_arm64_cross_psci_h() {
    let Some(inc) = t::arm64_uapi_include() else {
        return;
    };
    let text = std::fs::read_to_string(inc.join("linux/psci.h")).unwrap();
    let theirs = defines(&text, None, |n| n != "_UAPI_LINUX_PSCI_H");
    let why =
        "Linux before 6.2 used function number 19 (MEM_PROTECT's); DEN0022 and Linux 6.12 give 20";
    let known = [
        ("PSCI_1_1_FN_MEM_PROTECT_CHECK_RANGE", why),
        ("PSCI_1_1_FN64_MEM_PROTECT_CHECK_RANGE", why),
    ];
    let (n, mismatches) = compare("psci-6.1.4", &theirs, &known);
    eprintln!(
        "psci vs Debian arm64 cross psci.h: {n} macros compared, {} mismatches (2 known deviations)",
        mismatches.len()
    );
    assert!(n >= 50);
    assert_eq!(mismatches, Vec::<String>::new());
}

#[test]
fn generated_ids_agree_with_the_smccc_crate() {
    // google/smccc (MIT OR Apache-2.0): hand-written constants by an independent team.
    use arm64_uapi::smccc::{ARCH, PSCI};
    use smccc::{arch, psci};
    let pairs: &[(u32, u32, &str)] = &[
        (ARCH::VERSION.0, arch::SMCCC_VERSION, "SMCCC_VERSION"),
        (ARCH::FEATURES.0, arch::SMCCC_ARCH_FEATURES, "ARCH_FEATURES"),
        (ARCH::SOC_ID_32.0, arch::SMCCC_ARCH_SOC_ID, "SOC_ID"),
        (
            ARCH::WORKAROUND_1.0,
            arch::SMCCC_ARCH_WORKAROUND_1,
            "WORKAROUND_1",
        ),
        (
            ARCH::WORKAROUND_2.0,
            arch::SMCCC_ARCH_WORKAROUND_2,
            "WORKAROUND_2",
        ),
        (
            ARCH::WORKAROUND_3.0,
            arch::SMCCC_ARCH_WORKAROUND_3,
            "WORKAROUND_3",
        ),
        (PSCI::PSCI_VERSION.0, psci::PSCI_VERSION, "PSCI_VERSION"),
        (
            PSCI::CPU_SUSPEND_32.0,
            psci::PSCI_CPU_SUSPEND_32,
            "CPU_SUSPEND_32",
        ),
        (
            PSCI::CPU_SUSPEND_64.0,
            psci::PSCI_CPU_SUSPEND_64,
            "CPU_SUSPEND_64",
        ),
        (PSCI::CPU_OFF.0, psci::PSCI_CPU_OFF, "CPU_OFF"),
        (PSCI::CPU_ON_32.0, psci::PSCI_CPU_ON_32, "CPU_ON_32"),
        (PSCI::CPU_ON_64.0, psci::PSCI_CPU_ON_64, "CPU_ON_64"),
        (
            PSCI::AFFINITY_INFO_32.0,
            psci::PSCI_AFFINITY_INFO_32,
            "AFFINITY_INFO_32",
        ),
        (
            PSCI::AFFINITY_INFO_64.0,
            psci::PSCI_AFFINITY_INFO_64,
            "AFFINITY_INFO_64",
        ),
        (PSCI::MIGRATE_32.0, psci::PSCI_MIGRATE_32, "MIGRATE_32"),
        (PSCI::MIGRATE_64.0, psci::PSCI_MIGRATE_64, "MIGRATE_64"),
        (
            PSCI::MIGRATE_INFO_TYPE.0,
            psci::PSCI_MIGRATE_INFO_TYPE,
            "MIGRATE_INFO_TYPE",
        ),
        (
            PSCI::MIGRATE_INFO_UP_CPU_32.0,
            psci::PSCI_MIGRATE_INFO_UP_CPU_32,
            "MIGRATE_INFO_UP_CPU_32",
        ),
        (
            PSCI::MIGRATE_INFO_UP_CPU_64.0,
            psci::PSCI_MIGRATE_INFO_UP_CPU_64,
            "MIGRATE_INFO_UP_CPU_64",
        ),
        (PSCI::SYSTEM_OFF.0, psci::PSCI_SYSTEM_OFF, "SYSTEM_OFF"),
        (
            PSCI::SYSTEM_RESET.0,
            psci::PSCI_SYSTEM_RESET,
            "SYSTEM_RESET",
        ),
        (
            PSCI::SYSTEM_RESET2_32.0,
            psci::PSCI_SYSTEM_RESET2_32,
            "SYSTEM_RESET2_32",
        ),
        (
            PSCI::SYSTEM_RESET2_64.0,
            psci::PSCI_SYSTEM_RESET2_64,
            "SYSTEM_RESET2_64",
        ),
        (PSCI::MEM_PROTECT.0, psci::PSCI_MEM_PROTECT, "MEM_PROTECT"),
        (
            PSCI::MEM_PROTECT_CHECK_RANGE_32.0,
            psci::PSCI_MEM_PROTECT_CHECK_RANGE_32,
            "MEM_PROTECT_CHECK_RANGE_32",
        ),
        (
            PSCI::MEM_PROTECT_CHECK_RANGE_64.0,
            psci::PSCI_MEM_PROTECT_CHECK_RANGE_64,
            "MEM_PROTECT_CHECK_RANGE_64",
        ),
        (PSCI::PSCI_FEATURES.0, psci::PSCI_FEATURES, "PSCI_FEATURES"),
        (PSCI::CPU_FREEZE.0, psci::PSCI_CPU_FREEZE, "CPU_FREEZE"),
        (
            PSCI::CPU_DEFAULT_SUSPEND_32.0,
            psci::PSCI_CPU_DEFAULT_SUSPEND_32,
            "CPU_DEFAULT_SUSPEND_32",
        ),
        (
            PSCI::CPU_DEFAULT_SUSPEND_64.0,
            psci::PSCI_CPU_DEFAULT_SUSPEND_64,
            "CPU_DEFAULT_SUSPEND_64",
        ),
        (
            PSCI::NODE_HW_STATE_32.0,
            psci::PSCI_NODE_HW_STATE_32,
            "NODE_HW_STATE_32",
        ),
        (
            PSCI::NODE_HW_STATE_64.0,
            psci::PSCI_NODE_HW_STATE_64,
            "NODE_HW_STATE_64",
        ),
        (
            PSCI::SYSTEM_SUSPEND_32.0,
            psci::PSCI_SYSTEM_SUSPEND_32,
            "SYSTEM_SUSPEND_32",
        ),
        (
            PSCI::SYSTEM_SUSPEND_64.0,
            psci::PSCI_SYSTEM_SUSPEND_64,
            "SYSTEM_SUSPEND_64",
        ),
        (
            PSCI::SET_SUSPEND_MODE.0,
            psci::PSCI_SET_SUSPEND_MODE,
            "SET_SUSPEND_MODE",
        ),
        (
            PSCI::STAT_RESIDENCY_32.0,
            psci::PSCI_STAT_RESIDENCY_32,
            "STAT_RESIDENCY_32",
        ),
        (
            PSCI::STAT_RESIDENCY_64.0,
            psci::PSCI_STAT_RESIDENCY_64,
            "STAT_RESIDENCY_64",
        ),
        (
            PSCI::STAT_COUNT_32.0,
            psci::PSCI_STAT_COUNT_32,
            "STAT_COUNT_32",
        ),
        (
            PSCI::STAT_COUNT_64.0,
            psci::PSCI_STAT_COUNT_64,
            "STAT_COUNT_64",
        ),
    ];
    let bad: Vec<String> = pairs
        .iter()
        .filter(|(a, b, _)| a != b)
        .map(|(a, b, n)| format!("{n}: ours {a:#010x}, smccc crate {b:#010x}"))
        .collect();
    assert_eq!(bad, Vec::<String>::new());
}

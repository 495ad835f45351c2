//! `abi-gen diff`, `sync` and `check`: the real Linux 6.1 -> 6.12 change, one synthetic pair
//! per change class, a new mitigation, and drift of checked-in headers.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use abi_gen::diff::{self, Class};
use sae_kvm_abi_tests as t;

fn bin() -> Command {
    t::target_command(env!("CARGO_BIN_EXE_abi-gen"))
}

fn tmp(name: &str) -> PathBuf {
    let d = t::root().join("target/diff-tests");
    std::fs::create_dir_all(&d).unwrap();
    d.join(name)
}

fn regs_in_awk_output(series: &str) -> Option<BTreeSet<String>> {
    let awk = t::kernel_file(series, "arch/arm64/tools/gen-sysreg.awk")?;
    let sysreg = t::kernel_file(series, "arch/arm64/tools/sysreg")?;
    let out = Command::new("awk")
        .arg("-f")
        .arg(awk)
        .arg(sysreg)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    Some(
        t::defined_names(&text)
            .into_iter()
            .filter_map(|n| n.strip_prefix("REG_").map(str::to_string))
            .collect(),
    )
}

#[test]
fn linux_6_1_to_6_12() {
    let (Some(old), Some(new)) = (regs_in_awk_output("6.1"), regs_in_awk_output("6.12")) else {
        return;
    };
    let (Some(a), Some(b)) = (
        t::kernel_file("6.1", "arch/arm64/tools/sysreg"),
        t::kernel_file("6.12", "arch/arm64/tools/sysreg"),
    ) else {
        return;
    };
    let (ta, tb) = (
        std::fs::read_to_string(&a).unwrap(),
        std::fs::read_to_string(&b).unwrap(),
    );
    let (d, format) = diff::files("6.1", &ta, "6.12", &tb).unwrap();
    assert_eq!(format, "sysreg");
    // Added registers, computed independently from the kernel generator's own output.
    let independent: BTreeSet<String> = new.difference(&old).cloned().collect();
    let ours: BTreeSet<String> = d
        .of_kind("register-added")
        .map(|c| c.subject.clone())
        .collect();
    assert_eq!(ours, independent);
    let removed: BTreeSet<String> = old.difference(&new).cloned().collect();
    let ours_removed: BTreeSet<String> = d
        .of_kind("register-removed")
        .map(|c| c.subject.clone())
        .collect();
    assert_eq!(ours_removed, removed);
    // Known changes, by name.
    let has = |kind: &str, subject: &str| d.of_kind(kind).any(|c| c.subject == subject);
    assert!(
        has("enumerator-renumbered", "ID_AA64PFR0_EL1.GIC.V4P1"),
        "GIC V4P1 moved from 0b0010 to 0b0011"
    );
    assert!(has("enumerator-removed", "CTR_EL0.L1Ip.VPIPT"));
    assert!(has("enumerator-added", "CTR_EL0.L1Ip.RESERVED_VPIPT"));
    assert!(has("field-added", "HCRX_EL2.GCSEn"));
    assert!(has("field-added", "CPACR_ELx.E0POE"));
    assert!(has("signedness-declared", "ID_AA64PFR0_EL1.FP"));
    assert_eq!(d.exit_status(), 2);
    eprintln!(
        "{}",
        d.render("6.1", "6.12", format)
            .lines()
            .filter(|l| !l.starts_with("  ") || l.contains('('))
            .collect::<Vec<_>>()
            .join("\n")
    );
    // The CLI agrees, in both output forms.
    let out = bin().arg("diff").arg(&a).arg(&b).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let json = bin()
        .args(["diff", "--json"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert_eq!(json.status.code(), Some(2));
    let j = String::from_utf8(json.stdout).unwrap();
    assert!(
        j.starts_with('{')
            && j.contains("\"kind\":\"register-added\"")
            && j.contains("\"exit_status\":2")
    );
    assert_eq!(
        j.matches("\"kind\":\"register-added\"").count(),
        independent.len()
    );
    // The summary's per-class counts are the per-class counts of the change list.
    for (kind, n) in d.by_kind() {
        for (class, count) in [("additive", n.additive), ("breaking", n.breaking)] {
            let listed = j
                .matches(&format!("{{\"class\":\"{class}\",\"kind\":\"{kind}\""))
                .count();
            assert_eq!(listed, count, "{kind} {class}");
        }
        assert!(
            j.contains(&summary_entry(kind, n.additive, n.breaking)),
            "{kind}: {j}"
        );
    }
    let reserved = d.by_kind()["reserved-changed"];
    eprintln!(
        "6.1 -> 6.12 reserved-changed: {} additive, {} breaking",
        reserved.additive, reserved.breaking
    );
    assert!(reserved.additive > reserved.breaking, "{reserved:?}");
}

/// The JSON summary entry a kind with these counts must have.
fn summary_entry(kind: &str, additive: usize, breaking: usize) -> String {
    let class = match (additive, breaking) {
        (_, 0) => "additive",
        (0, _) => "breaking",
        _ => "mixed",
    };
    format!(
        "\"{kind}\":{{\"class\":\"{class}\",\"count\":{},\"additive\":{additive},\"breaking\":{breaking}}}",
        additive + breaking
    )
}

#[test]
fn reserved_changes_are_classed_one_by_one_and_the_summary_counts_each_class() {
    let reg = |name: &str, op2: u8, body: &str| {
        format!("Sysreg\t{name}\t3\t0\t0\t0\t{op2}\n{body}EndSysreg\n")
    };
    let old = [
        reg("A_EL1", 1, "Res0\t63:8\nField\t7:0\tX\n"),
        reg("B_EL1", 2, "Res1\t63:8\nField\t7:0\tX\n"),
        reg("C_EL1", 3, "Unkn\t63:8\nField\t7:0\tX\n"),
        reg("D_EL1", 4, "Res0\t63:8\nField\t7:4\tY\nField\t3:0\tX\n"),
        reg("E_EL1", 5, "Raz\t63:8\nField\t7:0\tX\n"),
    ]
    .concat();
    let new = [
        // RES0 bit 8 becomes a new field: additive.
        reg("A_EL1", 1, "Res0\t63:9\nField\t8\tN\nField\t7:0\tX\n"),
        // RES1 bit 8 becomes a new field: breaking (RES1-setting code now writes 0 there).
        reg("B_EL1", 2, "Res1\t63:9\nField\t8\tN\nField\t7:0\tX\n"),
        // UNKN bit 8 becomes a new field: additive.
        reg("C_EL1", 3, "Unkn\t63:9\nField\t8\tN\nField\t7:0\tX\n"),
        // Field Y becomes RES0: the mask gains bits, breaking (and field-removed).
        reg("D_EL1", 4, "Res0\t63:4\nField\t3:0\tX\n"),
        // RAZ bit 8 becomes RES0: the RES0 mask gains a bit, breaking; RAZ narrows without
        // a new field, breaking.
        reg("E_EL1", 5, "Raz\t63:9\nRes0\t8\nField\t7:0\tX\n"),
    ]
    .concat();
    let (d, _) = diff::files("old", &old, "new", &new).unwrap();
    let class_of = |subject: &str| {
        d.of_kind("reserved-changed")
            .find(|c| c.subject == subject)
            .unwrap_or_else(|| panic!("{subject}: {}", d.render("o", "n", "sysreg")))
            .class
    };
    assert_eq!(class_of("A_EL1.RES0"), Class::Additive);
    assert_eq!(class_of("B_EL1.RES1"), Class::Breaking);
    assert_eq!(class_of("C_EL1.UNKN"), Class::Additive);
    assert_eq!(class_of("D_EL1.RES0"), Class::Breaking);
    assert_eq!(class_of("E_EL1.RES0"), Class::Breaking);
    assert_eq!(class_of("E_EL1.RAZ"), Class::Breaking);
    assert_eq!(d.of_kind("reserved-changed").count(), 6);
    let text = d.render("old", "new", "sysreg");
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("reserved-changed")
                && l.contains("6  (2 additive, 4 breaking)")),
        "{text}"
    );
    // Through the CLI, as JSON.
    let (a, b) = (tmp("reserved-old"), tmp("reserved-new"));
    std::fs::write(&a, &old).unwrap();
    std::fs::write(&b, &new).unwrap();
    let out = bin()
        .args(["diff", "--json"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let j = String::from_utf8(out.stdout).unwrap();
    assert!(j.contains(&summary_entry("reserved-changed", 2, 4)), "{j}");
    assert!(j.contains(&summary_entry("field-added", 3, 0)), "{j}");
    assert!(j.contains(&summary_entry("field-removed", 0, 1)), "{j}");
    // Additive-only reserved changes: exit 1 and an additive summary.
    let (d, _) = diff::files(
        "old",
        &old[..old.find("Sysreg\tB_EL1").unwrap()],
        "new",
        &new[..new.find("Sysreg\tB_EL1").unwrap()],
    )
    .unwrap();
    assert_eq!(d.exit_status(), 1, "{}", d.render("o", "n", "sysreg"));
    assert!(
        d.to_json("o", "n", "sysreg")
            .contains(&summary_entry("reserved-changed", 1, 0))
    );
}

const BASE: &str = "\
Sysreg\tFOO_EL1\t3\t0\t0\t0\t1
Res0\t63:16
UnsignedEnum\t15:12\tA
\t0b0000\tNI
\t0b0001\tIMP
EndEnum
Enum\t11:8\tB
\t0b0000\tNI
EndEnum
Field\t7:4\tC
Res1\t3
Res0\t2:0
EndSysreg

Sysreg\tBAR_EL1\t3\t0\t0\t0\t2
Field\t63:0\tVAL
EndSysreg
";

fn sysreg_case(edit: impl Fn(&str) -> String, kind: &str, class: Option<Class>, status: u8) {
    let new = edit(BASE);
    let (d, _) = diff::files("old", BASE, "new", &new).unwrap_or_else(|e| panic!("{kind}: {e:?}"));
    match class {
        Some(c) => assert!(
            d.of_kind(kind).any(|x| x.class == c),
            "{kind}: {}",
            d.render("old", "new", "sysreg")
        ),
        None => assert!(d.changes.is_empty(), "{}", d.render("old", "new", "sysreg")),
    }
    assert_eq!(
        d.exit_status(),
        status,
        "{kind}: {}",
        d.render("old", "new", "sysreg")
    );
    // And through the CLI, with its exit status.
    let (a, b) = (tmp(&format!("{kind}-old")), tmp(&format!("{kind}-new")));
    std::fs::write(&a, BASE).unwrap();
    std::fs::write(&b, &new).unwrap();
    assert_eq!(
        bin()
            .arg("diff")
            .arg(&a)
            .arg(&b)
            .output()
            .unwrap()
            .status
            .code(),
        Some(i32::from(status)),
        "{kind}"
    );
}

#[test]
fn every_sysreg_change_class() {
    use Class::{Additive, Breaking};
    sysreg_case(|s| s.to_string(), "none", None, 0);
    sysreg_case(
        |s| format!("{s}\nSysreg\tNEW_EL1\t3\t0\t0\t0\t3\nRes0\t63:0\nEndSysreg\n"),
        "register-added",
        Some(Additive),
        1,
    );
    sysreg_case(
        |s| s.split("\nSysreg\tBAR_EL1").next().unwrap().to_string() + "\n",
        "register-removed",
        Some(Breaking),
        2,
    );
    sysreg_case(
        |s| s.replace("BAR_EL1\t3\t0\t0\t0\t2", "BAR_EL1\t3\t0\t0\t0\t3"),
        "encoding-changed",
        Some(Breaking),
        2,
    );
    sysreg_case(
        |s| s.replace("Res0\t63:16", "Res0\t63:17\nField\t16\tD"),
        "field-added",
        Some(Additive),
        1,
    );
    sysreg_case(
        |s| s.replace("Field\t7:4\tC", "Res0\t7:4"),
        "field-removed",
        Some(Breaking),
        2,
    );
    sysreg_case(
        |s| s.replace("Field\t7:4\tC\nRes1\t3", "Res0\t7\nField\t6:3\tC"),
        "field-moved",
        Some(Breaking),
        2,
    );
    sysreg_case(
        |s| s.replace("Field\t7:4\tC\nRes1\t3\nRes0\t2:0", "Field\t7:0\tC"),
        "field-resized",
        Some(Breaking),
        2,
    );
    sysreg_case(
        |s| s.replace("\t0b0001\tIMP\n", "\t0b0001\tIMP\n\t0b0010\tV2\n"),
        "enumerator-added",
        Some(Additive),
        1,
    );
    sysreg_case(
        |s| s.replace("\t0b0001\tIMP\n", ""),
        "enumerator-removed",
        Some(Breaking),
        2,
    );
    sysreg_case(
        |s| s.replace("\t0b0001\tIMP", "\t0b0010\tIMP"),
        "enumerator-renumbered",
        Some(Breaking),
        2,
    );
    sysreg_case(
        |s| s.replace("Enum\t11:8\tB", "SignedEnum\t11:8\tB"),
        "signedness-declared",
        Some(Additive),
        1,
    );
    sysreg_case(
        |s| s.replace("UnsignedEnum\t15:12\tA", "SignedEnum\t15:12\tA"),
        "signedness-changed",
        Some(Breaking),
        2,
    );
    sysreg_case(
        |s| s.replace("Field\t7:4\tC", "Enum\t7:4\tC\n\t0b0000\tZERO\nEndEnum"),
        "field-enumerated",
        Some(Additive),
        1,
    );
    sysreg_case(
        |s| s.replace("Enum\t11:8\tB\n\t0b0000\tNI\nEndEnum", "Field\t11:8\tB"),
        "field-unenumerated",
        Some(Breaking),
        2,
    );
    sysreg_case(
        |s| s.replace("Res1\t3", "Res0\t3"),
        "reserved-changed",
        Some(Breaking),
        2,
    );
    sysreg_case(
        |s| format!("{s}\nSysregFields\tNEW_ELx\nRes0\t63:0\nEndSysregFields\n"),
        "layout-added",
        Some(Additive),
        1,
    );
}

#[test]
fn bad_input_exits_3() {
    let (a, b) = (tmp("bad-old"), tmp("bad-new"));
    std::fs::write(&a, BASE).unwrap();
    std::fs::write(&b, BASE.replace("Res0\t2:0", "Res0\t1:0")).unwrap();
    let out = bin().arg("diff").arg(&a).arg(&b).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("error[bit-gap]"),
        "the diagnostic is printed"
    );
    let smccc = t::root().join("crates/arm64-uapi/defs/smccc");
    assert_eq!(
        bin()
            .arg("diff")
            .arg(&a)
            .arg(&smccc)
            .output()
            .unwrap()
            .status
            .code(),
        Some(3),
        "mixed formats"
    );
}

fn shipped_smccc() -> String {
    std::fs::read_to_string(t::root().join("crates/arm64-uapi/defs/smccc")).unwrap()
}

fn smccc_case(edit: impl Fn(&str) -> String, kind: &str, class: Class, status: u8) -> diff::Diff {
    let old = shipped_smccc();
    let new = edit(&old);
    assert_ne!(old, new, "{kind}: the edit did not apply");
    let (d, format) =
        diff::files("old", &old, "new", &new).unwrap_or_else(|e| panic!("{kind}: {e:?}"));
    assert_eq!(format, "smccc");
    assert!(
        d.of_kind(kind).any(|c| c.class == class),
        "{kind}: {}",
        d.render("old", "new", format)
    );
    assert_eq!(d.exit_status(), status, "{kind}");
    d
}

#[test]
fn every_smccc_change_class() {
    use Class::{Additive, Breaking};
    let add_fn = |s: &str| {
        s.replace(
            "\tFunction\tST\t0x21",
            "\tFunction\tNEW\t0x22\t64\t1.1\n\tFunction\tST\t0x21",
        )
    };
    smccc_case(add_fn, "function-added", Additive, 1);
    smccc_case(
        |s| {
            s.replace(
                "\tFunction\tCPU_FREEZE\t0x0b\t32\t1.0\tlinux32=PSCI_1_0_FN_CPU_FREEZE\n",
                "",
            )
        },
        "function-removed",
        Breaking,
        2,
    );
    smccc_case(
        |s| s.replace("\tFunction\tST\t0x21", "\tFunction\tST\t0x23"),
        "function-renumbered",
        Breaking,
        2,
    );
    smccc_case(
        |s| s.replace("\t-3\tNO_ENTROPY\n", "\t-3\tNO_ENTROPY\n\t-4\tBUSY\n"),
        "return-code-added",
        Additive,
        1,
    );
    smccc_case(
        |s| s.replace("\t-3\tNO_ENTROPY\n", "\t-4\tNO_ENTROPY\n"),
        "return-code-renumbered",
        Breaking,
        2,
    );
    smccc_case(
        |s| s.replace("Value\tVERSION_1_5\t0x10005", "Value\tVERSION_1_5\t0x10006"),
        "value-changed",
        Breaking,
        2,
    );
    smccc_case(
        |s| s.replace("returns=SMCCC\tspec=DEN0057", "returns=PSCI\tspec=DEN0057"),
        "service-returns-changed",
        Breaking,
        2,
    );
    let arch = smccc_case(
        |s| {
            s.replace(
                "\tFunction\tVERSION\t0x0000",
                "\tFunction\tNEW_ARCH_CALL\t0x0010\t32\t1.7\n\tFunction\tVERSION\t0x0000",
            )
        },
        "arch-call-added",
        Additive,
        1,
    );
    assert!(arch.of_kind("arch-call-added").all(|c| c.action.is_some()));
}

#[test]
fn a_new_mitigation_is_reported_with_what_every_host_must_decide() {
    let wa5 = "\tMitigation\tWORKAROUND_5\t0x0005\t32\t1.7\tcve=CVE-2099-0001\n";
    let d = smccc_case(
        |s| {
            s.replace(
                "\t# ARCH_FEATURES(WORKAROUND_n)",
                &format!("{wa5}\t# ARCH_FEATURES(WORKAROUND_n)"),
            )
        },
        "mitigation-added",
        Class::Additive,
        1,
    );
    let c = d.of_kind("mitigation-added").next().unwrap();
    assert_eq!(c.subject, "ARCH.WORKAROUND_5/SMC32");
    assert!(c.detail.contains("0x80000005"));
    let action = c.action.as_deref().unwrap();
    assert!(
        action.contains("SMCCC_ARCH_FEATURES") && action.contains("every host must decide"),
        "{action}"
    );
}

fn copy_tree(to: &Path) {
    let artifacts = abi_gen::report::ARTIFACTS.iter().map(|a| a.path);
    for rel in [
        "crates/arm64-uapi/defs/sysreg",
        "crates/arm64-uapi/defs/smccc",
        "crates/sae-abi/defs/sae",
    ]
    .into_iter()
    .chain(artifacts)
    {
        let dst = to.join(rel);
        std::fs::create_dir_all(dst.parent().unwrap()).unwrap();
        std::fs::copy(t::root().join(rel), dst).unwrap();
    }
}

#[test]
fn check_fails_on_an_edited_header_and_passes_on_a_clean_tree() {
    let root = tmp("check-root");
    let _ = std::fs::remove_dir_all(&root);
    copy_tree(&root);
    let run = || {
        bin()
            .arg("--root")
            .arg(&root)
            .arg("check")
            .output()
            .unwrap()
    };
    let clean = run();
    assert_eq!(
        clean.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&clean.stdout)
    );
    let h = root.join("crates/arm64-uapi/include/arm64-smccc.h");
    let text = std::fs::read_to_string(&h)
        .unwrap()
        .replace("0xc4000003U", "0xc4000004U");
    std::fs::write(&h, text).unwrap();
    let stale = run();
    assert_eq!(stale.status.code(), Some(1));
    let out = String::from_utf8_lossy(&stale.stdout);
    assert!(
        out.contains("STALE       crates/arm64-uapi/include/arm64-smccc.h"),
        "{out}"
    );
    assert!(
        out.contains("up to date  crates/arm64-uapi/include/arm64-sysreg-defs.h"),
        "{out}"
    );
    // The main job reports the drift too, and fails.
    let main = bin().arg("--root").arg(&root).output().unwrap();
    assert_eq!(main.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&main.stdout).contains("STALE"));
}

/// A repository root (for `--root`) whose shipped sysreg definitions are `defs`.
fn root_with_defs(tag: &str, defs: &Path) -> PathBuf {
    let root = tmp(&format!("sync-root-{tag}"));
    let dir = root.join("crates/arm64-uapi/defs");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(defs, dir.join("sysreg")).unwrap();
    root
}

#[test]
fn sync_against_linux() {
    let (Some(k612), Some(k61)) = (
        t::kernel_file("6.12", "arch/arm64/tools/sysreg"),
        t::kernel_file("6.1", "arch/arm64/tools/sysreg"),
    ) else {
        return;
    };
    // Definitions equal to upstream: no disagreement, nothing missing.
    let same = root_with_defs("6.12", &k612);
    let ok = bin()
        .arg("--root")
        .arg(&same)
        .args(["sync", "--linux"])
        .arg(&k612)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&ok.stdout);
    assert_eq!(ok.status.code(), Some(0), "{text}");
    assert!(
        text.contains(" 0 disagreements, 0 upstream registers not carried"),
        "{text}"
    );
    // A kernel tree directory works as well as the file.
    let tree = k612
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .parent()
        .unwrap();
    assert_eq!(
        bin()
            .arg("--root")
            .arg(&same)
            .args(["sync", "--linux"])
            .arg(tree)
            .output()
            .unwrap()
            .status
            .code(),
        Some(0)
    );
    // 6.1 definitions against 6.12: the GIC V4P1 renumbering is a disagreement, and the
    // registers 6.12 added are listed as not carried.
    let old = root_with_defs("6.1", &k61);
    let out = bin()
        .arg("--root")
        .arg(&old)
        .args(["sync", "--linux"])
        .arg(&k612)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("ID_AA64PFR0_EL1.GIC.V4P1"), "{text}");
    assert!(
        text.contains("upstream registers not carried yet:") && text.contains("ID_AA64ISAR3_EL1"),
        "{text}"
    );
    // The shipped definitions against a real kernel: a report (exit 0 or 1), never a failure.
    let shipped = bin().args(["sync", "--linux"]).arg(&k612).output().unwrap();
    assert!(matches!(shipped.status.code(), Some(0 | 1)), "{shipped:?}");
}

#[test]
fn a_kernel_mode_warning_in_the_shipped_definitions_fails_check_and_the_main_job() {
    let root = tmp("strict-root");
    let _ = std::fs::remove_dir_all(&root);
    copy_tree(&root);
    let defs = root.join("crates/arm64-uapi/defs/sysreg");
    let mut text = std::fs::read_to_string(&defs).unwrap();
    // The kernel accepts `Fields` naming no layout; for the project's own file it is an error.
    text.push_str("\nSysreg\tSTRICT_TEST_EL12\t3\t5\t15\t15\t7\nFields\tNO_SUCH_ELx\nEndSysreg\n");
    std::fs::write(&defs, &text).unwrap();
    let lint = bin().arg("lint").arg(&defs).output().unwrap();
    assert_eq!(lint.status.code(), Some(0), "kernel mode: a warning");
    let check = bin()
        .arg("--root")
        .arg(&root)
        .arg("check")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&check.stdout).to_string()
        + &String::from_utf8_lossy(&check.stderr);
    assert_eq!(check.status.code(), Some(1), "{out}");
    assert!(
        out.contains("NOT BUILT") && out.contains("(1 definition errors)"),
        "{out}"
    );
    let main = bin().arg("--root").arg(&root).output().unwrap();
    assert_eq!(main.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&main.stdout).contains("error[unknown-target]"));
}

/// Every corpus file the kernel's generator would accept (warnings only) diffs and syncs
/// against itself with no change, in bounded time: a `Mapping` cycle (`mapping-self`,
/// `mapping-cycle`) once made `diff` loop forever (found by the `abi_diff` fuzz target).
#[test]
fn kernel_accepted_corpus_files_diff_against_themselves_without_change() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/malformed");
    let mut accepted = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let label = path.file_name().unwrap().to_string_lossy().to_string();
        let parsed = abi_gen::sysreg::parse(&label, &text);
        if parsed.has_errors() {
            continue;
        }
        accepted += 1;
        let (d, format) = diff::files(&label, &text, &label, &text).unwrap();
        assert_eq!(format, "sysreg");
        assert!(d.changes.is_empty(), "{label}: {:?}", d.changes);
        let s = diff::sync(&parsed.file, &parsed.file);
        assert!(s.disagreements.is_empty(), "{label}: {:?}", s.disagreements);
    }
    assert!(
        accepted >= 4,
        "only {accepted} corpus files parse with warnings only"
    );
}

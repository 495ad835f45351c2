//! Oracle: `arm64_uapi::kvm` against the KVM uapi headers of the newest Linux in Debian
//! (`linux-newest`, Linux 7.2 when this was written), compiled by gcc for
//! three ABIs (x86_64, aarch64, s390x).
//!
//! A C file is written from the crate's own item tables (`CONSTS`, `FUNCTIONS`, `STRUCTS`)
//! plus every core and system-register ONE_REG id: one `_Static_assert` per value, size,
//! alignment, offset and member size. It includes the raw `include/uapi/linux/kvm.h` of the
//! fetched tree with arm64's `arch/arm64/include/uapi` as `<asm/...>` (the generic
//! `asm/` wrappers the kernel's build would generate are written here as one-line includes),
//! and is compiled with `-fsyntax-only` by each compiler. Every failing line is a mismatch;
//! the only tolerated ones are the s390x deviations listed in `s390x_deviation`, which must
//! still occur.
//!
//! A second check parses the two headers' `#define`, enumerator and `struct` names: each is
//! covered by the tables or listed in `LEFT_OUT` with a reason; names newer than Linux 6.12
//! must carry `since` in the tables and older ones must not.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use arm64_uapi::kvm::{self, CONSTS, CoreReg, FUNCTIONS, STRUCTS, Src};
use sae_kvm_abi_tests as t;

/// Header names deliberately not in `arm64_uapi::kvm`, by exact name or `PREFIX*`, with why.
const LEFT_OUT: &[(&str, &str)] = &[
    ("__LINUX_KVM_H", "include guard"),
    ("__ARM_KVM_H__", "include guard"),
    (
        "__KVM_HAVE_GUEST_DEBUG",
        "feature-test macro without a value",
    ),
    ("__KVM_HAVE_IRQ_LINE", "feature-test macro without a value"),
    (
        "__KVM_HAVE_VCPU_EVENTS",
        "feature-test macro without a value",
    ),
    (
        "HINT_UNSAFE_IN_KVM",
        "kernel-side renaming helper of kvm_run.immediate_exit",
    ),
    (
        "KVM_REG_ARM_CORE_REG",
        "takes a C member designator; core_reg_id(offset_of!(kvm_regs, ..)) and CoreReg::id are the Rust form",
    ),
    (
        "ARM64_SYS_REG_SHIFT_MASK",
        "token-pasting helper of __ARM64_SYS_REG",
    ),
    (
        "KVM_COALESCED_MMIO_MAX",
        "depends on the host's PAGE_SIZE, which the uapi does not define",
    ),
    (
        "KVM_DEV_TYPE_MAX",
        "count of device types; grows with every release, not an ABI value",
    ),
    ("kvm_device_type", "enum tag; its enumerators are covered"),
    (
        "kvm_smccc_filter_action",
        "enum tag; its enumerators are covered",
    ),
    ("KVM_DEV_VFIO_GROUP_SET_SPAPR_TCE", "PowerPC VFIO attribute"),
    // Other architectures: names, structures and ioctls arm64 KVM does not implement.
    ("KVM_S390_*", "s390 guests (s390 KVM), not arm64"),
    ("kvm_s390_*", "s390 guests (s390 KVM), not arm64"),
    ("KVM_VM_S390_UCONTROL", "s390 guests"),
    ("KVM_X86_*", "x86"),
    ("KVM_PPC_*", "PowerPC"),
    ("KVM_VM_PPC_*", "PowerPC"),
    ("KVM_VM_MIPS_*", "MIPS"),
    ("KVM_XEN_*", "x86 Xen emulation"),
    ("kvm_xen_exit", "x86 Xen emulation"),
    ("KVM_EXIT_XEN_HCALL", "x86 Xen emulation"),
    ("KVM_HYPERV_EVENTFD", "x86 Hyper-V emulation"),
    ("kvm_hyperv_exit", "x86 Hyper-V emulation"),
    ("KVM_EXIT_HYPERV_*", "x86 Hyper-V emulation"),
    ("kvm_exit_snp_req_certs", "x86 SEV-SNP"),
    ("KVM_EXIT_IO_IN", "x86 port I/O exit"),
    ("KVM_EXIT_IO_OUT", "x86 port I/O exit"),
    ("KVM_MSR_EXIT_REASON_*", "x86 MSR exits"),
    ("KVM_NOTIFY_CONTEXT_INVALID", "x86 notify exits"),
    (
        "KVM_INTERNAL_ERROR_EMULATION_FLAG_INSTRUCTION_BYTES",
        "x86 instruction emulation",
    ),
    ("KVM_PIT_SPEAKER_DUMMY", "x86 PIT"),
    ("kvm_pit_config", "x86 PIT"),
    (
        "kvm_irqchip",
        "x86/s390 irqchip state (KVM_GET/SET_IRQCHIP)",
    ),
    ("kvm_translation", "KVM_TRANSLATE: x86 only"),
    (
        "kvm_interrupt",
        "KVM_INTERRUPT: x86, PowerPC, MIPS, LoongArch",
    ),
    ("kvm_tpr_access_ctl", "x86 APIC"),
    ("kvm_vapic_addr", "x86 APIC"),
    ("kvm_irq_routing_s390_adapter", "s390 adapter interrupts"),
    ("kvm_irq_routing_hv_sint", "x86 Hyper-V"),
    ("kvm_irq_routing_xen_evtchn", "x86 Xen"),
    ("KVM_IRQ_ROUTING_XEN_EVTCHN_PRIO_2LEVEL", "x86 Xen"),
    ("KVM_CLOCK_*", "x86 kvmclock (KVM_GET/SET_CLOCK)"),
    ("kvm_clock_data", "x86 kvmclock"),
    ("KVM_MMU_FSL_BOOKE_*", "PowerPC"),
    ("kvm_config_tlb", "PowerPC"),
    ("kvm_dirty_tlb", "PowerPC"),
    ("kvm_vfio_spapr_tce", "PowerPC"),
    ("kvm_enc_region", "x86 SEV"),
    (
        "kvm_memory_attributes",
        "KVM_SET_MEMORY_ATTRIBUTES: x86 only",
    ),
    (
        "KVM_MEMORY_ATTRIBUTE_PRIVATE",
        "KVM_SET_MEMORY_ATTRIBUTES: x86 only",
    ),
    ("KVM_BUS_LOCK_DETECTION_*", "x86"),
    ("KVM_PMU_CAP_DISABLE", "x86 (KVM_CAP_PMU_CAPABILITY)"),
    (
        "KVM_SET_PMU_EVENT_FILTER",
        "x86; arm64 filters PMU events with KVM_ARM_VCPU_PMU_V3_FILTER",
    ),
    ("KVM_SET_BOOT_CPU_ID", "x86"),
    ("KVM_GET_MSR_INDEX_LIST", "x86"),
    ("KVM_GET_MSR_FEATURE_INDEX_LIST", "x86"),
    ("KVM_GET_SUPPORTED_CPUID", "x86"),
    ("KVM_GET_EMULATED_CPUID", "x86"),
    ("KVM_GET_SUPPORTED_HV_CPUID", "x86"),
    ("KVM_SET_NR_MMU_PAGES", "x86"),
    ("KVM_GET_NR_MMU_PAGES", "x86"),
    ("KVM_SET_TSS_ADDR", "x86"),
    ("KVM_SET_IDENTITY_MAP_ADDR", "x86"),
    ("KVM_GET_IRQCHIP", "x86/s390"),
    ("KVM_SET_IRQCHIP", "x86/s390"),
    ("KVM_CREATE_PIT", "x86"),
    ("KVM_CREATE_PIT2", "x86"),
    ("KVM_GET_PIT", "x86"),
    ("KVM_SET_PIT", "x86"),
    ("KVM_GET_PIT2", "x86"),
    ("KVM_SET_PIT2", "x86"),
    ("KVM_REINJECT_CONTROL", "x86"),
    ("KVM_SET_CLOCK", "x86"),
    ("KVM_GET_CLOCK", "x86"),
    ("KVM_SET_TSC_KHZ", "x86"),
    ("KVM_GET_TSC_KHZ", "x86"),
    ("KVM_ALLOCATE_RMA", "PowerPC"),
    ("KVM_CREATE_SPAPR_TCE", "PowerPC"),
    ("KVM_CREATE_SPAPR_TCE_64", "PowerPC"),
    ("KVM_TRANSLATE", "x86"),
    ("KVM_INTERRUPT", "x86, PowerPC, MIPS, LoongArch"),
    ("KVM_GET_MSRS", "x86"),
    ("KVM_SET_MSRS", "x86"),
    ("KVM_SET_CPUID", "x86"),
    ("KVM_SET_CPUID2", "x86"),
    ("KVM_GET_CPUID2", "x86"),
    ("KVM_GET_LAPIC", "x86"),
    ("KVM_SET_LAPIC", "x86"),
    ("KVM_TPR_ACCESS_REPORTING", "x86"),
    ("KVM_SET_VAPIC_ADDR", "x86"),
    ("KVM_NMI", "x86"),
    ("KVM_GET_DEBUGREGS", "x86"),
    ("KVM_SET_DEBUGREGS", "x86"),
    ("KVM_GET_XSAVE", "x86"),
    ("KVM_SET_XSAVE", "x86"),
    ("KVM_GET_XSAVE2", "x86"),
    ("KVM_GET_XCRS", "x86"),
    ("KVM_SET_XCRS", "x86"),
    ("KVM_DIRTY_TLB", "PowerPC"),
    ("KVM_KVMCLOCK_CTRL", "x86"),
    ("KVM_SMI", "x86"),
    ("KVM_MEMORY_ENCRYPT_*", "x86 SEV/TDX"),
    ("KVM_GET_NESTED_STATE", "x86"),
    ("KVM_SET_NESTED_STATE", "x86"),
    ("KVM_GET_SREGS2", "x86"),
    ("KVM_SET_SREGS2", "x86"),
    ("KVM_SET_MEMORY_ATTRIBUTES", "x86"),
    // Capabilities compiled only for architectures that define __KVM_HAVE_<feature>.
    ("KVM_CAP_REINJECT_CONTROL", "only with __KVM_HAVE_PIT (x86)"),
    ("KVM_CAP_MCE", "only with __KVM_HAVE_MCE (x86)"),
    ("KVM_CAP_PIT2", "only with __KVM_HAVE_PIT (x86)"),
    (
        "KVM_CAP_PIT_STATE2",
        "only with __KVM_HAVE_PIT_STATE2 (x86)",
    ),
    ("KVM_CAP_XEN_HVM", "only with __KVM_HAVE_XEN_HVM (x86)"),
    ("KVM_CAP_DEBUGREGS", "only with __KVM_HAVE_DEBUGREGS (x86)"),
    ("KVM_CAP_XSAVE", "only with __KVM_HAVE_XSAVE (x86)"),
    ("KVM_CAP_XCRS", "only with __KVM_HAVE_XCRS (x86)"),
];

/// Function-like macros that are GNU statement expressions, not constant expressions: checked
/// by running a host-compiled program instead of `_Static_assert` (their values do not
/// depend on the ABI).
const RUNTIME_ONLY: &[&str] = &["KVM_ARM_FEATURE_ID_RANGE_IDX"];

/// The three ABIs: name, compiler.
const ABIS: &[(&str, &str)] = &[
    ("x86_64", "gcc"),
    ("aarch64", "aarch64-linux-gnu-gcc"),
    ("s390x", "s390x-linux-gnu-gcc"),
];

/// Mismatches s390x must show, and why: its C ABI aligns `__int128` (`user_fpsimd_state.vregs`)
/// to 8, so compiling the arm64 header for s390x gives `struct user_fpsimd_state` 8-byte
/// alignment, drops the 8 padding bytes before `kvm_regs.fp_regs` (0x148 instead of arm64's
/// 0x150) and shrinks `struct kvm_regs` to 856 bytes, which changes the size field of
/// `KVM_GET/SET_REGS` and every core-register id past `spsr` (V0–V31, FPSR, FPCR). The crate
/// keeps arm64's layout (the one KVM/arm64 computes its ids from) on every host.
fn s390x_deviation(label: &str) -> bool {
    label == "align user_fpsimd_state"
        || label == "align kvm_regs"
        || label == "size kvm_regs"
        || label == "offset kvm_regs.fp_regs"
        || label == "const KVM_GET_REGS"
        || label == "const KVM_SET_REGS"
        || label.starts_with("core V")
        || label == "core Fpsr"
        || label == "core Fpcr"
}

struct Assert {
    label: String,
    expr: String,
}

fn push(v: &mut Vec<Assert>, label: String, expr: String) {
    v.push(Assert { label, expr });
}

fn core_field(r: CoreReg) -> String {
    match r {
        CoreReg::X(n) => format!("regs.regs[{n}]"),
        CoreReg::Sp => "regs.sp".into(),
        CoreReg::Pc => "regs.pc".into(),
        CoreReg::Pstate => "regs.pstate".into(),
        CoreReg::SpEl1 => "sp_el1".into(),
        CoreReg::ElrEl1 => "elr_el1".into(),
        CoreReg::Spsr(i) => format!("spsr[{i}]"),
        CoreReg::V(n) => format!("fp_regs.vregs[{n}]"),
        CoreReg::Fpsr => "fp_regs.fpsr".into(),
        CoreReg::Fpcr => "fp_regs.fpcr".into(),
    }
}

fn core_regs() -> Vec<CoreReg> {
    let mut v: Vec<CoreReg> = (0..31).map(CoreReg::X).collect();
    v.extend([
        CoreReg::Sp,
        CoreReg::Pc,
        CoreReg::Pstate,
        CoreReg::SpEl1,
        CoreReg::ElrEl1,
    ]);
    v.extend((0..5).map(CoreReg::Spsr));
    v.extend((0..32).map(CoreReg::V));
    v.extend([CoreReg::Fpsr, CoreReg::Fpcr]);
    v
}

/// Every assertion, from the crate's tables.
fn asserts() -> Vec<Assert> {
    let mut v = Vec::new();
    for c in CONSTS.iter().flat_map(|g| g.iter()) {
        if c.src == Src::Internal {
            continue;
        }
        push(
            &mut v,
            format!("const {}", c.name),
            format!("(unsigned long long)({}) == {:#x}ULL", c.name, c.value),
        );
    }
    for f in FUNCTIONS.iter().flat_map(|g| g.iter()) {
        if RUNTIME_ONLY.contains(&f.name) {
            continue;
        }
        for (args, val) in f.cases {
            push(
                &mut v,
                format!("fn {}{args}", f.name),
                format!("(unsigned long long)({}{args}) == {val:#x}ULL", f.name),
            );
        }
    }
    for s in STRUCTS {
        let (obj, ty) = if s.c_member.is_empty() {
            (format!("(({} *)0)", s.c_type), s.c_type.to_string())
        } else {
            (
                format!("(({} *)0)->{}", s.c_type, s.c_member),
                format!("__typeof__((({} *)0)->{})", s.c_type, s.c_member),
            )
        };
        let size_of = if s.c_member.is_empty() {
            format!("sizeof({ty})")
        } else {
            format!("sizeof({obj})")
        };
        push(
            &mut v,
            format!("size {}", s.name),
            format!("{size_of} == {}", s.size),
        );
        push(
            &mut v,
            format!("align {}", s.name),
            format!("_Alignof({ty}) == {}", s.align),
        );
        for f in s.fields.iter().filter(|f| !f.c_name.is_empty()) {
            let designator = if s.c_member.is_empty() {
                f.c_name.to_string()
            } else {
                format!("{}.{}", s.c_member, f.c_name)
            };
            push(
                &mut v,
                format!("offset {}.{}", s.name, f.name),
                format!(
                    "__builtin_offsetof({}, {designator}) == {}",
                    s.c_type,
                    s.base + f.offset
                ),
            );
            if f.size != 0 {
                let member = if s.c_member.is_empty() {
                    format!("(({} *)0)->{}", s.c_type, f.c_name)
                } else {
                    format!("{obj}.{}", f.c_name)
                };
                push(
                    &mut v,
                    format!("member size {}.{}", s.name, f.name),
                    format!("sizeof({member}) == {}", f.size),
                );
            }
        }
    }
    // Core ids: KVM sizes each by its member (`sizeof`), indexes it in 32-bit words.
    for r in core_regs() {
        let f = core_field(r);
        push(
            &mut v,
            format!("core {r:?}").replace('(', "").replace(')', ""),
            format!(
                "(KVM_REG_ARM64 | KVM_REG_ARM_CORE | KVM_REG_ARM_CORE_REG({f}) | \
                 ((unsigned long long)__builtin_ctz(sizeof(((struct kvm_regs *)0)->{f})) \
                 << KVM_REG_SIZE_SHIFT)) == {:#x}ULL",
                r.id()
            ),
        );
    }
    // Every system register's ONE_REG id; the timer pair must be KVM's swapped ids.
    for r in arm64_uapi::sysreg::all() {
        let e = r.encoding;
        let expr = match (e.op0, e.op1, e.crn, e.crm, e.op2) {
            (3, 3, 14, 0, 2) => "KVM_REG_ARM_TIMER_CNT".to_string(),
            (3, 3, 14, 3, 2) => "KVM_REG_ARM_TIMER_CVAL".to_string(),
            _ => format!(
                "ARM64_SYS_REG({}, {}, {}, {}, {})",
                e.op0, e.op1, e.crn, e.crm, e.op2
            ),
        };
        push(
            &mut v,
            format!("one_reg {}", r.name),
            format!("{expr} == {:#x}ULL", kvm::one_reg_id(e)),
        );
    }
    v
}

/// The uapi include directories of the fetched tree, plus a directory of the generic
/// `asm/` wrappers (`asm/X.h` → `asm-generic/X.h` for each header arm64 does not provide)
/// and an empty `linux/compiler.h` (the install step strips that include).
fn include_dirs(tree: &Path) -> Vec<PathBuf> {
    let arch = tree.join("arch/arm64/include/uapi");
    let generic = tree.join("include/uapi");
    let shim = t::root().join("target/c-oracle/kvm-uapi-shim");
    std::fs::create_dir_all(shim.join("asm")).unwrap();
    std::fs::create_dir_all(shim.join("linux")).unwrap();
    std::fs::write(shim.join("linux/compiler.h"), "").unwrap();
    for e in std::fs::read_dir(generic.join("asm-generic")).unwrap() {
        let name = e.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".h") && !arch.join("asm").join(&name).exists() {
            std::fs::write(
                shim.join("asm").join(&name),
                format!("#include <asm-generic/{name}>\n"),
            )
            .unwrap();
        }
    }
    vec![arch, generic, shim]
}

fn have(cmd: &str) -> bool {
    Command::new(cmd).arg("--version").output().is_ok()
}

/// Compile `prog` for one ABI; the labels of the failing assertions (by line).
fn failing(
    abi: &str,
    cc: &str,
    prog: &str,
    lines: &BTreeMap<usize, String>,
    inc: &[PathBuf],
) -> BTreeSet<String> {
    let dir = t::root().join("target/c-oracle");
    let src = dir.join(format!("kvm-uapi-{abi}.c"));
    std::fs::write(&src, prog).unwrap();
    let mut cmd = Command::new(cc);
    cmd.args([
        "-std=gnu11",
        "-fsyntax-only",
        "-nostdinc",
        "-D__user=",
        "-D__EXPORTED_HEADERS__",
        "-fmax-errors=0",
    ]);
    for d in inc {
        cmd.arg("-I").arg(d);
    }
    let out = cmd.arg(&src).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let tag = format!("{}:", src.display());
    let mut bad = BTreeSet::new();
    for l in stderr.lines().filter(|l| l.contains(": error:")) {
        let line: Option<usize> = l
            .strip_prefix(&tag)
            .and_then(|r| r.split(':').next())
            .and_then(|n| n.parse().ok());
        match line.and_then(|n| lines.get(&n)) {
            Some(label) => {
                bad.insert(label.clone());
            }
            None => panic!(
                "{abi}: error outside the assertions:\n{}",
                stderr.lines().take(40).collect::<Vec<_>>().join("\n")
            ),
        }
    }
    assert!(
        out.status.success() || !bad.is_empty(),
        "{abi}: {cc} failed without assertion errors:\n{stderr}"
    );
    bad
}

#[test]
fn kvm_uapi_matches_the_newest_linux_on_three_abis() {
    let Some(kvm_h) = t::kernel_file(t::NEWEST, "include/uapi/linux/kvm.h") else {
        return;
    };
    let tree = kvm_h.ancestors().nth(4).unwrap().to_path_buf();
    if !tree.join("include/uapi/linux/types.h").is_file() {
        t::missing::<()>("linux-newest/include/uapi (re-run scripts/fetch-oracles)");
        return;
    }
    let asserts = asserts();
    let mut prog = String::from(
        "/* Generated by tests/tests/kvm_uapi_abi.rs from arm64_uapi::kvm. */\n\
         /* <stddef.h>'s offsetof, for KVM_REG_ARM_CORE_REG (compiled with -nostdinc). */\n\
         #define offsetof(t, m) __builtin_offsetof(t, m)\n\
         /* asm/kvm.h uses __GENMASK (KVM_ARM_DEVICE_*_MASK) without including it. */\n\
         #include <linux/bits.h>\n\
         #include <linux/kvm.h>\n#include <asm-generic/errno-base.h>\n\
         /* linux/sizes.h is kernel-internal; KVM_VGIC_V3_*_SIZE use it. */\n\
         #define SZ_64K 0x00010000\n",
    );
    let mut lines = BTreeMap::new();
    for a in &asserts {
        let n = prog.lines().count() + 1;
        lines.insert(n, a.label.clone());
        writeln!(
            prog,
            "_Static_assert({}, \"{}\");",
            a.expr,
            a.label.replace('"', "'")
        )
        .unwrap();
    }
    let inc = include_dirs(&tree);
    let mut summary = Vec::new();
    for &(abi, cc) in ABIS {
        if !have(cc) {
            t::missing::<()>(&format!(
                "{cc} (apt: gcc-aarch64-linux-gnu / gcc-s390x-linux-gnu)"
            ));
            continue;
        }
        let bad = failing(abi, cc, &prog, &lines, &inc);
        let expected: BTreeSet<String> = if abi == "s390x" {
            asserts
                .iter()
                .map(|a| a.label.clone())
                .filter(|l| s390x_deviation(l))
                .collect()
        } else {
            BTreeSet::new()
        };
        let unexpected: Vec<_> = bad.difference(&expected).collect();
        let vanished: Vec<_> = expected.difference(&bad).collect();
        assert!(
            unexpected.is_empty(),
            "{abi}: mismatches against {}: {unexpected:#?}",
            t::newest_version()
        );
        assert!(
            vanished.is_empty(),
            "{abi}: known deviations no longer occur: {vanished:#?}"
        );
        summary.push(format!(
            "{abi} {} mismatches{}",
            bad.len() - expected.len(),
            if expected.is_empty() {
                String::new()
            } else {
                format!(" + {} known __int128-alignment deviations", expected.len())
            }
        ));
    }
    eprintln!(
        "kvm uapi abi: {} assertions per ABI from {} consts, {} macro cases, {} structs; {}",
        asserts.len(),
        CONSTS.iter().map(|g| g.len()).sum::<usize>(),
        FUNCTIONS
            .iter()
            .flat_map(|g| g.iter())
            .map(|f| f.cases.len())
            .sum::<usize>(),
        STRUCTS.len(),
        summary.join(", ")
    );
}

/// Strip C comments.
fn uncomment(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
        out.push(' ');
    }
    out.push_str(rest);
    out.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `#define` names, enumerators, enum tags and struct tags of a uapi header, outside
/// `#ifdef __KERNEL__` blocks.
fn header_names(text: &str) -> BTreeSet<String> {
    let text = uncomment(text);
    let mut names = BTreeSet::new();
    // Stack of "this #if level is kernel-only".
    let mut stack: Vec<bool> = Vec::new();
    let mut in_enum = false;
    let ident = |s: &str| -> Option<String> {
        let id: String = s
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        (!id.is_empty() && !id.starts_with(|c: char| c.is_ascii_digit())).then_some(id)
    };
    for line in text.lines() {
        let l = line.trim();
        if let Some(d) = l.strip_prefix('#') {
            let d = d.trim_start();
            if d.starts_with("ifdef __KERNEL__") || d.starts_with("if defined(__KERNEL__)") {
                stack.push(true);
            } else if d.starts_with("if") {
                stack.push(false);
            } else if d.starts_with("else") {
                if let Some(top) = stack.last_mut() {
                    *top = false;
                }
            } else if d.starts_with("endif") {
                stack.pop();
            } else if let Some(r) = d.strip_prefix("define") {
                if !stack.iter().any(|&k| k) {
                    names.extend(ident(r));
                }
            }
            continue;
        }
        if stack.iter().any(|&k| k) {
            continue;
        }
        if let Some(r) = l.strip_prefix("enum") {
            if l.contains('{') {
                in_enum = true;
                names.extend(ident(r).filter(|s| !s.is_empty()));
            }
            continue;
        }
        if in_enum {
            if l.starts_with('}') {
                in_enum = false;
            } else if let Some(id) = ident(l) {
                names.insert(id);
            }
            continue;
        }
        let mut r = l;
        while let Some(i) = r.find("struct ") {
            r = &r[i + 7..];
            if let Some(id) = ident(r) {
                if r[id.len()..].trim_start().starts_with('{') {
                    names.insert(id);
                }
            }
        }
    }
    names
}

fn left_out(name: &str) -> Option<&'static str> {
    LEFT_OUT.iter().find_map(|&(p, why)| {
        let hit = match p.strip_suffix('*') {
            Some(prefix) => name.starts_with(prefix),
            None => name == p,
        };
        hit.then_some(why)
    })
}

fn read(series: &str, rel: &str) -> Option<String> {
    t::kernel_file(series, rel).map(|p| std::fs::read_to_string(p).unwrap())
}

#[test]
fn every_header_item_is_covered_or_left_out_with_a_reason() {
    let (Some(k), Some(a), Some(k12), Some(a12)) = (
        read(t::NEWEST, "include/uapi/linux/kvm.h"),
        read(t::NEWEST, "arch/arm64/include/uapi/asm/kvm.h"),
        read("6.12", "include/uapi/linux/kvm.h"),
        read("6.12", "arch/arm64/include/uapi/asm/kvm.h"),
    ) else {
        return;
    };
    let mut header = header_names(&k);
    header.extend(header_names(&a));
    let mut old = header_names(&k12);
    old.extend(header_names(&a12));

    let mut ours: BTreeMap<&str, Option<&str>> = BTreeMap::new();
    for c in CONSTS.iter().flat_map(|g| g.iter()) {
        if c.src == Src::Uapi {
            ours.insert(c.name, c.since);
        }
    }
    for f in FUNCTIONS.iter().flat_map(|g| g.iter()) {
        ours.insert(f.name, None);
    }
    for s in STRUCTS.iter().filter(|s| s.c_member.is_empty()) {
        ours.insert(s.c_type.trim_start_matches("struct "), s.since);
    }

    let mut uncovered = Vec::new();
    let mut both = Vec::new();
    let mut per_reason: BTreeMap<&str, usize> = BTreeMap::new();
    for n in &header {
        match (ours.contains_key(n.as_str()), left_out(n)) {
            (true, Some(_)) => both.push(n.clone()),
            (false, None) => uncovered.push(n.clone()),
            (false, Some(why)) => *per_reason.entry(why).or_default() += 1,
            (true, None) => {}
        }
    }
    // Names ours has that the newest headers do not (the `_IO*` helpers live in
    // asm-generic/ioctl.h, `user_*` in asm/ptrace.h).
    let ptrace = read(t::NEWEST, "arch/arm64/include/uapi/asm/ptrace.h").unwrap_or_default();
    let ptrace = header_names(&ptrace);
    let foreign: Vec<_> = ours
        .keys()
        .filter(|n| !header.contains(**n) && !ptrace.contains(**n) && !n.starts_with("_IO"))
        .collect();
    let stale: Vec<_> = LEFT_OUT
        .iter()
        .filter(|(p, _)| {
            !header.iter().any(|n| match p.strip_suffix('*') {
                Some(prefix) => n.starts_with(prefix),
                None => n == p,
            })
        })
        .collect();
    // `since` is set exactly for the names Linux 6.12 does not have.
    let since_wrong: Vec<_> = ours
        .iter()
        .filter(|(n, _)| header.contains(**n))
        .filter(|(n, since)| old.contains(**n) == since.is_some())
        .map(|(n, since)| format!("{n}: since {since:?}, in 6.12: {}", old.contains(*n)))
        .collect();
    // Views of anonymous members: `since` iff the member name is absent from 6.12's kvm.h.
    let k12_text = uncomment(&format!("{k12}\n{a12}"));
    let views_wrong: Vec<_> = STRUCTS
        .iter()
        .filter(|s| !s.c_member.is_empty())
        .filter(|s| {
            let present = k12_text.contains(&format!("}} {};", s.c_member));
            present == s.since.is_some()
        })
        .map(|s| s.name)
        .collect();
    let covered = header.len() - uncovered.len() - per_reason.values().sum::<usize>();
    eprintln!(
        "kvm uapi coverage: {} header names, {covered} covered, {} left out ({} reasons), {} uncovered",
        header.len(),
        per_reason.values().sum::<usize>(),
        per_reason.len(),
        uncovered.len()
    );
    assert!(
        uncovered.is_empty(),
        "{}: not covered and not in LEFT_OUT: {uncovered:#?}",
        t::newest_version()
    );
    assert!(both.is_empty(), "covered and also in LEFT_OUT: {both:#?}");
    let k = t::newest_version();
    assert!(
        foreign.is_empty(),
        "not in the headers of {k}: {foreign:#?}"
    );
    assert!(
        stale.is_empty(),
        "LEFT_OUT entries matching nothing: {stale:#?}"
    );
    assert!(since_wrong.is_empty(), "wrong `since`: {since_wrong:#?}");
    assert!(
        views_wrong.is_empty(),
        "wrong `since` on views: {views_wrong:#?}"
    );
}

/// Every `pub const`, `pub const fn` and `pub struct` in the kvm module source whose name
/// the headers define is in the tables: nothing header-named bypasses the listing macros.
#[test]
fn no_header_item_is_defined_outside_the_tables() {
    let Some(k) = read(t::NEWEST, "include/uapi/linux/kvm.h") else {
        return;
    };
    let mut header = header_names(&k);
    if let Some(a) = read(t::NEWEST, "arch/arm64/include/uapi/asm/kvm.h") {
        header.extend(header_names(&a));
    }
    let mut listed: BTreeSet<&str> = CONSTS
        .iter()
        .flat_map(|g| g.iter())
        .map(|c| c.name)
        .collect();
    listed.extend(FUNCTIONS.iter().flat_map(|g| g.iter()).map(|f| f.name));
    listed.extend(STRUCTS.iter().map(|s| s.name));
    let dir = t::root().join("crates/arm64-uapi/src/kvm");
    let mut outside = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let src = std::fs::read_to_string(&p).unwrap();
        for l in src.lines() {
            let l = l.trim_start();
            let rest = l
                .strip_prefix("pub const fn ")
                .or_else(|| l.strip_prefix("pub const "))
                .or_else(|| l.strip_prefix("pub struct "));
            let Some(rest) = rest else { continue };
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if header.contains(&name) && !listed.contains(name.as_str()) {
                outside.push(format!("{}: {name}", p.display()));
            }
        }
    }
    assert!(
        outside.is_empty(),
        "defined without a table entry: {outside:#?}"
    );
}

/// The statement-expression macros, evaluated by a host-compiled program.
#[test]
fn statement_expression_macros_match() {
    let Some(kvm_h) = t::kernel_file(t::NEWEST, "include/uapi/linux/kvm.h") else {
        return;
    };
    let tree = kvm_h.ancestors().nth(4).unwrap().to_path_buf();
    let inc = include_dirs(&tree);
    let mut prog =
        String::from("#include <linux/kvm.h>\nint printf(const char *, ...);\nint main(void) {\n");
    let mut want = Vec::new();
    for f in FUNCTIONS.iter().flat_map(|g| g.iter()) {
        if !RUNTIME_ONLY.contains(&f.name) {
            continue;
        }
        for (args, val) in f.cases {
            writeln!(
                prog,
                "  printf(\"%#llx\\n\", (unsigned long long)({}{args}));",
                f.name
            )
            .unwrap();
            want.push(format!("{}{args} = {val:#x}", f.name));
        }
    }
    prog.push_str("  return 0;\n}\n");
    let mut args = vec![
        "-D__user=".to_string(),
        "-D__EXPORTED_HEADERS__".to_string(),
    ];
    for d in &inc {
        args.push(format!("-I{}", d.display()));
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = t::run_c("kvm-uapi-stmt-expr", &prog, &args);
    let got: Vec<String> = out
        .lines()
        .zip(&want)
        .map(|(v, w)| {
            format!(
                "{} = {}",
                w.split(" = ").next().unwrap(),
                if v == "0" { "0x0" } else { v }
            )
        })
        .collect();
    assert_eq!(got, want);
    assert!(!want.is_empty());
}

/// The PV-time stolen-time record against the kernel's (internal) definition: same layout on
/// every ABI, and the kernel declares its words little-endian (`__le32`/`__le64`) as the
/// crate's `Le32`/`Le64` are.
#[test]
fn stolen_time_record_matches_the_kernel() {
    use core::mem::{offset_of, size_of};
    use kvm::pvclock_vcpu_stolen_time as St;
    let Some(h) = t::kernel_file(t::NEWEST, "arch/arm64/include/asm/pvclock-abi.h") else {
        return;
    };
    let text = std::fs::read_to_string(&h).unwrap();
    for decl in [
        "__le32 revision;",
        "__le32 attributes;",
        "__le64 stolen_time;",
        "u8 padding[48];",
    ] {
        assert!(text.contains(decl), "{decl} not in {}", h.display());
    }
    let tree = h.ancestors().nth(5).unwrap().to_path_buf();
    let inc = include_dirs(&tree);
    let mut prog = String::from(
        "#include <linux/types.h>\ntypedef __u8 u8;\n#define __packed __attribute__((packed))\n",
    );
    writeln!(prog, "#include \"{}\"", h.display()).unwrap();
    let mut lines = BTreeMap::new();
    let checks = [
        (
            "size",
            format!(
                "sizeof(struct pvclock_vcpu_stolen_time) == {}",
                size_of::<St>()
            ),
        ),
        (
            "revision",
            format!(
                "__builtin_offsetof(struct pvclock_vcpu_stolen_time, revision) == {}",
                offset_of!(St, revision)
            ),
        ),
        (
            "attributes",
            format!(
                "__builtin_offsetof(struct pvclock_vcpu_stolen_time, attributes) == {}",
                offset_of!(St, attributes)
            ),
        ),
        (
            "stolen_time",
            format!(
                "__builtin_offsetof(struct pvclock_vcpu_stolen_time, stolen_time) == {}",
                offset_of!(St, stolen_time)
            ),
        ),
        (
            "padding",
            format!(
                "__builtin_offsetof(struct pvclock_vcpu_stolen_time, padding) == {}",
                offset_of!(St, padding)
            ),
        ),
    ];
    for (label, expr) in &checks {
        lines.insert(prog.lines().count() + 1, label.to_string());
        writeln!(prog, "_Static_assert({expr}, \"{label}\");").unwrap();
    }
    let mut ran = 0;
    for &(abi, cc) in ABIS {
        if !have(cc) {
            eprintln!("note: {cc} not installed: the {abi} ABI is not checked");
            continue;
        }
        let bad = failing(&format!("pvtime-{abi}"), cc, &prog, &lines, &inc);
        assert!(bad.is_empty(), "{abi}: {bad:?}");
        ran += 1;
    }
    assert!(ran > 0 || !t::strict(), "no C compiler under CI=true");
    if ran == 0 {
        t::skip("no C compiler of the three ABIs is installed");
    }
}

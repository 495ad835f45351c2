//! Oracle 3: the hand-written KVM uapi and the generated ONE_REG ids against Debian's
//! `linux-libc-dev-arm64-cross` headers (Linux 6.1.4), through a C program compiled by gcc.
//! Known deviations of that older header are listed with reasons and must still deviate.

use std::collections::BTreeMap;

use arm64_uapi::kvm::*;
use sae_kvm_abi_tests as t;

/// Macros the 6.1.4 header lacks because they are newer, with the reason.
const KNOWN_MISSING: &[(&str, &str)] = &[
    (
        "KVM_REG_ARM_VENDOR_HYP_BMAP_2",
        "added in Linux 6.16 (vendor services 64-127)",
    ),
    (
        "KVM_ARM_VCPU_HAS_EL2",
        "nested-virtualisation vCPU feature, added in Linux 6.9",
    ),
    (
        "KVM_SYSTEM_EVENT_SHUTDOWN_FLAG_PSCI_OFF2",
        "PSCI 1.3 SYSTEM_OFF2, added in Linux 6.13",
    ),
    (
        "KVM_HYPERCALL_EXIT_SMC",
        "hypercall exit flags, added with the SMCCC filter in Linux 6.4",
    ),
    (
        "KVM_HYPERCALL_EXIT_16BIT",
        "hypercall exit flags, added with the SMCCC filter in Linux 6.4",
    ),
    (
        "KVM_REG_FEATURE_LEVEL_MASK",
        "kernel-internal (arch/arm64/kvm/hypercalls.c), not in the uapi",
    ),
];

struct Check {
    /// Macro that must be defined for the expression to compile (checked with #ifdef).
    key: &'static str,
    /// Display name.
    name: String,
    /// C expression.
    expr: String,
    /// Our value.
    ours: u64,
}

fn c(key: &'static str, expr: &str, ours: u64) -> Check {
    Check {
        key,
        name: key.to_string(),
        expr: expr.to_string(),
        ours,
    }
}

fn checks() -> Vec<Check> {
    let mut v = vec![
        c("KVM_REG_ARCH_MASK", "KVM_REG_ARCH_MASK", KVM_REG_ARCH_MASK),
        c("KVM_REG_ARM64", "KVM_REG_ARM64", KVM_REG_ARM64),
        c(
            "KVM_REG_SIZE_SHIFT",
            "KVM_REG_SIZE_SHIFT",
            KVM_REG_SIZE_SHIFT.into(),
        ),
        c("KVM_REG_SIZE_MASK", "KVM_REG_SIZE_MASK", KVM_REG_SIZE_MASK),
        c("KVM_REG_SIZE_U8", "KVM_REG_SIZE_U8", KVM_REG_SIZE_U8),
        c("KVM_REG_SIZE_U16", "KVM_REG_SIZE_U16", KVM_REG_SIZE_U16),
        c("KVM_REG_SIZE_U32", "KVM_REG_SIZE_U32", KVM_REG_SIZE_U32),
        c("KVM_REG_SIZE_U64", "KVM_REG_SIZE_U64", KVM_REG_SIZE_U64),
        c("KVM_REG_SIZE_U128", "KVM_REG_SIZE_U128", KVM_REG_SIZE_U128),
        c("KVM_REG_SIZE_U256", "KVM_REG_SIZE_U256", KVM_REG_SIZE_U256),
        c("KVM_REG_SIZE_U512", "KVM_REG_SIZE_U512", KVM_REG_SIZE_U512),
        c(
            "KVM_REG_SIZE_U1024",
            "KVM_REG_SIZE_U1024",
            KVM_REG_SIZE_U1024,
        ),
        c(
            "KVM_REG_SIZE_U2048",
            "KVM_REG_SIZE_U2048",
            KVM_REG_SIZE_U2048,
        ),
        c(
            "KVM_REG_ARM_COPROC_MASK",
            "KVM_REG_ARM_COPROC_MASK",
            KVM_REG_ARM_COPROC_MASK,
        ),
        c(
            "KVM_REG_ARM_COPROC_SHIFT",
            "KVM_REG_ARM_COPROC_SHIFT",
            KVM_REG_ARM_COPROC_SHIFT.into(),
        ),
        c("KVM_REG_ARM_CORE", "KVM_REG_ARM_CORE", KVM_REG_ARM_CORE),
        c("KVM_REG_ARM_DEMUX", "KVM_REG_ARM_DEMUX", KVM_REG_ARM_DEMUX),
        c(
            "KVM_REG_ARM_DEMUX_ID_MASK",
            "KVM_REG_ARM_DEMUX_ID_MASK",
            KVM_REG_ARM_DEMUX_ID_MASK,
        ),
        c(
            "KVM_REG_ARM_DEMUX_ID_SHIFT",
            "KVM_REG_ARM_DEMUX_ID_SHIFT",
            KVM_REG_ARM_DEMUX_ID_SHIFT.into(),
        ),
        c(
            "KVM_REG_ARM_DEMUX_ID_CCSIDR",
            "KVM_REG_ARM_DEMUX_ID_CCSIDR",
            KVM_REG_ARM_DEMUX_ID_CCSIDR,
        ),
        c(
            "KVM_REG_ARM_DEMUX_VAL_MASK",
            "KVM_REG_ARM_DEMUX_VAL_MASK",
            KVM_REG_ARM_DEMUX_VAL_MASK,
        ),
        c(
            "KVM_REG_ARM_DEMUX_VAL_SHIFT",
            "KVM_REG_ARM_DEMUX_VAL_SHIFT",
            KVM_REG_ARM_DEMUX_VAL_SHIFT.into(),
        ),
        c(
            "KVM_REG_ARM64_SYSREG",
            "KVM_REG_ARM64_SYSREG",
            KVM_REG_ARM64_SYSREG,
        ),
        c(
            "KVM_REG_ARM64_SYSREG_OP0_MASK",
            "KVM_REG_ARM64_SYSREG_OP0_MASK",
            KVM_REG_ARM64_SYSREG_OP0_MASK,
        ),
        c(
            "KVM_REG_ARM64_SYSREG_OP0_SHIFT",
            "KVM_REG_ARM64_SYSREG_OP0_SHIFT",
            KVM_REG_ARM64_SYSREG_OP0_SHIFT.into(),
        ),
        c(
            "KVM_REG_ARM64_SYSREG_OP1_MASK",
            "KVM_REG_ARM64_SYSREG_OP1_MASK",
            KVM_REG_ARM64_SYSREG_OP1_MASK,
        ),
        c(
            "KVM_REG_ARM64_SYSREG_OP1_SHIFT",
            "KVM_REG_ARM64_SYSREG_OP1_SHIFT",
            KVM_REG_ARM64_SYSREG_OP1_SHIFT.into(),
        ),
        c(
            "KVM_REG_ARM64_SYSREG_CRN_MASK",
            "KVM_REG_ARM64_SYSREG_CRN_MASK",
            KVM_REG_ARM64_SYSREG_CRN_MASK,
        ),
        c(
            "KVM_REG_ARM64_SYSREG_CRN_SHIFT",
            "KVM_REG_ARM64_SYSREG_CRN_SHIFT",
            KVM_REG_ARM64_SYSREG_CRN_SHIFT.into(),
        ),
        c(
            "KVM_REG_ARM64_SYSREG_CRM_MASK",
            "KVM_REG_ARM64_SYSREG_CRM_MASK",
            KVM_REG_ARM64_SYSREG_CRM_MASK,
        ),
        c(
            "KVM_REG_ARM64_SYSREG_CRM_SHIFT",
            "KVM_REG_ARM64_SYSREG_CRM_SHIFT",
            KVM_REG_ARM64_SYSREG_CRM_SHIFT.into(),
        ),
        c(
            "KVM_REG_ARM64_SYSREG_OP2_MASK",
            "KVM_REG_ARM64_SYSREG_OP2_MASK",
            KVM_REG_ARM64_SYSREG_OP2_MASK,
        ),
        c(
            "KVM_REG_ARM64_SYSREG_OP2_SHIFT",
            "KVM_REG_ARM64_SYSREG_OP2_SHIFT",
            KVM_REG_ARM64_SYSREG_OP2_SHIFT.into(),
        ),
        c("KVM_REG_ARM_FW", "KVM_REG_ARM_FW", KVM_REG_ARM_FW),
        c("KVM_REG_ARM64_SVE", "KVM_REG_ARM64_SVE", KVM_REG_ARM64_SVE),
        c(
            "KVM_REG_ARM_FW_FEAT_BMAP",
            "KVM_REG_ARM_FW_FEAT_BMAP",
            KVM_REG_ARM_FW_FEAT_BMAP,
        ),
        c(
            "KVM_REG_ARM_TIMER_CTL",
            "KVM_REG_ARM_TIMER_CTL",
            KVM_REG_ARM_TIMER_CTL,
        ),
        c(
            "KVM_REG_ARM_TIMER_CVAL",
            "KVM_REG_ARM_TIMER_CVAL",
            KVM_REG_ARM_TIMER_CVAL,
        ),
        c(
            "KVM_REG_ARM_TIMER_CNT",
            "KVM_REG_ARM_TIMER_CNT",
            KVM_REG_ARM_TIMER_CNT,
        ),
        c(
            "KVM_REG_ARM_PTIMER_CTL",
            "KVM_REG_ARM_PTIMER_CTL",
            KVM_REG_ARM_PTIMER_CTL,
        ),
        c(
            "KVM_REG_ARM_PTIMER_CVAL",
            "KVM_REG_ARM_PTIMER_CVAL",
            KVM_REG_ARM_PTIMER_CVAL,
        ),
        c(
            "KVM_REG_ARM_PTIMER_CNT",
            "KVM_REG_ARM_PTIMER_CNT",
            KVM_REG_ARM_PTIMER_CNT,
        ),
        c(
            "KVM_REG_ARM_PSCI_VERSION",
            "KVM_REG_ARM_PSCI_VERSION",
            KVM_REG_ARM_PSCI_VERSION,
        ),
        c(
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1",
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1",
            KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1,
        ),
        c(
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2",
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2",
            KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2,
        ),
        c(
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3",
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3",
            KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3,
        ),
        c(
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_NOT_AVAIL",
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_NOT_AVAIL",
            KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_NOT_AVAIL,
        ),
        c(
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_AVAIL",
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_AVAIL",
            KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_AVAIL,
        ),
        c(
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_NOT_REQUIRED",
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_NOT_REQUIRED",
            KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_NOT_REQUIRED,
        ),
        c(
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_AVAIL",
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_AVAIL",
            KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_AVAIL,
        ),
        c(
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_UNKNOWN",
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_UNKNOWN",
            KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_UNKNOWN,
        ),
        c(
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_AVAIL",
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_AVAIL",
            KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_AVAIL,
        ),
        c(
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_REQUIRED",
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_REQUIRED",
            KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_REQUIRED,
        ),
        c(
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_ENABLED",
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_ENABLED",
            KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_ENABLED,
        ),
        c(
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_NOT_AVAIL",
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_NOT_AVAIL",
            KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_NOT_AVAIL,
        ),
        c(
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_AVAIL",
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_AVAIL",
            KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_AVAIL,
        ),
        c(
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_NOT_REQUIRED",
            "KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_NOT_REQUIRED",
            KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_NOT_REQUIRED,
        ),
        c(
            "KVM_REG_ARM_STD_BMAP",
            "KVM_REG_ARM_STD_BMAP",
            KVM_REG_ARM_STD_BMAP,
        ),
        c(
            "KVM_REG_ARM_STD_HYP_BMAP",
            "KVM_REG_ARM_STD_HYP_BMAP",
            KVM_REG_ARM_STD_HYP_BMAP,
        ),
        c(
            "KVM_REG_ARM_VENDOR_HYP_BMAP",
            "KVM_REG_ARM_VENDOR_HYP_BMAP",
            KVM_REG_ARM_VENDOR_HYP_BMAP,
        ),
        c(
            "KVM_REG_ARM_VENDOR_HYP_BMAP_2",
            "KVM_REG_ARM_VENDOR_HYP_BMAP_2",
            KVM_REG_ARM_VENDOR_HYP_BMAP_2,
        ),
        c(
            "KVM_REG_ARM64_SVE_ZREG_BASE",
            "KVM_REG_ARM64_SVE_ZREG_BASE",
            KVM_REG_ARM64_SVE_ZREG_BASE,
        ),
        c(
            "KVM_REG_ARM64_SVE_PREG_BASE",
            "KVM_REG_ARM64_SVE_PREG_BASE",
            KVM_REG_ARM64_SVE_PREG_BASE,
        ),
        c(
            "KVM_REG_ARM64_SVE_FFR_BASE",
            "KVM_REG_ARM64_SVE_FFR_BASE",
            KVM_REG_ARM64_SVE_FFR_BASE,
        ),
        c(
            "KVM_ARM64_SVE_NUM_ZREGS",
            "KVM_ARM64_SVE_NUM_ZREGS",
            KVM_ARM64_SVE_NUM_ZREGS,
        ),
        c(
            "KVM_ARM64_SVE_NUM_PREGS",
            "KVM_ARM64_SVE_NUM_PREGS",
            KVM_ARM64_SVE_NUM_PREGS,
        ),
        c(
            "KVM_ARM64_SVE_MAX_SLICES",
            "KVM_ARM64_SVE_MAX_SLICES",
            KVM_ARM64_SVE_MAX_SLICES,
        ),
        c(
            "KVM_REG_ARM64_SVE_VLS",
            "KVM_REG_ARM64_SVE_VLS",
            KVM_REG_ARM64_SVE_VLS,
        ),
        c(
            "KVM_ARM_VCPU_POWER_OFF",
            "KVM_ARM_VCPU_POWER_OFF",
            KVM_ARM_VCPU_POWER_OFF.into(),
        ),
        c(
            "KVM_ARM_VCPU_EL1_32BIT",
            "KVM_ARM_VCPU_EL1_32BIT",
            KVM_ARM_VCPU_EL1_32BIT.into(),
        ),
        c(
            "KVM_ARM_VCPU_PSCI_0_2",
            "KVM_ARM_VCPU_PSCI_0_2",
            KVM_ARM_VCPU_PSCI_0_2.into(),
        ),
        c(
            "KVM_ARM_VCPU_PMU_V3",
            "KVM_ARM_VCPU_PMU_V3",
            KVM_ARM_VCPU_PMU_V3.into(),
        ),
        c(
            "KVM_ARM_VCPU_SVE",
            "KVM_ARM_VCPU_SVE",
            KVM_ARM_VCPU_SVE.into(),
        ),
        c(
            "KVM_ARM_VCPU_PTRAUTH_ADDRESS",
            "KVM_ARM_VCPU_PTRAUTH_ADDRESS",
            KVM_ARM_VCPU_PTRAUTH_ADDRESS.into(),
        ),
        c(
            "KVM_ARM_VCPU_PTRAUTH_GENERIC",
            "KVM_ARM_VCPU_PTRAUTH_GENERIC",
            KVM_ARM_VCPU_PTRAUTH_GENERIC.into(),
        ),
        c(
            "KVM_ARM_VCPU_HAS_EL2",
            "KVM_ARM_VCPU_HAS_EL2",
            KVM_ARM_VCPU_HAS_EL2.into(),
        ),
        c("KVM_NR_SPSR", "KVM_NR_SPSR", KVM_NR_SPSR as u64),
        c(
            "KVM_EXIT_HYPERCALL",
            "KVM_EXIT_HYPERCALL",
            KVM_EXIT_HYPERCALL.into(),
        ),
        c(
            "KVM_EXIT_SYSTEM_EVENT",
            "KVM_EXIT_SYSTEM_EVENT",
            KVM_EXIT_SYSTEM_EVENT.into(),
        ),
        c(
            "KVM_SYSTEM_EVENT_SHUTDOWN",
            "KVM_SYSTEM_EVENT_SHUTDOWN",
            KVM_SYSTEM_EVENT_SHUTDOWN.into(),
        ),
        c(
            "KVM_SYSTEM_EVENT_RESET",
            "KVM_SYSTEM_EVENT_RESET",
            KVM_SYSTEM_EVENT_RESET.into(),
        ),
        c(
            "KVM_SYSTEM_EVENT_SUSPEND",
            "KVM_SYSTEM_EVENT_SUSPEND",
            KVM_SYSTEM_EVENT_SUSPEND.into(),
        ),
        c(
            "KVM_SYSTEM_EVENT_RESET_FLAG_PSCI_RESET2",
            "KVM_SYSTEM_EVENT_RESET_FLAG_PSCI_RESET2",
            KVM_SYSTEM_EVENT_RESET_FLAG_PSCI_RESET2,
        ),
        c(
            "KVM_SYSTEM_EVENT_SHUTDOWN_FLAG_PSCI_OFF2",
            "KVM_SYSTEM_EVENT_SHUTDOWN_FLAG_PSCI_OFF2",
            KVM_SYSTEM_EVENT_SHUTDOWN_FLAG_PSCI_OFF2,
        ),
        c(
            "KVM_HYPERCALL_EXIT_SMC",
            "KVM_HYPERCALL_EXIT_SMC",
            KVM_HYPERCALL_EXIT_SMC,
        ),
        c(
            "KVM_HYPERCALL_EXIT_16BIT",
            "KVM_HYPERCALL_EXIT_16BIT",
            KVM_HYPERCALL_EXIT_16BIT,
        ),
        c(
            "KVM_REG_FEATURE_LEVEL_MASK",
            "KVM_REG_FEATURE_LEVEL_MASK",
            KVM_REG_FEATURE_LEVEL_MASK,
        ),
        c("ENOENT", "ENOENT", ENOENT as u64),
        c("ENOMEM", "ENOMEM", ENOMEM as u64),
        c("EBUSY", "EBUSY", EBUSY as u64),
        c("EEXIST", "EEXIST", EEXIST as u64),
        c("EINVAL", "EINVAL", EINVAL as u64),
        c("KVM_GET_ONE_REG", "KVM_GET_ONE_REG", KVM_GET_ONE_REG.into()),
        c("KVM_SET_ONE_REG", "KVM_SET_ONE_REG", KVM_SET_ONE_REG.into()),
        c(
            "KVM_GET_REG_LIST",
            "KVM_GET_REG_LIST",
            KVM_GET_REG_LIST.into(),
        ),
        c(
            "KVM_ARM_VCPU_INIT",
            "KVM_ARM_VCPU_INIT",
            KVM_ARM_VCPU_INIT.into(),
        ),
        c(
            "KVM_REG_ARM_CORE",
            "sizeof(struct kvm_regs)",
            core::mem::size_of::<kvm_regs>() as u64,
        ),
    ];
    let core = |field: &str, size: &str| {
        format!("KVM_REG_ARM64 | {size} | KVM_REG_ARM_CORE | KVM_REG_ARM_CORE_REG({field})")
    };
    let mut push = |name: String, expr: String, ours: u64| {
        v.push(Check {
            key: "KVM_REG_ARM_CORE_REG",
            name,
            expr,
            ours,
        });
    };
    for i in 0..31 {
        push(
            format!("core regs.regs[{i}]"),
            core(&format!("regs.regs[{i}]"), "KVM_REG_SIZE_U64"),
            core_x(i),
        );
    }
    push(
        "core regs.sp".into(),
        core("regs.sp", "KVM_REG_SIZE_U64"),
        CORE_SP,
    );
    push(
        "core regs.pc".into(),
        core("regs.pc", "KVM_REG_SIZE_U64"),
        CORE_PC,
    );
    push(
        "core regs.pstate".into(),
        core("regs.pstate", "KVM_REG_SIZE_U64"),
        CORE_PSTATE,
    );
    push(
        "core sp_el1".into(),
        core("sp_el1", "KVM_REG_SIZE_U64"),
        CORE_SP_EL1,
    );
    push(
        "core elr_el1".into(),
        core("elr_el1", "KVM_REG_SIZE_U64"),
        CORE_ELR_EL1,
    );
    for i in 0..KVM_NR_SPSR {
        push(
            format!("core spsr[{i}]"),
            core(&format!("spsr[{i}]"), "KVM_REG_SIZE_U64"),
            core_spsr(i),
        );
    }
    for i in 0..32 {
        push(
            format!("core vregs[{i}]"),
            core(&format!("fp_regs.vregs[{i}]"), "KVM_REG_SIZE_U128"),
            core_vreg(i),
        );
    }
    push(
        "core fpsr".into(),
        core("fp_regs.fpsr", "KVM_REG_SIZE_U32"),
        CORE_FPSR,
    );
    push(
        "core fpcr".into(),
        core("fp_regs.fpcr", "KVM_REG_SIZE_U32"),
        CORE_FPCR,
    );
    for (n, i) in [(0u64, 0u64), (31, 0), (5, 31), (17, 3)] {
        v.push(Check {
            key: "KVM_REG_ARM64_SVE_ZREG",
            name: format!("SVE_ZREG({n},{i})"),
            expr: format!("KVM_REG_ARM64_SVE_ZREG({n},{i})"),
            ours: sve_zreg(n, i),
        });
        v.push(Check {
            key: "KVM_REG_ARM64_SVE_PREG",
            name: format!("SVE_PREG({},{i})", n % 16),
            expr: format!("KVM_REG_ARM64_SVE_PREG({},{i})", n % 16),
            ours: sve_preg(n % 16, i),
        });
    }
    for i in [0u64, 31] {
        v.push(Check {
            key: "KVM_REG_ARM64_SVE_FFR",
            name: format!("SVE_FFR({i})"),
            expr: format!("KVM_REG_ARM64_SVE_FFR({i})"),
            ours: sve_ffr(i),
        });
    }
    // Every generated register's ONE_REG id against ARM64_SYS_REG, except the timer pair,
    // which must equal KVM's swapped ids.
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
        v.push(Check {
            key: "ARM64_SYS_REG",
            name: format!("{} ONE_REG", r.name),
            expr,
            ours: one_reg_id(e),
        });
    }
    v
}

#[test]
fn kvm_uapi_matches_the_arm64_cross_headers() {
    let Some(inc) = t::arm64_uapi_include() else {
        return;
    };
    let checks = checks();
    let mut prog = String::from(
        "#include <stdio.h>\n#include <stddef.h>\n#include <linux/kvm.h>\n#include <asm-generic/errno-base.h>\nint main(void) {\n",
    );
    for (i, ch) in checks.iter().enumerate() {
        prog.push_str(&format!(
            "#ifdef {key}\n  printf(\"{i} %#llx\\n\", (unsigned long long)({expr}));\n#else\n  printf(\"{i} MISSING\\n\");\n#endif\n",
            key = ch.key,
            expr = ch.expr
        ));
    }
    prog.push_str("  return 0;\n}\n");
    let out = t::run_c("uapi-oracle", &prog, &["-I", inc.to_str().unwrap()]);
    let got: BTreeMap<usize, String> = out
        .lines()
        .filter_map(|l| l.split_once(' '))
        .map(|(i, v)| (i.parse().unwrap(), v.to_string()))
        .collect();
    assert_eq!(got.len(), checks.len());
    let mut mismatches = Vec::new();
    let mut missing = Vec::new();
    for (i, ch) in checks.iter().enumerate() {
        let v = &got[&i];
        if v == "MISSING" {
            missing.push(ch.name.clone());
        } else if *v != format!("{:#x}", ch.ours) && !(ch.ours == 0 && v == "0") {
            mismatches.push(format!("{}: header {v}, ours {:#x}", ch.name, ch.ours));
        }
    }
    let known: Vec<String> = KNOWN_MISSING.iter().map(|(n, _)| n.to_string()).collect();
    eprintln!(
        "uapi oracle: {} values compared, {} mismatches, {} known-missing in the 6.1.4 header",
        checks.len() - missing.len(),
        mismatches.len(),
        missing.len()
    );
    assert_eq!(mismatches, Vec::<String>::new());
    assert_eq!(
        missing, known,
        "only the listed newer macros may be missing"
    );
}

#[test]
fn facts_table_register_ids() {
    // The verified values in shared/facts/sysreg.md §1.8.
    use arm64_uapi::sysreg::Encoding;
    assert_eq!(
        one_reg_id(Encoding::new(3, 0, 0, 0, 5)),
        0x6030_0000_0013_c005
    );
    assert_eq!(
        one_reg_id(Encoding::new(3, 0, 1, 0, 0)),
        0x6030_0000_0013_c080
    );
    assert_eq!(KVM_REG_ARM_TIMER_CNT, 0x6030_0000_0013_df1a);
    assert_eq!(KVM_REG_ARM_TIMER_CVAL, 0x6030_0000_0013_df02);
    assert_eq!(KVM_REG_ARM_TIMER_CTL, 0x6030_0000_0013_df19);
    assert_eq!(core_x(0), 0x6030_0000_0010_0000);
    assert_eq!(CORE_PC, 0x6030_0000_0010_0040);
    assert_eq!(CORE_PSTATE, 0x6030_0000_0010_0042);
    assert_eq!(CORE_SP_EL1, 0x6030_0000_0010_0044);
    assert_eq!(core_vreg(0), 0x6040_0000_0010_0054);
    assert_eq!(CORE_FPSR, 0x6020_0000_0010_00d4);
    assert_eq!(KVM_GET_ONE_REG, 0x4010_aeab);
    assert_eq!(KVM_SET_ONE_REG, 0x4010_aeac);
    assert_eq!(KVM_GET_REG_LIST, 0xc008_aeb0);
    assert_eq!(KVM_ARM_VCPU_INIT, 0x4020_aeae);
}

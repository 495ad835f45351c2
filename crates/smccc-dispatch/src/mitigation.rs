//! The answers to the CPU-vulnerability mitigation calls, decided per
//! [`Mitigation`] in one place.
//!
//! Every function here is an exhaustive `match` over the generated mitigation enum with no
//! wildcard: when Arm assigns a new WORKAROUND and it is added to `defs/smccc`, this crate
//! stops compiling until each answer is decided (`scripts/check-new-mitigation` proves it).

use arm64_uapi::kvm::{
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1, KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_AVAIL,
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_NOT_AVAIL,
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_NOT_REQUIRED, KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2,
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_AVAIL,
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_REQUIRED, KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3,
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_AVAIL, KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_NOT_AVAIL,
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_NOT_REQUIRED,
};
use arm64_uapi::smccc::{ARCH, Mitigation, ret::SMCCC};

/// The host's state for one vulnerability (KVM's `enum mitigation_state`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum MitigationState {
    /// `SPECTRE_VULNERABLE`: affected and not mitigated.
    Vulnerable,
    /// `SPECTRE_MITIGATED`: affected; the host mitigates (the call is needed).
    Mitigated,
    /// `SPECTRE_UNAFFECTED`: the CPUs are not affected.
    Unaffected,
}

/// KVM's EL2 vectors answer an HVC with this id by X0 = 0 before any other decision
/// (`hyp-entry.S`, `el1_sync`); the guest's X1 is clobbered to 0 by the check.
pub const fn hvc_fast_path(m: Mitigation) -> bool {
    match m {
        Mitigation::WORKAROUND_1 | Mitigation::WORKAROUND_2 | Mitigation::WORKAROUND_3 => true,
        // Discovery only (linux-next): never needs calling, not in the vectors.
        Mitigation::WORKAROUND_4 => false,
    }
}

/// `SMCCC_ARCH_FEATURES(m)`: the answer for host state `s` (`kvm_smccc_call_handler`).
/// `guest_ssbs`: the guest sees SSBS, which then carries WORKAROUND_2's mitigation.
pub const fn arch_features(m: Mitigation, s: MitigationState, guest_ssbs: bool) -> i32 {
    use MitigationState::{Mitigated, Unaffected, Vulnerable};
    // The positive "safe, not required" answer (DEN0028): a small constant, exact in i32.
    const UNAFFECTED: i32 = ARCH::WORKAROUND_RET_UNAFFECTED as i32;
    match m {
        Mitigation::WORKAROUND_1 | Mitigation::WORKAROUND_3 => match s {
            Vulnerable => SMCCC::NOT_SUPPORTED,
            Mitigated => SMCCC::SUCCESS,
            Unaffected => UNAFFECTED,
        },
        Mitigation::WORKAROUND_2 => match s {
            Vulnerable => SMCCC::NOT_SUPPORTED,
            Mitigated if guest_ssbs => SMCCC::NOT_SUPPORTED,
            Mitigated | Unaffected => SMCCC::NOT_REQUIRED,
        },
        // linux-next (Mar 2025): SUCCESS only when unaffected; mainline KVM has no case for it
        // and answers NOT_SUPPORTED, which is what a vulnerable or mitigated host gets here.
        Mitigation::WORKAROUND_4 => match s {
            Unaffected => SMCCC::SUCCESS,
            Vulnerable | Mitigated => SMCCC::NOT_SUPPORTED,
        },
    }
}

/// How a write to a workaround firmware register is validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WriteRule {
    /// WORKAROUND_1/3: a level ≤ 0xf, at most the host's level.
    AtMostHostLevel,
    /// WORKAROUND_2: level bits plus ENABLED (only with AVAIL); {NOT_AVAIL, UNKNOWN} and
    /// {AVAIL, NOT_REQUIRED} are compared as NOT_AVAIL and NOT_REQUIRED.
    Wa2,
}

/// A mitigation's firmware pseudo-register (`KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_n`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FwRegister {
    /// The ONE_REG id.
    pub id: u64,
    /// What a read returns: the host's level (`get_kernel_wa_level`); higher is safer.
    pub level: u64,
    /// How a write is checked (writes store nothing).
    pub rule: WriteRule,
}

/// The firmware register KVM exposes for `m` on a host in state `s`, if any.
pub const fn firmware_register(
    m: Mitigation,
    s: MitigationState,
    guest_ssbs: bool,
) -> Option<FwRegister> {
    use MitigationState::{Mitigated, Unaffected, Vulnerable};
    match m {
        Mitigation::WORKAROUND_1 => Some(FwRegister {
            id: KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1,
            level: match s {
                Vulnerable => KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_NOT_AVAIL,
                Mitigated => KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_AVAIL,
                Unaffected => KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_NOT_REQUIRED,
            },
            rule: WriteRule::AtMostHostLevel,
        }),
        Mitigation::WORKAROUND_2 => Some(FwRegister {
            id: KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2,
            level: match s {
                Vulnerable => KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_AVAIL,
                Mitigated if guest_ssbs => KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_AVAIL,
                Mitigated | Unaffected => KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_REQUIRED,
            },
            rule: WriteRule::Wa2,
        }),
        Mitigation::WORKAROUND_3 => Some(FwRegister {
            id: KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3,
            level: match s {
                Vulnerable => KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_NOT_AVAIL,
                Mitigated => KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_AVAIL,
                Unaffected => KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_NOT_REQUIRED,
            },
            rule: WriteRule::AtMostHostLevel,
        }),
        // KVM (Linux 7.2 `hypercalls.c`) lists no WORKAROUND_4 register and gives no answer.
        Mitigation::WORKAROUND_4 => None,
    }
}

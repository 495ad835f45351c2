//! PSCI (DEN0022) as KVM implements it: `kvm_psci_call` with `kvm_psci_0_2_call`,
//! `kvm_psci_1_x_call` and, without `KVM_ARM_VCPU_PSCI_0_2`, `kvm_psci_0_1_call` on KVM's
//! private ids (Linux 7.2 `arch/arm64/kvm/psci.c`). The only calls that change another
//! vCPU's state live here: CPU_ON, and SYSTEM_OFF/RESET stopping every vCPU.

use arm64_uapi::kvm::{
    KVM_SYSTEM_EVENT_RESET_FLAG_PSCI_RESET2, KVM_SYSTEM_EVENT_SHUTDOWN_FLAG_PSCI_OFF2,
};
use arm64_uapi::regs::MPIDR_EL1;
use arm64_uapi::smccc::{
    ARCH, FunctionId, KVM_PSCI_0_1, PSCI,
    ret::{KVM_PSCI as KRET, PSCI as PRET},
};
use core::sync::atomic::Ordering;

use crate::outcome::{Action, CpuOn, Outcome, RegWrites, SystemEvent, SystemEventExit, Trap};
use crate::vm::{MPIDR_HWID_MASK, NOT_SUPPORTED_OUTCOME, Vm, sx};

/// AFFINITY_INFO's mask for lowest affinity level 0..=3 (KVM `psci_affinity_mask`).
const AFFINITY_MASKS: [u64; 4] = [
    MPIDR_HWID_MASK,
    MPIDR_EL1::Aff3::MASK | MPIDR_EL1::Aff2::MASK | MPIDR_EL1::Aff1::MASK,
    MPIDR_EL1::Aff3::MASK | MPIDR_EL1::Aff2::MASK,
    MPIDR_EL1::Aff3::MASK,
];

impl<const VCPUS: usize, const RANGES: usize> Vm<VCPUS, RANGES> {
    /// A PSCI 0.2+ call (`kvm_psci_call`): no SMC64 ids from AArch32; with PSCI 0.1 KVM's
    /// NOT_IMPLEMENTED; PSCI_VERSION answers the version (0.2 → `KVM_ARM_PSCI_0_2`, 1.x →
    /// `PSCI_VERSION(1, x)`).
    #[inline(never)]
    pub(crate) fn psci_call(
        &self,
        vcpu: usize,
        trap: Trap,
        f: PSCI::Function,
        x: &[u64; 4],
    ) -> Outcome {
        let id = FunctionId(f as u32);
        if trap.aarch32 && id.is_64() {
            return NOT_SUPPORTED_OUTCOME;
        }
        let version = self.fw.psci_version();
        if version == PSCI::VERSION_0_1 {
            return Outcome::ret([sx(KRET::NI), 0, 0, 0]);
        }
        if f == PSCI::Function::PSCI_VERSION {
            return Outcome::ret([u64::from(version), 0, 0, 0]);
        }
        let minor = if version == PSCI::VERSION_0_2 {
            None
        } else {
            Some(version & PSCI::VERSION_MINOR_MASK)
        };
        self.psci_0_2_call(vcpu, trap, PsciCall::with_args(f, id, x), minor)
    }

    /// `kvm_psci_0_2_call` and `kvm_psci_1_x_call` at minor version `minor` (`None`: 0.2).
    #[inline(never)]
    fn psci_0_2_call(
        &self,
        vcpu: usize,
        trap: Trap,
        call: PsciCall,
        minor: Option<u32>,
    ) -> Outcome {
        use PSCI::Function as F;
        let v1 = minor.is_some();
        let m = minor.unwrap_or(0);
        let is_64 = FunctionId(call.function as u32).is_64();
        // -6 in X0 so that a VMM resuming the vCPU makes the call fail.
        let failure = sx(PRET::INTERNAL_FAILURE);
        // The functions without arguments first, then the decoder's typed arguments.
        let code = match call.function {
            F::CPU_OFF => return self.cpu_off(vcpu),
            F::MIGRATE_INFO_TYPE => PSCI::TOS_MP as i32,
            F::SYSTEM_OFF => {
                let regs = RegWrites::all([failure, 0, 0, 0]);
                return self.system_event(SystemEvent::Shutdown, 0, regs);
            }
            F::SYSTEM_RESET => {
                let regs = RegWrites::all([failure, 0, 0, 0]);
                return self.system_event(SystemEvent::Reset, 0, regs);
            }
            F::SYSTEM_SUSPEND_32 | F::SYSTEM_SUSPEND_64 if v1 && self.system_suspend => {
                // Registers untouched but for the narrowing, which the VMM reads back.
                let [a1, a2, a3] = call.args;
                let regs = if is_64 {
                    RegWrites::NONE
                } else {
                    RegWrites {
                        mask: 0b1110,
                        x: [0, a1, a2, a3],
                    }
                };
                return Outcome {
                    regs,
                    action: Action::SystemEvent(SystemEventExit {
                        event: SystemEvent::Suspend,
                        flags: 0,
                    }),
                };
            }
            _ => match call.args() {
                // Every power state is emulated as WFI, registers preserved.
                PsciArgs::CpuSuspend { .. } => {
                    return Outcome {
                        regs: RegWrites::all([sx(PRET::SUCCESS), 0, 0, 0]),
                        action: Action::WaitForInterrupt,
                    };
                }
                PsciArgs::CpuOn {
                    target,
                    entry,
                    context_id,
                } => return self.cpu_on(trap, target, entry, context_id, sx(PRET::ALREADY_ON)),
                PsciArgs::AffinityInfo {
                    target,
                    lowest_level,
                } => self.affinity_info(target, lowest_level),
                PsciArgs::Features { function_id } if v1 => {
                    self.psci_features(trap, FunctionId(function_id), m)
                }
                PsciArgs::SystemReset2 { reset_type, .. } if v1 && m >= 1 => {
                    // KVM: `arg <= WARM_RESET || arg >= VENDOR_START`: 0 or vendor-specific.
                    if reset_type == PSCI::RESET_TYPE_SYSTEM_WARM_RESET
                        || reset_type >= PSCI::RESET_TYPE_VENDOR_START
                    {
                        // Only X0 is written (`vcpu_set_reg`); the narrowing stays visible.
                        let [a1, a2, a3] = call.args;
                        let regs = if is_64 {
                            RegWrites::x0(failure)
                        } else {
                            RegWrites::all([failure, a1, a2, a3])
                        };
                        let flags = KVM_SYSTEM_EVENT_RESET_FLAG_PSCI_RESET2;
                        return self.system_event(SystemEvent::Reset, flags, regs);
                    }
                    PRET::INVALID_PARAMETERS
                }
                PsciArgs::SystemOff2 { off_type, cookie } if v1 && m >= 3 => {
                    // Type 0 is DEN0022 F.b's alias of HIBERNATE_OFF; the cookie must be 0.
                    if (off_type != 0 && off_type != PSCI::SYSTEM_OFF2_TYPE_HIBERNATE_OFF)
                        || cookie != 0
                    {
                        PRET::INVALID_PARAMETERS
                    } else {
                        let regs = RegWrites::all([failure, 0, 0, 0]);
                        let flags = KVM_SYSTEM_EVENT_SHUTDOWN_FLAG_PSCI_OFF2;
                        return self.system_event(SystemEvent::Shutdown, flags, regs);
                    }
                }
                _ => PRET::NOT_SUPPORTED,
            },
        };
        Outcome::ret([sx(code), 0, 0, 0])
    }

    /// KVM's PSCI 0.1 ids: implemented only without `KVM_ARM_VCPU_PSCI_0_2` (0.2+ answers
    /// NOT_SUPPORTED for them), and then only CPU_OFF and CPU_ON.
    #[inline(never)]
    pub(crate) fn psci_0_1_call(
        &self,
        vcpu: usize,
        trap: Trap,
        f: KVM_PSCI_0_1::Function,
        x: &[u64; 4],
    ) -> Outcome {
        if self.fw.psci_version() != PSCI::VERSION_0_1 {
            return Outcome::ret([sx(PRET::NOT_SUPPORTED), 0, 0, 0]);
        }
        match f {
            KVM_PSCI_0_1::Function::CPU_OFF => self.cpu_off(vcpu),
            KVM_PSCI_0_1::Function::CPU_ON => self.cpu_on(trap, x[1], x[2], x[3], sx(KRET::INVAL)),
            KVM_PSCI_0_1::Function::CPU_SUSPEND | KVM_PSCI_0_1::Function::MIGRATE => {
                Outcome::ret([sx(KRET::NI), 0, 0, 0])
            }
        }
    }

    /// PSCI_FEATURES (1.0+): what KVM implements at minor version `m`.
    fn psci_features(&self, trap: Trap, q: FunctionId, m: u32) -> i32 {
        use PSCI::Function as F;
        if q.is_64() && trap.aarch32 {
            return PRET::NOT_SUPPORTED;
        }
        if q == ARCH::VERSION {
            return PRET::SUCCESS;
        }
        let Ok(f) = F::try_from(q.0) else {
            return PRET::NOT_SUPPORTED;
        };
        match f {
            F::PSCI_VERSION
            | F::CPU_SUSPEND_32
            | F::CPU_SUSPEND_64
            | F::CPU_OFF
            | F::CPU_ON_32
            | F::CPU_ON_64
            | F::AFFINITY_INFO_32
            | F::AFFINITY_INFO_64
            | F::MIGRATE_INFO_TYPE
            | F::SYSTEM_OFF
            | F::SYSTEM_RESET
            | F::PSCI_FEATURES => PRET::SUCCESS,
            F::SYSTEM_SUSPEND_32 | F::SYSTEM_SUSPEND_64 if self.system_suspend => PRET::SUCCESS,
            F::SYSTEM_RESET2_32 | F::SYSTEM_RESET2_64 if m >= 1 => PRET::SUCCESS,
            // A bitmask of supported types: HIBERNATE_OFF.
            F::SYSTEM_OFF2_32 | F::SYSTEM_OFF2_64 if m >= 3 => {
                PSCI::SYSTEM_OFF2_TYPE_HIBERNATE_OFF as i32
            }
            _ => PRET::NOT_SUPPORTED,
        }
    }

    /// CPU_OFF: the caller stops (its own state only).
    fn cpu_off(&self, vcpu: usize) -> Outcome {
        if let Some(v) = self.vcpus().get(vcpu) {
            v.set_on(false);
        }
        Outcome {
            regs: RegWrites::all([sx(PRET::SUCCESS), 0, 0, 0]),
            action: Action::PowerOff,
        }
    }

    /// `kvm_psci_vcpu_on`; `already_on` is ALREADY_ON (0.2+) or INVAL (0.1).
    fn cpu_on(&self, trap: Trap, target: u64, entry: u64, ctx: u64, already_on: u64) -> Outcome {
        let invalid = Outcome::ret([sx(PRET::INVALID_PARAMETERS), 0, 0, 0]);
        if target & !MPIDR_HWID_MASK != 0 {
            return invalid;
        }
        let Some((i, v)) = self
            .vcpus()
            .iter()
            .enumerate()
            .find(|(_, v)| v.mpidr == target)
        else {
            return invalid;
        };
        // `mp_state_lock`: of concurrent CPU_ONs of one target exactly one succeeds.
        if v.on
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .is_err()
        {
            return Outcome::ret([already_on, 0, 0, 0]);
        }
        Outcome {
            regs: RegWrites::all([sx(PRET::SUCCESS), 0, 0, 0]),
            action: Action::PowerOn(CpuOn {
                target: i,
                entry,
                context_id: ctx,
                big_endian: trap.big_endian,
            }),
        }
    }

    /// `kvm_psci_vcpu_affinity_info`.
    fn affinity_info(&self, target: u64, level: u64) -> i32 {
        if target & !MPIDR_HWID_MASK != 0 {
            return PRET::INVALID_PARAMETERS;
        }
        let Some(&mask) = usize::try_from(level)
            .ok()
            .and_then(|l| AFFINITY_MASKS.get(l))
        else {
            return PRET::INVALID_PARAMETERS;
        };
        let target = target & mask;
        let mut matching = false;
        for v in self.vcpus() {
            if v.mpidr & mask == target {
                matching = true;
                if v.is_on() {
                    return PSCI::AFFINITY_LEVEL_ON as i32;
                }
            }
        }
        if matching {
            PSCI::AFFINITY_LEVEL_OFF as i32
        } else {
            PRET::INVALID_PARAMETERS
        }
    }

    /// `kvm_prepare_system_event`: every vCPU stopped, then the exit.
    fn system_event(&self, event: SystemEvent, flags: u64, regs: RegWrites) -> Outcome {
        for v in self.vcpus() {
            v.set_on(false);
        }
        Outcome {
            regs,
            action: Action::SystemEvent(SystemEventExit { event, flags }),
        }
    }
}

// ---- the call and its typed arguments ---------------------------------------------------

/// A PSCI call: the function and its three arguments as KVM reads them (zero-extended to 32
/// bits for an SMC32/HVC32 id). [`PsciCall::args`] gives the typed view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PsciCall {
    /// The function (one id of DEN0022 5.1).
    pub function: PSCI::Function,
    /// X1–X3 (W1–W3 zero-extended for the SMC32 form).
    pub args: [u64; 3],
}

/// The arguments of a PSCI call by function (DEN0022 5.1), with KVM's widths: 32-bit
/// fields are read as the low 32 bits (`u32 arg = smccc_get_arg1()`), the rest as given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PsciArgs {
    /// PSCI_VERSION, CPU_OFF, MIGRATE_INFO_TYPE, SYSTEM_OFF, SYSTEM_RESET, CPU_FREEZE,
    /// MIGRATE_INFO_UP_CPU.
    None,
    /// CPU_SUSPEND.
    CpuSuspend {
        /// power_state.
        power_state: u32,
        /// Entry point for a power-down state.
        entry: u64,
        /// Context id.
        context_id: u64,
    },
    /// CPU_ON.
    CpuOn {
        /// Target MPIDR.
        target: u64,
        /// Entry point.
        entry: u64,
        /// Context id.
        context_id: u64,
    },
    /// AFFINITY_INFO.
    AffinityInfo {
        /// Target affinity.
        target: u64,
        /// Lowest affinity level (KVM compares the whole register with 3).
        lowest_level: u64,
    },
    /// MIGRATE.
    Migrate {
        /// Target MPIDR.
        target: u64,
    },
    /// PSCI_FEATURES.
    Features {
        /// The queried function id.
        function_id: u32,
    },
    /// CPU_DEFAULT_SUSPEND, SYSTEM_SUSPEND.
    Entry {
        /// Entry point.
        entry: u64,
        /// Context id.
        context_id: u64,
    },
    /// NODE_HW_STATE.
    NodeHwState {
        /// Target MPIDR.
        target: u64,
        /// Power level.
        level: u32,
    },
    /// SET_SUSPEND_MODE.
    SetSuspendMode {
        /// 0 platform-coordinated, 1 OS-initiated.
        mode: u32,
    },
    /// STAT_RESIDENCY, STAT_COUNT.
    Stat {
        /// Target MPIDR.
        target: u64,
        /// power_state.
        power_state: u32,
    },
    /// SYSTEM_RESET2.
    SystemReset2 {
        /// Reset type (0 warm reset, bit 31 vendor).
        reset_type: u32,
        /// Cookie.
        cookie: u64,
    },
    /// MEM_PROTECT.
    MemProtect {
        /// Enable (non-zero).
        enable: u64,
    },
    /// MEM_PROTECT_CHECK_RANGE.
    MemProtectCheckRange {
        /// Base address.
        base: u64,
        /// Length.
        length: u64,
    },
    /// SYSTEM_OFF2.
    SystemOff2 {
        /// Type (1 HIBERNATE_OFF; 0 is its alias).
        off_type: u32,
        /// Cookie (must be 0).
        cookie: u64,
    },
}

impl PsciCall {
    /// The PSCI function whose id is `id`, if any: the generated `PSCI::Function` is the
    /// set (every function of `defs/smccc`'s PSCI service).
    #[inline]
    pub fn function_of(id: FunctionId) -> Option<PSCI::Function> {
        PSCI::Function::try_from(id.0).ok()
    }

    /// Decode X0–X3 (only W0 identifies the call). `None` if W0 is not a PSCI id.
    #[inline]
    pub fn decode(x: &[u64; 4]) -> Option<PsciCall> {
        let id = FunctionId::from_x0(x[0]);
        Some(Self::with_args(Self::function_of(id)?, id, x))
    }

    /// The call `function` (whose id is `id`) with X1–X3 of `x` read at the id's width.
    #[inline]
    pub const fn with_args(function: PSCI::Function, id: FunctionId, x: &[u64; 4]) -> PsciCall {
        let [_, x1, x2, x3] = *x;
        let mask = if id.is_64() {
            u64::MAX
        } else {
            u32::MAX as u64
        };
        PsciCall {
            function,
            args: [x1 & mask, x2 & mask, x3 & mask],
        }
    }

    /// The typed arguments. The match names every function of `defs/smccc`'s PSCI service:
    /// a function added there does not compile until its arguments are decided here.
    pub fn args(&self) -> PsciArgs {
        use PSCI::Function as F;
        let [a1, a2, a3] = self.args;
        match self.function {
            F::CPU_SUSPEND_32 | F::CPU_SUSPEND_64 => PsciArgs::CpuSuspend {
                power_state: a1 as u32,
                entry: a2,
                context_id: a3,
            },
            F::CPU_ON_32 | F::CPU_ON_64 => PsciArgs::CpuOn {
                target: a1,
                entry: a2,
                context_id: a3,
            },
            F::AFFINITY_INFO_32 | F::AFFINITY_INFO_64 => PsciArgs::AffinityInfo {
                target: a1,
                lowest_level: a2,
            },
            F::MIGRATE_32 | F::MIGRATE_64 => PsciArgs::Migrate { target: a1 },
            F::PSCI_FEATURES => PsciArgs::Features {
                function_id: a1 as u32,
            },
            F::CPU_DEFAULT_SUSPEND_32
            | F::CPU_DEFAULT_SUSPEND_64
            | F::SYSTEM_SUSPEND_32
            | F::SYSTEM_SUSPEND_64 => PsciArgs::Entry {
                entry: a1,
                context_id: a2,
            },
            F::NODE_HW_STATE_32 | F::NODE_HW_STATE_64 => PsciArgs::NodeHwState {
                target: a1,
                level: a2 as u32,
            },
            F::SET_SUSPEND_MODE => PsciArgs::SetSuspendMode { mode: a1 as u32 },
            F::STAT_RESIDENCY_32 | F::STAT_RESIDENCY_64 | F::STAT_COUNT_32 | F::STAT_COUNT_64 => {
                PsciArgs::Stat {
                    target: a1,
                    power_state: a2 as u32,
                }
            }
            F::SYSTEM_RESET2_32 | F::SYSTEM_RESET2_64 => PsciArgs::SystemReset2 {
                reset_type: a1 as u32,
                cookie: a2,
            },
            F::MEM_PROTECT => PsciArgs::MemProtect { enable: a1 },
            F::MEM_PROTECT_CHECK_RANGE_32 | F::MEM_PROTECT_CHECK_RANGE_64 => {
                PsciArgs::MemProtectCheckRange {
                    base: a1,
                    length: a2,
                }
            }
            F::SYSTEM_OFF2_32 | F::SYSTEM_OFF2_64 => PsciArgs::SystemOff2 {
                off_type: a1 as u32,
                cookie: a2,
            },
            F::PSCI_VERSION
            | F::CPU_OFF
            | F::MIGRATE_INFO_TYPE
            | F::MIGRATE_INFO_UP_CPU_32
            | F::MIGRATE_INFO_UP_CPU_64
            | F::SYSTEM_OFF
            | F::SYSTEM_RESET
            | F::CPU_FREEZE => PsciArgs::None,
        }
    }
}

//! Function-id classification and PSCI argument decoding, total over every input.
//!
//! [`route`] names the handler of a 32-bit id by exact match against the generated ids
//! (KVM matches the full `w0`; it advertises SMCCC 1.1 and so does not mask the SVE hint).
//! [`PsciCall::decode`] reads a PSCI call's arguments as KVM does: for an SMC32/HVC32 id the
//! arguments are zero-extended 32-bit values (`kvm_psci_narrow_to_32bit`).

use arm64_uapi::smccc::{ARCH, CPU, FUNCTIONS, FunctionId, KVM, KVM_PSCI_0_1, PSCI, PV_TIME, TRNG};

/// The service whose handler an id reaches, with the exact function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Route {
    /// Arm architecture call (DEN0028 7).
    Arch(ARCH::Function),
    /// CPU service call (OEN 1), a host-to-firmware call: KVM answers a guest NOT_SUPPORTED.
    Cpu(CPU::Function),
    /// PSCI 0.2+ (DEN0022).
    Psci(PSCI::Function),
    /// TRNG (DEN0098).
    Trng(TRNG::Function),
    /// Paravirtualised time (DEN0057).
    PvTime(PV_TIME::Function),
    /// KVM vendor hypervisor service.
    Kvm(KVM::Function),
    /// KVM's private PSCI 0.1 ids.
    KvmPsci01(KVM_PSCI_0_1::Function),
    /// Not in the definitions: KVM hands it to PSCI, which answers NOT_SUPPORTED.
    Unknown,
}

impl Route {
    /// The service name as `arm64_uapi::smccc::FunctionDesc::service` spells it.
    pub const fn service(self) -> Option<&'static str> {
        match self {
            Route::Arch(_) => Some("ARCH"),
            Route::Cpu(_) => Some("CPU"),
            Route::Psci(_) => Some("PSCI"),
            Route::Trng(_) => Some("TRNG"),
            Route::PvTime(_) => Some("PV_TIME"),
            Route::Kvm(_) => Some("KVM"),
            Route::KvmPsci01(_) => Some("KVM_PSCI_0_1"),
            Route::Unknown => None,
        }
    }
}

/// Owner byte (bits 31:24) of the SMCCC services, for the first split.
const fn top(id: FunctionId) -> u32 {
    id.0 >> 24
}
const ARCH32: u32 = top(ARCH::VERSION);
const ARCH64: u32 = top(ARCH::SOC_ID_64);
const CPU32: u32 = top(CPU::WORKAROUND_4193714);
const STD32: u32 = top(PSCI::PSCI_VERSION);
const STD64: u32 = top(PSCI::CPU_ON_64);
const STD_HYP64: u32 = top(PV_TIME::FEATURES);
const VENDOR32: u32 = top(KVM::FEATURES);
const VENDOR64: u32 = top(KVM::HYP_MEMINFO);
const KVM_PSCI01: u32 = top(KVM_PSCI_0_1::CPU_SUSPEND);

/// Bits 31:24 (call type, width, owner) under which the definitions have some function,
/// from the generated table `arm64_uapi::smccc::FUNCTIONS`: one load rejects every other id.
static DEFINED_TOP: [bool; 256] = defined_top();

#[allow(
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    reason = "const evaluation: an index out of range or an overflow is a compile error"
)]
const fn defined_top() -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < FUNCTIONS.len() {
        t[top(FUNCTIONS[i].id) as usize] = true;
        i += 1;
    }
    t
}

/// The handler for `id` (exact 32-bit match).
#[inline]
pub fn route(id: FunctionId) -> Route {
    let t = top(id);
    if !DEFINED_TOP.get(t as usize).copied().unwrap_or(false) {
        return Route::Unknown;
    }
    if t == ARCH32 || t == ARCH64 {
        if let Ok(f) = ARCH::Function::try_from(id.0) {
            return Route::Arch(f);
        }
    } else if t == CPU32 {
        if let Ok(f) = CPU::Function::try_from(id.0) {
            return Route::Cpu(f);
        }
    } else if t == STD32 || t == STD64 {
        if let Ok(f) = PSCI::Function::try_from(id.0) {
            return Route::Psci(f);
        }
        if let Ok(f) = TRNG::Function::try_from(id.0) {
            return Route::Trng(f);
        }
    } else if t == STD_HYP64 {
        if let Ok(f) = PV_TIME::Function::try_from(id.0) {
            return Route::PvTime(f);
        }
    } else if t == VENDOR32 || t == VENDOR64 {
        if let Ok(f) = KVM::Function::try_from(id.0) {
            return Route::Kvm(f);
        }
    } else if t == KVM_PSCI01 {
        if let Ok(f) = KVM_PSCI_0_1::Function::try_from(id.0) {
            return Route::KvmPsci01(f);
        }
    }
    Route::Unknown
}

/// PSCI function numbers (bits 15:0 of the id, the same for both widths), for dense
/// dispatch on the function.
pub mod psci_num {
    use arm64_uapi::smccc::PSCI;

    /// PSCI function number of `PSCI_VERSION` (either width).
    pub const VERSION: u16 = PSCI::PSCI_VERSION.number();
    /// PSCI function number of `CPU_SUSPEND` (either width).
    pub const CPU_SUSPEND: u16 = PSCI::CPU_SUSPEND_32.number();
    /// PSCI function number of `CPU_OFF` (either width).
    pub const CPU_OFF: u16 = PSCI::CPU_OFF.number();
    /// PSCI function number of `CPU_ON` (either width).
    pub const CPU_ON: u16 = PSCI::CPU_ON_32.number();
    /// PSCI function number of `AFFINITY_INFO` (either width).
    pub const AFFINITY_INFO: u16 = PSCI::AFFINITY_INFO_32.number();
    /// PSCI function number of `MIGRATE` (either width).
    pub const MIGRATE: u16 = PSCI::MIGRATE_32.number();
    /// PSCI function number of `MIGRATE_INFO_TYPE` (either width).
    pub const MIGRATE_INFO_TYPE: u16 = PSCI::MIGRATE_INFO_TYPE.number();
    /// PSCI function number of `MIGRATE_INFO_UP_CPU` (either width).
    pub const MIGRATE_INFO_UP_CPU: u16 = PSCI::MIGRATE_INFO_UP_CPU_32.number();
    /// PSCI function number of `SYSTEM_OFF` (either width).
    pub const SYSTEM_OFF: u16 = PSCI::SYSTEM_OFF.number();
    /// PSCI function number of `SYSTEM_RESET` (either width).
    pub const SYSTEM_RESET: u16 = PSCI::SYSTEM_RESET.number();
    /// PSCI function number of `PSCI_FEATURES` (either width).
    pub const FEATURES: u16 = PSCI::PSCI_FEATURES.number();
    /// PSCI function number of `CPU_FREEZE` (either width).
    pub const CPU_FREEZE: u16 = PSCI::CPU_FREEZE.number();
    /// PSCI function number of `CPU_DEFAULT_SUSPEND` (either width).
    pub const CPU_DEFAULT_SUSPEND: u16 = PSCI::CPU_DEFAULT_SUSPEND_32.number();
    /// PSCI function number of `NODE_HW_STATE` (either width).
    pub const NODE_HW_STATE: u16 = PSCI::NODE_HW_STATE_32.number();
    /// PSCI function number of `SYSTEM_SUSPEND` (either width).
    pub const SYSTEM_SUSPEND: u16 = PSCI::SYSTEM_SUSPEND_32.number();
    /// PSCI function number of `SET_SUSPEND_MODE` (either width).
    pub const SET_SUSPEND_MODE: u16 = PSCI::SET_SUSPEND_MODE.number();
    /// PSCI function number of `STAT_RESIDENCY` (either width).
    pub const STAT_RESIDENCY: u16 = PSCI::STAT_RESIDENCY_32.number();
    /// PSCI function number of `STAT_COUNT` (either width).
    pub const STAT_COUNT: u16 = PSCI::STAT_COUNT_32.number();
    /// PSCI function number of `SYSTEM_RESET2` (either width).
    pub const SYSTEM_RESET2: u16 = PSCI::SYSTEM_RESET2_32.number();
    /// PSCI function number of `MEM_PROTECT` (either width).
    pub const MEM_PROTECT: u16 = PSCI::MEM_PROTECT.number();
    /// PSCI function number of `MEM_PROTECT_CHECK_RANGE` (either width).
    pub const MEM_PROTECT_CHECK_RANGE: u16 = PSCI::MEM_PROTECT_CHECK_RANGE_32.number();
    /// PSCI function number of `SYSTEM_OFF2` (either width).
    pub const SYSTEM_OFF2: u16 = PSCI::SYSTEM_OFF2_32.number();
}

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

    /// The typed arguments.
    pub fn args(&self) -> PsciArgs {
        use psci_num::*;
        let [a1, a2, a3] = self.args;
        match FunctionId(self.function as u32).number() {
            CPU_SUSPEND => PsciArgs::CpuSuspend {
                power_state: a1 as u32,
                entry: a2,
                context_id: a3,
            },
            CPU_ON => PsciArgs::CpuOn {
                target: a1,
                entry: a2,
                context_id: a3,
            },
            AFFINITY_INFO => PsciArgs::AffinityInfo {
                target: a1,
                lowest_level: a2,
            },
            MIGRATE => PsciArgs::Migrate { target: a1 },
            FEATURES => PsciArgs::Features {
                function_id: a1 as u32,
            },
            CPU_DEFAULT_SUSPEND | SYSTEM_SUSPEND => PsciArgs::Entry {
                entry: a1,
                context_id: a2,
            },
            NODE_HW_STATE => PsciArgs::NodeHwState {
                target: a1,
                level: a2 as u32,
            },
            SET_SUSPEND_MODE => PsciArgs::SetSuspendMode { mode: a1 as u32 },
            STAT_RESIDENCY | STAT_COUNT => PsciArgs::Stat {
                target: a1,
                power_state: a2 as u32,
            },
            SYSTEM_RESET2 => PsciArgs::SystemReset2 {
                reset_type: a1 as u32,
                cookie: a2,
            },
            MEM_PROTECT => PsciArgs::MemProtect { enable: a1 },
            MEM_PROTECT_CHECK_RANGE => PsciArgs::MemProtectCheckRange {
                base: a1,
                length: a2,
            },
            SYSTEM_OFF2 => PsciArgs::SystemOff2 {
                off_type: a1 as u32,
                cookie: a2,
            },
            VERSION | CPU_OFF | MIGRATE_INFO_TYPE | MIGRATE_INFO_UP_CPU | SYSTEM_OFF
            | SYSTEM_RESET | CPU_FREEZE => PsciArgs::None,
            // Every PSCI function number is listed above; a `PSCI::Function` has no other.
            _ => PsciArgs::None,
        }
    }
}

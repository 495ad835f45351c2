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

pub use crate::psci::{PsciArgs, PsciCall};

//! Where each arm64 guest register lives on an SAE host: a control-block field, the save area
//! (reached with EASR/SASR by its 16-bit id), or host software state.
//!
//! One table, [`SYSREG_PLACEMENTS`], generated from the `Place` lines of `defs/sae` with the
//! generated `arm64-uapi` register descriptors (no second list of encodings); the core
//! registers that have no system-register encoding (X0–X30, PC, PSTATE, SVE P/FFR, V0–V31) are
//! placed by [`placement`].
//!
//! Sources: posted v1–v4 (control block; "registers frequently used by hypervisors are placed
//! into the control block"), the system-register series v1 16/26 (save-area register list,
//! host-memory registers) and 24/26 (EL2 controls written with SASR, CNTVCT via `gpto`); the
//! kvms390 tree moves ELR_EL1/SPSR_EL1 to host memory (SASR/EASR around each SAE) and the ID
//! registers to trapped, emulated host memory ([`Evidence::Unposted`] rows).

use arm64_uapi::sysreg::{Encoding, SysReg};

use crate::Evidence;
use crate::block::BlockRegister;

/// Where a register lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Location {
    /// A field of the SAE control block.
    ControlBlock(BlockRegister),
    /// The save area: moved by LASRM/STIASRM, one register by EASR/SASR with the id
    /// [`Encoding::sae_id`] (`sys_reg() >> 5`).
    SaveArea,
    /// Host memory only (KVM software state, `kvm_cpu_context`).
    HostMemory,
    /// Host memory, carried into the machine around each SAE: written with SASR before the
    /// entry and read back with EASR after the exit (ELR_EL1, SPSR_EL1 in the kvms390 tree).
    HostMemorySasr,
    /// Per-VM host memory; guest reads trap (HCR_EL2.TID1–5) and are emulated (the ID
    /// registers in the kvms390 tree).
    Emulated,
    /// Not stored: derived from the control block's `gpto` through PTFF QAGPT (reads) and
    /// QAGTO (writes).
    TimerOffset,
    /// V`n`: kept in host memory (`ctxt.vregs`), loaded into s390 vector register `n` for the
    /// run loop since v3. That the guest's V registers *are* the s390 VRs during SAE is
    /// inferred.
    HostVectorRegister(u8),
}

/// One row of the system-register placement table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SysRegPlacement {
    /// The register (generated `arm64-uapi` descriptor).
    pub reg: SysReg,
    /// Where it lives.
    pub location: Location,
    /// How the placement is known.
    pub evidence: Evidence,
}

impl SysRegPlacement {
    /// The EASR/SASR register id if the register lives in the save area.
    pub const fn sae_id(&self) -> Option<u16> {
        match self.location {
            Location::SaveArea => Some(self.reg.encoding.sae_id()),
            _ => None,
        }
    }
}

pub use crate::generated::tables::SYSREG_PLACEMENTS;

/// The location of a control-block row of the generated table. Every path the table names
/// resolves (asserted below), so the fallback is never used.
pub(crate) const fn block_location(path: &str, index: u8) -> Location {
    match BlockRegister::at_field(path, index) {
        Some(b) => Location::ControlBlock(b),
        None => Location::HostMemory,
    }
}

/// Whether every `(path, element)` names a control-block register. Only the const assertion
/// below calls it (Rust 1.85 counts that as unused).
#[allow(dead_code)]
const fn block_places_resolve(places: &[(&str, u8)]) -> bool {
    let mut rest = places;
    while let [(path, index), tail @ ..] = rest {
        if BlockRegister::at_field(path, *index).is_none() {
            return false;
        }
        rest = tail;
    }
    true
}

static_assertions::const_assert!(block_places_resolve(crate::generated::tables::BLOCK_PLACES));

/// The placement row of the system register `enc`, if known.
pub fn sysreg_placement(enc: Encoding) -> Option<&'static SysRegPlacement> {
    SYSREG_PLACEMENTS.iter().find(|p| p.reg.encoding == enc)
}

/// An arm64 guest register: a system register by encoding, or a core register without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum ArmRegister {
    /// A system register.
    Sys(Encoding),
    /// X`n`, `n` < 31.
    X(u8),
    /// PC.
    Pc,
    /// PSTATE (SPSR layout).
    Pstate,
    /// SVE predicate P`n`, `n` < 16.
    SveP(u8),
    /// SVE FFR.
    SveFfr,
    /// FP/SIMD V`n`, `n` < 32.
    V(u8),
}

/// Number of FP/SIMD V registers.
const V_REGS: u8 = 32;

/// Where `r` lives and how that is known; `None` for a register without a known placement
/// (or an index out of range).
pub fn placement(r: ArmRegister) -> Option<(Location, Evidence)> {
    let block = |b: BlockRegister| {
        b.field()
            .map(|_| (Location::ControlBlock(b), Evidence::Posted))
    };
    match r {
        ArmRegister::Sys(enc) => sysreg_placement(enc).map(|p| (p.location, p.evidence)),
        ArmRegister::X(n) => block(BlockRegister::X(n)),
        ArmRegister::Pc => block(BlockRegister::Pc),
        ArmRegister::Pstate => block(BlockRegister::Pstate),
        ArmRegister::SveP(n) => block(BlockRegister::SveP(n)),
        ArmRegister::SveFfr => block(BlockRegister::SveFfr),
        ArmRegister::V(n) if n < V_REGS => {
            Some((Location::HostVectorRegister(n), Evidence::Inferred))
        }
        ArmRegister::V(_) => None,
    }
}

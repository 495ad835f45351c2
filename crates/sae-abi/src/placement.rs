//! Where each arm64 guest register lives on an SAE host: a control-block field, the save area
//! (reached with EASR/SASR by its 16-bit id), or host software state.
//!
//! One table, [`SYSREG_PLACEMENTS`], built from the generated `arm64-uapi` register
//! descriptors (no second list of encodings); the core registers that have no system-register
//! encoding (X0–X30, PC, PSTATE, SVE P/FFR, V0–V31) are placed by [`placement`].
//!
//! Sources: posted v1–v4 (control block; "registers frequently used by hypervisors are placed
//! into the control block"), the system-register series v1 16/26 (save-area register list,
//! host-memory registers) and 24/26 (EL2 controls written with SASR, CNTVCT via `gpto`).

use arm64_uapi::regs;
use arm64_uapi::sysreg::{Encoding, SysReg};

use crate::Evidence;
use crate::block::BlockRegister;

/// Where a register lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Location {
    /// A field of the SAE control block.
    ControlBlock(BlockRegister),
    /// The save area: moved by LASRM/STIASRM, one register by EASR/SASR with the id
    /// [`Encoding::sae_id`] (`sys_reg() >> 5`).
    SaveArea,
    /// Host memory only (KVM software state, `kvm_cpu_context`).
    HostMemory,
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

const fn at(reg: SysReg, location: Location) -> SysRegPlacement {
    SysRegPlacement {
        reg,
        location,
        evidence: Evidence::Posted,
    }
}

const fn sa(reg: SysReg) -> SysRegPlacement {
    at(reg, Location::SaveArea)
}

const fn sa_inferred(reg: SysReg) -> SysRegPlacement {
    SysRegPlacement {
        evidence: Evidence::Inferred,
        ..sa(reg)
    }
}

const fn cb(reg: SysReg, r: BlockRegister) -> SysRegPlacement {
    at(reg, Location::ControlBlock(r))
}

const fn host(reg: SysReg) -> SysRegPlacement {
    at(reg, Location::HostMemory)
}

/// Every system register with a known placement.
///
/// - Control block: SP_EL0, SP_EL1, FPCR, FPSR, CONTEXTIDR_EL1 (v2+), CNTP/CNTV_CTL_EL0, the
///   GICv3 ICH registers (posted).
/// - Save area: the EL1/EL0 list of the system-register series in its save-area order, then
///   the EL2 controls KVM writes with SASR (posted). ID registers: "VM-wide ID register values
///   are also kept in each vCPU's save area" is posted, but which ones is not; the rows for
///   the QAAF ID registers other than MIDR_EL1 are [`Evidence::Inferred`].
/// - Host memory: MPIDR_EL1, CLIDR_EL1, CSSELR_EL1, CCSIDR_EL1 overrides (posted).
/// - CNTVCT_EL0/CNTPCT_EL0 through `gpto` (posted).
pub static SYSREG_PLACEMENTS: [SysRegPlacement; 118] = {
    use BlockRegister as B;
    use regs::*;
    [
        // Control block.
        cb(SP_EL0::DESC, B::SpEl0),
        cb(SP_EL1::DESC, B::SpEl1),
        cb(FPCR::DESC, B::Fpcr),
        cb(FPSR::DESC, B::Fpsr),
        cb(CONTEXTIDR_EL1::DESC, B::ContextidrEl1),
        cb(CNTP_CTL_EL0::DESC, B::CntpCtlEl0),
        cb(CNTV_CTL_EL0::DESC, B::CntvCtlEl0),
        cb(ICH_HCR_EL2::DESC, B::IchHcrEl2),
        cb(ICH_VMCR_EL2::DESC, B::IchVmcrEl2),
        cb(ICH_AP0R0_EL2::DESC, B::IchAp0r0El2),
        cb(ICH_AP1R0_EL2::DESC, B::IchAp1r0El2),
        cb(ICH_LR0_EL2::DESC, B::IchLr(0)),
        cb(ICH_LR1_EL2::DESC, B::IchLr(1)),
        cb(ICH_LR2_EL2::DESC, B::IchLr(2)),
        cb(ICH_LR3_EL2::DESC, B::IchLr(3)),
        // Save area, in the order of the system-register series.
        sa(ACTLR_EL1::DESC),
        sa(AFSR0_EL1::DESC),
        sa(AFSR1_EL1::DESC),
        sa(CNTFRQ_EL0::DESC),
        sa(CNTP_CVAL_EL0::DESC),
        sa(CNTV_CVAL_EL0::DESC),
        sa(DISR_EL1::DESC),
        sa(MIDR_EL1::DESC),
        sa(OSLSR_EL1::DESC),
        sa(PAR_EL1::DESC),
        sa(OSLAR_EL1::DESC),
        sa(SCTLR_EL1::DESC),
        sa(CPACR_EL1::DESC),
        sa(VBAR_EL1::DESC),
        sa(SPSR_EL1::DESC),
        sa(ELR_EL1::DESC),
        sa(ESR_EL1::DESC),
        sa(TCR_EL1::DESC),
        sa(MAIR_EL1::DESC),
        sa(TTBR0_EL1::DESC),
        sa(TTBR1_EL1::DESC),
        sa(FAR_EL1::DESC),
        sa(TPIDR_EL0::DESC),
        sa(TPIDR_EL1::DESC),
        sa(TPIDRRO_EL0::DESC),
        sa(CNTKCTL_EL1::DESC),
        sa(ZCR_EL1::DESC),
        sa(SCXTNUM_EL0::DESC),
        sa(SCXTNUM_EL1::DESC),
        sa(APIAKEYLO_EL1::DESC),
        sa(APIAKEYHI_EL1::DESC),
        sa(APIBKEYLO_EL1::DESC),
        sa(APIBKEYHI_EL1::DESC),
        sa(APDAKEYLO_EL1::DESC),
        sa(APDAKEYHI_EL1::DESC),
        sa(APDBKEYLO_EL1::DESC),
        sa(APDBKEYHI_EL1::DESC),
        sa(APGAKEYLO_EL1::DESC),
        sa(APGAKEYHI_EL1::DESC),
        sa(MDSCR_EL1::DESC),
        // Save area, EL2 controls written by the host with SASR.
        sa(HCR_EL2::DESC),
        sa(HCRX_EL2::DESC),
        sa(VMPIDR_EL2::DESC),
        sa(CPTR_EL2::DESC),
        sa(CNTHCTL_EL2::DESC),
        sa(ICC_SRE_EL2::DESC),
        sa(MDCR_EL2::DESC),
        sa(HFGRTR_EL2::DESC),
        sa(HFGWTR_EL2::DESC),
        sa(HDFGRTR_EL2::DESC),
        sa(HDFGWTR_EL2::DESC),
        sa(HFGITR_EL2::DESC),
        sa(VSESR_EL2::DESC),
        // Save area, ID registers (which ones: inferred).
        sa_inferred(REVIDR_EL1::DESC),
        sa_inferred(ID_PFR0_EL1::DESC),
        sa_inferred(ID_PFR1_EL1::DESC),
        sa_inferred(ID_DFR0_EL1::DESC),
        sa_inferred(ID_AFR0_EL1::DESC),
        sa_inferred(ID_MMFR0_EL1::DESC),
        sa_inferred(ID_MMFR1_EL1::DESC),
        sa_inferred(ID_MMFR2_EL1::DESC),
        sa_inferred(ID_MMFR3_EL1::DESC),
        sa_inferred(ID_ISAR0_EL1::DESC),
        sa_inferred(ID_ISAR1_EL1::DESC),
        sa_inferred(ID_ISAR2_EL1::DESC),
        sa_inferred(ID_ISAR3_EL1::DESC),
        sa_inferred(ID_ISAR4_EL1::DESC),
        sa_inferred(ID_ISAR5_EL1::DESC),
        sa_inferred(ID_MMFR4_EL1::DESC),
        sa_inferred(ID_ISAR6_EL1::DESC),
        sa_inferred(MVFR0_EL1::DESC),
        sa_inferred(MVFR1_EL1::DESC),
        sa_inferred(MVFR2_EL1::DESC),
        sa_inferred(ID_PFR2_EL1::DESC),
        sa_inferred(ID_DFR1_EL1::DESC),
        sa_inferred(ID_MMFR5_EL1::DESC),
        sa_inferred(ID_AA64PFR0_EL1::DESC),
        sa_inferred(ID_AA64PFR1_EL1::DESC),
        sa_inferred(ID_AA64PFR2_EL1::DESC),
        sa_inferred(ID_AA64ZFR0_EL1::DESC),
        sa_inferred(ID_AA64SMFR0_EL1::DESC),
        sa_inferred(ID_AA64FPFR0_EL1::DESC),
        sa_inferred(ID_AA64DFR0_EL1::DESC),
        sa_inferred(ID_AA64DFR1_EL1::DESC),
        sa_inferred(ID_AA64DFR2_EL1::DESC),
        sa_inferred(ID_AA64AFR0_EL1::DESC),
        sa_inferred(ID_AA64AFR1_EL1::DESC),
        sa_inferred(ID_AA64ISAR0_EL1::DESC),
        sa_inferred(ID_AA64ISAR1_EL1::DESC),
        sa_inferred(ID_AA64ISAR2_EL1::DESC),
        sa_inferred(ID_AA64ISAR3_EL1::DESC),
        sa_inferred(ID_AA64MMFR0_EL1::DESC),
        sa_inferred(ID_AA64MMFR1_EL1::DESC),
        sa_inferred(ID_AA64MMFR2_EL1::DESC),
        sa_inferred(ID_AA64MMFR3_EL1::DESC),
        sa_inferred(ID_AA64MMFR4_EL1::DESC),
        sa_inferred(CTR_EL0::DESC),
        // Host memory.
        host(MPIDR_EL1::DESC),
        host(CLIDR_EL1::DESC),
        host(CSSELR_EL1::DESC),
        host(CCSIDR_EL1::DESC),
        // Derived from `gpto`.
        at(CNTVCT_EL0::DESC, Location::TimerOffset),
        at(CNTPCT_EL0::DESC, Location::TimerOffset),
    ]
};

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

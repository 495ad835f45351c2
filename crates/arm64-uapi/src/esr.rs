//! The exception syndrome `ESR_ELx` as an exit handler reads it: the generated
//! [`regs::ESR_ELx`](crate::regs::ESR_ELx) (fields and the EC enumerators of `defs/sysreg`)
//! extended with the decoding a hypervisor needs, and the one type for a trapped HVC/SMC,
//! [`Trap`].
//!
//! Sources: Arm ARM (DDI 0487) D24.2 "ESR_EL2" (EC, IL, ISS; the ISS encodings of EC 0x12,
//! 0x13, 0x16, 0x17, 0x18, 0x20, 0x24) and C5.2 "SPSR_EL2" (the AArch32 layout used for
//! `PSTATE.E`); Linux 7.2 `arch/arm64/include/asm/kvm_emulate.h` (`kvm_vcpu_is_be`,
//! `kvm_vcpu_trap_il_is32bit`, `kvm_vcpu_hvc_get_imm`) and `arch/arm64/kvm/handle_exit.c`
//! (`handle_hvc`, `handle_smc`).

#[cfg(feature = "typed")]
use bitfield_struct::bitfield;

#[cfg(feature = "typed")]
use crate::regs::ESR_ELx;
use crate::regs::{SCTLR_EL1, SPSR_EL2};
#[cfg(feature = "typed")]
use crate::sysreg::Encoding;

#[cfg(feature = "typed")]
/// A syndrome value: `ESR_EL2` (or the SAE exit's `esr_elz`), with typed field accessors.
pub type Esr = ESR_ELx::Value;

#[cfg(feature = "typed")]
/// The exception classes of `defs/sysreg` (`ESR_ELx_EC_*`).
pub type ExceptionClass = ESR_ELx::EC::Enum;

/// The conduit of an SMCCC call (DEN0028 2.5: both reach the same handler).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum Conduit {
    /// HVC (EC 0x16/0x12): the exception returns past the instruction (Arm ARM pseudocode
    /// `AArch64.CallHypervisor`: preferred return address `NextInstrAddr()`).
    Hvc,
    /// SMC trapped to EL2 by `HCR_EL2.TSC` (EC 0x17/0x13): "a Trap exception, not a Secure
    /// Monitor Call exception" (Arm ARM, quoted in Linux 7.2 `handle_smc`), whose preferred
    /// return address is the SMC itself; KVM advances the PC first (`kvm_incr_pc`).
    Smc,
}

/// One trapped HVC/SMC: what KVM reads from `ESR_EL2`, PSTATE and SCTLR_EL1 before it
/// dispatches an SMCCC call (the one trap type of this workspace).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Trap {
    /// HVC or SMC.
    pub conduit: Conduit,
    /// The instruction's immediate, ISS\[15:0\] (`kvm_vcpu_hvc_get_imm`). Non-zero SMC
    /// immediates are reserved (DEN0028 2.9): KVM answers X0 = ~0 without dispatching.
    pub imm: u16,
    /// The caller runs in AArch32 (EC HVC32/SMC32): SMC64/HVC64 PSCI ids answer
    /// NOT_SUPPORTED.
    pub aarch32: bool,
    /// The trapped instruction was 16 bits (ESR.IL = 0): `KVM_HYPERCALL_EXIT_16BIT`, and
    /// the PC advances by 2.
    pub thumb16: bool,
    /// The caller's data accesses are big-endian (`kvm_vcpu_is_be`); PSCI CPU_ON gives the
    /// target the same endianness.
    pub big_endian: bool,
}

/// The syndrome is not an HVC or SMC (EC other than 0x12, 0x13, 0x16, 0x17); holds the EC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NotAHypercall(pub u8);

impl core::fmt::Display for NotAHypercall {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "exception class {:#04x} is not an HVC or SMC", self.0)
    }
}

impl core::error::Error for NotAHypercall {}

/// `PSTATE.E` of an AArch32 caller: SPSR bit 9 in the AArch32 layout (Arm ARM C5.2,
/// "SPSR_EL2, when the exception was taken from AArch32"; kernel `PSR_AA32_E_BIT`).
pub const PSR_AA32_E_BIT: u64 = 1 << 9;
/// `PSTATE.T` (Thumb) of an AArch32 caller: SPSR bit 5 (kernel `PSR_AA32_T_BIT`).
pub const PSR_AA32_T_BIT: u64 = 1 << 5;
/// AArch32 mode Supervisor, SPSR M\[4:0\] (kernel `PSR_AA32_MODE_SVC`).
pub const PSR_AA32_MODE_SVC: u64 = 0x13;
/// AArch32 `PSTATE.A`, `.I`, `.F`: SPSR bits 8, 7, 6 (kernel `PSR_AA32_{A,I,F}_BIT`; the
/// same positions as AArch64's A, I, F).
pub const PSR_AA32_AIF: u64 = SPSR_EL2::A::MASK | SPSR_EL2::I::MASK | SPSR_EL2::F::MASK;

/// PSTATE of a vCPU after KVM's reset in AArch64 EL1: EL1h with D, A, I, F masked (Linux 7.2
/// `arch/arm64/kvm/reset.c` `VCPU_RESET_PSTATE_EL1`).
pub const RESET_PSTATE_EL1: u64 =
    (SPSR_EL2::M::EL1h << SPSR_EL2::M::SHIFT) | SPSR_EL2::D::MASK | PSR_AA32_AIF;
/// PSTATE of an AArch32 vCPU after reset: Supervisor with A, I, F masked
/// (`VCPU_RESET_PSTATE_SVC`).
pub const RESET_PSTATE_SVC: u64 = PSR_AA32_MODE_SVC | PSR_AA32_AIF;

/// True if PSTATE (in SPSR layout) describes an AArch32 context (`M[4]` = nRW).
pub const fn pstate_is_aarch32(pstate: u64) -> bool {
    pstate & SPSR_EL2::nRW::MASK != 0
}

/// `kvm_vcpu_is_be`: AArch32 reads `PSTATE.E`; AArch64 reads `SCTLR_EL1.EE` at EL1 and
/// `SCTLR_EL1.E0E` at EL0.
pub const fn is_big_endian(pstate: u64, sctlr_el1: u64) -> bool {
    if pstate_is_aarch32(pstate) {
        return pstate & PSR_AA32_E_BIT != 0;
    }
    let el0 = (pstate & SPSR_EL2::M::MASK) >> SPSR_EL2::M::SHIFT == SPSR_EL2::M::EL0t;
    let bit = if el0 {
        SCTLR_EL1::E0E::MASK
    } else {
        SCTLR_EL1::EE::MASK
    };
    sctlr_el1 & bit != 0
}

#[cfg(feature = "typed")]
/// What an exit handler dispatches on, decoded from the syndrome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Syndrome {
    /// HVC or SMC from AArch64 or AArch32 (EC 0x12, 0x13, 0x16, 0x17).
    Hypercall {
        /// HVC or SMC.
        conduit: Conduit,
        /// From AArch32 (HVC32/SMC32).
        aarch32: bool,
        /// ISS\[15:0\].
        imm: u16,
    },
    /// Trapped MSR/MRS (EC 0x18).
    Sys64(SysRegIss),
    /// Instruction abort from a lower EL (EC 0x20).
    InstructionAbortLowerEl(InstructionAbortIss),
    /// Data abort from a lower EL (EC 0x24).
    DataAbortLowerEl(DataAbortIss),
    /// Any other class, by EC (allocated or not).
    Other(u8),
}

#[cfg(feature = "typed")]
/// The syndrome decoders (extension of the generated [`Esr`]).
pub trait EsrExt {
    /// The exception class; [`Unknown`](crate::Unknown) holds the raw EC when `defs/sysreg`
    /// does not allocate it.
    fn class(&self) -> Result<ExceptionClass, crate::Unknown<u8>>;
    /// The decoded syndrome.
    fn syndrome(&self) -> Syndrome;
}

#[cfg(feature = "typed")]
impl EsrExt for Esr {
    fn class(&self) -> Result<ExceptionClass, crate::Unknown<u8>> {
        ExceptionClass::try_from(self.ec()).map_err(|e| crate::Unknown(e.number))
    }

    fn syndrome(&self) -> Syndrome {
        use ExceptionClass as E;
        // ISS[15:0] is the immediate for HVC/SMC (truncation intended).
        let imm = self.iss() as u16;
        let hc = |conduit, aarch32| Syndrome::Hypercall {
            conduit,
            aarch32,
            imm,
        };
        match self.class() {
            Ok(E::HVC64) => hc(Conduit::Hvc, false),
            Ok(E::SMC64) => hc(Conduit::Smc, false),
            Ok(E::HVC32) => hc(Conduit::Hvc, true),
            Ok(E::SMC32) => hc(Conduit::Smc, true),
            Ok(E::SYS64) => Syndrome::Sys64(SysRegIss::from_bits(self.iss())),
            Ok(E::IABT_LOW) => {
                Syndrome::InstructionAbortLowerEl(InstructionAbortIss::from_bits(self.iss()))
            }
            Ok(E::DABT_LOW) => Syndrome::DataAbortLowerEl(DataAbortIss::from_bits(self.iss())),
            _ => Syndrome::Other(self.ec()),
        }
    }
}

impl Trap {
    /// An AArch64 `HVC #0`.
    pub const HVC: Trap = Trap {
        conduit: Conduit::Hvc,
        imm: 0,
        aarch32: false,
        thumb16: false,
        big_endian: false,
    };
    /// An AArch64 `SMC #0`.
    pub const SMC: Trap = Trap {
        conduit: Conduit::Smc,
        ..Trap::HVC
    };

    /// An AArch64 `SMC #imm`.
    pub const fn smc(imm: u16) -> Trap {
        Trap { imm, ..Trap::SMC }
    }

    /// The same trap from an AArch32 caller.
    pub const fn aarch32(self) -> Trap {
        Trap {
            aarch32: true,
            ..self
        }
    }

    #[cfg(feature = "typed")]
    /// The trap an exit describes: the syndrome, the guest's PSTATE (SPSR layout) and its
    /// SCTLR_EL1 (for the endianness). Fails for any class but HVC/SMC.
    ///
    /// ```
    /// use arm64_uapi::esr::{Conduit, Esr, Trap};
    /// // ESR 0x5e00_0000: EC 0x17 (SMC64), IL = 1, imm 0; EL1h, little-endian.
    /// let t = Trap::from_exit(Esr::from_bits(0x5e00_0000), 0x3c5, 0).unwrap();
    /// assert_eq!(t, Trap::SMC);
    /// assert!(Trap::from_exit(Esr::from_bits(0x9200_0046), 0x3c5, 0).is_err());
    /// ```
    pub fn from_exit(esr: Esr, pstate: u64, sctlr_el1: u64) -> Result<Trap, NotAHypercall> {
        match esr.syndrome() {
            Syndrome::Hypercall {
                conduit,
                aarch32,
                imm,
            } => Ok(Trap {
                conduit,
                imm,
                aarch32,
                thumb16: !esr.il(),
                big_endian: is_big_endian(pstate, sctlr_el1),
            }),
            _ => Err(NotAHypercall(esr.ec())),
        }
    }

    /// The instruction's length in bytes (`kvm_vcpu_trap_il_is32bit`): 4, or 2 for a 16-bit
    /// T32 encoding.
    pub const fn insn_len(self) -> u64 {
        if self.thumb16 { 2 } else { 4 }
    }

    /// How far the PC at the exit must move so the guest resumes after the instruction: 0
    /// for HVC (the exception already returns past it), the instruction length for a
    /// trapped SMC (`handle_smc` → `kvm_incr_pc`). Real KVM, measured: the guest sees the PC
    /// 4 past every HVC and SMC (with or without immediate, handled or forwarded).
    pub const fn pc_advance(self) -> u64 {
        match self.conduit {
            Conduit::Hvc => 0,
            Conduit::Smc => self.insn_len(),
        }
    }

    #[cfg(feature = "typed")]
    /// The syndrome KVM would see for this trap (EC, IL, ISS = the immediate).
    pub const fn esr(self) -> Esr {
        use ExceptionClass as E;
        let ec = match (self.conduit, self.aarch32) {
            (Conduit::Hvc, false) => E::HVC64,
            (Conduit::Smc, false) => E::SMC64,
            (Conduit::Hvc, true) => E::HVC32,
            (Conduit::Smc, true) => E::SMC32,
        };
        Esr::new()
            .with_ec(ec as u8)
            .with_il(!self.thumb16)
            .with_iss(self.imm as u32)
    }
}

#[cfg(feature = "typed")]
/// ISS of a trapped MSR/MRS (EC 0x18): direction (bit 0) and Rt (bits 9:5); the register
/// encoding is read with [`Encoding::from_esr_iss`](crate::sysreg::Encoding::from_esr_iss).
#[bitfield(u32)]
#[derive(PartialEq, Eq, Hash)]
pub struct SysRegIss {
    /// Direction: true for a read (MRS), false for a write (MSR).
    #[bits(1, access = RO)]
    pub is_read: bool,
    #[bits(4)]
    __0: u8,
    /// The general register `Xt` (31 = XZR).
    #[bits(5, access = RO)]
    pub rt: u8,
    #[bits(22)]
    __1: u32,
}

#[cfg(feature = "typed")]
impl SysRegIss {
    /// The system register accessed.
    pub const fn encoding(self) -> Encoding {
        Encoding::from_esr_iss(self.into_bits())
    }
}

#[cfg(feature = "typed")]
/// ISS of a data abort (EC 0x24/0x25).
#[bitfield(u32)]
#[derive(PartialEq, Eq, Hash)]
pub struct DataAbortIss {
    /// Data fault status code, bits 5:0.
    #[bits(6, access = RO)]
    pub dfsc: u8,
    /// Write, not read (bit 6).
    #[bits(1, access = RO)]
    pub wnr: bool,
    /// Fault on a stage-2 walk for a stage-1 walk (bit 7).
    #[bits(1, access = RO)]
    pub s1ptw: bool,
    /// Cache maintenance (bit 8).
    #[bits(1, access = RO)]
    pub cm: bool,
    /// External abort type (bit 9).
    #[bits(1, access = RO)]
    pub ea: bool,
    /// FAR not valid (bit 10).
    #[bits(1, access = RO)]
    pub fnv: bool,
    /// Synchronous error type, bits 12:11.
    #[bits(2, access = RO)]
    pub set: u8,
    /// VNCR_EL2 access (bit 13).
    #[bits(1, access = RO)]
    pub vncr: bool,
    /// Acquire/release (bit 14).
    #[bits(1, access = RO)]
    pub ar: bool,
    /// 64-bit register transfer (bit 15).
    #[bits(1, access = RO)]
    pub sf: bool,
    /// Syndrome register transfer, bits 20:16.
    #[bits(5, access = RO)]
    pub srt: u8,
    /// Sign extend (bit 21).
    #[bits(1, access = RO)]
    pub sse: bool,
    /// Access size, bits 23:22 (log2 bytes).
    #[bits(2, access = RO)]
    pub sas: u8,
    /// Instruction syndrome valid (bit 24).
    #[bits(1, access = RO)]
    pub isv: bool,
    #[bits(7)]
    __0: u8,
}

#[cfg(feature = "typed")]
/// ISS of an instruction abort (EC 0x20/0x21).
#[bitfield(u32)]
#[derive(PartialEq, Eq, Hash)]
pub struct InstructionAbortIss {
    /// Instruction fault status code, bits 5:0.
    #[bits(6, access = RO)]
    pub ifsc: u8,
    #[bits(1)]
    __0: u8,
    /// Fault on a stage-2 walk for a stage-1 walk (bit 7).
    #[bits(1, access = RO)]
    pub s1ptw: bool,
    #[bits(1)]
    __1: u8,
    /// External abort type (bit 9).
    #[bits(1, access = RO)]
    pub ea: bool,
    /// FAR not valid (bit 10).
    #[bits(1, access = RO)]
    pub fnv: bool,
    /// Synchronous error type, bits 12:11.
    #[bits(2, access = RO)]
    pub set: u8,
    #[bits(19)]
    __2: u32,
}

#[cfg(all(test, feature = "typed"))]
mod tests {
    use super::*;

    #[test]
    fn field_positions_match_the_arm_arm() {
        // (bitfield offset, width) against Arm ARM / esr.h: EC 31:26, IL 25, ISS 24:0.
        assert_eq!((ESR_ELx::EC::SHIFT, ESR_ELx::EC::WIDTH), (26, 6));
        assert_eq!((ESR_ELx::IL::SHIFT, ESR_ELx::IL::WIDTH), (25, 1));
        assert_eq!((ESR_ELx::ISS::SHIFT, ESR_ELx::ISS::WIDTH), (0, 25));
        assert_eq!((ESR_ELx::ISS2::SHIFT, ESR_ELx::ISS2::WIDTH), (32, 24));
        assert_eq!(DataAbortIss::ISV_OFFSET, 24);
        assert_eq!(
            (DataAbortIss::SAS_OFFSET, DataAbortIss::SRT_OFFSET),
            (22, 16)
        );
        assert_eq!((DataAbortIss::SF_OFFSET, DataAbortIss::WNR_OFFSET), (15, 6));
        assert_eq!(
            (
                InstructionAbortIss::S1PTW_OFFSET,
                InstructionAbortIss::FNV_OFFSET
            ),
            (7, 10)
        );
        assert_eq!((SysRegIss::RT_OFFSET, SysRegIss::IS_READ_OFFSET), (5, 0));
    }

    #[test]
    fn traps_from_syndromes() {
        // ESR values as Arm ARM D24.2 encodes them: EC << 26 | IL << 25 | imm.
        let t = Trap::from_exit(Esr::from_bits(0x5a00_0000), 0x3c5, 0).unwrap();
        assert_eq!((t, t.pc_advance()), (Trap::HVC, 0));
        let t = Trap::from_exit(Esr::from_bits(0x5e00_0001), 0x3c5, 0).unwrap();
        assert_eq!((t, t.pc_advance()), (Trap::smc(1), 4));
        // SMC32 from T32 with IL = 0: 16-bit, advance 2; AArch32 (PSTATE.nRW) with E set.
        let t = Trap::from_exit(Esr::from_bits(0x4c00_0000), 0x10 | 0x13 | 1 << 9, 0).unwrap();
        assert!(t.aarch32 && t.thumb16 && t.big_endian);
        assert_eq!(t.pc_advance(), 2);
        assert_eq!(t.esr().into_bits(), 0x4c00_0000);
        assert_eq!(
            Trap::from_exit(Esr::from_bits(0x6200_0000), 0x3c5, 0),
            Err(NotAHypercall(0x18))
        );
        for t in [Trap::HVC, Trap::SMC, Trap::smc(7).aarch32()] {
            assert_eq!(
                Trap::from_exit(t.esr(), 0, 0),
                Ok(Trap {
                    aarch32: t.aarch32,
                    ..t
                })
            );
        }
    }

    #[test]
    fn endianness_as_kvm_vcpu_is_be() {
        let (ee, e0e) = (1 << 25, 1 << 24);
        // EL1h reads SCTLR_EL1.EE, EL0t reads E0E.
        assert!(is_big_endian(0x3c5, ee) && !is_big_endian(0x3c5, e0e));
        assert!(is_big_endian(0x0, e0e) && !is_big_endian(0x0, ee));
        // AArch32 reads PSTATE.E (bit 9), never SCTLR.
        assert!(!is_big_endian(0x10 | 0x13, ee | e0e));
        assert!(is_big_endian(0x10 | 0x13 | 1 << 9, 0));
        assert_eq!(RESET_PSTATE_EL1, 0x3c5);
        assert_eq!(RESET_PSTATE_SVC, 0x1d3);
    }
}

//! The Arm exception syndrome (`ESR_ELx`) that SAE reports in `hai.esr_elz` / `trap.esr_elz`
//! (control block 0x400), decoded into EC/IL/ISS and the classes the exit handler dispatches on.
//!
//! Source: Arm ARM D24.2.40 "ESR_EL1"; the class numbers are those of Linux
//! `arch/arm64/include/asm/esr.h` (`ESR_ELx_EC_*`, 6.12). The value is a plain integer in the
//! block (stored big-endian like every other field), not a little-endian memory image.

use arm64_uapi::sysreg::Encoding;
use bitfield_struct::bitfield;
use num_enum::{FromPrimitive, IntoPrimitive};

use crate::Error;

/// `ESR_ELx`: EC (bits 31:26), IL (bit 25), ISS (bits 24:0) and ISS2 (bits 55:32).
#[bitfield(u64)]
#[derive(PartialEq, Eq, Hash)]
pub struct Esr {
    /// Instruction-specific syndrome, bits 24:0.
    #[bits(25, access = RO)]
    pub iss: u32,
    /// Instruction length: true for a 32-bit instruction (bit 25).
    #[bits(1, access = RO)]
    pub il: bool,
    /// Exception class, bits 31:26 (see [`ExceptionClass`]).
    #[bits(6, access = RO)]
    pub ec: u8,
    /// ISS2, bits 55:32.
    #[bits(24, access = RO)]
    pub iss2: u32,
    #[bits(8)]
    __0: u8,
}

impl Esr {
    /// An ESR from its class, IL bit and ISS; fails if `iss` does not fit 25 bits or an
    /// [`ExceptionClass::Other`] value does not fit 6.
    pub fn from_parts(class: ExceptionClass, il: bool, iss: u32) -> Result<Esr, Error> {
        if (iss as u64) >> Self::ISS_BITS != 0 {
            return Err(Error::ValueTooWide {
                bits: Self::ISS_BITS as u32,
            });
        }
        let ec = u64::from(u8::from(class));
        if ec >> Self::EC_BITS != 0 {
            return Err(Error::ValueTooWide {
                bits: Self::EC_BITS as u32,
            });
        }
        Ok(Esr::from_bits(
            (ec << Self::EC_OFFSET)
                | ((il as u64) << Self::IL_OFFSET)
                | (iss as u64) << Self::ISS_OFFSET,
        ))
    }

    /// The exception class; unknown classes are kept as [`ExceptionClass::Other`].
    pub fn class(self) -> ExceptionClass {
        ExceptionClass::from(self.ec())
    }

    /// The trap as the SAE exit handler dispatches it (posted series: HVC64 → SMCCC, SYS64 →
    /// system-register emulation, IABT/DABT from a lower EL → guest abort handler).
    pub fn trap(self) -> Trap {
        match self.class() {
            ExceptionClass::Hvc64 => Trap::Hvc64 {
                imm: self.iss() as u16,
            },
            ExceptionClass::Smc64 => Trap::Smc64 {
                imm: self.iss() as u16,
            },
            ExceptionClass::Sys64 => Trap::Sys64(SysRegIss::from_bits(self.iss())),
            ExceptionClass::IabtLow => {
                Trap::InstructionAbortLowerEl(InstructionAbortIss::from_bits(self.iss()))
            }
            ExceptionClass::DabtLow => Trap::DataAbortLowerEl(DataAbortIss::from_bits(self.iss())),
            other => Trap::Other(other),
        }
    }
}

/// An ESR exception class (`ESR_ELx.EC`). Values not listed stay representable as
/// [`ExceptionClass::Other`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, FromPrimitive, IntoPrimitive)]
#[repr(u8)]
#[non_exhaustive]
pub enum ExceptionClass {
    /// `ESR_ELx_EC_UNKNOWN`.
    Unknown = 0x00,
    /// `ESR_ELx_EC_WFx`: WFI/WFE.
    Wfx = 0x01,
    /// `ESR_ELx_EC_CP15_32`.
    Cp15_32 = 0x03,
    /// `ESR_ELx_EC_CP15_64`.
    Cp15_64 = 0x04,
    /// `ESR_ELx_EC_CP14_MR`.
    Cp14Mr = 0x05,
    /// `ESR_ELx_EC_CP14_LS`.
    Cp14Ls = 0x06,
    /// `ESR_ELx_EC_FP_ASIMD`: FP/SIMD access trap.
    FpAsimd = 0x07,
    /// `ESR_ELx_EC_CP10_ID`.
    Cp10Id = 0x08,
    /// `ESR_ELx_EC_PAC`.
    Pac = 0x09,
    /// `ESR_ELx_EC_CP14_64`.
    Cp14_64 = 0x0c,
    /// `ESR_ELx_EC_BTI`.
    Bti = 0x0d,
    /// `ESR_ELx_EC_ILL`: illegal execution state.
    Ill = 0x0e,
    /// `ESR_ELx_EC_SVC32`.
    Svc32 = 0x11,
    /// `ESR_ELx_EC_HVC32`.
    Hvc32 = 0x12,
    /// `ESR_ELx_EC_SMC32`.
    Smc32 = 0x13,
    /// `ESR_ELx_EC_SVC64`.
    Svc64 = 0x15,
    /// `ESR_ELx_EC_HVC64`: HVC from AArch64; the SMCCC/PSCI path.
    Hvc64 = 0x16,
    /// `ESR_ELx_EC_SMC64`: SMC from AArch64 (not routed by the posted series).
    Smc64 = 0x17,
    /// `ESR_ELx_EC_SYS64`: trapped MSR/MRS/system instruction.
    Sys64 = 0x18,
    /// `ESR_ELx_EC_SVE`.
    Sve = 0x19,
    /// `ESR_ELx_EC_ERET`.
    Eret = 0x1a,
    /// `ESR_ELx_EC_FPAC`.
    Fpac = 0x1c,
    /// `ESR_ELx_EC_SME`.
    Sme = 0x1d,
    /// `ESR_ELx_EC_IMP_DEF`.
    ImpDef = 0x1f,
    /// `ESR_ELx_EC_IABT_LOW`: instruction abort from a lower EL.
    IabtLow = 0x20,
    /// `ESR_ELx_EC_IABT_CUR`.
    IabtCur = 0x21,
    /// `ESR_ELx_EC_PC_ALIGN`.
    PcAlign = 0x22,
    /// `ESR_ELx_EC_DABT_LOW`: data abort from a lower EL.
    DabtLow = 0x24,
    /// `ESR_ELx_EC_DABT_CUR`.
    DabtCur = 0x25,
    /// `ESR_ELx_EC_SP_ALIGN`.
    SpAlign = 0x26,
    /// `ESR_ELx_EC_MOPS`.
    Mops = 0x27,
    /// `ESR_ELx_EC_FP_EXC32`.
    FpExc32 = 0x28,
    /// `ESR_ELx_EC_FP_EXC64`.
    FpExc64 = 0x2c,
    /// `ESR_ELx_EC_SERROR`.
    Serror = 0x2f,
    /// `ESR_ELx_EC_BREAKPT_LOW`.
    BreakptLow = 0x30,
    /// `ESR_ELx_EC_BREAKPT_CUR`.
    BreakptCur = 0x31,
    /// `ESR_ELx_EC_SOFTSTP_LOW`.
    SoftstpLow = 0x32,
    /// `ESR_ELx_EC_SOFTSTP_CUR`.
    SoftstpCur = 0x33,
    /// `ESR_ELx_EC_WATCHPT_LOW`.
    WatchptLow = 0x34,
    /// `ESR_ELx_EC_WATCHPT_CUR`.
    WatchptCur = 0x35,
    /// `ESR_ELx_EC_BKPT32`.
    Bkpt32 = 0x38,
    /// `ESR_ELx_EC_VECTOR32`.
    Vector32 = 0x3a,
    /// `ESR_ELx_EC_BRK64`.
    Brk64 = 0x3c,
    /// Any other class, raw value kept (only the low 6 bits are meaningful).
    #[num_enum(catch_all)]
    Other(u8),
}

/// A trapped guest exception, by the classes the SAE exit handler dispatches on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Trap {
    /// HVC from AArch64; `imm` is the HVC immediate (ISS 15:0). Function id in X0.
    Hvc64 {
        /// The 16-bit immediate.
        imm: u16,
    },
    /// SMC from AArch64; `imm` is the SMC immediate.
    Smc64 {
        /// The 16-bit immediate.
        imm: u16,
    },
    /// Trapped MSR/MRS (EC 0x18).
    Sys64(SysRegIss),
    /// Instruction abort from a lower EL (EC 0x20).
    InstructionAbortLowerEl(InstructionAbortIss),
    /// Data abort from a lower EL (EC 0x24).
    DataAbortLowerEl(DataAbortIss),
    /// Any other class (the posted series answers these with "unknown EC").
    Other(ExceptionClass),
}

/// ISS of a trapped MSR/MRS (EC 0x18): direction (bit 0) and Rt (bits 9:5); the register
/// encoding is read with `arm64_uapi`'s [`Encoding::from_esr_iss`].
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

impl SysRegIss {
    /// The system register accessed.
    pub const fn encoding(self) -> Encoding {
        Encoding::from_esr_iss(self.into_bits())
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_positions_match_the_arm_arm() {
        // (bitfield offset, width) against Arm ARM / esr.h: EC 31:26, IL 25, ISS 24:0.
        assert_eq!((Esr::EC_OFFSET, Esr::EC_BITS), (26, 6));
        assert_eq!((Esr::IL_OFFSET, Esr::IL_BITS), (25, 1));
        assert_eq!((Esr::ISS_OFFSET, Esr::ISS_BITS), (0, 25));
        assert_eq!((Esr::ISS2_OFFSET, Esr::ISS2_BITS), (32, 24));
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
}

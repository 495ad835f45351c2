//! The SAE instructions: opcodes, encoders that produce their bytes, and a decoder that names
//! them (for disassemblers).
//!
//! | Mnemonic | Opcode | Format | Operands |
//! |---|---|---|---|
//! | SAE     | B9A5 | RRE (R2 = 0) | R1: physical address of the control block |
//! | LASRM   | B9A6 | RRE (R2 = 0) | R1: save-area address |
//! | STIASRM | B9A7 | RRE (R2 = 0) | R1: save-area address |
//! | QAAF    | B9AD | RRE (R2 = 0) | GR0: function code word; R1: output block address |
//! | SASR    | ED99 | RIE-h | R1: value; R3: save-area address; I2: register id; M4: flags |
//! | EASR    | ED9B | RIE-h | R1: result; R3: save-area address; I2: register id; M4: flags |
//!
//! RRE (32 bits, MSB-0): opcode 0–15, zero 16–23, R1 24–27, R2 28–31. RIE-h (48 bits, MSB-0):
//! opcode high byte 0–7, R1 8–11, zero 12–15, R3 16–19, I2 20–35, M4 36–39, opcode low byte
//! 40–47. I2 is the unsigned 16-bit register id `sys_reg() >> 5`
//! ([`Encoding::sae_id`](arm64_uapi::sysreg::Encoding::sae_id)).
//!
//! Source: v1 19/27 and v2 20/28 (SAE, LASRM, STIASRM), system-register series v1 13/26 (EASR,
//! SASR, RIE-h) and 14/26 (QAAF). The kernel emits the RRE ones as `.insn rre,0xb9a70000,R1,0`
//! and the RIE-h ones as six `.byte`s; [`Instruction::directive`] prints the same.

use core::fmt;

use crate::Error;
use crate::layout::{EASR_FLAG_SA, SASR_FLAG_INITIALIZED};

pub use crate::generated::insn::Opcode;

/// An instruction format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// RRE, 4 bytes.
    Rre,
    /// RIE-h, 6 bytes.
    RieH,
}

impl Format {
    /// Length in bytes.
    pub const fn byte_len(self) -> usize {
        match self {
            Format::Rre => 4,
            Format::RieH => 6,
        }
    }
}

/// A general register number, 0–15.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Gpr(u8);

impl Gpr {
    /// Register `n`; fails above 15.
    pub const fn new(n: u8) -> Result<Gpr, Error> {
        if n < 16 {
            Ok(Gpr(n))
        } else {
            Err(Error::InvalidGpr(n))
        }
    }

    /// The register number.
    pub const fn number(self) -> u8 {
        self.0
    }
}

/// The 4-bit M4 flags field of EASR/SASR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct M4(u8);

impl M4 {
    /// M4 = 0: the vCPU's registers are loaded on the CPU (between LASRM and STIASRM).
    pub const LOADED: M4 = M4(0);
    /// `SASR_FLAG_INITIALIZED`: SASR on the in-memory save area (vCPU not loaded).
    pub const SASR_SAVE_AREA: M4 = M4(SASR_FLAG_INITIALIZED);
    /// `EASR_FLAG_SA`: EASR on the in-memory save area (vCPU not loaded).
    pub const EASR_SAVE_AREA: M4 = M4(EASR_FLAG_SA);

    /// Flags `v`; fails above 4 bits.
    pub const fn new(v: u8) -> Result<M4, Error> {
        if v < 16 {
            Ok(M4(v))
        } else {
            Err(Error::ValueTooWide { bits: 4 })
        }
    }

    /// The raw 4-bit value.
    pub const fn bits(self) -> u8 {
        self.0
    }
}

/// One SAE instruction with its operands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Instruction {
    /// `SAE R1`: R1 holds the control block's physical address.
    Sae {
        /// R1.
        r1: Gpr,
    },
    /// `LASRM R1`: R1 holds the save-area address (Linux uses an address register, not r0).
    Lasrm {
        /// R1.
        r1: Gpr,
    },
    /// `STIASRM R1`: R1 holds the save-area address.
    Stiasrm {
        /// R1.
        r1: Gpr,
    },
    /// `QAAF R1`: GR0 holds the function code word, R1 the output block address.
    Qaaf {
        /// R1.
        r1: Gpr,
    },
    /// `SASR R1,R3,I2,M4`: write R1 to register `reg` of the save area at R3.
    Sasr {
        /// R1, the value.
        r1: Gpr,
        /// R3, the save-area address.
        r3: Gpr,
        /// I2, the register id (`sys_reg() >> 5`).
        reg: u16,
        /// M4 flags.
        m4: M4,
    },
    /// `EASR R1,R3,I2,M4`: read register `reg` of the save area at R3 into R1.
    Easr {
        /// R1, the result.
        r1: Gpr,
        /// R3, the save-area address.
        r3: Gpr,
        /// I2, the register id (`sys_reg() >> 5`).
        reg: u16,
        /// M4 flags.
        m4: M4,
    },
}

/// Encoded instruction bytes (4 or 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Encoded {
    bytes: [u8; 6],
    len: u8,
}

impl Encoded {
    /// The instruction bytes, in memory order.
    pub fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..usize::from(self.len)).unwrap_or(&[])
    }
}

impl Instruction {
    /// The opcode.
    pub const fn opcode(&self) -> Opcode {
        match self {
            Instruction::Sae { .. } => Opcode::Sae,
            Instruction::Lasrm { .. } => Opcode::Lasrm,
            Instruction::Stiasrm { .. } => Opcode::Stiasrm,
            Instruction::Qaaf { .. } => Opcode::Qaaf,
            Instruction::Sasr { .. } => Opcode::Sasr,
            Instruction::Easr { .. } => Opcode::Easr,
        }
    }

    /// The instruction bytes.
    pub const fn encode(&self) -> Encoded {
        let [hi, lo] = self.opcode().value().to_be_bytes();
        match *self {
            Instruction::Sae { r1 }
            | Instruction::Lasrm { r1 }
            | Instruction::Stiasrm { r1 }
            | Instruction::Qaaf { r1 } => Encoded {
                bytes: [hi, lo, 0, r1.0 << 4, 0, 0],
                len: 4,
            },
            Instruction::Sasr { r1, r3, reg, m4 } | Instruction::Easr { r1, r3, reg, m4 } => {
                let [ih, il] = reg.to_be_bytes();
                Encoded {
                    bytes: [
                        hi,
                        r1.0 << 4,
                        (r3.0 << 4) | (ih >> 4),
                        (ih << 4) | (il >> 4),
                        (il << 4) | m4.0,
                        lo,
                    ],
                    len: 6,
                }
            }
        }
    }

    /// Decode the instruction at the start of `bytes`; returns it and its length. Fails for
    /// other opcodes, for set bits in fields that must be zero, and for short input.
    pub fn decode(bytes: &[u8]) -> Result<(Instruction, usize), Error> {
        let &b0 = bytes.first().ok_or(Error::Truncated)?;
        // s390: the two high bits of the first byte give the length (00: 2, 01/10: 4, 11: 6).
        let len = match b0 >> 6 {
            0 => 2,
            1 | 2 => 4,
            _ => 6,
        };
        let b = bytes.get(..len).ok_or(Error::Truncated)?;
        let op = match *b {
            [b0, b1, _, _] => u16::from_be_bytes([b0, b1]),
            [b0, _, _, _, _, b5] => u16::from_be_bytes([b0, b5]),
            _ => return Err(Error::UnknownInstruction),
        };
        let op = Opcode::try_from(op).map_err(|_| Error::UnknownInstruction)?;
        let gpr = |n: u8| Gpr::new(n & 0xf);
        let insn = match (op.format(), b) {
            (Format::Rre, &[_, _, 0, r]) if r & 0xf == 0 => {
                let r1 = gpr(r >> 4)?;
                match op {
                    Opcode::Sae => Instruction::Sae { r1 },
                    Opcode::Lasrm => Instruction::Lasrm { r1 },
                    Opcode::Stiasrm => Instruction::Stiasrm { r1 },
                    _ => Instruction::Qaaf { r1 },
                }
            }
            (Format::RieH, &[_, r1, x2, x3, x4, _]) if r1 & 0xf == 0 => {
                let r1 = gpr(r1 >> 4)?;
                let r3 = gpr(x2 >> 4)?;
                let reg = u16::from_be_bytes([(x2 << 4) | (x3 >> 4), (x3 << 4) | (x4 >> 4)]);
                let m4 = M4(x4 & 0xf);
                match op {
                    Opcode::Sasr => Instruction::Sasr { r1, r3, reg, m4 },
                    _ => Instruction::Easr { r1, r3, reg, m4 },
                }
            }
            _ => return Err(Error::UnknownInstruction),
        };
        Ok((insn, len))
    }

    /// The assembler directive that emits this instruction, as the kernel writes it:
    /// `.insn rre,0xb9a50000,%r2,0` for RRE, six `.byte`s for RIE-h.
    pub fn directive(&self) -> Directive {
        Directive(*self)
    }
}

/// Assembler syntax: `sae %r2`, `easr %r1,%r3,0xc080,8`.
impl fmt::Display for Instruction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = self.opcode().mnemonic();
        match *self {
            Instruction::Sae { r1 }
            | Instruction::Lasrm { r1 }
            | Instruction::Stiasrm { r1 }
            | Instruction::Qaaf { r1 } => write!(f, "{m} %r{}", r1.0),
            Instruction::Sasr { r1, r3, reg, m4 } | Instruction::Easr { r1, r3, reg, m4 } => {
                write!(f, "{m} %r{},%r{},{reg:#06x},{}", r1.0, r3.0, m4.0)
            }
        }
    }
}

/// A GNU-as directive for one instruction (see [`Instruction::directive`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Directive(Instruction);

impl fmt::Display for Directive {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let insn = self.0;
        match insn {
            Instruction::Sae { r1 }
            | Instruction::Lasrm { r1 }
            | Instruction::Stiasrm { r1 }
            | Instruction::Qaaf { r1 } => {
                let template = u32::from(insn.opcode().value()) << 16;
                write!(f, ".insn rre,{template:#010x},%r{},0", r1.0)
            }
            Instruction::Sasr { .. } | Instruction::Easr { .. } => {
                f.write_str(".byte ")?;
                for (i, b) in insn.encode().as_bytes().iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{b:#04x}")?;
                }
                Ok(())
            }
        }
    }
}

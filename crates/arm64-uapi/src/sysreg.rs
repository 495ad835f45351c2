//! System-register descriptors and the register table (Arm ARM D23 "AArch64 System Register
//! Descriptions"; encodings per C5.3 "A64 System instructions for system register access").

use crate::regs::{BY_NAME, REGISTERS, SHARED_LAYOUTS};

/// The encoding of an AArch64 system register: `op0`, `op1`, `CRn`, `CRm`, `op2` as in the
/// MRS/MSR instructions (Arm ARM C5.3 / C6.2 "MRS").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Encoding {
    /// op0 (2 bits; 2 = debug, 3 = non-debug registers).
    pub op0: u8,
    /// op1 (3 bits).
    pub op1: u8,
    /// CRn (4 bits).
    pub crn: u8,
    /// CRm (4 bits).
    pub crm: u8,
    /// op2 (3 bits).
    pub op2: u8,
}

/// `MRS X0, <reg>` with a zero register field (bit 21 L = 1).
const MRS_BASE: u32 = 0xd520_0000;
/// `MSR <reg>, X0` with a zero register field (bit 21 L = 0).
const MSR_BASE: u32 = 0xd500_0000;

impl Encoding {
    /// An encoding; each value is truncated to its field width.
    pub const fn new(op0: u8, op1: u8, crn: u8, crm: u8, op2: u8) -> Self {
        Encoding {
            op0: op0 & 3,
            op1: op1 & 7,
            crn: crn & 15,
            crm: crm & 15,
            op2: op2 & 7,
        }
    }

    /// The kernel's `sys_reg(op0, op1, CRn, CRm, op2)`: the fields at their MRS/MSR
    /// instruction positions, op0 at bits 20:19 down to op2 at bits 7:5.
    pub const fn sys_reg(self) -> u32 {
        ((self.op0 as u32) << 19)
            | ((self.op1 as u32) << 16)
            | ((self.crn as u32) << 12)
            | ((self.crm as u32) << 8)
            | ((self.op2 as u32) << 5)
    }

    /// The encoding held in a `sys_reg()` value (other bits ignored).
    pub const fn from_sys_reg(v: u32) -> Self {
        Encoding::new(
            (v >> 19) as u8,
            (v >> 16) as u8,
            (v >> 12) as u8,
            (v >> 8) as u8,
            (v >> 5) as u8,
        )
    }

    /// The `MRS Xt, <reg>` instruction word for register `rt` (0..=30; 31 is XZR).
    pub const fn mrs(self, rt: u8) -> u32 {
        MRS_BASE | self.sys_reg() | (rt & 31) as u32
    }

    /// The `MSR <reg>, Xt` instruction word for register `rt`.
    pub const fn msr(self, rt: u8) -> u32 {
        MSR_BASE | self.sys_reg() | (rt & 31) as u32
    }

    /// The 16-bit register id used by the s390 EASR/SASR instructions: `sys_reg() >> 5`,
    /// i.e. `op0:op1:CRn:CRm:op2` packed into bits 15:0.
    pub const fn sae_id(self) -> u16 {
        (self.sys_reg() >> 5) as u16
    }

    /// The encoding named by an EASR/SASR register id.
    pub const fn from_sae_id(id: u16) -> Self {
        Encoding::from_sys_reg((id as u32) << 5)
    }

    /// The ISS of an `ESR_ELx` with EC = 0x18 (trapped MSR/MRS/system instruction, Arm ARM
    /// D24.2.40): Op0 at 21:20, Op2 at 19:17, Op1 at 16:14, CRn at 13:10, CRm at 4:1. Rt
    /// (9:5) and the direction bit (0) are left zero.
    pub const fn esr_iss(self) -> u32 {
        ((self.op0 as u32) << 20)
            | ((self.op2 as u32) << 17)
            | ((self.op1 as u32) << 14)
            | ((self.crn as u32) << 10)
            | ((self.crm as u32) << 1)
    }

    /// The register named by the ISS of a trapped MSR/MRS (EC = 0x18).
    pub const fn from_esr_iss(iss: u32) -> Self {
        Encoding::new(
            (iss >> 20) as u8,
            (iss >> 14) as u8,
            (iss >> 10) as u8,
            (iss >> 1) as u8,
            (iss >> 17) as u8,
        )
    }
}

/// How an enumerated ID-register field compares (kernel `_SIGNED`; Arm ARM D19.1.3
/// "Principles of the ID scheme for fields in ID registers").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldSign {
    /// No signedness declared (`Field`, `Enum`).
    Unspecified,
    /// `UnsignedEnum`: a larger value means more features.
    Unsigned,
    /// `SignedEnum`: `0b1111` reads as -1 (not implemented).
    Signed,
}

/// A named value of an enumerated field, unshifted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Enumerator {
    /// The name as in the definitions (may start with a digit, e.g. `52`).
    pub name: &'static str,
    /// The field value.
    pub value: u64,
}

impl Enumerator {
    /// The enumerator `name` with value `value`.
    pub const fn new(name: &'static str, value: u64) -> Self {
        Enumerator { name, value }
    }
}

/// A field of a register layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Field {
    /// Field name as in the Arm ARM.
    pub name: &'static str,
    /// Least significant bit.
    pub shift: u8,
    /// Width in bits (1..=64).
    pub width: u8,
    /// Declared signedness.
    pub sign: FieldSign,
    /// Named values, in definition order.
    pub enumerators: &'static [Enumerator],
}

impl Field {
    /// Least significant bit, as `u32` (kernel `_SHIFT`).
    pub const fn shift(&self) -> u32 {
        self.shift as u32
    }

    /// Width in bits (kernel `_WIDTH`).
    pub const fn width(&self) -> u32 {
        self.width as u32
    }

    /// True for a `SignedEnum` field (kernel `_SIGNED true`).
    pub const fn is_signed(&self) -> bool {
        matches!(self.sign, FieldSign::Signed)
    }

    /// The unshifted all-ones value of the field.
    pub const fn max(&self) -> u64 {
        match u64::MAX.checked_shr(64u32.saturating_sub(self.width())) {
            Some(m) if self.width != 0 => m,
            _ => 0,
        }
    }

    /// The in-place mask, `GENMASK(msb, lsb)` (kernel `_MASK`).
    pub const fn mask(&self) -> u64 {
        match self.max().checked_shl(self.shift()) {
            Some(m) => m,
            None => 0,
        }
    }

    /// The field's value in `reg` (kernel `FIELD_GET`).
    pub const fn get(&self, reg: u64) -> u64 {
        match reg.checked_shr(self.shift()) {
            Some(v) => v & self.max(),
            None => 0,
        }
    }

    /// The field's value in `reg`, sign-extended when the field is signed.
    pub const fn get_signed(&self, reg: u64) -> i64 {
        let v = self.get(reg);
        let w = self.width();
        if self.is_signed() && w > 0 && w < 64 {
            let s = 64u32.saturating_sub(w);
            ((v << s) as i64) >> s
        } else {
            v as i64
        }
    }

    /// `value` placed in the field (kernel `FIELD_PREP`); bits beyond the width are dropped.
    pub const fn prep(&self, value: u64) -> u64 {
        match (value & self.max()).checked_shl(self.shift()) {
            Some(v) => v,
            None => 0,
        }
    }

    /// The enumerator named `name`.
    pub fn enumerator(&self, name: &str) -> Option<&'static Enumerator> {
        self.enumerators.iter().find(|e| e.name == name)
    }

    /// The first enumerator with value `value`.
    pub fn name_of(&self, value: u64) -> Option<&'static str> {
        self.enumerators
            .iter()
            .find(|e| e.value == value)
            .map(|e| e.name)
    }
}

/// A complete 64-bit register layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Layout {
    /// The register or `SysregFields` name the layout is defined under.
    pub name: &'static str,
    /// Bits reserved as zero (kernel `_RES0`).
    pub res0: u64,
    /// Bits reserved as one (kernel `_RES1`).
    pub res1: u64,
    /// Bits with an unknown value (kernel `_UNKN`).
    pub unkn: u64,
    /// Bits that read as zero (`Raz`; no kernel macro).
    pub raz: u64,
    /// Named fields, most significant first.
    pub fields: &'static [Field],
}

impl Layout {
    /// The field named `name`.
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// What a typed accessor `Value::<field>_enum()` returns: the field as its `Enum`, or the
/// `num_enum` error holding a value no enumerator names.
#[cfg(feature = "typed")]
pub type EnumResult<E> = Result<E, num_enum::TryFromPrimitiveError<E>>;

/// A feature-dependent alternative layout (`Prefix` in the definitions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Prefixed {
    /// The prefix (the kernel's macros are named `<prefix>_<REG>_<FIELD>`).
    pub prefix: &'static str,
    /// The alternative layout.
    pub layout: &'static Layout,
}

impl Prefixed {
    /// The layout `layout` under `prefix`.
    pub const fn new(prefix: &'static str, layout: &'static Layout) -> Self {
        Prefixed { prefix, layout }
    }
}

/// A system register: name, encoding and layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SysReg {
    /// Name as in the Arm ARM.
    pub name: &'static str,
    /// The encoding.
    pub encoding: Encoding,
    /// The layout (shared layouts and `Mapping` aliases resolved).
    pub layout: &'static Layout,
    /// Alternative layouts.
    pub prefixed: &'static [Prefixed],
}

/// Every register in the definitions, sorted by encoding then name.
pub fn all() -> &'static [SysReg] {
    &REGISTERS
}

/// Every shared layout (`SysregFields`) in the definitions, in definition order; registers
/// that use one point at it from [`SysReg::layout`].
pub fn shared_layouts() -> &'static [&'static Layout] {
    &SHARED_LAYOUTS
}

/// The register named `name` (exact spelling).
pub fn by_name(name: &str) -> Option<&'static SysReg> {
    let idx = BY_NAME
        .binary_search_by(|&i| {
            REGISTERS
                .get(usize::from(i))
                .map_or("", |r| r.name)
                .cmp(name)
        })
        .ok()?;
    REGISTERS.get(usize::from(*BY_NAME.get(idx)?))
}

/// Every register with encoding `enc`: usually one, more for architectural aliases.
pub fn by_encoding(enc: Encoding) -> &'static [SysReg] {
    let key = enc.sys_reg();
    let start = REGISTERS.partition_point(|r| r.encoding.sys_reg() < key);
    let end = REGISTERS.partition_point(|r| r.encoding.sys_reg() <= key);
    REGISTERS.get(start..end).unwrap_or(&[])
}

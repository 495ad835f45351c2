//! QAAF (Query Available Arm Features, B9AD): the query-model-capabilities block, its register
//! indices, and the GR0 function-code word.
//!
//! Source: "KVM: arm64 on s390 System Register Handling" v1 14/26 (`struct qaaf_qmc_block`,
//! `QAAF_FC_QMC`, the `QAAF_REG_*` indices); `QAAF_FC_GISRSA`, `QAAF_REG_AIDR_EL1` and the GR0
//! union only in the kvms390 tree. The block, the `QAAF_REG_*` indices and [`QAAF_ENTRIES`] are
//! generated from `defs/sae` ([`layout::QAAF_QMC_BLOCK`]).
//!
//! Indices address `regs[]`, which starts at block offset 0x10 (the code indexes `regs[]`; the
//! patch does not say whether the machine counts from the block start). `regs` has 0x1fe
//! entries, so indices 0x1fe and 0x1ff, which the posted enum comment calls reserved, are
//! outside the block and rejected.

use arm64_uapi::sysreg::{Encoding, SysReg};
use bitfield_struct::bitfield;
use zerocopy::{FromZeros, IntoBytes};

use crate::layout::{self, QAAF_QMC_BLOCK};
use crate::{Error, Evidence, block};

pub use crate::generated::blocks::QaafQmcBlock;
pub use crate::generated::tables::QAAF_ENTRIES;

impl Default for QaafQmcBlock {
    fn default() -> Self {
        Self::new()
    }
}

impl QaafQmcBlock {
    /// Number of entries of `regs` (0x1fe).
    pub const REGS: usize = crate::field_size(|b: &QaafQmcBlock| &b.regs) / 8;

    /// An all-zero block.
    pub fn new() -> Self {
        FromZeros::new_zeroed()
    }

    /// `ssdf` (0x08): supported state-description formats, raw. How formats are encoded in
    /// it is not published; see [`crate::inferred::FormatSet`].
    pub fn ssdf(&self) -> u8 {
        self.ssdf
    }

    /// Set `ssdf`.
    pub fn set_ssdf(&mut self, v: u8) {
        self.ssdf = v;
    }

    /// `ssaf` (0x0a): supported save-area formats, raw (encoding as for [`Self::ssdf`]).
    pub fn ssaf(&self) -> u8 {
        self.ssaf
    }

    /// Set `ssaf`.
    pub fn set_ssaf(&mut self, v: u8) {
        self.ssaf = v;
    }

    /// `maxncpu` (0x0e), raw: the maximum vCPU **id** (kvms390 tree; the posted series read
    /// it as the maximum number of vCPUs). See [`Self::max_vcpus`].
    pub fn maxncpu(&self) -> u16 {
        self.maxncpu.get()
    }

    /// The maximum vCPU id the machine supports (`maxncpu`).
    pub fn max_vcpu_id(&self) -> u16 {
        self.maxncpu.get()
    }

    /// The number of vCPUs the machine supports: `maxncpu + 1` (ids 0..=maxncpu, kvms390
    /// tree). Never overflows: the result is a `u32`.
    pub fn max_vcpus(&self) -> u32 {
        u32::from(self.maxncpu.get()).saturating_add(1)
    }

    /// Set `maxncpu`.
    pub fn set_maxncpu(&mut self, v: u16) {
        self.maxncpu.set(v);
    }

    /// `regs[index]` (block offset 0x10 + 8 × index).
    pub fn reg(&self, index: u16) -> Result<u64, Error> {
        self.regs
            .get(usize::from(index))
            .map(|r| r.get())
            .ok_or(Error::IndexOutOfRange {
                index: index.into(),
                len: Self::REGS,
            })
    }

    /// Set `regs[index]`.
    pub fn set_reg(&mut self, index: u16, v: u64) -> Result<(), Error> {
        let r = self
            .regs
            .get_mut(usize::from(index))
            .ok_or(Error::IndexOutOfRange {
                index: index.into(),
                len: Self::REGS,
            })?;
        r.set(v);
        Ok(())
    }

    /// The machine's value of the Arm register `enc`, if QAAF reports it
    /// ([`Error::NotPlaced`] otherwise).
    pub fn sysreg(&self, enc: Encoding) -> Result<u64, Error> {
        self.reg(qaaf_index(enc).ok_or(Error::NotPlaced)?)
    }

    /// True if the reserved ranges are zero.
    pub fn reserved_is_zero(&self) -> bool {
        block::reserved_is_zero(&QAAF_QMC_BLOCK, self.as_bytes())
    }
}

impl core::fmt::Debug for QaafQmcBlock {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("QaafQmcBlock")
            .field("ssdf", &format_args!("{:#x}", self.ssdf))
            .field("ssaf", &format_args!("{:#x}", self.ssaf))
            .field("maxncpu", &self.maxncpu())
            .finish_non_exhaustive()
    }
}

/// What a QAAF `regs[]` index holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QaafItem {
    /// An Arm system register (the generated `arm64-uapi` descriptor).
    Register(SysReg),
    /// `QAAF_IRPTC`: interrupt-controller capabilities; layout not published.
    Irptc,
    /// `QAAF_GIC_ATTR`: GIC attributes; layout not published.
    GicAttr,
}

/// One row of the QAAF index table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QaafEntry {
    /// The index into `regs[]` (`QAAF_REG_*`).
    pub index: u16,
    /// What the entry holds.
    pub item: QaafItem,
    /// Where the index comes from.
    pub evidence: Evidence,
}

static_assertions::const_assert_eq!(QAAF_ENTRIES.len(), layout::QAAF_REGS.consts.len());

/// The QAAF index of the Arm register `enc`, if QAAF reports it.
pub fn qaaf_index(enc: Encoding) -> Option<u16> {
    QAAF_ENTRIES.iter().find_map(|e| match e.item {
        QaafItem::Register(r) if r.encoding == enc => Some(e.index),
        _ => None,
    })
}

/// The table row for a QAAF index, if the index is assigned.
pub fn qaaf_entry(index: u16) -> Option<&'static QaafEntry> {
    QAAF_ENTRIES.iter().find(|e| e.index == index)
}

/// The GR0 word of QAAF (kvms390 tree `union qaaf_gr0_gisrsa`): bytes 0–5 zero, byte 6 the
/// save-area format `saf`, byte 7 two reserved bits and the 6-bit function code `fc`.
///
/// Mirrors the MSB-first C bit-field with `order = Msb`; the derived value is
/// `(saf << 8) | fc` (tested). Layout only in the kvms390 tree; the numeric form is inferred.
/// Calls with `QAAF_FC_QMC` pass GR0 = 1 (posted).
#[bitfield(u64, order = Msb)]
#[derive(PartialEq, Eq, Hash)]
pub struct QaafGr0 {
    #[bits(48)]
    __0: u64,
    /// `saf`: save-area format requested (for `QAAF_FC_GISRSA`).
    #[bits(8, access = RO)]
    pub saf: u8,
    #[bits(2)]
    __1: u8,
    #[bits(6)]
    fc: u8,
}

impl QaafGr0 {
    /// The word for function `QAAF_FC_QMC`.
    pub const fn qmc() -> Self {
        Self::new().with_fc_bits(layout::QAAF_FC_QMC)
    }

    /// The word for function `QAAF_FC_GISRSA` (kvms390 tree) asking for save-area format `saf`.
    pub const fn gisrsa(saf: u8) -> Self {
        Self::from_bits(
            Self::new().with_fc_bits(layout::QAAF_FC_GISRSA).into_bits()
                | ((saf as u64) << Self::SAF_OFFSET),
        )
    }

    /// The function code, 6 bits.
    pub const fn function_code(self) -> u8 {
        self.fc()
    }

    /// A word with function code `fc`; fails if `fc` does not fit 6 bits.
    pub const fn with_function_code(self, fc: u8) -> Result<Self, Error> {
        match self.with_fc_checked(fc) {
            Ok(w) => Ok(w),
            Err(()) => Err(Error::ValueTooWide {
                bits: Self::FC_BITS as u32,
            }),
        }
    }

    const fn with_fc_bits(self, fc: u8) -> Self {
        match self.with_fc_checked(fc) {
            Ok(w) => w,
            Err(()) => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gr0_msb0_declaration_gives_saf_shl_8_or_fc() {
        assert_eq!((QaafGr0::FC_OFFSET, QaafGr0::FC_BITS), (0, 6));
        assert_eq!((QaafGr0::SAF_OFFSET, QaafGr0::SAF_BITS), (8, 8));
        assert_eq!(QaafGr0::qmc().into_bits(), 1);
        assert_eq!(QaafGr0::gisrsa(0).into_bits(), 2);
        assert_eq!(QaafGr0::gisrsa(0x5a).into_bits(), 0x5a02);
        assert_eq!(QaafGr0::from_bits(0x5a02).saf(), 0x5a);
        assert_eq!(
            QaafGr0::new().with_function_code(0x40),
            Err(Error::ValueTooWide { bits: 6 })
        );
    }
}

//! `struct kvm_sae_save_area`: the save area ("satellite block"), 4096 bytes, 4 KiB aligned.
//!
//! LASRM (B9A6) loads the guest's system registers from it, STIASRM (B9A7) stores them back,
//! and EASR/SASR (ED9B/ED99) read or write one register by its 16-bit id (see
//! [`insn`](crate::insn) and [`placement`](crate::placement)). The register image `regs` is
//! machine-defined and its layout unpublished: this crate never indexes it.
//!
//! Source: posted v2–v4 `kvm_host_arm64_types.h`; the struct is generated from `defs/sae`
//! ([`layout::SAVE_AREA`](crate::layout::SAVE_AREA)). v1
//! declared `regs[507]`, 8 bytes short (hidden by the page alignment); v2 fixed it.

use zerocopy::{FromZeros, IntoBytes};

use crate::block;
use crate::layout::{SAE_SAS_VALID, SAVE_AREA};

pub use crate::generated::blocks::SaveArea;

impl Default for SaveArea {
    fn default() -> Self {
        Self::new()
    }
}

impl SaveArea {
    /// An all-zero save area (format 0, not valid). The kvms390 tree instead starts every
    /// vCPU's save area from the machine template returned by QAAF `QAAF_FC_GISRSA`.
    pub fn new() -> Self {
        FromZeros::new_zeroed()
    }

    /// `saf` (0x00): save-area format (`SAE_SAVE_AREA_FORMAT_0` = 0 is the only one).
    pub fn saf(&self) -> u8 {
        self.saf
    }

    /// Set `saf`.
    pub fn set_saf(&mut self, v: u8) {
        self.saf = v;
    }

    /// `sas` (0x06): save-area status, raw.
    pub fn sas(&self) -> u16 {
        self.sas.get()
    }

    /// Set `sas`, raw.
    pub fn set_sas(&mut self, v: u16) {
        self.sas.set(v);
    }

    /// `SAE_SAS_VALID` (bit 0 of `sas`): the save area holds valid register contents.
    pub fn is_valid(&self) -> bool {
        self.sas.get() & SAE_SAS_VALID != 0
    }

    /// Set or clear `SAE_SAS_VALID`, keeping the other `sas` bits.
    pub fn set_valid(&mut self, valid: bool) {
        let other = self.sas.get() & !SAE_SAS_VALID;
        self.sas
            .set(if valid { other | SAE_SAS_VALID } else { other });
    }

    /// `sdo` (0x08): physical address of the owning SAE control block (the back-pointer of
    /// the block's `save_area`). Set at `KVM_ARM_VCPU_INIT` (posted); the kvms390 tree's vCPU
    /// reset writes the block's physical address into it again. "State description origin"
    /// is inferred.
    pub fn sdo(&self) -> u64 {
        self.sdo.get()
    }

    /// Set `sdo`.
    pub fn set_sdo(&mut self, v: u64) {
        self.sdo.set(v);
    }

    /// `regs` (0x20, 4064 bytes, C `u64[508]`): the machine-defined register image. Opaque:
    /// move it whole, access single registers only with EASR/SASR.
    pub fn opaque_regs(&self) -> &[u8; 4064] {
        &self.regs
    }

    /// True if the reserved ranges (`_0001`, `_0010`) are zero.
    pub fn reserved_is_zero(&self) -> bool {
        block::reserved_is_zero(&SAVE_AREA, self.as_bytes())
    }

    /// Zero the reserved ranges.
    pub fn clear_reserved(&mut self) {
        block::clear_reserved(&SAVE_AREA, self.as_mut_bytes());
    }
}

impl core::fmt::Debug for SaveArea {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("SaveArea")
            .field("saf", &self.saf)
            .field("sas", &format_args!("{:#x}", self.sas()))
            .field("sdo", &format_args!("{:#x}", self.sdo()))
            .finish_non_exhaustive()
    }
}

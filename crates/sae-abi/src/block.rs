//! `struct kvm_sae_block`: the SAE control block ("state description"), 4096 bytes, 4 KiB
//! aligned. SAE (B9A5) takes its physical address; the guest state the hypervisor touches most
//! (X0–X30, PC, PSTATE, SP, FP control, SVE predicates, timers, GICv3 ICH registers) lives
//! here, everything else in the [`SaveArea`](crate::SaveArea).
//!
//! Source: posted v2–v4 `kvm_host_arm64_types.h`. The struct, its detail-union views and their
//! offset assertions are generated from `defs/sae` (see [`layout::SAE_BLOCK`]); this module
//! adds the typed accessors. v1 has no `contextidr_el1`: its reserved range at 0x190 is 104
//! bytes long. All fields are big-endian.

use arm64_uapi::regs;
use zerocopy::byteorder::big_endian::{U16, U64};
use zerocopy::{FromZeros, IntoBytes};

use crate::Error;
use crate::exit::{self, Icptr, Interception};
use crate::layout::{self, Item, SAE_BLOCK};

pub use crate::generated::blocks::{IcRegs, SaeControlBlock};

/// Zeroes the reserved ranges (`_xxxx` items of `s`) in `bytes`, the byte image of a block.
pub(crate) fn clear_reserved(s: &layout::Struct, bytes: &mut [u8]) {
    for_each_reserved(s, |off, len| {
        if let Some(r) = bytes.get_mut(off..off.saturating_add(len)) {
            r.fill(0);
        }
    });
}

/// True if every reserved range of `s` in `bytes` is zero.
pub(crate) fn reserved_is_zero(s: &layout::Struct, bytes: &[u8]) -> bool {
    let mut zero = true;
    for_each_reserved(s, |off, len| {
        zero &= bytes
            .get(off..off.saturating_add(len))
            .is_some_and(|r| r.iter().all(|&b| b == 0));
    });
    zero
}

fn for_each_reserved(s: &layout::Struct, mut f: impl FnMut(usize, usize)) {
    for item in s.items {
        match item {
            Item::Field(fl) if fl.is_reserved() => f(fl.offset, fl.size()),
            Item::Group(g) => g
                .fields
                .iter()
                .filter(|fl| fl.is_reserved())
                .for_each(|fl| f(fl.offset, fl.size())),
            // The union's reserved bytes belong to one member's view only; never cleared.
            _ => {}
        }
    }
}

macro_rules! accessors {
    ($($(#[$doc:meta])* $field:ident, $set:ident: $raw:ty;)*) => {$(
        $(#[$doc])*
        pub fn $field(&self) -> $raw {
            self.$field.get()
        }
        /// Set the field of the same name.
        pub fn $set(&mut self, v: $raw) {
            self.$field.set(v);
        }
    )*};
}

macro_rules! value_accessors {
    ($($(#[$doc:meta])* $field:ident, $set:ident: $value:ty;)*) => {$(
        $(#[$doc])*
        pub fn $field(&self) -> $value {
            <$value>::from_bits(self.$field.get())
        }
        /// Set the field of the same name.
        pub fn $set(&mut self, v: $value) {
            self.$field.set(v.into_bits());
        }
    )*};
}

fn get_index<T: Copy>(a: &[T], n: usize) -> Result<T, Error> {
    a.get(n).copied().ok_or(Error::IndexOutOfRange {
        index: n,
        len: a.len(),
    })
}

fn get_index_mut<T>(a: &mut [T], n: usize) -> Result<&mut T, Error> {
    let len = a.len();
    a.get_mut(n).ok_or(Error::IndexOutOfRange { index: n, len })
}

fn u32_value(v: u64) -> Result<u32, Error> {
    u32::try_from(v).map_err(|_| Error::ValueTooWide { bits: 32 })
}

impl IcRegs {
    /// Number of list registers in the block (`ich_lrn_el2[4]`).
    pub const LIST_REGISTERS: usize = crate::field_size(|r: &IcRegs| &r.ich_lrn_el2) / 8;

    value_accessors! {
        /// `ic_regs.ich_hcr_el2` (0x120): ICH_HCR_EL2.
        ich_hcr_el2, set_ich_hcr_el2: regs::ICH_HCR_EL2::Value;
        /// `ic_regs.ich_vmcr_el2` (0x128): ICH_VMCR_EL2.
        ich_vmcr_el2, set_ich_vmcr_el2: regs::ICH_VMCR_EL2::Value;
        /// `ic_regs.ich_ap0r0_el2` (0x130): ICH_AP0R0_EL2.
        ich_ap0r0_el2, set_ich_ap0r0_el2: regs::ICH_AP0R0_EL2::Value;
        /// `ic_regs.ich_ap1r0_el2` (0x138): ICH_AP1R0_EL2.
        ich_ap1r0_el2, set_ich_ap1r0_el2: regs::ICH_AP1R0_EL2::Value;
    }

    /// `ic_regs.ich_lrn_el2[n]` (0x150 + 8n): ICH_LR`n`_EL2, `n` < 4.
    pub fn ich_lr(&self, n: usize) -> Result<regs::ICH_LR0_EL2::Value, Error> {
        get_index(&self.ich_lrn_el2, n).map(|v| regs::ICH_LR0_EL2::Value::from_bits(v.get()))
    }

    /// Set `ic_regs.ich_lrn_el2[n]`.
    pub fn set_ich_lr(&mut self, n: usize, v: regs::ICH_LR0_EL2::Value) -> Result<(), Error> {
        get_index_mut(&mut self.ich_lrn_el2, n).map(|r| r.set(v.into_bits()))
    }
}

impl Default for SaeControlBlock {
    fn default() -> Self {
        Self::new()
    }
}

impl SaeControlBlock {
    /// Number of general registers in `gpr` (X0–X30).
    pub const GPRS: usize = crate::field_size(|b: &SaeControlBlock| &b.gpr) / 8;
    /// Number of SVE predicate registers in `sve_pregs` (P0–P15, 16 bits each: a 128-bit
    /// vector length, inferred).
    pub const SVE_PREGS: usize = crate::field_size(|b: &SaeControlBlock| &b.sve_pregs) / 2;

    /// An all-zero block (reserved ranges zero, `icptr` spurious, formats 0).
    pub fn new() -> Self {
        FromZeros::new_zeroed()
    }

    /// `icptr` (0x080): the interception reason of the last exit.
    pub fn icptr(&self) -> Icptr {
        Icptr::from(self.icptr)
    }

    /// Set `icptr` (the host zeroes it before every SAE: [`Icptr::Spurious`]).
    pub fn set_icptr(&mut self, code: Icptr) {
        self.icptr = code.into();
    }

    /// The last exit: `icptr` with the detail view it selects. Total for any block contents.
    pub fn interception(&self) -> Interception<'_> {
        exit::decode(self.icptr, &self.icptd)
    }

    /// `icptd` (0x400, 64 bytes): the raw interception-detail union.
    pub fn icptd(&self) -> &[u8; 64] {
        &self.icptd
    }

    /// `icptd`, mutably (for emulators and tests).
    pub fn icptd_mut(&mut self) -> &mut [u8; 64] {
        &mut self.icptd
    }

    accessors! {
        /// `scad` (0x088): not used by the posted host; "system control area designation"
        /// is inferred from the validity reason `SAE_VIR_SCA`.
        scad, set_scad: u64;
        /// `mso` (0x208): main-storage origin of guest memory (the host sets 0).
        mso, set_mso: u64;
        /// `msl` (0x210): main-storage limit, the highest guest address.
        msl, set_msl: u64;
        /// `hbasce` (0x218): host ASCE of the guest's address space (the s390 gmap ASCE).
        hbasce, set_hbasce: u64;
        /// `gpto` (0x228): the guest timer offset in s390 form (PTFF QAGTO converts a
        /// CNTVCT_EL0 value into it, QAGPT back). The name's expansion is inferred.
        gpto, set_gpto: u64;
        /// `ic` (0x230): unused by the posted host; "interception controls" is inferred.
        ic, set_ic: u64;
        /// `ec` (0x238): unused by the posted host; "execution controls" is inferred.
        ec, set_ec: u64;
        /// `save_area` (0x240): physical address of the [`SaveArea`](crate::SaveArea).
        save_area, set_save_area: u64;
        /// `wip` (0x1f8): unused by the posted host; meaning unknown.
        wip, set_wip: u32;
        /// `lrcpua` (0x286): unused by the posted host; meaning unknown.
        lrcpua, set_lrcpua: u16;
        /// `pstate` (0x288): guest PSTATE in SPSR layout (`vcpu_cpsr()`).
        pstate, set_pstate: u64;
        /// `pc` (0x290): guest PC (`vcpu_pc()`).
        pc, set_pc: u64;
        /// `sp_el0` (0x298): guest SP_EL0.
        sp_el0, set_sp_el0: u64;
        /// `sp_el1` (0x2a0): guest SP_EL1.
        sp_el1, set_sp_el1: u64;
        /// `sve_ffr` (0x2e0): SVE first-fault register, 16 bits.
        sve_ffr, set_sve_ffr: u16;
    }

    value_accessors! {
        /// `contextidr_el1` (0x1f0): guest CONTEXTIDR_EL1. Since v2; absent in v1.
        contextidr_el1, set_contextidr_el1: regs::CONTEXTIDR_EL1::Value;
        /// `fpcr` (0x2b0): guest FPCR.
        fpcr, set_fpcr: regs::FPCR::Value;
        /// `fpsr` (0x2b8): guest FPSR.
        fpsr, set_fpsr: regs::FPSR::Value;
    }

    /// `cntp_ctl` (0x110, u32): guest CNTP_CTL_EL0.
    pub fn cntp_ctl(&self) -> regs::CNTP_CTL_EL0::Value {
        regs::CNTP_CTL_EL0::Value::from_bits(self.cntp_ctl.get().into())
    }

    /// Set `cntp_ctl`; fails if bits above 31 are set.
    pub fn set_cntp_ctl(&mut self, v: regs::CNTP_CTL_EL0::Value) -> Result<(), Error> {
        self.cntp_ctl.set(u32_value(v.into_bits())?);
        Ok(())
    }

    /// `cntv_ctl` (0x114, u32): guest CNTV_CTL_EL0.
    pub fn cntv_ctl(&self) -> regs::CNTV_CTL_EL0::Value {
        regs::CNTV_CTL_EL0::Value::from_bits(self.cntv_ctl.get().into())
    }

    /// Set `cntv_ctl`; fails if bits above 31 are set.
    pub fn set_cntv_ctl(&mut self, v: regs::CNTV_CTL_EL0::Value) -> Result<(), Error> {
        self.cntv_ctl.set(u32_value(v.into_bits())?);
        Ok(())
    }

    /// `irq_ctl` (0x118): interrupt-control byte; unused by the posted host, meaning inferred.
    pub fn irq_ctl(&self) -> u8 {
        self.irq_ctl
    }

    /// Set `irq_ctl`.
    pub fn set_irq_ctl(&mut self, v: u8) {
        self.irq_ctl = v;
    }

    /// `sdf` (0x200): state-description format (`SAE_SD_FORMAT_0` = 0 is the only one).
    pub fn sdf(&self) -> u8 {
        self.sdf
    }

    /// Set `sdf`.
    pub fn set_sdf(&mut self, v: u8) {
        self.sdf = v;
    }

    /// `ic_regs` (0x120): the GICv3 ICH registers.
    pub fn ic_regs(&self) -> &IcRegs {
        &self.ic_regs
    }

    /// `ic_regs`, mutably.
    pub fn ic_regs_mut(&mut self) -> &mut IcRegs {
        &mut self.ic_regs
    }

    /// `gpr[n]` (0x300 + 8n): guest X`n`, `n` < 31 (`vcpu_gp_regs()`).
    pub fn gpr(&self, n: usize) -> Result<u64, Error> {
        get_index(&self.gpr, n).map(U64::get)
    }

    /// Set `gpr[n]`.
    pub fn set_gpr(&mut self, n: usize, v: u64) -> Result<(), Error> {
        get_index_mut(&mut self.gpr, n).map(|r| r.set(v))
    }

    /// All of `gpr`: X0–X30.
    pub fn gprs(&self) -> [u64; Self::GPRS] {
        self.gpr.map(U64::get)
    }

    /// `sve_pregs[n]` (0x2c0 + 2n): SVE predicate P`n` (16 bits), `n` < 16.
    pub fn sve_preg(&self, n: usize) -> Result<u16, Error> {
        get_index(&self.sve_pregs, n).map(U16::get)
    }

    /// Set `sve_pregs[n]`.
    pub fn set_sve_preg(&mut self, n: usize, v: u16) -> Result<(), Error> {
        get_index_mut(&mut self.sve_pregs, n).map(|r| r.set(v))
    }

    /// Read a register that lives in the block by its placement (see [`BlockRegister`]),
    /// zero-extended to 64 bits.
    pub fn read(&self, r: BlockRegister) -> Result<u64, Error> {
        Ok(match r {
            BlockRegister::X(n) => self.gpr(n.into())?,
            BlockRegister::Pc => self.pc(),
            BlockRegister::Pstate => self.pstate(),
            BlockRegister::SpEl0 => self.sp_el0(),
            BlockRegister::SpEl1 => self.sp_el1(),
            BlockRegister::Fpcr => self.fpcr.get(),
            BlockRegister::Fpsr => self.fpsr.get(),
            BlockRegister::SveP(n) => self.sve_preg(n.into())?.into(),
            BlockRegister::SveFfr => self.sve_ffr().into(),
            BlockRegister::ContextidrEl1 => self.contextidr_el1.get(),
            BlockRegister::CntpCtlEl0 => self.cntp_ctl.get().into(),
            BlockRegister::CntvCtlEl0 => self.cntv_ctl.get().into(),
            BlockRegister::IchHcrEl2 => self.ic_regs.ich_hcr_el2.get(),
            BlockRegister::IchVmcrEl2 => self.ic_regs.ich_vmcr_el2.get(),
            BlockRegister::IchAp0r0El2 => self.ic_regs.ich_ap0r0_el2.get(),
            BlockRegister::IchAp1r0El2 => self.ic_regs.ich_ap1r0_el2.get(),
            BlockRegister::IchLr(n) => get_index(&self.ic_regs.ich_lrn_el2, n.into())?.get(),
        })
    }

    /// Write a register that lives in the block; fails if `v` does not fit a narrower field
    /// (u32 timer controls, u16 SVE predicates) or the index is out of range.
    pub fn write(&mut self, r: BlockRegister, v: u64) -> Result<(), Error> {
        let u16_value = |v: u64| u16::try_from(v).map_err(|_| Error::ValueTooWide { bits: 16 });
        match r {
            BlockRegister::X(n) => self.set_gpr(n.into(), v)?,
            BlockRegister::Pc => self.set_pc(v),
            BlockRegister::Pstate => self.set_pstate(v),
            BlockRegister::SpEl0 => self.set_sp_el0(v),
            BlockRegister::SpEl1 => self.set_sp_el1(v),
            BlockRegister::Fpcr => self.fpcr.set(v),
            BlockRegister::Fpsr => self.fpsr.set(v),
            BlockRegister::SveP(n) => self.set_sve_preg(n.into(), u16_value(v)?)?,
            BlockRegister::SveFfr => self.set_sve_ffr(u16_value(v)?),
            BlockRegister::ContextidrEl1 => self.contextidr_el1.set(v),
            BlockRegister::CntpCtlEl0 => self.cntp_ctl.set(u32_value(v)?),
            BlockRegister::CntvCtlEl0 => self.cntv_ctl.set(u32_value(v)?),
            BlockRegister::IchHcrEl2 => self.ic_regs.ich_hcr_el2.set(v),
            BlockRegister::IchVmcrEl2 => self.ic_regs.ich_vmcr_el2.set(v),
            BlockRegister::IchAp0r0El2 => self.ic_regs.ich_ap0r0_el2.set(v),
            BlockRegister::IchAp1r0El2 => self.ic_regs.ich_ap1r0_el2.set(v),
            BlockRegister::IchLr(n) => {
                get_index_mut(&mut self.ic_regs.ich_lrn_el2, n.into())?.set(v)
            }
        }
        Ok(())
    }

    /// True if every reserved range (`_xxxx` in [`layout::SAE_BLOCK`], outside the detail
    /// union) is zero.
    pub fn reserved_is_zero(&self) -> bool {
        reserved_is_zero(&SAE_BLOCK, self.as_bytes())
    }

    /// Zero every reserved range outside the detail union.
    pub fn clear_reserved(&mut self) {
        clear_reserved(&SAE_BLOCK, self.as_mut_bytes());
    }
}

impl core::fmt::Debug for SaeControlBlock {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("SaeControlBlock")
            .field("icptr", &self.icptr())
            .field("pc", &format_args!("{:#x}", self.pc()))
            .field("pstate", &format_args!("{:#x}", self.pstate()))
            .field("sp_el0", &format_args!("{:#x}", self.sp_el0()))
            .field("sp_el1", &format_args!("{:#x}", self.sp_el1()))
            .field("gpr", &self.gprs())
            .field("sdf", &self.sdf)
            .field("save_area", &format_args!("{:#x}", self.save_area()))
            .field("mso", &format_args!("{:#x}", self.mso()))
            .field("msl", &format_args!("{:#x}", self.msl()))
            .field("hbasce", &format_args!("{:#x}", self.hbasce()))
            .finish_non_exhaustive()
    }
}

/// A guest register that lives in the control block, with its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum BlockRegister {
    /// X`n` in `gpr[n]` (0x300 + 8n), `n` < 31.
    X(u8),
    /// PC in `pc` (0x290).
    Pc,
    /// PSTATE in `pstate` (0x288).
    Pstate,
    /// SP_EL0 in `sp_el0` (0x298).
    SpEl0,
    /// SP_EL1 in `sp_el1` (0x2a0).
    SpEl1,
    /// FPCR in `fpcr` (0x2b0).
    Fpcr,
    /// FPSR in `fpsr` (0x2b8).
    Fpsr,
    /// SVE P`n` in `sve_pregs[n]` (0x2c0 + 2n), `n` < 16.
    SveP(u8),
    /// SVE FFR in `sve_ffr` (0x2e0).
    SveFfr,
    /// CONTEXTIDR_EL1 in `contextidr_el1` (0x1f0, v2+).
    ContextidrEl1,
    /// CNTP_CTL_EL0 in `cntp_ctl` (0x110).
    CntpCtlEl0,
    /// CNTV_CTL_EL0 in `cntv_ctl` (0x114).
    CntvCtlEl0,
    /// ICH_HCR_EL2 in `ic_regs.ich_hcr_el2` (0x120).
    IchHcrEl2,
    /// ICH_VMCR_EL2 in `ic_regs.ich_vmcr_el2` (0x128).
    IchVmcrEl2,
    /// ICH_AP0R0_EL2 in `ic_regs.ich_ap0r0_el2` (0x130).
    IchAp0r0El2,
    /// ICH_AP1R0_EL2 in `ic_regs.ich_ap1r0_el2` (0x138).
    IchAp1r0El2,
    /// ICH_LR`n`_EL2 in `ic_regs.ich_lrn_el2[n]` (0x150 + 8n), `n` < 4.
    IchLr(u8),
}

impl BlockRegister {
    /// `(byte offset in the block, size in bytes)` of the field (one element for `gpr`,
    /// `sve_pregs` and `ich_lrn_el2`), or `None` for an index out of range. Read from
    /// [`layout::SAE_BLOCK`], which the struct is asserted against.
    pub const fn field(self) -> Option<(usize, usize)> {
        let Some((offset, size)) = layout::locate(&SAE_BLOCK, self.c_field()) else {
            return None;
        };
        let (index, len) = match self {
            BlockRegister::X(n) => (n as usize, SaeControlBlock::GPRS),
            BlockRegister::SveP(n) => (n as usize, SaeControlBlock::SVE_PREGS),
            BlockRegister::IchLr(n) => (n as usize, IcRegs::LIST_REGISTERS),
            _ => return Some((offset, size)),
        };
        if index >= len {
            return None;
        }
        let Some(elem) = size.checked_div(len) else {
            return None;
        };
        match index.checked_mul(elem) {
            Some(o) => match offset.checked_add(o) {
                Some(o) => Some((o, elem)),
                None => None,
            },
            None => None,
        }
    }

    /// Every register of the block, one per field (array registers with index 0).
    const ALL: [BlockRegister; 17] = [
        BlockRegister::X(0),
        BlockRegister::Pc,
        BlockRegister::Pstate,
        BlockRegister::SpEl0,
        BlockRegister::SpEl1,
        BlockRegister::Fpcr,
        BlockRegister::Fpsr,
        BlockRegister::SveP(0),
        BlockRegister::SveFfr,
        BlockRegister::ContextidrEl1,
        BlockRegister::CntpCtlEl0,
        BlockRegister::CntvCtlEl0,
        BlockRegister::IchHcrEl2,
        BlockRegister::IchVmcrEl2,
        BlockRegister::IchAp0r0El2,
        BlockRegister::IchAp1r0El2,
        BlockRegister::IchLr(0),
    ];

    /// The register held by the block field `path` (element `index` of an array field), if
    /// a guest register lives there and the element exists. The inverse of
    /// [`Self::c_field`].
    pub const fn at_field(path: &str, index: u8) -> Option<BlockRegister> {
        let mut rest: &[BlockRegister] = &Self::ALL;
        while let [r, tail @ ..] = rest {
            if layout::str_eq(r.c_field(), path) {
                let r = match *r {
                    BlockRegister::X(_) => BlockRegister::X(index),
                    BlockRegister::SveP(_) => BlockRegister::SveP(index),
                    BlockRegister::IchLr(_) => BlockRegister::IchLr(index),
                    other if index == 0 => other,
                    _ => return None,
                };
                return match r.field() {
                    Some(_) => Some(r),
                    None => None,
                };
            }
            rest = tail;
        }
        None
    }

    /// The C field, as a path into `struct kvm_sae_block` (`"gpr"`, `"ic_regs.ich_hcr_el2"`).
    pub const fn c_field(self) -> &'static str {
        match self {
            BlockRegister::X(_) => "gpr",
            BlockRegister::Pc => "pc",
            BlockRegister::Pstate => "pstate",
            BlockRegister::SpEl0 => "sp_el0",
            BlockRegister::SpEl1 => "sp_el1",
            BlockRegister::Fpcr => "fpcr",
            BlockRegister::Fpsr => "fpsr",
            BlockRegister::SveP(_) => "sve_pregs",
            BlockRegister::SveFfr => "sve_ffr",
            BlockRegister::ContextidrEl1 => "contextidr_el1",
            BlockRegister::CntpCtlEl0 => "cntp_ctl",
            BlockRegister::CntvCtlEl0 => "cntv_ctl",
            BlockRegister::IchHcrEl2 => "ic_regs.ich_hcr_el2",
            BlockRegister::IchVmcrEl2 => "ic_regs.ich_vmcr_el2",
            BlockRegister::IchAp0r0El2 => "ic_regs.ich_ap0r0_el2",
            BlockRegister::IchAp1r0El2 => "ic_regs.ich_ap1r0_el2",
            BlockRegister::IchLr(_) => "ic_regs.ich_lrn_el2",
        }
    }
}

//! SAE exits: the interception code `icptr` (control block 0x080) and the 64-byte
//! interception-detail union `icptd` at 0x400, decoded into typed views chosen by the code.
//!
//! Source: posted v2–v4 `kvm_host_arm64_types.h` (codes and union members), the exit path of
//! v1 23/27 and 26/27, and the kvms390 tree (`mmu.c` reads `hai` for
//! `SAE_ICPTR_GUEST_ADDRESS_SIZE`; 0x08 is `SAE_ICPTR_MIO_ADDRESS`). The code enums ([`Icptr`],
//! [`Vir`]) and the view structs ([`ValidityInfo`], [`HostAccessInfo`], [`TrapInfo`],
//! [`TimerInfo`]) with their accessor functions are generated from `defs/sae`; this module adds
//! the typed field accessors and [`decode`]. Any byte values decode; unknown codes keep their
//! raw value.

use bitfield_struct::bitfield;
use num_enum::{FromPrimitive, IntoPrimitive};

use crate::layout::*;
use arm64_uapi::esr::Esr;

pub use crate::generated::codes::{Icptr, Vir};
pub use crate::generated::views::*;

/// The timer-interception reason `tir` (u8 at 0x400 for `SAE_ICPTR_TIMER`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct TimerReason(pub u8);

impl TimerReason {
    /// `SAE_IR_TIMER_ID_VIRT` (bit 6, LSB-0): the virtual timer.
    pub const fn virt(self) -> bool {
        self.0 & SAE_IR_TIMER_ID_VIRT != 0
    }

    /// `SAE_IR_TIMER_ID_PHYS` (bit 7, LSB-0): the physical timer.
    pub const fn phys(self) -> bool {
        self.0 & SAE_IR_TIMER_ID_PHYS != 0
    }

    /// Bits other than the two named ones (kept, never interpreted).
    pub const fn unknown_bits(self) -> u8 {
        self.0 & !(SAE_IR_TIMER_ID_VIRT | SAE_IR_TIMER_ID_PHYS)
    }
}

/// The s390 translation-exception identification (`union teid`, mainline
/// `arch/s390/include/asm/fault.h`) at `hai.teid` (0x410).
///
/// The C bit-field is declared MSB first, as s390 GCC allocates it; this type mirrors that
/// declaration with `order = Msb`. The resulting LSB-0 positions (tested): `addr` = bits 63:12
/// (`val >> 12`), `fsi` = bits 11:10, `b56` = bit 7, `b60` = bit 3, `b61` = bit 2, `as` =
/// bits 1:0. The field list is posted; these LSB-0 positions are derived (inferred).
#[bitfield(u64, order = Msb)]
#[derive(PartialEq, Eq, Hash)]
pub struct Teid {
    /// `addr`: translation-exception address, the page number (MSB-0 bits 0–51).
    #[bits(52, access = RO)]
    pub addr: u64,
    /// `fsi`: fetch/store indication (MSB-0 bits 52–53), see [`FetchStore`].
    #[bits(2, access = RO)]
    pub fsi: u8,
    #[bits(2)]
    __0: u8,
    /// `b56`: MSB-0 bit 56.
    #[bits(1, access = RO)]
    pub b56: bool,
    #[bits(3)]
    __1: u8,
    /// `b60`: MSB-0 bit 60.
    #[bits(1, access = RO)]
    pub b60: bool,
    /// `b61`: MSB-0 bit 61.
    #[bits(1, access = RO)]
    pub b61: bool,
    /// `as`: ASCE identifier (MSB-0 bits 62–63).
    #[bits(2, access = RO)]
    pub asce_id: u8,
}

/// s390 page shift: `teid.addr` counts 4 KiB pages.
const S390_PAGE_SHIFT: u32 = 12;

impl Teid {
    /// The fetch/store indication.
    pub fn fetch_store(self) -> FetchStore {
        FetchStore::from(self.fsi())
    }

    /// The faulting address, `addr * PAGE_SIZE` (what KVM uses as the fault IPA).
    pub const fn address(self) -> u64 {
        self.addr() << S390_PAGE_SHIFT
    }
}

/// `teid.fsi` (mainline `TEID_FSI_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, FromPrimitive, IntoPrimitive)]
#[repr(u8)]
pub enum FetchStore {
    /// `TEID_FSI_UNKNOWN`: unknown whether fetch or store.
    Unknown = 0,
    /// `TEID_FSI_STORE`: caused by a store.
    Store = 1,
    /// `TEID_FSI_FETCH`: caused by a fetch.
    Fetch = 2,
    /// The fourth encoding, not assigned.
    #[num_enum(catch_all)]
    Other(u8),
}

/// `PGM_INT_CODE_MASK` (mainline `arch/s390/include/asm/ptrace.h`): the exception code in a
/// program-interruption code.
pub const PGM_INT_CODE_MASK: u16 = 0x7f;
/// `PGM_INT_CODE_PER`: a PER event was reported together with the exception.
pub const PGM_INT_CODE_PER: u16 = 0x80;

/// An s390 program-interruption code, as in `hai.pic` (0x40e).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ProgramInterruptionCode(pub u16);

impl ProgramInterruptionCode {
    /// The exception, `pic & PGM_INT_CODE_MASK`.
    pub fn code(self) -> PgmCode {
        PgmCode::from((self.0 & PGM_INT_CODE_MASK) as u8)
    }

    /// True if the PER bit is set.
    pub const fn per(self) -> bool {
        self.0 & PGM_INT_CODE_PER != 0
    }
}

/// The program-interruption codes a host-access exit is expected to carry (mainline
/// `arch/s390/include/asm/kvm_host.h` `PGM_*`, z/Architecture Principles of Operation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, FromPrimitive, IntoPrimitive)]
#[repr(u8)]
#[non_exhaustive]
pub enum PgmCode {
    /// `PGM_PROTECTION`: treated as a write fault.
    Protection = 0x04,
    /// `PGM_SEGMENT_TRANSLATION`.
    SegmentTranslation = 0x10,
    /// `PGM_PAGE_TRANSLATION`.
    PageTranslation = 0x11,
    /// `PGM_ASCE_TYPE`.
    AsceType = 0x38,
    /// `PGM_REGION_FIRST_TRANS`.
    RegionFirstTranslation = 0x39,
    /// `PGM_REGION_SECOND_TRANS`.
    RegionSecondTranslation = 0x3a,
    /// `PGM_REGION_THIRD_TRANS`.
    RegionThirdTranslation = 0x3b,
    /// Any other code (KVM treats it, and 0, as a bug).
    #[num_enum(catch_all)]
    Other(u8),
}

impl PgmCode {
    /// True for the translation exceptions (ASCE type, region first/second/third, segment,
    /// page) that KVM resolves by faulting the page into the gmap.
    pub const fn is_translation(self) -> bool {
        matches!(
            self,
            PgmCode::SegmentTranslation
                | PgmCode::PageTranslation
                | PgmCode::AsceType
                | PgmCode::RegionFirstTranslation
                | PgmCode::RegionSecondTranslation
                | PgmCode::RegionThirdTranslation
        )
    }
}

impl ValidityInfo {
    /// `vir` (0x400).
    pub fn vir(&self) -> Vir {
        Vir::from(self.vir.get())
    }

    /// Set `vir`.
    pub fn set_vir(&mut self, v: Vir) {
        self.vir.set(v.into());
    }
}

impl TimerInfo {
    /// `tir` (0x400).
    pub fn tir(&self) -> TimerReason {
        TimerReason(self.tir)
    }

    /// Set `tir`.
    pub fn set_tir(&mut self, t: TimerReason) {
        self.tir = t.0;
    }
}

macro_rules! u64_accessors {
    ($($(#[$doc:meta])* $field:ident, $set:ident;)*) => {$(
        $(#[$doc])*
        pub fn $field(&self) -> u64 {
            self.$field.get()
        }
        /// Set the field of the same name.
        pub fn $set(&mut self, v: u64) {
            self.$field.set(v);
        }
    )*};
}

impl HostAccessInfo {
    /// `hai.esr_elz` (0x400): the Arm syndrome of the exit (`kvm_vcpu_get_esr()`).
    pub fn esr_elz(&self) -> Esr {
        Esr::from_bits(self.esr_elz.get())
    }

    /// Set `hai.esr_elz`.
    pub fn set_esr_elz(&mut self, esr: Esr) {
        self.esr_elz.set(esr.into_bits());
    }

    /// `hai.pic` (0x40e): the s390 program-interruption code of the host-side fault.
    pub fn pic(&self) -> ProgramInterruptionCode {
        ProgramInterruptionCode(self.pic.get())
    }

    /// Set `hai.pic`.
    pub fn set_pic(&mut self, pic: ProgramInterruptionCode) {
        self.pic.set(pic.0);
    }

    /// `hai.teid` (0x410): the translation-exception identification.
    pub fn teid(&self) -> Teid {
        Teid::from_bits(self.teid.get())
    }

    /// Set `hai.teid`.
    pub fn set_teid(&mut self, teid: Teid) {
        self.teid.set(teid.into_bits());
    }

    u64_accessors! {
        /// `hai.far_elz` (0x418): the faulting guest virtual address (FAR-like).
        far_elz, set_far_elz;
        /// `hai.vaddr` (0x420): a virtual address; unused by the posted host.
        vaddr, set_vaddr;
        /// `hai.suppl` (0x428): supplemental information; unused by the posted host.
        suppl, set_suppl;
    }

    /// `hai.gltl` (0x430): the translation-table level of a faulting stage-1 walk.
    pub fn gltl(&self) -> u8 {
        self.gltl
    }

    /// Set `hai.gltl`.
    pub fn set_gltl(&mut self, v: u8) {
        self.gltl = v;
    }

    /// The fault IPA as the posted host computes it: `teid.addr * PAGE_SIZE`.
    pub fn fault_ipa(&self) -> u64 {
        self.teid().address()
    }

    /// The MMIO address: the fault IPA with the page-offset bits of `far_elz`.
    pub fn mmio_address(&self) -> u64 {
        let page_mask = (1u64 << S390_PAGE_SHIFT) - 1;
        self.fault_ipa() | (self.far_elz() & page_mask)
    }

    /// True if the posted host treats the fault as a write: `pic` is a protection exception
    /// or `teid.fsi` says store.
    pub fn is_write_fault(&self) -> bool {
        self.pic().code() == PgmCode::Protection || self.teid().fetch_store() == FetchStore::Store
    }
}

impl TrapInfo {
    /// `trap.esr_elz` (0x400): the Arm ESR of the trapped guest exception.
    pub fn esr_elz(&self) -> Esr {
        Esr::from_bits(self.esr_elz.get())
    }

    /// Set `trap.esr_elz`.
    pub fn set_esr_elz(&mut self, esr: Esr) {
        self.esr_elz.set(esr.into_bits());
    }

    u64_accessors! {
        /// `trap.far_elz` (0x418): the FAR of the trapped exception.
        far_elz, set_far_elz;
    }
}

/// A decoded exit: the `icptr` code with the detail view it selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Interception<'a> {
    /// `SAE_ICPTR_SPURIOUS`.
    Spurious,
    /// `SAE_ICPTR_VALIDITY` with `vir`.
    Validity(Vir),
    /// `SAE_ICPTR_HOST_ACCESS_EXCEPTION` with `hai`.
    HostAccessException(&'a HostAccessInfo),
    /// `SAE_ICPTR_SYNCHRONOUS_EXCEPTION` with `trap`.
    SynchronousException(&'a TrapInfo),
    /// `SAE_ICPTR_TIMER` with `tir`.
    Timer(TimerReason),
    /// `SAE_ICPTR_GUEST_ADDRESS_SIZE` with `hai`: the kvms390 tree reads the host-access view
    /// (syndrome, TEID, fault address) and injects an Arm size fault.
    GuestAddressSize(&'a HostAccessInfo),
    /// A code whose detail layout is not published (0x05, 0x07–0x0a) or an unknown code.
    NoDetail(Icptr),
}

impl Interception<'_> {
    /// The `icptr` code this exit came from.
    pub fn icptr(&self) -> Icptr {
        match self {
            Interception::Spurious => Icptr::Spurious,
            Interception::Validity(_) => Icptr::Validity,
            Interception::HostAccessException(_) => Icptr::HostAccessException,
            Interception::SynchronousException(_) => Icptr::SynchronousException,
            Interception::Timer(_) => Icptr::Timer,
            Interception::GuestAddressSize(_) => Icptr::GuestAddressSize,
            Interception::NoDetail(c) => *c,
        }
    }

    /// The syndrome for codes 0x02, 0x03 and 0x06: `esr_elz` sits at 0x400 in both `hai`
    /// and `trap`.
    pub fn esr(&self) -> Option<Esr> {
        match self {
            Interception::HostAccessException(h) | Interception::GuestAddressSize(h) => {
                Some(h.esr_elz())
            }
            Interception::SynchronousException(t) => Some(t.esr_elz()),
            _ => None,
        }
    }

    /// The fault address for codes 0x02, 0x03 and 0x06 (`far_elz` at 0x418 in both views).
    pub fn far(&self) -> Option<u64> {
        match self {
            Interception::HostAccessException(h) | Interception::GuestAddressSize(h) => {
                Some(h.far_elz())
            }
            Interception::SynchronousException(t) => Some(t.far_elz()),
            _ => None,
        }
    }
}

/// Decode an exit from the raw `icptr` byte and the 64 detail bytes. Total: never fails.
pub fn decode(icptr: u8, icptd: &[u8; 64]) -> Interception<'_> {
    match Icptr::from(icptr) {
        Icptr::Spurious => Interception::Spurious,
        Icptr::Validity => Interception::Validity(validity(icptd).vir()),
        Icptr::HostAccessException => Interception::HostAccessException(host_access(icptd)),
        Icptr::SynchronousException => Interception::SynchronousException(trap(icptd)),
        Icptr::Timer => Interception::Timer(timer(icptd).tir()),
        Icptr::GuestAddressSize => Interception::GuestAddressSize(host_access(icptd)),
        other => Interception::NoDetail(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn teid_msb0_declaration_gives_the_derived_lsb0_positions() {
        // (offset of the lowest bit, width), LSB-0.
        assert_eq!((Teid::ADDR_OFFSET, Teid::ADDR_BITS), (12, 52));
        assert_eq!((Teid::FSI_OFFSET, Teid::FSI_BITS), (10, 2));
        assert_eq!((Teid::B56_OFFSET, Teid::B56_BITS), (7, 1));
        assert_eq!((Teid::B60_OFFSET, Teid::B60_BITS), (3, 1));
        assert_eq!((Teid::B61_OFFSET, Teid::B61_BITS), (2, 1));
        assert_eq!((Teid::ASCE_ID_OFFSET, Teid::ASCE_ID_BITS), (0, 2));
        // MSB-0 bit n is LSB-0 bit 63 - n.
        assert_eq!(63 - 56, Teid::B56_OFFSET);
        assert_eq!(63 - 60, Teid::B60_OFFSET);
        assert_eq!(63 - 61, Teid::B61_OFFSET);
    }
}

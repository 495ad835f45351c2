//! SAE exits: the interception code `icptr` (control block 0x080) and the 64-byte
//! interception-detail union `icptd` at 0x400, decoded into typed views chosen by the code.
//!
//! Source: posted v2–v4 `kvm_host_arm64_types.h` (codes and union members) and the exit path of
//! v1 23/27 and 26/27. Any byte values decode; unknown codes keep their raw value.

use bitfield_struct::bitfield;
use num_enum::{FromPrimitive, IntoPrimitive};
use zerocopy::byteorder::big_endian::{U16, U64};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout};

use crate::esr::Esr;
use crate::layout::*;

/// The interception reason in `icptr` (control block 0x080, `SAE_ICPTR_*`). Codes not named
/// here decode to [`Icptr::Other`] with the raw value, so a round trip keeps them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, FromPrimitive, IntoPrimitive)]
#[repr(u8)]
#[non_exhaustive]
pub enum Icptr {
    /// `SAE_ICPTR_SPURIOUS` (0x00): nothing to do; re-enter.
    Spurious = SAE_ICPTR_SPURIOUS,
    /// `SAE_ICPTR_VALIDITY` (0x01): the block is invalid; reason in `vir`.
    Validity = SAE_ICPTR_VALIDITY,
    /// `SAE_ICPTR_HOST_ACCESS_EXCEPTION` (0x02): a host-side fault on guest memory; see `hai`.
    HostAccessException = SAE_ICPTR_HOST_ACCESS_EXCEPTION,
    /// `SAE_ICPTR_SYNCHRONOUS_EXCEPTION` (0x03): a guest exception to emulate; see `trap`.
    SynchronousException = SAE_ICPTR_SYNCHRONOUS_EXCEPTION,
    /// `SAE_ICPTR_TIMER` (0x04): a guest timer condition; see `tir`.
    Timer = SAE_ICPTR_TIMER,
    /// `SAE_ICPTR_PE_INTERCOMM` (0x05): processing-element inter-communication (IPI/SGI:
    /// inferred). Detail layout not published.
    PeIntercomm = SAE_ICPTR_PE_INTERCOMM,
    /// `SAE_ICPTR_GUEST_ADDRESS_SIZE` (0x06). Detail layout not published.
    GuestAddressSize = SAE_ICPTR_GUEST_ADDRESS_SIZE,
    /// `SAE_ICPTR_STOP` (0x07). Detail layout not published.
    Stop = SAE_ICPTR_STOP,
    /// `SAE_ICPTR_SYSTEM_REGISTER` (0x08) in every posted version; the kvms390 tree renamed
    /// the same value `SAE_ICPTR_MIO_ADDRESS`. Detail layout not published.
    SystemRegister = SAE_ICPTR_SYSTEM_REGISTER,
    /// `SAE_ICPTR_PMU` (0x09). Detail layout not published.
    Pmu = SAE_ICPTR_PMU,
    /// `SAE_ICPTR_MAINTENANCE` (0x0a): GIC maintenance (inferred). Detail layout not published.
    Maintenance = SAE_ICPTR_MAINTENANCE,
    /// Any other code, raw value kept (the posted host treats these as a bug: WARN, -EINVAL).
    #[num_enum(catch_all)]
    Other(u8),
}

/// The validity-interception reason in `vir` (u16 at 0x400, `SAE_VIR_*`, v2–v4). A later
/// header variant drops these constants; unknown values decode to [`Vir::Other`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, FromPrimitive, IntoPrimitive)]
#[repr(u16)]
#[non_exhaustive]
pub enum Vir {
    /// `SAE_VIR_UNKNOWN` (0x00).
    Unknown = SAE_VIR_UNKNOWN,
    /// `SAE_VIR_UNSUPP_FORMAT` (0x01): `sdf`/`saf` not supported (reading inferred).
    UnsuppFormat = SAE_VIR_UNSUPP_FORMAT,
    /// `SAE_VIR_MSO_BOUNDS` (0x02): `mso` out of bounds (reading inferred).
    MsoBounds = SAE_VIR_MSO_BOUNDS,
    /// `SAE_VIR_MSLA` (0x03): main-storage limit address (reading inferred).
    Msla = SAE_VIR_MSLA,
    /// `SAE_VIR_MGPAS` (0x04): maximum guest physical address size (reading inferred).
    Mgpas = SAE_VIR_MGPAS,
    /// `SAE_VIR_INVAL_SYSREG` (0x05): invalid system-register value (reading inferred).
    InvalSysreg = SAE_VIR_INVAL_SYSREG,
    /// `SAE_VIR_HOST_CONTROL` (0x06): host control fields (reading inferred).
    HostControl = SAE_VIR_HOST_CONTROL,
    /// `SAE_VIR_SCA` (0x07): system control area (reading inferred).
    Sca = SAE_VIR_SCA,
    /// `SAE_VIR_MSO_ALIGN` (0x08): `mso` alignment (reading inferred).
    MsoAlign = SAE_VIR_MSO_ALIGN,
    /// `SAE_VIR_HLC` (0x09): meaning unknown.
    Hlc = SAE_VIR_HLC,
    /// `SAE_VIR_IRPTC` (0x0a): interrupt control (v1 spelled it `SEA_VIR_IRPTC`).
    Irptc = SAE_VIR_IRPTC,
    /// Any other reason, raw value kept.
    #[num_enum(catch_all)]
    Other(u16),
}

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

/// The `vir` view of the detail union (`icptr` 0x01).
#[derive(Debug, Clone, Copy, PartialEq, Eq, FromBytes, IntoBytes, KnownLayout, Immutable)]
#[repr(C)]
pub struct ValidityInfo {
    vir: U16,
    _0402: [u8; 62],
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

/// The `hai` view of the detail union (`icptr` 0x02, host-access exception).
#[derive(Debug, Clone, Copy, PartialEq, Eq, FromBytes, IntoBytes, KnownLayout, Immutable)]
#[repr(C)]
pub struct HostAccessInfo {
    esr_elz: U64,
    _0408: [u8; 6],
    pic: U16,
    teid: U64,
    far_elz: U64,
    vaddr: U64,
    suppl: U64,
    gltl: u8,
    _0431: [u8; 7],
    _0438: U64,
}

/// The `trap` view of the detail union (`icptr` 0x03, synchronous exception). The C struct
/// ends at 0x420; the rest of the 64-byte union is kept here as unnamed bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, FromBytes, IntoBytes, KnownLayout, Immutable)]
#[repr(C)]
pub struct TrapInfo {
    esr_elz: U64,
    _0408: [U64; 2],
    far_elz: U64,
    _0420: [u8; 32],
}

/// The `tir` view of the detail union (`icptr` 0x04).
#[derive(Debug, Clone, Copy, PartialEq, Eq, FromBytes, IntoBytes, KnownLayout, Immutable)]
#[repr(C)]
pub struct TimerInfo {
    tir: u8,
    _0401: [u8; 63],
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
    /// A code whose detail layout is not published (0x05–0x0a) or an unknown code.
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
            Interception::NoDetail(c) => *c,
        }
    }

    /// The syndrome for codes 0x02 and 0x03: `esr_elz` sits at 0x400 in both `hai` and `trap`.
    pub fn esr(&self) -> Option<Esr> {
        match self {
            Interception::HostAccessException(h) => Some(h.esr_elz()),
            Interception::SynchronousException(t) => Some(t.esr_elz()),
            _ => None,
        }
    }

    /// The fault address for codes 0x02 and 0x03 (`far_elz` at 0x418 in both).
    pub fn far(&self) -> Option<u64> {
        match self {
            Interception::HostAccessException(h) => Some(h.far_elz()),
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
        other => Interception::NoDetail(other),
    }
}

/// The detail bytes seen as `vir`.
pub fn validity(icptd: &[u8; 64]) -> &ValidityInfo {
    zerocopy::transmute_ref!(icptd)
}

/// The detail bytes seen as `hai`.
pub fn host_access(icptd: &[u8; 64]) -> &HostAccessInfo {
    zerocopy::transmute_ref!(icptd)
}

/// The detail bytes seen as `trap`.
pub fn trap(icptd: &[u8; 64]) -> &TrapInfo {
    zerocopy::transmute_ref!(icptd)
}

/// The detail bytes seen as `tir`.
pub fn timer(icptd: &[u8; 64]) -> &TimerInfo {
    zerocopy::transmute_ref!(icptd)
}

/// The detail bytes seen as `vir`, mutably.
pub fn validity_mut(icptd: &mut [u8; 64]) -> &mut ValidityInfo {
    zerocopy::transmute_mut!(icptd)
}

/// The detail bytes seen as `hai`, mutably.
pub fn host_access_mut(icptd: &mut [u8; 64]) -> &mut HostAccessInfo {
    zerocopy::transmute_mut!(icptd)
}

/// The detail bytes seen as `trap`, mutably.
pub fn trap_mut(icptd: &mut [u8; 64]) -> &mut TrapInfo {
    zerocopy::transmute_mut!(icptd)
}

/// The detail bytes seen as `tir`, mutably.
pub fn timer_mut(icptd: &mut [u8; 64]) -> &mut TimerInfo {
    zerocopy::transmute_mut!(icptd)
}

// Each view covers the whole 64-byte union; its named fields sit where the table says.
// (The offset is a macro, not a const: Rust 1.85 reports a const that only `const _`
// assertions read as dead code.)
macro_rules! icptd {
    () => {
        match locate(&SAE_BLOCK, "icptd") {
            Some((offset, _)) => offset,
            None => usize::MAX,
        }
    };
}
assert_fields!(SAE_BLOCK, ValidityInfo, base = icptd!(), member = vir);
assert_fields!(
    SAE_BLOCK,
    HostAccessInfo,
    base = icptd!(),
    group = "hai": esr_elz,
    _0408,
    pic,
    teid,
    far_elz,
    vaddr,
    suppl,
    gltl,
    _0431,
    _0438
);
assert_fields!(SAE_BLOCK, TrapInfo, base = icptd!(), group = "trap": esr_elz, _0408, far_elz);
assert_fields!(SAE_BLOCK, TimerInfo, base = icptd!(), member = tir);
static_assertions::assert_eq_size!(ValidityInfo, HostAccessInfo, TrapInfo, TimerInfo, [u8; 64]);

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

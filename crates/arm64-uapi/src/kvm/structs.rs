//! The structures the arm64 KVM ioctls pass (Linux 7.2 `include/uapi/linux/kvm.h`,
//! `arch/arm64/include/uapi/asm/kvm.h` and `asm/ptrace.h`), in the host's byte order, and the
//! PV-time stolen-time record the guest reads (little-endian, DEN0057A).

use zerocopy::little_endian::{U32, U64};

use super::{KVM_ARM_MAX_DBG_REGS, KVM_NR_SPSR};
use zerocopy::{FromBytes, FromZeros, Immutable, IntoBytes, KnownLayout, Unaligned};

uapi_struct! {
    /// `struct user_pt_regs` (`asm/ptrace.h`): X0–X30, SP_EL0, PC, PSTATE.
    struct user_pt_regs [272, 8] {
        /// X0–X30.
        regs: [u64; 31] [0],
        /// SP_EL0.
        sp: u64 [248],
        /// PC.
        pc: u64 [256],
        /// PSTATE (SPSR format).
        pstate: u64 [264],
    }
}

uapi_struct! {
    /// `struct user_fpsimd_state` (`asm/ptrace.h`): V0–V31, FPSR, FPCR.
    ///
    /// Each V register is the kernel's `__uint128_t` in the host's byte order: a
    /// `KVM_{GET,SET}_ONE_REG` of a `KVM_REG_SIZE_U128` core id copies those 16 bytes, so on a
    /// big-endian host (s390x) the bytes are big-endian and reading them as a host `u128`
    /// gives the register's value; never split it into "low half first". The layout is
    /// arm64's on every host (16-byte aligned): s390x's C ABI aligns `__int128` to 8, so an
    /// s390x C compile of the arm64 header aligns this structure to 8 only.
    #[repr(align(16))]
    struct user_fpsimd_state [528, 16] {
        /// V0–V31, host byte order.
        vregs: [u128; 32] [0],
        /// FPSR.
        fpsr: u32 [512],
        /// FPCR.
        fpcr: u32 [516],
        /// Reserved.
        __reserved: [u32; 2] [520],
    }
}

uapi_struct! {
    /// `struct kvm_regs` (`asm/kvm.h`): what `KVM_REG_ARM_CORE` ids index, in 32-bit words.
    /// `fp_regs` is at 0x150 as on arm64 (the 8 bytes before it are padding C leaves
    /// implicit); an s390x C compile of the header puts it at 0x148 (see
    /// [`user_fpsimd_state`]).
    struct kvm_regs [864, 16] {
        /// X0–X30, SP_EL0, PC, PSTATE.
        regs: user_pt_regs [0],
        /// SP_EL1.
        sp_el1: u64 [272],
        /// ELR_EL1.
        elr_el1: u64 [280],
        /// SPSR_EL1, SPSR_abt, SPSR_und, SPSR_irq, SPSR_fiq (`KVM_SPSR_*`).
        spsr: [u64; KVM_NR_SPSR] [288],
        /// Padding to the 16-byte alignment of `fp_regs` (implicit in C).
        __pad: u64 [328, ""],
        /// FP/SIMD state.
        fp_regs: user_fpsimd_state [336],
    }
}

uapi_struct! {
    /// `struct kvm_vcpu_init`: `KVM_ARM_VCPU_INIT` / `KVM_ARM_PREFERRED_TARGET`.
    struct kvm_vcpu_init [32, 4] {
        /// `KVM_ARM_TARGET_*`.
        target: u32 [0],
        /// Feature bitmap (`KVM_ARM_VCPU_*` bit numbers).
        features: [u32; 7] [4],
    }
}

uapi_struct! {
    /// `struct kvm_one_reg`: `KVM_GET_ONE_REG` / `KVM_SET_ONE_REG`.
    struct kvm_one_reg [16, 8] {
        /// Register id.
        id: u64 [0],
        /// Userspace address of the value (`KVM_REG_SIZE(id)` bytes, host order).
        addr: u64 [8],
    }
}

uapi_struct! {
    /// `struct kvm_reg_list`: `KVM_GET_REG_LIST` header; `n` ids follow.
    struct kvm_reg_list [8, 8] {
        /// In: capacity; out: number of ids.
        n: u64 [0],
        /// The ids (flexible array).
        reg: [u64; 0] [8],
    }
}

uapi_struct! {
    /// `struct kvm_device_attr`: `KVM_{SET,GET,HAS}_DEVICE_ATTR` on a device, VM or vCPU fd.
    struct kvm_device_attr [24, 8] {
        /// No flags are defined.
        flags: u32 [0],
        /// Attribute group (`KVM_DEV_ARM_VGIC_GRP_*`, `KVM_ARM_VCPU_*_CTRL`, …).
        group: u32 [4],
        /// Attribute within the group.
        attr: u64 [8],
        /// Userspace address of the attribute's data.
        addr: u64 [16],
    }
}

uapi_struct! {
    /// `struct kvm_create_device`: `KVM_CREATE_DEVICE`.
    struct kvm_create_device [12, 4] {
        /// In: `KVM_DEV_TYPE_*`.
        type_: u32 [0, "type"],
        /// Out: the device fd.
        fd: u32 [4],
        /// In: `KVM_CREATE_DEVICE_TEST`.
        flags: u32 [8],
    }
}

uapi_struct! {
    /// `struct kvm_arm_device_addr`: `KVM_ARM_SET_DEVICE_ADDR` (legacy vGIC placement).
    struct kvm_arm_device_addr [16, 8] {
        /// `KVM_ARM_DEVICE_ID_*` and `KVM_ARM_DEVICE_TYPE_*` fields.
        id: u64 [0],
        /// Guest physical address.
        addr: u64 [8],
    }
}

uapi_struct! {
    /// `kvm_vcpu_events.exception` (anonymous in C): pending SError and external abort.
    struct kvm_vcpu_events_exception [16, 8] in "struct kvm_vcpu_events", "exception", 0; {
        /// An SError is pending.
        serror_pending: u8 [0],
        /// `serror_esr` is valid (`KVM_CAP_ARM_INJECT_SERROR_ESR`).
        serror_has_esr: u8 [1],
        /// Inject an external data abort (`KVM_CAP_ARM_INJECT_EXT_DABT`).
        ext_dabt_pending: u8 [2],
        /// Padding.
        pad: [u8; 5] [3],
        /// The SError's ESR.
        serror_esr: u64 [8],
    }
}

uapi_struct! {
    /// `struct kvm_vcpu_events` (arm64): `KVM_GET_VCPU_EVENTS` / `KVM_SET_VCPU_EVENTS`.
    struct kvm_vcpu_events [64, 8] {
        /// Exceptions.
        exception: kvm_vcpu_events_exception [0],
        /// Reserved, zero.
        reserved: [u32; 12] [16],
    }
}

uapi_struct! {
    /// `struct kvm_smccc_filter` (Linux 6.4+): the `KVM_ARM_VM_SMCCC_FILTER` attribute, a
    /// range `[base, base + nr_functions)` of SMCCC function ids and its action.
    #[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
    struct kvm_smccc_filter [24, 4] {
        /// First function id.
        base: u32 [0],
        /// Number of ids; the range must not wrap and must not be empty.
        nr_functions: u32 [4],
        /// `KVM_SMCCC_FILTER_*` (`enum kvm_smccc_filter_action`).
        action: u8 [8],
        /// Must be zero.
        pad: [u8; 15] [9],
    }
}

impl kvm_smccc_filter {
    /// A request with a zero pad; `action` is a `KVM_SMCCC_FILTER_*` value or anything that
    /// converts to one.
    pub fn new(base: u32, nr_functions: u32, action: impl Into<u8>) -> Self {
        kvm_smccc_filter {
            base,
            nr_functions,
            action: action.into(),
            pad: [0; 15],
        }
    }
}

uapi_struct! {
    /// `struct kvm_arm_counter_offset`: `KVM_ARM_SET_COUNTER_OFFSET` (Linux 6.4+).
    struct kvm_arm_counter_offset [16, 8] {
        /// Offset subtracted from the physical counter for every vCPU of the VM.
        counter_offset: u64 [0],
        /// Reserved, zero.
        reserved: u64 [8],
    }
}

uapi_struct! {
    /// `struct reg_mask_range`: `KVM_ARM_GET_REG_WRITABLE_MASKS` (Linux 6.8+).
    struct reg_mask_range [64, 8] {
        /// Userspace address of `KVM_ARM_FEATURE_ID_RANGE_SIZE` u64 masks.
        addr: u64 [0],
        /// `KVM_ARM_FEATURE_ID_RANGE`.
        range: u32 [8],
        /// Reserved, zero.
        reserved: [u32; 13] [12],
    }
}

uapi_struct! {
    /// `struct kvm_arm_copy_mte_tags`: `KVM_ARM_MTE_COPY_TAGS`.
    struct kvm_arm_copy_mte_tags [48, 8] {
        /// Guest IPA (page aligned).
        guest_ipa: u64 [0],
        /// Length in bytes (page multiple).
        length: u64 [8],
        /// Userspace buffer (`void *` in C; 64-bit hosts), one tag byte per 16 bytes.
        addr: u64 [16],
        /// `KVM_ARM_TAGS_TO_GUEST` or `KVM_ARM_TAGS_FROM_GUEST`.
        flags: u64 [24],
        /// Reserved, zero.
        reserved: [u64; 2] [32],
    }
}

uapi_struct! {
    /// `struct kvm_guest_debug_arch` (arm64): hardware breakpoints and watchpoints.
    struct kvm_guest_debug_arch [512, 8] {
        /// `DBGBCR<n>_EL1`.
        dbg_bcr: [u64; KVM_ARM_MAX_DBG_REGS] [0],
        /// `DBGBVR<n>_EL1`.
        dbg_bvr: [u64; KVM_ARM_MAX_DBG_REGS] [128],
        /// `DBGWCR<n>_EL1`.
        dbg_wcr: [u64; KVM_ARM_MAX_DBG_REGS] [256],
        /// `DBGWVR<n>_EL1`.
        dbg_wvr: [u64; KVM_ARM_MAX_DBG_REGS] [384],
    }
}

uapi_struct! {
    /// `struct kvm_guest_debug`: `KVM_SET_GUEST_DEBUG`.
    struct kvm_guest_debug [520, 8] {
        /// `KVM_GUESTDBG_*`.
        control: u32 [0],
        /// Padding.
        pad: u32 [4],
        /// Breakpoints and watchpoints.
        arch: kvm_guest_debug_arch [8],
    }
}

uapi_struct! {
    /// `struct kvm_debug_exit_arch` (arm64): `kvm_run.debug.arch`.
    struct kvm_debug_exit_arch [16, 8] {
        /// ESR_EL2 bits 31:0.
        hsr: u32 [0],
        /// ESR_EL2 bits 61:32 when `KVM_DEBUG_ARCH_HSR_HIGH_VALID`.
        hsr_high: u32 [4],
        /// FAR (watchpoints).
        far: u64 [8],
    }
}

uapi_struct! {
    /// `struct kvm_sync_regs` (arm64): `kvm_run.s.regs`.
    struct kvm_sync_regs [8, 8] {
        /// `KVM_ARM_DEV_*` line levels (`KVM_CAP_ARM_USER_IRQ`).
        device_irq_level: u64 [0],
    }
}

uapi_struct! {
    /// `struct kvm_pmu_event_filter` (arm64): `KVM_ARM_VCPU_PMU_V3_FILTER`.
    struct kvm_pmu_event_filter [8, 2] {
        /// First event number.
        base_event: u16 [0],
        /// Number of events.
        nevents: u16 [2],
        /// `KVM_PMU_EVENT_ALLOW` or `KVM_PMU_EVENT_DENY`.
        action: u8 [4],
        /// Padding.
        pad: [u8; 3] [5],
    }
}

uapi_struct! {
    /// `struct kvm_mp_state`: `KVM_GET_MP_STATE` / `KVM_SET_MP_STATE`.
    struct kvm_mp_state [4, 4] {
        /// `KVM_MP_STATE_*`.
        mp_state: u32 [0],
    }
}

uapi_struct! {
    /// `struct kvm_sregs` (arm64): empty; `KVM_GET/SET_SREGS` fail with `EINVAL`.
    struct kvm_sregs [0, 1] {}
}

uapi_struct! {
    /// `struct kvm_fpu` (arm64): empty; `KVM_GET/SET_FPU` fail with `EINVAL`.
    struct kvm_fpu [0, 1] {}
}

uapi_struct! {
    /// `struct kvm_userspace_memory_region`: `KVM_SET_USER_MEMORY_REGION`.
    struct kvm_userspace_memory_region [32, 8] {
        /// Slot (address space in bits 31:16).
        slot: u32 [0],
        /// `KVM_MEM_*`.
        flags: u32 [4],
        /// Guest physical address.
        guest_phys_addr: u64 [8],
        /// Size in bytes (0 deletes the slot).
        memory_size: u64 [16],
        /// Userspace address of the backing memory.
        userspace_addr: u64 [24],
    }
}

uapi_struct! {
    /// `struct kvm_userspace_memory_region2`: `KVM_SET_USER_MEMORY_REGION2`.
    struct kvm_userspace_memory_region2 [160, 8] {
        /// Slot.
        slot: u32 [0],
        /// `KVM_MEM_*`.
        flags: u32 [4],
        /// Guest physical address.
        guest_phys_addr: u64 [8],
        /// Size in bytes.
        memory_size: u64 [16],
        /// Userspace address.
        userspace_addr: u64 [24],
        /// Offset into the guest_memfd.
        guest_memfd_offset: u64 [32],
        /// guest_memfd file descriptor (`KVM_MEM_GUEST_MEMFD`).
        guest_memfd: u32 [40],
        /// Padding.
        pad1: u32 [44],
        /// Padding.
        pad2: [u64; 14] [48],
    }
}

uapi_struct! {
    /// `struct kvm_irq_level`: `KVM_IRQ_LINE` / `KVM_IRQ_LINE_STATUS`.
    struct kvm_irq_level [8, 4] {
        /// `KVM_ARM_IRQ_*` encoding (see [`kvm_arm_irq`](crate::kvm::kvm_arm_irq)); `status`
        /// (out, `KVM_IRQ_LINE_STATUS`) shares this word in C.
        irq: u32 [0],
        /// Line level (0 or 1).
        level: u32 [4],
    }
}

uapi_struct! {
    /// `struct kvm_coalesced_mmio_zone`: `KVM_{UN,}REGISTER_COALESCED_MMIO`.
    struct kvm_coalesced_mmio_zone [16, 8] {
        /// Guest physical address.
        addr: u64 [0],
        /// Size in bytes.
        size: u32 [8],
        /// 1 for port I/O (`pad` in the union of old headers).
        pio: u32 [12],
    }
}

uapi_struct! {
    /// `struct kvm_coalesced_mmio`: one entry of the coalesced-MMIO ring.
    struct kvm_coalesced_mmio [24, 8] {
        /// Guest physical address.
        phys_addr: u64 [0],
        /// Length.
        len: u32 [8],
        /// 1 for port I/O.
        pio: u32 [12],
        /// Data written.
        data: [u8; 8] [16],
    }
}

uapi_struct! {
    /// `struct kvm_coalesced_mmio_ring`: page `KVM_COALESCED_MMIO_PAGE_OFFSET` of the vCPU
    /// mapping; entries follow.
    struct kvm_coalesced_mmio_ring [8, 8] {
        /// Consumer index.
        first: u32 [0],
        /// Producer index.
        last: u32 [4],
        /// The entries (flexible array).
        coalesced_mmio: [kvm_coalesced_mmio; 0] [8],
    }
}

uapi_struct! {
    /// `struct kvm_dirty_log`: `KVM_GET_DIRTY_LOG`.
    struct kvm_dirty_log [16, 8] {
        /// Slot.
        slot: u32 [0],
        /// Padding.
        padding1: u32 [4],
        /// Userspace address of the bitmap (`void *` in C, in a union with a u64).
        dirty_bitmap: u64 [8],
    }
}

uapi_struct! {
    /// `struct kvm_clear_dirty_log`: `KVM_CLEAR_DIRTY_LOG`.
    struct kvm_clear_dirty_log [24, 8] {
        /// Slot.
        slot: u32 [0],
        /// Number of pages.
        num_pages: u32 [4],
        /// First page (multiple of 64).
        first_page: u64 [8],
        /// Userspace address of the bitmap.
        dirty_bitmap: u64 [16],
    }
}

uapi_struct! {
    /// `struct kvm_signal_mask`: `KVM_SET_SIGNAL_MASK` header; `len` bytes follow.
    struct kvm_signal_mask [4, 4] {
        /// Length of the sigset.
        len: u32 [0],
        /// The sigset (flexible array).
        sigset: [u8; 0] [4],
    }
}

uapi_struct! {
    /// `struct kvm_ioeventfd`: `KVM_IOEVENTFD`.
    struct kvm_ioeventfd [64, 8] {
        /// Value to match (`KVM_IOEVENTFD_FLAG_DATAMATCH`).
        datamatch: u64 [0],
        /// MMIO address.
        addr: u64 [8],
        /// 1, 2, 4 or 8 bytes, or 0 for any length.
        len: u32 [16],
        /// The eventfd.
        fd: i32 [20],
        /// `KVM_IOEVENTFD_FLAG_*`.
        flags: u32 [24],
        /// Padding.
        pad: [u8; 36] [28],
    }
}

uapi_struct! {
    /// `struct kvm_enable_cap`: `KVM_ENABLE_CAP`.
    struct kvm_enable_cap [104, 8] {
        /// `KVM_CAP_*`.
        cap: u32 [0],
        /// Flags, zero.
        flags: u32 [4],
        /// Arguments.
        args: [u64; 4] [8],
        /// Padding.
        pad: [u8; 64] [40],
    }
}

uapi_struct! {
    /// `struct kvm_irq_routing_irqchip`: routing to an irqchip pin.
    struct kvm_irq_routing_irqchip [8, 4] {
        /// Irqchip index.
        irqchip: u32 [0],
        /// Pin.
        pin: u32 [4],
    }
}

uapi_struct! {
    /// `struct kvm_irq_routing_msi`: routing to an MSI.
    struct kvm_irq_routing_msi [16, 4] {
        /// Address bits 31:0.
        address_lo: u32 [0],
        /// Address bits 63:32.
        address_hi: u32 [4],
        /// Data.
        data: u32 [8],
        /// Device id (`KVM_MSI_VALID_DEVID`; `pad` in the C union).
        devid: u32 [12],
    }
}

uapi_struct! {
    /// `struct kvm_irq_routing_entry`: one GSI route; the C union `u` is byte storage with
    /// typed views ([`kvm_irq_routing_entry::irqchip`], [`kvm_irq_routing_entry::msi`]).
    struct kvm_irq_routing_entry [48, 8] {
        /// GSI.
        gsi: u32 [0],
        /// `KVM_IRQ_ROUTING_*`.
        type_: u32 [4, "type"],
        /// `KVM_MSI_VALID_DEVID`.
        flags: u32 [8],
        /// Padding.
        pad: u32 [12],
        /// The union (32 bytes, 8-byte aligned).
        u: [u64; 4] [16],
    }
}

impl kvm_irq_routing_entry {
    /// `u.irqchip`.
    pub fn irqchip(&self) -> kvm_irq_routing_irqchip {
        view(self.u.as_bytes())
    }
    /// Store `u.irqchip` (the rest of the union is zeroed).
    pub fn set_irqchip(&mut self, v: &kvm_irq_routing_irqchip) {
        store(self.u.as_mut_bytes(), v);
    }
    /// `u.msi`.
    pub fn msi(&self) -> kvm_irq_routing_msi {
        view(self.u.as_bytes())
    }
    /// Store `u.msi` (the rest of the union is zeroed).
    pub fn set_msi(&mut self, v: &kvm_irq_routing_msi) {
        store(self.u.as_mut_bytes(), v);
    }
}

uapi_struct! {
    /// `struct kvm_irq_routing`: `KVM_SET_GSI_ROUTING` header; `nr` entries follow.
    struct kvm_irq_routing [8, 8] {
        /// Number of entries.
        nr: u32 [0],
        /// Flags, zero.
        flags: u32 [4],
        /// The entries (flexible array).
        entries: [kvm_irq_routing_entry; 0] [8],
    }
}

uapi_struct! {
    /// `struct kvm_irqfd`: `KVM_IRQFD`.
    struct kvm_irqfd [32, 4] {
        /// The eventfd.
        fd: u32 [0],
        /// GSI (SPI number for the vGIC).
        gsi: u32 [4],
        /// `KVM_IRQFD_FLAG_*`.
        flags: u32 [8],
        /// Resample eventfd (`KVM_IRQFD_FLAG_RESAMPLE`).
        resamplefd: u32 [12],
        /// Padding.
        pad: [u8; 16] [16],
    }
}

uapi_struct! {
    /// `struct kvm_msi`: `KVM_SIGNAL_MSI`.
    struct kvm_msi [32, 4] {
        /// Address bits 31:0.
        address_lo: u32 [0],
        /// Address bits 63:32.
        address_hi: u32 [4],
        /// Data.
        data: u32 [8],
        /// `KVM_MSI_VALID_DEVID`.
        flags: u32 [12],
        /// Device id.
        devid: u32 [16],
        /// Padding.
        pad: [u8; 12] [20],
    }
}

uapi_struct! {
    /// `struct kvm_dirty_gfn`: one entry of the dirty ring.
    struct kvm_dirty_gfn [16, 8] {
        /// `KVM_DIRTY_GFN_F_*`.
        flags: u32 [0],
        /// Slot.
        slot: u32 [4],
        /// Page offset in the slot.
        offset: u64 [8],
    }
}

uapi_struct! {
    /// `struct kvm_stats_header`: start of a `KVM_GET_STATS_FD` file.
    struct kvm_stats_header [24, 4] {
        /// Flags, zero.
        flags: u32 [0],
        /// Size of each descriptor's name.
        name_size: u32 [4],
        /// Number of descriptors.
        num_desc: u32 [8],
        /// Offset of the id string.
        id_offset: u32 [12],
        /// Offset of the descriptors.
        desc_offset: u32 [16],
        /// Offset of the data.
        data_offset: u32 [20],
    }
}

uapi_struct! {
    /// `struct kvm_stats_desc`: one statistics descriptor; the name follows.
    struct kvm_stats_desc [16, 4] {
        /// `KVM_STATS_TYPE_*` | `KVM_STATS_UNIT_*` | `KVM_STATS_BASE_*`.
        flags: u32 [0],
        /// Exponent of the unit.
        exponent: i16 [4],
        /// Number of u64 values.
        size: u16 [6],
        /// Offset of the values in the data block.
        offset: u32 [8],
        /// Histogram bucket size.
        bucket_size: u32 [12],
        /// The name (flexible array).
        name: [u8; 0] [16],
    }
}

uapi_struct! {
    /// `struct kvm_create_guest_memfd`: `KVM_CREATE_GUEST_MEMFD`.
    struct kvm_create_guest_memfd [64, 8] {
        /// Size in bytes.
        size: u64 [0],
        /// `GUEST_MEMFD_FLAG_*`.
        flags: u64 [8],
        /// Reserved, zero.
        reserved: [u64; 6] [16],
    }
}

uapi_struct! {
    /// `struct kvm_pre_fault_memory`: `KVM_PRE_FAULT_MEMORY`.
    struct kvm_pre_fault_memory [64, 8] {
        /// Guest physical address.
        gpa: u64 [0],
        /// Size in bytes.
        size: u64 [8],
        /// Flags, zero.
        flags: u64 [16],
        /// Padding.
        padding: [u64; 5] [24],
    }
}

/// The PV-time stolen-time record a guest reads at the IPA set with
/// `KVM_ARM_VCPU_PVTIME_IPA` (Arm DEN0057A §3.2; Linux `struct pvclock_vcpu_stolen_time`,
/// `arch/arm64/include/asm/pvclock-abi.h`, kernel-internal). Guest memory: little-endian on
/// every host, 64 bytes, 64-byte aligned in the guest.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned,
)]
#[repr(C)]
pub struct pvclock_vcpu_stolen_time {
    /// Structure revision, 0.
    pub revision: U32,
    /// Attributes, 0.
    pub attributes: U32,
    /// Stolen time in nanoseconds.
    pub stolen_time: U64,
    /// Padding to 64 bytes.
    pub padding: [u8; 48],
}

impl Default for pvclock_vcpu_stolen_time {
    fn default() -> Self {
        Self::new_zeroed()
    }
}

const _: () = {
    assert!(core::mem::size_of::<pvclock_vcpu_stolen_time>() == 64);
    assert!(core::mem::offset_of!(pvclock_vcpu_stolen_time, attributes) == 4);
    assert!(core::mem::offset_of!(pvclock_vcpu_stolen_time, stolen_time) == 8);
    assert!(core::mem::offset_of!(pvclock_vcpu_stolen_time, padding) == 16);
};

/// A C union member read as `T` from the start of the union's bytes (zeroes if the storage
/// were ever too small, which the layout assertions rule out).
pub(crate) fn view<T: FromBytes>(bytes: &[u8]) -> T {
    T::read_from_prefix(bytes).map_or_else(|_| T::new_zeroed(), |(v, _)| v)
}

/// Store `v` at the start of a C union's bytes and zero the rest.
pub(crate) fn store<T: IntoBytes + Immutable>(bytes: &mut [u8], v: &T) {
    bytes.fill(0);
    let src = v.as_bytes();
    if let Some(dst) = bytes.get_mut(..src.len()) {
        dst.copy_from_slice(src);
    }
}

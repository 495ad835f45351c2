//! Numbers of `include/uapi/linux/kvm.h` and `arch/arm64/include/uapi/asm/kvm.h` (Linux 7.2):
//! capabilities, exit reasons, system events, MP states, vCPU features and targets, device
//! types and attributes, the `KVM_IRQ_LINE` encoding, PSCI 0.1 ids and flags.

use super::Src;

/// `SZ_64K` (kernel `linux/sizes.h`), the vGIC frame size.
const SZ_64K: u64 = 0x1_0000;

uapi_consts! { GENERAL, Src::Uapi;
    /// `KVM_API_VERSION`: what `KVM_GET_API_VERSION` returns.
    KVM_API_VERSION: u32 = 12;
    /// `SYNC_REGS_SIZE_BYTES`: size of the `kvm_run.s` union.
    SYNC_REGS_SIZE_BYTES: usize = 2048;
    /// `KVMIO`: the ioctl type byte of every KVM ioctl.
    KVMIO: u32 = 0xae;
    /// `KVM_MEM_LOG_DIRTY_PAGES`: memory-slot flag, track dirty pages.
    KVM_MEM_LOG_DIRTY_PAGES: u32 = 1 << 0;
    /// `KVM_MEM_READONLY`: memory-slot flag, guest writes exit as MMIO.
    KVM_MEM_READONLY: u32 = 1 << 1;
    /// `KVM_MEM_GUEST_MEMFD`: memory-slot flag, backed by a guest_memfd.
    KVM_MEM_GUEST_MEMFD: u32 = 1 << 2;
    /// `KVM_GUESTDBG_ENABLE`: `kvm_guest_debug.control` bit, debugging on.
    KVM_GUESTDBG_ENABLE: u32 = 0x1;
    /// `KVM_GUESTDBG_SINGLESTEP`: single-step the guest.
    KVM_GUESTDBG_SINGLESTEP: u32 = 0x2;
    /// `kvm_ioeventfd_flag_nr_datamatch`: bit number of `KVM_IOEVENTFD_FLAG_DATAMATCH`.
    kvm_ioeventfd_flag_nr_datamatch: u32 = 0;
    /// `kvm_ioeventfd_flag_nr_pio`: bit number of `KVM_IOEVENTFD_FLAG_PIO`.
    kvm_ioeventfd_flag_nr_pio: u32 = 1;
    /// `kvm_ioeventfd_flag_nr_deassign`: bit number of `KVM_IOEVENTFD_FLAG_DEASSIGN`.
    kvm_ioeventfd_flag_nr_deassign: u32 = 2;
    /// `kvm_ioeventfd_flag_nr_virtio_ccw_notify`: bit number of the s390 CCW flag.
    kvm_ioeventfd_flag_nr_virtio_ccw_notify: u32 = 3;
    /// `kvm_ioeventfd_flag_nr_fast_mmio`: bit number reserved for fast MMIO.
    kvm_ioeventfd_flag_nr_fast_mmio: u32 = 4;
    /// `kvm_ioeventfd_flag_nr_max`: number of ioeventfd flag bits.
    kvm_ioeventfd_flag_nr_max: u32 = 5;
    /// `KVM_IOEVENTFD_FLAG_DATAMATCH`: only writes of `datamatch` signal.
    KVM_IOEVENTFD_FLAG_DATAMATCH: u32 = 1 << kvm_ioeventfd_flag_nr_datamatch;
    /// `KVM_IOEVENTFD_FLAG_PIO`: a port-I/O address (not arm64).
    KVM_IOEVENTFD_FLAG_PIO: u32 = 1 << kvm_ioeventfd_flag_nr_pio;
    /// `KVM_IOEVENTFD_FLAG_DEASSIGN`: remove the ioeventfd.
    KVM_IOEVENTFD_FLAG_DEASSIGN: u32 = 1 << kvm_ioeventfd_flag_nr_deassign;
    /// `KVM_IOEVENTFD_FLAG_VIRTIO_CCW_NOTIFY`: s390 virtio-ccw notification (not arm64).
    KVM_IOEVENTFD_FLAG_VIRTIO_CCW_NOTIFY: u32 = 1 << kvm_ioeventfd_flag_nr_virtio_ccw_notify;
    /// `KVM_IOEVENTFD_VALID_FLAG_MASK`.
    KVM_IOEVENTFD_VALID_FLAG_MASK: u32 = (1 << kvm_ioeventfd_flag_nr_max) - 1;
    /// `KVM_IRQ_ROUTING_IRQCHIP`: routing entry to an irqchip pin.
    KVM_IRQ_ROUTING_IRQCHIP: u32 = 1;
    /// `KVM_IRQ_ROUTING_MSI`: routing entry to an MSI (GICv3 ITS on arm64).
    KVM_IRQ_ROUTING_MSI: u32 = 2;
    /// `KVM_IRQ_ROUTING_S390_ADAPTER`: s390 adapter interrupt (not arm64).
    KVM_IRQ_ROUTING_S390_ADAPTER: u32 = 3;
    /// `KVM_IRQ_ROUTING_HV_SINT`: Hyper-V SINT (not arm64).
    KVM_IRQ_ROUTING_HV_SINT: u32 = 4;
    /// `KVM_IRQ_ROUTING_XEN_EVTCHN`: Xen event channel (not arm64).
    KVM_IRQ_ROUTING_XEN_EVTCHN: u32 = 5;
    /// `KVM_IRQFD_FLAG_DEASSIGN`: remove the irqfd.
    KVM_IRQFD_FLAG_DEASSIGN: u32 = 1 << 0;
    /// `KVM_IRQFD_FLAG_RESAMPLE`: level-triggered irqfd with a resample fd.
    KVM_IRQFD_FLAG_RESAMPLE: u32 = 1 << 1;
    /// `KVM_MSI_VALID_DEVID`: `kvm_msi.devid` / routing `devid` is valid.
    KVM_MSI_VALID_DEVID: u32 = 1 << 0;
    /// `KVM_CREATE_DEVICE_TEST`: `kvm_create_device.flags`, only test whether the type exists.
    KVM_CREATE_DEVICE_TEST: u32 = 1;
    /// `KVM_DEV_VFIO_FILE`: VFIO device attribute group (files).
    KVM_DEV_VFIO_FILE: u32 = 1;
    /// `KVM_DEV_VFIO_FILE_ADD`: add a VFIO file.
    KVM_DEV_VFIO_FILE_ADD: u32 = 1;
    /// `KVM_DEV_VFIO_FILE_DEL`: remove a VFIO file.
    KVM_DEV_VFIO_FILE_DEL: u32 = 2;
    /// `KVM_DEV_VFIO_GROUP`: old name of `KVM_DEV_VFIO_FILE`.
    KVM_DEV_VFIO_GROUP: u32 = KVM_DEV_VFIO_FILE;
    /// `KVM_DEV_VFIO_GROUP_ADD`: old name of `KVM_DEV_VFIO_FILE_ADD`.
    KVM_DEV_VFIO_GROUP_ADD: u32 = KVM_DEV_VFIO_FILE_ADD;
    /// `KVM_DEV_VFIO_GROUP_DEL`: old name of `KVM_DEV_VFIO_FILE_DEL`.
    KVM_DEV_VFIO_GROUP_DEL: u32 = KVM_DEV_VFIO_FILE_DEL;
    /// `KVM_DIRTY_LOG_MANUAL_PROTECT_ENABLE`: `KVM_CAP_MANUAL_DIRTY_LOG_PROTECT2` flag.
    KVM_DIRTY_LOG_MANUAL_PROTECT_ENABLE: u64 = 1 << 0;
    /// `KVM_DIRTY_LOG_INITIALLY_SET`: `KVM_CAP_MANUAL_DIRTY_LOG_PROTECT2` flag.
    KVM_DIRTY_LOG_INITIALLY_SET: u64 = 1 << 1;
    /// `KVM_DIRTY_GFN_F_DIRTY`: `kvm_dirty_gfn.flags`, the entry is dirty.
    KVM_DIRTY_GFN_F_DIRTY: u32 = 1 << 0;
    /// `KVM_DIRTY_GFN_F_RESET`: `kvm_dirty_gfn.flags`, the entry was harvested.
    KVM_DIRTY_GFN_F_RESET: u32 = 1 << 1;
    /// `KVM_DIRTY_GFN_F_MASK`.
    KVM_DIRTY_GFN_F_MASK: u32 = 0x3;
    /// `KVM_STATS_TYPE_SHIFT`: `kvm_stats_desc.flags` type field.
    KVM_STATS_TYPE_SHIFT: u32 = 0;
    /// `KVM_STATS_TYPE_MASK`.
    KVM_STATS_TYPE_MASK: u32 = 0xf << KVM_STATS_TYPE_SHIFT;
    /// `KVM_STATS_TYPE_CUMULATIVE`.
    KVM_STATS_TYPE_CUMULATIVE: u32 = 0 << KVM_STATS_TYPE_SHIFT;
    /// `KVM_STATS_TYPE_INSTANT`.
    KVM_STATS_TYPE_INSTANT: u32 = 1 << KVM_STATS_TYPE_SHIFT;
    /// `KVM_STATS_TYPE_PEAK`.
    KVM_STATS_TYPE_PEAK: u32 = 2 << KVM_STATS_TYPE_SHIFT;
    /// `KVM_STATS_TYPE_LINEAR_HIST`.
    KVM_STATS_TYPE_LINEAR_HIST: u32 = 3 << KVM_STATS_TYPE_SHIFT;
    /// `KVM_STATS_TYPE_LOG_HIST`.
    KVM_STATS_TYPE_LOG_HIST: u32 = 4 << KVM_STATS_TYPE_SHIFT;
    /// `KVM_STATS_TYPE_MAX`.
    KVM_STATS_TYPE_MAX: u32 = KVM_STATS_TYPE_LOG_HIST;
    /// `KVM_STATS_UNIT_SHIFT`: `kvm_stats_desc.flags` unit field.
    KVM_STATS_UNIT_SHIFT: u32 = 4;
    /// `KVM_STATS_UNIT_MASK`.
    KVM_STATS_UNIT_MASK: u32 = 0xf << KVM_STATS_UNIT_SHIFT;
    /// `KVM_STATS_UNIT_NONE`.
    KVM_STATS_UNIT_NONE: u32 = 0 << KVM_STATS_UNIT_SHIFT;
    /// `KVM_STATS_UNIT_BYTES`.
    KVM_STATS_UNIT_BYTES: u32 = 1 << KVM_STATS_UNIT_SHIFT;
    /// `KVM_STATS_UNIT_SECONDS`.
    KVM_STATS_UNIT_SECONDS: u32 = 2 << KVM_STATS_UNIT_SHIFT;
    /// `KVM_STATS_UNIT_CYCLES`.
    KVM_STATS_UNIT_CYCLES: u32 = 3 << KVM_STATS_UNIT_SHIFT;
    /// `KVM_STATS_UNIT_BOOLEAN`.
    KVM_STATS_UNIT_BOOLEAN: u32 = 4 << KVM_STATS_UNIT_SHIFT;
    /// `KVM_STATS_UNIT_MAX`.
    KVM_STATS_UNIT_MAX: u32 = KVM_STATS_UNIT_BOOLEAN;
    /// `KVM_STATS_BASE_SHIFT`: `kvm_stats_desc.flags` base field.
    KVM_STATS_BASE_SHIFT: u32 = 8;
    /// `KVM_STATS_BASE_MASK`.
    KVM_STATS_BASE_MASK: u32 = 0xf << KVM_STATS_BASE_SHIFT;
    /// `KVM_STATS_BASE_POW10`.
    KVM_STATS_BASE_POW10: u32 = 0 << KVM_STATS_BASE_SHIFT;
    /// `KVM_STATS_BASE_POW2`.
    KVM_STATS_BASE_POW2: u32 = 1 << KVM_STATS_BASE_SHIFT;
    /// `KVM_STATS_BASE_MAX`.
    KVM_STATS_BASE_MAX: u32 = KVM_STATS_BASE_POW2;
    /// `KVM_VM_TYPE_ARM_IPA_SIZE_MASK`: `KVM_CREATE_VM` type bits holding the IPA size.
    KVM_VM_TYPE_ARM_IPA_SIZE_MASK: u64 = 0xff;
    /// `KVM_VM_TYPE_ARM_PROTECTED`: `KVM_CREATE_VM` type bit, a protected (pKVM) VM.
    KVM_VM_TYPE_ARM_PROTECTED: u64 = 1 << 31 => ">6.12";
    /// `KVM_VM_TYPE_ARM_MASK`: every valid arm64 `KVM_CREATE_VM` type bit.
    KVM_VM_TYPE_ARM_MASK: u64 = KVM_VM_TYPE_ARM_IPA_SIZE_MASK | KVM_VM_TYPE_ARM_PROTECTED => ">6.12";
    /// `GUEST_MEMFD_FLAG_MMAP`: `kvm_create_guest_memfd.flags`, the memfd can be mmap()ed.
    GUEST_MEMFD_FLAG_MMAP: u64 = 1 << 0 => ">6.12";
    /// `GUEST_MEMFD_FLAG_INIT_SHARED`: the memory starts shared with the host.
    GUEST_MEMFD_FLAG_INIT_SHARED: u64 = 1 << 1 => ">6.12";
    /// `KVM_MEMORY_EXIT_FLAG_PRIVATE`: `kvm_run.memory_fault.flags`, access to private memory.
    KVM_MEMORY_EXIT_FLAG_PRIVATE: u64 = 1 << 3;
    /// `KVM_EXIT_ARM_SEA_FLAG_GPA_VALID`: `kvm_run.arm_sea.flags`, `gpa` is valid.
    KVM_EXIT_ARM_SEA_FLAG_GPA_VALID: u64 = 1 << 0 => ">6.12";
    /// `KVM_INTERNAL_ERROR_EMULATION`: `kvm_run.internal.suberror`.
    KVM_INTERNAL_ERROR_EMULATION: u32 = 1;
    /// `KVM_INTERNAL_ERROR_SIMUL_EX`.
    KVM_INTERNAL_ERROR_SIMUL_EX: u32 = 2;
    /// `KVM_INTERNAL_ERROR_DELIVERY_EV`.
    KVM_INTERNAL_ERROR_DELIVERY_EV: u32 = 3;
    /// `KVM_INTERNAL_ERROR_UNEXPECTED_EXIT_REASON`.
    KVM_INTERNAL_ERROR_UNEXPECTED_EXIT_REASON: u32 = 4;
}

uapi_consts! { CAPS, Src::Uapi;
    /// `KVM_CAP_IRQCHIP`: an in-kernel interrupt controller can be created.
    KVM_CAP_IRQCHIP: u32 = 0;
    /// `KVM_CAP_HLT`: capability number of another architecture or of generic KVM.
    KVM_CAP_HLT: u32 = 1;
    /// `KVM_CAP_MMU_SHADOW_CACHE_CONTROL`: capability number of another architecture or of generic KVM.
    KVM_CAP_MMU_SHADOW_CACHE_CONTROL: u32 = 2;
    /// `KVM_CAP_USER_MEMORY`: `KVM_SET_USER_MEMORY_REGION` is available.
    KVM_CAP_USER_MEMORY: u32 = 3;
    /// `KVM_CAP_SET_TSS_ADDR`: capability number of another architecture or of generic KVM.
    KVM_CAP_SET_TSS_ADDR: u32 = 4;
    /// `KVM_CAP_VAPIC`: capability number of another architecture or of generic KVM.
    KVM_CAP_VAPIC: u32 = 6;
    /// `KVM_CAP_EXT_CPUID`: capability number of another architecture or of generic KVM.
    KVM_CAP_EXT_CPUID: u32 = 7;
    /// `KVM_CAP_CLOCKSOURCE`: capability number of another architecture or of generic KVM.
    KVM_CAP_CLOCKSOURCE: u32 = 8;
    /// `KVM_CAP_NR_VCPUS`: the recommended maximum number of vCPUs per VM.
    KVM_CAP_NR_VCPUS: u32 = 9;
    /// `KVM_CAP_NR_MEMSLOTS`: the number of memory slots per address space.
    KVM_CAP_NR_MEMSLOTS: u32 = 10;
    /// `KVM_CAP_PIT`: capability number of another architecture or of generic KVM.
    KVM_CAP_PIT: u32 = 11;
    /// `KVM_CAP_NOP_IO_DELAY`: capability number of another architecture or of generic KVM.
    KVM_CAP_NOP_IO_DELAY: u32 = 12;
    /// `KVM_CAP_PV_MMU`: capability number of another architecture or of generic KVM.
    KVM_CAP_PV_MMU: u32 = 13;
    /// `KVM_CAP_MP_STATE`: `KVM_GET/SET_MP_STATE` are available.
    KVM_CAP_MP_STATE: u32 = 14;
    /// `KVM_CAP_COALESCED_MMIO`: the page offset of the coalesced-MMIO ring in the vCPU mapping, or 0.
    KVM_CAP_COALESCED_MMIO: u32 = 15;
    /// `KVM_CAP_SYNC_MMU`: host mapping changes reach the guest.
    KVM_CAP_SYNC_MMU: u32 = 16;
    /// `KVM_CAP_IOMMU`: capability number of another architecture or of generic KVM.
    KVM_CAP_IOMMU: u32 = 18;
    /// `KVM_CAP_DESTROY_MEMORY_REGION_WORKS`: capability number of another architecture or of generic KVM.
    KVM_CAP_DESTROY_MEMORY_REGION_WORKS: u32 = 21;
    /// `KVM_CAP_USER_NMI`: capability number of another architecture or of generic KVM.
    KVM_CAP_USER_NMI: u32 = 22;
    /// `KVM_CAP_SET_GUEST_DEBUG`: `KVM_SET_GUEST_DEBUG` is available.
    KVM_CAP_SET_GUEST_DEBUG: u32 = 23;
    /// `KVM_CAP_IRQ_ROUTING`: `KVM_SET_GSI_ROUTING` is available.
    KVM_CAP_IRQ_ROUTING: u32 = 25;
    /// `KVM_CAP_IRQ_INJECT_STATUS`: `KVM_IRQ_LINE_STATUS` is available.
    KVM_CAP_IRQ_INJECT_STATUS: u32 = 26;
    /// `KVM_CAP_ASSIGN_DEV_IRQ`: capability number of another architecture or of generic KVM.
    KVM_CAP_ASSIGN_DEV_IRQ: u32 = 29;
    /// `KVM_CAP_JOIN_MEMORY_REGIONS_WORKS`: capability number of another architecture or of generic KVM.
    KVM_CAP_JOIN_MEMORY_REGIONS_WORKS: u32 = 30;
    /// `KVM_CAP_IRQFD`: `KVM_IRQFD` is available.
    KVM_CAP_IRQFD: u32 = 32;
    /// `KVM_CAP_SET_BOOT_CPU_ID`: capability number of another architecture or of generic KVM.
    KVM_CAP_SET_BOOT_CPU_ID: u32 = 34;
    /// `KVM_CAP_IOEVENTFD`: `KVM_IOEVENTFD` is available.
    KVM_CAP_IOEVENTFD: u32 = 36;
    /// `KVM_CAP_SET_IDENTITY_MAP_ADDR`: capability number of another architecture or of generic KVM.
    KVM_CAP_SET_IDENTITY_MAP_ADDR: u32 = 37;
    /// `KVM_CAP_ADJUST_CLOCK`: capability number of another architecture or of generic KVM.
    KVM_CAP_ADJUST_CLOCK: u32 = 39;
    /// `KVM_CAP_INTERNAL_ERROR_DATA`: internal-error exits carry data.
    KVM_CAP_INTERNAL_ERROR_DATA: u32 = 40;
    /// `KVM_CAP_VCPU_EVENTS`: `KVM_GET/SET_VCPU_EVENTS` are available (arm64: SError and external-abort injection).
    KVM_CAP_VCPU_EVENTS: u32 = 41;
    /// `KVM_CAP_S390_PSW`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_PSW: u32 = 42;
    /// `KVM_CAP_PPC_SEGSTATE`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_SEGSTATE: u32 = 43;
    /// `KVM_CAP_HYPERV`: capability number of another architecture or of generic KVM.
    KVM_CAP_HYPERV: u32 = 44;
    /// `KVM_CAP_HYPERV_VAPIC`: capability number of another architecture or of generic KVM.
    KVM_CAP_HYPERV_VAPIC: u32 = 45;
    /// `KVM_CAP_HYPERV_SPIN`: capability number of another architecture or of generic KVM.
    KVM_CAP_HYPERV_SPIN: u32 = 46;
    /// `KVM_CAP_PCI_SEGMENT`: capability number of another architecture or of generic KVM.
    KVM_CAP_PCI_SEGMENT: u32 = 47;
    /// `KVM_CAP_PPC_PAIRED_SINGLES`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_PAIRED_SINGLES: u32 = 48;
    /// `KVM_CAP_INTR_SHADOW`: capability number of another architecture or of generic KVM.
    KVM_CAP_INTR_SHADOW: u32 = 49;
    /// `KVM_CAP_X86_ROBUST_SINGLESTEP`: capability number of another architecture or of generic KVM.
    KVM_CAP_X86_ROBUST_SINGLESTEP: u32 = 51;
    /// `KVM_CAP_PPC_OSI`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_OSI: u32 = 52;
    /// `KVM_CAP_PPC_UNSET_IRQ`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_UNSET_IRQ: u32 = 53;
    /// `KVM_CAP_ENABLE_CAP`: `KVM_ENABLE_CAP` on a vCPU.
    KVM_CAP_ENABLE_CAP: u32 = 54;
    /// `KVM_CAP_PPC_GET_PVINFO`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_GET_PVINFO: u32 = 57;
    /// `KVM_CAP_PPC_IRQ_LEVEL`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_IRQ_LEVEL: u32 = 58;
    /// `KVM_CAP_ASYNC_PF`: capability number of another architecture or of generic KVM.
    KVM_CAP_ASYNC_PF: u32 = 59;
    /// `KVM_CAP_TSC_CONTROL`: capability number of another architecture or of generic KVM.
    KVM_CAP_TSC_CONTROL: u32 = 60;
    /// `KVM_CAP_GET_TSC_KHZ`: capability number of another architecture or of generic KVM.
    KVM_CAP_GET_TSC_KHZ: u32 = 61;
    /// `KVM_CAP_PPC_BOOKE_SREGS`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_BOOKE_SREGS: u32 = 62;
    /// `KVM_CAP_SPAPR_TCE`: capability number of another architecture or of generic KVM.
    KVM_CAP_SPAPR_TCE: u32 = 63;
    /// `KVM_CAP_PPC_SMT`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_SMT: u32 = 64;
    /// `KVM_CAP_PPC_RMA`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_RMA: u32 = 65;
    /// `KVM_CAP_MAX_VCPUS`: the maximum number of vCPUs per VM.
    KVM_CAP_MAX_VCPUS: u32 = 66;
    /// `KVM_CAP_PPC_HIOR`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_HIOR: u32 = 67;
    /// `KVM_CAP_PPC_PAPR`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_PAPR: u32 = 68;
    /// `KVM_CAP_SW_TLB`: capability number of another architecture or of generic KVM.
    KVM_CAP_SW_TLB: u32 = 69;
    /// `KVM_CAP_ONE_REG`: `KVM_GET/SET_ONE_REG` are available.
    KVM_CAP_ONE_REG: u32 = 70;
    /// `KVM_CAP_S390_GMAP`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_GMAP: u32 = 71;
    /// `KVM_CAP_TSC_DEADLINE_TIMER`: capability number of another architecture or of generic KVM.
    KVM_CAP_TSC_DEADLINE_TIMER: u32 = 72;
    /// `KVM_CAP_S390_UCONTROL`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_UCONTROL: u32 = 73;
    /// `KVM_CAP_SYNC_REGS`: `kvm_run.s` carries synchronised registers.
    KVM_CAP_SYNC_REGS: u32 = 74;
    /// `KVM_CAP_PCI_2_3`: capability number of another architecture or of generic KVM.
    KVM_CAP_PCI_2_3: u32 = 75;
    /// `KVM_CAP_KVMCLOCK_CTRL`: capability number of another architecture or of generic KVM.
    KVM_CAP_KVMCLOCK_CTRL: u32 = 76;
    /// `KVM_CAP_SIGNAL_MSI`: `KVM_SIGNAL_MSI` is available.
    KVM_CAP_SIGNAL_MSI: u32 = 77;
    /// `KVM_CAP_PPC_GET_SMMU_INFO`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_GET_SMMU_INFO: u32 = 78;
    /// `KVM_CAP_S390_COW`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_COW: u32 = 79;
    /// `KVM_CAP_PPC_ALLOC_HTAB`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_ALLOC_HTAB: u32 = 80;
    /// `KVM_CAP_READONLY_MEM`: `KVM_MEM_READONLY` memory slots.
    KVM_CAP_READONLY_MEM: u32 = 81;
    /// `KVM_CAP_IRQFD_RESAMPLE`: `KVM_IRQFD_FLAG_RESAMPLE`.
    KVM_CAP_IRQFD_RESAMPLE: u32 = 82;
    /// `KVM_CAP_PPC_BOOKE_WATCHDOG`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_BOOKE_WATCHDOG: u32 = 83;
    /// `KVM_CAP_PPC_HTAB_FD`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_HTAB_FD: u32 = 84;
    /// `KVM_CAP_S390_CSS_SUPPORT`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_CSS_SUPPORT: u32 = 85;
    /// `KVM_CAP_PPC_EPR`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_EPR: u32 = 86;
    /// `KVM_CAP_ARM_PSCI`: PSCI 0.1 calls are handled in the kernel.
    KVM_CAP_ARM_PSCI: u32 = 87;
    /// `KVM_CAP_ARM_SET_DEVICE_ADDR`: `KVM_ARM_SET_DEVICE_ADDR` is available.
    KVM_CAP_ARM_SET_DEVICE_ADDR: u32 = 88;
    /// `KVM_CAP_DEVICE_CTRL`: `KVM_CREATE_DEVICE` and the device-attribute ioctls.
    KVM_CAP_DEVICE_CTRL: u32 = 89;
    /// `KVM_CAP_IRQ_MPIC`: capability number of another architecture or of generic KVM.
    KVM_CAP_IRQ_MPIC: u32 = 90;
    /// `KVM_CAP_PPC_RTAS`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_RTAS: u32 = 91;
    /// `KVM_CAP_IRQ_XICS`: capability number of another architecture or of generic KVM.
    KVM_CAP_IRQ_XICS: u32 = 92;
    /// `KVM_CAP_ARM_EL1_32BIT`: `KVM_ARM_VCPU_EL1_32BIT` (AArch32 EL1) is supported.
    KVM_CAP_ARM_EL1_32BIT: u32 = 93;
    /// `KVM_CAP_SPAPR_MULTITCE`: capability number of another architecture or of generic KVM.
    KVM_CAP_SPAPR_MULTITCE: u32 = 94;
    /// `KVM_CAP_EXT_EMUL_CPUID`: capability number of another architecture or of generic KVM.
    KVM_CAP_EXT_EMUL_CPUID: u32 = 95;
    /// `KVM_CAP_HYPERV_TIME`: capability number of another architecture or of generic KVM.
    KVM_CAP_HYPERV_TIME: u32 = 96;
    /// `KVM_CAP_IOAPIC_POLARITY_IGNORED`: capability number of another architecture or of generic KVM.
    KVM_CAP_IOAPIC_POLARITY_IGNORED: u32 = 97;
    /// `KVM_CAP_ENABLE_CAP_VM`: `KVM_ENABLE_CAP` on a VM.
    KVM_CAP_ENABLE_CAP_VM: u32 = 98;
    /// `KVM_CAP_S390_IRQCHIP`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_IRQCHIP: u32 = 99;
    /// `KVM_CAP_IOEVENTFD_NO_LENGTH`: ioeventfds of length 0.
    KVM_CAP_IOEVENTFD_NO_LENGTH: u32 = 100;
    /// `KVM_CAP_VM_ATTRIBUTES`: device attributes on the VM fd.
    KVM_CAP_VM_ATTRIBUTES: u32 = 101;
    /// `KVM_CAP_ARM_PSCI_0_2`: `KVM_ARM_VCPU_PSCI_0_2` is supported.
    KVM_CAP_ARM_PSCI_0_2: u32 = 102;
    /// `KVM_CAP_PPC_FIXUP_HCALL`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_FIXUP_HCALL: u32 = 103;
    /// `KVM_CAP_PPC_ENABLE_HCALL`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_ENABLE_HCALL: u32 = 104;
    /// `KVM_CAP_CHECK_EXTENSION_VM`: `KVM_CHECK_EXTENSION` on a VM fd.
    KVM_CAP_CHECK_EXTENSION_VM: u32 = 105;
    /// `KVM_CAP_S390_USER_SIGP`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_USER_SIGP: u32 = 106;
    /// `KVM_CAP_S390_VECTOR_REGISTERS`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_VECTOR_REGISTERS: u32 = 107;
    /// `KVM_CAP_S390_MEM_OP`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_MEM_OP: u32 = 108;
    /// `KVM_CAP_S390_USER_STSI`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_USER_STSI: u32 = 109;
    /// `KVM_CAP_S390_SKEYS`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_SKEYS: u32 = 110;
    /// `KVM_CAP_MIPS_FPU`: capability number of another architecture or of generic KVM.
    KVM_CAP_MIPS_FPU: u32 = 111;
    /// `KVM_CAP_MIPS_MSA`: capability number of another architecture or of generic KVM.
    KVM_CAP_MIPS_MSA: u32 = 112;
    /// `KVM_CAP_S390_INJECT_IRQ`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_INJECT_IRQ: u32 = 113;
    /// `KVM_CAP_S390_IRQ_STATE`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_IRQ_STATE: u32 = 114;
    /// `KVM_CAP_PPC_HWRNG`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_HWRNG: u32 = 115;
    /// `KVM_CAP_DISABLE_QUIRKS`: capability number of another architecture or of generic KVM.
    KVM_CAP_DISABLE_QUIRKS: u32 = 116;
    /// `KVM_CAP_X86_SMM`: capability number of another architecture or of generic KVM.
    KVM_CAP_X86_SMM: u32 = 117;
    /// `KVM_CAP_MULTI_ADDRESS_SPACE`: the number of memory address spaces.
    KVM_CAP_MULTI_ADDRESS_SPACE: u32 = 118;
    /// `KVM_CAP_GUEST_DEBUG_HW_BPS`: the number of hardware breakpoints.
    KVM_CAP_GUEST_DEBUG_HW_BPS: u32 = 119;
    /// `KVM_CAP_GUEST_DEBUG_HW_WPS`: the number of hardware watchpoints.
    KVM_CAP_GUEST_DEBUG_HW_WPS: u32 = 120;
    /// `KVM_CAP_SPLIT_IRQCHIP`: capability number of another architecture or of generic KVM.
    KVM_CAP_SPLIT_IRQCHIP: u32 = 121;
    /// `KVM_CAP_IOEVENTFD_ANY_LENGTH`: ioeventfds of any length.
    KVM_CAP_IOEVENTFD_ANY_LENGTH: u32 = 122;
    /// `KVM_CAP_HYPERV_SYNIC`: capability number of another architecture or of generic KVM.
    KVM_CAP_HYPERV_SYNIC: u32 = 123;
    /// `KVM_CAP_S390_RI`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_RI: u32 = 124;
    /// `KVM_CAP_SPAPR_TCE_64`: capability number of another architecture or of generic KVM.
    KVM_CAP_SPAPR_TCE_64: u32 = 125;
    /// `KVM_CAP_ARM_PMU_V3`: `KVM_ARM_VCPU_PMU_V3` is supported.
    KVM_CAP_ARM_PMU_V3: u32 = 126;
    /// `KVM_CAP_VCPU_ATTRIBUTES`: device attributes on the vCPU fd.
    KVM_CAP_VCPU_ATTRIBUTES: u32 = 127;
    /// `KVM_CAP_MAX_VCPU_ID`: the maximum vCPU id.
    KVM_CAP_MAX_VCPU_ID: u32 = 128;
    /// `KVM_CAP_X2APIC_API`: capability number of another architecture or of generic KVM.
    KVM_CAP_X2APIC_API: u32 = 129;
    /// `KVM_CAP_S390_USER_INSTR0`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_USER_INSTR0: u32 = 130;
    /// `KVM_CAP_MSI_DEVID`: MSIs carry a device id (`KVM_MSI_VALID_DEVID`).
    KVM_CAP_MSI_DEVID: u32 = 131;
    /// `KVM_CAP_PPC_HTM`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_HTM: u32 = 132;
    /// `KVM_CAP_SPAPR_RESIZE_HPT`: capability number of another architecture or of generic KVM.
    KVM_CAP_SPAPR_RESIZE_HPT: u32 = 133;
    /// `KVM_CAP_PPC_MMU_RADIX`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_MMU_RADIX: u32 = 134;
    /// `KVM_CAP_PPC_MMU_HASH_V3`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_MMU_HASH_V3: u32 = 135;
    /// `KVM_CAP_IMMEDIATE_EXIT`: `kvm_run.immediate_exit` is honoured.
    KVM_CAP_IMMEDIATE_EXIT: u32 = 136;
    /// `KVM_CAP_MIPS_VZ`: capability number of another architecture or of generic KVM.
    KVM_CAP_MIPS_VZ: u32 = 137;
    /// `KVM_CAP_MIPS_TE`: capability number of another architecture or of generic KVM.
    KVM_CAP_MIPS_TE: u32 = 138;
    /// `KVM_CAP_MIPS_64BIT`: capability number of another architecture or of generic KVM.
    KVM_CAP_MIPS_64BIT: u32 = 139;
    /// `KVM_CAP_S390_GS`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_GS: u32 = 140;
    /// `KVM_CAP_S390_AIS`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_AIS: u32 = 141;
    /// `KVM_CAP_SPAPR_TCE_VFIO`: capability number of another architecture or of generic KVM.
    KVM_CAP_SPAPR_TCE_VFIO: u32 = 142;
    /// `KVM_CAP_X86_DISABLE_EXITS`: capability number of another architecture or of generic KVM.
    KVM_CAP_X86_DISABLE_EXITS: u32 = 143;
    /// `KVM_CAP_ARM_USER_IRQ`: timer and PMU interrupt levels are reported to userspace.
    KVM_CAP_ARM_USER_IRQ: u32 = 144;
    /// `KVM_CAP_S390_CMMA_MIGRATION`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_CMMA_MIGRATION: u32 = 145;
    /// `KVM_CAP_PPC_FWNMI`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_FWNMI: u32 = 146;
    /// `KVM_CAP_PPC_SMT_POSSIBLE`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_SMT_POSSIBLE: u32 = 147;
    /// `KVM_CAP_HYPERV_SYNIC2`: capability number of another architecture or of generic KVM.
    KVM_CAP_HYPERV_SYNIC2: u32 = 148;
    /// `KVM_CAP_HYPERV_VP_INDEX`: capability number of another architecture or of generic KVM.
    KVM_CAP_HYPERV_VP_INDEX: u32 = 149;
    /// `KVM_CAP_S390_AIS_MIGRATION`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_AIS_MIGRATION: u32 = 150;
    /// `KVM_CAP_PPC_GET_CPU_CHAR`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_GET_CPU_CHAR: u32 = 151;
    /// `KVM_CAP_S390_BPB`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_BPB: u32 = 152;
    /// `KVM_CAP_GET_MSR_FEATURES`: capability number of another architecture or of generic KVM.
    KVM_CAP_GET_MSR_FEATURES: u32 = 153;
    /// `KVM_CAP_HYPERV_EVENTFD`: capability number of another architecture or of generic KVM.
    KVM_CAP_HYPERV_EVENTFD: u32 = 154;
    /// `KVM_CAP_HYPERV_TLBFLUSH`: capability number of another architecture or of generic KVM.
    KVM_CAP_HYPERV_TLBFLUSH: u32 = 155;
    /// `KVM_CAP_S390_HPAGE_1M`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_HPAGE_1M: u32 = 156;
    /// `KVM_CAP_NESTED_STATE`: capability number of another architecture or of generic KVM.
    KVM_CAP_NESTED_STATE: u32 = 157;
    /// `KVM_CAP_ARM_INJECT_SERROR_ESR`: an SError can be injected with an ESR.
    KVM_CAP_ARM_INJECT_SERROR_ESR: u32 = 158;
    /// `KVM_CAP_MSR_PLATFORM_INFO`: capability number of another architecture or of generic KVM.
    KVM_CAP_MSR_PLATFORM_INFO: u32 = 159;
    /// `KVM_CAP_PPC_NESTED_HV`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_NESTED_HV: u32 = 160;
    /// `KVM_CAP_HYPERV_SEND_IPI`: capability number of another architecture or of generic KVM.
    KVM_CAP_HYPERV_SEND_IPI: u32 = 161;
    /// `KVM_CAP_COALESCED_PIO`: coalesced PIO zones.
    KVM_CAP_COALESCED_PIO: u32 = 162;
    /// `KVM_CAP_HYPERV_ENLIGHTENED_VMCS`: capability number of another architecture or of generic KVM.
    KVM_CAP_HYPERV_ENLIGHTENED_VMCS: u32 = 163;
    /// `KVM_CAP_EXCEPTION_PAYLOAD`: capability number of another architecture or of generic KVM.
    KVM_CAP_EXCEPTION_PAYLOAD: u32 = 164;
    /// `KVM_CAP_ARM_VM_IPA_SIZE`: the maximum IPA size for `KVM_VM_TYPE_ARM_IPA_SIZE`.
    KVM_CAP_ARM_VM_IPA_SIZE: u32 = 165;
    /// `KVM_CAP_MANUAL_DIRTY_LOG_PROTECT`: obsolete name of `KVM_CAP_MANUAL_DIRTY_LOG_PROTECT2`.
    KVM_CAP_MANUAL_DIRTY_LOG_PROTECT: u32 = 166;
    /// `KVM_CAP_HYPERV_CPUID`: capability number of another architecture or of generic KVM.
    KVM_CAP_HYPERV_CPUID: u32 = 167;
    /// `KVM_CAP_MANUAL_DIRTY_LOG_PROTECT2`: `KVM_CLEAR_DIRTY_LOG` and its enable flags.
    KVM_CAP_MANUAL_DIRTY_LOG_PROTECT2: u32 = 168;
    /// `KVM_CAP_PPC_IRQ_XIVE`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_IRQ_XIVE: u32 = 169;
    /// `KVM_CAP_ARM_SVE`: `KVM_ARM_VCPU_SVE` is supported.
    KVM_CAP_ARM_SVE: u32 = 170;
    /// `KVM_CAP_ARM_PTRAUTH_ADDRESS`: `KVM_ARM_VCPU_PTRAUTH_ADDRESS` is supported.
    KVM_CAP_ARM_PTRAUTH_ADDRESS: u32 = 171;
    /// `KVM_CAP_ARM_PTRAUTH_GENERIC`: `KVM_ARM_VCPU_PTRAUTH_GENERIC` is supported.
    KVM_CAP_ARM_PTRAUTH_GENERIC: u32 = 172;
    /// `KVM_CAP_PMU_EVENT_FILTER`: PMU event filtering.
    KVM_CAP_PMU_EVENT_FILTER: u32 = 173;
    /// `KVM_CAP_ARM_IRQ_LINE_LAYOUT_2`: `KVM_IRQ_LINE` uses the vcpu2 field (`KVM_ARM_IRQ_VCPU2_*`).
    KVM_CAP_ARM_IRQ_LINE_LAYOUT_2: u32 = 174;
    /// `KVM_CAP_HYPERV_DIRECT_TLBFLUSH`: capability number of another architecture or of generic KVM.
    KVM_CAP_HYPERV_DIRECT_TLBFLUSH: u32 = 175;
    /// `KVM_CAP_PPC_GUEST_DEBUG_SSTEP`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_GUEST_DEBUG_SSTEP: u32 = 176;
    /// `KVM_CAP_ARM_NISV_TO_USER`: data aborts without valid syndrome exit with `KVM_EXIT_ARM_NISV`.
    KVM_CAP_ARM_NISV_TO_USER: u32 = 177;
    /// `KVM_CAP_ARM_INJECT_EXT_DABT`: `kvm_vcpu_events.exception.ext_dabt_pending` is honoured.
    KVM_CAP_ARM_INJECT_EXT_DABT: u32 = 178;
    /// `KVM_CAP_S390_VCPU_RESETS`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_VCPU_RESETS: u32 = 179;
    /// `KVM_CAP_S390_PROTECTED`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_PROTECTED: u32 = 180;
    /// `KVM_CAP_PPC_SECURE_GUEST`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_SECURE_GUEST: u32 = 181;
    /// `KVM_CAP_HALT_POLL`: the halt-polling time can be set per VM.
    KVM_CAP_HALT_POLL: u32 = 182;
    /// `KVM_CAP_ASYNC_PF_INT`: capability number of another architecture or of generic KVM.
    KVM_CAP_ASYNC_PF_INT: u32 = 183;
    /// `KVM_CAP_LAST_CPU`: capability number of another architecture or of generic KVM.
    KVM_CAP_LAST_CPU: u32 = 184;
    /// `KVM_CAP_SMALLER_MAXPHYADDR`: capability number of another architecture or of generic KVM.
    KVM_CAP_SMALLER_MAXPHYADDR: u32 = 185;
    /// `KVM_CAP_S390_DIAG318`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_DIAG318: u32 = 186;
    /// `KVM_CAP_STEAL_TIME`: stolen-time accounting (arm64: PV time).
    KVM_CAP_STEAL_TIME: u32 = 187;
    /// `KVM_CAP_X86_USER_SPACE_MSR`: capability number of another architecture or of generic KVM.
    KVM_CAP_X86_USER_SPACE_MSR: u32 = 188;
    /// `KVM_CAP_X86_MSR_FILTER`: capability number of another architecture or of generic KVM.
    KVM_CAP_X86_MSR_FILTER: u32 = 189;
    /// `KVM_CAP_ENFORCE_PV_FEATURE_CPUID`: capability number of another architecture or of generic KVM.
    KVM_CAP_ENFORCE_PV_FEATURE_CPUID: u32 = 190;
    /// `KVM_CAP_SYS_HYPERV_CPUID`: capability number of another architecture or of generic KVM.
    KVM_CAP_SYS_HYPERV_CPUID: u32 = 191;
    /// `KVM_CAP_DIRTY_LOG_RING`: the dirty ring size in bytes (total store order hosts).
    KVM_CAP_DIRTY_LOG_RING: u32 = 192;
    /// `KVM_CAP_X86_BUS_LOCK_EXIT`: capability number of another architecture or of generic KVM.
    KVM_CAP_X86_BUS_LOCK_EXIT: u32 = 193;
    /// `KVM_CAP_PPC_DAWR1`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_DAWR1: u32 = 194;
    /// `KVM_CAP_SET_GUEST_DEBUG2`: the supported `KVM_GUESTDBG_*` flags.
    KVM_CAP_SET_GUEST_DEBUG2: u32 = 195;
    /// `KVM_CAP_SGX_ATTRIBUTE`: capability number of another architecture or of generic KVM.
    KVM_CAP_SGX_ATTRIBUTE: u32 = 196;
    /// `KVM_CAP_VM_COPY_ENC_CONTEXT_FROM`: capability number of another architecture or of generic KVM.
    KVM_CAP_VM_COPY_ENC_CONTEXT_FROM: u32 = 197;
    /// `KVM_CAP_PTP_KVM`: the PTP_KVM hypercall service.
    KVM_CAP_PTP_KVM: u32 = 198;
    /// `KVM_CAP_HYPERV_ENFORCE_CPUID`: capability number of another architecture or of generic KVM.
    KVM_CAP_HYPERV_ENFORCE_CPUID: u32 = 199;
    /// `KVM_CAP_SREGS2`: capability number of another architecture or of generic KVM.
    KVM_CAP_SREGS2: u32 = 200;
    /// `KVM_CAP_EXIT_HYPERCALL`: hypercall exits.
    KVM_CAP_EXIT_HYPERCALL: u32 = 201;
    /// `KVM_CAP_PPC_RPT_INVALIDATE`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_RPT_INVALIDATE: u32 = 202;
    /// `KVM_CAP_BINARY_STATS_FD`: `KVM_GET_STATS_FD`.
    KVM_CAP_BINARY_STATS_FD: u32 = 203;
    /// `KVM_CAP_EXIT_ON_EMULATION_FAILURE`: capability number of another architecture or of generic KVM.
    KVM_CAP_EXIT_ON_EMULATION_FAILURE: u32 = 204;
    /// `KVM_CAP_ARM_MTE`: Memory Tagging for the guest (`KVM_ARM_MTE_COPY_TAGS`).
    KVM_CAP_ARM_MTE: u32 = 205;
    /// `KVM_CAP_VM_MOVE_ENC_CONTEXT_FROM`: capability number of another architecture or of generic KVM.
    KVM_CAP_VM_MOVE_ENC_CONTEXT_FROM: u32 = 206;
    /// `KVM_CAP_VM_GPA_BITS`: capability number of another architecture or of generic KVM.
    KVM_CAP_VM_GPA_BITS: u32 = 207;
    /// `KVM_CAP_XSAVE2`: capability number of another architecture or of generic KVM.
    KVM_CAP_XSAVE2: u32 = 208;
    /// `KVM_CAP_SYS_ATTRIBUTES`: device attributes on the system fd.
    KVM_CAP_SYS_ATTRIBUTES: u32 = 209;
    /// `KVM_CAP_PPC_AIL_MODE_3`: capability number of another architecture or of generic KVM.
    KVM_CAP_PPC_AIL_MODE_3: u32 = 210;
    /// `KVM_CAP_S390_MEM_OP_EXTENSION`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_MEM_OP_EXTENSION: u32 = 211;
    /// `KVM_CAP_PMU_CAPABILITY`: capability number of another architecture or of generic KVM.
    KVM_CAP_PMU_CAPABILITY: u32 = 212;
    /// `KVM_CAP_DISABLE_QUIRKS2`: capability number of another architecture or of generic KVM.
    KVM_CAP_DISABLE_QUIRKS2: u32 = 213;
    /// `KVM_CAP_VM_TSC_CONTROL`: capability number of another architecture or of generic KVM.
    KVM_CAP_VM_TSC_CONTROL: u32 = 214;
    /// `KVM_CAP_SYSTEM_EVENT_DATA`: `kvm_run.system_event.ndata`/`data` are filled.
    KVM_CAP_SYSTEM_EVENT_DATA: u32 = 215;
    /// `KVM_CAP_ARM_SYSTEM_SUSPEND`: PSCI SYSTEM_SUSPEND exits with `KVM_SYSTEM_EVENT_SUSPEND`.
    KVM_CAP_ARM_SYSTEM_SUSPEND: u32 = 216;
    /// `KVM_CAP_S390_PROTECTED_DUMP`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_PROTECTED_DUMP: u32 = 217;
    /// `KVM_CAP_X86_TRIPLE_FAULT_EVENT`: capability number of another architecture or of generic KVM.
    KVM_CAP_X86_TRIPLE_FAULT_EVENT: u32 = 218;
    /// `KVM_CAP_X86_NOTIFY_VMEXIT`: capability number of another architecture or of generic KVM.
    KVM_CAP_X86_NOTIFY_VMEXIT: u32 = 219;
    /// `KVM_CAP_VM_DISABLE_NX_HUGE_PAGES`: capability number of another architecture or of generic KVM.
    KVM_CAP_VM_DISABLE_NX_HUGE_PAGES: u32 = 220;
    /// `KVM_CAP_S390_ZPCI_OP`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_ZPCI_OP: u32 = 221;
    /// `KVM_CAP_S390_CPU_TOPOLOGY`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_CPU_TOPOLOGY: u32 = 222;
    /// `KVM_CAP_DIRTY_LOG_RING_ACQ_REL`: the dirty ring with acquire/release ordering (arm64).
    KVM_CAP_DIRTY_LOG_RING_ACQ_REL: u32 = 223;
    /// `KVM_CAP_S390_PROTECTED_ASYNC_DISABLE`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_PROTECTED_ASYNC_DISABLE: u32 = 224;
    /// `KVM_CAP_DIRTY_LOG_RING_WITH_BITMAP`: the dirty ring combined with a bitmap.
    KVM_CAP_DIRTY_LOG_RING_WITH_BITMAP: u32 = 225;
    /// `KVM_CAP_PMU_EVENT_MASKED_EVENTS`: capability number of another architecture or of generic KVM.
    KVM_CAP_PMU_EVENT_MASKED_EVENTS: u32 = 226;
    /// `KVM_CAP_COUNTER_OFFSET`: `KVM_ARM_SET_COUNTER_OFFSET`.
    KVM_CAP_COUNTER_OFFSET: u32 = 227;
    /// `KVM_CAP_ARM_EAGER_SPLIT_CHUNK_SIZE`: the eager page-split chunk size.
    KVM_CAP_ARM_EAGER_SPLIT_CHUNK_SIZE: u32 = 228;
    /// `KVM_CAP_ARM_SUPPORTED_BLOCK_SIZES`: the stage-2 block sizes.
    KVM_CAP_ARM_SUPPORTED_BLOCK_SIZES: u32 = 229;
    /// `KVM_CAP_ARM_SUPPORTED_REG_MASK_RANGES`: `KVM_ARM_GET_REG_WRITABLE_MASKS` ranges (bitmap).
    KVM_CAP_ARM_SUPPORTED_REG_MASK_RANGES: u32 = 230;
    /// `KVM_CAP_USER_MEMORY2`: `KVM_SET_USER_MEMORY_REGION2`.
    KVM_CAP_USER_MEMORY2: u32 = 231;
    /// `KVM_CAP_MEMORY_FAULT_INFO`: `KVM_EXIT_MEMORY_FAULT` details.
    KVM_CAP_MEMORY_FAULT_INFO: u32 = 232;
    /// `KVM_CAP_MEMORY_ATTRIBUTES`: capability number of another architecture or of generic KVM.
    KVM_CAP_MEMORY_ATTRIBUTES: u32 = 233;
    /// `KVM_CAP_GUEST_MEMFD`: `KVM_CREATE_GUEST_MEMFD`.
    KVM_CAP_GUEST_MEMFD: u32 = 234;
    /// `KVM_CAP_VM_TYPES`: the supported VM types (x86).
    KVM_CAP_VM_TYPES: u32 = 235;
    /// `KVM_CAP_PRE_FAULT_MEMORY`: `KVM_PRE_FAULT_MEMORY`.
    KVM_CAP_PRE_FAULT_MEMORY: u32 = 236;
    /// `KVM_CAP_X86_APIC_BUS_CYCLES_NS`: capability number of another architecture or of generic KVM.
    KVM_CAP_X86_APIC_BUS_CYCLES_NS: u32 = 237;
    /// `KVM_CAP_X86_GUEST_MODE`: capability number of another architecture or of generic KVM.
    KVM_CAP_X86_GUEST_MODE: u32 = 238;
    /// `KVM_CAP_ARM_WRITABLE_IMP_ID_REGS`: MIDR/REVIDR/AIDR are writable by userspace.
    KVM_CAP_ARM_WRITABLE_IMP_ID_REGS: u32 = 239 => ">6.12";
    /// `KVM_CAP_ARM_EL2`: `KVM_ARM_VCPU_HAS_EL2` (nested virtualisation).
    KVM_CAP_ARM_EL2: u32 = 240 => ">6.12";
    /// `KVM_CAP_ARM_EL2_E2H0`: `KVM_ARM_VCPU_HAS_EL2_E2H0`.
    KVM_CAP_ARM_EL2_E2H0: u32 = 241 => ">6.12";
    /// `KVM_CAP_RISCV_MP_STATE_RESET`: capability number of another architecture or of generic KVM.
    KVM_CAP_RISCV_MP_STATE_RESET: u32 = 242 => ">6.12";
    /// `KVM_CAP_ARM_CACHEABLE_PFNMAP_SUPPORTED`: cacheable PFNMAP memory slots.
    KVM_CAP_ARM_CACHEABLE_PFNMAP_SUPPORTED: u32 = 243 => ">6.12";
    /// `KVM_CAP_GUEST_MEMFD_FLAGS`: the supported `GUEST_MEMFD_FLAG_*`.
    KVM_CAP_GUEST_MEMFD_FLAGS: u32 = 244 => ">6.12";
    /// `KVM_CAP_ARM_SEA_TO_USER`: synchronous external aborts exit with `KVM_EXIT_ARM_SEA`.
    KVM_CAP_ARM_SEA_TO_USER: u32 = 245 => ">6.12";
    /// `KVM_CAP_S390_USER_OPEREXEC`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_USER_OPEREXEC: u32 = 246 => ">6.12";
    /// `KVM_CAP_S390_KEYOP`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_KEYOP: u32 = 247 => ">6.12";
    /// `KVM_CAP_S390_VSIE_ESAMODE`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_VSIE_ESAMODE: u32 = 248 => ">6.12";
    /// `KVM_CAP_S390_HPAGE_2G`: capability number of another architecture or of generic KVM.
    KVM_CAP_S390_HPAGE_2G: u32 = 249 => ">6.12";
}

uapi_consts! { EXITS, Src::Uapi;
    /// `KVM_EXIT_UNKNOWN`: `kvm_run.hw.hardware_exit_reason` says why.
    KVM_EXIT_UNKNOWN: u32 = 0;
    /// `KVM_EXIT_EXCEPTION` (x86).
    KVM_EXIT_EXCEPTION: u32 = 1;
    /// `KVM_EXIT_IO`: port I/O (x86).
    KVM_EXIT_IO: u32 = 2;
    /// `KVM_EXIT_HYPERCALL`: an SMCCC call forwarded by the SMCCC filter; on arm64 only
    /// `kvm_run.hypercall.nr` and `.flags` are filled.
    KVM_EXIT_HYPERCALL: u32 = 3;
    /// `KVM_EXIT_DEBUG`: a debug exception (`kvm_run.debug.arch`).
    KVM_EXIT_DEBUG: u32 = 4;
    /// `KVM_EXIT_HLT` (x86).
    KVM_EXIT_HLT: u32 = 5;
    /// `KVM_EXIT_MMIO`: an access outside memory slots (`kvm_run.mmio`).
    KVM_EXIT_MMIO: u32 = 6;
    /// `KVM_EXIT_IRQ_WINDOW_OPEN` (x86).
    KVM_EXIT_IRQ_WINDOW_OPEN: u32 = 7;
    /// `KVM_EXIT_SHUTDOWN` (x86).
    KVM_EXIT_SHUTDOWN: u32 = 8;
    /// `KVM_EXIT_FAIL_ENTRY`: the vCPU could not run (`kvm_run.fail_entry`).
    KVM_EXIT_FAIL_ENTRY: u32 = 9;
    /// `KVM_EXIT_INTR`: a signal interrupted `KVM_RUN`.
    KVM_EXIT_INTR: u32 = 10;
    /// `KVM_EXIT_SET_TPR` (x86).
    KVM_EXIT_SET_TPR: u32 = 11;
    /// `KVM_EXIT_TPR_ACCESS` (x86).
    KVM_EXIT_TPR_ACCESS: u32 = 12;
    /// `KVM_EXIT_S390_SIEIC` (s390 guests).
    KVM_EXIT_S390_SIEIC: u32 = 13;
    /// `KVM_EXIT_S390_RESET` (s390 guests).
    KVM_EXIT_S390_RESET: u32 = 14;
    /// `KVM_EXIT_DCR` (deprecated, PowerPC).
    KVM_EXIT_DCR: u32 = 15;
    /// `KVM_EXIT_NMI` (x86).
    KVM_EXIT_NMI: u32 = 16;
    /// `KVM_EXIT_INTERNAL_ERROR`: `kvm_run.internal`.
    KVM_EXIT_INTERNAL_ERROR: u32 = 17;
    /// `KVM_EXIT_OSI` (PowerPC).
    KVM_EXIT_OSI: u32 = 18;
    /// `KVM_EXIT_PAPR_HCALL` (PowerPC).
    KVM_EXIT_PAPR_HCALL: u32 = 19;
    /// `KVM_EXIT_S390_UCONTROL` (s390 guests).
    KVM_EXIT_S390_UCONTROL: u32 = 20;
    /// `KVM_EXIT_WATCHDOG` (PowerPC).
    KVM_EXIT_WATCHDOG: u32 = 21;
    /// `KVM_EXIT_S390_TSCH` (s390 guests).
    KVM_EXIT_S390_TSCH: u32 = 22;
    /// `KVM_EXIT_EPR` (PowerPC).
    KVM_EXIT_EPR: u32 = 23;
    /// `KVM_EXIT_SYSTEM_EVENT`: PSCI SYSTEM_OFF/RESET/RESET2/OFF2/SUSPEND
    /// (`kvm_run.system_event`).
    KVM_EXIT_SYSTEM_EVENT: u32 = 24;
    /// `KVM_EXIT_S390_STSI` (s390 guests).
    KVM_EXIT_S390_STSI: u32 = 25;
    /// `KVM_EXIT_IOAPIC_EOI` (x86).
    KVM_EXIT_IOAPIC_EOI: u32 = 26;
    /// `KVM_EXIT_HYPERV` (x86).
    KVM_EXIT_HYPERV: u32 = 27;
    /// `KVM_EXIT_ARM_NISV`: a data abort without valid syndrome (`kvm_run.arm_nisv`), with
    /// `KVM_CAP_ARM_NISV_TO_USER`.
    KVM_EXIT_ARM_NISV: u32 = 28;
    /// `KVM_EXIT_X86_RDMSR` (x86).
    KVM_EXIT_X86_RDMSR: u32 = 29;
    /// `KVM_EXIT_X86_WRMSR` (x86).
    KVM_EXIT_X86_WRMSR: u32 = 30;
    /// `KVM_EXIT_DIRTY_RING_FULL`: the dirty ring is full; harvest and reset it.
    KVM_EXIT_DIRTY_RING_FULL: u32 = 31;
    /// `KVM_EXIT_AP_RESET_HOLD` (x86 SEV-ES).
    KVM_EXIT_AP_RESET_HOLD: u32 = 32;
    /// `KVM_EXIT_X86_BUS_LOCK` (x86).
    KVM_EXIT_X86_BUS_LOCK: u32 = 33;
    /// `KVM_EXIT_XEN` (x86).
    KVM_EXIT_XEN: u32 = 34;
    /// `KVM_EXIT_RISCV_SBI` (RISC-V).
    KVM_EXIT_RISCV_SBI: u32 = 35;
    /// `KVM_EXIT_RISCV_CSR` (RISC-V).
    KVM_EXIT_RISCV_CSR: u32 = 36;
    /// `KVM_EXIT_NOTIFY` (x86).
    KVM_EXIT_NOTIFY: u32 = 37;
    /// `KVM_EXIT_LOONGARCH_IOCSR` (LoongArch).
    KVM_EXIT_LOONGARCH_IOCSR: u32 = 38;
    /// `KVM_EXIT_MEMORY_FAULT`: a fault KVM cannot resolve (`kvm_run.memory_fault`).
    KVM_EXIT_MEMORY_FAULT: u32 = 39;
    /// `KVM_EXIT_TDX` (x86 TDX).
    KVM_EXIT_TDX: u32 = 40 => ">6.12";
    /// `KVM_EXIT_ARM_SEA`: a synchronous external abort (`kvm_run.arm_sea`), with
    /// `KVM_CAP_ARM_SEA_TO_USER`.
    KVM_EXIT_ARM_SEA: u32 = 41 => ">6.12";
    /// `KVM_EXIT_ARM_LDST64B`: an LD64B/ST64B* access to MMIO (`kvm_run.arm_nisv`).
    KVM_EXIT_ARM_LDST64B: u32 = 42 => ">6.12";
    /// `KVM_EXIT_SNP_REQ_CERTS` (x86 SEV-SNP).
    KVM_EXIT_SNP_REQ_CERTS: u32 = 43 => ">6.12";
    /// `KVM_EXIT_FAIL_ENTRY_CPU_UNSUPPORTED` (`asm/kvm.h`): `kvm_run.fail_entry`
    /// `hardware_entry_failure_reason`, the vCPU ran on a CPU it cannot use.
    KVM_EXIT_FAIL_ENTRY_CPU_UNSUPPORTED: u64 = 1 << 0;
}

uapi_consts! { SYSTEM_EVENTS, Src::Uapi;
    /// `KVM_SYSTEM_EVENT_SHUTDOWN`: `kvm_run.system_event.type`, PSCI SYSTEM_OFF/OFF2.
    KVM_SYSTEM_EVENT_SHUTDOWN: u32 = 1;
    /// `KVM_SYSTEM_EVENT_RESET`: PSCI SYSTEM_RESET/RESET2.
    KVM_SYSTEM_EVENT_RESET: u32 = 2;
    /// `KVM_SYSTEM_EVENT_CRASH`: the guest reported a crash.
    KVM_SYSTEM_EVENT_CRASH: u32 = 3;
    /// `KVM_SYSTEM_EVENT_WAKEUP`: a suspended vCPU has a wakeup event.
    KVM_SYSTEM_EVENT_WAKEUP: u32 = 4;
    /// `KVM_SYSTEM_EVENT_SUSPEND`: PSCI SYSTEM_SUSPEND, with `KVM_CAP_ARM_SYSTEM_SUSPEND`.
    KVM_SYSTEM_EVENT_SUSPEND: u32 = 5;
    /// `KVM_SYSTEM_EVENT_SEV_TERM` (x86 SEV).
    KVM_SYSTEM_EVENT_SEV_TERM: u32 = 6;
    /// `KVM_SYSTEM_EVENT_TDX_FATAL` (x86 TDX).
    KVM_SYSTEM_EVENT_TDX_FATAL: u32 = 7 => ">6.12";
    /// `KVM_SYSTEM_EVENT_RESET_FLAG_PSCI_RESET2` (`asm/kvm.h`): `system_event.data[0]` of a
    /// reset caused by PSCI SYSTEM_RESET2.
    KVM_SYSTEM_EVENT_RESET_FLAG_PSCI_RESET2: u64 = 1 << 0;
    /// `KVM_SYSTEM_EVENT_SHUTDOWN_FLAG_PSCI_OFF2` (`asm/kvm.h`, Linux 6.13+):
    /// `system_event.data[0]` of a shutdown caused by PSCI SYSTEM_OFF2.
    KVM_SYSTEM_EVENT_SHUTDOWN_FLAG_PSCI_OFF2: u64 = 1 << 0 => "6.13";
}

uapi_consts! { MP_STATES, Src::Uapi;
    /// `KVM_MP_STATE_RUNNABLE`: the vCPU runs (arm64: powered on).
    KVM_MP_STATE_RUNNABLE: u32 = 0;
    /// `KVM_MP_STATE_UNINITIALIZED` (x86).
    KVM_MP_STATE_UNINITIALIZED: u32 = 1;
    /// `KVM_MP_STATE_INIT_RECEIVED` (x86).
    KVM_MP_STATE_INIT_RECEIVED: u32 = 2;
    /// `KVM_MP_STATE_HALTED` (x86).
    KVM_MP_STATE_HALTED: u32 = 3;
    /// `KVM_MP_STATE_SIPI_RECEIVED` (x86).
    KVM_MP_STATE_SIPI_RECEIVED: u32 = 4;
    /// `KVM_MP_STATE_STOPPED`: arm64, the vCPU is powered off (PSCI CPU_OFF).
    KVM_MP_STATE_STOPPED: u32 = 5;
    /// `KVM_MP_STATE_CHECK_STOP` (s390 guests).
    KVM_MP_STATE_CHECK_STOP: u32 = 6;
    /// `KVM_MP_STATE_OPERATING` (s390 guests).
    KVM_MP_STATE_OPERATING: u32 = 7;
    /// `KVM_MP_STATE_LOAD` (s390 guests).
    KVM_MP_STATE_LOAD: u32 = 8;
    /// `KVM_MP_STATE_AP_RESET_HOLD` (x86 SEV-ES).
    KVM_MP_STATE_AP_RESET_HOLD: u32 = 9;
    /// `KVM_MP_STATE_SUSPENDED`: arm64, the vCPU is in PSCI SYSTEM_SUSPEND/WFI-like suspend.
    KVM_MP_STATE_SUSPENDED: u32 = 10;
}

uapi_consts! { ARM64, Src::Uapi;
    /// `KVM_ARM_TARGET_AEM_V8`: `kvm_vcpu_init.target`, Arm's AEM model.
    KVM_ARM_TARGET_AEM_V8: u32 = 0;
    /// `KVM_ARM_TARGET_FOUNDATION_V8`: the Foundation model.
    KVM_ARM_TARGET_FOUNDATION_V8: u32 = 1;
    /// `KVM_ARM_TARGET_CORTEX_A57`.
    KVM_ARM_TARGET_CORTEX_A57: u32 = 2;
    /// `KVM_ARM_TARGET_XGENE_POTENZA`.
    KVM_ARM_TARGET_XGENE_POTENZA: u32 = 3;
    /// `KVM_ARM_TARGET_CORTEX_A53`.
    KVM_ARM_TARGET_CORTEX_A53: u32 = 4;
    /// `KVM_ARM_TARGET_GENERIC_V8`: what `KVM_ARM_PREFERRED_TARGET` returns today.
    KVM_ARM_TARGET_GENERIC_V8: u32 = 5;
    /// `KVM_ARM_NUM_TARGETS`.
    KVM_ARM_NUM_TARGETS: u32 = 6;
    /// `KVM_ARM_VCPU_POWER_OFF`: feature bit, the vCPU starts powered off.
    KVM_ARM_VCPU_POWER_OFF: u32 = 0;
    /// `KVM_ARM_VCPU_EL1_32BIT`: feature bit, AArch32 EL1.
    KVM_ARM_VCPU_EL1_32BIT: u32 = 1;
    /// `KVM_ARM_VCPU_PSCI_0_2`: feature bit, PSCI 0.2 or later (else 0.1 with KVM's ids).
    KVM_ARM_VCPU_PSCI_0_2: u32 = 2;
    /// `KVM_ARM_VCPU_PMU_V3`: feature bit, a PMUv3.
    KVM_ARM_VCPU_PMU_V3: u32 = 3;
    /// `KVM_ARM_VCPU_SVE`: feature bit, SVE (finalize with `KVM_ARM_VCPU_FINALIZE`).
    KVM_ARM_VCPU_SVE: u32 = 4;
    /// `KVM_ARM_VCPU_PTRAUTH_ADDRESS`: feature bit, address authentication.
    KVM_ARM_VCPU_PTRAUTH_ADDRESS: u32 = 5;
    /// `KVM_ARM_VCPU_PTRAUTH_GENERIC`: feature bit, generic authentication.
    KVM_ARM_VCPU_PTRAUTH_GENERIC: u32 = 6;
    /// `KVM_ARM_VCPU_HAS_EL2`: feature bit, nested virtualisation (Linux 6.9+).
    KVM_ARM_VCPU_HAS_EL2: u32 = 7;
    /// `KVM_ARM_VCPU_HAS_EL2_E2H0`: feature bit, nested virtualisation with HCR_EL2.E2H RES0.
    KVM_ARM_VCPU_HAS_EL2_E2H0: u32 = 8 => ">6.12";
    /// `KVM_ARM_MAX_DBG_REGS`: breakpoint/watchpoint slots in `kvm_guest_debug_arch`.
    KVM_ARM_MAX_DBG_REGS: usize = 16;
    /// `KVM_DEBUG_ARCH_HSR_HIGH_VALID`: `kvm_debug_exit_arch.hsr_high` is valid.
    KVM_DEBUG_ARCH_HSR_HIGH_VALID: u32 = 1 << 0;
    /// `KVM_GUESTDBG_USE_SW_BP`: `kvm_guest_debug.control`, trap BRK instructions.
    KVM_GUESTDBG_USE_SW_BP: u32 = 1 << 16;
    /// `KVM_GUESTDBG_USE_HW`: `kvm_guest_debug.control`, use the hardware registers.
    KVM_GUESTDBG_USE_HW: u32 = 1 << 17;
    /// `KVM_ARM_DEV_EL1_VTIMER`: `kvm_sync_regs.device_irq_level` bit, virtual timer line.
    KVM_ARM_DEV_EL1_VTIMER: u64 = 1 << 0;
    /// `KVM_ARM_DEV_EL1_PTIMER`: physical timer line.
    KVM_ARM_DEV_EL1_PTIMER: u64 = 1 << 1;
    /// `KVM_ARM_DEV_PMU`: PMU overflow line.
    KVM_ARM_DEV_PMU: u64 = 1 << 2;
    /// `KVM_PMU_EVENT_ALLOW`: `kvm_pmu_event_filter.action`.
    KVM_PMU_EVENT_ALLOW: u8 = 0;
    /// `KVM_PMU_EVENT_DENY`: `kvm_pmu_event_filter.action`.
    KVM_PMU_EVENT_DENY: u8 = 1;
    /// `KVM_ARM_TAGS_TO_GUEST`: `kvm_arm_copy_mte_tags.flags`, write tags into the guest.
    KVM_ARM_TAGS_TO_GUEST: u64 = 0;
    /// `KVM_ARM_TAGS_FROM_GUEST`: read tags from the guest.
    KVM_ARM_TAGS_FROM_GUEST: u64 = 1;
    /// `KVM_ARM_VM_SMCCC_CTRL`: VM device-attribute group of the SMCCC filter.
    KVM_ARM_VM_SMCCC_CTRL: u32 = 0;
    /// `KVM_ARM_VM_SMCCC_FILTER`: attribute taking a `kvm_smccc_filter` (Linux 6.4+).
    KVM_ARM_VM_SMCCC_FILTER: u64 = 0;
    /// `KVM_SMCCC_FILTER_HANDLE` (`enum kvm_smccc_filter_action`): KVM handles the range.
    KVM_SMCCC_FILTER_HANDLE: u8 = 0;
    /// `KVM_SMCCC_FILTER_DENY`: the guest gets NOT_SUPPORTED.
    KVM_SMCCC_FILTER_DENY: u8 = 1;
    /// `KVM_SMCCC_FILTER_FWD_TO_USER`: the call exits with `KVM_EXIT_HYPERCALL`.
    KVM_SMCCC_FILTER_FWD_TO_USER: u8 = 2;
    /// `KVM_HYPERCALL_EXIT_SMC`: `kvm_run.hypercall.flags`, the guest used SMC (else HVC).
    KVM_HYPERCALL_EXIT_SMC: u64 = 1 << 0;
    /// `KVM_HYPERCALL_EXIT_16BIT`: the trapped instruction was a 16-bit T32 one.
    KVM_HYPERCALL_EXIT_16BIT: u64 = 1 << 1;
    /// `KVM_ARM_FEATURE_ID_RANGE`: `reg_mask_range.range`, the feature ID register space.
    KVM_ARM_FEATURE_ID_RANGE: u32 = 0;
    /// `KVM_ARM_FEATURE_ID_RANGE_SIZE`: u64 masks in that range (op1 0–2 and 3, CRm 0–7, op2).
    KVM_ARM_FEATURE_ID_RANGE_SIZE: usize = 3 * 8 * 8;
    /// `KVM_PSCI_FN_BASE`: first of KVM's PSCI 0.1 function ids.
    KVM_PSCI_FN_BASE: u32 = 0x95c1_ba5e;
    /// `KVM_PSCI_FN_CPU_SUSPEND`: PSCI 0.1 CPU_SUSPEND.
    KVM_PSCI_FN_CPU_SUSPEND: u32 = KVM_PSCI_FN(0);
    /// `KVM_PSCI_FN_CPU_OFF`: PSCI 0.1 CPU_OFF.
    KVM_PSCI_FN_CPU_OFF: u32 = KVM_PSCI_FN(1);
    /// `KVM_PSCI_FN_CPU_ON`: PSCI 0.1 CPU_ON.
    KVM_PSCI_FN_CPU_ON: u32 = KVM_PSCI_FN(2);
    /// `KVM_PSCI_FN_MIGRATE`: PSCI 0.1 MIGRATE.
    KVM_PSCI_FN_MIGRATE: u32 = KVM_PSCI_FN(3);
    /// `KVM_PSCI_RET_SUCCESS` (`PSCI_RET_SUCCESS`).
    KVM_PSCI_RET_SUCCESS: i32 = 0;
    /// `KVM_PSCI_RET_NI` (`PSCI_RET_NOT_SUPPORTED`).
    KVM_PSCI_RET_NI: i32 = -1;
    /// `KVM_PSCI_RET_INVAL` (`PSCI_RET_INVALID_PARAMS`).
    KVM_PSCI_RET_INVAL: i32 = -2;
    /// `KVM_PSCI_RET_DENIED` (`PSCI_RET_DENIED`).
    KVM_PSCI_RET_DENIED: i32 = -3;
    /// `KVM_COALESCED_MMIO_PAGE_OFFSET`: page of the vCPU mapping holding the MMIO ring.
    KVM_COALESCED_MMIO_PAGE_OFFSET: u32 = 1;
    /// `KVM_DIRTY_LOG_PAGE_OFFSET`: page of the vCPU mapping where the dirty ring starts.
    KVM_DIRTY_LOG_PAGE_OFFSET: u32 = 64;
    /// `KVM_NR_IRQCHIPS`: one in-kernel interrupt controller.
    KVM_NR_IRQCHIPS: u32 = 1;
}

uapi_consts! { DEVICES, Src::Uapi;
    /// `KVM_ARM_DEVICE_TYPE_SHIFT`: `kvm_arm_device_addr.id` device-type field.
    KVM_ARM_DEVICE_TYPE_SHIFT: u32 = 0;
    /// `KVM_ARM_DEVICE_TYPE_MASK`: bits 15:0.
    KVM_ARM_DEVICE_TYPE_MASK: u64 = 0xffff << KVM_ARM_DEVICE_TYPE_SHIFT;
    /// `KVM_ARM_DEVICE_ID_SHIFT`: `kvm_arm_device_addr.id` device-id field.
    KVM_ARM_DEVICE_ID_SHIFT: u32 = 16;
    /// `KVM_ARM_DEVICE_ID_MASK`: bits 31:16.
    KVM_ARM_DEVICE_ID_MASK: u64 = 0xffff << KVM_ARM_DEVICE_ID_SHIFT;
    /// `KVM_ARM_DEVICE_VGIC_V2`: `KVM_ARM_SET_DEVICE_ADDR` device id of the GICv2.
    KVM_ARM_DEVICE_VGIC_V2: u64 = 0;
    /// `KVM_DEV_TYPE_FSL_MPIC_20` (`enum kvm_device_type`, PowerPC).
    KVM_DEV_TYPE_FSL_MPIC_20: u32 = 1;
    /// `KVM_DEV_TYPE_FSL_MPIC_42` (PowerPC).
    KVM_DEV_TYPE_FSL_MPIC_42: u32 = 2;
    /// `KVM_DEV_TYPE_XICS` (PowerPC).
    KVM_DEV_TYPE_XICS: u32 = 3;
    /// `KVM_DEV_TYPE_VFIO`: the KVM–VFIO bridge device.
    KVM_DEV_TYPE_VFIO: u32 = 4;
    /// `KVM_DEV_TYPE_ARM_VGIC_V2`: a GICv2.
    KVM_DEV_TYPE_ARM_VGIC_V2: u32 = 5;
    /// `KVM_DEV_TYPE_FLIC` (s390 guests).
    KVM_DEV_TYPE_FLIC: u32 = 6;
    /// `KVM_DEV_TYPE_ARM_VGIC_V3`: a GICv3.
    KVM_DEV_TYPE_ARM_VGIC_V3: u32 = 7;
    /// `KVM_DEV_TYPE_ARM_VGIC_ITS`: a GICv3 ITS.
    KVM_DEV_TYPE_ARM_VGIC_ITS: u32 = 8;
    /// `KVM_DEV_TYPE_XIVE` (PowerPC).
    KVM_DEV_TYPE_XIVE: u32 = 9;
    /// `KVM_DEV_TYPE_ARM_PV_TIME`: obsolete PV-time device type (never implemented).
    KVM_DEV_TYPE_ARM_PV_TIME: u32 = 10;
    /// `KVM_DEV_TYPE_RISCV_AIA` (RISC-V).
    KVM_DEV_TYPE_RISCV_AIA: u32 = 11;
    /// `KVM_DEV_TYPE_LOONGARCH_IPI` (LoongArch).
    KVM_DEV_TYPE_LOONGARCH_IPI: u32 = 12 => ">6.12";
    /// `KVM_DEV_TYPE_LOONGARCH_EIOINTC` (LoongArch).
    KVM_DEV_TYPE_LOONGARCH_EIOINTC: u32 = 13 => ">6.12";
    /// `KVM_DEV_TYPE_LOONGARCH_PCHPIC` (LoongArch).
    KVM_DEV_TYPE_LOONGARCH_PCHPIC: u32 = 14 => ">6.12";
    /// `KVM_DEV_TYPE_LOONGARCH_DMSINTC` (LoongArch).
    KVM_DEV_TYPE_LOONGARCH_DMSINTC: u32 = 15 => ">6.12";
    /// `KVM_DEV_TYPE_ARM_VGIC_V5`: a GICv5.
    KVM_DEV_TYPE_ARM_VGIC_V5: u32 = 16 => ">6.12";
}

uapi_consts! { VGIC, Src::Uapi;
    /// `KVM_VGIC_V2_ADDR_TYPE_DIST`: GICv2 distributor base (`KVM_DEV_ARM_VGIC_GRP_ADDR`).
    KVM_VGIC_V2_ADDR_TYPE_DIST: u64 = 0;
    /// `KVM_VGIC_V2_ADDR_TYPE_CPU`: GICv2 CPU interface base.
    KVM_VGIC_V2_ADDR_TYPE_CPU: u64 = 1;
    /// `KVM_VGIC_V2_DIST_SIZE`: 4 KiB.
    KVM_VGIC_V2_DIST_SIZE: u64 = 0x1000;
    /// `KVM_VGIC_V2_CPU_SIZE`: 8 KiB.
    KVM_VGIC_V2_CPU_SIZE: u64 = 0x2000;
    /// `KVM_VGIC_V3_ADDR_TYPE_DIST`: GICv3 distributor base.
    KVM_VGIC_V3_ADDR_TYPE_DIST: u64 = 2;
    /// `KVM_VGIC_V3_ADDR_TYPE_REDIST`: GICv3 redistributor base (one contiguous region).
    KVM_VGIC_V3_ADDR_TYPE_REDIST: u64 = 3;
    /// `KVM_VGIC_ITS_ADDR_TYPE`: ITS base.
    KVM_VGIC_ITS_ADDR_TYPE: u64 = 4;
    /// `KVM_VGIC_V3_ADDR_TYPE_REDIST_REGION`: one of several redistributor regions.
    KVM_VGIC_V3_ADDR_TYPE_REDIST_REGION: u64 = 5;
    /// `KVM_VGIC_V3_DIST_SIZE`: 64 KiB (`SZ_64K`).
    KVM_VGIC_V3_DIST_SIZE: u64 = SZ_64K;
    /// `KVM_VGIC_V3_REDIST_SIZE`: two 64 KiB frames per vCPU.
    KVM_VGIC_V3_REDIST_SIZE: u64 = 2 * SZ_64K;
    /// `KVM_VGIC_V3_ITS_SIZE`: two 64 KiB frames.
    KVM_VGIC_V3_ITS_SIZE: u64 = 2 * SZ_64K;
    /// `KVM_DEV_ARM_VGIC_GRP_ADDR`: attribute group, base addresses.
    KVM_DEV_ARM_VGIC_GRP_ADDR: u32 = 0;
    /// `KVM_DEV_ARM_VGIC_GRP_DIST_REGS`: distributor registers.
    KVM_DEV_ARM_VGIC_GRP_DIST_REGS: u32 = 1;
    /// `KVM_DEV_ARM_VGIC_GRP_CPU_REGS`: GICv2 CPU interface registers.
    KVM_DEV_ARM_VGIC_GRP_CPU_REGS: u32 = 2;
    /// `KVM_DEV_ARM_VGIC_CPUID_SHIFT`: attribute field, the vCPU (GICv2).
    KVM_DEV_ARM_VGIC_CPUID_SHIFT: u32 = 32;
    /// `KVM_DEV_ARM_VGIC_CPUID_MASK`.
    KVM_DEV_ARM_VGIC_CPUID_MASK: u64 = 0xff << KVM_DEV_ARM_VGIC_CPUID_SHIFT;
    /// `KVM_DEV_ARM_VGIC_V3_MPIDR_SHIFT`: attribute field, the vCPU's MPIDR (GICv3).
    KVM_DEV_ARM_VGIC_V3_MPIDR_SHIFT: u32 = 32;
    /// `KVM_DEV_ARM_VGIC_V3_MPIDR_MASK`.
    KVM_DEV_ARM_VGIC_V3_MPIDR_MASK: u64 = 0xffff_ffff << KVM_DEV_ARM_VGIC_V3_MPIDR_SHIFT;
    /// `KVM_DEV_ARM_VGIC_OFFSET_SHIFT`: attribute field, register offset.
    KVM_DEV_ARM_VGIC_OFFSET_SHIFT: u32 = 0;
    /// `KVM_DEV_ARM_VGIC_OFFSET_MASK`.
    KVM_DEV_ARM_VGIC_OFFSET_MASK: u64 = 0xffff_ffff << KVM_DEV_ARM_VGIC_OFFSET_SHIFT;
    /// `KVM_DEV_ARM_VGIC_SYSREG_INSTR_MASK`: attribute field, the system-register encoding.
    KVM_DEV_ARM_VGIC_SYSREG_INSTR_MASK: u64 = 0xffff;
    /// `KVM_DEV_ARM_VGIC_GRP_NR_IRQS`: number of interrupts.
    KVM_DEV_ARM_VGIC_GRP_NR_IRQS: u32 = 3;
    /// `KVM_DEV_ARM_VGIC_GRP_CTRL`: control operations.
    KVM_DEV_ARM_VGIC_GRP_CTRL: u32 = 4;
    /// `KVM_DEV_ARM_VGIC_GRP_REDIST_REGS`: redistributor registers.
    KVM_DEV_ARM_VGIC_GRP_REDIST_REGS: u32 = 5;
    /// `KVM_DEV_ARM_VGIC_GRP_CPU_SYSREGS`: GICv3 CPU interface system registers.
    KVM_DEV_ARM_VGIC_GRP_CPU_SYSREGS: u32 = 6;
    /// `KVM_DEV_ARM_VGIC_GRP_LEVEL_INFO`: line levels.
    KVM_DEV_ARM_VGIC_GRP_LEVEL_INFO: u32 = 7;
    /// `KVM_DEV_ARM_VGIC_GRP_ITS_REGS`: ITS registers.
    KVM_DEV_ARM_VGIC_GRP_ITS_REGS: u32 = 8;
    /// `KVM_DEV_ARM_VGIC_GRP_MAINT_IRQ`: the maintenance interrupt (nested virtualisation).
    KVM_DEV_ARM_VGIC_GRP_MAINT_IRQ: u32 = 9 => ">6.12";
    /// `KVM_DEV_ARM_VGIC_LINE_LEVEL_INFO_SHIFT`: level-info attribute field.
    KVM_DEV_ARM_VGIC_LINE_LEVEL_INFO_SHIFT: u32 = 10;
    /// `KVM_DEV_ARM_VGIC_LINE_LEVEL_INFO_MASK`.
    KVM_DEV_ARM_VGIC_LINE_LEVEL_INFO_MASK: u64 = 0x3f_ffff << KVM_DEV_ARM_VGIC_LINE_LEVEL_INFO_SHIFT;
    /// `KVM_DEV_ARM_VGIC_LINE_LEVEL_INTID_MASK`: the first interrupt id of the 32 reported.
    KVM_DEV_ARM_VGIC_LINE_LEVEL_INTID_MASK: u64 = 0x3ff;
    /// `VGIC_LEVEL_INFO_LINE_LEVEL`: level-info kind, line levels.
    VGIC_LEVEL_INFO_LINE_LEVEL: u32 = 0;
    /// `KVM_DEV_ARM_VGIC_CTRL_INIT`: initialise the vGIC.
    KVM_DEV_ARM_VGIC_CTRL_INIT: u64 = 0;
    /// `KVM_DEV_ARM_ITS_SAVE_TABLES`: save the ITS tables to guest memory.
    KVM_DEV_ARM_ITS_SAVE_TABLES: u64 = 1;
    /// `KVM_DEV_ARM_ITS_RESTORE_TABLES`: restore them.
    KVM_DEV_ARM_ITS_RESTORE_TABLES: u64 = 2;
    /// `KVM_DEV_ARM_VGIC_SAVE_PENDING_TABLES`: flush the pending tables to guest memory.
    KVM_DEV_ARM_VGIC_SAVE_PENDING_TABLES: u64 = 3;
    /// `KVM_DEV_ARM_ITS_CTRL_RESET`: reset the ITS.
    KVM_DEV_ARM_ITS_CTRL_RESET: u64 = 4;
    /// `KVM_DEV_ARM_VGIC_USERSPACE_PPIS`: PPIs driven by userspace.
    KVM_DEV_ARM_VGIC_USERSPACE_PPIS: u64 = 5 => ">6.12";
}

uapi_consts! { VCPU_ATTRS, Src::Uapi;
    /// `KVM_ARM_VCPU_PMU_V3_CTRL`: vCPU attribute group, the PMU.
    KVM_ARM_VCPU_PMU_V3_CTRL: u32 = 0;
    /// `KVM_ARM_VCPU_PMU_V3_IRQ`: the PMU overflow interrupt (PPI).
    KVM_ARM_VCPU_PMU_V3_IRQ: u64 = 0;
    /// `KVM_ARM_VCPU_PMU_V3_INIT`: initialise the PMU.
    KVM_ARM_VCPU_PMU_V3_INIT: u64 = 1;
    /// `KVM_ARM_VCPU_PMU_V3_FILTER`: a `kvm_pmu_event_filter`.
    KVM_ARM_VCPU_PMU_V3_FILTER: u64 = 2;
    /// `KVM_ARM_VCPU_PMU_V3_SET_PMU`: back the PMU by this host PMU.
    KVM_ARM_VCPU_PMU_V3_SET_PMU: u64 = 3;
    /// `KVM_ARM_VCPU_PMU_V3_SET_NR_COUNTERS`: number of event counters.
    KVM_ARM_VCPU_PMU_V3_SET_NR_COUNTERS: u64 = 4 => ">6.12";
    /// `KVM_ARM_VCPU_TIMER_CTRL`: vCPU attribute group, the timers.
    KVM_ARM_VCPU_TIMER_CTRL: u32 = 1;
    /// `KVM_ARM_VCPU_TIMER_IRQ_VTIMER`: EL1 virtual timer PPI.
    KVM_ARM_VCPU_TIMER_IRQ_VTIMER: u64 = 0;
    /// `KVM_ARM_VCPU_TIMER_IRQ_PTIMER`: EL1 physical timer PPI.
    KVM_ARM_VCPU_TIMER_IRQ_PTIMER: u64 = 1;
    /// `KVM_ARM_VCPU_TIMER_IRQ_HVTIMER`: EL2 virtual timer PPI.
    KVM_ARM_VCPU_TIMER_IRQ_HVTIMER: u64 = 2;
    /// `KVM_ARM_VCPU_TIMER_IRQ_HPTIMER`: EL2 physical timer PPI.
    KVM_ARM_VCPU_TIMER_IRQ_HPTIMER: u64 = 3;
    /// `KVM_ARM_VCPU_PVTIME_CTRL`: vCPU attribute group, PV time.
    KVM_ARM_VCPU_PVTIME_CTRL: u32 = 2;
    /// `KVM_ARM_VCPU_PVTIME_IPA`: the IPA of the vCPU's stolen-time record (64-byte aligned;
    /// see [`pvclock_vcpu_stolen_time`](crate::kvm::pvclock_vcpu_stolen_time)).
    KVM_ARM_VCPU_PVTIME_IPA: u64 = 0;
}

uapi_consts! { IRQ, Src::Uapi;
    /// `KVM_ARM_IRQ_VCPU2_SHIFT`: `kvm_irq_level.irq` bits 31:28, vCPU index bits 11:8.
    KVM_ARM_IRQ_VCPU2_SHIFT: u32 = 28;
    /// `KVM_ARM_IRQ_VCPU2_MASK`.
    KVM_ARM_IRQ_VCPU2_MASK: u32 = 0xf;
    /// `KVM_ARM_IRQ_TYPE_SHIFT`: bits 27:24, the interrupt type.
    KVM_ARM_IRQ_TYPE_SHIFT: u32 = 24;
    /// `KVM_ARM_IRQ_TYPE_MASK`.
    KVM_ARM_IRQ_TYPE_MASK: u32 = 0xf;
    /// `KVM_ARM_IRQ_VCPU_SHIFT`: bits 23:16, vCPU index bits 7:0.
    KVM_ARM_IRQ_VCPU_SHIFT: u32 = 16;
    /// `KVM_ARM_IRQ_VCPU_MASK`.
    KVM_ARM_IRQ_VCPU_MASK: u32 = 0xff;
    /// `KVM_ARM_IRQ_NUM_SHIFT`: bits 15:0, the interrupt number.
    KVM_ARM_IRQ_NUM_SHIFT: u32 = 0;
    /// `KVM_ARM_IRQ_NUM_MASK`.
    KVM_ARM_IRQ_NUM_MASK: u32 = 0xffff;
    /// `KVM_ARM_IRQ_TYPE_CPU`: the vCPU's IRQ or FIQ line (no in-kernel GIC).
    KVM_ARM_IRQ_TYPE_CPU: u32 = 0;
    /// `KVM_ARM_IRQ_TYPE_SPI`: a shared peripheral interrupt of the in-kernel GIC.
    KVM_ARM_IRQ_TYPE_SPI: u32 = 1;
    /// `KVM_ARM_IRQ_TYPE_PPI`: a private peripheral interrupt of one vCPU.
    KVM_ARM_IRQ_TYPE_PPI: u32 = 2;
    /// `KVM_ARM_IRQ_CPU_IRQ`: with `KVM_ARM_IRQ_TYPE_CPU`, the IRQ line.
    KVM_ARM_IRQ_CPU_IRQ: u32 = 0;
    /// `KVM_ARM_IRQ_CPU_FIQ`: with `KVM_ARM_IRQ_TYPE_CPU`, the FIQ line.
    KVM_ARM_IRQ_CPU_FIQ: u32 = 1;
    /// `KVM_ARM_IRQ_GIC_MAX`: largest SPI number of the old interface (userspace view).
    KVM_ARM_IRQ_GIC_MAX: u32 = 127;
}

uapi_consts! { ERRNO, Src::Errno;
    /// `ENOENT` (`asm-generic/errno-base.h`): no such register or attribute.
    ENOENT: i32 = 2;
    /// `ENOMEM`: out of memory (the SMCCC filter could not grow).
    ENOMEM: i32 = 12;
    /// `EBUSY`: the change is refused after the VM first ran.
    EBUSY: i32 = 16;
    /// `EEXIST`: an SMCCC filter range overlaps.
    EEXIST: i32 = 17;
    /// `EINVAL`: invalid argument.
    EINVAL: i32 = 22;
}

uapi_consts! { INTERNAL, Src::Internal;
    /// `KVM_REG_FEATURE_LEVEL_MASK` (kernel-internal, `arch/arm64/kvm/hypercalls.c`): the level
    /// bits of the `..._WORKAROUND_n` registers; a write with other bits set fails (`EINVAL`).
    KVM_REG_FEATURE_LEVEL_MASK: u64 = 0xf;
}

uapi_fns! { FNS;
    /// `KVM_VM_TYPE_ARM_IPA_SIZE(x)`: the `KVM_CREATE_VM` type for an IPA size of `x` bits.
    fn KVM_VM_TYPE_ARM_IPA_SIZE(x: u64) -> u64 {
        x & KVM_VM_TYPE_ARM_IPA_SIZE_MASK
    } [(40) (52) (0x1ff)]
    /// `KVM_PSCI_FN(n)`: KVM's PSCI 0.1 function id `n`.
    fn KVM_PSCI_FN(n: u32) -> u32 {
        KVM_PSCI_FN_BASE.wrapping_add(n)
    } [(0) (3)]
    /// `KVM_ARM_FEATURE_ID_RANGE_IDX(op0, op1, crn, crm, op2)`: the index of an ID register's
    /// mask in the `KVM_ARM_GET_REG_WRITABLE_MASKS` array (op1 3 shares slot 2).
    fn KVM_ARM_FEATURE_ID_RANGE_IDX(op0: u64, op1: u64, crn: u64, crm: u64, op2: u64) -> u64 {
        let _ = (op0, crn);
        let op1 = op1 & 3;
        let op1 = if op1 == 3 { 2 } else { op1 };
        (op1 << 6) | ((crm & 7) << 3) | op2
    } [(3, 0, 0, 1, 0) (3, 0, 0, 7, 7) (3, 3, 0, 0, 1) (3, 1, 0, 0, 7)]
}

/// The `kvm_irq_level.irq` word of `KVM_IRQ_LINE` for interrupt `num` of `irq_type`
/// (`KVM_ARM_IRQ_TYPE_*`) on vCPU index `vcpu` (bits 7:0 in the VCPU field, bits 11:8 in the
/// VCPU2 field, which needs `KVM_CAP_ARM_IRQ_LINE_LAYOUT_2`).
pub const fn kvm_arm_irq(irq_type: u32, vcpu: u32, num: u32) -> u32 {
    ((((vcpu >> 8) & KVM_ARM_IRQ_VCPU2_MASK) << KVM_ARM_IRQ_VCPU2_SHIFT)
        | ((irq_type & KVM_ARM_IRQ_TYPE_MASK) << KVM_ARM_IRQ_TYPE_SHIFT)
        | ((vcpu & KVM_ARM_IRQ_VCPU_MASK) << KVM_ARM_IRQ_VCPU_SHIFT))
        | ((num & KVM_ARM_IRQ_NUM_MASK) << KVM_ARM_IRQ_NUM_SHIFT)
}

/// The enumerators of the header's C enums under the names `bindgen` gives them
/// (`<enum>_<enumerator>`, as in `kvm-bindings`), for code ported from `kvm-bindings`. They
/// are aliases of the header-named constants above.
pub mod bindgen_names {
    use super::*;
    /// `KVM_DEV_TYPE_FSL_MPIC_20`.
    pub const kvm_device_type_KVM_DEV_TYPE_FSL_MPIC_20: u32 = KVM_DEV_TYPE_FSL_MPIC_20;
    /// `KVM_DEV_TYPE_FSL_MPIC_42`.
    pub const kvm_device_type_KVM_DEV_TYPE_FSL_MPIC_42: u32 = KVM_DEV_TYPE_FSL_MPIC_42;
    /// `KVM_DEV_TYPE_XICS`.
    pub const kvm_device_type_KVM_DEV_TYPE_XICS: u32 = KVM_DEV_TYPE_XICS;
    /// `KVM_DEV_TYPE_VFIO`.
    pub const kvm_device_type_KVM_DEV_TYPE_VFIO: u32 = KVM_DEV_TYPE_VFIO;
    /// `KVM_DEV_TYPE_ARM_VGIC_V2`.
    pub const kvm_device_type_KVM_DEV_TYPE_ARM_VGIC_V2: u32 = KVM_DEV_TYPE_ARM_VGIC_V2;
    /// `KVM_DEV_TYPE_FLIC`.
    pub const kvm_device_type_KVM_DEV_TYPE_FLIC: u32 = KVM_DEV_TYPE_FLIC;
    /// `KVM_DEV_TYPE_ARM_VGIC_V3`.
    pub const kvm_device_type_KVM_DEV_TYPE_ARM_VGIC_V3: u32 = KVM_DEV_TYPE_ARM_VGIC_V3;
    /// `KVM_DEV_TYPE_ARM_VGIC_ITS`.
    pub const kvm_device_type_KVM_DEV_TYPE_ARM_VGIC_ITS: u32 = KVM_DEV_TYPE_ARM_VGIC_ITS;
    /// `KVM_DEV_TYPE_XIVE`.
    pub const kvm_device_type_KVM_DEV_TYPE_XIVE: u32 = KVM_DEV_TYPE_XIVE;
    /// `KVM_DEV_TYPE_ARM_PV_TIME`.
    pub const kvm_device_type_KVM_DEV_TYPE_ARM_PV_TIME: u32 = KVM_DEV_TYPE_ARM_PV_TIME;
    /// `KVM_DEV_TYPE_RISCV_AIA`.
    pub const kvm_device_type_KVM_DEV_TYPE_RISCV_AIA: u32 = KVM_DEV_TYPE_RISCV_AIA;
    /// `KVM_DEV_TYPE_LOONGARCH_IPI`.
    pub const kvm_device_type_KVM_DEV_TYPE_LOONGARCH_IPI: u32 = KVM_DEV_TYPE_LOONGARCH_IPI;
    /// `KVM_DEV_TYPE_LOONGARCH_EIOINTC`.
    pub const kvm_device_type_KVM_DEV_TYPE_LOONGARCH_EIOINTC: u32 = KVM_DEV_TYPE_LOONGARCH_EIOINTC;
    /// `KVM_DEV_TYPE_LOONGARCH_PCHPIC`.
    pub const kvm_device_type_KVM_DEV_TYPE_LOONGARCH_PCHPIC: u32 = KVM_DEV_TYPE_LOONGARCH_PCHPIC;
    /// `KVM_DEV_TYPE_LOONGARCH_DMSINTC`.
    pub const kvm_device_type_KVM_DEV_TYPE_LOONGARCH_DMSINTC: u32 = KVM_DEV_TYPE_LOONGARCH_DMSINTC;
    /// `KVM_DEV_TYPE_ARM_VGIC_V5`.
    pub const kvm_device_type_KVM_DEV_TYPE_ARM_VGIC_V5: u32 = KVM_DEV_TYPE_ARM_VGIC_V5;
    /// `KVM_SMCCC_FILTER_HANDLE`.
    pub const kvm_smccc_filter_action_KVM_SMCCC_FILTER_HANDLE: u32 = KVM_SMCCC_FILTER_HANDLE as u32;
    /// `KVM_SMCCC_FILTER_DENY`.
    pub const kvm_smccc_filter_action_KVM_SMCCC_FILTER_DENY: u32 = KVM_SMCCC_FILTER_DENY as u32;
    /// `KVM_SMCCC_FILTER_FWD_TO_USER`.
    pub const kvm_smccc_filter_action_KVM_SMCCC_FILTER_FWD_TO_USER: u32 =
        KVM_SMCCC_FILTER_FWD_TO_USER as u32;
}

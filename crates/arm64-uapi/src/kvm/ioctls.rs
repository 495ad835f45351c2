//! KVM ioctl request numbers (Linux 7.2 `include/uapi/linux/kvm.h`) and the `_IOC` encoding
//! of `include/uapi/asm-generic/ioctl.h`, which arm64, x86_64 and s390x share (direction
//! bits 31:30 with write = 1 and read = 2, size bits 29:16, type bits 15:8, number bits 7:0;
//! PowerPC, MIPS and SPARC differ and are not hosts of this crate).

use core::mem::size_of;

use super::*;

uapi_consts! { IOC_CONSTS, Src::Uapi;
    /// `_IOC_NONE` (`asm-generic/ioctl.h`): no data transfer.
    _IOC_NONE: u32 = 0;
    /// `_IOC_WRITE`: userspace writes to the kernel.
    _IOC_WRITE: u32 = 1;
    /// `_IOC_READ`: userspace reads from the kernel.
    _IOC_READ: u32 = 2;
}

uapi_fns! { IOC_FNS;
    /// `_IOC(dir, type, nr, size)`: an ioctl request number.
    fn _IOC(dir: u32, ty: u32, nr: u32, size: u32) -> u32 {
        ((dir & 0x3) << 30) | ((size & 0x3fff) << 16) | ((ty & 0xff) << 8) | (nr & 0xff)
    } [(_IOC_NONE, 0xae, 0x80, 0) (_IOC_WRITE, 0xae, 0xab, 16) (_IOC_READ | _IOC_WRITE, 0xae, 0xb0, 8) (_IOC_READ, 0x12, 0xff, 0x3fff)]
    /// `_IO(type, nr)`: an ioctl without data.
    fn _IO(ty: u32, nr: u32) -> u32 {
        _IOC(_IOC_NONE, ty, nr, 0)
    } [(0xae, 0x01) (0xae, 0x80)]
}

/// `_IOR(type, nr, T)` with `size_of::<T>()` as `size`: the kernel writes a `T`.
pub const fn _IOR(ty: u32, nr: u32, size: usize) -> u32 {
    _IOC(_IOC_READ, ty, nr, size as u32)
}
/// `_IOW(type, nr, T)` with `size_of::<T>()` as `size`: the kernel reads a `T`.
pub const fn _IOW(ty: u32, nr: u32, size: usize) -> u32 {
    _IOC(_IOC_WRITE, ty, nr, size as u32)
}
/// `_IOWR(type, nr, T)` with `size_of::<T>()` as `size`: both directions.
pub const fn _IOWR(ty: u32, nr: u32, size: usize) -> u32 {
    _IOC(_IOC_READ | _IOC_WRITE, ty, nr, size as u32)
}

macro_rules! ioc {
    (_IO, $nr:expr) => {
        _IO(KVMIO, $nr)
    };
    ($dir:ident, $nr:expr, $t:ty) => {
        $dir(KVMIO, $nr, size_of::<$t>())
    };
}

macro_rules! uapi_ioctls {
    ($table:ident; $( $(#[$m:meta])* $name:ident = $dir:ident ( $nr:expr $(, $t:ty)? ) $(=> $since:literal)? ; )*) => {
        uapi_consts! { $table, Src::Uapi;
            $( $(#[$m])* $name: u32 = ioc!($dir, $nr $(, $t)?) $(=> $since)?; )*
        }
    };
}

uapi_ioctls! { IOCTLS;
    /// `KVM_GET_API_VERSION` (system fd): returns `KVM_API_VERSION`.
    KVM_GET_API_VERSION = _IO(0x00);
    /// `KVM_CREATE_VM` (system fd): argument `KVM_VM_TYPE_ARM_IPA_SIZE(bits)`, returns a VM fd.
    KVM_CREATE_VM = _IO(0x01);
    /// `KVM_CHECK_EXTENSION` (system or VM fd): argument `KVM_CAP_*`.
    KVM_CHECK_EXTENSION = _IO(0x03);
    /// `KVM_GET_VCPU_MMAP_SIZE` (system fd): size of the vCPU mapping (`kvm_run` and rings).
    KVM_GET_VCPU_MMAP_SIZE = _IO(0x04);
    /// `KVM_CREATE_VCPU` (VM fd): argument the vCPU id, returns a vCPU fd.
    KVM_CREATE_VCPU = _IO(0x41);
    /// `KVM_GET_DIRTY_LOG` (VM fd).
    KVM_GET_DIRTY_LOG = _IOW(0x42, kvm_dirty_log);
    /// `KVM_SET_USER_MEMORY_REGION` (VM fd).
    KVM_SET_USER_MEMORY_REGION = _IOW(0x46, kvm_userspace_memory_region);
    /// `KVM_SET_USER_MEMORY_REGION2` (VM fd).
    KVM_SET_USER_MEMORY_REGION2 = _IOW(0x49, kvm_userspace_memory_region2);
    /// `KVM_CREATE_IRQCHIP` (VM fd): on arm64 a GICv2 (prefer `KVM_CREATE_DEVICE`).
    KVM_CREATE_IRQCHIP = _IO(0x60);
    /// `KVM_IRQ_LINE` (VM fd): `kvm_irq_level` with the `KVM_ARM_IRQ_*` encoding.
    KVM_IRQ_LINE = _IOW(0x61, kvm_irq_level);
    /// `KVM_IRQ_LINE_STATUS` (VM fd).
    KVM_IRQ_LINE_STATUS = _IOWR(0x67, kvm_irq_level);
    /// `KVM_REGISTER_COALESCED_MMIO` (VM fd).
    KVM_REGISTER_COALESCED_MMIO = _IOW(0x67, kvm_coalesced_mmio_zone);
    /// `KVM_UNREGISTER_COALESCED_MMIO` (VM fd).
    KVM_UNREGISTER_COALESCED_MMIO = _IOW(0x68, kvm_coalesced_mmio_zone);
    /// `KVM_SET_GSI_ROUTING` (VM fd).
    KVM_SET_GSI_ROUTING = _IOW(0x6a, kvm_irq_routing);
    /// `KVM_IRQFD` (VM fd).
    KVM_IRQFD = _IOW(0x76, kvm_irqfd);
    /// `KVM_IOEVENTFD` (VM fd).
    KVM_IOEVENTFD = _IOW(0x79, kvm_ioeventfd);
    /// `KVM_RUN` (vCPU fd).
    KVM_RUN = _IO(0x80);
    /// `KVM_GET_REGS` (vCPU fd): `EINVAL` on arm64 (use ONE_REG).
    KVM_GET_REGS = _IOR(0x81, kvm_regs);
    /// `KVM_SET_REGS` (vCPU fd): `EINVAL` on arm64.
    KVM_SET_REGS = _IOW(0x82, kvm_regs);
    /// `KVM_GET_SREGS` (vCPU fd): `EINVAL` on arm64.
    KVM_GET_SREGS = _IOR(0x83, kvm_sregs);
    /// `KVM_SET_SREGS` (vCPU fd): `EINVAL` on arm64.
    KVM_SET_SREGS = _IOW(0x84, kvm_sregs);
    /// `KVM_SET_SIGNAL_MASK` (vCPU fd).
    KVM_SET_SIGNAL_MASK = _IOW(0x8b, kvm_signal_mask);
    /// `KVM_GET_FPU` (vCPU fd): `EINVAL` on arm64.
    KVM_GET_FPU = _IOR(0x8c, kvm_fpu);
    /// `KVM_SET_FPU` (vCPU fd): `EINVAL` on arm64.
    KVM_SET_FPU = _IOW(0x8d, kvm_fpu);
    /// `KVM_GET_MP_STATE` (vCPU fd).
    KVM_GET_MP_STATE = _IOR(0x98, kvm_mp_state);
    /// `KVM_SET_MP_STATE` (vCPU fd).
    KVM_SET_MP_STATE = _IOW(0x99, kvm_mp_state);
    /// `KVM_SET_GUEST_DEBUG` (vCPU fd).
    KVM_SET_GUEST_DEBUG = _IOW(0x9b, kvm_guest_debug);
    /// `KVM_GET_VCPU_EVENTS` (vCPU fd).
    KVM_GET_VCPU_EVENTS = _IOR(0x9f, kvm_vcpu_events);
    /// `KVM_SET_VCPU_EVENTS` (vCPU fd): inject SError / external abort.
    KVM_SET_VCPU_EVENTS = _IOW(0xa0, kvm_vcpu_events);
    /// `KVM_ENABLE_CAP` (VM or vCPU fd).
    KVM_ENABLE_CAP = _IOW(0xa3, kvm_enable_cap);
    /// `KVM_SIGNAL_MSI` (VM fd).
    KVM_SIGNAL_MSI = _IOW(0xa5, kvm_msi);
    /// `KVM_GET_ONE_REG` (vCPU fd).
    KVM_GET_ONE_REG = _IOW(0xab, kvm_one_reg);
    /// `KVM_SET_ONE_REG` (vCPU fd).
    KVM_SET_ONE_REG = _IOW(0xac, kvm_one_reg);
    /// `KVM_ARM_SET_DEVICE_ADDR` (VM fd): same number as `KVM_GET_ONE_REG` on another fd.
    KVM_ARM_SET_DEVICE_ADDR = _IOW(0xab, kvm_arm_device_addr);
    /// `KVM_ARM_VCPU_INIT` (vCPU fd).
    KVM_ARM_VCPU_INIT = _IOW(0xae, kvm_vcpu_init);
    /// `KVM_ARM_PREFERRED_TARGET` (VM fd).
    KVM_ARM_PREFERRED_TARGET = _IOR(0xaf, kvm_vcpu_init);
    /// `KVM_GET_REG_LIST` (vCPU fd).
    KVM_GET_REG_LIST = _IOWR(0xb0, kvm_reg_list);
    /// `KVM_ARM_MTE_COPY_TAGS` (VM fd).
    KVM_ARM_MTE_COPY_TAGS = _IOR(0xb4, kvm_arm_copy_mte_tags);
    /// `KVM_ARM_SET_COUNTER_OFFSET` (VM fd).
    KVM_ARM_SET_COUNTER_OFFSET = _IOW(0xb5, kvm_arm_counter_offset);
    /// `KVM_ARM_GET_REG_WRITABLE_MASKS` (VM fd).
    KVM_ARM_GET_REG_WRITABLE_MASKS = _IOR(0xb6, reg_mask_range);
    /// `KVM_CLEAR_DIRTY_LOG` (VM fd).
    KVM_CLEAR_DIRTY_LOG = _IOWR(0xc0, kvm_clear_dirty_log);
    /// `KVM_ARM_VCPU_FINALIZE` (vCPU fd): argument an `int` feature (`KVM_ARM_VCPU_SVE`).
    KVM_ARM_VCPU_FINALIZE = _IOW(0xc2, i32);
    /// `KVM_RESET_DIRTY_RINGS` (VM fd).
    KVM_RESET_DIRTY_RINGS = _IO(0xc7);
    /// `KVM_GET_STATS_FD` (VM or vCPU fd).
    KVM_GET_STATS_FD = _IO(0xce);
    /// `KVM_CREATE_GUEST_MEMFD` (VM fd).
    KVM_CREATE_GUEST_MEMFD = _IOWR(0xd4, kvm_create_guest_memfd);
    /// `KVM_PRE_FAULT_MEMORY` (vCPU fd).
    KVM_PRE_FAULT_MEMORY = _IOWR(0xd5, kvm_pre_fault_memory);
    /// `KVM_CREATE_DEVICE` (VM fd).
    KVM_CREATE_DEVICE = _IOWR(0xe0, kvm_create_device);
    /// `KVM_SET_DEVICE_ATTR` (device, VM or vCPU fd).
    KVM_SET_DEVICE_ATTR = _IOW(0xe1, kvm_device_attr);
    /// `KVM_GET_DEVICE_ATTR`.
    KVM_GET_DEVICE_ATTR = _IOW(0xe2, kvm_device_attr);
    /// `KVM_HAS_DEVICE_ATTR`.
    KVM_HAS_DEVICE_ATTR = _IOW(0xe3, kvm_device_attr);
}

//! `struct kvm_run` (Linux 7.2 `include/uapi/linux/kvm.h`), the vCPU's shared page, with the
//! exit members arm64 fills. The anonymous exit union is 256 bytes of storage with copying,
//! typed views (`mmio()`, `set_mmio()`, …); no `unsafe`.

use core::mem::{offset_of, size_of};

use zerocopy::IntoBytes;

use super::structs::{store, view};
use super::{SYNC_REGS_SIZE_BYTES, kvm_debug_exit_arch, kvm_sync_regs};

uapi_struct! {
    /// `struct kvm_run`: the first page of the vCPU mapping (`KVM_GET_VCPU_MMAP_SIZE`).
    struct kvm_run [2352, 8] {
        /// In: request an exit when interrupts can be injected (x86).
        request_interrupt_window: u8 [0],
        /// In: return from `KVM_RUN` with `EINTR` before entering the guest.
        immediate_exit: u8 [1],
        /// Padding.
        padding1: [u8; 6] [2],
        /// Out: `KVM_EXIT_*`.
        exit_reason: u32 [8],
        /// Out (x86).
        ready_for_interrupt_injection: u8 [12],
        /// Out (x86).
        if_flag: u8 [13],
        /// Out: `KVM_RUN_*` flags.
        flags: u16 [14],
        /// x86.
        cr8: u64 [16],
        /// x86.
        apic_base: u64 [24],
        /// The exit union (`char padding[256]` arm in C); read it through the typed views.
        exit: [u64; 32] [32, "padding"],
        /// `KVM_CAP_SYNC_REGS`: register sets valid in `s`.
        kvm_valid_regs: u64 [288],
        /// `KVM_CAP_SYNC_REGS`: register sets userspace changed.
        kvm_dirty_regs: u64 [296],
        /// `union { struct kvm_sync_regs regs; char padding[2048]; } s`.
        s: kvm_run_s [304],
    }
}

uapi_struct! {
    /// `kvm_run.s` (anonymous union in C): the synchronised registers and their padding.
    struct kvm_run_s [2048, 8] in "struct kvm_run", "s", 304; {
        /// `s.regs`.
        regs: kvm_sync_regs [0, "regs"],
        /// The rest of `s.padding[2048]`.
        __padding: [u8; SYNC_REGS_SIZE_BYTES - 8] [8, ""],
    }
}

macro_rules! exit_view {
    ($get:ident, $set:ident, $ty:ident, $c:literal) => {
        #[doc = concat!("The `", $c, "` member of the exit union.")]
        pub fn $get(&self) -> $ty {
            view(self.exit.as_bytes())
        }
        #[doc = concat!("Store the `", $c, "` member of the exit union (rest zeroed).")]
        pub fn $set(&mut self, v: &$ty) {
            store(self.exit.as_mut_bytes(), v);
        }
    };
}

impl kvm_run {
    exit_view!(hw, set_hw, kvm_run_hw, "hw");
    exit_view!(fail_entry, set_fail_entry, kvm_run_fail_entry, "fail_entry");
    exit_view!(debug, set_debug, kvm_run_debug, "debug");
    exit_view!(mmio, set_mmio, kvm_run_mmio, "mmio");
    exit_view!(hypercall, set_hypercall, kvm_run_hypercall, "hypercall");
    exit_view!(
        system_event,
        set_system_event,
        kvm_run_system_event,
        "system_event"
    );
    exit_view!(arm_nisv, set_arm_nisv, kvm_run_arm_nisv, "arm_nisv");
    exit_view!(
        memory_fault,
        set_memory_fault,
        kvm_run_memory_fault,
        "memory_fault"
    );
    exit_view!(arm_sea, set_arm_sea, kvm_run_arm_sea, "arm_sea");
}

/// Offset of the exit union in `kvm_run`.
const EXIT: usize = offset_of!(kvm_run, exit);

uapi_struct! {
    /// `kvm_run.hw` (`KVM_EXIT_UNKNOWN`).
    struct kvm_run_hw [8, 8] in "struct kvm_run", "hw", EXIT; {
        /// Hardware-specific reason.
        hardware_exit_reason: u64 [0],
    }
}

uapi_struct! {
    /// `kvm_run.fail_entry` (`KVM_EXIT_FAIL_ENTRY`).
    struct kvm_run_fail_entry [16, 8] in "struct kvm_run", "fail_entry", EXIT; {
        /// arm64: `KVM_EXIT_FAIL_ENTRY_CPU_UNSUPPORTED`.
        hardware_entry_failure_reason: u64 [0],
        /// The host CPU.
        cpu: u32 [8],
        /// Padding (implicit in C).
        __pad: u32 [12, ""],
    }
}

uapi_struct! {
    /// `kvm_run.debug` (`KVM_EXIT_DEBUG`).
    struct kvm_run_debug [16, 8] in "struct kvm_run", "debug", EXIT; {
        /// The syndrome and fault address.
        arch: kvm_debug_exit_arch [0],
    }
}

uapi_struct! {
    /// `kvm_run.mmio` (`KVM_EXIT_MMIO`): the VMM fills `data` of a read before resuming.
    struct kvm_run_mmio [24, 8] in "struct kvm_run", "mmio", EXIT; {
        /// Guest physical address.
        phys_addr: u64 [0],
        /// Data (the first `len` bytes; guest byte order as the access).
        data: [u8; 8] [8],
        /// Access size in bytes.
        len: u32 [16],
        /// 1 for a write.
        is_write: u8 [20],
        /// Padding (implicit in C).
        __pad: [u8; 3] [21, ""],
    }
}

uapi_struct! {
    /// `kvm_run.hypercall` (`KVM_EXIT_HYPERCALL`): on arm64 only `nr` (the SMCCC function id)
    /// and `flags` (`KVM_HYPERCALL_EXIT_*`) are filled; arguments are in X1.. (ONE_REG).
    struct kvm_run_hypercall [72, 8] in "struct kvm_run", "hypercall", EXIT; {
        /// Function id.
        nr: u64 [0],
        /// Not filled on arm64.
        args: [u64; 6] [8],
        /// Not used on arm64.
        ret: u64 [56],
        /// `KVM_HYPERCALL_EXIT_*` (x86's `longmode` shares the low half in C).
        flags: u64 [64],
    }
}

uapi_struct! {
    /// `kvm_run.system_event` (`KVM_EXIT_SYSTEM_EVENT`).
    struct kvm_run_system_event [136, 8] in "struct kvm_run", "system_event", EXIT; {
        /// `KVM_SYSTEM_EVENT_*`.
        type_: u32 [0, "type"],
        /// Valid entries of `data` (`KVM_CAP_SYSTEM_EVENT_DATA`).
        ndata: u32 [4],
        /// arm64: `data[0]` holds `KVM_SYSTEM_EVENT_*_FLAG_*` (`flags` in the C union).
        data: [u64; 16] [8],
    }
}

uapi_struct! {
    /// `kvm_run.arm_nisv` (`KVM_EXIT_ARM_NISV`, `KVM_EXIT_ARM_LDST64B`).
    struct kvm_run_arm_nisv [16, 8] in "struct kvm_run", "arm_nisv", EXIT; {
        /// ESR_EL2 ISS bits.
        esr_iss: u64 [0],
        /// Faulting IPA.
        fault_ipa: u64 [8],
    }
}

uapi_struct! {
    /// `kvm_run.memory_fault` (`KVM_EXIT_MEMORY_FAULT`).
    struct kvm_run_memory_fault [24, 8] in "struct kvm_run", "memory_fault", EXIT; {
        /// `KVM_MEMORY_EXIT_FLAG_*`.
        flags: u64 [0],
        /// Guest physical address.
        gpa: u64 [8],
        /// Size.
        size: u64 [16],
    }
}

uapi_struct! {
    /// `kvm_run.arm_sea` (`KVM_EXIT_ARM_SEA`, newer than Linux 6.12).
    struct kvm_run_arm_sea [32, 8] in "struct kvm_run", "arm_sea", EXIT; since ">6.12"; {
        /// `KVM_EXIT_ARM_SEA_FLAG_GPA_VALID`.
        flags: u64 [0],
        /// ESR_EL2.
        esr: u64 [8],
        /// Faulting virtual address.
        gva: u64 [16],
        /// Faulting IPA (if flagged valid).
        gpa: u64 [24],
    }
}

const _: () = {
    let u = size_of::<[u64; 32]>();
    assert!(size_of::<kvm_run_hw>() <= u);
    assert!(size_of::<kvm_run_fail_entry>() <= u);
    assert!(size_of::<kvm_run_debug>() <= u);
    assert!(size_of::<kvm_run_mmio>() <= u);
    assert!(size_of::<kvm_run_hypercall>() <= u);
    assert!(size_of::<kvm_run_system_event>() <= u);
    assert!(size_of::<kvm_run_arm_nisv>() <= u);
    assert!(size_of::<kvm_run_memory_fault>() <= u);
    assert!(size_of::<kvm_run_arm_sea>() <= u);
};

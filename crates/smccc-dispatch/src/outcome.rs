//! What a trapped call asks of the caller: the trap description going in, the typed outcome
//! coming out. The dispatcher has no side effects outside its own state; the caller applies
//! the outcome (writes registers, exits to the VMM, stops or starts vCPUs).

use arm64_uapi::kvm::{
    KVM_EXIT_HYPERCALL, KVM_EXIT_SYSTEM_EVENT, KVM_HYPERCALL_EXIT_16BIT, KVM_HYPERCALL_EXIT_SMC,
    KVM_SYSTEM_EVENT_RESET, KVM_SYSTEM_EVENT_SHUTDOWN, KVM_SYSTEM_EVENT_SUSPEND,
};

/// The instruction the guest used (DEN0028 2.5: both conduits reach the same handler).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum Conduit {
    /// HVC: the exception already returns past the instruction.
    Hvc,
    /// SMC trapped to the hypervisor (HCR_EL2.TSC): KVM advances the PC before handling.
    Smc,
}

/// One trapped HVC/SMC as the exception syndrome describes it.
///
/// KVM reads the conduit from ESR_EL2.EC (HVC32/HVC64/SMC32/SMC64), the immediate from
/// ISS bits 15:0, the instruction length from ESR.IL, and the caller's register width and data
/// endianness from PSTATE/SCTLR. In every case the caller leaves the PC past the instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Trap {
    /// HVC or SMC.
    pub conduit: Conduit,
    /// The instruction's immediate. Non-zero SMC immediates are reserved (DEN0028 2.9): KVM
    /// answers x0 = ~0 without dispatching. HVC immediates are ignored.
    pub imm: u16,
    /// The caller runs in AArch32: SMC64/HVC64 PSCI ids answer NOT_SUPPORTED.
    pub aarch32: bool,
    /// The trapped instruction was a 16-bit T32 one (ESR.IL = 0): `KVM_HYPERCALL_EXIT_16BIT`.
    pub thumb16: bool,
    /// The caller's data accesses are big-endian; PSCI CPU_ON propagates it to the target.
    pub big_endian: bool,
}

impl Trap {
    /// An AArch64 `HVC #0`.
    pub const HVC: Trap = Trap {
        conduit: Conduit::Hvc,
        imm: 0,
        aarch32: false,
        thumb16: false,
        big_endian: false,
    };
    /// An AArch64 `SMC #0`.
    pub const SMC: Trap = Trap {
        conduit: Conduit::Smc,
        ..Trap::HVC
    };

    /// An AArch64 `SMC #imm`.
    pub const fn smc(imm: u16) -> Trap {
        Trap { imm, ..Trap::SMC }
    }

    /// The same trap from an AArch32 caller.
    pub const fn aarch32(self) -> Trap {
        Trap {
            aarch32: true,
            ..self
        }
    }
}

/// Registers to write into the calling vCPU: X`i` gets `x[i]` when bit `i` of `mask` is set.
///
/// KVM's in-kernel answers write X0–X3 (`smccc_set_retval`), unused results as 0; a few paths
/// write less (SMC with an immediate, SYSTEM_RESET2, SYSTEM_SUSPEND) or nothing (forwarding).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct RegWrites {
    /// Bit `i` set: write `x[i]` into X`i`.
    pub mask: u8,
    /// The values.
    pub x: [u64; 4],
}

impl RegWrites {
    /// Leave every register untouched.
    pub const NONE: RegWrites = RegWrites { mask: 0, x: [0; 4] };

    /// Write X0–X3 (KVM's `smccc_set_retval`).
    pub const fn all(x: [u64; 4]) -> RegWrites {
        RegWrites { mask: 0xf, x }
    }

    /// Write X0 only.
    pub const fn x0(v: u64) -> RegWrites {
        RegWrites {
            mask: 1,
            x: [v, 0, 0, 0],
        }
    }

    /// The value to write into X`i`, if any.
    pub fn get(&self, i: usize) -> Option<u64> {
        if i < 4 && self.mask & (1 << i) != 0 {
            self.x.get(i).copied()
        } else {
            None
        }
    }

    /// Apply to a register file (X0, X1, ...); registers beyond `regs` are ignored.
    pub fn apply(&self, regs: &mut [u64]) {
        for (i, r) in regs.iter_mut().enumerate().take(4) {
            if let Some(v) = self.get(i) {
                *r = v;
            }
        }
    }
}

/// `KVM_EXIT_HYPERCALL`: the SMCCC filter forwards the call to the VMM. Registers are
/// untouched and the PC is already past the instruction; the VMM reads X1.. itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HypercallExit {
    /// `run->hypercall.nr`: the 32-bit function id.
    pub nr: u64,
    /// `run->hypercall.flags`: `KVM_HYPERCALL_EXIT_SMC`, `KVM_HYPERCALL_EXIT_16BIT`.
    pub flags: u64,
}

impl HypercallExit {
    /// `run->exit_reason`.
    pub const EXIT_REASON: u32 = KVM_EXIT_HYPERCALL;

    /// The flags KVM sets for `trap` (`kvm_prepare_hypercall_exit`).
    pub const fn flags_for(trap: Trap) -> u64 {
        let mut f = 0;
        if matches!(trap.conduit, Conduit::Smc) {
            f |= KVM_HYPERCALL_EXIT_SMC;
        }
        if trap.thumb16 {
            f |= KVM_HYPERCALL_EXIT_16BIT;
        }
        f
    }
}

/// The `run->system_event.type` of a PSCI system call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SystemEvent {
    /// SYSTEM_OFF, SYSTEM_OFF2 (`KVM_SYSTEM_EVENT_SHUTDOWN`).
    Shutdown,
    /// SYSTEM_RESET, SYSTEM_RESET2 (`KVM_SYSTEM_EVENT_RESET`).
    Reset,
    /// SYSTEM_SUSPEND (`KVM_SYSTEM_EVENT_SUSPEND`): the VMM emulates it from X1 (entry) and
    /// X2 (context), or writes an error into X0.
    Suspend,
}

impl SystemEvent {
    /// The uapi `KVM_SYSTEM_EVENT_*` value.
    pub const fn kvm_type(self) -> u32 {
        match self {
            SystemEvent::Shutdown => KVM_SYSTEM_EVENT_SHUTDOWN,
            SystemEvent::Reset => KVM_SYSTEM_EVENT_RESET,
            SystemEvent::Suspend => KVM_SYSTEM_EVENT_SUSPEND,
        }
    }
}

/// `KVM_EXIT_SYSTEM_EVENT` with `run->system_event` as KVM fills it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SystemEventExit {
    /// `type`.
    pub event: SystemEvent,
    /// `data[0]`: `KVM_SYSTEM_EVENT_RESET_FLAG_PSCI_RESET2`,
    /// `KVM_SYSTEM_EVENT_SHUTDOWN_FLAG_PSCI_OFF2`, else 0.
    pub flags: u64,
}

impl SystemEventExit {
    /// `run->exit_reason`.
    pub const EXIT_REASON: u32 = KVM_EXIT_SYSTEM_EVENT;

    /// `ndata`: 1 for shutdown and reset, 0 for suspend (KVM clears the struct).
    pub const fn ndata(&self) -> u32 {
        match self.event {
            SystemEvent::Suspend => 0,
            SystemEvent::Shutdown | SystemEvent::Reset => 1,
        }
    }
}

/// PSCI CPU_ON accepted: reset `target` with PC = `entry`, X0 = `context_id` and the
/// caller's endianness, then make it runnable. The dispatcher already marked it on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CpuOn {
    /// Index of the target vCPU.
    pub target: usize,
    /// Entry point (PSCI CPU_ON x2), narrowed to 32 bits for the SMC32 id.
    pub entry: u64,
    /// Context id (x3), given to the target in X0.
    pub context_id: u64,
    /// The target starts big-endian (the caller's endianness).
    pub big_endian: bool,
}

/// What the caller does after writing [`Outcome::regs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Resume the calling vCPU.
    Resume,
    /// Exit to the VMM with `KVM_EXIT_HYPERCALL` (filter action FWD_TO_USER).
    Forward(HypercallExit),
    /// Exit to the VMM with `KVM_EXIT_SYSTEM_EVENT`. For shutdown and reset every vCPU is
    /// already stopped in the dispatcher's table: the caller stops them all before exiting.
    SystemEvent(SystemEventExit),
    /// PSCI CPU_SUSPEND: KVM emulates every power state as WFI, registers preserved.
    WaitForInterrupt,
    /// PSCI CPU_OFF: the calling vCPU is stopped until a CPU_ON.
    PowerOff,
    /// PSCI CPU_ON succeeded for another vCPU; resume the caller.
    PowerOn(CpuOn),
}

/// The typed result of one dispatch: registers to write, then what to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Outcome {
    /// Registers to write into the calling vCPU.
    pub regs: RegWrites,
    /// The next step.
    pub action: Action,
}

impl Outcome {
    /// An in-kernel answer: X0–X3, resume.
    pub const fn ret(x: [u64; 4]) -> Outcome {
        Outcome {
            regs: RegWrites::all(x),
            action: Action::Resume,
        }
    }

    /// The registers the call leaves when the caller's registers were `x` (X0–X3).
    pub fn after(&self, x: [u64; 4]) -> [u64; 4] {
        let mut r = x;
        self.regs.apply(&mut r);
        r
    }
}

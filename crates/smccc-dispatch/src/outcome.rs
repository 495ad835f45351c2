//! What a trapped call asks of the caller: the trap description going in, the typed outcome
//! coming out. The dispatcher has no side effects outside its own state; the caller applies
//! the outcome (writes registers, exits to the VMM, stops or starts vCPUs).

use arm64_uapi::esr::{PSR_AA32_E_BIT, PSR_AA32_T_BIT, RESET_PSTATE_EL1, RESET_PSTATE_SVC};
use arm64_uapi::kvm::{
    KVM_EXIT_HYPERCALL, KVM_EXIT_SYSTEM_EVENT, KVM_HYPERCALL_EXIT_16BIT, KVM_HYPERCALL_EXIT_SMC,
    KVM_SYSTEM_EVENT_RESET, KVM_SYSTEM_EVENT_SHUTDOWN, KVM_SYSTEM_EVENT_SUSPEND, kvm_run,
    kvm_run_hypercall, kvm_run_system_event,
};

pub use arm64_uapi::esr::{Conduit, Trap};

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

    /// Fill `run` as KVM does for this exit (`kvm_prepare_hypercall_exit`): `exit_reason`,
    /// `hypercall.nr` and `hypercall.flags`, the rest of the union zeroed.
    pub fn fill(&self, run: &mut kvm_run) {
        run.exit_reason = Self::EXIT_REASON;
        run.set_hypercall(&kvm_run_hypercall {
            nr: self.nr,
            flags: self.flags,
            ..Default::default()
        });
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

    /// Fill `run` as KVM does (`kvm_prepare_system_event`, or the SYSTEM_SUSPEND exit):
    /// `exit_reason`, `system_event.type`, `ndata` and `data[0]` = the flags.
    pub fn fill(&self, run: &mut kvm_run) {
        run.exit_reason = Self::EXIT_REASON;
        let mut data = [0u64; 16];
        if let (1.., Some(d)) = (self.ndata(), data.first_mut()) {
            *d = self.flags;
        }
        run.set_system_event(&kvm_run_system_event {
            type_: self.event.kvm_type(),
            ndata: self.ndata(),
            data,
        });
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

impl CpuOn {
    /// The target's state after KVM's reset for this CPU_ON (Linux 7.2 `kvm_reset_vcpu` with
    /// the `reset_state` `kvm_psci_vcpu_on` left): every general register 0 but X0 = the
    /// context id; PSTATE = EL1h with D, A, I, F masked (AArch32: Supervisor with A, I, F
    /// masked, and an odd entry point selects Thumb with bit 0 cleared); the caller's
    /// endianness as `SCTLR_EL1.EE` (AArch32: `PSTATE.E`). `aarch32` is the target's own
    /// mode (vCPU feature `KVM_ARM_VCPU_EL1_32BIT`).
    pub const fn reset(&self, aarch32: bool) -> VcpuReset {
        if aarch32 {
            let thumb = self.entry & 1 != 0;
            let mut pstate = RESET_PSTATE_SVC;
            if thumb {
                pstate |= PSR_AA32_T_BIT;
            }
            if self.big_endian {
                pstate |= PSR_AA32_E_BIT;
            }
            VcpuReset {
                pc: self.entry & !1,
                x0: self.context_id,
                pstate,
                sctlr_el1_ee: false,
            }
        } else {
            VcpuReset {
                pc: self.entry,
                x0: self.context_id,
                pstate: RESET_PSTATE_EL1,
                sctlr_el1_ee: self.big_endian,
            }
        }
    }
}

/// The core state a CPU_ON target starts with (see [`CpuOn::reset`]); every other general
/// register is 0, every other system register has its reset value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct VcpuReset {
    /// PC: the entry point.
    pub pc: u64,
    /// X0: the context id.
    pub x0: u64,
    /// PSTATE (SPSR layout).
    pub pstate: u64,
    /// Set `SCTLR_EL1.EE` (big-endian data at EL1) after the system-register reset.
    pub sctlr_el1_ee: bool,
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

impl Action {
    /// For the two exits a VMM reports (`KVM_EXIT_HYPERCALL`, `KVM_EXIT_SYSTEM_EVENT`), fill
    /// `run` as KVM does and return true; every other action stays in the kernel (false, `run`
    /// untouched).
    pub fn fill_run(&self, run: &mut kvm_run) -> bool {
        match self {
            Action::Forward(h) => h.fill(run),
            Action::SystemEvent(e) => e.fill(run),
            Action::Resume | Action::WaitForInterrupt | Action::PowerOff | Action::PowerOn(_) => {
                return false;
            }
        }
        true
    }
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

//! The s390 SAE exit path: from a synchronous-exception exit of the SAE control block to the
//! dispatcher's input, and the [`Outcome`] back into the block (big-endian, byte-exact).
//!
//! The exit: `icptr` = `SAE_ICPTR_SYNCHRONOUS_EXCEPTION`, `trap.esr_elz` (control block 0x400)
//! with EC HVC64/SMC64/HVC32/SMC32 and the immediate in ISS\[15:0\], X0–X17 in `gpr`
//! (0x300), PSTATE in `pstate` (0x288), the PC in `pc` (0x290). SCTLR_EL1 lives in the save
//! area (read with EASR), so the caller passes it for the endianness (`kvm_vcpu_is_be`).
//!
//! The PC: the block's `pc` at the exit is taken to hold the preferred return address, as
//! `ELR_EL2` would on arm64 (Arm ARM: past the instruction for an HVC exception, at the
//! instruction for an SMC trapped by `HCR_EL2.TSC`); [`resume`] advances it by
//! [`Trap::pc_advance`] as KVM's `handle_smc` does (`kvm_incr_pc`). Real KVM, measured
//! (`scripts/kvm-oracle`): the guest resumes 4 bytes past every HVC and SMC, handled or
//! forwarded. The posted s390 series applies a pending PC increment in its run loop as arm64
//! does; that the SAE reports `pc` with `ELR_EL2`'s meaning is inferred.

use arm64_uapi::esr::{NotAHypercall, Trap};
use sae_abi::SaeControlBlock;
use sae_abi::exit::{Icptr, Interception};

use crate::host::Host;
use crate::outcome::{Outcome, VcpuReset};
use crate::vm::{NoSuchVcpu, Vm};

/// Registers an SMCCC 1.2+ call passes: X0 (function id) to X17 (DEN0028 2.6).
pub const CALL_REGS: usize = 18;

/// One HVC/SMC read from an SAE exit: the trap and the caller's X0–X17.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Call {
    /// The trap (conduit, immediate, caller width, instruction length, endianness).
    pub trap: Trap,
    /// X0–X17 at the exit.
    pub x: [u64; CALL_REGS],
}

/// An exit that is not an SMCCC call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExitError {
    /// `icptr` is not `SAE_ICPTR_SYNCHRONOUS_EXCEPTION` (holds the code).
    NotSynchronous(u8),
    /// A synchronous exception of another class.
    NotAHypercall(NotAHypercall),
    /// The vCPU index is not one of the VM's.
    NoSuchVcpu(NoSuchVcpu),
}

impl core::fmt::Display for ExitError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            ExitError::NotSynchronous(c) => {
                write!(f, "SAE exit {c:#04x} is not a synchronous exception")
            }
            ExitError::NotAHypercall(e) => e.fmt(f),
            ExitError::NoSuchVcpu(e) => e.fmt(f),
        }
    }
}

impl core::error::Error for ExitError {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            ExitError::NotSynchronous(_) => None,
            ExitError::NotAHypercall(e) => Some(e),
            ExitError::NoSuchVcpu(e) => Some(e),
        }
    }
}

impl Call {
    /// Read the call from an exit. `sctlr_el1` is the guest's SCTLR_EL1 (save area, EASR);
    /// only its EE/E0E bits are read.
    ///
    /// ```
    /// use sae_abi::SaeControlBlock;
    /// use sae_abi::esr::{Esr, Trap};
    /// use sae_abi::exit::Icptr;
    /// use smccc_dispatch::sae::Call;
    ///
    /// let mut b = SaeControlBlock::new();
    /// b.set_icptr(Icptr::SynchronousException);
    /// b.trap_mut().set_esr_elz(Trap::HVC.esr());
    /// b.set_gpr(0, 0x8400_0000).unwrap(); // PSCI_VERSION
    /// let call = Call::from_sae(&b, 0).unwrap();
    /// assert_eq!((call.trap, call.x[0]), (Trap::HVC, 0x8400_0000));
    /// ```
    pub fn from_sae(block: &SaeControlBlock, sctlr_el1: u64) -> Result<Call, ExitError> {
        let Interception::SynchronousException(t) = block.interception() else {
            return Err(ExitError::NotSynchronous(u8::from(block.icptr())));
        };
        let trap = Trap::from_exit(t.esr_elz(), block.pstate(), sctlr_el1)
            .map_err(ExitError::NotAHypercall)?;
        let gprs = block.gprs();
        let mut x = [0u64; CALL_REGS];
        for (d, s) in x.iter_mut().zip(gprs.iter()) {
            *d = *s;
        }
        Ok(Call { trap, x })
    }

    /// X0–X3, what [`Vm::dispatch`](crate::Vm::dispatch) reads.
    pub const fn args(&self) -> [u64; 4] {
        let [x0, x1, x2, x3, ..] = self.x;
        [x0, x1, x2, x3]
    }
}

/// Apply `outcome` of `trap` to the caller's block: the register writes, then the PC
/// advance the architecture requires ([`Trap::pc_advance`]), for every action (KVM moves
/// the PC before it handles or forwards the call). The `icptr` is left to the run loop. An
/// AArch32 caller's IT-block state is not advanced (`kvm_skip_instr32` does; the SAE runs
/// AArch64 guests only).
pub fn resume(block: &mut SaeControlBlock, trap: Trap, outcome: &Outcome) {
    for i in 0..4 {
        if let Some(v) = outcome.regs.get(i) {
            // X0–X3 always exist (`gpr` holds 31).
            let _ = block.set_gpr(i, v);
        }
    }
    block.set_pc(block.pc().wrapping_add(trap.pc_advance()));
}

/// One exit, start to end: read the call from vCPU `vcpu`'s block ([`Call::from_sae`]),
/// dispatch it ([`Vm::dispatch`]) and write the outcome back ([`resume`]). The caller then
/// acts on [`Outcome::action`]: resume, report the exit to the VMM
/// ([`Action::fill_run`](crate::Action::fill_run)), or reset a CPU_ON target ([`reset`]).
/// On an error the block is untouched.
///
/// ```
/// use sae_abi::SaeControlBlock;
/// use sae_abi::esr::Trap;
/// use sae_abi::exit::Icptr;
/// use smccc_dispatch::{Action, Config, Host, MitigationState, PtpCounter, PtpSample, Vm};
///
/// struct NoHost;
/// impl Host for NoHost {
///     fn mitigation(&self, _: arm64_uapi::smccc::Mitigation) -> MitigationState {
///         MitigationState::Unaffected
///     }
///     fn guest_has_ssbs(&self) -> bool { false }
///     fn entropy(&mut self, _: &mut [u64]) -> bool { false }
///     fn ptp(&mut self, _: PtpCounter) -> Option<PtpSample> { None }
///     fn stolen_time_base(&self, _: usize) -> Option<u64> { None }
///     fn stolen_time_init(&mut self, _: usize) -> Option<u64> { None }
/// }
///
/// let mut vm: Vm<1, 4> = Vm::new(Config::default());
/// vm.add_vcpu(0, true).unwrap();
/// // The guest ran `SMC #0` with X0 = PSCI_VERSION at 0x1000.
/// let mut b = SaeControlBlock::new();
/// b.set_icptr(Icptr::SynchronousException);
/// b.trap_mut().set_esr_elz(Trap::SMC.esr());
/// b.set_gpr(0, 0x8400_0000).unwrap();
/// b.set_pc(0x1000);
/// let out = smccc_dispatch::sae::handle(&vm, &mut NoHost, 0, &mut b, 0).unwrap();
/// assert_eq!(out.action, Action::Resume);
/// assert_eq!(b.gpr(0).unwrap(), 0x1_0003); // PSCI 1.3
/// assert_eq!(b.pc(), 0x1004); // past the SMC
/// ```
pub fn handle<H: Host + ?Sized, const VCPUS: usize, const RANGES: usize>(
    vm: &Vm<VCPUS, RANGES>,
    host: &mut H,
    vcpu: usize,
    block: &mut SaeControlBlock,
    sctlr_el1: u64,
) -> Result<Outcome, ExitError> {
    let call = Call::from_sae(block, sctlr_el1)?;
    let out = vm
        .dispatch(host, vcpu, call.trap, &call.args())
        .map_err(ExitError::NoSuchVcpu)?;
    resume(block, call.trap, &out);
    Ok(out)
}

/// Write a CPU_ON target's reset core state (see [`CpuOn::reset`](crate::CpuOn::reset)) into
/// its block: X0–X30 (X0 = context id, the rest 0), PC and PSTATE. The caller sets
/// `SCTLR_EL1.EE` with SASR when [`VcpuReset::sctlr_el1_ee`] is set, after resetting the
/// system registers.
pub fn reset(block: &mut SaeControlBlock, r: &VcpuReset) {
    for i in 0..SaeControlBlock::GPRS {
        let _ = block.set_gpr(i, if i == 0 { r.x0 } else { 0 });
    }
    block.set_pc(r.pc);
    block.set_pstate(r.pstate);
}

impl From<Icptr> for ExitError {
    fn from(c: Icptr) -> Self {
        ExitError::NotSynchronous(c.into())
    }
}

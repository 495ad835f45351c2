//! A scripted arm64 guest run through the whole SAE exit path, printing what a VMM does:
//! `cargo run -p smccc-dispatch --example vcpu_loop`.
//!
//! vCPU 0 asks PSCI_VERSION (HVC), queries a mitigation (SMC: the PC moves past the SMC),
//! starts vCPU 1 with PSCI CPU_ON; vCPU 1 makes a SiP call the VMM's filter forwards
//! (`KVM_EXIT_HYPERCALL`), then SYSTEM_OFF (`KVM_EXIT_SYSTEM_EVENT`).

use arm64_uapi::kvm::{KVM_SMCCC_FILTER_FWD_TO_USER, kvm_run, kvm_smccc_filter};
use arm64_uapi::smccc::{ARCH, Mitigation, PSCI};
use sae_abi::SaeControlBlock;
use sae_abi::esr::Trap;
use sae_abi::exit::Icptr;
use smccc_dispatch::sae;
use smccc_dispatch::{Action, Config, Host, MitigationState, PtpCounter, PtpSample, Vm};

/// The host's answers (an s390 host: no Spectre-style branch predictor issues to report).
struct S390;

impl Host for S390 {
    fn mitigation(&self, _: Mitigation) -> MitigationState {
        MitigationState::Unaffected
    }
    fn guest_has_ssbs(&self) -> bool {
        false
    }
    fn entropy(&mut self, _: &mut [u64]) -> bool {
        false
    }
    fn ptp(&mut self, _: PtpCounter) -> Option<PtpSample> {
        None
    }
    fn stolen_time_base(&self, _: usize) -> Option<u64> {
        None
    }
    fn stolen_time_init(&mut self, _: usize) -> Option<u64> {
        None
    }
}

const SIP_CALL: u32 = 0xc200_0001; // SMC64 SiP service call 1
const ENTRY: u64 = 0x4020_0000;

/// The guest program of each vCPU: (conduit, X0–X3) per step.
fn script(vcpu: usize) -> &'static [(Trap, [u64; 4])] {
    const S0: &[(Trap, [u64; 4])] = &[
        (Trap::HVC, [PSCI::PSCI_VERSION.0 as u64, 0, 0, 0]),
        (
            Trap::SMC,
            [ARCH::FEATURES.0 as u64, ARCH::WORKAROUND_1.0 as u64, 0, 0],
        ),
        (Trap::HVC, [PSCI::CPU_ON_64.0 as u64, 1, ENTRY, 0xc0ffee]),
    ];
    const S1: &[(Trap, [u64; 4])] = &[
        (Trap::SMC, [SIP_CALL as u64, 0x1234, 0, 0]),
        (Trap::HVC, [PSCI::SYSTEM_OFF.0 as u64, 0, 0, 0]),
    ];
    [S0, S1][vcpu]
}

/// The guest "executes" its next step: the SAE exits with the trap in the block.
fn guest_traps(b: &mut SaeControlBlock, trap: Trap, x: [u64; 4]) {
    b.set_icptr(Icptr::SynchronousException);
    b.trap_mut().set_esr_elz(trap.esr());
    for (i, v) in x.into_iter().enumerate() {
        b.set_gpr(i, v).unwrap();
    }
    // HVC returns past the instruction; a trapped SMC reports the SMC itself.
    b.set_pc(b.pc() + 4 - trap.pc_advance());
}

fn main() {
    let mut vm: Vm<2, 4> = Vm::new(Config::default());
    vm.add_vcpu(0, true).unwrap();
    vm.add_vcpu(1, false).unwrap();
    let sip = kvm_smccc_filter {
        base: SIP_CALL,
        nr_functions: 1,
        action: KVM_SMCCC_FILTER_FWD_TO_USER,
        ..Default::default()
    };
    vm.set_filter(&sip).unwrap();
    println!("VMM: KVM_ARM_VM_SMCCC_FILTER {SIP_CALL:#x} -> FWD_TO_USER");
    let mut blocks = [SaeControlBlock::new(), SaeControlBlock::new()];
    blocks[0].set_pc(0x4008_0000);
    let mut steps = [0usize; 2];
    let mut run = kvm_run::default();

    // The loop: one SAE exit per iteration, one vCPU at a time.
    let runnable = |vm: &Vm<2, 4>, steps: &[usize; 2]| {
        (0..2).find(|&v| vm.is_on(v) == Some(true) && steps[v] < script(v).len())
    };
    while let Some(v) = runnable(&vm, &steps) {
        let (trap, x) = script(v)[steps[v]];
        steps[v] += 1;
        guest_traps(&mut blocks[v], trap, x);
        let out = sae::handle(&vm, &mut S390, v, &mut blocks[v], 0).unwrap();
        let (x0, pc) = (blocks[v].gpr(0).unwrap(), blocks[v].pc());
        println!(
            "vCPU {v}: {:?} x0={:#x} -> x0={x0:#x} pc={pc:#x}",
            trap.conduit, x[0]
        );
        if let Action::PowerOn(on) = out.action {
            let r = on.reset(false);
            sae::reset(&mut blocks[on.target], &r);
            println!(
                "  VMM: vCPU {} reset: pc={:#x} x0={:#x} pstate={:#x}",
                on.target, r.pc, r.x0, r.pstate
            );
        }
        if out.action.fill_run(&mut run) {
            println!("  KVM_RUN returns: exit_reason {}", run.exit_reason);
            if let Action::Forward(_) = out.action {
                let h = run.hypercall();
                println!(
                    "  VMM: KVM_EXIT_HYPERCALL nr={:#x} flags={:#x}; answers x0=0",
                    h.nr, h.flags
                );
                blocks[v].set_gpr(0, 0).unwrap();
            } else {
                let e = run.system_event();
                println!(
                    "  VMM: KVM_EXIT_SYSTEM_EVENT type={} ndata={} data[0]={:#x}: power off",
                    e.type_, e.ndata, e.data[0]
                );
                break;
            }
        }
    }
}

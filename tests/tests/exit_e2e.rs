//! End to end across the three crates, through the public path only: an SAE control block
//! as the machine leaves it after a guest HVC/SMC (`icptr` = synchronous exception, ESR in
//! `trap.esr_elz`, X0–X17 in `gpr`) → `smccc_dispatch::sae::handle` (read, dispatch, write
//! back) → the action. The whole 4 KiB image is compared byte for byte with the expected
//! one: X0–X3 as KVM writes them, big-endian at `gpr` (0x300), the PC past a trapped SMC,
//! nothing else changed; CPU_ON's reset and the `kvm_run` exits are checked the same way.

use arm64_uapi::esr::Conduit;
use arm64_uapi::kvm::{
    KVM_EXIT_HYPERCALL, KVM_EXIT_SYSTEM_EVENT, KVM_SYSTEM_EVENT_SHUTDOWN, kvm_run,
};
use sae_abi::SaeControlBlock;
use sae_abi::exit::Icptr;
use smccc_dispatch::sae::{self, Call};
use smccc_dispatch::{
    Action, Config, Host, MitigationState, PtpCounter, PtpSample, SystemEvent, Trap, Vm,
};
use zerocopy::IntoBytes;

const GPR: usize = 0x300;
const PC: usize = 0x290;
const PC0: u64 = 0x4008_1004;

struct S390Host;

impl Host for S390Host {
    fn mitigation(&self, m: arm64_uapi::smccc::Mitigation) -> MitigationState {
        use arm64_uapi::smccc::Mitigation as M;
        match m {
            M::WORKAROUND_1 | M::WORKAROUND_2 | M::WORKAROUND_3 | M::WORKAROUND_4 => {
                MitigationState::Unaffected
            }
        }
    }
    fn guest_has_ssbs(&self) -> bool {
        false
    }
    fn entropy(&mut self, words: &mut [u64]) -> bool {
        words.fill(0);
        true
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

/// The block after the guest executed `class #imm` with X0–X17 = `x`, PC past the insn.
/// The block as the machine leaves it after the guest's HVC/SMC (the guest side of the test:
/// it writes the syndrome KVM would see for `trap`).
fn exit_block(trap: Trap, x: &[u64; 18]) -> Box<SaeControlBlock> {
    let mut b = Box::new(SaeControlBlock::new());
    b.set_icptr(Icptr::SynchronousException);
    b.trap_mut().set_esr_elz(trap.esr());
    for (i, &v) in x.iter().enumerate() {
        b.set_gpr(i, v).unwrap();
    }
    for i in 18..31 {
        b.set_gpr(i, 0x3000 + i as u64).unwrap();
    }
    b.set_pstate(0x3c5); // EL1h, DAIF masked
    b.set_pc(PC0);
    b
}

/// The exit handler: only the public path.
fn handle(b: &mut SaeControlBlock, vm: &Vm<2, 8>) -> Action {
    sae::handle(vm, &mut S390Host, 0, b, 0).unwrap().action
}

fn vm() -> Vm<2, 8> {
    let mut vm = Vm::new(Config::default());
    vm.add_vcpu(0, true).unwrap();
    vm.add_vcpu(1, false).unwrap();
    vm
}

/// Run one call and check the whole image: only the listed X registers change, to the
/// listed values (big-endian at GPR + 8·i).
/// Run one call; the whole block must equal the exit block but for `changed` X registers
/// and the PC, which an SMC trap moves past the instruction (an HVC exit already is).
fn check(trap: Trap, x0: u64, changed: &[(usize, u64)]) -> Action {
    let mut x = [0u64; 18];
    x[0] = x0;
    for (i, v) in x.iter_mut().enumerate().skip(1) {
        *v = 0x1111_0000_0000_0000 | i as u64;
    }
    let mut b = exit_block(trap, &x);
    let mut expected = b.as_bytes().to_vec();
    for &(i, v) in changed {
        expected[GPR + 8 * i..GPR + 8 * i + 8].copy_from_slice(&v.to_be_bytes());
    }
    // Restated from the Arm ARM, not from `Trap::pc_advance`: an HVC exception returns past
    // the instruction (the exit's PC already is), a trapped SMC returns to it, so the host
    // steps 4 (A64; A32/T32 SMC is 32-bit). Real KVM steps every call by 4 (scripts/kvm-oracle).
    let step = if trap.conduit == Conduit::Hvc { 0 } else { 4 };
    expected[PC..PC + 8].copy_from_slice(&(PC0 + step).to_be_bytes());
    let action = handle(&mut b, &vm());
    let got = b.as_bytes();
    let diff: Vec<usize> = (0..got.len()).filter(|&i| got[i] != expected[i]).collect();
    assert!(
        diff.is_empty(),
        "{x0:#x}: {} bytes differ, first at {:#x}: got {:02x?}",
        diff.len(),
        diff[0],
        &got[diff[0] & !7..(diff[0] & !7) + 8]
    );
    action
}

#[test]
fn hvc64_call_uid_writes_x0_to_x3() {
    let a = check(
        Trap::HVC,
        0x8600_ff01,
        &[
            (0, 0xb66f_b428),
            (1, 0xe911_c52e),
            (2, 0x564b_caa9),
            (3, 0x743a_004d),
        ],
    );
    assert_eq!(a, Action::Resume);
}

#[test]
fn hvc64_psci_version_clears_x1_to_x3() {
    let a = check(
        Trap::HVC,
        0x8400_0000,
        &[(0, 0x1_0003), (1, 0), (2, 0), (3, 0)],
    );
    assert_eq!(a, Action::Resume);
}

#[test]
fn hvc64_workaround_1_fast_path() {
    // x0 = 0 and x1 clobbered to 0; x2, x3 kept.
    check(Trap::HVC, 0x8000_8000, &[(0, 0), (1, 0)]);
}

#[test]
fn smc64_with_immediate_writes_only_x0() {
    check(Trap::smc(1), 0x8400_0000, &[(0, u64::MAX)]);
}

#[test]
fn hvc64_system_off_preloads_x0() {
    let a = check(
        Trap::HVC,
        0x8400_0008,
        &[(0, (-6i64) as u64), (1, 0), (2, 0), (3, 0)],
    );
    assert!(
        matches!(a, Action::SystemEvent(e) if e.event == SystemEvent::Shutdown && e.flags == 0)
    );
}

#[test]
fn unknown_id_only_low_32_bits_count() {
    // X0's upper half is ignored: 0xdead_beef_8400_0000 is PSCI_VERSION.
    check(
        Trap {
            imm: 0x55,
            ..Trap::HVC
        },
        0xdead_beef_8400_0000,
        &[(0, 0x1_0003), (1, 0), (2, 0), (3, 0)],
    );
    check(
        Trap::HVC,
        0x8200_0001,
        &[(0, u64::MAX), (1, 0), (2, 0), (3, 0)],
    );
}

#[test]
fn smc64_pc_moves_past_the_smc() {
    // PSCI_VERSION by SMC: same answer as by HVC, and the PC moves by 4.
    let a = check(
        Trap::SMC,
        0x8400_0000,
        &[(0, 0x1_0003), (1, 0), (2, 0), (3, 0)],
    );
    assert_eq!(a, Action::Resume);
}

#[test]
fn not_a_hypercall_is_refused() {
    let mut b = exit_block(Trap::HVC, &[0; 18]);
    b.trap_mut()
        .set_esr_elz(sae_abi::esr::Esr::from_bits(0x9200_0046));
    let e = Call::from_sae(&b, 0).unwrap_err();
    assert_eq!(e.to_string(), "exception class 0x24 is not an HVC or SMC");
    b.set_icptr(Icptr::Timer);
    assert!(Call::from_sae(&b, 0).is_err());
}

#[test]
fn cpu_on_resets_the_target_block_big_endian_caller() {
    let vm = vm();
    let mut x = [0u64; 18];
    x[..4].copy_from_slice(&[0xc400_0003, 1, 0x4020_0000, 0xc0ffee]);
    let mut caller = exit_block(Trap::HVC, &x);
    // SCTLR_EL1.EE = 1 (bit 25): the caller is big-endian at EL1.
    let call = Call::from_sae(&caller, 1 << 25).unwrap();
    assert!(call.trap.big_endian);
    let o = vm
        .dispatch(&mut S390Host, 0, call.trap, &call.args())
        .unwrap();
    sae::resume(&mut caller, call.trap, &o);
    assert_eq!(caller.gpr(0).unwrap(), 0);
    let Action::PowerOn(on) = o.action else {
        panic!("{:?}", o.action)
    };
    assert_eq!(on.target, 1);
    let r = on.reset(false);
    assert!(r.sctlr_el1_ee);
    let mut target = exit_block(Trap::HVC, &[0x5555; 18]);
    sae::reset(&mut target, &r);
    let mut want = SaeControlBlock::new();
    want.set_icptr(Icptr::SynchronousException);
    want.trap_mut().set_esr_elz(Trap::HVC.esr());
    want.set_gpr(0, 0xc0ffee).unwrap();
    want.set_pc(0x4020_0000);
    // Linux 7.2 reset.c VCPU_RESET_PSTATE_EL1: EL1h (5) with D, A, I, F (bits 9..6).
    want.set_pstate(0x3c5);
    assert_eq!(target.as_bytes(), want.as_bytes());
    assert_eq!(vm.is_on(1), Some(true));
}

#[test]
fn forwarded_and_system_event_exits_fill_kvm_run() {
    let mut vm = vm();
    vm.set_filter(&arm64_uapi::kvm::kvm_smccc_filter {
        base: 0xc200_0001,
        nr_functions: 1,
        action: arm64_uapi::kvm::KVM_SMCCC_FILTER_FWD_TO_USER,
        ..Default::default()
    })
    .unwrap();
    let mut x = [7u64; 18];
    x[0] = 0xc200_0001;
    let mut b = exit_block(Trap::SMC, &x);
    let a = handle(&mut b, &vm);
    // Registers untouched, PC past the SMC.
    assert_eq!(b.gprs()[..18], x);
    assert_eq!(b.pc(), PC0 + 4);
    let mut run = kvm_run::default();
    assert!(a.fill_run(&mut run));
    assert_eq!(run.exit_reason, KVM_EXIT_HYPERCALL);
    // flags = KVM_HYPERCALL_EXIT_SMC (bit 0); nr = the function id.
    let h = run.hypercall();
    assert_eq!((h.nr, h.flags), (0xc200_0001, 1));
    // SYSTEM_OFF: type SHUTDOWN, ndata 1, data[0] = 0.
    let mut b = exit_block(Trap::HVC, &[0x8400_0008; 18]);
    let a = handle(&mut b, &vm);
    let mut run = kvm_run::default();
    assert!(a.fill_run(&mut run));
    assert_eq!(run.exit_reason, KVM_EXIT_SYSTEM_EVENT);
    let e = run.system_event();
    assert_eq!(
        (e.type_, e.ndata, e.data[0]),
        (KVM_SYSTEM_EVENT_SHUTDOWN, 1, 0)
    );
    assert!(!Action::Resume.fill_run(&mut run));
}

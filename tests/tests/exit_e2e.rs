//! End to end across the three crates: an SAE control block as the machine leaves it after a
//! guest HVC64/SMC64 (`icptr` = synchronous exception, ESR in `trap.esr_elz`, X0–X17 in
//! `gpr`) → the exit handler decodes it with `sae-abi` → `smccc-dispatch` answers → the
//! results are written back into the block. The whole 4 KiB image is compared byte for byte
//! with the expected one: X0–X3 as KVM writes them, big-endian at `gpr` (0x300), nothing
//! else changed.

use sae_abi::SaeControlBlock;
use sae_abi::esr::{Esr, ExceptionClass, Trap as SaeTrap};
use sae_abi::exit::{Icptr, Interception};
use smccc_dispatch::{
    Action, Conduit, Config, Host, MitigationState, PtpCounter, PtpSample, SystemEvent, Trap, Vm,
};
use zerocopy::IntoBytes;

/// `gpr` in the posted control-block layout: X0..X30, 8 bytes each, big-endian.
const GPR: usize = 0x300;

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
fn exit_block(class: ExceptionClass, imm: u16, x: &[u64; 18]) -> Box<SaeControlBlock> {
    let mut b = Box::new(SaeControlBlock::new());
    b.set_icptr(Icptr::SynchronousException);
    b.trap_mut()
        .set_esr_elz(Esr::from_parts(class, true, u32::from(imm)).unwrap());
    for (i, &v) in x.iter().enumerate() {
        b.set_gpr(i, v).unwrap();
    }
    for i in 18..31 {
        b.set_gpr(i, 0x3000 + i as u64).unwrap();
    }
    b.set_pc(0x4008_1004);
    b
}

/// The host's exit handler: decode with sae-abi, dispatch, write the registers back.
fn handle(b: &mut SaeControlBlock, vm: &mut Vm<2, 8>) -> Action {
    let Interception::SynchronousException(t) = b.interception() else {
        panic!("not a synchronous exception: {:?}", b.icptr());
    };
    let esr = t.esr_elz();
    let (conduit, imm) = match esr.trap() {
        SaeTrap::Hvc64 { imm } => (Conduit::Hvc, imm),
        SaeTrap::Smc64 { imm } => (Conduit::Smc, imm),
        other => panic!("not an SMCCC call: {other:?}"),
    };
    let trap = Trap {
        conduit,
        imm,
        aarch32: false,
        thumb16: !esr.il(),
        big_endian: false,
    };
    let x = [0, 1, 2, 3].map(|i| b.gpr(i).unwrap());
    let o = vm.dispatch(&mut S390Host, 0, trap, &x).unwrap();
    for i in 0..4 {
        if let Some(v) = o.regs.get(i) {
            b.set_gpr(i, v).unwrap();
        }
    }
    o.action
}

fn vm() -> Vm<2, 8> {
    let mut vm = Vm::new(Config::default());
    vm.add_vcpu(0, true).unwrap();
    vm.add_vcpu(1, false).unwrap();
    vm
}

/// Run one call and check the whole image: only the listed X registers change, to the
/// listed values (big-endian at GPR + 8·i).
fn check(class: ExceptionClass, imm: u16, x0: u64, changed: &[(usize, u64)]) -> Action {
    let mut x = [0u64; 18];
    x[0] = x0;
    for (i, v) in x.iter_mut().enumerate().skip(1) {
        *v = 0x1111_0000_0000_0000 | i as u64;
    }
    let mut b = exit_block(class, imm, &x);
    let mut expected = b.as_bytes().to_vec();
    for &(i, v) in changed {
        expected[GPR + 8 * i..GPR + 8 * i + 8].copy_from_slice(&v.to_be_bytes());
    }
    let action = handle(&mut b, &mut vm());
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
        ExceptionClass::Hvc64,
        0,
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
        ExceptionClass::Hvc64,
        0,
        0x8400_0000,
        &[(0, 0x1_0003), (1, 0), (2, 0), (3, 0)],
    );
    assert_eq!(a, Action::Resume);
}

#[test]
fn hvc64_workaround_1_fast_path() {
    // x0 = 0 and x1 clobbered to 0; x2, x3 kept.
    check(ExceptionClass::Hvc64, 0, 0x8000_8000, &[(0, 0), (1, 0)]);
}

#[test]
fn smc64_with_immediate_writes_only_x0() {
    check(ExceptionClass::Smc64, 1, 0x8400_0000, &[(0, u64::MAX)]);
}

#[test]
fn hvc64_system_off_preloads_x0() {
    let a = check(
        ExceptionClass::Hvc64,
        0,
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
        ExceptionClass::Hvc64,
        0x55,
        0xdead_beef_8400_0000,
        &[(0, 0x1_0003), (1, 0), (2, 0), (3, 0)],
    );
    check(
        ExceptionClass::Hvc64,
        0,
        0x8200_0001,
        &[(0, u64::MAX), (1, 0), (2, 0), (3, 0)],
    );
}
